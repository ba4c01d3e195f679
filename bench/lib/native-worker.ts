/**
 * The "libzmq C" implementation: bench/c/zmq-endpoint.c, built here against the system's libzmq (Debian:
 * libzmq3-dev) and driven like a worker process. Each call runs the program once with the op's arguments; it
 * answers with the same "@@" lines as bench/worker.ts, and signals reach it as lines on its stdin.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { bindAddress, type Transport } from "./endpoints.js";
import { OUT_DIR, ROOT } from "./paths.js";
import { MARK, type Reply } from "./protocol.js";
import { type BenchWorker, type Call, OpEvents } from "./worker-process.js";

const SOURCE = join(ROOT, "bench", "c", "zmq-endpoint.c");
const BINARY = join(OUT_DIR, "zmq-endpoint");

/**
 * Builds the endpoint when its source is newer than the binary. Returns undefined when it is ready, otherwise why
 * not (no compiler, no zmq.h / libzmq): the suite then runs without the libzmq C column.
 */
export function buildNativeEndpoint(): string | undefined {
  if (existsSync(BINARY) && statSync(BINARY).mtimeMs >= statSync(SOURCE).mtimeMs) return undefined;
  mkdirSync(OUT_DIR, { recursive: true });
  const compiler = process.env.CC ?? "cc";
  const build = spawnSync(compiler, ["-O2", "-o", BINARY, SOURCE, "-lzmq"], { encoding: "utf8" });
  if (build.error !== undefined) return `${compiler} not found (${build.error.message})`;
  if (build.status !== 0) {
    const firstError = build.stderr.split("\n").find((line) => line.includes("error")) ?? build.stderr.trim();
    return `${compiler} could not build bench/c/zmq-endpoint.c against libzmq: ${firstError}`;
  }
  return undefined;
}

type Args = Record<string, unknown>;

function hwm(args: Args): string {
  return args.hwm === undefined ? "-" : String(args.hwm);
}

/** tcp and ipc only (inproc does not cross processes; the Debian libzmq has no ws), no CURVE. */
function checkTransport(args: Args): void {
  const transport = args.transport as Transport | undefined;
  if (transport !== undefined && transport !== "tcp" && transport !== "ipc") {
    throw new Error(`libzmq C endpoint: no ${transport} case`);
  }
  if (args.curve === true) throw new Error("libzmq C endpoint: no CURVE case");
}

/** The command line for one op (see the top of bench/c/zmq-endpoint.c). */
function commandLine(op: string, args: Args): string[] {
  checkTransport(args);
  const pattern = args.pattern === "pubsub" ? "pub" : "push";
  const where = (): string[] =>
    args.connect !== undefined ? ["connect", String(args.connect)] : ["bind", bindAddress(args.transport as Transport)];
  switch (op) {
    case "throughput.receive":
      return [
        "receive",
        pattern,
        String(args.size),
        String(args.warmup),
        hwm(args),
        String(args.sockets ?? 1),
        ...where(),
      ];
    case "throughput.send":
      return ["send", pattern, String(args.size), String(args.seconds), hwm(args), ...where()];
    case "latency.reply":
      return ["reply", bindAddress(args.transport as Transport)];
    case "latency.request":
      return ["request", String(args.connect), String(args.size), String(args.seconds), String(args.warmup)];
    default:
      throw new Error(`libzmq C endpoint: no op ${op}`);
  }
}

export class NativeWorker implements BenchWorker {
  private readonly running = new Map<number, ChildProcess>();
  private nextId = 1;

  constructor(readonly name: string) {}

  get alive(): boolean {
    return true;
  }

  call<T>(op: string, args: object, timeoutMs: number): Call<T> {
    const id = this.nextId++;
    const events = new OpEvents();
    let argv: string[] | undefined;
    let refused: Error | undefined;
    try {
      argv = commandLine(op, args as Args);
    } catch (error) {
      refused = error as Error;
    }
    const done = new Promise<T>((resolve, reject) => {
      if (argv === undefined) return reject(refused);
      const child = spawn(BINARY, argv, { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
      this.running.set(id, child);
      let result: unknown;
      let stderr = "";
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`${op} timed out after ${timeoutMs} ms in ${this.name}`));
      }, timeoutMs);
      child.stderr!.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.stdin!.on("error", () => {}); // the program may exit before reading its signals
      createInterface({ input: child.stdout! }).on("line", (line) => {
        if (!line.startsWith(MARK)) return;
        const reply = JSON.parse(line.slice(MARK.length)) as Omit<Reply, "id">;
        if (reply.event !== undefined) {
          events.emit(reply.event, reply.data);
        } else if (reply.result !== undefined) {
          result = reply.result;
        }
      });
      child.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        this.running.delete(id);
        if (code === 0 && result !== undefined) resolve(result as T);
        else reject(new Error(`${this.name} ${argv!.join(" ")} exited (${code ?? signal}): ${stderr.trim()}`));
      });
    });
    done.catch(() => {});
    return { id, done, event: (name) => events.wait(name, op, done) };
  }

  signal(id: number, name: string): void {
    const child = this.running.get(id);
    if (child !== undefined && child.stdin!.writable) child.stdin!.write(`${name}\n`);
  }

  async stop(): Promise<void> {
    const children = [...this.running.values()];
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            child.once("close", () => resolve());
            child.kill("SIGKILL");
          }),
      ),
    );
    this.running.clear();
  }
}
