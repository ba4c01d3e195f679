/** The raw node:net ceiling for the throughput and round-trip cases (no ZeroMQ, same measurement as ops/*). */
import { once } from "node:events";
import net from "node:net";
import { ipcPath, type Transport } from "../lib/endpoints.js";
import type { OpContext } from "../lib/protocol.js";
import { BatchWriter, LengthPrefixedParser } from "../lib/raw-framing.js";
import { nowSeconds } from "../lib/stats.js";
import type { ThroughputResult } from "./throughput.js";
import { summarise, type LatencyResult } from "./latency.js";

interface Address {
  host?: string;
  port?: number;
  path?: string;
}

async function listen(transport: Transport, onSocket: (socket: net.Socket) => void): Promise<{ server: net.Server; address: Address }> {
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

async function dial(address: Address): Promise<net.Socket> {
  const socket = address.path !== undefined ? net.connect(address.path) : net.connect(address.port!, address.host!);
  socket.setNoDelay(true);
  await once(socket, "connect");
  return socket;
}

export async function receive(args: { transport: Transport; size: number }, ctx: OpContext): Promise<ThroughputResult> {
  let resolveDone!: (r: ThroughputResult) => void;
  const done = new Promise<ThroughputResult>((resolve) => (resolveDone = resolve));
  const { server, address } = await listen(args.transport, (socket) => {
    let first = 0;
    let messages = 0;
    let wrongSize = 0;
    const parser = new LengthPrefixedParser((msg) => {
      if (msg.length === 0) {
        resolveDone({ messages, seconds: nowSeconds() - first, wrongSize });
        socket.destroy();
        return;
      }
      if (messages === 0) first = nowSeconds();
      messages++;
      if (msg.length !== args.size) wrongSize++;
    });
    socket.on("data", (chunk: Buffer) => parser.push(chunk));
    socket.on("error", () => {});
  });
  ctx.emit("bound", address);
  try {
    return await done;
  } finally {
    server.close();
  }
}

export async function send(args: { connect: Address; size: number; seconds: number }): Promise<{ sent: number }> {
  const socket = await dial(args.connect);
  socket.on("error", () => {});
  const writer = new BatchWriter(
    (data) => socket.write(data),
    () => socket.cork(),
    () => socket.uncork(),
  );
  const msg = Buffer.alloc(args.size, 0x61);
  const batch = args.size >= 65536 ? 1 : args.size >= 1024 ? 64 : 1024;
  const deadline = nowSeconds() + args.seconds;
  let sent = 0;
  do {
    for (let i = 0; i < batch; i++) {
      if (!writer.add(msg)) await once(socket, "drain");
    }
    sent += batch;
  } while (nowSeconds() < deadline);
  writer.add(Buffer.alloc(0));
  writer.flush();
  socket.end();
  await once(socket, "close");
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

export async function ping(args: { connect: Address; size: number; seconds: number; warmup: number }): Promise<LatencyResult> {
  const socket = await dial(args.connect);
  socket.on("error", () => {});
  let wake: (() => void) | undefined;
  const parser = new LengthPrefixedParser(() => wake!());
  socket.on("data", (chunk: Buffer) => parser.push(chunk));
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
  for (let i = 0; i < args.warmup; i++) await roundTrip();
  const deadline = nowSeconds() + args.seconds;
  while (nowSeconds() < deadline) {
    const start = process.hrtime.bigint();
    await roundTrip();
    samples.push(Number(process.hrtime.bigint() - start) / 1e3);
  }
  socket.destroy();
  return summarise(samples);
}
