import type { Behavior, SocketHost } from "./behavior.js";
import { DealerBehavior } from "./types/dealer.js";
import { PairBehavior } from "./types/pair.js";
import { PublisherBehavior } from "./types/publisher.js";
import { PullBehavior } from "./types/pull.js";
import { PushBehavior } from "./types/push.js";
import { ReplyBehavior } from "./types/reply.js";
import { RequestBehavior } from "./types/request.js";
import { RouterBehavior } from "./types/router.js";
import { StreamBehavior } from "./types/stream.js";
import { SubscriberBehavior } from "./types/subscriber.js";
import { XPublisherBehavior } from "./types/xpublisher.js";
import { XSubscriberBehavior } from "./types/xsubscriber.js";
import { ClientBehavior } from "./types/client.js";
import { DatagramBehavior } from "./types/datagram.js";
import { DishBehavior } from "./types/dish.js";
import { GatherBehavior } from "./types/gather.js";
import { RadioBehavior } from "./types/radio.js";
import { ScatterBehavior } from "./types/scatter.js";
import { ServerBehavior } from "./types/server.js";

/** zeromq.js's SocketType ids. */
// biome-ignore lint/suspicious/noConstEnum: ids inlined at compile time, like zeromq.js's own const enum; never a run-time object
export const enum SocketType {
  Pair = 0,
  Publisher = 1,
  Subscriber = 2,
  Request = 3,
  Reply = 4,
  Dealer = 5,
  Router = 6,
  Pull = 7,
  Push = 8,
  XPublisher = 9,
  XSubscriber = 10,
  Stream = 11,
  // libzmq's draft types (zmq.h, ZMQ_BUILD_DRAFT_API), exported by purezmq/draft.
  Server = 12,
  Client = 13,
  Radio = 14,
  Dish = 15,
  Gather = 16,
  Scatter = 17,
  Datagram = 18,
}

interface SocketTypeEntry {
  /** The name sent as `Socket-Type` (H-4). */
  readonly name: string;
  readonly create: (host: SocketHost) => Behavior;
  /** ZMQ_THREAD_SAFE: libzmq's draft types other than DGRAM; they take single-part messages only. */
  readonly threadSafe?: boolean;
  /** A default linger other than -1 (libzmq's DISH: 0, pending JOINs are not worth waiting for). */
  readonly linger?: number;
}

export const SOCKET_TYPES: ReadonlyMap<number, SocketTypeEntry> = new Map<number, SocketTypeEntry>([
  [SocketType.Pair, { name: "PAIR", create: (host) => new PairBehavior(host) }],
  [SocketType.Publisher, { name: "PUB", create: (host) => new PublisherBehavior(host) }],
  [SocketType.Subscriber, { name: "SUB", create: (host) => new SubscriberBehavior(host) }],
  [SocketType.Request, { name: "REQ", create: (host) => new RequestBehavior(host) }],
  [SocketType.Reply, { name: "REP", create: (host) => new ReplyBehavior(host) }],
  [SocketType.Dealer, { name: "DEALER", create: (host) => new DealerBehavior(host) }],
  [SocketType.Router, { name: "ROUTER", create: (host) => new RouterBehavior(host) }],
  [SocketType.Pull, { name: "PULL", create: (host) => new PullBehavior(host) }],
  [SocketType.Push, { name: "PUSH", create: (host) => new PushBehavior(host) }],
  [SocketType.XPublisher, { name: "XPUB", create: (host) => new XPublisherBehavior(host) }],
  [SocketType.XSubscriber, { name: "XSUB", create: (host) => new XSubscriberBehavior(host) }],
  [SocketType.Stream, { name: "STREAM", create: (host) => new StreamBehavior(host) }],
  [SocketType.Server, { name: "SERVER", create: (host) => new ServerBehavior(host), threadSafe: true }],
  [SocketType.Client, { name: "CLIENT", create: (host) => new ClientBehavior(host), threadSafe: true }],
  [SocketType.Radio, { name: "RADIO", create: (host) => new RadioBehavior(host), threadSafe: true }],
  [SocketType.Dish, { name: "DISH", create: (host) => new DishBehavior(host), threadSafe: true, linger: 0 }],
  [SocketType.Gather, { name: "GATHER", create: (host) => new GatherBehavior(host), threadSafe: true }],
  [SocketType.Scatter, { name: "SCATTER", create: (host) => new ScatterBehavior(host), threadSafe: true }],
  [SocketType.Datagram, { name: "DGRAM", create: (host) => new DatagramBehavior(host) }],
]);
