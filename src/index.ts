/**
 * purezmq: ZeroMQ in pure TypeScript, with the public API of the npm package `zeromq` v6.
 */
export { Context, context } from "./sockets/context.js";
export { Socket } from "./sockets/socket.js";
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
export { Observer, type Event, type EventOfType, type EventType, type EventFor } from "./sockets/observer.js";
export { Proxy } from "./sockets/proxy.js";
export type { Message, MessageLike } from "./sockets/message.js";
export { version, capability, curveKeyPair } from "./info.js";
