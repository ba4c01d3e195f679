import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FLAG_MORE } from "../../src/zmtp/constants.js";
import { openZmtpStream } from "../../src/transports/zmtp-stream.js";
import { hostile, session, sessionWrites, type WireSession } from "../../src/testing/index.js";
import { duplexPair } from "./helpers/duplex-pair.js";
import { Recorder } from "./helpers/recorder.js";

/** The socket type our engine plays toward a peer of the generated type. */
const ENGINE: Record<string, string> = {
  DEALER: "ROUTER",
  ROUTER: "DEALER",
  REQ: "REP",
  REP: "REQ",
  SUB: "PUB",
  PUB: "SUB",
  PUSH: "PULL",
  PULL: "PUSH",
  PAIR: "PAIR",
  XSUB: "XPUB",
};
const peerType = fc.constantFrom(...Object.keys(ENGINE));

/** Feed a session into a fresh engine and let it settle. */
async function feed(input: WireSession, socketType: string): Promise<{ recorder: Recorder; handlerErrors: unknown[] }> {
  const [ours, theirs] = duplexPair();
  theirs.on("data", () => {});
  const recorder = new Recorder();
  const handlerErrors: unknown[] = [];
  const connection = openZmtpStream(ours, recorder, {
    socketType,
    address: "test",
    handshakeInterval: 0,
    subscriptionMessages: socketType === "PUB" || socketType === "XPUB",
    onHandlerError: (error: unknown) => handlerErrors.push(error),
  });
  for (const write of sessionWrites(input)) theirs.write(write);
  for (let i = 0; i < 4; i++) await new Promise((resolve) => setImmediate(resolve));
  if (recorder.closed === undefined) connection.close(0);
  await recorder.close();
  return { recorder, handlerErrors };
}

describe("Connection properties over purezmq/testing sessions", () => {
  it("a valid NULL session of any compatible type completes the handshake and delivers every message", async () => {
    await fc.assert(
      fc.asyncProperty(
        peerType.chain((t) => session({ socketType: t, mechanism: "NULL" }).map((s) => [t, s] as const)),
        async ([type, input]) => {
          const { recorder, handlerErrors } = await feed(input, ENGINE[type]!);
          expect(handlerErrors).toEqual([]);
          expect(recorder.peer?.socketType).toBe(type);
          // Closed by us at the end (no error), never by a protocol failure.
          expect(recorder.closed?.error).toBeUndefined();
          const lastParts = input.segments.filter((s) => s.kind === "data" && (s.bytes[0]! & FLAG_MORE) === 0).length;
          const subscriptionCommands = input.segments.filter(
            (s) => s.kind === "command" && (s.label === "SUBSCRIBE" || s.label === "CANCEL"),
          ).length;
          expect(recorder.messages.length + recorder.subscribes.length + recorder.cancels.length).toBe(
            lastParts + subscriptionCommands,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it("hostile sessions never throw into the handler or the process: the link closes at most once", async () => {
    await fc.assert(
      fc.asyncProperty(
        peerType.chain((t) => hostile(session({ socketType: t })).map((s) => [t, s] as const)),
        async ([type, input]) => {
          const { recorder, handlerErrors } = await feed(input, ENGINE[type]!);
          expect(handlerErrors).toEqual([]);
          expect(recorder.closeCalls).toBe(1);
          if (recorder.closed?.error)
            expect(["protocol", "auth", "timeout", "transport"]).toContain(recorder.closed.error.kind);
        },
      ),
      { numRuns: 300 },
    );
  });
});
