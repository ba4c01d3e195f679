import { S as Socket$1, a as SocketOptions, R as Readable, W as Writable, C as Context$1, O as Observer$1 } from './classes-DbTxzmct.js';
export { D as Dealer, E as Event, b as EventFor, c as EventOfType, d as EventType, P as Pair, e as Publisher, f as Pull, g as Push, h as Reply, i as Request, j as Router, k as RouterConnectOptions, l as Subscriber, X as XPublisher, m as XSubscriber, n as context } from './classes-DbTxzmct.js';
export { M as Message, a as MessageLike } from './message-CEJTfuFr.js';
import 'node:events';

/**
 * zeromq.js `Proxy`: forwards messages between a front-end and a back-end socket in both directions (where each
 * side can receive and the other can send) until terminate(); both sockets are closed when it ends.
 */
declare class Proxy$1<F extends Socket$1 = Socket$1, B extends Socket$1 = Socket$1> {
    readonly frontEnd: F;
    readonly backEnd: B;
    constructor(frontEnd: F, backEnd: B);
    run(): Promise<void>;
    pause(): void;
    resume(): void;
    terminate(): void;
}

interface StreamConnectOptions {
    routingId?: string;
}
/**
 * ZMQ_STREAM: plain TCP without ZMTP, to talk to non-ZeroMQ peers. Messages are [routingId, data]; a connection
 * and a disconnection arrive as [routingId, ""]; sending [routingId, ""] closes that connection.
 */
declare class Stream extends Socket$1 {
    constructor(options?: SocketOptions<Stream>);
    connect(address: string, options?: StreamConnectOptions): void;
}
interface Stream extends Readable, Writable {
    notify: boolean;
}

/** The libzmq version whose behaviour purezmq reproduces (zeromq.js reports its bundled libzmq's). */
declare const version = "4.3.5";
/** Transports and mechanisms available, as zeromq.js's `capability`. */
declare const capability: Partial<Record<"ipc" | "pgm" | "tipc" | "norm" | "curve" | "gssapi" | "draft", boolean>>;
/** A new CURVE key pair (RFC 26) as 40-character Z85 strings, from the platform CSPRNG. */
declare function curveKeyPair(): {
    publicKey: string;
    secretKey: string;
};

/**
 * purezmq: ZeroMQ in pure TypeScript, with the public API of the npm package `zeromq` v6.
 */

declare const Context: typeof Context$1;
type Context = Context$1;
declare const Socket: typeof Socket$1;
type Socket = Socket$1;
declare const Observer: typeof Observer$1;
type Observer = Observer$1;
declare const Proxy: typeof Proxy$1;
type Proxy<F extends Socket$1 = Socket$1, B extends Socket$1 = Socket$1> = Proxy$1<F, B>;

export { Context, Observer, Proxy, Readable, Socket, SocketOptions, Stream, StreamConnectOptions, Writable, capability, curveKeyPair, version };
