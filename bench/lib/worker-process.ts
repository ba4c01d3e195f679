/** The orchestrator's handle on one worker process (bench/worker.ts compiled to bench/out/build/worker.mjs). */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { ROOT, WORKER } from "./paths.js";
import { MARK, type Reply } from "./protocol.js";

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
  onEvent(event: string, data: unknown): void;
  timer: NodeJS.Timeout;
}

/** A running op: its final result, and its progress events (buffered, so waiting late still sees them). */
export interface Call<T> {
  id: number;
  done: Promise<T>;
  event(name: string): Promise<unknown>;
}

/** An op's progress events, kept as they arrive so that waiting for one after it happened still sees it. */
export class OpEvents {
  private readonly seen = new Map<string, unknown>();
  private readonly waiting = new Map<string, (data: unknown) => void>();

  emit(name: string, data: unknown): void {
    this.seen.set(name, data);
    this.waiting.get(name)?.(data);
  }

  /** Resolves with the event's data; rejects if `done` settles first without it. */
  wait(name: string, op: string, done: Promise<unknown>): Promise<unknown> {
    if (this.seen.has(name)) return Promise.resolve(this.seen.get(name));
    return Promise.race([
      new Promise((resolve) => this.waiting.set(name, resolve)),
      done.then(() => {
        throw new Error(`${op} finished without event ${name}`);
      }),
    ]);
  }
}

/** What a benchmark case drives: a node worker process, or the libzmq C endpoint (native-worker.ts). */
export interface BenchWorker {
  /** Runs an op; `done` rejects on error, worker exit or timeout (and so does any pending `event`). */
  call<T>(op: string, args: object, timeoutMs: number): Call<T>;
  /** Hands a running op a signal ("go", "stop"). */
  signal(id: number, name: string): void;
  readonly alive: boolean;
  stop(): Promise<void>;
}

export class WorkerProcess implements BenchWorker {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private exited = false;

  /** `openFiles`: raise the worker's soft RLIMIT_NOFILE to at least this (through `sh -c 'ulimit -n'`). */
  constructor(
    readonly name: string,
    nodeFlags: string[] = [],
    openFiles?: number,
  ) {
    const argv = [...nodeFlags, WORKER];
    const raise = openFiles !== undefined && openFileLimits().soft < openFiles;
    this.child = raise
      ? spawn("/bin/sh", ["-c", `ulimit -n ${openFiles} && exec "$0" "$@"`, process.execPath, ...argv], {
          cwd: ROOT,
          stdio: ["pipe", "pipe", "inherit"],
        })
      : spawn(process.execPath, argv, { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] });
    createInterface({ input: this.child.stdout! }).on("line", (line) => this.onLine(line));
    this.child.on("exit", (code, signal) => {
      this.exited = true;
      for (const [id, call] of this.pending) {
        clearTimeout(call.timer);
        call.reject(new Error(`worker ${this.name} exited (${code ?? signal}) during call ${id}`));
      }
      this.pending.clear();
    });
  }

  /** Runs an op; `done` rejects on error, worker exit or timeout (and so does any pending `event`). */
  call<T>(op: string, args: object, timeoutMs: number): Call<T> {
    const id = this.nextId++;
    const events = new OpEvents();
    const onEvent = (event: string, data: unknown): void => events.emit(event, data);
    const done = new Promise<T>((resolve, reject) => {
      if (this.exited) return reject(new Error(`worker ${this.name} is not running`));
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${op} timed out after ${timeoutMs} ms in worker ${this.name}`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (r: unknown) => void, reject, onEvent, timer });
      this.child.stdin!.write(`${JSON.stringify({ id, op, args })}\n`);
    });
    // A case that fails half-way leaves its other calls un-awaited: their rejection must not crash the orchestrator.
    done.catch(() => {});
    return { id, done, event: (name) => events.wait(name, op, done) };
  }

  signal(id: number, name: string): void {
    if (!this.exited) this.child.stdin!.write(`${JSON.stringify({ id, signal: name })}\n`);
  }

  get alive(): boolean {
    return !this.exited;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.stdin!.end();
    const force = setTimeout(() => this.child.kill("SIGKILL"), 3000);
    await exited;
    clearTimeout(force);
  }

  private onLine(line: string): void {
    if (!line.startsWith(MARK)) {
      process.stderr.write(`[${this.name}] ${line}\n`);
      return;
    }
    const message = JSON.parse(line.slice(MARK.length)) as Reply;
    const call = this.pending.get(message.id);
    if (call === undefined) return;
    if (message.event !== undefined) {
      call.onEvent(message.event, message.data);
      return;
    }
    clearTimeout(call.timer);
    this.pending.delete(message.id);
    if (message.error !== undefined) call.reject(new Error(message.error));
    else call.resolve(message.result);
  }
}

/** This process's RLIMIT_NOFILE (Linux /proc; elsewhere reported as unlimited, and workers are spawned as is). */
export function openFileLimits(): { soft: number; hard: number } {
  try {
    const line = readFileSync("/proc/self/limits", "latin1")
      .split("\n")
      .find((l) => l.startsWith("Max open files"));
    const [soft, hard] = (line ?? "").split(/\s+/).slice(3, 5);
    const value = (v: string | undefined): number => (v === undefined || v === "unlimited" ? Infinity : Number(v));
    return { soft: value(soft), hard: value(hard) };
  } catch {
    return { soft: Infinity, hard: Infinity };
  }
}
