import { ABSTRACT_IPC, freshIpcPath } from "#platform";
import { zmqError } from "../errors.js";

export interface TcpEndpoint {
  transport: "tcp";
  /** "*" = all interfaces (bind only); may be empty on connect (never resolves, like libzmq). */
  host: string;
  /** 0 = ephemeral when binding. */
  port: number;
  address: string;
  /** Connect only: the local address to dial from, from `tcp://src;dst`. */
  source?: { host: string; port: number };
}
export interface IpcEndpoint {
  transport: "ipc";
  path: string;
  abstract: boolean;
  address: string;
  /** `ipc://*`: a fresh path of our own, removed again on close (libzmq removes its wildcard files too). */
  wildcard?: boolean;
}
export interface InprocEndpoint {
  transport: "inproc";
  name: string;
  address: string;
}
export interface UdpEndpoint {
  transport: "udp";
  /** Unicast: the address to bind (dish) or send to (radio). Multicast: the group. "*" = any (bind only). */
  host: string;
  port: number;
  address: string;
  /** From `udp://iface;group:port`: the interface (name or address) multicast uses; "*" = the default. */
  iface?: string;
}
export type Endpoint = TcpEndpoint | IpcEndpoint | InprocEndpoint | UdpEndpoint;

/** struct sockaddr_un's sun_path holds 108 bytes including the terminating NUL. */
const MAX_IPC_PATH_BYTES = 107;

/**
 * Endpoint syntax as zeromq.js (libzmq) accepts it at bind/connect time; host names are resolved later, by the
 * listener or dialer. Deliberately stricter than libzmq: a tcp port must be "*", "0" or a decimal in 1..65535
 * (libzmq reads it with atoi, so "55x" means 55 and 70000 wraps), and brackets must be balanced.
 */
export function parseTcp(address: string, rest: string, purpose: "bind" | "connect"): TcpEndpoint {
  if (purpose === "bind") {
    const { host, port } = splitHostPort(address, rest, true);
    return { transport: "tcp", host, port, address };
  }
  const semicolon = rest.indexOf(";");
  const target = semicolon < 0 ? rest : rest.slice(semicolon + 1);
  if (!isConnectableSyntax(target)) throw zmqError("EINVAL", undefined, address);
  const { host, port } = splitHostPort(address, target, false);
  if (semicolon < 0) return { transport: "tcp", host, port, address };
  const source = splitHostPort(address, rest.slice(0, semicolon), true);
  return { transport: "tcp", host, port, address, source };
}

/**
 * libzmq's quick sanity check of a connect address (socket_base.cpp): it starts with a letter, a digit, "[" or
 * ":", and contains only host-name, IP-literal and zone-id characters. So "*" or a space is refused at once.
 */
export function isConnectableSyntax(target: string): boolean {
  return /^(?:[A-Za-z0-9[:][A-Za-z0-9.\-:%[\]_*]*)?:[^:]*$/.test(target);
}

export function splitHostPort(address: string, text: string, wildcardPort: boolean): { host: string; port: number } {
  const colon = text.lastIndexOf(":");
  if (colon < 0) throw zmqError("EINVAL", undefined, address);
  let host = text.slice(0, colon);
  const portText = text.slice(colon + 1);
  if (host.startsWith("[") || host.endsWith("]")) {
    if (host.length < 2 || !host.startsWith("[") || !host.endsWith("]")) throw zmqError("EINVAL", undefined, address);
    host = host.slice(1, -1);
  }
  return { host, port: parsePort(address, portText, wildcardPort) };
}

function parsePort(address: string, text: string, wildcard: boolean): number {
  if (text === "*" && wildcard) return 0;
  if (text === "0") return 0;
  if (/^\d{1,5}$/.test(text)) {
    const port = Number(text);
    if (port >= 1 && port <= 65535) return port;
  }
  throw zmqError("EINVAL", undefined, address);
}

/**
 * `udp://host:port`, or `udp://iface;group:port` for multicast on a chosen interface (libzmq udp_address.cpp: an
 * interface is only allowed with a multicast group). A bind may take port 0 or "*" (lastEndpoint shows the port
 * taken); a connect needs a port.
 */
export function parseUdp(address: string, rest: string, purpose: "bind" | "connect"): UdpEndpoint {
  const semicolon = rest.lastIndexOf(";");
  const target = semicolon < 0 ? rest : rest.slice(semicolon + 1);
  const { host, port } = splitHostPort(address, target, purpose === "bind");
  if ((purpose === "connect" && (port === 0 || host === "*")) || host.length === 0) {
    throw zmqError("EINVAL", undefined, address);
  }
  if (semicolon < 0) return { transport: "udp", host, port, address };
  const iface = rest.slice(0, semicolon);
  if (iface.length === 0 || !isMulticastIPv4(host)) throw zmqError("EINVAL", undefined, address);
  return { transport: "udp", host, port, address, iface };
}

/** 224.0.0.0/4. */
export function isMulticastIPv4(host: string): boolean {
  const match = /^(\d{1,3})\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.exec(host);
  if (match === null) return false;
  const first = Number(match[1]);
  return first >= 224 && first <= 239;
}

export function parseIpc(address: string, rest: string, purpose: "bind" | "connect"): IpcEndpoint {
  if (rest.length === 0) throw zmqError("EINVAL", undefined, address);
  if (rest === "*" && purpose === "bind") {
    // libzmq makes a fresh directory holding "socket"; one fresh file name in the temp dir does the same job.
    const path = freshIpcPath();
    checkIpcLength(address, path);
    return { transport: "ipc", path, abstract: false, address: `ipc://${path}`, wildcard: true };
  }
  checkIpcLength(address, rest);
  if (rest.startsWith("@") && ABSTRACT_IPC) {
    if (rest.length === 1) throw zmqError("EINVAL", undefined, address);
    return { transport: "ipc", path: `\0${rest.slice(1)}`, abstract: true, address };
  }
  return { transport: "ipc", path: rest, abstract: false, address };
}

/** Node would silently truncate a longer path to sun_path and bind a different file. */
function checkIpcLength(address: string, path: string): void {
  if (Buffer.byteLength(path) > MAX_IPC_PATH_BYTES) throw zmqError("ENAMETOOLONG", "File name too long", address);
}

export function parseInproc(address: string, rest: string): InprocEndpoint {
  if (rest.length === 0) throw zmqError("EINVAL", undefined, address);
  return { transport: "inproc", name: rest, address };
}
