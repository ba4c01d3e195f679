import { zmqError } from "../errors.js";
import { install, type Readable, type SocketOptions, type Writable } from "./classes.js";
import type { Message, MessageLike } from "./message.js";
import { CONFLATE } from "./options.js";
import { SocketType } from "./socket-types.js";
import { changeGroup, sendMessage, Socket } from "./socket.js";
import { groupBytes, MAX_GROUP_LENGTH } from "./types/groups.js";

/**
 * libzmq's draft socket types with zeromq.js's `zeromq/draft` API (src/draft.ts there). Like zeromq.js, SERVER
 * and RADIO take a per-message options object on send, and SERVER and DISH resolve receive() with the body
 * followed by a metadata object.
 */

interface ServerRoutingOptions {
  routingId: number;
}

interface RadioGroupOptions {
  group: Buffer | string;
}

interface DishGroupOptions {
  group: Buffer;
}

/**
 * Socket, minus the typings of send/receive/iteration: each draft class declares its own (a receive resolving with
 * a metadata object after the body), as zeromq.js's do. At run time it is Socket itself.
 */
const DraftSocket = Socket as unknown as abstract new (
  type: number,
  options?: object,
) => Omit<Socket, "send" | "receive" | typeof Symbol.asyncIterator>;

/** zeromq.js checks a draft send's arguments before anything else, throwing TypeErrors. */
function checkOptions(message: unknown, options: unknown): asserts options is Record<string, unknown> {
  if (message === undefined) throw new TypeError("Message must be present");
  if (typeof options !== "object" || options === null) throw new TypeError("Options must be an object");
}

export class Server extends DraftSocket {
  constructor(options?: SocketOptions<Server>) {
    super(SocketType.Server, options);
  }

  send(message: MessageLike, options: ServerRoutingOptions): Promise<void> {
    checkOptions(message, options);
    const { routingId } = options;
    if (routingId === undefined) throw zmqError("EINVAL");
    // As zeromq.js: the value is taken as a u32, and libzmq refuses routing id 0.
    const id = Number(routingId) >>> 0;
    if (id === 0) throw zmqError("EINVAL");
    return sendMessage(this as unknown as Socket, message, { routingId: id });
  }
}
export interface Server
  extends Readable<[Message, ServerRoutingOptions]>,
    Writable<MessageLike, [ServerRoutingOptions]> {}
install(Server.prototype, [], true, true);

export class Client extends DraftSocket {
  constructor(options?: SocketOptions<Client>) {
    super(SocketType.Client, options);
  }
}
export interface Client extends Readable<[Message]>, Writable<MessageLike> {}
install(Client.prototype, [], true, true);

export class Radio extends DraftSocket {
  constructor(options?: SocketOptions<Radio>) {
    super(SocketType.Radio, options);
  }

  send(message: MessageLike, options: RadioGroupOptions): Promise<void> {
    checkOptions(message, options);
    if (options.group === undefined) throw zmqError("EINVAL");
    // zmq_msg_set_group reads a C string of at most 255 bytes: cut at the first NUL, then at 255.
    const group = groupBytes(options.group).subarray(0, MAX_GROUP_LENGTH);
    return sendMessage(this as unknown as Socket, message, { group });
  }
}
export interface Radio extends Writable<MessageLike, [RadioGroupOptions]> {}
install(Radio.prototype, [], false, true);

export class Dish extends DraftSocket {
  constructor(options?: SocketOptions<Dish>) {
    super(SocketType.Dish, options);
  }

  /** Receive messages sent to these groups (each up to 255 bytes; a string or buffer is cut at a NUL). */
  join(...groups: Array<Buffer | string>): void {
    for (const group of groups) changeGroup(this as unknown as Socket, "join", group);
  }

  /** Stop receiving these groups; leaving a group not joined throws EINVAL, as zmq_leave. */
  leave(...groups: Array<Buffer | string>): void {
    for (const group of groups) changeGroup(this as unknown as Socket, "leave", group);
  }
}
export interface Dish extends Readable<[Message, DishGroupOptions]> {}
install(Dish.prototype, [], true, false);

export class Gather extends DraftSocket {
  constructor(options?: SocketOptions<Gather>) {
    super(SocketType.Gather, options);
  }
}
export interface Gather extends Readable<[Message]> {
  conflate: boolean;
}
install(Gather.prototype, [CONFLATE], true, false);

export class Scatter extends DraftSocket {
  constructor(options?: SocketOptions<Scatter>) {
    super(SocketType.Scatter, options);
  }
}
export interface Scatter extends Writable<MessageLike> {
  conflate: boolean;
}
install(Scatter.prototype, [CONFLATE], false, true);

export class Datagram extends DraftSocket {
  constructor(options?: SocketOptions<Datagram>) {
    super(SocketType.Datagram, options);
  }
}
export interface Datagram extends Readable<[Message, Message]>, Writable<[MessageLike, MessageLike]> {}
install(Datagram.prototype, [], true, true);
