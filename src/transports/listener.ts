import { existsSync, linkSync, lstatSync, renameSync, unlinkSync } from "node:fs";
import { createServer, type ListenOptions as NetListenOptions, type Server, type Socket } from "node:net";
import { dirname } from "node:path";
import { zmqError, type ZmqError } from "../errors.js";
import { resolveBindHost } from "./bind-host.js";
import type { Endpoint } from "./endpoint.js";
import { applyKeepalive, type KeepaliveOptions } from "./keepalive.js";
import { transportError } from "./os-error.js";
import type { ParsedEndpoint, TransportListener } from "./transport.js";

export interface ListenOptions extends KeepaliveOptions {
  /** ZMQ_BACKLOG; default 100. */
  backlog?: number;
  ipv6?: boolean;
}

export type { TransportListener };

/**
 * Listen on a tcp or ipc endpoint. Rejects with a zeromq.js-shaped error carrying `address` (EADDRINUSE,
 * EADDRNOTAVAIL, EACCES, ENODEV, ENOENT...). The server and every accepted stream are unref()'d: an idle
 * socket must not keep the process alive.
 */
export async function listen(
  parsed: ParsedEndpoint,
  options: ListenOptions,
  onStream: (stream: Socket) => void,
): Promise<TransportListener> {
  const endpoint = parsed as Endpoint;
  const backlog = options.backlog !== undefined && options.backlog > 0 ? options.backlog : 100;
  if (endpoint.transport === "ipc") {
    const server = createServer((stream) => {
      stream.unref();
      onStream(stream);
    });
    const fileName = endpoint.abstract ? undefined : endpoint.path;
    // As libzmq's ipc listener: unlink whatever is at the path first, a live socket of another listener included
    // (the path is then ours; theirs keeps running, unreachable). A directory stays, and the bind fails.
    if (fileName !== undefined) unlinkQuietly(fileName);
    try {
      await startListening(server, { path: endpoint.path, backlog }, endpoint.address);
    } catch (error) {
      // libuv reports a missing directory as EACCES (for Windows' sake); libzmq says ENOENT.
      if (fileName !== undefined && (error as ZmqError).code === "EACCES" && !existsSync(dirname(fileName)))
        throw zmqError("ENOENT", undefined, endpoint.address);
      throw error;
    }
    const shown = endpoint.abstract ? `ipc://@${endpoint.path.slice(1)}` : `ipc://${endpoint.path}`;
    return new Listener(server, shown, fileName !== undefined && !endpoint.wildcard ? fileName : undefined);
  }
  if (endpoint.transport !== "tcp") throw zmqError("EPROTONOSUPPORT", undefined, endpoint.address);

  const host = await resolveBindHost(endpoint.host, options.ipv6 === true);
  if (host === undefined) throw zmqError("ENODEV", undefined, endpoint.address);
  const server = createServer({ noDelay: true }, (stream) => {
    stream.unref();
    applyKeepalive(stream, options);
    onStream(stream); // its remote address is asked only when needed (ZAP): getpeername costs a syscall
  });
  await startListening(server, { host, port: endpoint.port, backlog }, endpoint.address);
  const bound = server.address();
  if (bound === null || typeof bound === "string") throw zmqError("EINVAL", undefined, endpoint.address);
  return new Listener(server, `tcp://${formatHost(bound.address)}:${bound.port}`);
}

/** Listen, rejecting with a zeromq.js-shaped error; the server is unref()'d and survives accept errors. */
export function startListening(server: Server, options: NetListenOptions, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException): void => reject(transportError(error, address));
    server.once("error", failed);
    server.listen(options, () => {
      server.off("error", failed);
      // Accept errors (EMFILE...) must not crash the process; node keeps listening after them.
      server.on("error", () => {});
      server.unref();
      resolve();
    });
  });
}

/** An IPv6 address in a URI goes in brackets. */
export function formatHost(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

class Listener implements TransportListener {
  private closing: Promise<void> | undefined;

  /** `keptPath`: an ipc path to leave in place on close, as libzmq does (only `ipc://*` files are removed). */
  constructor(
    private readonly server: Server,
    readonly endpoint: string,
    private readonly keptPath?: string,
  ) {}

  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      // libuv unlinks a pipe's path when it closes the handle, whoever's socket is there by now (another listener
      // may have taken the path over). Move that file aside for the moment of the close, then put it back.
      const aside = this.keptPath === undefined ? undefined : moveAside(this.keptPath);
      // server.close()'s callback waits for every accepted connection to end; the listening handle itself is
      // released at once, so the address is free again on the next turn of the loop.
      this.server.close();
      if (aside !== undefined) putBack(aside, this.keptPath!);
      setImmediate(resolve);
    });
    return this.closing;
  }
}

let asideCount = 0;

function moveAside(path: string): string | undefined {
  try {
    if (!lstatSync(path).isSocket()) return undefined;
    const aside = `${path}.${process.pid}-${asideCount++}.closing`;
    renameSync(path, aside);
    return aside;
  } catch {
    return undefined;
  }
}

/** A hard link rather than a rename: a file bound at the path meanwhile is not replaced. */
function putBack(aside: string, path: string): void {
  try {
    linkSync(aside, path);
  } catch {
    // the path is taken again (or the directory went away)
  }
  unlinkQuietly(aside);
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // nothing there, a directory, or no permission: the bind reports the real problem
  }
}
