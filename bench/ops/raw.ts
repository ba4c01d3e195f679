/** The raw node:net ceiling for the throughput and round-trip cases (no ZeroMQ, same measurement as ops/*). */
import { once } from "node:events";
import net from "node:net";
import { ipcPath, type Transport } from "../lib/endpoints.js";
import type { OpContext } from "../lib/protocol.js";
import { framedBatch, LengthCounter, LengthPrefixedParser } from "../lib/raw-framing.js";
import { nowSeconds } from "../lib/stats.js";
import { Tally, type ThroughputResult } from "../lib/tally.js";
import { summarise, type LatencyResult } from "./latency.js";

/** Bytes per write turn on the sending side (at least one message). */
const BATCH = 256 * 1024;
/** The sender waits for "drain" once this many bytes are queued in the stream. */
const QUEUED = 4 * 1024 * 1024;
/** The receiver's reused read buffer. */
const READ_BUFFER = 1024 * 1024;

interface Address {
  host?: string;
  port?: number;
  path?: string;
}

async function listen(
  transport: Transport,
  onSocket: (socket: net.Socket) => void,
): Promise<{ server: net.Server; address: Address }> {
  const server = net.createServer({ noDelay: true }, onSocket);
  if (transport === "ipc") {
    const path = ipcPath();
    server.listen(path);
    await once(server, "listening");
    return { server, address: { path } };
  }
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { server, address: { host: "127.0.0.1", port: (server.address() as net.AddressInfo).port } };
}

/** Connects; with `onRead`, reads with `onread` into one reused buffer (no allocation per read). */
async function dial(address: Address, onRead?: (nread: number, buf: Buffer) => boolean): Promise<net.Socket> {
  const onread = onRead === undefined ? undefined : { buffer: Buffer.allocUnsafe(READ_BUFFER), callback: onRead };
  const { path, port, host } = address;
  const socket = path !== undefined ? net.connect({ path, onread }) : net.connect({ port: port!, host, onread });
  socket.setNoDelay(true);
  await once(socket, "connect");
  return socket;
}

export interface RawReceiverArgs {
  connect: Address;
  size: number;
  warmup: number;
  /**
   * false: the bytes ceiling. Reads with `onread` into one reused buffer and counts length prefixes in place: no
   * allocation and no copy per read or per message, payloads are never looked at.
   * true: the message ceiling. Reads with "data" events and hands out every message as its own Buffer, as any
   * message library must (a subarray of the read chunk, or one concatenation when it straddles reads).
   */
  messages: boolean;
}

export async function receive(args: RawReceiverArgs): Promise<ThroughputResult> {
  const tally = new Tally(args.size, args.warmup);
  let finish!: (result: ThroughputResult) => void;
  let fail!: (error: Error) => void;
  const done = new Promise<ThroughputResult>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  let counting = true;
  const count = (length: number): boolean => {
    if (!counting) return false;
    counting = tally.count(length);
    if (!counting) finish(tally.result());
    return counting;
  };
  let socket: net.Socket;
  if (args.messages) {
    const parser = new LengthPrefixedParser((msg) => count(msg.length));
    socket = await dial(args.connect);
    socket.on("data", (chunk: Buffer) => parser.push(chunk));
  } else {
    const counter = new LengthCounter(count);
    socket = await dial(args.connect, (nread, buf) => counter.feed(buf, nread));
  }
  socket.on("error", (error) => fail(error));
  socket.on("close", () => fail(new Error("raw sender closed before the end marker")));
  try {
    return await done;
  } finally {
    socket.destroy();
  }
}

/**
 * The sending side listens and, once the receiver is connected, writes as fast as the stream drains: small
 * messages as one pre-framed batch buffer per write (the same immutable buffer every time), large ones as
 * [prefix, payload] pairs under one cork, in turns of at least BATCH bytes.
 */
export async function send(
  args: { transport: Transport; size: number; seconds: number },
  ctx: OpContext,
): Promise<{ sent: number }> {
  let accepted!: (socket: net.Socket) => void;
  const connection = new Promise<net.Socket>((resolve) => (accepted = resolve));
  const { server, address } = await listen(args.transport, (socket) => accepted(socket));
  ctx.emit("bound", address);
  const socket = await connection;
  server.close();
  socket.on("error", () => {});
  const closed = once(socket, "close");
  const payload = Buffer.alloc(args.size, 0x61);
  const small = 4 + args.size <= BATCH;
  const perTurn = small ? Math.floor(BATCH / (4 + args.size)) : Math.max(1, Math.floor(BATCH / args.size));
  const batch = small ? framedBatch(payload, perTurn) : undefined;
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32LE(args.size, 0);
  const deadline = nowSeconds() + args.seconds;
  let sent = 0;
  do {
    let ok: boolean;
    if (batch !== undefined) {
      ok = socket.write(batch);
    } else {
      ok = true;
      socket.cork();
      for (let i = 0; i < perTurn; i++) {
        socket.write(prefix);
        ok = socket.write(payload);
      }
      socket.uncork();
    }
    sent += perTurn;
    // Keep up to QUEUED bytes in the stream so the kernel always has the next turn at hand while we wait.
    if (!ok && socket.writableLength >= QUEUED) await once(socket, "drain");
  } while (nowSeconds() < deadline);
  socket.end(Buffer.alloc(4)); // the end marker: an empty message
  await closed;
  return { sent };
}

export async function echo(args: { transport: Transport }, ctx: OpContext): Promise<{ echoed: number }> {
  let echoed = 0;
  const { server, address } = await listen(args.transport, (socket) => {
    socket.on("error", () => {});
    const header = Buffer.allocUnsafe(4);
    const parser = new LengthPrefixedParser((msg) => {
      echoed++;
      header.writeUInt32LE(msg.length, 0);
      socket.cork();
      socket.write(Buffer.from(header));
      socket.write(msg);
      socket.uncork();
    });
    socket.on("data", (chunk: Buffer) => parser.push(chunk));
  });
  ctx.emit("bound", address);
  await ctx.signal("stop");
  server.close();
  return { echoed };
}

export async function ping(args: {
  connect: Address;
  size: number;
  seconds: number;
  warmup: number;
}): Promise<LatencyResult> {
  let wake: (() => void) | undefined;
  const counter = new LengthCounter(() => {
    wake!();
    return true;
  });
  const socket = await dial(args.connect, (nread, buf) => counter.feed(buf, nread));
  socket.on("error", () => {});
  const msg = Buffer.alloc(args.size, 0x61);
  const header = Buffer.allocUnsafe(4);
  header.writeUInt32LE(args.size, 0);
  const roundTrip = (): Promise<void> => {
    const reply = new Promise<void>((resolve) => (wake = resolve));
    socket.cork();
    socket.write(header);
    socket.write(msg);
    socket.uncork();
    return reply;
  };
  const samples: number[] = [];
  const warm = nowSeconds() + args.warmup; // seconds, as in ops/latency.ts
  while (nowSeconds() < warm) await roundTrip();
  const deadline = nowSeconds() + args.seconds;
  while (nowSeconds() < deadline) {
    const start = process.hrtime.bigint();
    await roundTrip();
    samples.push(Number(process.hrtime.bigint() - start) / 1e3);
  }
  socket.destroy();
  return summarise(samples);
}
