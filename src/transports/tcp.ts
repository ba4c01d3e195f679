import { parseTcp, type TcpEndpoint } from "./endpoint.js";
import { listen } from "./listener.js";
import { dialTcp } from "./net-dial.js";
import { dialingConnecter, streamPeer } from "./stream-peer.js";
import type { Transport } from "./transport.js";

/** tcp://host:port — ZMTP over a TCP byte stream. */
export const tcp: Transport<TcpEndpoint> = {
  scheme: "tcp",
  monitored: true,
  parse: parseTcp,
  listen: (endpoint, context) => listen(endpoint, context.options, (stream) => context.accepted(streamPeer(stream))),
  connect: (endpoint, context) =>
    dialingConnecter(endpoint.address, dialTcp(endpoint, context.options), streamPeer, context),
};
