import { connect, type Socket } from "node:net";
import {
  COMMAND,
  frame,
  greeting,
  MORE,
  ping,
  properties,
  ready,
  subscribe,
  subscribeMessage,
  command,
} from "./wire.js";

/**
 * Hostile peers over raw TCP, NULL security. Each attack returns how many of its connections the target closed
 * (a purezmq target is expected to close the offending link and nothing else).
 */
export class RawPeer {
  readonly socket: Socket;
  closedByTarget = false;
  readonly closed: Promise<void>;
  readonly connected: Promise<void>;

  /** Resolves once the target's 64-byte greeting has arrived (or the connection is gone). */
  readonly greeted: Promise<void>;

  constructor(port: number, options: { read?: boolean } = {}) {
    this.socket = connect(port, "127.0.0.1");
    this.socket.on("error", () => {});
    this.connected = new Promise((resolve) => this.socket.once("connect", () => resolve()));
    this.closed = new Promise((resolve) => this.socket.once("close", () => resolve()));
    this.socket.once("end", () => (this.closedByTarget = true));
    this.socket.once("close", (hadError) => {
      if (hadError) this.closedByTarget = true;
    });
    let received = 0;
    this.greeted = new Promise((resolve) => {
      const onData = (chunk: Buffer) => {
        received += chunk.length;
        if (received < 64) return;
        this.socket.off("data", onData);
        if (options.read === false)
          this.socket.pause(); // from now on, never read
        else this.socket.resume();
        resolve();
      };
      this.socket.on("data", onData);
      this.socket.once("close", () => resolve());
    });
  }

  get open(): boolean {
    return !this.socket.destroyed;
  }

  /** Write, waiting for drain when the kernel buffer is full; false once the connection is gone. */
  async write(bytes: Buffer): Promise<boolean> {
    if (this.socket.destroyed) return false;
    if (this.socket.write(bytes)) return true;
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        this.socket.off("drain", onDrain);
        this.socket.off("close", onClose);
        resolve(ok);
      };
      const onDrain = () => done(true);
      const onClose = () => done(false);
      this.socket.once("drain", onDrain);
      this.socket.once("close", onClose);
    });
  }

  /** Greeting, then (once the target's greeting is in, as libzmq expects) READY as `socketType`, ZMTP 3.`minor`. */
  async handshake(socketType: string, minor = 1): Promise<boolean> {
    return this.greetThen(ready(socketType), minor);
  }

  /** Our greeting, the target's greeting, then `rest`. */
  async greetThen(rest: Buffer, minor = 1): Promise<boolean> {
    if (!(await this.write(greeting(minor)))) return false;
    await this.greeted;
    return this.write(rest);
  }

  destroy(): void {
    this.socket.destroy();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stream `piece()` until `total` bytes are written, it returns nothing, the target closes, or `seconds` pass (a
 * target that stops reading would otherwise hold the attacker forever); returns the bytes written.
 */
async function stream(peer: RawPeer, total: number, piece: () => Buffer, seconds = 30): Promise<number> {
  let written = 0;
  const deadline = Date.now() + seconds * 1000;
  while (written < total && peer.open) {
    const bytes = piece();
    if (bytes.length === 0) break;
    const left = deadline - Date.now();
    const ok = await Promise.race([peer.write(bytes), sleep(Math.max(0, left)).then(() => false)]);
    if (!ok) break;
    written += bytes.length;
  }
  return written;
}

/** Settle: give the target time to read what is in flight, or until the peers are closed. */
async function settle(peers: RawPeer[], ms: number): Promise<void> {
  await Promise.race([Promise.all(peers.map((p) => p.closed)), sleep(ms)]);
}

export interface AttackResult {
  /** Connections the target closed. */
  closed: number;
  connections: number;
  /** Attack bytes written. */
  bytes: number;
}

function result(peers: RawPeer[], bytes: number): AttackResult {
  return { closed: peers.filter((p) => p.closedByTarget).length, connections: peers.length, bytes };
}

/** SUBSCRIBE (3.1 command, or 3.0 `01` message) to one long topic, then vanish. */
export async function longTopicsThenDisconnect(
  port: number,
  o: { connections: number; topicLength: number; minor?: number; waitForClose?: boolean },
): Promise<AttackResult> {
  const peers: RawPeer[] = [];
  let bytes = 0;
  for (let i = 0; i < o.connections; i++) {
    const peer = new RawPeer(port);
    const topic = Buffer.alloc(o.topicLength, 0x61 + (i % 26));
    topic.writeUInt32BE(i, 0);
    const sub = o.minor === 0 ? subscribeMessage(topic) : subscribe(topic);
    await peer.handshake("SUB", o.minor ?? 1);
    await peer.write(sub);
    bytes += sub.length;
    peers.push(peer);
  }
  await settle(peers, o.waitForClose ? 10_000 : 200);
  for (const peer of peers) peer.destroy();
  return result(peers, bytes);
}

/** One connection subscribing to `count` distinct topics of `topicLength` bytes. */
export async function subscriptionFlood(
  port: number,
  o: { count: number; topicLength: number; waitForClose?: boolean },
): Promise<AttackResult> {
  const peer = new RawPeer(port);
  await peer.handshake("SUB");
  let i = 0;
  const batch = Math.max(1, Math.floor((64 * 1024) / (o.topicLength + 20)));
  const bytes = await stream(peer, Infinity, () => {
    const pieces: Buffer[] = [];
    for (let n = 0; n < batch && i < o.count; n++, i++) {
      const topic = Buffer.alloc(o.topicLength, 0x78);
      topic.writeUInt32BE(i, 0);
      pieces.push(subscribe(topic));
    }
    if (pieces.length === 0) return Buffer.alloc(0);
    return Buffer.concat(pieces);
  }).catch(() => 0);
  await settle([peer], o.waitForClose === false ? 500 : 8000);
  const outcome = result([peer], bytes);
  peer.destroy();
  return outcome;
}

/** A message that never ends: `partSize`-byte frames with MORE, until `total` bytes are sent or the link closes. */
export async function endlessMultipart(port: number, o: { total: number; partSize: number }): Promise<AttackResult> {
  const peer = new RawPeer(port);
  await peer.handshake("PUSH");
  const part = frame(MORE, Buffer.alloc(o.partSize, 0x70));
  const chunk = Buffer.concat(Array.from({ length: Math.max(1, Math.floor((64 * 1024) / part.length)) }, () => part));
  const bytes = await stream(peer, o.total, () => chunk);
  await settle([peer], 1000);
  const outcome = result([peer], bytes);
  peer.destroy();
  return outcome;
}

/** `connections` peers whose READY carries `size` bytes of metadata in properties of `valueSize` bytes each. */
export async function bigReadys(
  port: number,
  o: { connections: number; size: number; valueSize: number; socketType: string; waitForClose?: boolean },
): Promise<AttackResult & { peers: RawPeer[] }> {
  const one = properties([["X", Buffer.alloc(o.valueSize, 0x76)]]);
  const props = Buffer.concat(Array.from({ length: Math.max(1, Math.floor(o.size / one.length)) }, () => one));
  const readyFrame = ready(o.socketType, props);
  const peers: RawPeer[] = [];
  for (let i = 0; i < o.connections; i++) {
    const peer = new RawPeer(port);
    peers.push(peer);
    await peer.greetThen(readyFrame);
  }
  const bytes = Buffer.concat([greeting(), readyFrame]);
  await settle(peers, o.waitForClose ? 10_000 : 0);
  return { ...result(peers, bytes.length * o.connections), peers };
}

/** PINGs as fast as the target takes them, from a peer that never reads (its PONGs pile up at the target). */
export async function pingFlood(port: number, o: { total: number }): Promise<AttackResult & { peer: RawPeer }> {
  const peer = new RawPeer(port, { read: false });
  await peer.handshake("SUB");
  const one = ping(Buffer.from("0123456789abcdef"));
  const chunk = Buffer.concat(Array.from({ length: Math.floor((64 * 1024) / one.length) }, () => one));
  const bytes = await stream(peer, o.total, () => chunk, 8);
  return { ...result([peer], bytes), peer };
}

/** Connections that send a few greeting bytes and then nothing: the handshake never completes. */
export async function slowHandshakes(
  port: number,
  o: { connections: number },
): Promise<AttackResult & { peers: RawPeer[] }> {
  const peers: RawPeer[] = [];
  const partial = greeting().subarray(0, 11);
  for (let i = 0; i < o.connections; i++) {
    const peer = new RawPeer(port);
    peers.push(peer);
    if (i % 2 === 0) void peer.write(partial);
    if (i % 100 === 99) await Promise.all(peers.slice(-100).map((p) => p.connected));
  }
  await Promise.all(peers.map((p) => p.connected));
  await sleep(300);
  return { ...result(peers, 0), peers };
}

/**
 * Frames declaring `declared` bytes, then trickling `trickle` bytes each in small pieces: the target must not
 * allocate what is only promised. `duringHandshake` sends the huge frame as a command before READY.
 */
export async function hugeDeclaredFrames(
  port: number,
  o: { connections: number; declared: number; trickle: number; duringHandshake?: boolean },
): Promise<AttackResult> {
  const peers: RawPeer[] = [];
  for (let i = 0; i < o.connections; i++) {
    const peer = new RawPeer(port);
    peers.push(peer);
    const rest = o.duringHandshake
      ? frame(COMMAND, Buffer.from("\x05READY"), o.declared)
      : Buffer.concat([ready("PUSH"), frame(0, Buffer.alloc(0), o.declared)]);
    await peer.greetThen(rest);
  }
  const piece = Buffer.alloc(1024, 0x74);
  let bytes = 0;
  for (let sent = 0; sent < o.trickle; sent += piece.length) {
    for (const peer of peers) if (peer.open && (await peer.write(piece))) bytes += piece.length;
    await sleep(2);
  }
  await settle(peers, 1000);
  const outcome = result(peers, bytes);
  for (const peer of peers) peer.destroy();
  return outcome;
}

export { command };
