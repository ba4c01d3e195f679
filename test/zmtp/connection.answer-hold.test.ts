import { Duplex } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { openZmtpStream } from "../../src/transports/zmtp-stream.js";
import { pingBody } from "../../src/zmtp/commands.js";
import { encodeMessage } from "../../src/zmtp/encoder.js";
import {
  ANSWER_HOLD_LIMIT,
  PING_FLOOD_BURST,
  PING_FLOOD_PAUSE,
  type Session,
  type SessionOptions,
} from "../../src/zmtp/session.js";
import { FakeClock } from "../helpers/fake-clock.js";
import { hex } from "./helpers/bytes.js";
import { RawPeer, Recorder } from "./helpers/recorder.js";
import { commandFrame, greeting, readyFrame } from "./helpers/wire.js";

const open: Session[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close(0);
});

/**
 * A connected pair whose engine side stops completing writes while `stall` is set, like a kernel buffer the peer no
 * longer empties: the engine's stream then reports writableNeedDrain, and `release` drains it.
 */
function stallablePair() {
  const held: Array<() => void> = [];
  const control = {
    stall: false,
    release: () => {
      for (const done of held.splice(0)) done();
    },
  };
  const ours: Duplex = new Duplex({
    writableHighWaterMark: 1,
    read() {},
    write(chunk: Buffer, _encoding, callback) {
      theirs.push(chunk);
      if (control.stall) held.push(callback);
      else callback();
    },
  });
  const theirs: Duplex = new Duplex({
    read() {},
    write(chunk: Buffer, _encoding, callback) {
      ours.push(chunk);
      callback();
    },
  });
  return { ours, theirs, control };
}

async function established(options: Partial<SessionOptions>) {
  const clock = new FakeClock();
  const { ours, theirs, control } = stallablePair();
  const handler = new Recorder();
  const session = openZmtpStream(ours, handler, { address: "x", socketType: "PULL", ...options }, clock);
  open.push(session);
  const raw = new RawPeer(theirs);
  raw.write(Buffer.concat([greeting(), readyFrame("PUSH")]));
  await handler.ready();
  await raw.read(64 + 2 + 26);
  return { clock, session, handler, raw, control, ours };
}

const PING = (context: string) => commandFrame(pingBody(0, Buffer.from(context)));
const PONG = (context: string) =>
  Buffer.concat([hex(`04 ${(5 + context.length).toString(16).padStart(2, "0")} 04 "PONG"`), Buffer.from(context)]);

/** Block the engine's output: the answer to this first PING is written but never completes. */
async function blockOutput(t: Awaited<ReturnType<typeof established>>) {
  t.control.stall = true;
  t.raw.write(PING("a"));
  expect(await t.raw.read(8)).toEqual(PONG("a"));
  expect(t.ours.writableNeedDrain).toBe(true);
}

describe("answers the engine owes while the peer does not read (fake clock)", () => {
  it("stops reading after a PING it cannot answer, and answers then reads on once the output drains", async () => {
    const t = await established({});
    await blockOutput(t);
    t.raw.write(Buffer.concat([PING("b"), encodeMessage([Buffer.from("after")])]));
    await t.clock.advance(10);
    expect(t.session.paused).toBe(true);
    expect(t.handler.messages).toHaveLength(0);
    expect(t.raw.pendingBytes).toBe(0);

    t.control.stall = false;
    t.control.release();
    expect(await t.raw.read(8)).toEqual(PONG("b"));
    await t.handler.messageCount(1);
    expect(t.handler.messages[0]).toEqual([Buffer.from("after")]);
    expect(t.session.paused).toBe(false);
  });

  it("PINGs that arrive before their answer is written get one PONG, and a flood of them pauses reading", async () => {
    const t = await established({});
    const flood = Array.from({ length: 1000 }, (_, i) => PING(`p${i}`));
    t.raw.write(Buffer.concat([...flood, encodeMessage([Buffer.from("after")])]));
    await t.clock.advance(0);
    const first = PONG(`p${PING_FLOOD_BURST}`); // one answer for the first burst, to its latest PING
    expect(await t.raw.read(first.length)).toEqual(first);
    expect(t.session.paused).toBe(true);
    expect(t.raw.pendingBytes).toBe(0);
    for (let ms = 1; t.handler.messages.length === 0; ms++) {
      expect(ms).toBeLessThan(1000);
      await t.clock.advance(PING_FLOOD_PAUSE);
    }
    const answers = await t.raw.read(t.raw.pendingBytes);
    expect(answers.length / PONG("p999").length).toBeLessThanOrEqual(Math.ceil(1000 / PING_FLOOD_BURST));
    expect(answers.subarray(-PONG("p999").length)).toEqual(PONG("p999")); // the last is answered
    expect(t.session.paused).toBe(false);
  });

  it("does not count the silence of a held link against the peer's heartbeat", async () => {
    const t = await established({ heartbeatInterval: 20, heartbeatTimeout: 60 });
    await blockOutput(t);
    await t.clock.advance(20); // our own PING is skipped while blocked
    t.raw.write(PING("b"));
    await t.clock.advance(ANSWER_HOLD_LIMIT - 30);
    expect(t.session.paused).toBe(true);
    expect(t.handler.closed).toBeUndefined();
  });

  it("holds for a bounded time, so two engines that each owe an answer cannot wait on each other forever", async () => {
    const t = await established({});
    await blockOutput(t);
    t.raw.write(
      Buffer.concat([PING("b"), encodeMessage([Buffer.from("one")]), PING("c"), encodeMessage([Buffer.from("two")])]),
    );
    await t.clock.advance(ANSWER_HOLD_LIMIT - 1);
    expect(t.handler.messages).toHaveLength(0);
    await t.clock.advance(1);
    await t.handler.messageCount(1); // reads until the next PING it cannot answer, then holds again
    expect(t.session.paused).toBe(true);
    await t.clock.advance(ANSWER_HOLD_LIMIT);
    await t.handler.messageCount(2);
    expect(t.session.paused).toBe(false);

    t.control.stall = false;
    t.control.release();
    expect(await t.raw.read(8)).toEqual(PONG("c")); // answers are coalesced: only the latest PING is answered
    await t.clock.advance(10);
    expect(t.raw.pendingBytes).toBe(0);
  });

  it("a socket pause and an answer hold overlap without resuming early", async () => {
    const t = await established({});
    await blockOutput(t);
    t.raw.write(Buffer.concat([PING("b"), encodeMessage([Buffer.from("x")])]));
    await t.clock.advance(1);
    t.session.pause();
    t.control.stall = false;
    t.control.release();
    expect(await t.raw.read(8)).toEqual(PONG("b"));
    await t.clock.advance(10);
    expect(t.session.paused).toBe(true);
    expect(t.handler.messages).toHaveLength(0);
    t.session.resume();
    await t.handler.messageCount(1);
  });
});
