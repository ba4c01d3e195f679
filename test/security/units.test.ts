import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as zmq from "../../src/index.js";
import { FLAG_COMMAND, FLAG_MORE } from "../../src/zmtp/constants.js";
import { CurveCodec } from "../../src/zmtp/curve-codec.js";
import { FRAME, FrameDecoder } from "../../src/zmtp/decoder.js";
import { FrameWriter } from "../../src/zmtp/encoder.js";
import { publicKeyOf, useX25519 } from "../../src/zmtp/curve-crypto.js";
import { PlainClient, PlainServer } from "../../src/zmtp/plain-mechanism.js";
import type { MechanismHost } from "../../src/zmtp/mechanism.js";
import type { LinkError } from "../../src/zmtp/link.js";
import { parseZapReply } from "../../src/zmtp/zap.js";
import { z85Decode, z85Encode } from "../../src/zmtp/z85.js";
import { CurveClient } from "../../src/zmtp/curve-client.js";
import { CurveServer } from "../../src/zmtp/curve-server.js";

describe("Z85 (RFC 32)", () => {
  it("encodes and decodes the RFC's test vector", () => {
    const bytes = Buffer.from("864FD26FB559F75B", "hex");
    expect(z85Encode(bytes)).toBe("HelloWorld");
    expect(Buffer.from(z85Decode("HelloWorld")!)).toEqual(bytes);
  });

  it("round-trips any multiple of 4 bytes and rejects bad text", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }).map((b) => b.subarray(0, b.length - (b.length % 4))),
        (bytes) => {
          expect(z85Decode(z85Encode(bytes))).toEqual(bytes);
        },
      ),
    );
    expect(z85Decode("Hello")).toBeDefined();
    expect(z85Decode("Hell")).toBeUndefined(); // not a multiple of 5
    expect(z85Decode("Hell~")).toBeUndefined(); // not in the alphabet
    expect(z85Decode("%%%%%")).toBeUndefined(); // above 2^32
    expect(() => z85Encode(new Uint8Array(3))).toThrow(RangeError);
  });

  it("derives libzmq's test key pair (tests/testutil_security: server keys) with both X25519 implementations", () => {
    const secret = z85Decode("JTKVSB%%)wK0E.X)V>+}o?pNmC{O&4W4b!Ni{Lh6")!;
    const expected = "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7";
    expect(z85Encode(publicKeyOf(secret))).toBe(expected); // node:crypto (installed by the socket layer)
    useX25519(undefined);
    try {
      expect(z85Encode(publicKeyOf(secret))).toBe(expected); // @noble
    } finally {
      void import("../../src/sockets/node-x25519.js");
    }
  });
});

describe("API surface", () => {
  it("capability.curve and curveKeyPair() as zeromq.js", () => {
    expect(zmq.capability.curve).toBe(true);
    const pair = zmq.curveKeyPair();
    expect(pair.publicKey).toHaveLength(40);
    expect(pair.secretKey).toHaveLength(40);
    expect(z85Encode(publicKeyOf(z85Decode(pair.secretKey)!))).toBe(pair.publicKey);
  });

  it("security options switch the mechanism as libzmq's setsockopt does", () => {
    const s = new zmq.Dealer();
    try {
      const keys = zmq.curveKeyPair();
      expect(s.securityMechanism).toBeNull();
      s.curveSecretKey = keys.secretKey;
      expect([s.securityMechanism, s.curveServer]).toEqual(["curve", false]);
      s.curveServer = true;
      expect([s.securityMechanism, s.curveServer]).toEqual(["curve", true]);
      s.plainUsername = "u";
      expect([s.securityMechanism, s.plainServer, s.curveServer]).toEqual(["plain", false, false]);
      s.plainUsername = null;
      expect(s.securityMechanism).toBeNull();
      s.plainServer = true;
      expect([s.securityMechanism, s.plainServer]).toEqual(["plain", true]);
      s.plainServer = false;
      expect(s.securityMechanism).toBeNull();
      s.curvePublicKey = Buffer.alloc(32, 1) as unknown as string; // zeromq.js takes 32 raw bytes too
      expect(s.securityMechanism).toBe("curve");
      for (const bad of ["short", "a".repeat(64), null, ""]) {
        expect(() => (s.curvePublicKey = bad as string)).toThrow(expect.objectContaining({ code: "EINVAL" }));
      }
      expect(() => s.curveSecretKey).toThrow(expect.objectContaining({ code: "EINVAL" }));
    } finally {
      s.close();
    }
  });
});

describe("CURVE MESSAGE codec", () => {
  const key = new Uint8Array(32).fill(3);
  const pair = () => [new CurveCodec(key, false, 2, 1), new CurveCodec(key, true, 1, 2)] as const;

  it("outer flags are 0; MORE and COMMAND travel inside; the first MESSAGE nonce after the handshake is 3", () => {
    const [client, server] = pair();
    const wire = client.encode(FLAG_MORE | FLAG_COMMAND, Buffer.from("\x04PING\x00\x00"));
    expect(wire.flags).toBe(0);
    expect(wire.body.subarray(0, 8).toString("latin1")).toBe("\x07MESSAGE");
    expect(wire.body.readBigUInt64BE(8)).toBe(3n);
    expect(server.decode(0x04, wire.body)).toEqual({
      flags: FLAG_MORE | FLAG_COMMAND,
      body: Buffer.from("\x04PING\x00\x00"),
    });
  });

  it("decrypts each MESSAGE where it lies in a shared received chunk, at any alignment, leaving its neighbours intact", () => {
    const [client, server] = pair();
    const sizes = [0, 1, 15, 31, 32, 33, 95, 96, 97, 200, 1000, 4099];
    const bodies = sizes.map((size, n) => Buffer.from(new Uint8Array(size).map((_, i) => (i * 7 + n) & 0xff)));
    const wires = bodies.map((body, n) => client.encode(n % 2 === 0 ? FLAG_MORE : 0, body).body);
    // One chunk as the decoder would see it: frames back to back after a 3-byte skew, each taken as a view.
    const chunk = Buffer.concat([Buffer.from([9, 9, 9]), ...wires]);
    let at = 3;
    const plain = wires.map((wire) => {
      const frame = server.decode(0, chunk.subarray(at, at + wire.length));
      at += wire.length;
      return frame;
    });
    for (const [n, frame] of plain.entries()) {
      expect(frame).toEqual({ flags: n % 2 === 0 ? FLAG_MORE : 0, body: bodies[n] });
    }
    expect(chunk.subarray(0, 3)).toEqual(Buffer.from([9, 9, 9]));
  });

  it("encodes straight into a write batch exactly the frames encode() returns, back to back in one buffer", () => {
    const [client, server] = pair();
    const [twin] = pair(); // same key and counters: encode() must give the same bytes
    const writer = new FrameWriter();
    const sizes = [0, 1, 31, 96, 255, 256, 300, 1000, 5000, 70000];
    const bodies = sizes.map((size, n) => Buffer.from(new Uint8Array(size).map((_, i) => (i * 13 + n) & 0xff)));
    const expected: Buffer[] = [];
    for (const [n, body] of bodies.entries()) {
      const flags = n % 3 === 0 ? FLAG_MORE : n % 3 === 1 ? FLAG_COMMAND : 0;
      const at = writer.reserveFrame(0, client.wireLength(body.length));
      client.encodeInto(flags, body, writer.batch, at);
      const wire = twin.encode(flags, body);
      expected.push(Buffer.from(wire.body));
    }
    const decoder = new FrameDecoder();
    for (const chunk of writer.take()) decoder.push(chunk);
    for (const [n, body] of bodies.entries()) {
      expect(decoder.next()).toBe(FRAME);
      expect(decoder.flags).toBe(0);
      expect(decoder.body).toEqual(expected[n]);
      const flags = n % 3 === 0 ? FLAG_MORE : n % 3 === 1 ? FLAG_COMMAND : 0;
      expect(server.decode(0, decoder.body)).toEqual({ flags, body });
    }
  });

  it("refuses a replayed nonce, a tampered box, a short MESSAGE and a plain command", () => {
    const [client, server] = pair();
    const first = client.encode(0, Buffer.from("a")).body;
    expect(server.decode(0, first)).not.toBeInstanceOf(Error);
    expect((server.decode(0, first) as LinkError).code).toBe("ERR_ZMTP_INVALID_SEQUENCE");
    const second = Buffer.from(client.encode(0, Buffer.from("b")).body);
    second[second.length - 1] ^= 1;
    expect((server.decode(0, second) as LinkError).code).toBe("ERR_ZMTP_CRYPTOGRAPHIC");
    expect((server.decode(0, Buffer.from("\x07MESSAGE12345678")) as LinkError).code).toBe(
      "ERR_ZMTP_MALFORMED_COMMAND_MESSAGE",
    );
    expect((server.decode(0, Buffer.from("\x04PING\x00\x00")) as LinkError).code).toBe("ERR_ZMTP_UNEXPECTED_COMMAND");
  });
});

/** A host that records what a mechanism does. */
function host() {
  const sent: Buffer[] = [];
  const result: { error?: LinkError; completed?: boolean } = {};
  const h: MechanismHost = {
    socketType: "DEALER",
    properties: [["Socket-Type", Buffer.from("DEALER")]],
    address: "tcp://x",
    peerMinor: 1,
    peerAsServer: false,
    sendCommand: (body) => sent.push(body),
    complete: () => (result.completed = true),
    fail: (error) => (result.error ??= error),
  };
  return { h, sent, result };
}

describe("PLAIN and CURVE commands out of place", () => {
  it("PLAIN client: libzmq's malformed ERROR (5e 'RROR') is an auth failure with its status", () => {
    const { h, result } = host();
    const client = new PlainClient(Buffer.from("u"), Buffer.from("p"));
    client.start(h);
    client.receive(FLAG_COMMAND, Buffer.from("5e52524f5203343030", "hex"));
    expect(result.error).toMatchObject({ kind: "auth", status: 400 });
  });

  it("PLAIN server: our ERROR has libzmq's bytes; a short HELLO, extra bytes, READY first are protocol errors", async () => {
    const deny = {
      domain: "",
      enforceDomain: false,
      request: () => Promise.resolve(["", "1.0", "1", "400", "no", "", ""].map((f) => Buffer.from(f))),
    };
    const cases: Array<[string, string]> = [
      ["\x05HELLO", "ERR_ZMTP_MALFORMED_COMMAND_HELLO"],
      ["\x05HELLO\x01u\x01pX", "ERR_ZMTP_MALFORMED_COMMAND_HELLO"],
      ["\x05HELLO\x09u", "ERR_ZMTP_MALFORMED_COMMAND_HELLO"],
      ["\x05READY", "ERR_ZMTP_UNEXPECTED_COMMAND"],
      ["\x09", "ERR_ZMTP_MALFORMED_COMMAND_UNSPECIFIED"],
    ];
    for (const [body, code] of cases) {
      const { h, result } = host();
      const server = new PlainServer(deny);
      server.start(h);
      server.receive(FLAG_COMMAND, Buffer.from(body, "latin1"));
      expect(result.error?.code).toBe(code);
    }
    const { h, sent, result } = host();
    const server = new PlainServer(deny);
    server.start(h);
    server.receive(FLAG_COMMAND, Buffer.from("\x05HELLO\x01u\x01p", "latin1"));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent[0]).toEqual(Buffer.from("5e52524f5203343030", "hex"));
    expect(result.error).toMatchObject({ kind: "auth", status: 400 });
  });

  it("CURVE server: HELLO of 199 or 201 bytes, wrong version, WELCOME sent to a server, INITIATE first", () => {
    const server = zmq.curveKeyPair();
    const secret = Buffer.from(z85Decode(server.secretKey)!);
    const hello = (size: number, version = 1) => {
      const b = Buffer.alloc(size);
      Buffer.from("\x05HELLO").copy(b);
      b[6] = version;
      return b;
    };
    const cases: Array<[Buffer, string]> = [
      [hello(199), "ERR_ZMTP_MALFORMED_COMMAND_HELLO"],
      [hello(201), "ERR_ZMTP_MALFORMED_COMMAND_HELLO"],
      [hello(200, 2), "ERR_ZMTP_MALFORMED_COMMAND_HELLO"],
      [hello(200), "ERR_ZMTP_CRYPTOGRAPHIC"],
      [Buffer.from("\x07WELCOME"), "ERR_ZMTP_UNEXPECTED_COMMAND"],
      [Buffer.concat([Buffer.from("\x08INITIATE"), Buffer.alloc(300)]), "ERR_ZMTP_UNEXPECTED_COMMAND"],
    ];
    for (const [body, code] of cases) {
      const { h, result } = host();
      const mechanism = new CurveServer(secret, undefined);
      mechanism.start(h);
      mechanism.receive(FLAG_COMMAND, body);
      expect(result.error?.code, body.subarray(0, 9).toString("latin1")).toBe(code);
    }
  });

  it("CURVE client: WELCOME of the wrong size, READY before WELCOME, short ERROR", () => {
    const server = zmq.curveKeyPair();
    const client = zmq.curveKeyPair();
    const make = () =>
      new CurveClient(
        Buffer.from(z85Decode(server.publicKey)!),
        Buffer.from(z85Decode(client.publicKey)!),
        Buffer.from(z85Decode(client.secretKey)!),
      );
    const cases: Array<[Buffer, string]> = [
      [Buffer.concat([Buffer.from("\x07WELCOME"), Buffer.alloc(100)]), "ERR_ZMTP_CRYPTOGRAPHIC"],
      [Buffer.concat([Buffer.from("\x07WELCOME"), Buffer.alloc(160)]), "ERR_ZMTP_CRYPTOGRAPHIC"],
      [Buffer.concat([Buffer.from("\x05READY"), Buffer.alloc(40)]), "ERR_ZMTP_UNEXPECTED_COMMAND"],
      [Buffer.from("\x05ERROR\x09abc"), "ERR_ZMTP_MALFORMED_COMMAND_ERROR"],
    ];
    for (const [body, code] of cases) {
      const { h, sent, result } = host();
      const mechanism = make();
      mechanism.start(h);
      expect(sent[0]).toHaveLength(200);
      mechanism.receive(FLAG_COMMAND, body);
      expect(result.error?.code).toBe(code);
    }
  });
});

describe("ZAP replies (libzmq zap_client.cpp)", () => {
  const reply = (...frames: string[]) => frames.map((f) => Buffer.from(f));
  it.each([
    [reply("", "1.0", "1", "200", "OK", "", "", ""), "ERR_ZAP_MALFORMED_REPLY"],
    [reply("", "1.0"), "ERR_ZAP_MALFORMED_REPLY"],
    [reply("x", "1.0", "1", "200", "OK", "", ""), "ERR_ZAP_UNSPECIFIED"],
    [reply("", "9.9", "1", "200", "OK", "", ""), "ERR_ZAP_BAD_VERSION"],
    [reply("", "1.0", "2", "200", "OK", "", ""), "ERR_ZAP_BAD_REQUEST_ID"],
    [reply("", "1.0", "1", "201", "OK", "", ""), "ERR_ZAP_INVALID_STATUS_CODE"],
    [reply("", "1.0", "1", "200", "OK", "", "\x05a"), "ERR_ZAP_INVALID_METADATA"],
  ])("%j → %s", (frames, code) => {
    expect((parseZapReply(frames) as LinkError).code).toBe(code);
  });

  it("200 with a user id and metadata; 300/400/500 are auth failures with zeromq.js's messages", () => {
    const ok = parseZapReply(reply("", "1.0", "1", "200", "OK", "alice", "\x01X\x00\x00\x00\x01y"));
    expect(ok).toMatchObject({ allowed: true });
    expect((ok as { properties: Map<string, Buffer> }).properties).toEqual(
      new Map([
        ["X", Buffer.from("y")],
        ["User-Id", Buffer.from("alice")],
      ]),
    );
    for (const [status, message] of [
      [300, "Temporary error"],
      [400, "Authentication failure"],
      [500, "Internal error"],
    ] as const) {
      expect(parseZapReply(reply("", "1.0", "1", String(status), "no", "", ""))).toMatchObject({
        allowed: false,
        status,
        error: { kind: "auth", status, message },
      });
    }
  });
});
