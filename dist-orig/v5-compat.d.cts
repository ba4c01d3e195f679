import { EventEmitter } from 'events';
import { a as MessageLike } from './message-CEJTfuFr.cjs';

/** v5's short option names, usable with getsockopt/setsockopt and as socket properties. */
declare const shortOptions: {
    _fd: number;
    _ioevents: number;
    _receiveMore: number;
    _subscribe: number;
    _unsubscribe: number;
    affinity: number;
    backlog: number;
    identity: number;
    linger: number;
    rate: number;
    rcvbuf: number;
    last_endpoint: number;
    reconnect_ivl: number;
    recovery_ivl: number;
    sndbuf: number;
    mechanism: number;
    plain_server: number;
    plain_username: number;
    plain_password: number;
    curve_server: number;
    curve_publickey: number;
    curve_secretkey: number;
    curve_serverkey: number;
    zap_domain: number;
    heartbeat_ivl: number;
    heartbeat_ttl: number;
    heartbeat_timeout: number;
    connect_timeout: number;
};
type ShortOption = keyof typeof shortOptions;

/** The socket types of the v5 API, by name. */
type SocketType = "pair" | "req" | "rep" | "pub" | "sub" | "dealer" | "xreq" | "router" | "xrep" | "pull" | "push" | "xpub" | "xsub" | "stream";
type Callback = (error?: Error) => void;
/**
 * A zeromq.js v5 socket: an EventEmitter that emits each received message as `message` (one argument per
 * frame) and queues sends with optional callbacks. It drives a v6 socket underneath.
 */
declare class Socket extends EventEmitter {
    [option: string]: any;
    readonly type: SocketType;
    private _socket;
    private _parts;
    private _sendQueue;
    private _received;
    private _paused;
    private _receiving;
    private _sending;
    constructor(type: SocketType);
    get closed(): boolean;
    bind(address: string, callback?: Callback): this;
    unbind(address: string, callback?: Callback): this;
    bindSync(address: string): this;
    unbindSync(address: string): this;
    connect(address: string): this;
    disconnect(address: string): this;
    /** Queue a message (or one part of it, with ZMQ_SNDMORE in `flags`); `callback` hears how the send went. */
    send(message: MessageLike | MessageLike[], flags?: number | null | undefined, callback?: Callback): this;
    read(): never;
    /** Stop emitting and sending; messages received meanwhile are kept for resume(). */
    pause(): void;
    resume(): void;
    close(): this;
    subscribe(filter: string | Buffer): this;
    unsubscribe(filter: string | Buffer): this;
    setsockopt(option: number | ShortOption, value: unknown): this;
    getsockopt(option: number | ShortOption): any;
    /** Emit the socket's events under v5's names: (value, address, error). The arguments are ignored. */
    monitor(interval?: number, count?: number): this;
    unmonitor(): this;
    private _subscriber;
    private _settle;
    private _receiveLoop;
    private _emitMessage;
    private _sendLoop;
    private _monitorLoop;
}

/** The constants zeromq.js v5 exported (libzmq's numbers), for programs written against `zmq.ZMQ_*`. */
declare const ZMQ_PAIR = 0;
declare const ZMQ_PUB = 1;
declare const ZMQ_SUB = 2;
declare const ZMQ_REQ = 3;
declare const ZMQ_REP = 4;
declare const ZMQ_DEALER = 5;
declare const ZMQ_XREQ = 5;
declare const ZMQ_ROUTER = 6;
declare const ZMQ_XREP = 6;
declare const ZMQ_PULL = 7;
declare const ZMQ_PUSH = 8;
declare const ZMQ_XPUB = 9;
declare const ZMQ_XSUB = 10;
declare const ZMQ_STREAM = 11;
declare const ZMQ_AFFINITY = 4;
declare const ZMQ_IDENTITY = 5;
declare const ZMQ_SUBSCRIBE = 6;
declare const ZMQ_UNSUBSCRIBE = 7;
declare const ZMQ_RATE = 8;
declare const ZMQ_RECOVERY_IVL = 9;
declare const ZMQ_RECOVERY_IVL_MSEC = 9;
declare const ZMQ_SNDBUF = 11;
declare const ZMQ_RCVBUF = 12;
declare const ZMQ_RCVMORE = 13;
declare const ZMQ_FD = 14;
declare const ZMQ_EVENTS = 15;
declare const ZMQ_TYPE = 16;
declare const ZMQ_LINGER = 17;
declare const ZMQ_RECONNECT_IVL = 18;
declare const ZMQ_BACKLOG = 19;
declare const ZMQ_RECONNECT_IVL_MAX = 21;
declare const ZMQ_MAXMSGSIZE = 22;
declare const ZMQ_SNDHWM = 23;
declare const ZMQ_RCVHWM = 24;
declare const ZMQ_MULTICAST_HOPS = 25;
declare const ZMQ_RCVTIMEO = 27;
declare const ZMQ_SNDTIMEO = 28;
declare const ZMQ_IPV4ONLY = 31;
declare const ZMQ_LAST_ENDPOINT = 32;
declare const ZMQ_ROUTER_MANDATORY = 33;
declare const ZMQ_TCP_KEEPALIVE = 34;
declare const ZMQ_TCP_KEEPALIVE_CNT = 35;
declare const ZMQ_TCP_KEEPALIVE_IDLE = 36;
declare const ZMQ_TCP_KEEPALIVE_INTVL = 37;
declare const ZMQ_TCP_ACCEPT_FILTER = 38;
declare const ZMQ_DELAY_ATTACH_ON_CONNECT = 39;
declare const ZMQ_XPUB_VERBOSE = 40;
declare const ZMQ_ROUTER_RAW = 41;
declare const ZMQ_IPV6 = 42;
declare const ZMQ_MECHANISM = 43;
declare const ZMQ_PLAIN_SERVER = 44;
declare const ZMQ_PLAIN_USERNAME = 45;
declare const ZMQ_PLAIN_PASSWORD = 46;
declare const ZMQ_CURVE_SERVER = 47;
declare const ZMQ_CURVE_PUBLICKEY = 48;
declare const ZMQ_CURVE_SECRETKEY = 49;
declare const ZMQ_CURVE_SERVERKEY = 50;
declare const ZMQ_ZAP_DOMAIN = 55;
declare const ZMQ_ROUTER_HANDOVER = 56;
declare const ZMQ_HEARTBEAT_IVL = 75;
declare const ZMQ_HEARTBEAT_TTL = 76;
declare const ZMQ_HEARTBEAT_TIMEOUT = 77;
declare const ZMQ_CONNECT_TIMEOUT = 79;
declare const ZMQ_IO_THREADS = 1;
declare const ZMQ_MAX_SOCKETS = 2;
declare const ZMQ_POLLIN = 1;
declare const ZMQ_POLLOUT = 2;
declare const ZMQ_POLLERR = 4;
declare const ZMQ_SNDMORE = 2;
declare const ZMQ_CAN_MONITOR = 1;
declare const ZMQ_CAN_DISCONNECT = 1;
declare const ZMQ_CAN_UNBIND = 1;
declare const ZMQ_CAN_SET_CTX = 1;
declare const STATE_READY = 0;
declare const STATE_BUSY = 1;
declare const STATE_CLOSED = 2;

declare const version: string;
/** v5's global context settings; the context itself cannot be created in compatibility mode. */
declare class Context {
    static setMaxThreads(value: number): void;
    static getMaxThreads(): number;
    static setMaxSockets(value: number): void;
    static getMaxSockets(): number;
    constructor();
}
/** Create a socket of the given type; `options` are set as properties (short option names). */
declare function createSocket(type: SocketType, options?: {
    [option: string]: any;
}): Socket;

declare function curveKeypair(): {
    public: string;
    secret: string;
};
/**
 * Forward messages between two sockets in both directions, copying what flows back to `capture` (without the
 * routing envelope for ROUTER/DEALER). Supports push/pull, pull/push, xpub/xsub and router/dealer, as v5 did.
 */
declare function proxy(frontend: Socket, backend: Socket, capture?: Socket): void;

export { Context, STATE_BUSY, STATE_CLOSED, STATE_READY, Socket, SocketType, ZMQ_AFFINITY, ZMQ_BACKLOG, ZMQ_CAN_DISCONNECT, ZMQ_CAN_MONITOR, ZMQ_CAN_SET_CTX, ZMQ_CAN_UNBIND, ZMQ_CONNECT_TIMEOUT, ZMQ_CURVE_PUBLICKEY, ZMQ_CURVE_SECRETKEY, ZMQ_CURVE_SERVER, ZMQ_CURVE_SERVERKEY, ZMQ_DEALER, ZMQ_DELAY_ATTACH_ON_CONNECT, ZMQ_EVENTS, ZMQ_FD, ZMQ_HEARTBEAT_IVL, ZMQ_HEARTBEAT_TIMEOUT, ZMQ_HEARTBEAT_TTL, ZMQ_IDENTITY, ZMQ_IO_THREADS, ZMQ_IPV4ONLY, ZMQ_IPV6, ZMQ_LAST_ENDPOINT, ZMQ_LINGER, ZMQ_MAXMSGSIZE, ZMQ_MAX_SOCKETS, ZMQ_MECHANISM, ZMQ_MULTICAST_HOPS, ZMQ_PAIR, ZMQ_PLAIN_PASSWORD, ZMQ_PLAIN_SERVER, ZMQ_PLAIN_USERNAME, ZMQ_POLLERR, ZMQ_POLLIN, ZMQ_POLLOUT, ZMQ_PUB, ZMQ_PULL, ZMQ_PUSH, ZMQ_RATE, ZMQ_RCVBUF, ZMQ_RCVHWM, ZMQ_RCVMORE, ZMQ_RCVTIMEO, ZMQ_RECONNECT_IVL, ZMQ_RECONNECT_IVL_MAX, ZMQ_RECOVERY_IVL, ZMQ_RECOVERY_IVL_MSEC, ZMQ_REP, ZMQ_REQ, ZMQ_ROUTER, ZMQ_ROUTER_HANDOVER, ZMQ_ROUTER_MANDATORY, ZMQ_ROUTER_RAW, ZMQ_SNDBUF, ZMQ_SNDHWM, ZMQ_SNDMORE, ZMQ_SNDTIMEO, ZMQ_STREAM, ZMQ_SUB, ZMQ_SUBSCRIBE, ZMQ_TCP_ACCEPT_FILTER, ZMQ_TCP_KEEPALIVE, ZMQ_TCP_KEEPALIVE_CNT, ZMQ_TCP_KEEPALIVE_IDLE, ZMQ_TCP_KEEPALIVE_INTVL, ZMQ_TYPE, ZMQ_UNSUBSCRIBE, ZMQ_XPUB, ZMQ_XPUB_VERBOSE, ZMQ_XREP, ZMQ_XREQ, ZMQ_XSUB, ZMQ_ZAP_DOMAIN, createSocket, curveKeypair, shortOptions as options, proxy, createSocket as socket, version };
