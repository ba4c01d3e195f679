import { spawn, type ChildProcess } from "node:child_process";
import { Pull, Push, Reply, Request } from "../index.js";
import { CliError, integer, parse, UsageError, type Command } from "./command.js";
import { Progress, table } from "./output.js";

const HELP = `Usage: purezmq bench [--size BYTES] [--count N] [--roundtrips N] [--transport tcp|ipc]

A quick measurement between two local processes (this one and a child it starts): PUSH -> PULL throughput, then
REQ <-> REP round trips. Shows a progress line on a terminal and prints a summary table.

Options:
  --size BYTES          message size (default 64)
  --count N             messages for the throughput run (default 200000)
  --roundtrips N        request/reply round trips (default 5000)
  --transport T         tcp (default) or ipc
  -h, --help            this help

Example:
  purezmq bench --size 1024 --count 100000
`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

/** Start `purezmq bench-peer ...` with the same node and loader as this process. */
function startPeer(args: string[]): ChildProcess {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, "bench-peer", ...args], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (errors += d));
  child.once("exit", (code) => {
    if (code) process.stderr.write(`bench peer exited with status ${code}: ${errors.trim()}\n`);
  });
  return child;
}

function endpointFor(transport: string, name: string): string {
  if (transport === "ipc") return `ipc:///tmp/purezmq-bench-${process.pid}-${name}.sock`;
  return "tcp://127.0.0.1:0";
}

export const benchCommand: Command = {
  name: "bench",
  summary: "throughput and round-trip time between two local processes",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse("bench", args, {
      size: { type: "string" },
      count: { type: "string" },
      roundtrips: { type: "string" },
      transport: { type: "string" },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`, "bench");
    const size = integer("bench", "size", values.size) ?? 64;
    const count = integer("bench", "count", values.count, 1) ?? 200_000;
    const roundtrips = integer("bench", "roundtrips", values.roundtrips, 1) ?? 5000;
    const transport = values.transport ?? "tcp";
    if (transport !== "tcp" && transport !== "ipc") throw new UsageError("--transport must be tcp or ipc", "bench");
    const progress = new Progress();
    const children: ChildProcess[] = [];
    try {
      // Throughput: the child pushes, we pull.
      const pull = new Pull({ receiveHighWaterMark: 10_000 });
      await pull.bind(endpointFor(transport, "thr"));
      children.push(startPeer(["push", pull.lastEndpoint!, String(size), String(count)]));
      let received = 0;
      let first = 0;
      for await (const [message] of pull) {
        if (received === 0) first = performance.now();
        if (message!.length !== size) throw new CliError(`bench peer sent ${message!.length} bytes, expected ${size}`);
        if (++received >= count) break;
        if ((received & 1023) === 0)
          progress.update(
            () => `throughput: ${received.toLocaleString("en-US")} / ${count.toLocaleString("en-US")} messages`,
          );
      }
      const seconds = Math.max((performance.now() - first) / 1000, 1e-6);
      pull.close();

      // Round trips: the child echoes, we ask.
      const req = new Request();
      await req.bind(endpointFor(transport, "lat"));
      children.push(startPeer(["rep", req.lastEndpoint!, String(roundtrips)]));
      const payload = Buffer.alloc(size, 0x61);
      const times: number[] = [];
      for (let i = 0; i < roundtrips; i++) {
        const start = performance.now();
        await req.send(payload);
        await req.receive();
        times.push((performance.now() - start) * 1000);
        if ((i & 127) === 0)
          progress.update(() => `round trips: ${i.toLocaleString("en-US")} / ${roundtrips.toLocaleString("en-US")}`);
      }
      req.close();
      progress.clear();
      times.sort((a, b) => a - b);
      const mean = times.reduce((a, b) => a + b, 0) / times.length;
      const rate = received / seconds;
      process.stdout.write(
        `${table([
          ["measurement", "value"],
          ["transport", transport],
          ["message size", `${size} B`],
          ["throughput messages", count.toLocaleString("en-US")],
          ["throughput", `${Math.round(rate).toLocaleString("en-US")} msg/s`],
          ["bandwidth", `${((rate * size) / 1e6).toFixed(1)} MB/s`],
          ["round trips", roundtrips.toLocaleString("en-US")],
          ["round trip mean", `${mean.toFixed(1)} µs`],
          ["round trip p50", `${percentile(times, 50).toFixed(1)} µs`],
          ["round trip p99", `${percentile(times, 99).toFixed(1)} µs`],
        ])}\n`,
      );
      return 0;
    } finally {
      progress.clear();
      for (const child of children) child.kill();
    }
  },
};

/** The child side of `bench`: `bench-peer push ENDPOINT SIZE COUNT` or `bench-peer rep ENDPOINT COUNT`. */
export const benchPeerCommand: Command = {
  name: "bench-peer",
  summary: "(internal) the other process of purezmq bench",
  help: "Usage: purezmq bench-peer push ENDPOINT SIZE COUNT | rep ENDPOINT COUNT   (started by purezmq bench)\n",
  async run(args) {
    const [mode, endpoint, a, b] = args;
    if (mode === "push" && endpoint && a && b) {
      const push = new Push({ sendHighWaterMark: 10_000 });
      push.connect(endpoint);
      const message = Buffer.alloc(Number(a), 0x61);
      for (let i = Number(b); i > 0; i--) await push.send(message);
      push.close();
      return 0;
    }
    if (mode === "rep" && endpoint && a) {
      const rep = new Reply();
      rep.connect(endpoint);
      for (let i = Number(a); i > 0; i--) {
        const request = await rep.receive();
        await rep.send(request);
      }
      rep.close();
      return 0;
    }
    throw new UsageError("bench-peer push ENDPOINT SIZE COUNT | rep ENDPOINT COUNT", "bench-peer");
  },
};
