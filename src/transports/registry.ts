import { zmqError } from "../errors.js";
import { TRANSPORTS as AVAILABLE } from "#transports";
import type { Endpoint } from "./endpoint.js";
import type { Transport } from "./transport.js";
import type { WsEndpoint } from "./ws.js";

/**
 * Every transport by scheme, from "#transports": node-transports.ts, or browser-transports.ts in the browser
 * build. A new transport is one module plus one line in each list that has it.
 */
const TRANSPORTS = new Map<string, Transport>(AVAILABLE.map((transport) => [transport.scheme, transport]));

/** The transport serving `scheme`, or undefined. */
export function transportOf(scheme: string): Transport | undefined {
  return TRANSPORTS.get(scheme);
}

/**
 * Parse a ZeroMQ endpoint URI the way zeromq.js (libzmq) accepts it at bind/connect time: EINVAL for bad syntax,
 * EPROTONOSUPPORT for an unknown scheme.
 */
export function parseEndpoint(address: string, purpose: "bind" | "connect"): Endpoint | WsEndpoint {
  const scheme = endpointScheme(address);
  const transport = TRANSPORTS.get(scheme)!;
  return transport.parse(address, address.slice(scheme.length + 3), purpose) as Endpoint | WsEndpoint;
}

/**
 * The scheme of a URI-shaped endpoint: EINVAL without "scheme://", EPROTONOSUPPORT for a transport we lack. Also
 * what unbind()/disconnect() check before looking the endpoint up, as libzmq's zmq_unbind/zmq_disconnect do.
 */
export function endpointScheme(address: string): string {
  if (typeof address !== "string") throw new TypeError("Address must be a string");
  const separator = address.indexOf("://");
  if (separator <= 0) throw zmqError("EINVAL", undefined, address);
  const scheme = address.slice(0, separator);
  if (!TRANSPORTS.has(scheme)) throw zmqError("EPROTONOSUPPORT", undefined, address);
  return scheme;
}
