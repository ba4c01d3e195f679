/**
 * purezmq/draft: libzmq's draft socket types with the API of zeromq.js's `zeromq/draft`. The draft API may change,
 * so loading this module warns once, as zeromq.js does.
 */
export { Client, Datagram, Dish, Gather, Radio, Scatter, Server } from "./sockets/draft-classes.js";

process.emitWarning("ZeroMQ draft features are experimental and could change at any time.");
