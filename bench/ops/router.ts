/**
 * One ROUTER serving many DEALER connections: the ROUTER echoes [identity, body]; every DEALER keeps one request
 * in flight (backlog raised to 1024 so simultaneous connects are not dropped and retried). Reports how long until every DEALER had its first reply, and the aggregate round trips per second.
 */
import { bindAddress } from "../lib/endpoints.js";
import { loadZmq, type ZmqImpl } from "../lib/impl.js";
import type { OpContext } from "../lib/protocol.js";
import { nowSeconds } from "../lib/stats.js";

export async function router(args: { impl: ZmqImpl }, ctx: OpContext): Promise<{ echoed: number }> {
  const zmq = await loadZmq(args.impl);
  const socket = new zmq.Router({ backlog: 1024 });
  let echoed = 0;
  await socket.bind(bindAddress("tcp"));
  ctx.emit("bound", socket.lastEndpoint);
  const stopped = ctx.signal("stop").then(() => {
    socket.linger = 0;
    socket.close();
  });
  try {
    for await (const [identity, body] of socket) {
      echoed++;
      await socket.send([identity!, body!]);
    }
  } catch {
    // receive() rejects once stop closes the socket
  }
  await stopped;
  return { echoed };
}

export interface DealersResult {
  connectSeconds: number;
  roundTrips: number;
  seconds: number;
}

export async function dealers(args: {
  impl: ZmqImpl;
  connect: string;
  count: number;
  size: number;
  seconds: number;
}): Promise<DealersResult> {
  const zmq = await loadZmq(args.impl);
  const context = new zmq.Context({ maxSockets: args.count + 16 });
  const sockets = Array.from({ length: args.count }, () => new zmq.Dealer({ context, linger: 0 }));
  const msg = Buffer.alloc(args.size, 0x61);
  const roundTrip = async (socket: InstanceType<typeof zmq.Dealer>): Promise<void> => {
    await socket.send(msg);
    await socket.receive();
  };
  try {
    const start = nowSeconds();
    for (const socket of sockets) socket.connect(args.connect);
    await Promise.all(sockets.map(roundTrip));
    const connectSeconds = nowSeconds() - start;
    let roundTrips = 0;
    const deadline = nowSeconds() + args.seconds;
    const began = nowSeconds();
    await Promise.all(
      sockets.map(async (socket) => {
        while (nowSeconds() < deadline) {
          await roundTrip(socket);
          roundTrips++;
        }
      }),
    );
    return { connectSeconds, roundTrips, seconds: nowSeconds() - began };
  } finally {
    for (const socket of sockets) socket.close();
  }
}
