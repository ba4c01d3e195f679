import type { IncomingMessage } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import * as zmq from "../../src/index.js";
import type { EventOfType, EventType, Socket } from "../../src/index.js";
import { readyBody } from "../../src/zmtp/commands.js";

/**
 * Hostile or broken WebSocket peers against a purezmq ws:// endpoint: each closes its own connection with an event
 * and nothing else (RFC 45 framing; the peer is a raw `ws` client speaking ZWS by hand).
 */

const open: Array<{ close(): void }> = [];
afterEach(() => {
  for (const item of open.splice(0).reverse()) item.close();
});

function track<T extends { close(): void }>(item: T): T {
  open.push(item);
  return item;
}

function nextEvent<E extends EventType>(socket: Socket, type: E, ms = 5000): Promise<EventOfType<E>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event`)), ms);
    const listener = (event: EventOfType<E>): void => {
      clearTimeout(timer);
      socket.events.off(type, listener);
      resolve(event);
    };
    socket.events.on(type, listener);
  });
}

/** ZWS 2.0 message: flags byte, then the body. */
const zws = (flags: number, body: Buffer | string): Buffer => Buffer.concat([Buffer.from([flags]), Buffer.from(body)]);
const ready = (socketType: string): Buffer => zws(0x02, readyBody([["Socket-Type", Buffer.from(socketType)]]));

interface RawPeer {
  ws: WebSocket;
  protocol: string;
  messages: Buffer[];
  closed: Promise<number>;
}

/** A raw WebSocket client offering `protocol` (set by hand: `ws` refuses "/" in subprotocol names). */
async function rawClient(address: string, protocol = "ZWS2.0/NULL"): Promise<RawPeer> {
  const ws = new WebSocket(address.replace(/^ws:/, "ws:"), { headers: { "Sec-WebSocket-Protocol": protocol } });
  open.push({ close: () => ws.terminate() });
  let chosen = "";
  ws.once("upgrade", (response: IncomingMessage) => {
    chosen = String(response.headers["sec-websocket-protocol"] ?? "");
    delete response.headers["sec-websocket-protocol"];
  });
  const messages: Buffer[] = [];
  ws.on("message", (data: Buffer) => messages.push(data));
  ws.on("error", () => {});
  const closed = new Promise<number>((resolve) => ws.once("close", (code: number) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  return { ws, protocol: chosen, messages, closed };
}

async function pullEndpoint(options: Record<string, unknown> = {}): Promise<{ pull: zmq.Pull; address: string }> {
  const pull = track(new zmq.Pull({ linger: 0, ...options }));
  await pull.bind("ws://127.0.0.1:*/hostile");
  return { pull, address: pull.lastEndpoint! };
}

/** A well-behaved purezmq peer on the same endpoint, to show the others are unaffected. */
async function wellBehavedPeer(pull: zmq.Pull, address: string, text: string): Promise<void> {
  const push = track(new zmq.Push({ linger: 0 }));
  push.connect(address);
  await push.send(text);
  const [frame] = await pull.receive();
  expect(frame!.toString()).toBe(text);
}

describe("ws:// against hostile peers", () => {
  it("a client offering another mechanism gets no subprotocol and is closed with a handshake event", async () => {
    const { pull, address } = await pullEndpoint();
    const failure = nextEvent(pull, "handshake:error:protocol");
    const peer = await rawClient(address, "ZWS2.0/PLAIN");
    expect(peer.protocol).toBe("");
    expect((await failure).error.code).toBe("ERR_ZMTP_MECHANISM_MISMATCH");
    expect(await peer.closed).toBe(1002);
    await wellBehavedPeer(pull, address, "still serving");
  });

  it("a text message closes that connection (ZWS is binary only)", async () => {
    const { pull, address } = await pullEndpoint();
    const peer = await rawClient(address);
    peer.ws.send(ready("PUSH"));
    await nextEvent(pull, "handshake");
    const down = nextEvent(pull, "disconnect");
    peer.ws.send("not binary");
    await down;
    expect(await peer.closed).toBe(1002);
    await wellBehavedPeer(pull, address, "after text");
  });

  it("a flags byte with reserved bits closes that connection", async () => {
    const { pull, address } = await pullEndpoint();
    const peer = await rawClient(address);
    peer.ws.send(ready("PUSH"));
    await nextEvent(pull, "handshake");
    const down = nextEvent(pull, "disconnect");
    peer.ws.send(zws(0x80, "x"));
    await down;
    expect(await peer.closed).toBe(1002);
    await wellBehavedPeer(pull, address, "after reserved bits");
  });

  it("an empty binary message (no flags byte) during the handshake is a protocol error", async () => {
    const { pull, address } = await pullEndpoint();
    const peer = await rawClient(address);
    const failure = nextEvent(pull, "handshake:error:protocol");
    peer.ws.send(Buffer.alloc(0));
    expect((await failure).error.code).toBe("ERR_ZMTP_UNSPECIFIED");
    expect(await peer.closed).toBe(1002);
  });

  it("a message over maxMessageSize closes that connection; messages at the limit pass", async () => {
    const { pull, address } = await pullEndpoint({ maxMessageSize: 1000 });
    const peer = await rawClient(address);
    peer.ws.send(ready("PUSH"));
    await nextEvent(pull, "handshake");
    peer.ws.send(zws(0x00, Buffer.alloc(1000, 1)));
    expect((await pull.receive())[0]!.length).toBe(1000);
    const down = nextEvent(pull, "disconnect");
    peer.ws.send(zws(0x00, Buffer.alloc(1001, 1)));
    await down;
    expect(await peer.closed).toBe(1009);
    await wellBehavedPeer(pull, address, "after oversize");
  });

  it("a data frame instead of READY is refused during the handshake", async () => {
    const { pull, address } = await pullEndpoint();
    const peer = await rawClient(address);
    const failure = nextEvent(pull, "handshake:error:protocol");
    peer.ws.send(zws(0x00, "hello"));
    expect((await failure).error.code).toBe("ERR_ZMTP_UNEXPECTED_COMMAND");
    expect(await peer.closed).toBe(1002);
  });

  it("a peer that stops reading blocks only itself: PUSH skips it and the other peer gets everything after", async () => {
    const push = track(new zmq.Push({ linger: 0, sendHighWaterMark: 10, sendTimeout: 300 }));
    await push.bind("ws://127.0.0.1:*/slow");
    const address = push.lastEndpoint!;
    const stalled = await rawClient(address);
    stalled.ws.send(ready("PULL"));
    await nextEvent(push, "handshake");
    stalled.ws.pause(); // never reads again: its socket buffers fill, then TCP pushes back

    const big = Buffer.alloc(256 * 1024, 7);
    let sent = 0;
    // fill the stalled peer until send would block (no other peer yet)
    await expect(
      (async () => {
        for (;;) {
          await push.send(big);
          sent++;
        }
      })(),
    ).rejects.toMatchObject({ code: "EAGAIN" });
    expect(sent).toBeGreaterThan(10);

    const pull = track(new zmq.Pull({ linger: 0 }));
    pull.connect(address);
    await nextEvent(pull, "handshake");
    for (let i = 0; i < 20; i++) await push.send(Buffer.from(`fresh ${i}`));
    const received: string[] = [];
    while (received.length < 20) received.push((await pull.receive())[0]!.toString());
    expect(received).toEqual(Array.from({ length: 20 }, (_, i) => `fresh ${i}`));
  });

  it("a peer that floods pings and never reads its pongs is dropped (bounded pending pongs), others unaffected", async () => {
    const { pull, address } = await pullEndpoint();
    const peer = await rawClient(address);
    peer.ws.send(ready("PUSH"));
    await nextEvent(pull, "handshake");
    const down = nextEvent(pull, "disconnect", 15_000);
    peer.ws.pause(); // never reads our pongs
    const payload = Buffer.alloc(125, 1);
    for (let i = 0; i < 60_000 && peer.ws.readyState === WebSocket.OPEN; i++) peer.ws.ping(payload);
    await down;
    await wellBehavedPeer(pull, address, "after the ping flood");
  });

  it("a peer that never completes the handshake is dropped at the handshake deadline", async () => {
    const { pull, address } = await pullEndpoint({ handshakeInterval: 100 });
    const failure = nextEvent(pull, "handshake:error:other");
    const peer = await rawClient(address);
    expect((await failure).error.code).toBe("ETIMEDOUT");
    await peer.closed;
  });
});
