/**
 * New CURVE connections per second: a CURVE server (PULL) stays bound; the client process opens PUSH sockets one
 * after another, each with the full CURVE handshake (HELLO/WELCOME/INITIATE/READY), waits for its "handshake"
 * event and closes it.
 */
import { curveClientOptions, curveServerOptions } from "../lib/curve-keys.js";
import { bindAddress } from "../lib/endpoints.js";
import { loadZmq, type ZmqImpl } from "../lib/impl.js";
import type { OpContext } from "../lib/protocol.js";
import { nowSeconds } from "../lib/stats.js";

export async function server(args: { impl: ZmqImpl }, ctx: OpContext): Promise<{ ok: true }> {
  const zmq = await loadZmq(args.impl);
  const socket = new zmq.Pull({ linger: 0, ...curveServerOptions() });
  try {
    await socket.bind(bindAddress("tcp"));
    ctx.emit("bound", socket.lastEndpoint);
    await ctx.signal("stop");
    return { ok: true };
  } finally {
    socket.close();
  }
}

export async function clients(
  args: { impl: ZmqImpl; connect: string; seconds: number; warmup: number },
  _ctx: OpContext,
): Promise<{ connections: number; seconds: number }> {
  const zmq = await loadZmq(args.impl);
  const one = async (): Promise<void> => {
    const socket = new zmq.Push({ linger: 0, ...curveClientOptions() });
    try {
      const done = new Promise<void>((resolve, reject) => {
        socket.events.on("handshake", () => resolve());
        socket.events.on("handshake:error:protocol", (e) => reject(e.error));
        socket.events.on("handshake:error:auth", (e) => reject(e.error));
      });
      socket.connect(args.connect);
      await done;
    } finally {
      socket.close();
    }
  };
  const warmEnd = nowSeconds() + args.warmup;
  while (nowSeconds() < warmEnd) await one();
  const start = nowSeconds();
  const deadline = start + args.seconds;
  let connections = 0;
  while (nowSeconds() < deadline) {
    await one();
    connections++;
  }
  return { connections, seconds: nowSeconds() - start };
}
