import { a as MessageLike, M as Message } from './message-CEJTfuFr.cjs';
import { EventEmitter } from 'events';

/**
 * A ZeroMQ context (zeromq.js `Context`). There are no I/O threads to configure here; the options exist so programs
 * written for zeromq.js run unchanged, and `ipv6` is inherited by new sockets.
 */
declare class Context {
    constructor(options?: Record<string, unknown>);
    protected getBoolOption(_id: number): boolean;
    protected setBoolOption(_id: number, _value: boolean): void;
    protected getInt32Option(_id: number): number;
    protected setInt32Option(_id: number, _value: number): void;
}
interface Context {
    blocky: boolean;
    ioThreads: number;
    maxMessageSize: number;
    maxSockets: number;
    readonly maxSocketsLimit: number;
    ipv6: boolean;
    threadPriority: number;
    threadSchedulingPolicy: number;
}
/** The default context used by sockets created without a `context` option. */
declare const context: Context;

type EventType = "accept" | "accept:error" | "bind" | "bind:error" | "connect" | "connect:delay" | "connect:retry" | "close" | "close:error" | "disconnect" | "end" | "handshake" | "handshake:error:protocol" | "handshake:error:auth" | "handshake:error:other" | "unknown";
interface ErrnoError extends Error {
    code: string;
    errno: number;
}
interface ProtoError extends Error {
    code: string;
}
interface AuthError extends Error {
    status: 300 | 400 | 500;
}
type Event = {
    type: "accept";
    address: string;
} | {
    type: "accept:error";
    address: string;
    error: ErrnoError;
} | {
    type: "bind";
    address: string;
} | {
    type: "bind:error";
    address: string;
    error: ErrnoError;
} | {
    type: "connect";
    address: string;
} | {
    type: "connect:delay";
    address: string;
} | {
    type: "connect:retry";
    address: string;
    interval: number;
} | {
    type: "close";
    address: string;
} | {
    type: "close:error";
    address: string;
    error: ErrnoError;
} | {
    type: "disconnect";
    address: string;
    error?: ProtoError;
} | {
    type: "end";
} | {
    type: "handshake";
    address: string;
} | {
    type: "handshake:error:protocol";
    address: string;
    error: ProtoError;
} | {
    type: "handshake:error:auth";
    address: string;
    error: AuthError;
} | {
    type: "handshake:error:other";
    address: string;
    error: ErrnoError;
} | {
    type: "unknown";
};
type EventOfType<E extends EventType = EventType> = Extract<Event, {
    type: E;
}>;
type EventFor<S extends string, D = {}> = Expand<{
    type: S;
} & D>;
type Expand<T> = T extends infer O ? {
    [K in keyof O]: O[K];
} : never;
/**
 * Socket events (zeromq.js `Observer`): read them one at a time with `receive()` / `for await`, or switch to
 * emitter mode with `on()`.
 */
declare class Observer {
    constructor(socket: object);
    get closed(): boolean;
    close(): void;
    receive(): Promise<Event>;
    on<E extends EventType>(type: E, listener: (data: EventOfType<E>) => void): EventEmitter;
    off<E extends EventType>(type: E, listener: (data: EventOfType<E>) => void): EventEmitter;
    [Symbol.asyncIterator](): AsyncIterator<Event, undefined>;
}

/**
 * Base class of every socket (zeromq.js `Socket`). Instances are sealed: unknown options throw TypeError, exactly as
 * with zeromq.js.
 */
declare abstract class Socket {
    protected constructor(type: number, options?: object);
    get events(): Observer;
    get context(): Context;
    get closed(): boolean;
    get readable(): boolean;
    get writable(): boolean;
    bind(address: string): Promise<void>;
    unbind(address: string): Promise<void>;
    /** Starts the bind and returns at once; a failure is reported as a `bind:error` event. */
    bindSync(address: string): void;
    unbindSync(address: string): void;
    connect(address: string): void;
    disconnect(address: string): void;
    close(): void;
    send(message: MessageLike | MessageLike[]): Promise<void>;
    receive(): Promise<Message[]>;
    /**
     * `for await (const message of socket)`: ends when the socket closes; breaking out does not close it. Written by
     * hand rather than as an async generator: one promise per message instead of several (it is on the hot path).
     */
    [Symbol.asyncIterator](): AsyncIterator<Message[], undefined>;
    protected getBoolOption(id: number): boolean;
    protected setBoolOption(id: number, value: boolean): void;
    protected getInt32Option(id: number): number;
    protected setInt32Option(id: number, value: number): void;
    protected getUint32Option(id: number): number;
    protected setUint32Option(id: number, value: number): void;
    protected getInt64Option(id: number): number;
    protected setInt64Option(id: number, value: number): void;
    protected getUint64Option(id: number): number;
    protected setUint64Option(id: number, value: number): void;
    protected getStringOption(id: number): string | null;
    protected setStringOption(id: number, value: string | Buffer | null): void;
}
/** Properties every socket has (zeromq.js names; defaults in ZEROMQ_JS_V6_API.md §2.5). */
interface Socket {
    affinity: number;
    rate: number;
    recoveryInterval: number;
    readonly type: number;
    linger: number;
    reconnectInterval: number;
    backlog: number;
    reconnectMaxInterval: number;
    maxMessageSize: number;
    readonly lastEndpoint: string | null;
    tcpKeepalive: number;
    tcpKeepaliveCount: number;
    tcpKeepaliveIdle: number;
    tcpKeepaliveInterval: number;
    tcpAcceptFilter: string | null;
    immediate: boolean;
    ipv6: boolean;
    readonly securityMechanism: null | "plain" | "curve" | "gssapi";
    plainServer: boolean;
    plainUsername: string | null;
    plainPassword: string | null;
    curveServer: boolean;
    curvePublicKey: string | null;
    curveSecretKey: string | null;
    curveServerKey: string | null;
    zapDomain: string | null;
    typeOfService: number;
    handshakeInterval: number;
    socksProxy: string | null;
    heartbeatInterval: number;
    heartbeatTimeToLive: number;
    heartbeatTimeout: number;
    connectTimeout: number;
    tcpMaxRetransmitTimeout: number;
    readonly threadSafe: boolean;
    multicastMaxTransportDataUnit: number;
    vmciBufferSize: number;
    vmciBufferMinSize: number;
    vmciBufferMaxSize: number;
    vmciConnectTimeout: number;
    interface: string | null;
    zapEnforceDomain: boolean;
    loopbackFastPath: boolean;
    /** purezmq only: parts of one received message (-1 = none); over it the link is closed. */
    maxMessageParts: number;
    /** purezmq only: bytes of one received message while maxMessageSize is -1 (-1 = none). */
    messageSizeCeiling: number;
    /** purezmq only: bytes of a peer's handshake metadata (-1 = none). */
    maxMetadataSize: number;
    /** purezmq only: properties in a peer's handshake metadata (-1 = none). */
    maxMetadataProperties: number;
    /** wss:// (libzmq ZMQ_WSS_KEY_PEM): our private key, PEM. Write-only, as in libzmq. */
    wssKeyPem: string | null;
    /** wss:// (ZMQ_WSS_CERT_PEM): our certificate, PEM; a wss:// bind needs it and the key. */
    wssCertPem: string | null;
    /** wss:// (ZMQ_WSS_TRUST_PEM): a trust anchor for the server's certificate, PEM. */
    wssTrustPem: string | null;
    /** wss:// (ZMQ_WSS_HOSTNAME): the name the server's certificate must carry (default: the dialed host). */
    wssHostname: string | null;
    /** wss:// (ZMQ_WSS_TRUST_SYSTEM): trust the system's CAs as well as wssTrustPem (default true). */
    wssTrustSystem: boolean;
}

/** Options accepted by a socket class's constructor: its writable properties, plus `context`. */
type SocketOptions<S> = Partial<{
    -readonly [K in WritableKeys<S>]: S[K];
}> & {
    context?: Context;
};
type WritableKeys<T> = {
    [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? never : IfEquals<{
        [Q in K]: T[K];
    }, {
        -readonly [Q in K]: T[K];
    }, K>;
}[keyof T];
type IfEquals<X, Y, A> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : never;
interface RouterConnectOptions {
    routingId?: string;
}
/** `O`: per-message options, for the draft types only (SERVER's `{ routingId }`, RADIO's `{ group }`). */
interface Writable<M extends object[] | MessageLike | MessageLike[] = MessageLike | MessageLike[], O extends [...object[]] = []> {
    sendBufferSize: number;
    sendHighWaterMark: number;
    sendTimeout: number;
    multicastHops: number;
    send(message: M, ...options: O): Promise<void>;
}
interface Readable<M extends object[] = Message[]> {
    receiveBufferSize: number;
    receiveHighWaterMark: number;
    receiveTimeout: number;
    receive(): Promise<M>;
    [Symbol.asyncIterator](): AsyncIterator<M, undefined>;
}
declare class Pair extends Socket {
    constructor(options?: SocketOptions<Pair>);
}
interface Pair extends Writable, Readable {
}
declare class Publisher extends Socket {
    constructor(options?: SocketOptions<Publisher>);
}
interface Publisher extends Writable {
    noDrop: boolean;
    conflate: boolean;
    invertMatching: boolean;
    /** purezmq only: subscriptions one peer may hold (-1 = none); over it the peer's link is closed. */
    maxSubscriptions: number;
    /** purezmq only: bytes of one subscription topic (-1 = none); over it the peer's link is closed. */
    maxTopicLength: number;
}
declare class Subscriber extends Socket {
    constructor(options?: SocketOptions<Subscriber>);
    /** Subscribe to messages whose first frame starts with any of the prefixes; no argument subscribes to all. */
    subscribe(...prefixes: Array<Buffer | string>): void;
    /** Undo one subscribe() per prefix; no argument removes the subscribe-to-all. */
    unsubscribe(...prefixes: Array<Buffer | string>): void;
}
interface Subscriber extends Readable {
    conflate: boolean;
    invertMatching: boolean;
}
declare class Request extends Socket {
    constructor(options?: SocketOptions<Request>);
}
interface Request extends Readable, Writable {
    routingId: string | null;
    probeRouter: boolean;
    correlate: boolean;
    relaxed: boolean;
}
declare class Reply extends Socket {
    constructor(options?: SocketOptions<Reply>);
}
interface Reply extends Readable, Writable {
    routingId: string | null;
}
declare class Dealer extends Socket {
    constructor(options?: SocketOptions<Dealer>);
}
interface Dealer extends Readable, Writable {
    routingId: string | null;
    probeRouter: boolean;
    conflate: boolean;
}
declare class Router extends Socket {
    constructor(options?: SocketOptions<Router>);
    connect(address: string, options?: RouterConnectOptions): void;
}
interface Router extends Readable, Writable {
    routingId: string | null;
    mandatory: boolean;
    probeRouter: boolean;
    handover: boolean;
}
declare class Pull extends Socket {
    constructor(options?: SocketOptions<Pull>);
}
interface Pull extends Readable {
    conflate: boolean;
}
declare class Push extends Socket {
    constructor(options?: SocketOptions<Push>);
}
interface Push extends Writable {
    conflate: boolean;
}
declare class XPublisher extends Socket {
    constructor(options?: SocketOptions<XPublisher>);
    /** null: report first subscribe / last unsubscribe only; "allSubs": every subscribe; "allSubsUnsubs": all. */
    set verbosity(value: null | "allSubs" | "allSubsUnsubs");
}
interface XPublisher extends Readable, Writable {
    noDrop: boolean;
    manual: boolean;
    welcomeMessage: string | null;
    invertMatching: boolean;
    maxSubscriptions: number;
    maxTopicLength: number;
}
declare class XSubscriber extends Socket {
    constructor(options?: SocketOptions<XSubscriber>);
}
interface XSubscriber extends Readable, Writable {
}

export { Context as C, Dealer as D, Event as E, Observer as O, Pair as P, Readable as R, Socket as S, Writable as W, XPublisher as X, SocketOptions as a, EventFor as b, EventOfType as c, EventType as d, Publisher as e, Pull as f, Push as g, Reply as h, Request as i, Router as j, RouterConnectOptions as k, Subscriber as l, XSubscriber as m, context as n };
