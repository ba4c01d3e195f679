import { zmqError } from "../errors.js";
import { inproc } from "./inproc.js";
import { ipc } from "./ipc.js";
import { tcp } from "./tcp.js";
import type { Endpoint } from "./endpoint.js";
import type { Transport } from "./transport.js";
import { udp } from "./udp.js";
import { ws, wss, type WsEndpoint } from "./ws.js";

/** Every transport by scheme. A new transport is one module plus one line here. */
const TRANSPORTS = new Map<string, Transport>(
  ([tcp, ipc, inproc, ws, wss, udp] as Transport[]).map((transport) => [transport.scheme, transport]),
);

/** The transport serving `scheme`, or undefined. */
export function transportOf(scheme: string): Transport | undefined {
  return TRANSPORTS.get(scheme);
}

/**
 * Parse a ZeroMQ endpoint URI the way zeromq.js (libzmq) accepts it at bind/connect time: EINVAL for bad syntax,
 * EPROTONOSUPPORT for an unknown scheme.
 */
export function parseEndpoint(address: string, purpose: "bind" | "connect"): Endpoint | WsEndpoint {
  if (typeof address !== "string") throw new TypeError("Address must be a string");
  const separator = address.indexOf("://");
  if (separator <= 0) throw zmqError("EINVAL", undefined, address);
  const transport = TRANSPORTS.get(address.slice(0, separator));
  if (transport === undefined) throw zmqError("EPROTONOSUPPORT", undefined, address);
  return transport.parse(address, address.slice(separator + 3), purpose) as Endpoint | WsEndpoint;
}
