import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zmqError } from "../errors.js";

export type Endpoint =
  | { transport: "tcp"; host: string; port: number; address: string }
  | { transport: "ipc"; path: string; abstract: boolean; address: string }
  | { transport: "inproc"; name: string; address: string };

const UNSUPPORTED = new Set(["pgm", "epgm", "tipc", "vmci", "ws", "wss", "udp", "norm"]);

/**
 * Parse a ZeroMQ endpoint URI. tcp: `tcp://host:port` with host `*` (all interfaces, bind only), a name, an IPv4
 * address or a bracketed IPv6 literal, and port `*` or `0` (ephemeral, bind only). ipc: a path, `@name` (Linux
 * abstract namespace) or `*` (a fresh path, bind only). inproc: any non-empty name.
 */
export function parseEndpoint(address: string, purpose: "bind" | "connect"): Endpoint {
  if (typeof address !== "string") throw new TypeError("Address must be a string");
  const separator = address.indexOf("://");
  if (separator <= 0) throw zmqError("EINVAL", undefined, address);
  const scheme = address.slice(0, separator);
  const rest = address.slice(separator + 3);
  switch (scheme) {
    case "tcp":
      return parseTcp(address, rest, purpose);
    case "ipc":
      return parseIpc(address, rest, purpose);
    case "inproc":
      if (rest.length === 0) throw zmqError("EINVAL", undefined, address);
      return { transport: "inproc", name: rest, address };
    default:
      throw zmqError(UNSUPPORTED.has(scheme) ? "EPROTONOSUPPORT" : "EPROTONOSUPPORT", undefined, address);
  }
}

function parseTcp(address: string, rest: string, purpose: "bind" | "connect"): Endpoint {
  // A connect endpoint may name a source address first: "src;dst". We use only the destination.
  const target = purpose === "connect" && rest.includes(";") ? rest.slice(rest.indexOf(";") + 1) : rest;
  const colon = target.lastIndexOf(":");
  if (colon < 0) throw zmqError("EINVAL", undefined, address);
  let host = target.slice(0, colon);
  const portText = target.slice(colon + 1);
  if (host.startsWith("[")) {
    if (!host.endsWith("]")) throw zmqError("EINVAL", undefined, address);
    host = host.slice(1, -1);
  }
  if (host.length === 0) throw zmqError("EINVAL", undefined, address);
  let port: number;
  if (portText === "*" || portText === "0") {
    if (purpose === "connect") throw zmqError("EINVAL", undefined, address);
    port = 0;
  } else if (/^\d{1,5}$/.test(portText) && Number(portText) <= 65535) {
    port = Number(portText);
  } else {
    throw zmqError("EINVAL", undefined, address);
  }
  if (host === "*" && purpose === "connect") throw zmqError("EINVAL", undefined, address);
  return { transport: "tcp", host, port, address };
}

function parseIpc(address: string, rest: string, purpose: "bind" | "connect"): Endpoint {
  if (rest.length === 0) throw zmqError("EINVAL", undefined, address);
  if (rest === "*") {
    if (purpose === "connect") throw zmqError("EINVAL", undefined, address);
    const path = join(tmpdir(), `purezmq-${randomBytes(6).toString("hex")}.sock`);
    return { transport: "ipc", path, abstract: false, address: `ipc://${path}` };
  }
  if (rest.startsWith("@")) {
    if (process.platform !== "linux") throw zmqError("EPROTONOSUPPORT", undefined, address);
    return { transport: "ipc", path: `\0${rest.slice(1)}`, abstract: true, address };
  }
  return { transport: "ipc", path: rest, abstract: false, address };
}
