import { afterEach, describe, expect, it, vi } from "vitest";
import { pingBody, subscribeBody, cancelBody } from "../../src/zmtp/commands.js";
import { openZmtpStream } from "../../src/transports/zmtp-stream.js";
import type { Session, SessionOptions } from "../../src/zmtp/session.js";
import { BATCH_LIMIT } from "../../src/zmtp/constants.js";
import { encodeMessage } from "../../src/zmtp/encoder.js";
import { duplexPair } from "./helpers/duplex-pair.js";
import { hex } from "./helpers/bytes.js";
import { RawPeer, Recorder, within } from "./helpers/recorder.js";
import { commandFrame, greeting, readyFrame } from "./helpers/wire.js";

const open: Session[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close(0);
});

/** An engine of `socketType` whose raw peer (a `peerType` of minor `minor`) has finished the handshake. */
async function established(options: Partial<SessionOptions> & { socketType: string }, peerType: string, minor = 1) {
  const [ours, theirs] = duplexPair();
  const handler = new Recorder();
  const connection = openZmtpStream(ours, handler, { address: "tcp://127.0.0.1:1", ...options });
  open.push(connection);
  const raw = new RawPeer(theirs);
  raw.write(Buffer.concat([greeting(minor), readyFrame(peerType)]));
  await handler.ready();
  await raw.read(64);
  const readyLength = (await raw.read(2))[1]!;
  await raw.read(readyLength);
  return { connection, handler, raw, ours };
}

describe("Connection traffic", () => {
  it("F-5/F-6: multipart messages with empty parts arrive whole, in order", async () => {
    const { handler, raw } = await established({ socketType: "PULL" }, "PUSH");
    raw.write(encodeMessage([Buffer.alloc(0), Buffer.alloc(300, 1), Buffer.from("x")]));
    raw.write(encodeMessage([Buffer.alloc(0)]));
    await handler.messageCount(2);
    expect(handler.messages).toEqual([[Buffer.alloc(0), Buffer.alloc(300, 1), Buffer.from("x")], [Buffer.alloc(0)]]);
  });

  it("V-2: a ZMTP 3.0 peer gets 0x01/0x00 subscription messages (V7 bytes)", async () => {
    const { connection, raw } = await established({ socketType: "SUB" }, "PUB", 0);
    expect(connection.peer?.minor).toBe(0);
    connection.subscribe(Buffer.from("10001"));
    connection.cancel(Buffer.from("10001"));
    expect(await raw.read(16)).toEqual(hex(`00 06 01 "10001" 00 06 00 "10001"`));
  });

  it("V-1: a ZMTP 3.1 peer gets SUBSCRIBE/CANCEL commands (V6 bytes)", async () => {
    const { connection, raw } = await established({ socketType: "SUB" }, "PUB", 1);
    connection.subscribe(Buffer.from("10001"));
    connection.cancel(Buffer.from("10001"));
    expect(await raw.read(31)).toEqual(hex(`04 0f 09 "SUBSCRIBE" "10001" 04 0c 06 "CANCEL" "10001"`));
  });

  it("V-1/H-2: a subscription made before the handshake is sent after it, in the peer's form", async () => {
    const [ours, theirs] = duplexPair();
    const handler = new Recorder();
    const connection = openZmtpStream(ours, handler, { address: "x", socketType: "SUB" });
    open.push(connection);
    connection.subscribe(Buffer.from("a"));
    const raw = new RawPeer(theirs);
    await raw.read(11);
    raw.write(Buffer.concat([greeting(0), readyFrame("PUB")]));
    await raw.read(53);
    await raw.read(2 + 25); // READY "SUB"
    expect(await raw.read(4)).toEqual(hex(`00 02 01 "a"`));
  });

  it("V-3/E-6/E-34: PUB with subscriptionMessages takes both forms; other frames of the message still delivered", async () => {
    const { handler, raw } = await established({ socketType: "XPUB", subscriptionMessages: true }, "XSUB");
    raw.write(commandFrame(subscribeBody(Buffer.from("cmd"))));
    raw.write(encodeMessage([hex(`01 "msg"`)]));
    raw.write(commandFrame(cancelBody(Buffer.from("cmd"))));
    raw.write(encodeMessage([hex(`00 "msg"`), Buffer.from("data"), hex(`01 "late"`)]));
    raw.write(encodeMessage([Buffer.alloc(0)]));
    await handler.messageCount(2);
    expect(handler.subscribes.map(String)).toEqual(["cmd", "msg", "late"]);
    expect(handler.cancels.map(String)).toEqual(["cmd", "msg"]);
    expect(handler.messages).toEqual([[Buffer.from("data")], [Buffer.alloc(0)]]);
  });

  it("X-3: SUBSCRIBE to a socket that is not PUB/XPUB is ignored; subscription-looking data is data", async () => {
    const { handler, raw } = await established({ socketType: "PULL" }, "PUSH");
    raw.write(Buffer.concat([commandFrame(subscribeBody(Buffer.from("a"))), encodeMessage([hex(`01 "a"`)])]));
    await handler.messageCount(1);
    expect(handler.subscribes).toEqual([]);
    expect(handler.messages).toEqual([[hex(`01 "a"`)]]);
  });

  it("X-1: unknown commands are ignored; N-3: a second READY closes", async () => {
    const { handler, raw } = await established({ socketType: "PULL" }, "PUSH");
    raw.write(Buffer.concat([commandFrame(hex(`05 "HELLO" 01 02`)), encodeMessage([Buffer.from("still here")])]));
    await handler.messageCount(1);
    raw.write(readyFrame("PUSH"));
    expect((await handler.close()).error).toMatchObject({ code: "ERR_ZMTP_UNEXPECTED_COMMAND" });
  });

  it("F-8: a data frame over maxMessageSize closes after the handshake", async () => {
    const { handler, raw } = await established({ socketType: "PULL", maxMessageSize: 100 }, "PUSH");
    raw.write(encodeMessage([Buffer.alloc(100)]));
    raw.write(encodeMessage([Buffer.alloc(101)]));
    const closed = await handler.close();
    expect(closed).toMatchObject({ handshakeDone: true, error: { kind: "protocol" } });
    expect(handler.messages).toHaveLength(1);
  });

  it("batching: all frames queued in one turn leave in one stream write", async () => {
    const { connection, raw, ours } = await established({ socketType: "PUSH" }, "PULL");
    const write = vi.spyOn(ours, "write");
    for (let i = 0; i < 100; i++) connection.send([Buffer.from([i])]);
    connection.send([Buffer.alloc(5000, 7)]); // a large body goes by reference: one corked writev
    expect(write).not.toHaveBeenCalled();
    const bytes = await raw.read(100 * 3 + 9 + 5000);
    expect(bytes.subarray(0, 6)).toEqual(hex("00 01 00 00 01 01"));
    expect(write.mock.calls.length).toBeLessThanOrEqual(2);
    write.mockClear();
    for (let i = 0; i < 10; i++) connection.send([Buffer.from("small")]);
    await raw.read(70);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it("pause() stops delivery mid-chunk; resume() delivers the rest from a fresh stack", async () => {
    const { connection, handler, raw } = await established({ socketType: "PULL" }, "PUSH");
    const delivered: string[] = [];
    handler.onMessage = (parts) => {
      delivered.push(parts[0]!.toString());
      if (delivered.length === 2) connection.pause();
    };
    raw.write(Buffer.concat(["a", "b", "c", "d"].map((s) => encodeMessage([Buffer.from(s)]))));
    await within(new Promise((r) => setTimeout(r, 20)));
    expect(delivered).toEqual(["a", "b"]);
    connection.resume();
    expect(delivered).toEqual(["a", "b"]); // not re-entrant
    await within(
      new Promise<void>((resolve) => {
        const check = () => (delivered.length === 4 ? resolve() : setImmediate(check));
        check();
      }),
    );
    expect(delivered).toEqual(["a", "b", "c", "d"]);
  });

  it("a throwing handler does not corrupt the engine", async () => {
    const errors: unknown[] = [];
    const { handler, raw } = await established({ socketType: "PULL", onHandlerError: (e) => errors.push(e) }, "PUSH");
    let calls = 0;
    const record = handler.onMessage.bind(handler);
    handler.onMessage = (parts) => {
      if (calls++ === 0) throw new Error("boom");
      record(parts);
    };
    raw.write(Buffer.concat([encodeMessage([Buffer.from("1")]), encodeMessage([Buffer.from("2"), Buffer.from("3")])]));
    await handler.messageCount(1);
    expect(handler.messages).toEqual([[Buffer.from("2"), Buffer.from("3")]]);
    expect(errors).toHaveLength(1);
  });

  it("close(): queued messages are flushed, then the stream ends; onClose once, from a fresh stack", async () => {
    const { connection, handler, raw } = await established({ socketType: "PUSH" }, "PULL");
    connection.send([Buffer.from("last")]);
    connection.close();
    connection.close();
    expect(handler.closeCalls).toBe(0);
    expect(await raw.read(6)).toEqual(hex(`00 04 "last"`));
    await raw.endOfStream();
    expect(await handler.close()).toEqual({ error: undefined, handshakeDone: true });
    connection.send([Buffer.from("ignored")]);
    await new Promise((r) => setTimeout(r, 10));
    expect(handler.closeCalls).toBe(1);
  });

  it("close(linger) before the handshake: held messages are sent once it completes", async () => {
    const [ours, theirs] = duplexPair();
    const handler = new Recorder();
    const connection = openZmtpStream(ours, handler, { address: "x", socketType: "PUSH" });
    connection.send([Buffer.from("held")]);
    connection.close(1000);
    const raw = new RawPeer(theirs);
    await raw.read(11);
    raw.write(Buffer.concat([greeting(), readyFrame("PULL")]));
    await raw.read(53);
    await raw.read(2 + 26);
    expect(await raw.read(6)).toEqual(hex(`00 04 "held"`));
    expect(await handler.close()).toEqual({ error: undefined, handshakeDone: true });
    expect(handler.order).toEqual(["close"]);
  });

  it("close(linger) before the handshake, then the peer hangs up: the link closes without waiting for linger", async () => {
    const [ours, theirs] = duplexPair();
    const handler = new Recorder();
    const connection = openZmtpStream(ours, handler, { address: "x", socketType: "PUSH" });
    connection.send([Buffer.from("held")]);
    connection.close(-1);
    theirs.end();
    expect(await handler.close()).toEqual({ error: undefined, handshakeDone: false });
  });

  it("close(0) drops queued data and destroys at once", async () => {
    const { connection, handler, raw } = await established({ socketType: "PUSH" }, "PULL");
    connection.send([Buffer.from("dropped")]);
    connection.close(0);
    expect(handler.closed).toBeUndefined();
    await raw.endOfStream();
    expect(raw.pendingBytes).toBe(0);
    expect(await handler.close()).toEqual({ error: undefined, handshakeDone: true });
  });

  it("peer EOF while paused: buffered messages are delivered on resume, then the link closes", async () => {
    const { connection, handler, raw } = await established({ socketType: "PULL" }, "PUSH");
    connection.pause();
    raw.write(encodeMessage([Buffer.from("x")]));
    raw.stream.end();
    await new Promise((r) => setTimeout(r, 20));
    expect(handler.messages).toEqual([]);
    connection.resume();
    expect(await handler.close()).toEqual({ error: undefined, handshakeDone: true });
    expect(handler.messages).toEqual([[Buffer.from("x")]]);
  });

  it("writable/onDrain follow the stream's backpressure", async () => {
    const { connection, handler } = await established({ socketType: "PUSH" }, "PULL");
    expect(connection.writable).toBe(true);
    for (let i = 0; i < 10; i++) connection.send([Buffer.alloc(1024)]);
    expect(connection.writable).toBe(true);
    connection.send([Buffer.alloc(BATCH_LIMIT)]);
    expect(connection.writable).toBe(false);
    await handler.until(() => handler.drains === 1, "onDrain");
    expect(connection.writable).toBe(true);
  });

  it("PING with context gets a PONG echoing at most 16 bytes (K-1); a short PING an empty PONG (K-3)", async () => {
    const { raw } = await established({ socketType: "PULL" }, "PUSH");
    raw.write(commandFrame(pingBody(0, Buffer.from("ctx!"))));
    expect(await raw.read(11)).toEqual(hex(`04 09 04 "PONG" "ctx!"`));
    raw.write(commandFrame(Buffer.concat([hex(`04 "PING" 00 00`), Buffer.from("0123456789abcdefXYZ")])));
    expect(await raw.read(23)).toEqual(hex(`04 15 04 "PONG" "0123456789abcdef"`));
    raw.write(commandFrame(hex(`04 "PING" 01`)));
    expect(await raw.read(7)).toEqual(hex(`04 05 04 "PONG"`));
  });
});
