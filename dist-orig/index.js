// ESM face of ./index.cjs (one implementation per process).
import implementation from "./index.cjs";
export const { Context, Dealer, Observer, Pair, Proxy, Publisher, Pull, Push, Reply, Request, Router, Socket, Stream, Subscriber, XPublisher, XSubscriber, capability, context, curveKeyPair, version } = implementation;
