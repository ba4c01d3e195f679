/**
 * Line protocol between the orchestrator (bench/run.ts) and worker processes (bench/worker.ts).
 * Orchestrator → worker (stdin):  {"id":1,"op":"...","args":{...}}  or  {"id":1,"signal":"go"}
 * Worker → orchestrator (stdout): @@{"id":1,"event":"bound","data":...}  /  @@{"id":1,"result":...}  /  @@{"id":1,"error":"..."}
 * Only lines starting with MARK are protocol; anything else a library prints is passed through to stderr.
 */
export const MARK = "@@";

export interface Request {
  id: number;
  op?: string;
  args?: Record<string, unknown>;
  signal?: string;
}

export interface Reply {
  id: number;
  event?: string;
  data?: unknown;
  result?: unknown;
  error?: string;
}

/** What a worker operation gets: report progress, wait for the orchestrator's go-ahead. */
export interface OpContext {
  emit(event: string, data?: unknown): void;
  signal(name: string): Promise<void>;
  /** True once the named signal has arrived (for loops that poll between sends). */
  hasSignal(name: string): boolean;
}

export type Op = (args: any, ctx: OpContext) => Promise<unknown>;
