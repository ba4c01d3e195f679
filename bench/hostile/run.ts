/**
 * The hostile-peer attacks of test/hostile, larger, against zeromq.js (native libzmq 4.3.5) and purezmq side by
 * side. Not a test: prints attack → peak RSS growth / alive / good peer served / links closed for both.
 *
 *   npm run bench:hostile -- [--only substring] [--ceiling-mib 4096]
 *
 * (`npm run build`, then `tsx bench/hostile/run.ts`.) purezmq is measured from the built package (dist/), with the
 * target compiled to plain JS so neither implementation runs under tsx; the script refuses a missing or stale dist/.
 * Each target runs alone in its own process and is SIGKILLed when its RSS passes the ceiling ("killed at ceiling").
 * Every attack runs `--runs` times per implementation, each in a fresh process; the table gives the median growth and
 * the range (a JavaScript target's peak moves by megabytes with when V8 happens to collect).
 *
 * Rows marked `floor` also run against bench/hostile/floor-target.ts: a bare node:net server that only holds what it
 * reads. It is what Node itself costs for that attack, below which no library on Node's public net API can go.
 */
import {
  bigReadys,
  endlessMultipart,
  hugeDeclaredFrames,
  longTopicsThenDisconnect,
  pingFlood,
  slowHandshakes,
  subscriptionFlood,
  type AttackResult,
} from "../../test/hostile/attacks.js";
import { GoodPusher, GoodSubscriber } from "../../test/hostile/good-peer.js";
import { builtTarget } from "./built-target.js";
import { MiB, Target, type TargetConfig } from "../../test/hostile/harness.js";

interface Attack {
  name: string;
  type: TargetConfig["type"];
  options?: Record<string, unknown>;
  purezmqOnly?: boolean;
  /** Also measure the bare node:net server (the cost is mostly Node's own). */
  floor?: boolean;
  run(port: number): Promise<AttackResult & { peers?: Array<{ destroy(): void }>; peer?: { destroy(): void } }>;
}

const ATTACKS: Attack[] = [
  {
    name: "200 SUBs: 4000-byte topic, then disconnect",
    type: "pub",
    run: (p) => longTopicsThenDisconnect(p, { connections: 200, topicLength: 4000 }),
  },
  {
    name: "200 SUBs: 4000-byte topic as ZMTP 3.0 message, then disconnect",
    type: "pub",
    run: (p) => longTopicsThenDisconnect(p, { connections: 200, topicLength: 4000, minor: 0 }),
  },
  {
    name: "XPUB: 200 SUBs, 4000-byte topic, then disconnect",
    type: "xpub",
    run: (p) => longTopicsThenDisconnect(p, { connections: 200, topicLength: 4000 }),
  },
  {
    name: "1 SUB: 500,000 subscriptions of 16 bytes",
    type: "pub",
    run: (p) => subscriptionFlood(p, { count: 500_000, topicLength: 16 }),
  },
  {
    name: "1 SUB: 24 subscriptions of 1 MiB",
    type: "pub",
    run: (p) => subscriptionFlood(p, { count: 24, topicLength: MiB }),
  },
  {
    name: "1 SUB: 24 subscriptions of 1 MiB (maxTopicLength -1)",
    type: "pub",
    options: { maxTopicLength: -1 },
    purezmqOnly: true,
    run: (p) => subscriptionFlood(p, { count: 24, topicLength: MiB }),
  },
  {
    name: "endless multipart: 200 MiB of 1-byte parts",
    type: "pull",
    run: (p) => endlessMultipart(p, { total: 200 * MiB, partSize: 1 }),
  },
  {
    name: "endless multipart: 1 GiB of 4 KiB parts, maxMessageSize 1 MiB",
    type: "pull",
    options: { maxMessageSize: MiB },
    run: (p) => endlessMultipart(p, { total: 1024 * MiB, partSize: 4096 }),
  },
  {
    name: "300 connections: READY with 1 MiB of metadata",
    type: "pub",
    run: (p) =>
      bigReadys(p, { connections: 300, size: MiB - 64, valueSize: 1000, socketType: "SUB", waitForClose: true }),
  },
  {
    name: "200 connections: READY with ~170,000 empty properties",
    type: "pub",
    run: (p) => bigReadys(p, { connections: 200, size: MiB - 64, valueSize: 0, socketType: "SUB", waitForClose: true }),
  },
  { name: "PING flood, 512 MiB, peer never reads", type: "pub", run: (p) => pingFlood(p, { total: 512 * MiB }) },
  {
    name: "2000 connections that never finish the handshake",
    type: "pub",
    floor: true,
    run: (p) => slowHandshakes(p, { connections: 2000 }),
  },
  {
    name: "50 frames declaring 512 MiB, 256 KiB trickled into each",
    type: "pull",
    floor: true,
    run: (p) => hugeDeclaredFrames(p, { connections: 50, declared: 512 * MiB, trickle: 256 * 1024 }),
  },
];

/**
 * Attacked PUB/XPUBs publish a message nobody subscribes to this often, as a live publisher does: libzmq takes a
 * peer's subscriptions in only when the application calls into the socket, so a PUB that never sends would leave
 * them queued (its engine stops reading at the pipe's HWM) and look cheaper than it is.
 */
const TICK_MS = 20;

const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1]! : undefined;
const ceiling = (args.includes("--ceiling-mib") ? Number(args[args.indexOf("--ceiling-mib") + 1]) : 4096) * MiB;
const runs = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 3;
const built = await builtTarget().catch((error: Error) => {
  console.error(`bench:hostile: ${error.message}`);
  process.exit(1);
});

type Impl = TargetConfig["impl"] | "node:net floor";

interface Run {
  growth: number;
  /** The process's own peak RSS: what the attack costs on top of what the library costs anyway. */
  peak: number;
  alive: string;
  served: string;
  closed: string;
  sent: string;
}

async function runOne(attack: Attack, impl: Impl): Promise<Run> {
  const floor = impl === "node:net floor";
  const target = await Target.start(
    {
      impl: floor ? "purezmq" : impl,
      type: attack.type,
      options: impl === "purezmq" || !attack.purezmqOnly ? attack.options : undefined,
      purezmq: built.purezmq,
      tickMs: TICK_MS,
    },
    ceiling,
    floor ? built.floorScript : built.script,
  );
  const good = floor
    ? undefined
    : attack.type === "pull"
      ? new GoodPusher(target.port)
      : new GoodSubscriber(target.port);
  let served = false;
  let outcome: Awaited<ReturnType<Attack["run"]>> | undefined;
  let growth = 0;
  try {
    if (good instanceof GoodSubscriber)
      await Promise.race([good.ready(target), new Promise((r) => setTimeout(r, 10_000))]);
    outcome = await attack.run(target.port);
    served = target.alive && good !== undefined && (await good.served(target, 200, 15_000).catch(() => false));
    const stats = target.alive ? await target.stats(20_000).catch(() => undefined) : undefined;
    growth = target.growth(stats);
  } catch {
    growth = target.growth();
  } finally {
    outcome?.peers?.forEach((p) => {
      p.destroy();
    });
    outcome?.peer?.destroy();
    good?.close();
  }
  const alive = target.alive;
  const run: Run = {
    growth,
    peak: target.baselineRss + growth,
    alive: alive
      ? "yes"
      : target.killedAtCeiling
        ? `killed at ${ceiling / MiB} MiB`
        : /UNCAUGHT/.test(target.stderr)
          ? "crashed (uncaught)"
          : `died ${JSON.stringify(target.exit)}`,
    served: floor ? "-" : served ? "yes" : "no",
    closed: outcome && !floor ? `${outcome.closed}/${outcome.connections}` : "-",
    sent: outcome && outcome.bytes > 0 ? `${(outcome.bytes / MiB).toFixed(1)} MiB` : "-",
  };
  await target.stop();
  return run;
}

interface Row extends Omit<Run, "growth" | "peak"> {
  attack: string;
  impl: Impl;
  growth: string;
  peak: string;
}

/** Median growth with its range; the first run that went wrong (not alive, not served) speaks for the row. */
function summarise(attack: Attack, impl: Impl, all: Run[]): Row {
  const worst = all.find((r) => r.alive !== "yes") ?? all.find((r) => r.served === "no") ?? all[0]!;
  return {
    ...worst,
    attack: attack.name,
    impl,
    growth: medianOf(all.map((r) => r.growth)),
    peak: medianOf(all.map((r) => r.peak)),
  };
}

function medianOf(bytes: number[]): string {
  const mib = bytes.map((b) => b / MiB).sort((a, b) => a - b);
  const median = mib[Math.floor(mib.length / 2)]!;
  const range = mib.length > 1 ? ` (${mib[0]!.toFixed(1)}–${mib.at(-1)!.toFixed(1)})` : "";
  return `${median.toFixed(1)} MiB${range}`;
}

const rows: Row[] = [];
for (const attack of ATTACKS) {
  if (only !== undefined && !attack.name.includes(only)) continue;
  const impls: Impl[] = ["zeromq", "purezmq"];
  if (attack.floor) impls.push("node:net floor");
  for (const impl of impls) {
    if (impl === "zeromq" && attack.purezmqOnly) continue;
    const all: Run[] = [];
    for (let i = 0; i < runs; i++) all.push(await runOne(attack, impl));
    const row = summarise(attack, impl, all);
    rows.push(row);
    console.error(
      `${row.attack} | ${row.impl} | ${row.sent} | ${row.growth} | ${row.peak} | ${row.alive} | ${row.served} | ${row.closed}`,
    );
  }
}

console.log(
  "| attack | impl | attack bytes taken | peak RSS growth, median (range) | peak RSS | alive | good peer served | attacker links closed |",
);
console.log("|---|---|---|---|---|---|---|---|");
for (const r of rows)
  console.log(
    `| ${r.attack} | ${r.impl} | ${r.sent} | ${r.growth} | ${r.peak} | ${r.alive} | ${r.served} | ${r.closed} |`,
  );
process.exit(0);
