/**
 * The benchmark suite: purezmq, zeromq.js and raw node:net side by side, sender and receiver in separate processes.
 * It runs as compiled JS, the way users run purezmq: `npm run bench` builds dist/ (tsup), bundles bench/ into
 * bench/out/build/*.mjs (esbuild, no TypeScript loader in the workers) and loads purezmq from dist/. Every run
 * starts with a self-check that fails the run if a worker goes through tsx or loads purezmq from src/.
 *
 *   npm run bench                          full run (3 runs, medians; under 5 minutes including the build)
 *   npm run bench -- --quick               1 short run with smaller fan-out / connection counts
 *   npm run bench -- --filter=PUSH,REQ     only cases whose id contains one of the words (case-insensitive)
 *   npm run bench -- --runs=5 --seconds=1  override the number of runs / seconds per measurement
 *   npm run bench -- --warmup=0.5          seconds of throughput traffic ignored before measuring (default 0.2,
 *                                          0.6 for messages of 64 KiB and more)
 *   npm run bench -- --profile             also write V8 CPU profiles of the purezmq workers to bench/out/prof/
 *
 * The libzmq C column comes from bench/c/zmq-endpoint.c, compiled here into bench/out/ with `cc ... -lzmq` (Debian:
 * libzmq3-dev; CC overrides the compiler). Without a compiler or libzmq's header the column is left out, with a note.
 *   npm run bench:run -- ...               the same without rebuilding (after an earlier `npm run bench`)
 *
 * Prints a table and writes every sample plus the medians to bench/out/<timestamp>.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { allCases, type Metrics, type Settings, type WorkerPair } from "./lib/cases.js";
import type { Impl } from "./lib/impl.js";
import { buildNativeEndpoint, NativeWorker } from "./lib/native-worker.js";
import { OUT_DIR, PROFILE_DIR } from "./lib/paths.js";
import { medians, table, type Samples } from "./lib/report.js";
import type { SelfCheck } from "./ops/selfcheck.js";
import { WorkerProcess } from "./lib/worker-process.js";

interface Cli {
  quick: boolean;
  filters: string[];
  runs: number;
  seconds?: number;
  warmup?: number;
  profile: boolean;
}

function parseArgs(argv: string[]): Cli {
  const cli: Cli = { quick: false, filters: [], runs: 3, profile: false };
  for (const arg of argv) {
    const [key, value = ""] = arg.split("=", 2) as [string, string?];
    if (key === "--quick") cli.quick = true;
    else if (key === "--filter")
      cli.filters.push(
        ...value
          .split(",")
          .filter(Boolean)
          .map((f) => f.toLowerCase()),
      );
    else if (key === "--runs") cli.runs = Number(value);
    else if (key === "--profile") cli.profile = true;
    else if (key === "--seconds") cli.seconds = Number(value);
    else if (key === "--warmup") cli.warmup = Number(value);
    else throw new Error(`unknown argument ${arg} (see the comment at the top of bench/run.ts)`);
  }
  if (cli.quick && !argv.some((a) => a.startsWith("--runs"))) cli.runs = 1;
  return cli;
}

function settingsFor(cli: Cli): Settings {
  const seconds = cli.seconds ?? (cli.quick ? 0.25 : 0.4);
  return {
    seconds,
    warmupSeconds: cli.warmup ?? (cli.quick ? 0.1 : 0.2),
    largeWarmupSeconds: cli.warmup ?? (cli.quick ? 0.3 : 0.6),
    latencySeconds: seconds,
    latencyWarmupSeconds: cli.quick ? 0.1 : 0.5,
    fanout: cli.quick ? [1, 10] : [1, 10, 100],
    dealers: cli.quick ? 100 : 1000,
    idleConnections: cli.quick ? 1000 : 10_000,
  };
}

let profileFlags: string[] = [];

function spawnPair(impl: Impl): WorkerPair {
  if (impl === "libzmq") return { a: new NativeWorker("libzmq-a"), b: new NativeWorker("libzmq-b") };
  const flags = impl === "purezmq" ? profileFlags : [];
  return { a: new WorkerProcess(`${impl}-a`, flags), b: new WorkerProcess(`${impl}-b`, flags) };
}

async function stopPair(pair: WorkerPair): Promise<void> {
  await Promise.all([pair.a.stop(), pair.b.stop()]);
}

/** Fails unless the workers run compiled code with purezmq from dist/ (see ops/selfcheck.ts). */
async function selfCheck(): Promise<SelfCheck> {
  const worker = new WorkerProcess("self-check");
  try {
    const result = await worker.call<SelfCheck>("self.check", {}, 30_000).done;
    if (result.problems.length > 0) {
      throw new Error(`self-check failed (run \`npm run bench\`):\n  ${result.problems.join("\n  ")}`);
    }
    return result;
  } finally {
    await worker.stop();
  }
}

async function main(): Promise<void> {
  if (!fileURLToPath(import.meta.url).endsWith(".mjs")) {
    throw new Error("bench/run.ts runs compiled: use `npm run bench` (it builds dist/ and bench/out/build/ first)");
  }
  const cli = parseArgs(process.argv.slice(2));
  const settings = settingsFor(cli);
  if (cli.profile) profileFlags = ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`];
  const check = await selfCheck();
  process.stderr.write(
    `self-check: worker ${check.workerFile}, purezmq ${check.purezmqFile}, closure ${check.closureNs.toFixed(1)} ns, ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}\n`,
  );
  const cases = allCases(settings).filter(
    (c) => cli.filters.length === 0 || cli.filters.some((f) => c.id.toLowerCase().includes(f)),
  );
  const impls: Impl[] = ["purezmq", "zeromq", "libzmq", "raw", "rawmsg"];
  const nativeProblem = buildNativeEndpoint();
  if (nativeProblem !== undefined) {
    process.stderr.write(`note: no libzmq C column: ${nativeProblem}\n`);
    impls.splice(impls.indexOf("libzmq"), 1);
    for (const c of cases) c.impls = c.impls.filter((impl) => impl !== "libzmq");
  }
  const samples: Samples = {};
  const errors: Array<{ run: number; case: string; impl: Impl; error: string }> = [];
  const started = Date.now();

  for (let run = 1; run <= cli.runs; run++) {
    // Fresh worker processes per run and implementation: no heap or JIT state shared between implementations.
    const pairs = new Map<Impl, WorkerPair>(impls.map((impl) => [impl, spawnPair(impl)]));
    for (const c of cases) {
      if (c.firstRunOnly === true && run > 1) continue;
      for (const impl of c.impls) {
        let pair = pairs.get(impl)!;
        if (!pair.a.alive || !pair.b.alive) {
          await stopPair(pair);
          pair = spawnPair(impl);
          pairs.set(impl, pair);
        }
        const label = `run ${run}/${cli.runs}  ${c.id}  ${impl}`;
        try {
          const metrics: Metrics = await c.run(impl, pair);
          samples[c.id] ??= {};
          const byImpl = samples[c.id]!;
          byImpl[impl] ??= [];
          byImpl[impl].push(metrics);
          process.stderr.write(`${label}: ${Math.round(metrics[c.primary]! * 100) / 100} ${c.unit}\n`);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          errors.push({ run, case: c.id, impl, error: message });
          process.stderr.write(`${label}: FAILED ${message.split("\n")[0]}\n`);
          // The pair may hold half-finished sockets: start clean for the next case.
          await stopPair(pair);
          pairs.set(impl, spawnPair(impl));
        }
      }
    }
    await Promise.all([...pairs.values()].map(stopPair));
  }

  const med = medians(samples);
  const seconds = (Date.now() - started) / 1000;
  console.log(table(cases, med, cli.runs));
  console.log(`\n${cases.length} cases, ${cli.runs} run(s), ${seconds.toFixed(0)} s; ${errors.length} failure(s)`);
  for (const e of errors) console.log(`FAILED run ${e.run} ${e.case} ${e.impl}: ${e.error.split("\n")[0]}`);

  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const machine = {
    nproc: cpus().length,
    cpu: cpus()[0]?.model,
    memBytes: totalmem(),
    node: process.version,
    platform: process.platform,
    loadAverageAtEnd: loadavg(),
  };
  writeFileSync(
    file,
    JSON.stringify({ machine, selfCheck: check, cli, settings, seconds, medians: med, samples, errors }, null, 2),
  );
  console.log(`JSON: ${file}`);
  if (errors.length > 0) process.exitCode = 1;
}

await main();
