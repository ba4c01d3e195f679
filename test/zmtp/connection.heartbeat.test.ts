import { afterEach, describe, expect, it } from "vitest";
import { openZmtpStream } from "../../src/transports/zmtp-stream.js";
import { pingBody } from "../../src/zmtp/commands.js";
import { encodeMessage } from "../../src/zmtp/encoder.js";
import type { Session, SessionOptions } from "../../src/zmtp/session.js";
import { FakeClock } from "../helpers/fake-clock.js";
import { duplexPair } from "./helpers/duplex-pair.js";
import { hex } from "./helpers/bytes.js";
import { RawPeer, Recorder } from "./helpers/recorder.js";
import { commandFrame, greeting, readyFrame } from "./helpers/wire.js";

const open: Session[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close(0);
});

function start(options: Partial<SessionOptions>) {
  const clock = new FakeClock();
  const [ours, theirs] = duplexPair();
  const handler = new Recorder();
  const session = openZmtpStream(ours, handler, { address: "x", socketType: "PULL", ...options }, clock);
  open.push(session);
  return { clock, session, handler, raw: new RawPeer(theirs) };
}

async function established(options: Partial<SessionOptions>) {
  const started = start(options);
  started.raw.write(Buffer.concat([greeting(), readyFrame("PUSH")]));
  await started.handler.ready();
  await started.raw.read(64 + 2 + 26);
  return started;
}

describe("NULL READY after a greeting that ends together with ours (fake clock)", () => {
  // libzmq handles a READY that arrives with the end of our greeting before flushing its own READY, so a refused
  // socket type would close the connection before libzmq's READY could tell us why: ours follows the peer's.
  it("waits for the peer's first bytes, or 20 ms of silence, before sending READY", async () => {
    for (const peerSpeaks of [true, false]) {
      const { clock, raw } = start({});
      await raw.read(11);
      raw.write(greeting()); // the whole greeting at once: the end of ours goes out in reply, READY waits
      await raw.read(53);
      await clock.advance(19);
      expect(raw.pendingBytes).toBe(0);
      if (peerSpeaks) raw.write(readyFrame("PUSH"));
      else await clock.advance(1);
      expect(await raw.read(2 + 26)).toEqual(readyFrame("PULL"));
    }
  });
});

describe("Session heartbeats (fake clock)", () => {
  it("K-2/K-5/E-23: sends a PING every interval carrying the TTL in deciseconds", async () => {
    const { clock, raw } = await established({
      heartbeatInterval: 20,
      heartbeatTimeToLive: 3050,
      heartbeatTimeout: 5000,
    });
    await clock.advance(19);
    expect(raw.pendingBytes).toBe(0);
    await clock.advance(1);
    expect(await raw.read(9)).toEqual(hex(`04 07 04 "PING" 00 1e`));
    await clock.advance(20);
    expect(await raw.read(9)).toEqual(hex(`04 07 04 "PING" 00 1e`));
    expect(raw.pendingBytes).toBe(0);
  });

  it("K-6: a silent peer is closed exactly when the heartbeat timeout after the first PING expires", async () => {
    const { clock, handler } = await established({ heartbeatInterval: 20, heartbeatTimeout: 60 });
    await clock.advance(20 + 59);
    expect(handler.closed).toBeUndefined();
    await clock.advance(1);
    const closed = await handler.close();
    expect(closed).toMatchObject({ handshakeDone: true, error: { kind: "timeout", code: "ETIMEDOUT" } });
    expect(closed.error!.message).toMatch(/heartbeat/);
  });

  it("K-6: heartbeat timeout -1 means the interval", async () => {
    const { clock, handler } = await established({ heartbeatInterval: 30, heartbeatTimeout: -1 });
    await clock.advance(30 + 29);
    expect(handler.closed).toBeUndefined();
    await clock.advance(1);
    expect((await handler.close()).error?.code).toBe("ETIMEDOUT");
  });

  it("E-24: any inbound frame (not only PONG) keeps the link alive", async () => {
    const { clock, handler, raw } = await established({ heartbeatInterval: 20, heartbeatTimeout: 60 });
    for (let i = 1; i <= 25; i++) {
      raw.write(encodeMessage([Buffer.from("tick")]));
      await handler.messageCount(i);
      await clock.advance(10);
    }
    expect(handler.closed).toBeUndefined();
    await clock.advance(80);
    expect((await handler.close()).error?.code).toBe("ETIMEDOUT");
  });

  it("a paused link (receive HWM) is not timed out for silence", async () => {
    const { clock, session, handler } = await established({ heartbeatInterval: 20, heartbeatTimeout: 60 });
    session.pause();
    await clock.advance(500);
    expect(handler.closed).toBeUndefined();
  });

  it("K-7: the TTL of the peer's PING is honoured when the peer then goes silent", async () => {
    const { clock, handler, raw } = await established({});
    raw.write(commandFrame(pingBody(1))); // 100 ms
    expect(await raw.read(7)).toEqual(hex(`04 05 04 "PONG"`));
    await clock.advance(99);
    expect(handler.closed).toBeUndefined();
    await clock.advance(1);
    const closed = await handler.close();
    expect(closed.error).toMatchObject({ kind: "timeout", code: "ETIMEDOUT" });
    expect(closed.error!.message).toMatch(/TTL/);
  });

  it("K-7: a frame after the PING cancels the TTL", async () => {
    const { clock, handler, raw } = await established({});
    raw.write(commandFrame(pingBody(1)));
    await raw.read(7);
    raw.write(encodeMessage([Buffer.from("alive")]));
    await handler.messageCount(1);
    await clock.advance(10_000);
    expect(handler.closed).toBeUndefined();
  });
});

describe("Session handshake deadline (fake clock)", () => {
  it("G-14: closes a peer that sends its greeting but no READY, when the deadline passes", async () => {
    const { clock, handler, raw } = start({ handshakeInterval: 50 });
    raw.write(greeting());
    await raw.read(64);
    await clock.advance(49);
    expect(handler.closed).toBeUndefined();
    await clock.advance(1);
    const closed = await handler.close();
    expect(closed).toMatchObject({ handshakeDone: false, error: { kind: "timeout", code: "ETIMEDOUT" } });
    await raw.endOfStream();
  });

  it("G-14: a completed handshake cancels the deadline; handshakeInterval 0 arms none", async () => {
    const { clock, handler } = await established({ handshakeInterval: 50 });
    await clock.advance(1000);
    expect(handler.closed).toBeUndefined();
    expect(clock.pending).toBe(0);
    const silent = start({ handshakeInterval: 0 });
    expect(silent.clock.pending).toBe(0);
  });
});
