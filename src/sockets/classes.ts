import { zmqError } from "../errors.js";
import type { Context } from "./context.js";
import type { Message, MessageLike } from "./message.js";
import {
  CONFLATE,
  CORRELATE,
  HANDOVER,
  INVERT_MATCHING,
  MAX_SUBSCRIPTIONS,
  MAX_TOPIC_LENGTH,
  MANDATORY,
  MANUAL,
  NO_DROP,
  PROBE_ROUTER,
  READABLE_OPTIONS,
  RELAXED,
  ROUTING_ID,
  WELCOME_MESSAGE,
  WRITABLE_OPTIONS,
  type OptionSpec,
} from "./options.js";
import { SocketType } from "./socket-types.js";
import type { SocketCore } from "./core.js";
import { coreOf, defineOptions, Socket, usable } from "./socket.js";
import type { SubscriberBehavior } from "./types/subscriber.js";

/** Options accepted by a socket class's constructor: its writable properties, plus `context`. */
export type SocketOptions<S> = Partial<{ -readonly [K in WritableKeys<S>]: S[K] }> & { context?: Context };
type WritableKeys<T> = {
  [K in keyof T]-?: T[K] extends (...args: never[]) => unknown
    ? never
    : IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K>;
}[keyof T];
type IfEquals<X, Y, A> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : never;

export interface RouterConnectOptions {
  routingId?: string;
}

/** `O`: per-message options, for the draft types only (SERVER's `{ routingId }`, RADIO's `{ group }`). */
export interface Writable<
  M extends object[] | MessageLike | MessageLike[] = MessageLike | MessageLike[],
  O extends [...object[]] = [],
> {
  sendBufferSize: number;
  sendHighWaterMark: number;
  sendTimeout: number;
  multicastHops: number;
  send(message: M, ...options: O): Promise<void>;
}

export interface Readable<M extends object[] = Message[]> {
  receiveBufferSize: number;
  receiveHighWaterMark: number;
  receiveTimeout: number;
  receive(): Promise<M>;
  [Symbol.asyncIterator](): AsyncIterator<M, undefined>;
}

export function install(prototype: object, specs: readonly OptionSpec[], readable: boolean, writable: boolean): void {
  defineOptions(prototype, [...specs, ...(writable ? WRITABLE_OPTIONS : []), ...(readable ? READABLE_OPTIONS : [])]);
}

export class Pair extends Socket {
  constructor(options?: SocketOptions<Pair>) {
    super(SocketType.Pair, options);
  }
}
export interface Pair extends Writable, Readable {}
install(Pair.prototype, [], true, true);

export class Publisher extends Socket {
  constructor(options?: SocketOptions<Publisher>) {
    super(SocketType.Publisher, options);
  }
}
export interface Publisher extends Writable {
  noDrop: boolean;
  conflate: boolean;
  invertMatching: boolean;
  /** purezmq only: subscriptions one peer may hold (-1 = none); over it the peer's link is closed. */
  maxSubscriptions: number;
  /** purezmq only: bytes of one subscription topic (-1 = none); over it the peer's link is closed. */
  maxTopicLength: number;
}
install(Publisher.prototype, [NO_DROP, CONFLATE, INVERT_MATCHING, MAX_SUBSCRIPTIONS, MAX_TOPIC_LENGTH], false, true);

export class Subscriber extends Socket {
  constructor(options?: SocketOptions<Subscriber>) {
    super(SocketType.Subscriber, options);
  }

  /** Subscribe to messages whose first frame starts with any of the prefixes; no argument subscribes to all. */
  subscribe(...prefixes: Array<Buffer | string>): void {
    const behavior = optionTarget(this).behavior as SubscriberBehavior;
    if (prefixes.length === 0) prefixes = [""];
    for (const prefix of prefixes) behavior.subscribe(topicBytes(prefix));
  }

  /** Undo one subscribe() per prefix; no argument removes the subscribe-to-all. */
  unsubscribe(...prefixes: Array<Buffer | string>): void {
    const behavior = optionTarget(this).behavior as SubscriberBehavior;
    if (prefixes.length === 0) prefixes = [""];
    for (const prefix of prefixes) behavior.unsubscribe(topicBytes(prefix));
  }
}
export interface Subscriber extends Readable {
  conflate: boolean;
  invertMatching: boolean;
}
install(Subscriber.prototype, [CONFLATE, INVERT_MATCHING], true, false);

function topicBytes(prefix: Buffer | string): Buffer {
  if (typeof prefix === "string") return Buffer.from(prefix, "utf8");
  if (Buffer.isBuffer(prefix)) return prefix;
  throw new TypeError("Option value must be a string or buffer");
}

/** subscribe()/unsubscribe()/verbosity are socket options in zeromq.js: on a closed socket they fail with ENOTSOCK. */
function optionTarget(socket: Socket): SocketCore {
  const core = coreOf(socket);
  if (core.closed) throw zmqError("ENOTSOCK");
  return core;
}

export class Request extends Socket {
  constructor(options?: SocketOptions<Request>) {
    super(SocketType.Request, options);
  }
}
export interface Request extends Readable, Writable {
  routingId: string | null;
  probeRouter: boolean;
  correlate: boolean;
  relaxed: boolean;
}
install(Request.prototype, [ROUTING_ID, PROBE_ROUTER, CORRELATE, RELAXED], true, true);

export class Reply extends Socket {
  constructor(options?: SocketOptions<Reply>) {
    super(SocketType.Reply, options);
  }
}
export interface Reply extends Readable, Writable {
  routingId: string | null;
}
install(Reply.prototype, [ROUTING_ID], true, true);

export class Dealer extends Socket {
  constructor(options?: SocketOptions<Dealer>) {
    super(SocketType.Dealer, options);
  }
}
export interface Dealer extends Readable, Writable {
  routingId: string | null;
  probeRouter: boolean;
  conflate: boolean;
}
install(Dealer.prototype, [ROUTING_ID, PROBE_ROUTER, CONFLATE], true, true);

export class Router extends Socket {
  constructor(options?: SocketOptions<Router>) {
    super(SocketType.Router, options);
  }

  override connect(address: string, options: RouterConnectOptions = {}): void {
    const core = usable(this);
    if (typeof options !== "object" || options === null) throw new TypeError("Options must be an object");
    const { routingId } = options;
    if (routingId !== undefined && typeof routingId !== "string" && !Buffer.isBuffer(routingId)) {
      throw new TypeError("Option value must be a string or buffer");
    }
    const id = routingId === undefined ? undefined : Buffer.from(routingId as string);
    if (id !== undefined && id.length > 255) throw zmqError("EINVAL", undefined, address);
    core.connect(address, id);
  }
}
export interface Router extends Readable, Writable {
  routingId: string | null;
  mandatory: boolean;
  probeRouter: boolean;
  handover: boolean;
}
install(Router.prototype, [ROUTING_ID, MANDATORY, PROBE_ROUTER, HANDOVER], true, true);

export class Pull extends Socket {
  constructor(options?: SocketOptions<Pull>) {
    super(SocketType.Pull, options);
  }
}
export interface Pull extends Readable {
  conflate: boolean;
}
install(Pull.prototype, [CONFLATE], true, false);

export class Push extends Socket {
  constructor(options?: SocketOptions<Push>) {
    super(SocketType.Push, options);
  }
}
export interface Push extends Writable {
  conflate: boolean;
}
install(Push.prototype, [CONFLATE], false, true);

export class XPublisher extends Socket {
  constructor(options?: SocketOptions<XPublisher>) {
    super(SocketType.XPublisher, options);
  }

  /** null: report first subscribe / last unsubscribe only; "allSubs": every subscribe; "allSubsUnsubs": all. */
  set verbosity(value: null | "allSubs" | "allSubsUnsubs") {
    // As zeromq.js: any other value switches verbose reporting off.
    optionTarget(this).options.verbosity = value === "allSubs" || value === "allSubsUnsubs" ? value : null;
  }
}
export interface XPublisher extends Readable, Writable {
  noDrop: boolean;
  manual: boolean;
  welcomeMessage: string | null;
  invertMatching: boolean;
  maxSubscriptions: number;
  maxTopicLength: number;
}
install(
  XPublisher.prototype,
  [NO_DROP, MANUAL, WELCOME_MESSAGE, INVERT_MATCHING, MAX_SUBSCRIPTIONS, MAX_TOPIC_LENGTH],
  true,
  true,
);

export class XSubscriber extends Socket {
  constructor(options?: SocketOptions<XSubscriber>) {
    super(SocketType.XSubscriber, options);
  }
}
export interface XSubscriber extends Readable, Writable {}
install(XSubscriber.prototype, [], true, true);
