/**
 * The socket under attack, alone in its own process so its memory can be measured from outside. Started by
 * harness.ts with one JSON argument: { impl: "purezmq" | "zeromq", type: "pub" | "xpub" | "pull", options,
 * purezmq? }: `purezmq` is the module to load for impl "purezmq" (default: the sources, for the suite under tsx;
 * bench/hostile runs this file compiled to plain JS, with "purezmq", the built package, as users get it).
 * Speaks over the IPC channel: sends { port } once bound; answers { op: "stats" } and { op: "publish", count }.
 * Anything thrown out of the library ends the process with status 70 and "UNCAUGHT" on stderr.
 */
import { memoryStats } from "./memory-stats.js";

const config = JSON.parse(process.argv[2] ?? "{}") as {
  impl: "purezmq" | "zeromq";
  type: "pub" | "xpub" | "pull";
  options?: Record<string, unknown>;
  purezmq?: string;
  tickMs?: number;
};

for (const event of ["uncaughtException", "unhandledRejection"] as const) {
  process.on(event, (error) => {
    process.stderr.write(`UNCAUGHT ${event}: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(70);
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const zmq: any =
  config.impl === "zeromq"
    ? await import("zeromq")
    : config.purezmq !== undefined
      ? await import(config.purezmq)
      : await import("../../src/index.js");
const Class = { pub: zmq.Publisher, xpub: zmq.XPublisher, pull: zmq.Pull }[config.type];
const socket = new Class({ linger: 0, ...(config.options ?? {}) });
await socket.bind("tcp://127.0.0.1:0");
const port = Number(/:(\d+)$/.exec(socket.lastEndpoint as string)![1]);

const events: Record<string, number> = {};
const reasons: string[] = [];
void (async () => {
  for await (const event of socket.events) {
    events[event.type] = (events[event.type] ?? 0) + 1;
    const error = (event as { error?: Error }).error;
    if (error !== undefined && reasons.length < 20) reasons.push(`${event.type}: ${error.message}`);
  }
})();

let goodReceived = 0;
if (config.type === "pull" || config.type === "xpub") {
  void (async () => {
    for await (const [first] of socket) {
      if ((first as Buffer).subarray(0, 4).toString() === "good") goodReceived++;
    }
  })();
}

// A live publisher: libzmq takes subscriptions in only when the application calls into the socket (a PUB that never
// sends leaves them queued in its pipe), so the bench publishes a tick nobody subscribes to, as a real PUB would.
if (config.tickMs !== undefined && config.type !== "pull") {
  let ticking = false;
  setInterval(async () => {
    if (ticking) return;
    ticking = true;
    await socket.send(["~tick", ""]);
    ticking = false;
  }, config.tickMs);
}

process.on("message", async (message: { op: string; count?: number }) => {
  if (message.op === "stats") {
    process.send!({ op: "stats", ...memoryStats(), goodReceived, events, reasons });
  } else if (message.op === "publish") {
    for (let i = 0; i < message.count!; i++) await socket.send([`good-${i}`, "payload"]);
    process.send!({ op: "published" });
  }
});
process.on("disconnect", () => process.exit(0));
process.send!({ op: "ready", port, rss: process.memoryUsage().rss });
