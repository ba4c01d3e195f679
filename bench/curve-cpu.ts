/**
 * CPU cost of CURVE PUSH→PULL per message, both implementations side by side:
 * `npm run build && npm run bench:build && node bench/out/build/curve-cpu.mjs [--count=N] [--sizes=1,1024,65536]`.
 *
 * The receiver (PULL, CURVE server) and the sender (PUSH, CURVE client) run in two child processes over tcp
 * loopback. Each measures its own process CPU time (`process.cpuUsage`, user + system, all threads: libzmq's I/O
 * thread counts for zeromq.js) over the same steady stretch of messages after a warm-up, and the wall time. On a
 * machine shared with other work the wall-clock rate swings with the load; CPU per message mostly does not, so it
 * is the number to compare implementations by.
 */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { curveClientOptions, curveServerOptions } from "./lib/curve-keys.js";
import { loadZmq, type ZmqImpl } from "./lib/impl.js";

interface Job {
  role: "receive" | "send";
  impl: ZmqImpl;
  size: number;
  warmup: number;
  count: number;
  endpoint?: string;
}

interface Measured {
  cpuMicros: number;
  seconds: number;
}

const cpu = (): number => {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
};

async function receive(job: Job, report: (message: unknown) => void): Promise<Measured> {
  const zmq = await loadZmq(job.impl);
  const socket = new zmq.Pull({ linger: 0, ...curveServerOptions() });
  await socket.bind("tcp://127.0.0.1:0");
  report({ endpoint: socket.lastEndpoint });
  let seen = 0;
  let cpuStart = 0;
  let wallStart = 0;
  for await (const [message] of socket) {
    if (message!.length !== job.size) throw new Error(`wrong size ${message!.length}`);
    if (++seen === job.warmup) {
      cpuStart = cpu();
      wallStart = performance.now();
    } else if (seen === job.warmup + job.count) break;
  }
  const measured = { cpuMicros: cpu() - cpuStart, seconds: (performance.now() - wallStart) / 1000 };
  socket.close();
  return measured;
}

/** Sends, and keeps the socket open until the parent says the receiver has everything (no linger race). */
async function send(job: Job, report: (message: unknown) => void): Promise<void> {
  const zmq = await loadZmq(job.impl);
  const socket = new zmq.Push({ linger: 0, ...curveClientOptions() });
  socket.connect(job.endpoint!);
  const message = Buffer.alloc(job.size, 0x61);
  for (let i = 0; i < job.warmup; i++) await socket.send(message);
  const cpuStart = cpu();
  const wallStart = performance.now();
  for (let i = 0; i < job.count; i++) await socket.send(message);
  // Until the receiver has the last message: what is still queued (up to the HWM) is encoded and written here.
  await new Promise((resolve) => process.once("message", resolve));
  report({ result: { cpuMicros: cpu() - cpuStart, seconds: (performance.now() - wallStart) / 1000 } });
  socket.close();
}

interface Child {
  result: Promise<Measured>;
  process: ChildProcess;
}

function child(job: Job, onMessage?: (message: { endpoint?: string }) => void): Child {
  const process = fork(fileURLToPath(import.meta.url), ["--child", JSON.stringify(job)]);
  const result = new Promise<Measured>((resolve, reject) => {
    process.on("message", (message: { endpoint?: string; result?: Measured; error?: string }) => {
      if (message.error !== undefined) reject(new Error(message.error));
      else if (message.result !== undefined) resolve(message.result);
      else onMessage?.(message);
    });
    process.on("exit", (code) => reject(new Error(`${job.role} exited (${code}) without a result`)));
  });
  return { result, process };
}

async function pair(impl: ZmqImpl, size: number, count: number): Promise<{ receive: Measured; send: Measured }> {
  const warmup = Math.max(200, count >> 2);
  let sender: Child | undefined;
  const base = { impl, size, warmup, count };
  const receiver = child({ role: "receive", ...base }, (message) => {
    if (message.endpoint !== undefined) sender = child({ role: "send", ...base, endpoint: message.endpoint });
  });
  const timer = setTimeout(() => {
    receiver.process.kill();
    sender?.process.kill();
  }, 120_000);
  try {
    const receive = await receiver.result;
    sender!.process.send("done");
    return { receive, send: await sender!.result };
  } finally {
    clearTimeout(timer);
  }
}

async function main(): Promise<void> {
  const arg = (name: string): string | undefined =>
    process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const sizes = (arg("sizes") ?? "1,1024,65536").split(",").map(Number);
  const runs = Number(arg("runs") ?? 3);
  console.log("size      impl       rate msg/s  send µs CPU/msg  recv µs CPU/msg   (medians of the runs)");
  for (const size of sizes) {
    const count = Number(arg("count") ?? (size >= 65536 ? 2000 : size >= 1024 ? 40000 : 200000));
    for (const impl of (arg("impls") ?? "purezmq,zeromq").split(",") as ZmqImpl[]) {
      const results: { rate: number; send: number; receive: number }[] = [];
      for (let run = 0; run < runs; run++) {
        const r = await pair(impl, size, count);
        results.push({
          rate: count / r.receive.seconds,
          send: r.send.cpuMicros / count,
          receive: r.receive.cpuMicros / count,
        });
      }
      const median = (pick: (x: (typeof results)[0]) => number): number =>
        results.map(pick).sort((a, b) => a - b)[results.length >> 1]!;
      const columns = [median((x) => x.rate).toFixed(0), median((x) => x.send).toFixed(2)];
      columns.push(median((x) => x.receive).toFixed(2));
      console.log(`${String(size).padEnd(9)} ${impl.padEnd(8)} ${columns.map((c) => c.padStart(12)).join("  ")}`);
    }
  }
}

if (process.argv[2] === "--child") {
  const job = JSON.parse(process.argv[3]!) as Job;
  const report = (message: unknown): void => void process.send!(message);
  const done = job.role === "receive" ? receive(job, report).then((result) => report({ result })) : send(job, report);
  done.then(
    () => process.disconnect(),
    (error: unknown) => report({ error: String(error) }),
  );
} else {
  await main();
}
