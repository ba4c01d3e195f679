import { afterEach, describe, expect, it } from "vitest";
import { pingBody } from "../../src/zmtp/commands.js";
import { Connection, type ConnectionOptions } from "../../src/zmtp/connection.js";
import { encodeMessage } from "../../src/zmtp/encoder.js";
import { duplexPair } from "./helpers/duplex-pair.js";
import { hex } from "./helpers/bytes.js";
import { RawPeer, Recorder } from "./helpers/recorder.js";
import { commandFrame, greeting, readyFrame } from "./helpers/wire.js";

const open: Connection[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close(0);
});

async function established(options: Partial<ConnectionOptions>) {
  const [ours, theirs] = duplexPair();
  const handler = new Recorder();
  const connection = new Connection(ours, handler, { address: "x", socketType: "PULL", ...options });
  open.push(connection);
  const raw = new RawPeer(theirs);
  raw.write(Buffer.concat([greeting(), readyFrame("PUSH")]));
  await handler.ready();
  await raw.read(64 + 2 + 26);
  return { connection, handler, raw };
}

describe("Connection heartbeats", () => {
  it("K-2/K-5/E-23: sends PINGs every interval carrying the TTL in deciseconds", async () => {
    const { raw } = await established({ heartbeatInterval: 20, heartbeatTimeToLive: 3050, heartbeatTimeout: 5000 });
    expect(await raw.read(9)).toEqual(hex(`04 07 04 "PING" 00 1e`));
    expect(await raw.read(9)).toEqual(hex(`04 07 04 "PING" 00 1e`));
  });

  it("K-6: a silent peer is closed with a heartbeat timeout", async () => {
    const { handler } = await established({ heartbeatInterval: 20, heartbeatTimeout: 60 });
    const closed = await handler.close();
    expect(closed).toMatchObject({ handshakeDone: true, error: { kind: "timeout", code: "ETIMEDOUT" } });
    expect(closed.error!.message).toMatch(/heartbeat/);
  });

  it("E-24: any inbound frame (not only PONG) keeps the link alive", async () => {
    const { handler, raw } = await established({ heartbeatInterval: 20, heartbeatTimeout: 60 });
    const feeder = setInterval(() => raw.write(encodeMessage([Buffer.from("tick")])), 10);
    try {
      await handler.messageCount(25); // ≥ 250 ms: several timeouts' worth
      expect(handler.closed).toBeUndefined();
    } finally {
      clearInterval(feeder);
    }
    expect((await handler.close()).error?.code).toBe("ETIMEDOUT");
  });

  it("K-7: the TTL of the peer's PING is honoured when the peer then goes silent", async () => {
    const { handler, raw } = await established({});
    raw.write(commandFrame(pingBody(1))); // 100 ms
    expect(await raw.read(7)).toEqual(hex(`04 05 04 "PONG"`));
    const closed = await handler.close();
    expect(closed.error).toMatchObject({ kind: "timeout", code: "ETIMEDOUT" });
    expect(closed.error!.message).toMatch(/TTL/);
  });

  it("K-7: a frame after the PING cancels the TTL", async () => {
    const { handler, raw } = await established({});
    raw.write(commandFrame(pingBody(1)));
    await raw.read(7);
    raw.write(encodeMessage([Buffer.from("alive")]));
    await handler.messageCount(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(handler.closed).toBeUndefined();
  });
});
