/** REQ↔REP round trip: one request in flight, each timed with hrtime on the requesting side. */
import { bindAddress, type Transport } from "../lib/endpoints.js";
import { loadZmq, type ZmqImpl } from "../lib/impl.js";
import type { OpContext } from "../lib/protocol.js";
import { mean, nowSeconds, percentile } from "../lib/stats.js";

export interface LatencyResult {
  roundTrips: number;
  p50: number;
  mean: number;
  p99: number;
}

/** Microsecond samples → p50 / mean / p99. */
export function summarise(samples: number[]): LatencyResult {
  const sorted = Float64Array.from(samples).sort();
  return { roundTrips: sorted.length, p50: percentile(sorted, 50), mean: mean(sorted), p99: percentile(sorted, 99) };
}

export async function reply(
  args: { impl: ZmqImpl; transport: Transport },
  ctx: OpContext,
): Promise<{ echoed: number }> {
  const zmq = await loadZmq(args.impl);
  const socket = new zmq.Reply();
  let echoed = 0;
  await socket.bind(bindAddress(args.transport));
  ctx.emit("bound", socket.lastEndpoint);
  const stopped = ctx.signal("stop").then(() => {
    socket.linger = 0;
    socket.close();
  });
  try {
    for await (const [msg] of socket) {
      echoed++;
      await socket.send(msg!);
    }
  } catch {
    // receive() rejects once stop closes the socket
  }
  await stopped;
  return { echoed };
}

export async function request(
  /** `warmup`: seconds of round trips before timing. */
  args: { impl: ZmqImpl; connect: string; size: number; seconds: number; warmup: number },
): Promise<LatencyResult> {
  const zmq = await loadZmq(args.impl);
  const socket = new zmq.Request();
  socket.connect(args.connect);
  const msg = Buffer.alloc(args.size, 0x61);
  try {
    const warm = nowSeconds() + args.warmup;
    while (nowSeconds() < warm) {
      await socket.send(msg);
      await socket.receive();
    }
    const samples: number[] = [];
    const deadline = nowSeconds() + args.seconds;
    while (nowSeconds() < deadline) {
      const start = process.hrtime.bigint();
      await socket.send(msg);
      const [answer] = await socket.receive();
      samples.push(Number(process.hrtime.bigint() - start) / 1e3);
      if (answer!.length !== args.size) throw new Error(`reply of ${answer!.length} bytes, expected ${args.size}`);
    }
    return summarise(samples);
  } finally {
    socket.linger = 0;
    socket.close();
  }
}
