/**
 * What purezmq needs from its host, on a web page: the browser build's side of "#platform" (node.ts has the
 * same names). No Node built-in and no Node global: this module is what keeps the browser bundle free of them.
 */
import { zmqError } from "../errors.js";
import { linuxErrno } from "./errno.js";

export { EventEmitter } from "./event-emitter.js";

/** A page has no tcp:// or ipc://; endpoints for them fail with EPROTONOSUPPORT. */
export const STREAM_TRANSPORTS = false;

export const ABSTRACT_IPC = false;

export function soon(task: () => void): void {
  queueMicrotask(task);
}

const channel = typeof MessageChannel === "function" ? new MessageChannel() : undefined;
const afterIOTasks: Array<() => void> = [];
if (channel !== undefined) {
  // Typed here against Node's MessagePort; a page's has onmessage.
  (channel.port1 as unknown as { onmessage: () => void }).onmessage = () => afterIOTasks.shift()?.();
}

/** A macrotask without setTimeout's clamping: one message on a private channel per task. */
export function afterIO(task: () => void): void {
  if (channel === undefined) {
    setTimeout(task, 0);
    return;
  }
  afterIOTasks.push(task);
  channel.port2.postMessage(undefined);
}

export function backgroundTimeout(task: () => void, ms: number): () => void {
  const timer = setTimeout(task, ms);
  return () => clearTimeout(timer);
}

/** A page lives as long as it is open: nothing to hold. */
export function keepProcessAlive(_on: boolean): void {}

/** A page does not exit the way a process does: nothing to hook. */
export function beforeExit(_hook: () => void): void {}

export function exitWarning(text: string): void {
  console.warn(text);
}

export function emitWarning(message: string): void {
  console.warn(message);
}

/** Browsers have no errno: report Linux's numbers, as zeromq.js on Linux does. */
export function osErrno(code: string): number | undefined {
  return linuxErrno[code];
}

export function randomUint32(): number {
  const value = crypto.getRandomValues(new Uint32Array(1))[0]!;
  return value === 0xffffffff ? 0 : value;
}

export function freshIpcPath(): string {
  throw zmqError("EPROTONOSUPPORT", "ipc:// is not available in the browser");
}

/** 4 for a dotted-quad IPv4 address, 6 for an IPv6 address, 0 otherwise (as node:net's isIP). */
export function isIP(text: string): 0 | 4 | 6 {
  if (/^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(text)) return 4;
  if (!text.includes(":") || /[^0-9a-fA-F:.]/.test(text)) return 0;
  try {
    new URL(`http://[${text}]/`);
    return 6;
  } catch {
    return 0;
  }
}
