import { SocketType } from "./socket-types.js";
import { Socket } from "./socket.js";
import type { SocketOptions } from "./classes.js";

export interface StreamConnectOptions {
  routingId?: string;
}

/**
 * ZMQ_STREAM (raw TCP without ZMTP). Exported so that code importing it still loads, but not implemented yet:
 * constructing one throws ENOTSUP (see SocketCore).
 */
export class Stream extends Socket {
  constructor(options?: SocketOptions<Stream>) {
    super(SocketType.Stream, options);
  }
}
