/**
 * PUSH→PULL and PUB→SUB throughput through the public API, as a user writes it (`await send()`, `for await`).
 * The receiver ignores a warm-up period (JIT, queues filling) that starts with its first data message, then times
 * from the first message after it to the end marker (an empty message) that follows the last one. The sender sends
 * for warm-up + measured seconds.
 * PUB also sends empty probe messages until every subscriber has seen one (the orchestrator relays "go"), because
 * a PUB drops everything sent before a subscription arrives.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { bindAddress, type Transport } from "../lib/endpoints.js";
import { loadZmq, type ZmqImpl, type ZmqModule } from "../lib/impl.js";
import type { OpContext } from "../lib/protocol.js";
import { nowSeconds } from "../lib/stats.js";
import { cpuMicros, Tally, type ThroughputResult } from "../lib/tally.js";
import { curveClientOptions, curveServerOptions } from "../lib/curve-keys.js";

type Pattern = "pushpull" | "pubsub";

export interface ReceiverArgs {
  impl: ZmqImpl;
  pattern: Pattern;
  transport: Transport;
  size: number;
  /** Number of receiving sockets (PUB fan-out); 1 otherwise. */
  sockets?: number;
  /** Connect to this endpoint instead of binding. */
  connect?: string;
  /** Seconds of data messages received before measuring starts. */
  warmup: number;
  /** CURVE on both sides: the receiver is the CURVE server. */
  curve?: boolean;
  /** receiveHighWaterMark of the receiving sockets (0 = unlimited); the default (1000) when absent. */
  hwm?: number;
}

export interface SenderArgs {
  impl: ZmqImpl;
  pattern: Pattern;
  transport: Transport;
  size: number;
  seconds: number;
  connect?: string;
  curve?: boolean;
  /** sendHighWaterMark of the sending socket (0 = unlimited); the default (1000) when absent. */
  hwm?: number;
}

export type { ThroughputResult } from "../lib/tally.js";

type Receiver = InstanceType<ZmqModule["Pull"]> | InstanceType<ZmqModule["Subscriber"]>;
type Sender = InstanceType<ZmqModule["Push"]> | InstanceType<ZmqModule["Publisher"]>;

/** Receives until the end marker; resolves "probe" callbacks for PUB warm-up. */
async function drain(socket: Receiver, size: number, warmup: number, onProbe: () => void): Promise<Tally> {
  const tally = new Tally(size, warmup);
  let probed = false;
  for await (const [msg] of socket) {
    const length = msg!.length;
    if (length === 0 && tally.received === 0) {
      if (!probed) {
        probed = true;
        onProbe();
      }
      continue;
    }
    if (!tally.count(length)) break;
  }
  return tally;
}

export async function receive(args: ReceiverArgs, ctx: OpContext): Promise<ThroughputResult> {
  const zmq = await loadZmq(args.impl);
  const count = args.sockets ?? 1;
  const sockets: Receiver[] = [];
  for (let i = 0; i < count; i++) {
    const options = { ...(args.curve ? curveServerOptions() : {}), ...hwmOption("receiveHighWaterMark", args.hwm) };
    const socket = args.pattern === "pushpull" ? new zmq.Pull(options) : new zmq.Subscriber(options);
    if (socket instanceof zmq.Subscriber) socket.subscribe();
    sockets.push(socket);
  }
  try {
    if (args.connect !== undefined) {
      for (const socket of sockets) socket.connect(args.connect);
    } else {
      await sockets[0]!.bind(bindAddress(args.transport));
      ctx.emit("bound", sockets[0]!.lastEndpoint);
    }
    let probes = 0;
    const tallies = await Promise.all(
      sockets.map((socket) =>
        drain(socket, args.size, args.warmup, () => {
          if (++probes === count) ctx.emit("subscribed");
        }),
      ),
    );
    const first = tallies.reduce((a, b) => (b.first < a.first ? b : a));
    const end = tallies.reduce((a, b) => (b.end > a.end ? b : a));
    return {
      messages: tallies.reduce((sum, t) => sum + t.messages, 0),
      seconds: end.end - first.first,
      cpuMicros: end.cpuEnd - first.cpuFirst,
      received: tallies.reduce((sum, t) => sum + t.received, 0),
      wrongSize: tallies.reduce((sum, t) => sum + t.wrongSize, 0),
      burst: tallies.some((t) => t.burst),
    };
  } finally {
    for (const socket of sockets) {
      socket.linger = 0;
      socket.close();
    }
  }
}

/** How many sends between clock reads: cheap for small messages, every send for large ones. */
function batchFor(size: number): number {
  return size >= 65536 ? 1 : size >= 1024 ? 64 : 1024;
}

function hwmOption(name: string, hwm: number | undefined): Record<string, number> {
  return hwm === undefined ? {} : { [name]: hwm };
}

async function sendFor(socket: Sender, size: number, seconds: number): Promise<number> {
  const msg = Buffer.alloc(size, 0x61);
  const batch = batchFor(size);
  const deadline = nowSeconds() + seconds;
  let sent = 0;
  do {
    for (let i = 0; i < batch; i++) await socket.send(msg);
    sent += batch;
  } while (nowSeconds() < deadline);
  return sent;
}

export interface SenderResult {
  sent: number;
  /** CPU time (user + system) of this process while it sent, in microseconds. */
  cpuMicros: number;
}

export async function send(args: SenderArgs, ctx: OpContext): Promise<SenderResult> {
  const zmq = await loadZmq(args.impl);
  const options = { ...(args.curve ? curveClientOptions() : {}), ...hwmOption("sendHighWaterMark", args.hwm) };
  const socket: Sender = args.pattern === "pushpull" ? new zmq.Push(options) : new zmq.Publisher(options);
  const empty = Buffer.alloc(0);
  try {
    if (args.connect !== undefined) {
      socket.connect(args.connect);
    } else {
      await socket.bind(bindAddress(args.transport));
      ctx.emit("bound", socket.lastEndpoint);
    }
    if (args.pattern === "pubsub") {
      while (!ctx.hasSignal("go")) {
        await socket.send(empty);
        await sleep(5);
      }
    }
    const cpuStart = cpuMicros();
    const sent = await sendFor(socket, args.size, args.seconds);
    const cpu = cpuMicros() - cpuStart;
    if (args.pattern === "pushpull") {
      await socket.send(empty);
      // send() resolves once queued: closing (linger 0) before the receiver has everything would drop the rest.
      await ctx.signal("stop");
    } else {
      // The end marker may be dropped at the HWM like any PUB message: repeat it until the receivers are done.
      while (!ctx.hasSignal("stop")) {
        await socket.send(empty);
        await sleep(5);
      }
    }
    return { sent, cpuMicros: cpu };
  } finally {
    socket.linger = 0;
    socket.close();
  }
}

/** inproc: both ends in this process (inproc does not cross processes); "go" and "stop" are relayed locally. */
export async function inproc(
  args: Omit<SenderArgs, "transport" | "connect"> & { warmup: number },
  ctx: OpContext,
): Promise<ThroughputResult & { sent: number; senderCpuMicros: number }> {
  let bound!: (endpoint: string) => void;
  const endpoint = new Promise<string>((resolve) => (bound = resolve));
  let go = false;
  let received!: () => void;
  const stop = new Promise<void>((resolve) => (received = resolve));
  let stopped = false;
  const receiving = receive(
    {
      impl: args.impl,
      pattern: args.pattern,
      transport: "inproc",
      size: args.size,
      warmup: args.warmup,
      hwm: args.hwm,
    },
    {
      ...ctx,
      emit: (event, data) => {
        if (event === "bound") bound(data as string);
        if (event === "subscribed") go = true;
      },
    },
  );
  const sending = send(
    {
      impl: args.impl,
      pattern: args.pattern,
      size: args.size,
      seconds: args.seconds,
      transport: "inproc",
      connect: await endpoint,
      hwm: args.hwm,
    },
    {
      emit: () => {},
      hasSignal: (name) => (name === "go" ? go : stopped),
      signal: (name) => (name === "go" ? Promise.resolve() : stop),
    },
  );
  const result = await receiving;
  stopped = true;
  received();
  const { sent, cpuMicros: senderCpuMicros } = await sending;
  return { ...result, sent, senderCpuMicros };
}
