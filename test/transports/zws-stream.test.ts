import { describe, expect, it } from "vitest";
import { ZwsStream, type MessageSocket } from "../../src/transports/zws-stream.js";
import { commandData, commandName, READY, readyBody } from "../../src/zmtp/commands.js";
import type { SessionOptions } from "../../src/zmtp/session.js";
import { FakeClock, settle } from "../helpers/fake-clock.js";
import { Recorder } from "../zmtp/helpers/recorder.js";

/** A WebSocket stand-in that records what the adapter does with it. */
class FakeSocket implements MessageSocket {
  sent: Buffer[] = [];
  pings = 0;
  closedWith: number | undefined;
  terminated = false;
  paused = false;
  blocked = false;
  constructor(readonly protocol = "ZWS2.0/NULL") {}
  send(message: Buffer): void {
    this.sent.push(Buffer.from(message));
  }
  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
  }
  ping(): void {
    this.pings++;
  }
  close(code: number): void {
    this.closedWith ??= code;
  }
  terminate(): void {
    this.terminated = true;
  }
}

const readyMessage = (socketType: string): Buffer =>
  Buffer.concat([Buffer.from([0x02]), readyBody([["Socket-Type", Buffer.from(socketType)]])]);

async function established(options: Partial<SessionOptions> = {}, socketType = "PUB", peerType = "SUB") {
  const clock = new FakeClock();
  const socket = new FakeSocket();
  const handler = new Recorder();
  const zws = new ZwsStream(socket, handler, { socketType, address: "ws://x", ...options }, clock);
  zws.opened();
  zws.received(readyMessage(peerType), true);
  await handler.ready();
  return { clock, socket, handler, zws };
}

describe("ZWS session adapter", () => {
  it("sends READY as a 02-flagged message at once, with no greeting", () => {
    const socket = new FakeSocket();
    const zws = new ZwsStream(socket, new Recorder(), { socketType: "DEALER", address: "ws://x" }, new FakeClock());
    zws.opened();
    expect(socket.sent).toHaveLength(1);
    expect(socket.sent[0]![0]).toBe(0x02);
    const body = socket.sent[0]!.subarray(1);
    expect(commandName(body)).toBe(READY);
    expect(commandData(body).toString("latin1")).toContain("DEALER");
  });

  it("a subprotocol for another mechanism is a mechanism mismatch", async () => {
    const socket = new FakeSocket("ZWS2.0/PLAIN");
    const handler = new Recorder();
    new ZwsStream(socket, handler, { socketType: "PULL", address: "ws://x" }, new FakeClock()).opened();
    expect((await handler.close()).error).toMatchObject({ code: "ERR_ZMTP_MECHANISM_MISMATCH" });
    expect(socket.closedWith).toBe(1002);
  });

  it("subscriptions go out as 01/00-prefixed data messages (RFC 45 §Publish-Subscribe)", async () => {
    const { socket, zws } = await established({}, "SUB", "PUB");
    socket.sent = [];
    zws.session.subscribe(Buffer.from("topic"));
    zws.session.cancel(Buffer.from("topic"));
    await settle();
    expect(socket.sent).toEqual([Buffer.from("\x00\x01topic", "latin1"), Buffer.from("\x00\x00topic", "latin1")]);
  });

  it("a publisher takes 01/00-prefixed messages as subscriptions", async () => {
    const { handler, zws } = await established({ subscriptionMessages: true });
    zws.received(Buffer.from("\x00\x01abc", "latin1"), true);
    zws.received(Buffer.from("\x00\x00abc", "latin1"), true);
    expect(handler.subscribes).toEqual([Buffer.from("abc")]);
    expect(handler.cancels).toEqual([Buffer.from("abc")]);
  });

  it("multipart messages map MORE to 01 and back", async () => {
    const { socket, handler, zws } = await established({}, "DEALER", "DEALER");
    socket.sent = [];
    zws.session.send([Buffer.from("a"), Buffer.from(""), Buffer.from("c")]);
    await settle();
    expect(socket.sent).toEqual([Buffer.from("\x01a"), Buffer.from("\x01"), Buffer.from("\x00c")]);
    for (const message of socket.sent) zws.received(message, true);
    expect(handler.messages).toEqual([[Buffer.from("a"), Buffer.from(""), Buffer.from("c")]]);
  });

  it("heartbeats are WebSocket pings; a peer whose pongs stop is timed out (fake clock)", async () => {
    const { clock, socket, handler, zws } = await established({ heartbeatInterval: 100, heartbeatTimeout: 300 });
    await clock.advance(100);
    expect(socket.pings).toBe(1);
    zws.activity(); // the pong
    await clock.advance(300);
    expect(socket.pings).toBe(4);
    expect(handler.closed).toBeUndefined();
    await clock.advance(299);
    expect(handler.closed).toBeUndefined();
    await clock.advance(1);
    expect((await handler.close()).error).toMatchObject({ kind: "timeout", code: "ETIMEDOUT" });
  });

  it("messages arriving while paused are held and delivered in order on resume", async () => {
    const { handler, zws } = await established({}, "PULL", "PUSH");
    zws.session.pause();
    zws.received(Buffer.from("\x00one"), true);
    zws.received(Buffer.from("\x00two"), true);
    expect(handler.messages).toEqual([]);
    zws.session.resume();
    await handler.messageCount(2);
    expect(handler.messages.map(([part]) => part!.toString())).toEqual(["one", "two"]);
  });

  it("a peer that goes on sending while reading is paused is cut off at 100,000 held messages", async () => {
    // A page's WebSocket cannot pause: whatever the peer sends arrives, and is held until the session resumes.
    const { handler, zws } = await established({}, "PULL", "PUSH");
    zws.session.pause();
    const one = Buffer.from("\x00m");
    for (let i = 0; i < 100_000; i++) zws.received(one, true);
    expect(handler.closed).toBeUndefined();
    zws.received(one, true);
    expect((await handler.close()).error).toMatchObject({
      kind: "protocol",
      message: expect.stringContaining("100001 messages"),
    });
    expect(handler.messages).toEqual([]);
  });

  it("a peer that goes on sending while reading is paused is cut off past 64 MiB held", async () => {
    const { handler, zws } = await established({}, "PULL", "PUSH");
    zws.session.pause();
    const mebibyte = Buffer.concat([Buffer.from([0]), Buffer.alloc(1024 * 1024 - 1)]);
    for (let i = 0; i < 64; i++) zws.received(mebibyte, true);
    expect(handler.closed).toBeUndefined();
    zws.received(Buffer.from("\x00x"), true);
    expect((await handler.close()).error).toMatchObject({ message: expect.stringContaining("67108866 bytes") });
  });

  it("held messages are not bounded while the queue is unlimited (paused but reading on)", async () => {
    const { handler, zws } = await established({}, "PULL", "PUSH");
    zws.session.pause(true);
    const mebibyte = Buffer.concat([Buffer.from([0]), Buffer.alloc(1024 * 1024 - 1)]);
    for (let i = 0; i < 65; i++) zws.received(mebibyte, true);
    zws.session.resume();
    await handler.messageCount(65);
    expect(handler.closed).toBeUndefined();
  });

  it("close() ends with a normal close frame and reports once the socket is closed", async () => {
    const { socket, handler, zws } = await established({}, "PUSH", "PULL");
    zws.session.send([Buffer.from("last")]);
    zws.session.close();
    expect(socket.sent.at(-1)).toEqual(Buffer.from("\x00last"));
    expect(socket.closedWith).toBe(1000);
    zws.closed();
    expect(await handler.close()).toEqual({ error: undefined, handshakeDone: true });
  });

  it('"ZWS2.0" (no mechanism): routing ids instead of READY, each side first (RFC 45 §No Mechanism)', async () => {
    const socket = new FakeSocket("ZWS2.0");
    const handler = new Recorder();
    const zws = new ZwsStream(
      socket,
      handler,
      { socketType: "ROUTER", address: "ws://x", identity: Buffer.from("me") },
      new FakeClock(),
    );
    zws.opened();
    expect(socket.sent).toEqual([Buffer.from("\x00me")]);
    zws.received(Buffer.from("\x00browser-1"), true);
    const peer = await handler.ready();
    expect(peer).toMatchObject({ socketType: undefined, identity: Buffer.from("browser-1") });
    zws.received(Buffer.from("\x00hello"), true);
    expect(handler.messages).toEqual([[Buffer.from("hello")]]);
  });

  it('"ZWS2.0": a command where the routing id belongs is refused', async () => {
    const socket = new FakeSocket("ZWS2.0");
    const handler = new Recorder();
    const zws = new ZwsStream(socket, handler, { socketType: "PULL", address: "ws://x" }, new FakeClock());
    zws.opened();
    zws.received(readyMessage("PUSH"), true);
    expect((await handler.close()).error).toMatchObject({ code: "ERR_ZMTP_UNEXPECTED_COMMAND" });
  });
});
