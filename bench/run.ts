/**
 * The benchmark suite: purezmq, zeromq.js and raw node:net side by side, sender and receiver in separate processes.
 *
 *   npm run bench                          full run (3 runs, medians; under 5 minutes)
 *   npm run bench -- --quick               1 short run with smaller fan-out / connection counts
 *   npm run bench -- --filter=PUSH,REQ     only cases whose id contains one of the words (case-insensitive)
 *   npm run bench -- --runs=5 --seconds=1  override the number of runs / seconds per measurement
 *   npm run bench -- --profile             also write V8 CPU profiles of the purezmq workers to bench/out/prof/
 *
 * Prints a table and writes every sample plus the medians to bench/out/<timestamp>.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { allCases, type Case, type Metrics, type Settings, type WorkerPair } from "./lib/cases.js";
import type { Impl } from "./lib/impl.js";
import { medians, table, type Samples } from "./lib/report.js";
import { WorkerProcess } from "./lib/worker-process.js";

interface Cli {
  quick: boolean;
  filters: string[];
  runs: number;
  seconds?: number;
  profile: boolean;
}

function parseArgs(argv: string[]): Cli {
  const cli: Cli = { quick: false, filters: [], runs: 3, profile: false };
  for (const arg of argv) {
    const [key, value = ""] = arg.split("=", 2) as [string, string?];
    if (key === "--quick") cli.quick = true;
    else if (key === "--filter") cli.filters.push(...value.split(",").filter(Boolean).map((f) => f.toLowerCase()));
    else if (key === "--runs") cli.runs = Number(value);
    else if (key === "--profile") cli.profile = true;
    else if (key === "--seconds") cli.seconds = Number(value);
    else throw new Error(`unknown argument ${arg} (see the comment at the top of bench/run.ts)`);
  }
  if (cli.quick && !argv.some((a) => a.startsWith("--runs"))) cli.runs = 1;
  return cli;
}

function settingsFor(cli: Cli): Settings {
  const seconds = cli.seconds ?? (cli.quick ? 0.25 : 0.4);
  return {
    seconds,
    latencySeconds: seconds,
    fanout: cli.quick ? [1, 10] : [1, 10, 100],
    dealers: cli.quick ? 100 : 1000,
    idleConnections: cli.quick ? 1000 : 10_000,
  };
}

let profileFlags: string[] = [];

function spawnPair(impl: Impl): WorkerPair {
  const flags = impl === "purezmq" ? profileFlags : [];
  return { a: new WorkerProcess(`${impl}-a`, flags), b: new WorkerProcess(`${impl}-b`, flags) };
}

async function stopPair(pair: WorkerPair): Promise<void> {
  await Promise.all([pair.a.stop(), pair.b.stop()]);
}

async function main(): Promise<void> {
  const cli = parseArgs(process.argv.slice(2));
  const settings = settingsFor(cli);
  if (cli.profile) {
    const dir = fileURLToPath(new URL("./out/prof/", import.meta.url));
    profileFlags = ["--cpu-prof", `--cpu-prof-dir=${dir}`];
  }
  const cases = allCases(settings).filter(
    (c) => cli.filters.length === 0 || cli.filters.some((f) => c.id.toLowerCase().includes(f)),
  );
  const impls: Impl[] = ["purezmq", "zeromq", "raw"];
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
          ((samples[c.id] ??= {})[impl] ??= []).push(metrics);
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

  const outDir = fileURLToPath(new URL("./out/", import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const file = `${outDir}${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  const machine = { nproc: cpus().length, cpu: cpus()[0]?.model, node: process.version, platform: process.platform };
  writeFileSync(file, JSON.stringify({ machine, cli, settings, seconds, medians: med, samples, errors }, null, 2));
  console.log(`JSON: ${file}`);
  if (errors.length > 0) process.exitCode = 1;
}

await main();
