/**
 * "#stream-transports" in the browser build: a page has no tcp:// or ipc://. Endpoint parsing already refuses
 * them with EPROTONOSUPPORT; these stand-ins keep node:net out of the bundle and refuse the same way if reached.
 */
import { zmqError } from "../errors.js";
import type { DialOptions, DialerHandler } from "./dialer.js";
import type { Endpoint } from "./endpoint.js";
import type { ListenOptions, TransportListener } from "./listener.js";

export type { TransportListener };

function unavailable(endpoint: Endpoint): Error {
  return zmqError("EPROTONOSUPPORT", `${endpoint.transport}:// is not available in the browser`, endpoint.address);
}

export async function listen(endpoint: Endpoint, _options: ListenOptions, _onStream: unknown): Promise<TransportListener> {
  throw unavailable(endpoint);
}

export class Dialer {
  constructor(endpoint: Endpoint, _options: DialOptions, _handler: DialerHandler) {
    throw unavailable(endpoint);
  }

  start(): void {}
  close(): void {}
  reconnect(): void {}
}
