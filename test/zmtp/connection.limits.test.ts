import { afterEach, describe, expect, it } from "vitest";
import { openZmtpStream } from "../../src/transports/zmtp-stream.js";
import type { Session, SessionOptions } from "../../src/zmtp/session.js";
import { encodeMessage } from "../../src/zmtp/encoder.js";
import { duplexPair } from "./helpers/duplex-pair.js";
import { RawPeer, Recorder } from "./helpers/recorder.js";
import { greeting, readyFrame } from "./helpers/wire.js";

const open: Session[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close(0);
});

async function established(options: Partial<SessionOptions> & { socketType: string }, peerType: string) {
  const [ours, theirs] = duplexPair();
  const handler = new Recorder();
  const connection = openZmtpStream(ours, handler, { address: "tcp://127.0.0.1:1", ...options });
  open.push(connection);
  const raw = new RawPeer(theirs);
  raw.write(Buffer.concat([greeting(1), readyFrame(peerType)]));
  await handler.ready();
  return { connection, handler, raw };
}

/** `count` frames of `size` bytes, all with MORE: a message that has not ended. */
function unfinished(count: number, size: number): Buffer {
  const parts = Array.from({ length: count + 1 }, () => Buffer.alloc(size, 7));
  const wire = encodeMessage(parts);
  return wire.subarray(0, wire.length - (size < 256 ? 2 : 9) - size); // drop the last (final) frame
}

describe("Connection limits", () => {
  it("a handler that throws closes that link with the error; nothing is re-thrown", async () => {
    const { handler, raw } = await established({ socketType: "PULL" }, "PUSH");
    handler.onMessage = () => {
      throw new Error("boom");
    };
    let uncaught: unknown;
    const onUncaught = (error: unknown) => (uncaught = error);
    process.on("uncaughtException", onUncaught);
    try {
      raw.write(encodeMessage([Buffer.from("x")]));
      const { error, handshakeDone } = await handler.close();
      expect(handshakeDone).toBe(true);
      expect(error).toMatchObject({ kind: "protocol", message: /boom/ });
      await new Promise((resolve) => setImmediate(resolve));
      expect(uncaught).toBeUndefined();
    } finally {
      process.off("uncaughtException", onUncaught);
    }
  });

  it("a LinkError thrown by the handler (a socket limit) is the close reason as is", async () => {
    const { handler, raw } = await established({ socketType: "PUB", subscriptionMessages: true }, "SUB");
    const limit = Object.assign(new Error("peer holds 1 subscriptions already"), {
      kind: "protocol",
      code: "ERR_ZMTP_UNSPECIFIED",
    });
    handler.onSubscribe = () => {
      throw limit;
    };
    raw.write(Buffer.from([0x04, 0x0b, 0x09, ...Buffer.from("SUBSCRIBEa")]));
    expect((await handler.close()).error).toBe(limit);
  });

  it("maxMessageParts: one part more closes the link, and nothing partial is delivered", async () => {
    const { handler, raw } = await established({ socketType: "PULL", maxMessageParts: 10 }, "PUSH");
    raw.write(encodeMessage(Array.from({ length: 10 }, () => Buffer.from("p"))));
    await handler.messageCount(1);
    raw.write(unfinished(10, 1));
    expect((await handler.close()).error?.message).toMatch(/more than 10 parts/);
    expect(handler.messages).toHaveLength(1);
  });

  it("maxMessageSize bounds the whole message: parts of 40 bytes pass a 100-byte limit until their sum does not", async () => {
    const { handler, raw } = await established({ socketType: "PULL", maxMessageSize: 100 }, "PUSH");
    raw.write(encodeMessage([Buffer.alloc(40), Buffer.alloc(40), Buffer.alloc(20)]));
    await handler.messageCount(1);
    raw.write(encodeMessage([Buffer.alloc(40), Buffer.alloc(40), Buffer.alloc(21)]));
    expect((await handler.close()).error?.message).toMatch(/exceeds maxMessageSize 20/);
    expect(handler.messages).toHaveLength(1);
  });

  it("messageSizeCeiling applies while maxMessageSize is -1, from the frame header", async () => {
    const { handler, raw } = await established({ socketType: "PULL", messageSizeCeiling: 1000 }, "PUSH");
    raw.write(unfinished(3, 300));
    raw.write(Buffer.from([0x02, 0, 0, 0, 0, 0, 0, 0x01, 0x2d])); // declares 301 bytes: 1201 in all
    expect((await handler.close()).error?.message).toMatch(/exceeds maxMessageSize 100/);
    expect(handler.messages).toHaveLength(0);
  });

  it("READY metadata over the limits is refused during the handshake", async () => {
    const [ours, theirs] = duplexPair();
    const handler = new Recorder();
    const connection = openZmtpStream(ours, handler, {
      address: "x",
      socketType: "PULL",
      metadataLimits: { maxBytes: 1000, maxProperties: 2 },
    });
    open.push(connection);
    const raw = new RawPeer(theirs);
    const extra: Array<[string, Buffer]> = [
      ["A", Buffer.alloc(0)],
      ["B", Buffer.alloc(0)],
    ];
    raw.write(Buffer.concat([greeting(1), readyFrame("PUSH", extra)]));
    expect((await handler.close()).error).toMatchObject({
      code: "ERR_ZMTP_MALFORMED_COMMAND_READY",
      message: /more than 2 properties/,
    });
  });
});
