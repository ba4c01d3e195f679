import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { MemoryStats } from "./memory-stats.js";

const TARGET = fileURLToPath(new URL("./target.ts", import.meta.url));

export interface TargetConfig {
  impl: "purezmq" | "zeromq";
  type: "pub" | "xpub" | "pull";
  options?: Record<string, unknown>;
  /** Module the target loads for impl "purezmq" (default: the sources). */
  purezmq?: string;
  /** PUB/XPUB only: publish a message nobody subscribes to every `tickMs`, as a live publisher does. */
  tickMs?: number;
}

export interface TargetStats extends MemoryStats {
  goodReceived: number;
  events: Record<string, number>;
  reasons: string[];
}

/** RSS of a process as the kernel sees it, bytes (0 once it is gone). */
export function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "latin1");
    const kb = /VmRSS:\s+(\d+)/.exec(status);
    return kb ? Number(kb[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * A target process, watched from outside: its RSS is sampled every 50 ms (peak kept), and it is killed when it
 * passes `rssCeiling` so an attack that works cannot take the machine down.
 */
export class Target {
  readonly child: ChildProcess;
  port = 0;
  baselineRss = 0;
  /** getrusage peak at the baseline: loading the library can peak above the baseline before any attack. */
  baselineMaxRss = 0;
  peakRss = 0;
  killedAtCeiling = false;
  stderr = "";
  exit: { code: number | null; signal: string | null } | undefined;
  private readonly sampler: NodeJS.Timeout;
  private readonly waiters = new Map<string, Array<(message: Record<string, unknown>) => void>>();

  private constructor(config: TargetConfig, rssCeiling: number, script: string) {
    const loader = script.endsWith(".ts") ? ["--import", "tsx"] : [];
    this.child = spawn(process.execPath, [...loader, script, JSON.stringify(config)], {
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    this.child.stderr!.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child.on("exit", (code, signal) => (this.exit = { code, signal }));
    this.child.on("message", (message: Record<string, unknown>) => {
      const waiting = this.waiters.get(message.op as string);
      waiting?.shift()?.(message);
    });
    this.child.on("error", () => {});
    this.sampler = setInterval(() => {
      const rss = rssOf(this.child.pid!);
      this.peakRss = Math.max(this.peakRss, rss);
      if (rss > rssCeiling && this.exit === undefined) {
        this.killedAtCeiling = true;
        this.child.kill("SIGKILL");
      }
    }, 50);
  }

  /** `script` is target.ts (run through tsx) or a plain-JS build of it (run by node alone). */
  static async start(config: TargetConfig, rssCeiling = 3 * 1024 ** 3, script = TARGET): Promise<Target> {
    const target = new Target(config, rssCeiling, script);
    const ready = await target.request({ op: "start" }, "ready", 30_000);
    target.port = ready.port as number;
    target.baselineRss = target.peakRss = rssOf(target.child.pid!); // the peak from here on, not startup's
    target.baselineMaxRss = (await target.stats()).maxRss;
    return target;
  }

  get alive(): boolean {
    return this.exit === undefined && this.child.connected;
  }

  /**
   * Peak RSS growth over the RSS right after binding, as sampled from outside or reported by getrusage (counted only
   * once it has risen past its value at the baseline: an earlier peak, from startup, is not the attack's).
   */
  growth(stats?: TargetStats): number {
    const maxRss = stats !== undefined && stats.maxRss > this.baselineMaxRss ? stats.maxRss : 0;
    return Math.max(this.peakRss, maxRss) - this.baselineRss;
  }

  stats(timeout = 20_000): Promise<TargetStats> {
    return this.request({ op: "stats" }, "stats", timeout) as unknown as Promise<TargetStats>;
  }

  async publish(count: number): Promise<void> {
    await this.request({ op: "publish", count }, "published", 20_000);
  }

  /** Poll the target's stats until `done` holds (the target reports; nothing to subscribe to across processes). */
  async until(done: (stats: TargetStats) => boolean, timeout = 20_000): Promise<TargetStats> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const stats = await this.stats();
      if (done(stats)) return stats;
      if (Date.now() > deadline) throw new Error(`target never reached the expected state: ${JSON.stringify(stats)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.sampler);
    if (this.exit !== undefined) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.kill("SIGKILL");
    await exited;
  }

  private request(message: Record<string, unknown>, reply: string, timeout: number): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`target did not answer ${reply}; stderr: ${this.stderr}`)),
        timeout,
      );
      const onExit = () => reject(new Error(`target exited (${JSON.stringify(this.exit)}): ${this.stderr}`));
      this.child.once("exit", onExit);
      const list = this.waiters.get(reply) ?? [];
      list.push((answer) => {
        clearTimeout(timer);
        this.child.off("exit", onExit);
        resolve(answer);
      });
      this.waiters.set(reply, list);
      if (message.op !== "start" && this.child.connected) this.child.send(message);
    });
  }
}

export const MiB = 1024 * 1024;
