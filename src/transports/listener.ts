import { existsSync, lstatSync, statSync, unlinkSync } from "node:fs";
import { connect, createServer, type ListenOptions as NetListenOptions, type Server, type Socket } from "node:net";
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
    if (fileName !== undefined) await removeStaleSocket(fileName);
    try {
      await startListening(server, { path: endpoint.path, backlog }, endpoint.address);
    } catch (error) {
      // libuv reports a missing directory as EACCES (for Windows' sake); libzmq says ENOENT.
      if (fileName !== undefined && (error as ZmqError).code === "EACCES" && !existsSync(dirname(fileName)))
        throw zmqError("ENOENT", undefined, endpoint.address);
      throw error;
    }
    const shown = endpoint.abstract ? `ipc://@${endpoint.path.slice(1)}` : `ipc://${endpoint.path}`;
    return new Listener(server, shown, fileName === undefined ? undefined : ownedFile(fileName));
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

interface OwnedFile {
  path: string;
  inode: number;
}

class Listener implements TransportListener {
  private closing: Promise<void> | undefined;

  constructor(
    private readonly server: Server,
    readonly endpoint: string,
    private readonly file?: OwnedFile,
  ) {}

  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      // server.close()'s callback waits for every accepted connection to end; the listening handle itself is
      // released at once, so the address is free again on the next turn of the loop.
      this.server.close();
      setImmediate(() => {
        this.removeFile();
        resolve();
      });
    });
    return this.closing;
  }

  /** libuv unlinks the socket file on close; make sure, without touching a file someone else has bound since. */
  private removeFile(): void {
    if (this.file === undefined) return;
    try {
      const stat = lstatSync(this.file.path);
      if (stat.isSocket() && stat.ino === this.file.inode) unlinkSync(this.file.path);
    } catch {
      // already gone
    }
  }
}

function ownedFile(path: string): OwnedFile | undefined {
  try {
    return { path, inode: statSync(path).ino };
  } catch {
    return undefined;
  }
}

/**
 * Before binding, libzmq unlinks whatever a previous run left at the path. We remove a socket file only when
 * nobody answers on it: a live listener is not stolen (libuv would unlink the thief's file when the first one
 * closes), and a regular file is left alone. In both cases the bind then reports EADDRINUSE.
 */
async function removeStaleSocket(path: string): Promise<void> {
  try {
    if (!lstatSync(path).isSocket()) return;
  } catch {
    return; // nothing there, or the bind reports the real problem
  }
  const stale = await new Promise<boolean>((resolve) => {
    const probe = connect({ path });
    probe.unref();
    probe.once("connect", () => {
      probe.destroy();
      resolve(false);
    });
    probe.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
  if (!stale) return;
  try {
    unlinkSync(path);
  } catch {
    // removed meanwhile
  }
}
