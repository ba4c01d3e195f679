import fc from "fast-check";
import type { Duplex } from "node:stream";
import { describe, expect, it } from "vitest";
import { openZmtpStream } from "../../src/transports/zmtp-stream.js";
import { generateKeyPair } from "../../src/zmtp/curve-crypto.js";
import { CurveClient } from "../../src/zmtp/curve-client.js";
import { CurveServer } from "../../src/zmtp/curve-server.js";
import type { Mechanism } from "../../src/zmtp/mechanism.js";
import { PlainClient, PlainServer } from "../../src/zmtp/plain-mechanism.js";
import type { ZapClient } from "../../src/zmtp/zap.js";
import { duplexPair } from "../zmtp/helpers/duplex-pair.js";
import { Recorder, within } from "../zmtp/helpers/recorder.js";

/**
 * A valid handshake with one byte changed (or the stream cut short) somewhere in the first bytes one side sends:
 * the result is either a handshake that still completes with the data intact (the byte did not matter: greeting
 * filler, HELLO padding) or a closed connection with an error on at least one side. Never a thrown exception,
 * never a delivered message that differs from what was sent, never a message delivered after a failed handshake.
 */

const serverKeys = generateKeyPair();
const clientKeys = generateKeyPair();
const allow: ZapClient = {
  domain: "",
  enforceDomain: false,
  request: () => {
    const e = Buffer.alloc(0);
    return Promise.resolve([e, Buffer.from("1.0"), Buffer.from("1"), Buffer.from("200"), e, e, e]);
  },
};

const MECHANISMS: Record<string, () => [Mechanism, Mechanism]> = {
  CURVE: () => [
    new CurveClient(serverKeys.publicKey, clientKeys.publicKey, clientKeys.secretKey),
    new CurveServer(serverKeys.secretKey, allow),
  ],
  PLAIN: () => [new PlainClient(Buffer.from("user"), Buffer.from("pass")), new PlainServer(allow)],
};

/** Client and server engines joined through a middlebox that damages one direction's byte `at` (or cuts there). */
async function run(mechanism: string, fromClient: boolean, at: number, xor: number, cut: boolean) {
  const [client, clientWire] = duplexPair();
  const [serverWire, server] = duplexPair();
  let seen = 0;
  const damage = (from: Duplex, to: Duplex, active: boolean) =>
    from.on("data", (chunk: Buffer) => {
      if (!active || at < seen || at >= seen + chunk.length) {
        seen += active ? chunk.length : 0;
        if (!(active && cut && seen > at)) to.write(chunk);
        return;
      }
      const copy = Buffer.from(chunk);
      const i = at - seen;
      seen += chunk.length;
      if (cut) {
        to.end(copy.subarray(0, i));
        return;
      }
      copy[i] = copy[i]! ^ xor;
      to.write(copy);
    });
  damage(clientWire, serverWire, fromClient);
  damage(serverWire, clientWire, !fromClient);
  for (const s of [clientWire, serverWire]) {
    s.on("end", () => (s === clientWire ? serverWire : clientWire).end());
    s.on("error", () => {});
  }
  const [clientMechanism, serverMechanism] = MECHANISMS[mechanism]!();
  const hc = new Recorder();
  const hs = new Recorder();
  const c = openZmtpStream(client, hc, {
    socketType: "DEALER",
    address: "tcp://c",
    mechanism: clientMechanism,
    handshakeInterval: 2000,
  });
  const s = openZmtpStream(server, hs, {
    socketType: "DEALER",
    address: "tcp://s",
    mechanism: serverMechanism,
    handshakeInterval: 2000,
  });
  const payload = [Buffer.from("first"), Buffer.alloc(300, 9)];
  c.send(payload);
  s.send(payload);
  try {
    await within(
      new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (
            hc.closed !== undefined ||
            hs.closed !== undefined ||
            (hc.messages.length > 0 && hs.messages.length > 0)
          ) {
            clearInterval(check);
            resolve();
          }
        }, 5);
      }),
      5000,
      "outcome",
    );
    for (const h of [hc, hs]) for (const m of h.messages) expect(m).toEqual(payload);
    const failed = hc.closed ?? hs.closed;
    if (failed !== undefined) {
      expect(failed.handshakeDone).toBe(false);
      const other = failed === hc.closed ? hs : hc;
      await other.close();
      expect(hc.messages.length + hs.messages.length).toBe(0);
    }
  } finally {
    c.close(0);
    s.close(0);
  }
  return hc.closed?.error ?? hs.closed?.error;
}

describe("handshakes damaged byte by byte", () => {
  for (const mechanism of Object.keys(MECHANISMS)) {
    for (const fromClient of [true, false]) {
      it(`${mechanism}: one damaged or missing byte from the ${fromClient ? "client" : "server"} never leaks or crashes`, async () => {
        const limit = mechanism === "CURVE" ? (fromClient ? 64 + 202 + 280 : 64 + 170 + 60) : 64 + 40;
        await fc.assert(
          fc.asyncProperty(
            fc.nat({ max: limit }),
            fc.integer({ min: 1, max: 255 }),
            fc.boolean(),
            async (at, xor, cut) => {
              await run(mechanism, fromClient, at, xor, cut);
            },
          ),
          { numRuns: 60 },
        );
      });
    }
  }

  it("CURVE: every byte of the client's HELLO box, INITIATE cookie and box is authenticated", async () => {
    // HELLO frame starts at 64 (2-byte header); its box is body bytes 120..200; INITIATE (9-byte header) follows.
    for (const at of [
      64 + 2 + 120,
      64 + 2 + 199,
      64 + 202 + 9 + 9,
      64 + 202 + 9 + 104,
      64 + 202 + 9 + 106,
      64 + 202 + 9 + 113,
      64 + 202 + 9 + 250,
    ]) {
      const error = await run("CURVE", true, at, 1, false);
      expect(error?.code).toMatch(/ERR_ZMTP_CRYPTOGRAPHIC|ERR_ZMTP_INVALID_SEQUENCE/);
    }
  });
});
