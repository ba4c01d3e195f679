import { createConnection, createServer, type Server, type Socket } from "node:net";
import { parseEndpoint } from "../../transports/registry.js";
import { CliError } from "../command.js";

/** Where the fuzzer's byte streams go: dialled (a server under test) or accepted (a client under test). */
export interface Target {
  readonly description: string;
  /** A fresh connection to the implementation under test, or an Error code ("ECONNREFUSED", "ETIMEDOUT"). */
  open(timeoutMs: number): Promise<Socket | string>;
  close(): Promise<void>;
}

function netAddress(endpoint: string, purpose: "bind" | "connect"): { host: string; port: number } | { path: string } {
  let parsed;
  try {
    parsed = parseEndpoint(endpoint, purpose);
  } catch (error) {
    throw new CliError(`bad endpoint ${endpoint}: ${(error as Error).message}`, 2);
  }
  if (parsed.transport === "tcp") return { host: parsed.host === "*" ? "0.0.0.0" : parsed.host, port: parsed.port };
  if (parsed.transport === "ipc") return { path: parsed.abstract ? `\0${parsed.path}` : parsed.path };
  throw new CliError(`fuzz needs a tcp:// or ipc:// endpoint, not ${endpoint}`, 2);
}

/** The implementation under test listens at `endpoint`: every case dials it. */
export function dialTarget(endpoint: string): Target {
  const address = netAddress(endpoint, "connect");
  return {
    description: endpoint,
    open(timeoutMs) {
      return new Promise((resolve) => {
        const socket = createConnection(address as never);
        const timer = setTimeout(() => {
          socket.destroy();
          resolve("ETIMEDOUT");
        }, timeoutMs);
        socket.once("connect", () => {
          clearTimeout(timer);
          socket.setNoDelay(true);
          resolve(socket);
        });
        socket.once("error", (error: NodeJS.ErrnoException) => {
          clearTimeout(timer);
          resolve(error.code ?? "ECONNREFUSED");
        });
      });
    },
    async close() {},
  };
}

/**
 * We listen at `endpoint` and the implementation under test connects to us (and reconnects after each case, as
 * ZeroMQ clients do): every case takes the next inbound connection.
 */
export async function listenTarget(endpoint: string): Promise<Target> {
  const address = netAddress(endpoint, "bind");
  const waiting: Socket[] = [];
  const wanted: Array<(s: Socket) => void> = [];
  const server: Server = createServer((socket) => {
    socket.setNoDelay(true);
    socket.on("error", () => {});
    const take = wanted.shift();
    if (take) take(socket);
    else waiting.push(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(new CliError(`cannot listen on ${endpoint}: ${error.code ?? error.message}`, 2)),
    );
    server.listen(address as never, () => resolve());
  });
  const bound = server.address();
  const description = typeof bound === "object" && bound ? `tcp://${bound.address}:${bound.port}` : endpoint;
  const target: Target = {
    description,
    open(timeoutMs) {
      let ready = waiting.shift();
      while (ready?.destroyed) ready = waiting.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve) => {
        const take = (socket: Socket): void => {
          clearTimeout(timer);
          resolve(socket);
        };
        const timer = setTimeout(() => {
          wanted.splice(wanted.indexOf(take), 1);
          resolve("ETIMEDOUT");
        }, timeoutMs);
        wanted.push(take);
      });
    },
    close() {
      for (const s of waiting) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return target;
}

/** What one exchange produced. */
export interface Exchange {
  /** Connection error code when the target could not be reached. */
  unreachable?: string;
  /** Everything the target sent back. */
  response: Buffer;
  /** The target closed (or reset) the connection. */
  closedByPeer: boolean;
}

export interface ExchangeOptions {
  /** Quiet time after our last write and the target's last byte before we hang up. */
  settleMs: number;
  /** Upper bound for the whole exchange. */
  maxMs: number;
  /** Connect timeout. */
  openMs: number;
  /** Hang up as soon as the answer satisfies this (the probe stops at the peer's READY). */
  enough?: (response: Buffer) => boolean;
}

/** Send `writes` on a fresh connection, collect the answer until the target closes or goes quiet, hang up. */
export async function exchange(target: Target, writes: readonly Buffer[], options: ExchangeOptions): Promise<Exchange> {
  const socket = await target.open(options.openMs);
  if (typeof socket === "string") return { unreachable: socket, response: Buffer.alloc(0), closedByPeer: true };
  const received: Buffer[] = [];
  let size = 0;
  return new Promise((resolve) => {
    let closedByPeer = false;
    let settle: NodeJS.Timeout | undefined;
    let written = false;
    const finish = (): void => {
      clearTimeout(settle);
      clearTimeout(cap);
      socket.removeAllListeners("data");
      socket.destroy();
      resolve({ response: Buffer.concat(received, size), closedByPeer });
    };
    const rearm = (): void => {
      clearTimeout(settle);
      if (written) settle = setTimeout(finish, options.settleMs);
    };
    const cap = setTimeout(finish, options.maxMs);
    socket.on("data", (chunk: Buffer) => {
      // Keep at most 1 MiB of the answer: enough to judge it, bounded whatever the target does.
      if (size < 1024 * 1024) {
        received.push(chunk);
        size += chunk.length;
      }
      if (options.enough?.(Buffer.concat(received, size))) finish();
      else rearm();
    });
    socket.on("error", () => {
      closedByPeer = true;
    });
    socket.on("close", () => {
      closedByPeer = true;
      finish();
    });
    void (async () => {
      for (const write of writes) {
        if (socket.destroyed) return;
        socket.write(write);
        // Let each write leave as its own segment, so the target sees the chunking.
        if (writes.length > 1) await new Promise((r) => setImmediate(r));
      }
      written = true;
      rearm();
    })();
  });
}
