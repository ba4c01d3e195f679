import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CurvePlan,
  describePlan,
  hostileCurvePlan,
  simplerPlans,
  validCurvePlan,
} from "../../src/cli/fuzz/curve-plan.js";
import {
  type CurveIdentity,
  type CurveMutation,
  greetingBytes,
  helloFrame,
  initiateFrame,
  messageFrame,
  openReady,
  openWelcome,
  seededBytes,
  seededKeyPair,
} from "../../src/cli/fuzz/curve-wire.js";
import { frameBytes } from "../../src/testing/wire.js";
import { commandBody } from "../../src/zmtp/commands.js";
import { FLAG_COMMAND } from "../../src/zmtp/constants.js";
import { CurveCodec } from "../../src/zmtp/curve-codec.js";
import { precompute } from "../../src/zmtp/curve-crypto.js";
import { CurveServer } from "../../src/zmtp/curve-server.js";
import { CurveClient } from "../../src/zmtp/curve-client.js";
import { openHello, readyFrame, welcomeFrame } from "../../src/cli/fuzz/curve-server-wire.js";
import { DECODE_ERROR, FRAME, FrameDecoder } from "../../src/zmtp/decoder.js";
import type { Mechanism, MechanismHost, PlainFrame } from "../../src/zmtp/mechanism.js";
import { PlainServer } from "../../src/zmtp/plain-mechanism.js";
import type { ZapClient } from "../../src/zmtp/zap.js";

const server = seededKeyPair(1, "test-server");
const client = seededKeyPair(2, "test-client");
const identity: CurveIdentity = {
  serverKey: server.publicKey,
  clientPublic: client.publicKey,
  clientSecret: client.secretKey,
};

/** Decode one frame as a peer would: flags and body, or undefined when the bytes are not exactly one frame. */
function oneFrame(bytes: Buffer): { flags: number; body: Buffer } | undefined {
  const decoder = new FrameDecoder(1024 * 1024);
  decoder.push(bytes);
  const result = decoder.next();
  if (result !== FRAME) return undefined;
  const frame = { flags: decoder.flags, body: Buffer.from(decoder.body) };
  return decoder.next() === DECODE_ERROR ? undefined : frame;
}

/** purezmq's own CURVE server mechanism behind a recording host: what it sends, and how the handshake ends. */
function purezmqServer(socketType = "ROUTER", mechanism: Mechanism = new CurveServer(server.secretKey, undefined)) {
  const sent: Buffer[] = [];
  let failed: Error | undefined;
  let completed: { properties: Map<string, Buffer>; codec: unknown } | undefined;
  const host: MechanismHost = {
    socketType,
    properties: [["Socket-Type", Buffer.from(socketType)]],
    address: "127.0.0.1",
    peerMinor: 1,
    peerAsServer: false,
    sendCommand: (body) => sent.push(Buffer.from(body)),
    complete: (properties, codec) => {
      completed = { properties, codec };
    },
    fail: (error) => {
      failed = error as unknown as Error;
    },
  };
  mechanism.start(host);
  return {
    sent,
    get failed() {
      return failed;
    },
    get completed() {
      return completed;
    },
    /** Feed one wire frame (as the fuzzer wrote it) to the server; false when it is not a decodable frame. */
    feed(bytes: Buffer): boolean {
      const frame = oneFrame(bytes);
      if (frame === undefined) return false;
      mechanism.receive(frame.flags, frame.body);
      return true;
    },
  };
}

/** A complete valid handshake with purezmq's CurveServer: the session key and the server's codec. */
function handshake(keySeed: number) {
  const transient = seededKeyPair(keySeed, "transient");
  const peer = purezmqServer();
  const hello = helloFrame(identity, transient, []);
  peer.feed(hello.frame);
  const welcome = openWelcome(hello.helloKey, peer.sent[0]!);
  const initiate = initiateFrame(identity, transient, welcome, "DEALER", seededBytes(keySeed, "vouch", 16), []);
  peer.feed(initiate.frame);
  return { peer, transient, welcome, initiate };
}

const mutation = (stage: CurveMutation["stage"], ops: readonly string[]) =>
  fc.record({
    stage: fc.constant(stage),
    op: fc.constantFrom(...ops),
    a: fc.nat({ max: 4095 }),
    b: fc.nat({ max: 255 }),
  });

describe("CURVE fuzz sessions (grammar and mutators)", () => {
  it("a valid HELLO, INITIATE and MESSAGE complete a handshake with purezmq's CURVE server", () => {
    const { peer, welcome, initiate } = handshake(7);
    expect(welcome).toBeDefined();
    expect(peer.failed).toBeUndefined();
    expect(peer.completed?.properties.get("Socket-Type")?.toString()).toBe("DEALER");
    const ready = openReady(initiate.sessionKey, peer.sent[1]!);
    expect(ready?.counter).toBe(1n);
    const codec = peer.completed!.codec as CurveCodec;
    const m = messageFrame(initiate.sessionKey, 3n, 2n, { flags: 1, hex: "68656c6c6f" }, 0, []);
    expect(m.refuse).toBeUndefined();
    const wire = oneFrame(m.frame)!;
    expect(wire.flags).toBe(0); // MESSAGE travels in a frame without flags; MORE rides inside the box
    const plain = codec.decode(wire.flags, wire.body) as PlainFrame;
    expect(plain).toEqual({ flags: 1, body: Buffer.from("hello") });
  });

  it("is deterministic: the same key seed gives the same HELLO and INITIATE bytes, another seed others", () => {
    const a = seededKeyPair(11, "transient");
    const b = seededKeyPair(11, "transient");
    const c = seededKeyPair(12, "transient");
    expect(helloFrame(identity, a, []).frame).toEqual(helloFrame(identity, b, []).frame);
    expect(helloFrame(identity, a, []).frame).not.toEqual(helloFrame(identity, c, []).frame);
    const welcome = { serverTransient: seededKeyPair(3, "st").publicKey, cookie: Buffer.alloc(96, 7) };
    const nonce = seededBytes(11, "vouch", 16);
    expect(initiateFrame(identity, a, welcome, "REQ", nonce, []).frame).toEqual(
      initiateFrame(identity, b, welcome, "REQ", nonce, []).frame,
    );
    expect(greetingBytes([]).toString("latin1", 12, 17)).toBe("CURVE");
  });

  it("HELLO mutations: purezmq's server refuses exactly the HELLOs the fuzzer says must be refused", () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(
          mutation("hello", ["version", "padding", "nonce", "box-flip", "key", "flip", "length", "frame-flags"]),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        (keySeed, mutations) => {
          const hello = helloFrame(identity, seededKeyPair(keySeed, "transient"), mutations);
          const peer = purezmqServer();
          if (!peer.feed(hello.frame)) return; // a frame flag the decoder itself refuses: nothing reaches CURVE
          if (hello.refuse !== undefined) {
            expect(peer.sent).toHaveLength(0);
            expect(peer.failed).toBeDefined();
          } else {
            expect(peer.failed).toBeUndefined();
            expect(openWelcome(hello.helloKey, peer.sent[0]!)).toBeDefined();
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("INITIATE mutations: a refused INITIATE never completes; an accepted one completes with valid metadata", () => {
    const ops = [
      "cookie-flip",
      "box-flip",
      "vouch-flip",
      "vouch-server-key",
      "vouch-transient",
      "client-key",
      "metadata",
      "flip",
      "length",
      "frame-flags",
      "long-header",
    ];
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation("initiate", ops), { minLength: 1, maxLength: 3 }), (keySeed, ms) => {
        const transient = seededKeyPair(keySeed, "transient");
        const peer = purezmqServer();
        const hello = helloFrame(identity, transient, []);
        peer.feed(hello.frame);
        const welcome = openWelcome(hello.helloKey, peer.sent[0]!);
        const initiate = initiateFrame(identity, transient, welcome, "DEALER", seededBytes(keySeed, "vouch", 16), ms);
        if (!peer.feed(initiate.frame)) return;
        const socketType = peer.completed?.properties.get("Socket-Type")?.toString();
        // 200+ properties: valid ZMTP, but past purezmq's own limit on peer metadata (a peer-growable structure).
        const overLimit = ms.some((m) => m.op === "metadata" && m.a % 6 === 5);
        if (initiate.refuse === undefined && overLimit) {
          expect(peer.completed !== undefined || /more than \d+ properties/.test(peer.failed!.message)).toBe(true);
        } else if (initiate.refuse === undefined) {
          expect(peer.failed).toBeUndefined();
          expect(["DEALER", undefined]).toContain(socketType); // undefined: metadata without Socket-Type (H-8)
        } else if (/Socket-Type/.test(initiate.refuse)) {
          // The mechanism hands metadata on; the engine refuses a missing or unknown Socket-Type.
          expect(socketType === undefined || socketType === "GATHERER").toBe(true);
        } else {
          expect(peer.completed).toBeUndefined();
          expect(peer.failed).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it("MESSAGE mutations: the receiving codec rejects exactly the boxes the fuzzer says must be refused", () => {
    const ops = [
      "mac-flip",
      "nonce-replay",
      "nonce-lower",
      "nonce-skip",
      "nonce-max",
      "inner-flags",
      "name",
      "short",
      "flip",
      "length",
    ];
    const { peer, initiate } = handshake(5);
    const codec = () => new CurveCodec(initiate.sessionKey!, true, 1, 2) as CurveCodec; // fresh receiver, last nonce 2
    expect(peer.completed).toBeDefined();
    fc.assert(
      fc.property(
        mutation("message", ops).map((m) => ({ ...m, index: 0 })),
        fc.uint8Array({ maxLength: 40 }),
        (m, payload) => {
          // The server's codec after INITIATE (nonce 2); our counter 3 is valid, 2 was the last used.
          const result = messageFrame(
            initiate.sessionKey,
            3n,
            2n,
            { flags: 0, hex: Buffer.from(payload).toString("hex") },
            0,
            [m],
          );
          const wire = oneFrame(result.frame);
          if (wire === undefined) return;
          const decoded = codec().decode(wire.flags, wire.body);
          if (result.refuse !== undefined) expect(decoded).not.toHaveProperty("body");
          else {
            expect(decoded).toHaveProperty("body");
            expect(Buffer.from((decoded as PlainFrame).body)).toEqual(Buffer.from(payload));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("hostile plans carry 1-3 mutations that point at real MESSAGEs, and describe themselves", () => {
    fc.assert(
      fc.property(hostileCurvePlan("DEALER"), (plan) => {
        expect(plan.mutations.length).toBeGreaterThanOrEqual(1);
        for (const m of plan.mutations) if (m.stage === "message") expect(m.index).toBeLessThan(plan.frames.length);
        expect(describePlan(plan).length).toBeGreaterThanOrEqual(plan.mutations.length);
        expect(JSON.parse(JSON.stringify(plan))).toEqual(plan); // reproducers store plans as JSON
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(validCurvePlan("SUB"), (plan: CurvePlan) => {
        expect(plan.mutations).toEqual([]);
        // a subscriber's traffic is subscriptions and heartbeats: commands
        for (const f of plan.frames) expect(f.flags & FLAG_COMMAND).toBe(FLAG_COMMAND);
      }),
      { numRuns: 50 },
    );
  });

  it("shrinking candidates are strictly simpler and keep MESSAGE mutations on their frame", () => {
    fc.assert(
      fc.property(hostileCurvePlan("PUSH"), (plan) => {
        const size = (p: CurvePlan) => p.mutations.length + p.frames.length + (p.order ? 1 : 0) + (p.chunk > 0 ? 1 : 0);
        for (const smaller of simplerPlans(plan)) {
          expect(size(smaller)).toBeLessThan(size(plan));
          for (const m of smaller.mutations)
            if (m.stage === "message") expect(m.index).toBeLessThan(smaller.frames.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("CURVE fuzz sessions, the fuzzer as server (--listen)", () => {
  it("WELCOME and READY mutations: purezmq's CURVE client refuses exactly what the fuzzer says must be refused", () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(mutation("welcome", ["box-flip", "flip", "length", "frame-flags", "long-header"]), { maxLength: 2 }),
        fc.array(mutation("ready", ["box-flip", "nonce", "metadata", "flip", "length", "frame-flags"]), {
          maxLength: 2,
        }),
        (keySeed, welcomeOps, readyOps) => {
          const peer = purezmqServer("DEALER", new CurveClient(server.publicKey, client.publicKey, client.secretKey));
          const clientTransient = openHello(server.secretKey, peer.sent[0]!)!;
          expect(clientTransient).toBeDefined();
          const transient = seededKeyPair(keySeed, "server-transient");
          const welcome = welcomeFrame(server.secretKey, clientTransient, transient, keySeed, welcomeOps);
          if (!peer.feed(welcome.frame)) return;
          if (welcome.refuse !== undefined) {
            expect(peer.sent).toHaveLength(1); // no INITIATE
            expect(peer.failed).toBeDefined();
            return;
          }
          expect(peer.sent[1]!.toString("latin1", 1, 9)).toBe("INITIATE");
          const sessionKey = precompute(transient.secretKey, clientTransient);
          const ready = readyFrame(sessionKey, "ROUTER", readyOps);
          if (!peer.feed(ready.frame)) return;
          if (ready.refuse === undefined) expect(peer.completed).toBeDefined();
          else if (/Socket-Type/.test(ready.refuse))
            expect(peer.completed?.properties.get("Socket-Type")?.toString()).toBe("GATHERER");
          else expect(peer.failed).toBeDefined();
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("found by the CURVE fuzzer", () => {
  // purezmq's CURVE server answered an INITIATE from an incompatible socket type with READY and only then closed
  // (the engine checked Socket-Type after the mechanism had sent READY); libzmq refuses before READY.
  it("a CURVE server refuses an INITIATE from an incompatible socket type without sending READY", () => {
    const transient = seededKeyPair(9, "transient");
    const peer = purezmqServer("PULL");
    const hello = helloFrame(identity, transient, []);
    peer.feed(hello.frame);
    const welcome = openWelcome(hello.helloKey, peer.sent[0]!);
    peer.feed(initiateFrame(identity, transient, welcome, "PULL", seededBytes(9, "vouch", 16), []).frame);
    expect(peer.sent).toHaveLength(1); // WELCOME only
    expect(peer.completed).toBeUndefined();
    expect(peer.failed).toMatchObject({ code: "ERR_ZMTP_INVALID_METADATA" });
  });

  it("a CURVE server still accepts INITIATE metadata without Socket-Type (H-8, as libzmq)", () => {
    const transient = seededKeyPair(10, "transient");
    const peer = purezmqServer("PULL");
    const hello = helloFrame(identity, transient, []);
    peer.feed(hello.frame);
    const welcome = openWelcome(hello.helloKey, peer.sent[0]!);
    const noType: CurveMutation = { stage: "initiate", op: "metadata", a: 0, b: 0 };
    peer.feed(initiateFrame(identity, transient, welcome, "PUSH", seededBytes(10, "vouch", 16), [noType]).frame);
    expect(peer.failed).toBeUndefined();
    expect(peer.sent).toHaveLength(2); // WELCOME, READY
  });

  it("a PLAIN server refuses an INITIATE from an incompatible socket type without sending READY", async () => {
    const zap: ZapClient = {
      domain: "",
      enforceDomain: false,
      request: () => Promise.resolve(["", "1.0", "1", "200", "OK", "fuzz", ""].map((x) => Buffer.from(x))),
    };
    const peer = purezmqServer("PULL", new PlainServer(zap));
    peer.feed(frameBytes(FLAG_COMMAND, commandBody("HELLO", Buffer.from("\x04fuzz\x04fuzz", "latin1"))));
    await new Promise((resolve) => setImmediate(resolve)); // the ZAP answer is a resolved promise
    expect(peer.sent.map((b) => b.toString("latin1", 1, 8))).toEqual(["WELCOME"]);
    const initiate = commandBody("INITIATE", Buffer.from("\x0bSocket-Type\x00\x00\x00\x04PULL", "latin1"));
    peer.feed(frameBytes(FLAG_COMMAND, initiate));
    expect(peer.sent).toHaveLength(1);
    expect(peer.failed).toMatchObject({ code: "ERR_ZMTP_INVALID_METADATA" });
  });
});
