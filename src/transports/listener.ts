import { existsSync, lstatSync, unlinkSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { zmqError, type ZmqError } from "../errors.js";
import type { Endpoint } from "./endpoint.js";

export interface ListenOptions {
  backlog?: number;
  ipv6?: boolean;
}

export interface TransportListener {
  /** The resolved endpoint as `lastEndpoint` reports it, e.g. "tcp://127.0.0.1:41234". */
  readonly endpoint: string;
  /** Stop accepting; connections already accepted are not touched. */
  close(): Promise<void>;
}

/**
 * Listen on a tcp or ipc endpoint. The server and every accepted stream are unref()'d: an idle socket must not keep
 * the process alive.
 */
export function listen(
  endpoint: Endpoint,
  options: ListenOptions,
  onStream: (stream: Socket, remoteAddress: string) => void,
): Promise<TransportListener> {
  if (endpoint.transport === "inproc") return Promise.reject(zmqError("EPROTONOSUPPORT", undefined, endpoint.address));
  const server = createServer({ noDelay: true }, (stream) => {
    stream.unref();
    stream.setNoDelay(true);
    const remote =
      endpoint.transport === "tcp" ? `tcp://${formatHost(stream.remoteAddress ?? "")}:${stream.remotePort}` : endpoint.address;
    onStream(stream, remote);
  });
  const backlog = options.backlog !== undefined && options.backlog > 0 ? options.backlog : 100;

  return new Promise<TransportListener>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => reject(translate(error, endpoint.address)));
    if (endpoint.transport === "ipc") {
      if (!endpoint.abstract) removeStaleSocket(endpoint.path);
      server.listen({ path: endpoint.path, backlog }, () => {
        resolve(finish(server, `ipc://${endpoint.abstract ? "@" + endpoint.path.slice(1) : endpoint.path}`, endpoint.abstract ? undefined : endpoint.path));
      });
      return;
    }
    const host = endpoint.host === "*" ? (options.ipv6 ? "::" : "0.0.0.0") : endpoint.host;
    server.listen({ host, port: endpoint.port, backlog, ipv6Only: false }, () => {
      const bound = server.address();
      if (bound === null || typeof bound === "string") {
        reject(zmqError("EINVAL", undefined, endpoint.address));
        return;
      }
      resolve(finish(server, `tcp://${formatHost(bound.address)}:${bound.port}`));
    });
  });
}

function finish(server: Server, resolved: string, ipcPath?: string): TransportListener {
  server.unref();
  server.on("error", () => {});
  return {
    endpoint: resolved,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if (ipcPath !== undefined) {
          try {
            unlinkSync(ipcPath);
          } catch {
            // already gone
          }
        }
      }),
  };
}

/** libzmq removes a leftover socket file before binding an ipc path; a non-socket file is left alone. */
function removeStaleSocket(path: string): void {
  try {
    if (existsSync(path) && lstatSync(path).isSocket()) unlinkSync(path);
  } catch {
    // bind reports the real problem
  }
}

export function formatHost(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

export function translate(error: NodeJS.ErrnoException, address: string): ZmqError {
  const code = error.code ?? "EINVAL";
  const known = ["EADDRINUSE", "EADDRNOTAVAIL", "EACCES", "ENOENT", "ENODEV", "EINVAL"];
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return zmqError("ENODEV", undefined, address);
  return zmqError(known.includes(code) ? code : "EINVAL", known.includes(code) ? undefined : error.message, address);
}
