/** The results table: medians per case and implementation, with ratios to zeromq.js and to raw node:net. */
import type { Case, Metrics } from "./cases.js";
import type { Impl } from "./impl.js";
import { median } from "./stats.js";

/** samples[caseId][impl] = one Metrics per run */
export type Samples = Record<string, Partial<Record<Impl, Metrics[]>>>;
export type Medians = Record<string, Partial<Record<Impl, Metrics>>>;

export function medians(samples: Samples): Medians {
  const out: Medians = {};
  for (const [id, byImpl] of Object.entries(samples)) {
    out[id] = {};
    for (const [impl, runs] of Object.entries(byImpl) as Array<[Impl, Metrics[]]>) {
      if (runs.length === 0) continue;
      const keys = Object.keys(runs[0]!);
      out[id]![impl] = Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]!))]));
    }
  }
  return out;
}

function human(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return "—";
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${(value / 1e6).toFixed(2)}M`;
  if (abs >= 1e4) return `${(value / 1e3).toFixed(1)}k`;
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !(b > 0) || Number.isNaN(a)) return "—";
  return `${(a / b).toFixed(2)}×`;
}

/** CPU µs per message, sender + receiver (inproc: one process, receiver only). */
function cpu(metrics: Metrics): string {
  const send = metrics.sendCpuUs;
  const receive = metrics.recvCpuUs;
  if (receive === undefined || Number.isNaN(receive)) return "";
  const sender = send === undefined || Number.isNaN(send) ? "" : `${send.toFixed(2)}+`;
  return ` cpu ${sender}${receive.toFixed(2)} µs`;
}

/** Secondary detail per case kind, for purezmq, zeromq.js and libzmq C. */
function detail(metrics: Metrics | undefined): string {
  if (metrics === undefined) return "—";
  if (metrics.mbPerSec !== undefined) {
    const delivered = metrics.delivered! < 0.999 ? ` ${(metrics.delivered! * 100).toFixed(0)}% dlv` : "";
    const burst = metrics.burst! > 0 ? " burst" : "";
    return `${human(metrics.mbPerSec)} MB/s${delivered}${burst}${cpu(metrics)}`;
  }
  if (metrics.p99 !== undefined) return `mean ${human(metrics.mean)} p99 ${human(metrics.p99)}`;
  if (metrics.connectSeconds !== undefined) return `connect ${metrics.connectSeconds.toFixed(2)} s`;
  if (metrics.rssAfterMB !== undefined)
    return `RSS ${metrics.rssBeforeMB!.toFixed(0)}→${metrics.rssAfterMB.toFixed(0)} MB, fds ${metrics.fdsBefore}→${metrics.fdsAfter}`;
  return "";
}

export function table(cases: Case[], med: Medians, runs: number): string {
  const header = [
    "case",
    "unit",
    "purezmq",
    "zeromq.js",
    "libzmq C",
    "raw net",
    "raw msgs",
    "pz/zmq",
    "pz/C",
    "pz/raw",
    "pz/msgs",
    "purezmq detail",
    "zeromq.js detail",
    "libzmq C detail",
  ];
  const rows: string[][] = [];
  for (const c of cases) {
    const byImpl = med[c.id];
    if (byImpl === undefined) continue;
    const pz = byImpl.purezmq?.[c.primary];
    const zj = byImpl.zeromq?.[c.primary];
    const lz = byImpl.libzmq?.[c.primary];
    const rawCase = c.rawOf !== undefined ? med[c.rawOf] : byImpl;
    const raw = rawCase?.raw?.[c.primary];
    const rawMessages = rawCase?.rawmsg?.[c.primary];
    // Ratios read as "how many times better than": inverted for lower-is-better metrics.
    const better = (a: number | undefined, b: number | undefined): string =>
      c.higherIsBetter ? ratio(a, b) : ratio(b, a);
    rows.push([
      c.id,
      c.unit,
      human(pz),
      human(zj),
      human(lz),
      human(raw),
      human(rawMessages),
      better(pz, zj),
      better(pz, lz),
      better(pz, raw),
      better(pz, rawMessages),
      detail(byImpl.purezmq),
      detail(byImpl.zeromq),
      detail(byImpl.libzmq),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [
    line(header),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...rows.map(line),
    "",
    `medians of ${runs} run(s) (idle-connection memory: first run only); pz/zmq, pz/C and pz/raw are "times better" (>1 = purezmq ahead), inverted for latency and memory;`,
    `libzmq C = libzmq's C API (bench/c/zmq-endpoint.c); "HWM 0" = send and receive high-water marks 0 (unlimited), otherwise the default 1000;`,
    `"cpu s+r" = CPU µs per message of the sending + the receiving process (inproc: the one process);`,
    `raw net = node:net bytes ceiling (length prefixes counted in a reused buffer, payloads never touched); raw msgs = node:net`,
    `handing out every message as its own Buffer, the least any message library does; PUB→SUB uses the raw PUSH→PULL stream`,
    `of the same size; "dlv" = share of sent messages delivered (PUB drops at HWM);`,
    `throughput = messages after the warm-up / max(receiver's window, sender's measured seconds); "burst" = the stream arrived`,
    `in one burst after the sender finished (the sender never yielded to the event loop), rate over the whole send time.`,
  ].join("\n");
}
