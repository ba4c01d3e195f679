/**
 * The benchmark cases: each measures one implementation once and returns its metrics. `primary` is the metric
 * the ratios in the table use; `higherIsBetter` says which way is good.
 */
import type { Transport } from "./endpoints.js";
import type { Impl, MqImpl, ZmqImpl } from "./impl.js";
import { type BenchWorker, openFileLimits, WorkerProcess } from "./worker-process.js";
import type { SenderResult, ThroughputResult } from "../ops/throughput.js";
import type { LatencyResult } from "../ops/latency.js";
import type { DealersResult } from "../ops/router.js";
import type { MemoryResult } from "../ops/memory.js";

export type Metrics = Record<string, number>;

/** A sending and a receiving worker process for one implementation. */
export interface WorkerPair {
  a: BenchWorker;
  b: BenchWorker;
}

export interface Settings {
  /** Measured seconds per throughput / latency / router measurement. */
  seconds: number;
  /** Throughput: seconds of traffic the receiver ignores (from its first message) before measuring. */
  warmupSeconds: number;
  /** The same for messages of LARGE bytes and more, whose receivers take longer to reach a steady state. */
  largeWarmupSeconds: number;
  latencySeconds: number;
  /** Round trips for this long before timing (JIT tiers and the first GCs settle in a pure-JS implementation). */
  latencyWarmupSeconds: number;
  fanout: number[];
  dealers: number;
  idleConnections: number;
}

export interface Case {
  id: string;
  impls: Impl[];
  primary: string;
  unit: string;
  higherIsBetter: boolean;
  /** Id of the case whose raw result is this case's ceiling (throughput cases share the raw push stream). */
  rawOf?: string;
  /** Measured in the first run only (slow, and steady between runs). */
  firstRunOnly?: boolean;
  run(impl: Impl, pair: WorkerPair): Promise<Metrics>;
}

const TIMEOUT = 60_000;
const ZMQ: ZmqImpl[] = ["purezmq", "zeromq"];
/** With libzmq's C API too (tcp and ipc, no CURVE: see bench/c/zmq-endpoint.c). */
const MQ: MqImpl[] = [...ZMQ, "libzmq"];

/** Case-name suffix for the high-water mark setting: none for the default (1000). */
function hwmLabel(hwm: number | undefined): string {
  return hwm === undefined ? "" : ` HWM ${hwm}`;
}

export function sizeLabel(size: number): string {
  if (size >= 1 << 20) return `${size / (1 << 20)} MiB`;
  if (size >= 1024) return `${size / 1024} KiB`;
  return `${size} B`;
}

const LARGE = 64 * 1024;

/**
 * Seconds of throughput traffic ignored before measuring. Large messages need longer: a fresh process's receive rate
 * ramps up over its first ~0.5 s (JIT tiers, and the allocator's heap growing to hold the working set of message
 * buffers: until it has, every new buffer is fresh memory, which is expensive to fault in on this VM). See RESULTS.md.
 */
function warmupFor(size: number, settings: Settings): number {
  return size >= LARGE ? settings.largeWarmupSeconds : settings.warmupSeconds;
}

/**
 * Rate = messages measured / the measured window, where the window is never shorter than the time the sender spent
 * sending them: a sender that queues everything without yielding to the event loop delivers its stream in one burst
 * afterwards, and that burst's own rate is not a throughput. (Without that floor a PUB that drops 99% of its
 * messages would be credited with the speed at which its queue empties.)
 */
function throughputMetrics(
  result: ThroughputResult,
  size: number,
  sent: number,
  settings: Settings,
  senderCpuMicros = NaN,
): Metrics {
  const senderSeconds = result.burst ? settings.seconds + warmupFor(size, settings) : settings.seconds;
  const seconds = Math.max(result.seconds, senderSeconds);
  return {
    msgsPerSec: result.messages / seconds,
    mbPerSec: (result.messages * size) / seconds / 1e6,
    receiverWindowSeconds: result.seconds,
    burst: result.burst ? 1 : 0,
    delivered: sent > 0 ? result.received / sent : NaN,
    wrongSize: result.wrongSize,
    // CPU per message: the receiving process over its measured window, the sending one over its whole send loop
    // (per message sent, fan-out: per copy sent). inproc has one process: its cost is all in recvCpuUs.
    recvCpuUs: result.cpuMicros / result.messages,
    sendCpuUs: senderCpuMicros / sent,
  };
}

/** The sender runs for warm-up + measured seconds; the receiver skips the warm-up. */
async function zmqThroughput(
  impl: MqImpl,
  pair: WorkerPair,
  pattern: "pushpull" | "pubsub",
  transport: Transport,
  size: number,
  settings: Settings,
  curve = false,
  hwm?: number,
): Promise<Metrics> {
  const warmup = warmupFor(size, settings);
  const seconds = settings.seconds + warmup;
  if (transport === "inproc") {
    const result = await pair.a.call<ThroughputResult & { sent: number }>(
      "throughput.inproc",
      { impl, pattern, size, seconds, warmup, hwm },
      TIMEOUT,
    ).done;
    return throughputMetrics(result, size, result.sent, settings);
  }
  const receiver = pair.b.call<ThroughputResult>(
    "throughput.receive",
    { impl, pattern, transport, size, warmup, curve, hwm },
    TIMEOUT,
  );
  const endpoint = (await receiver.event("bound")) as string;
  const sender = pair.a.call<SenderResult>(
    "throughput.send",
    { impl, pattern, transport, size, seconds, connect: endpoint, curve, hwm },
    TIMEOUT,
  );
  if (pattern === "pubsub") {
    await receiver.event("subscribed");
    pair.a.signal(sender.id, "go");
  }
  const result = await receiver.done;
  pair.a.signal(sender.id, "stop");
  const { sent, cpuMicros } = await sender.done;
  return throughputMetrics(result, size, sent, settings, cpuMicros);
}

/** The raw sender binds and the receiver connects (see ops/raw.ts for the bytes and the message ceilings). */
async function rawThroughput(
  pair: WorkerPair,
  transport: Transport,
  size: number,
  settings: Settings,
  messages: boolean,
): Promise<Metrics> {
  const warmup = warmupFor(size, settings);
  const sender = pair.a.call<{ sent: number }>(
    "raw.send",
    { transport, size, seconds: settings.seconds + warmup },
    TIMEOUT,
  );
  const address = await sender.event("bound");
  const receiver = pair.b.call<ThroughputResult>("raw.receive", { connect: address, size, warmup, messages }, TIMEOUT);
  const result = await receiver.done;
  const { sent } = await sender.done;
  return throughputMetrics(result, size, sent, settings);
}

/**
 * `hwm`: sendHighWaterMark of the sender and receiveHighWaterMark of the receiver (0 = unlimited); libzmq's
 * default (1000) when absent.
 */
function throughputCase(
  pattern: "pushpull" | "pubsub",
  transport: Transport,
  size: number,
  settings: Settings,
  hwm?: number,
): Case {
  const hasRaw = transport === "tcp" || transport === "ipc";
  const impls: Impl[] = hasRaw ? [...MQ] : [...ZMQ];
  if (pattern === "pushpull" && hasRaw && hwm === undefined) impls.push("raw", "rawmsg");
  return {
    id: `${transport} ${pattern === "pushpull" ? "PUSH→PULL" : "PUB→SUB"} ${sizeLabel(size)}${hwmLabel(hwm)}`,
    impls,
    primary: "msgsPerSec",
    unit: "msg/s",
    higherIsBetter: true,
    rawOf:
      hasRaw && (pattern === "pubsub" || hwm !== undefined) ? `${transport} PUSH→PULL ${sizeLabel(size)}` : undefined,
    run: (impl, pair) =>
      impl === "raw" || impl === "rawmsg"
        ? rawThroughput(pair, transport, size, settings, impl === "rawmsg")
        : zmqThroughput(impl, pair, pattern, transport, size, settings, false, hwm),
  };
}

/** PUSH→PULL with CURVE on both sides (the PULL is the CURVE server). */
function curveThroughputCase(size: number, settings: Settings): Case {
  return {
    id: `tcp CURVE PUSH→PULL ${sizeLabel(size)}`,
    impls: ZMQ,
    primary: "msgsPerSec",
    unit: "msg/s",
    higherIsBetter: true,
    run: (impl, pair) => zmqThroughput(impl as ZmqImpl, pair, "pushpull", "tcp", size, settings, true),
  };
}

/** New CURVE connections per second, one after another (handshake event, then close). */
function curveConnectionsCase(settings: Settings): Case {
  return {
    id: "tcp CURVE new connections",
    impls: ZMQ,
    primary: "connectionsPerSec",
    unit: "conn/s",
    higherIsBetter: true,
    async run(impl, pair) {
      const server = pair.b.call("curve.server", { impl }, TIMEOUT);
      const endpoint = await server.event("bound");
      try {
        const result = await pair.a.call<{ connections: number; seconds: number }>(
          "curve.clients",
          { impl, connect: endpoint, seconds: settings.seconds, warmup: settings.warmupSeconds },
          TIMEOUT,
        ).done;
        return { connectionsPerSec: result.connections / result.seconds };
      } finally {
        pair.b.signal(server.id, "stop");
        await server.done;
      }
    },
  };
}

function latencyCase(transport: Transport, size: number, settings: Settings): Case {
  const warmup = settings.latencyWarmupSeconds;
  return {
    id: `${transport} REQ↔REP ${sizeLabel(size)}`,
    impls: [...MQ, "raw"],
    primary: "p50",
    unit: "µs p50",
    higherIsBetter: false,
    async run(impl, pair) {
      const seconds = settings.latencySeconds;
      const server =
        impl === "raw"
          ? pair.b.call("raw.echo", { transport }, TIMEOUT)
          : pair.b.call("latency.reply", { impl, transport }, TIMEOUT);
      const endpoint = await server.event("bound");
      const client =
        impl === "raw"
          ? pair.a.call<LatencyResult>("raw.ping", { connect: endpoint, size, seconds, warmup }, TIMEOUT)
          : pair.a.call<LatencyResult>("latency.request", { impl, connect: endpoint, size, seconds, warmup }, TIMEOUT);
      try {
        const result = await client.done;
        return { p50: result.p50, mean: result.mean, p99: result.p99, roundTrips: result.roundTrips };
      } finally {
        pair.b.signal(server.id, "stop");
        await server.done;
      }
    },
  };
}

/** One PUB, `subscribers` SUB sockets in one process; `hwm` as in throughputCase. */
function fanoutCase(subscribers: number, settings: Settings, hwm?: number): Case {
  const size = 64;
  return {
    id: `tcp PUB fan-out ×${subscribers} ${sizeLabel(size)}${hwmLabel(hwm)}`,
    impls: MQ,
    primary: "msgsPerSec",
    unit: "msg/s total",
    higherIsBetter: true,
    async run(impl, pair) {
      const mqImpl = impl as MqImpl;
      const warmup = warmupFor(size, settings);
      const sender = pair.a.call<SenderResult>(
        "throughput.send",
        { impl: mqImpl, pattern: "pubsub", transport: "tcp", size, seconds: settings.seconds + warmup, hwm },
        TIMEOUT,
      );
      const endpoint = await sender.event("bound");
      const receiver = pair.b.call<ThroughputResult>(
        "throughput.receive",
        {
          impl: mqImpl,
          pattern: "pubsub",
          transport: "tcp",
          size,
          sockets: subscribers,
          connect: endpoint,
          warmup,
          hwm,
        },
        TIMEOUT,
      );
      await receiver.event("subscribed");
      pair.a.signal(sender.id, "go");
      const result = await receiver.done;
      pair.a.signal(sender.id, "stop");
      const { sent, cpuMicros } = await sender.done;
      const metrics = throughputMetrics(result, size, sent * subscribers, settings, cpuMicros);
      return { ...metrics, perSubscriber: metrics.msgsPerSec! / subscribers };
    },
  };
}

function routerCase(settings: Settings): Case {
  return {
    id: `tcp ROUTER ← ${settings.dealers} DEALERs`,
    impls: ZMQ,
    primary: "roundTripsPerSec",
    unit: "round trips/s",
    higherIsBetter: true,
    async run(impl, pair) {
      const server = pair.b.call("router.router", { impl }, TIMEOUT);
      const endpoint = await server.event("bound");
      try {
        const result = await pair.a.call<DealersResult>(
          "router.dealers",
          { impl, connect: endpoint, count: settings.dealers, size: 16, seconds: settings.seconds },
          TIMEOUT,
        ).done;
        return { roundTripsPerSec: result.roundTrips / result.seconds, connectSeconds: result.connectSeconds };
      } finally {
        pair.b.signal(server.id, "stop");
        await server.done;
      }
    },
  };
}

/** Fresh processes: RSS must not carry the other cases' heaps. */
function memoryCase(settings: Settings): Case {
  const connections = settings.idleConnections;
  return {
    id: `tcp idle connections ×${connections} (ROUTER RSS)`,
    impls: ZMQ,
    primary: "kibPerConnection",
    unit: "KiB/conn",
    higherIsBetter: false,
    firstRunOnly: true,
    async run(impl) {
      // every connection is one fd in each process: raise the soft limit, or fail rather than measure fewer
      const openFiles = connections + 256;
      const { hard } = openFileLimits();
      if (hard < openFiles)
        throw new Error(`${connections} connections need \`ulimit -Hn\` >= ${openFiles} (it is ${hard})`);
      const serverProcess = new WorkerProcess(`${impl}-memory`, ["--expose-gc"], openFiles);
      const clientProcess = new WorkerProcess("raw-memory-clients", [], openFiles);
      try {
        const server = serverProcess.call<MemoryResult>("memory.server", { impl, connections }, 120_000);
        const endpoint = await server.event("bound");
        const clients = clientProcess.call("memory.clients", { connect: endpoint, connections }, 120_000);
        await server.event("measured");
        serverProcess.signal(server.id, "stop");
        const result = await server.done;
        clientProcess.signal(clients.id, "stop");
        await clients.done;
        if (result.accepted !== connections) throw new Error(`accepted ${result.accepted} of ${connections}`);
        return {
          kibPerConnection: result.bytesPerConnection / 1024,
          rssBeforeMB: result.rssBefore / 1e6,
          rssAfterMB: result.rssAfter / 1e6,
          fdsBefore: result.fdsBefore,
          fdsAfter: result.fdsAfter,
        };
      } finally {
        await Promise.all([serverProcess.stop(), clientProcess.stop()]);
      }
    },
  };
}

export function allCases(settings: Settings): Case[] {
  const sizes = [1, 64, 1024, 65536, 1 << 20];
  const subset = [1, 1024, 65536];
  return [
    ...sizes.map((size) => throughputCase("pushpull", "tcp", size, settings)),
    // PUB→SUB 1 B also with unlimited queues on both sides (HWM 0): every message delivered, nothing dropped.
    ...sizes.flatMap((size) => [
      throughputCase("pubsub", "tcp", size, settings),
      ...(size === 1 ? [throughputCase("pubsub", "tcp", size, settings, 0)] : []),
    ]),
    ...subset.map((size) => throughputCase("pushpull", "ipc", size, settings)),
    ...subset.map((size) => throughputCase("pushpull", "inproc", size, settings)),
    ...subset.map((size) => throughputCase("pushpull", "ws", size, settings)),
    ...subset.map((size) => latencyCase("tcp", size, settings)),
    ...subset.map((size) => curveThroughputCase(size, settings)),
    curveConnectionsCase(settings),
    ...settings.fanout.flatMap((n) => [fanoutCase(n, settings), ...(n > 1 ? [fanoutCase(n, settings, 0)] : [])]),
    routerCase(settings),
    memoryCase(settings),
  ];
}
