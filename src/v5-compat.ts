/**
 * purezmq/v5-compat: the callback and EventEmitter API of zeromq.js v5 (`zmq.socket("pub")`, `on("message")`,
 * `send(msg, flags, cb)`, `monitor()`, short option names, `ZMQ_*` constants, `proxy()`), as zeromq.js v6 offers
 * it under `zeromq/v5-compat`, built on purezmq's v6 classes.
 */
// Only the public entry: the build points this at the main bundle, so both entries share one implementation.
import { context, curveKeyPair, version as libzmqVersion, type MessageLike } from "./index.js";
import { Socket, type SocketType } from "./compat/socket.js";

export * from "./compat/constants.js";
export { Socket, type SocketType } from "./compat/socket.js";
export { shortOptions as options } from "./compat/options.js";

export const version: string = libzmqVersion;

/** v5's global context settings; the context itself cannot be created in compatibility mode. */
export class Context {
  static setMaxThreads(value: number): void {
    context.ioThreads = value;
  }

  static getMaxThreads(): number {
    return context.ioThreads;
  }

  static setMaxSockets(value: number): void {
    context.maxSockets = value;
  }

  static getMaxSockets(): number {
    return context.maxSockets;
  }

  constructor() {
    throw new Error("Context cannot be instantiated in compatibility mode");
  }
}

/** Create a socket of the given type; `options` are set as properties (short option names). */
export function createSocket(type: SocketType, options: { [option: string]: any } = {}): Socket {
  const socket = new Socket(type);
  for (const [name, value] of Object.entries(options)) socket[name] = value;
  return socket;
}
export { createSocket as socket };

export function curveKeypair(): { public: string; secret: string } {
  const { publicKey, secretKey } = curveKeyPair();
  return { public: publicKey, secret: secretKey };
}

/**
 * Forward messages between two sockets in both directions, copying what flows back to `capture` (without the
 * routing envelope for ROUTER/DEALER). Supports push/pull, pull/push, xpub/xsub and router/dealer, as v5 did.
 */
export function proxy(frontend: Socket, backend: Socket, capture?: Socket): void {
  const pair = `${frontend.type}/${backend.type}`;
  let captured: (frames: MessageLike[]) => MessageLike[];
  switch (pair) {
    case "push/pull":
    case "pull/push":
    case "xpub/xsub":
      captured = (frames) => frames;
      break;
    case "router/dealer":
    case "xrep/xreq":
      captured = (frames) => frames.slice(2);
      break;
    default:
      throw new Error("This socket type order is not supported in compatibility mode");
  }
  frontend.on("message", (...frames: MessageLike[]) => backend.send(frames));
  backend.on("message", (...frames: MessageLike[]) => {
    frontend.send(frames);
    capture?.send(captured(frames));
  });
}
