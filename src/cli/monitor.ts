import type { Socket } from "../sockets/socket.js";
import { CliError, describeError, integer, parse, UsageError, type Command } from "./command.js";
import { printLine } from "./output.js";
import { SECURITY_HELP, SECURITY_OPTIONS, securityOptions } from "./security.js";
import { socketClass } from "./socket-command.js";

const HELP = `Usage: purezmq monitor ENDPOINT [--bind] [--type TYPE] [options]

Connects to ENDPOINT (or binds it with --bind) and prints the socket's events as they happen: connect, handshake,
disconnect, handshake errors with their reason, ... one per line with a timestamp. Messages that arrive are
counted, not printed.

Options:
  --bind                        bind ENDPOINT instead of connecting to it
  --type TYPE                   socket type to use (default: dealer); pick one the peer accepts
  --json                        one JSON object per event
  -n, --count N                 exit after N events
  --until EVENT                 exit after the first EVENT (e.g. handshake, disconnect)
  --timeout MS                  exit (status 1) when no event arrives within MS ms
${SECURITY_HELP}
  -h, --help                    this help

Examples:
  purezmq monitor tcp://127.0.0.1:5555 --type req
  purezmq monitor tcp://127.0.0.1:5555 --type req --until handshake --timeout 5000
  purezmq monitor tcp://127.0.0.1:5556 --bind --type pub --json --count 3
`;

export const monitorCommand: Command = {
  name: "monitor",
  summary: "connect or bind and print socket events as they happen",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse("monitor", args, {
      bind: { type: "boolean" },
      type: { type: "string" },
      json: { type: "boolean" },
      count: { type: "string", short: "n" },
      until: { type: "string" },
      timeout: { type: "string" },
      ...SECURITY_OPTIONS,
    });
    if (positionals.length !== 1) throw new UsageError("give exactly one ENDPOINT", "monitor");
    const endpoint = positionals[0]!;
    const cls = socketClass("monitor", values.type ?? "dealer");
    const count = integer("monitor", "count", values.count, 1);
    const timeout = integer("monitor", "timeout", values.timeout, 1);
    let socket: Socket;
    try {
      socket = new cls(securityOptions(values, cls.prototype));
    } catch (error) {
      throw new CliError(describeError(error));
    }
    const events = socket.events;
    let seen = 0;
    let timer: NodeJS.Timeout | undefined;
    const armTimer = (reject: (e: Error) => void): void => {
      if (timeout === undefined) return;
      clearTimeout(timer);
      timer = setTimeout(() => reject(new CliError(`no event within ${timeout} ms (--timeout)`)), timeout);
    };
    // Keep reading messages so a pushing peer is not stalled, and count them.
    let messages = 0;
    const readable = socket as unknown as { receive?: () => Promise<unknown> };
    try {
      const done = new Promise<void>((resolve, reject) => {
        armTimer(reject);
        void (async () => {
          try {
            for await (const event of events) {
              seen++;
              const { type, ...rest } = event as unknown as { type: string; address?: string; error?: Error };
              const detail = rest.error
                ? `${rest.error.message}${(rest.error as { code?: string }).code ? ` (${(rest.error as { code?: string }).code})` : ""}`
                : "";
              const line = values.json
                ? JSON.stringify({
                    time: new Date().toISOString(),
                    event: type,
                    address: rest.address,
                    error: detail || undefined,
                    messages,
                  })
                : `${new Date().toISOString()}  ${type.padEnd(26)} ${rest.address ?? ""}${detail ? `  ${detail}` : ""}`;
              await printLine(undefined, line);
              armTimer(reject);
              if ((count !== undefined && seen >= count) || type === values.until) return resolve();
            }
            resolve();
          } catch (error) {
            reject(error);
          }
        })();
      });
      if (values.bind) {
        try {
          await socket.bind(endpoint);
        } catch (error) {
          throw new CliError(`cannot bind ${endpoint}: ${describeError(error).replace(`${endpoint}: `, "")}`);
        }
      } else {
        try {
          socket.connect(endpoint);
        } catch (error) {
          throw new CliError(`cannot connect ${endpoint}: ${describeError(error).replace(`${endpoint}: `, "")}`);
        }
      }
      if (typeof readable.receive === "function" && (values.type ?? "dealer") !== "pub") {
        void (async () => {
          for (;;) {
            try {
              await readable.receive!.call(socket);
              messages++;
            } catch {
              return;
            }
          }
        })();
      }
      await done;
    } finally {
      clearTimeout(timer);
      socket.close();
    }
    return 0;
  },
};
