/**
 * "#stream-transports" in the browser build: a page has no tcp://, ipc:// or udp://. Endpoint parsing already refuses
 * them with EPROTONOSUPPORT; these stand-ins keep node:net out of the bundle and refuse the same way if reached.
 */
import { zmqError } from "../errors.js";
import type { DialOptions, DialerHandler } from "./dialer.js";
import type { Endpoint } from "./endpoint.js";
import type { ListenOptions, TransportListener } from "./listener.js";
import type { UdpLink } from "./udp.js";

export type { TransportListener, UdpLink };

function unavailable(endpoint: Endpoint): Error {
  return zmqError("EPROTONOSUPPORT", `${endpoint.transport}:// is not available in the browser`, endpoint.address);
}

export async function listen(endpoint: Endpoint, _options: ListenOptions, _onStream: unknown): Promise<TransportListener> {
  throw unavailable(endpoint);
}

export async function openUdp(endpoint: Endpoint): Promise<UdpLink> {
  throw unavailable(endpoint);
}

export function udpPeer(address: string): never {
  throw zmqError("EPROTONOSUPPORT", "udp:// is not available in the browser", address);
}

export class Dialer {
  constructor(endpoint: Endpoint, _options: DialOptions, _handler: DialerHandler) {
    throw unavailable(endpoint);
  }

  start(): void {}
  close(): void {}
  reconnect(): void {}
}
