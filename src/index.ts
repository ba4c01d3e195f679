/**
 * purezmq: ZeroMQ in pure TypeScript, with the public API of the npm package `zeromq` v6.
 */
import { Context as ContextClass } from "./sockets/context.js";
import { Observer as ObserverClass } from "./sockets/observer.js";
import { Proxy as ProxyClass } from "./sockets/proxy.js";
import { requireNew } from "./sockets/require-new.js";
import { Socket as SocketClass } from "./sockets/socket.js";

export const Context = requireNew(ContextClass);
export type Context = ContextClass;
export const Socket = requireNew(SocketClass);
export type Socket = SocketClass;
export const Observer = requireNew(ObserverClass);
export type Observer = ObserverClass;
export const Proxy = requireNew(ProxyClass);
export type Proxy<F extends SocketClass = SocketClass, B extends SocketClass = SocketClass> = ProxyClass<F, B>;

export { context } from "./sockets/context.js";
export {
  Dealer,
  Pair,
  Publisher,
  Pull,
  Push,
  Reply,
  Request,
  Router,
  Subscriber,
  XPublisher,
  XSubscriber,
  type Readable,
  type RouterConnectOptions,
  type SocketOptions,
  type Writable,
} from "./sockets/classes.js";
export { Stream, type StreamConnectOptions } from "./sockets/stream.js";
export type { Event, EventOfType, EventType, EventFor } from "./sockets/observer.js";
export type { Message, MessageLike } from "./sockets/message.js";
export { version, capability, curveKeyPair } from "./info.js";
