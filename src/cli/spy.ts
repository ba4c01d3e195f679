import { createConnection, createServer, type Socket } from "node:net";
import { parseEndpoint } from "../transports/registry.js";
import { CliError, integer, parse, UsageError, type Command } from "./command.js";
import { printLine } from "./output.js";
import { describeEvent, WireTracer, type WireEvent } from "./wire-trace.js";

const HELP = `Usage: purezmq spy --listen ENDPOINT --forward ENDPOINT [--json]

A man-in-the-middle proxy for ZMTP over tcp:// or ipc://: point a client at --listen, and every connection is
relayed to --forward while both directions are decoded and printed with timestamps: greetings (version,
mechanism, as-server), commands (READY/INITIATE metadata, SUBSCRIBE/CANCEL topics, PING/PONG, ERROR reasons,
PLAIN HELLO user names), message frames (size, MORE flag, a preview). Bytes pass through unchanged.

Options:
  --listen ENDPOINT     where clients connect (tcp://127.0.0.1:6000, ipc:///tmp/spy.sock)
  --forward ENDPOINT    the real server
  --json                one JSON object per line: {time, conn, dir, kind, ...}
  -n, --count N         exit after N connections have closed
  -h, --help            this help

Examples:
  purezmq spy --listen tcp://127.0.0.1:6000 --forward tcp://127.0.0.1:5555
  purezmq spy --listen tcp://127.0.0.1:6000 --forward tcp://127.0.0.1:5555 --json | jq .
`;

type NetAddress = { host: string; port: number } | { path: string };

function address(command: string, endpoint: string, purpose: "bind" | "connect"): NetAddress {
  let parsed;
  try {
    parsed = parseEndpoint(endpoint, purpose);
  } catch (error) {
    throw new UsageError(`bad endpoint ${endpoint}: ${(error as Error).message}`, command);
  }
  if (parsed.transport === "tcp") return { host: parsed.host === "*" ? "0.0.0.0" : parsed.host, port: parsed.port };
  if (parsed.transport === "ipc") return { path: parsed.abstract ? `\0${parsed.path}` : parsed.path };
  throw new UsageError(`spy relays tcp:// and ipc:// only, not ${endpoint}`, command);
}

export const spyCommand: Command = {
  name: "spy",
  summary: "man-in-the-middle proxy that decodes ZMTP both ways",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse("spy", args, {
      listen: { type: "string" },
      forward: { type: "string" },
      json: { type: "boolean" },
      count: { type: "string", short: "n" },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`, "spy");
    if (!values.listen || !values.forward) throw new UsageError("give --listen ENDPOINT and --forward ENDPOINT", "spy");
    const listenAt = address("spy", values.listen, "bind");
    const forwardTo = address("spy", values.forward, "connect");
    const count = integer("spy", "count", values.count, 1);
    let connections = 0;
    let closed = 0;
    let finish: () => void = () => {};
    const done = new Promise<void>((resolve) => (finish = resolve));

    const print = (conn: number, dir: string, event: WireEvent | { kind: "open" | "close"; detail: string }): void => {
      const time = new Date().toISOString();
      if (values.json) void printLine(undefined, JSON.stringify({ time, conn, dir, ...event }));
      else
        void printLine(
          undefined,
          `${time.slice(11, 23)} #${conn} ${dir.padEnd(3)} ${"detail" in event ? `${event.kind} ${event.detail}` : describeEvent(event)}`,
        );
    };

    const server = createServer((client: Socket) => {
      const conn = ++connections;
      const upstream = createConnection(forwardTo as never);
      const peer = `${client.remoteAddress ?? "local"}${client.remotePort ? `:${client.remotePort}` : ""}`;
      print(conn, "--", { kind: "open", detail: `${peer} -> ${values.forward}` });
      const toServer = new WireTracer((e) => print(conn, "c>s", e));
      const toClient = new WireTracer((e) => print(conn, "s>c", e));
      let ended = false;
      const end = (why: string): void => {
        if (ended) return;
        ended = true;
        client.destroy();
        upstream.destroy();
        print(conn, "--", { kind: "close", detail: why });
        if (count !== undefined && ++closed >= count) finish();
      };
      client.on("data", (chunk: Buffer) => {
        toServer.push(chunk);
        if (!upstream.write(chunk)) client.pause();
      });
      upstream.on("data", (chunk: Buffer) => {
        toClient.push(chunk);
        if (!client.write(chunk)) upstream.pause();
      });
      upstream.on("drain", () => client.resume());
      client.on("drain", () => upstream.resume());
      client.on("close", () => end("client closed"));
      upstream.on("close", () => end("server closed"));
      client.on("error", (e: NodeJS.ErrnoException) =>
        end(e.code === "EPIPE" || e.code === "ECONNRESET" ? "client closed" : `client error ${e.code ?? e.message}`),
      );
      upstream.on("error", (e: NodeJS.ErrnoException) => end(`cannot reach ${values.forward}: ${e.code ?? e.message}`));
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", (e: NodeJS.ErrnoException) =>
        reject(new CliError(`cannot listen on ${values.listen}: ${e.code ?? e.message}`)),
      );
      server.listen(listenAt as never, () => resolve());
    });
    const bound = server.address();
    process.stderr.write(
      `spy: listening on ${typeof bound === "object" && bound ? `tcp://${bound.address}:${bound.port}` : values.listen}, forwarding to ${values.forward}\n`,
    );
    await done;
    server.close();
    return 0;
  },
};
