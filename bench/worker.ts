/**
 * A benchmark worker process: runs the operations the orchestrator (bench/run.ts) asks for over stdin/stdout.
 * Not meant to be run by hand; runs compiled (bench/out/build/worker.mjs), see bench/run.ts.
 */
import { createInterface } from "node:readline";
import * as curve from "./ops/curve.js";
import * as latency from "./ops/latency.js";
import * as memory from "./ops/memory.js";
import * as raw from "./ops/raw.js";
import * as router from "./ops/router.js";
import * as selfcheck from "./ops/selfcheck.js";
import * as throughput from "./ops/throughput.js";
import { MARK, type Op, type OpContext, type Reply, type Request } from "./lib/protocol.js";

const OPS: Record<string, Op> = {
  "throughput.receive": throughput.receive,
  "throughput.send": throughput.send,
  "throughput.inproc": throughput.inproc,
  "raw.receive": raw.receive,
  "raw.send": raw.send,
  "raw.echo": raw.echo,
  "raw.ping": raw.ping,
  "latency.reply": latency.reply,
  "latency.request": latency.request,
  "router.router": router.router,
  "router.dealers": router.dealers,
  "memory.server": memory.server,
  "memory.clients": memory.clients,
  "self.check": selfcheck.check,
  "curve.server": curve.server,
  "curve.clients": curve.clients,
};

// Libraries that print to stdout must not corrupt the protocol: only MARK lines are read by the orchestrator.
function reply(message: Reply): void {
  process.stdout.write(`${MARK + JSON.stringify(message)}\n`);
}

const signals = new Map<number, Map<string, () => void>>();
const arrived = new Map<number, Set<string>>();

function contextFor(id: number): OpContext {
  arrived.set(id, new Set());
  signals.set(id, new Map());
  return {
    emit: (event, data) => reply({ id, event, data }),
    hasSignal: (name) => arrived.get(id)!.has(name),
    signal: (name) =>
      arrived.get(id)!.has(name)
        ? Promise.resolve()
        : new Promise<void>((resolve) => signals.get(id)!.set(name, resolve)),
  };
}

function handle(request: Request): void {
  const { id } = request;
  if (request.signal !== undefined) {
    arrived.get(id)?.add(request.signal);
    signals.get(id)?.get(request.signal)?.();
    return;
  }
  const op = OPS[request.op ?? ""];
  if (op === undefined) {
    reply({ id, error: `unknown op ${request.op}` });
    return;
  }
  op(request.args ?? {}, contextFor(id))
    .then(
      (result) => reply({ id, result }),
      (error: unknown) => reply({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    )
    .finally(() => {
      signals.delete(id);
      arrived.delete(id);
    });
}

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  if (line.trim() !== "") handle(JSON.parse(line) as Request);
});
lines.on("close", () => process.exit(0));
