import { S as Socket, a as SocketOptions, R as Readable, W as Writable } from './classes-Cz18Xodn.cjs';
import { M as Message, a as MessageLike } from './message-CEJTfuFr.cjs';
import 'node:events';

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
declare const DraftSocket: abstract new (type: number, options?: object) => Omit<Socket, "send" | "receive" | typeof Symbol.asyncIterator>;
declare class Server extends DraftSocket {
    constructor(options?: SocketOptions<Server>);
    send(message: MessageLike, options: ServerRoutingOptions): Promise<void>;
}
interface Server extends Readable<[Message, ServerRoutingOptions]>, Writable<MessageLike, [ServerRoutingOptions]> {
}
declare class Client extends DraftSocket {
    constructor(options?: SocketOptions<Client>);
}
interface Client extends Readable<[Message]>, Writable<MessageLike> {
}
declare class Radio extends DraftSocket {
    constructor(options?: SocketOptions<Radio>);
    send(message: MessageLike, options: RadioGroupOptions): Promise<void>;
}
interface Radio extends Writable<MessageLike, [RadioGroupOptions]> {
}
declare class Dish extends DraftSocket {
    constructor(options?: SocketOptions<Dish>);
    /** Receive messages sent to these groups (each up to 255 bytes; a string or buffer is cut at a NUL). */
    join(...groups: Array<Buffer | string>): void;
    /** Stop receiving these groups; leaving a group not joined throws EINVAL, as zmq_leave. */
    leave(...groups: Array<Buffer | string>): void;
}
interface Dish extends Readable<[Message, DishGroupOptions]> {
}
declare class Gather extends DraftSocket {
    constructor(options?: SocketOptions<Gather>);
}
interface Gather extends Readable<[Message]> {
    conflate: boolean;
}
declare class Scatter extends DraftSocket {
    constructor(options?: SocketOptions<Scatter>);
}
interface Scatter extends Writable<MessageLike> {
    conflate: boolean;
}
declare class Datagram extends DraftSocket {
    constructor(options?: SocketOptions<Datagram>);
}
interface Datagram extends Readable<[Message, Message]>, Writable<[MessageLike, MessageLike]> {
}

export { Client, Datagram, Dish, Gather, Radio, Scatter, Server };
