/**
 * What purezmq needs from its host, on Node (and Bun, Deno, Electron): selected through the package.json
 * `imports` map ("#platform"); browser.ts gives the same names on a web page.
 */
import { isIP } from "node:net";
import { constants, tmpdir } from "node:os";
import { join } from "node:path";
import { nodeCrypto } from "./load.js";

export { EventEmitter } from "node:events";
export { isIP };

/** tcp:// and ipc:// exist here. */
export const STREAM_TRANSPORTS = true;

/** Linux's abstract socket namespace (`ipc://@name`). */
export const ABSTRACT_IPC = process.platform === "linux";

/** Run `task` before any I/O, after the current operation (process.nextTick). */
export function soon(task: () => void): void {
  process.nextTick(task);
}

/** Run `task` after pending I/O has had its turn (setImmediate). */
export function afterIO(task: () => void): void {
  setImmediate(task);
}

/** A timer that does not by itself keep the process alive. */
export function backgroundTimeout(task: () => void, ms: number): () => void {
  const timer = setTimeout(task, ms);
  timer.unref();
  return () => clearTimeout(timer);
}

let keepAliveTimer: NodeJS.Timeout | undefined;

/** Whether the process stays alive for purezmq's sake: one shared timer, ref'd or unref'd. */
export function keepProcessAlive(on: boolean): void {
  if (on) {
    keepAliveTimer ??= setInterval(() => {}, 1 << 30);
    keepAliveTimer.ref();
  } else keepAliveTimer?.unref();
}

/** Run `hook` when the event loop runs dry (process "beforeExit"). */
export function beforeExit(hook: () => void): void {
  process.on("beforeExit", hook);
}

/** A warning printed as the runtime prints its own while shutting down, not a process warning event. */
export function exitWarning(text: string): void {
  process.stderr.write(`(node:${process.pid}) WARNING: ${text}\n`);
}

export function emitWarning(message: string): void {
  process.emitWarning(message);
}

/** The OS error number for `code`, as zeromq.js reports it, or undefined when the OS has none. */
export function osErrno(code: string): number | undefined {
  return (constants.errno as Record<string, number | undefined>)[code];
}

/** A uniformly random integer in [0, 2^32 - 1). */
export function randomUint32(): number {
  return nodeCrypto().randomInt(0, 0xffffffff);
}

/** A fresh socket file name in the temp dir, for `ipc://*`. */
export function freshIpcPath(): string {
  return join(tmpdir(), `purezmq-${nodeCrypto().randomBytes(8).toString("hex")}.sock`);
}
