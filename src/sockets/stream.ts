import { zmqError } from "../errors.js";
import type { SocketOptions } from "./classes.js";
import { NOTIFY, READABLE_OPTIONS, WRITABLE_OPTIONS } from "./options.js";
import { SocketType } from "./socket-types.js";
import { defineOptions, Socket, usable } from "./socket.js";
import type { Readable, Writable } from "./classes.js";

export interface StreamConnectOptions {
  routingId?: string;
}

/**
 * ZMQ_STREAM: plain TCP without ZMTP, to talk to non-ZeroMQ peers. Messages are [routingId, data]; a connection
 * and a disconnection arrive as [routingId, ""]; sending [routingId, ""] closes that connection.
 */
export class Stream extends Socket {
  constructor(options?: SocketOptions<Stream>) {
    super(SocketType.Stream, options);
  }

  override connect(address: string, options: StreamConnectOptions = {}): void {
    const core = usable(this);
    const { routingId } = options;
    if (routingId !== undefined && typeof routingId !== "string" && !Buffer.isBuffer(routingId)) {
      throw new TypeError("Option value must be a string or buffer");
    }
    const id = routingId === undefined ? undefined : Buffer.from(routingId as string);
    if (id !== undefined && (id.length === 0 || id.length > 255)) throw zmqError("EINVAL", undefined, address);
    core.connect(address, id);
  }
}
export interface Stream extends Readable, Writable {
  notify: boolean;
}
// No routingId property: zeromq.js's Stream has none (peers get ids from connect(address, { routingId })).
defineOptions(Stream.prototype, [NOTIFY, ...WRITABLE_OPTIONS, ...READABLE_OPTIONS]);
