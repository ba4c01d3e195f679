/**
 * Memory per idle connection: the RSS growth of a process whose one ROUTER accepts N connections (each has
 * completed the handshake and delivered one message), divided by N, and the open file descriptors before and after.
 * Run in a fresh process with --expose-gc; the case raises the workers' `ulimit -n` to fit N.
 */
import { readdirSync } from "node:fs";
import type net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { loadZmq, type ZmqImpl } from "../lib/impl.js";
import type { OpContext } from "../lib/protocol.js";
import { openIdle } from "../lib/zmtp-idle-client.js";

async function settledRss(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await sleep(100);
  }
  return process.memoryUsage.rss();
}

/** Open file descriptors of this process (Linux /proc; -1 elsewhere). */
function openFds(): number {
  try {
    return readdirSync("/proc/self/fd").length;
  } catch {
    return -1;
  }
}

export interface MemoryResult {
  connections: number;
  accepted: number;
  fdsBefore: number;
  fdsAfter: number;
  rssBefore: number;
  rssAfter: number;
  bytesPerConnection: number;
}

export async function server(args: { impl: ZmqImpl; connections: number }, ctx: OpContext): Promise<MemoryResult> {
  const zmq = await loadZmq(args.impl);
  const socket = new zmq.Router({ linger: 0, backlog: 1024 });
  await socket.bind("tcp://127.0.0.1:0");
  const rssBefore = await settledRss();
  const fdsBefore = openFds();
  ctx.emit("bound", socket.lastEndpoint);
  let received = 0;
  for await (const _ of socket) {
    if (++received === args.connections) break;
  }
  const rssAfter = await settledRss();
  const fdsAfter = openFds();
  ctx.emit("measured");
  await ctx.signal("stop");
  socket.close();
  return {
    connections: args.connections,
    accepted: received,
    fdsBefore,
    fdsAfter,
    rssBefore,
    rssAfter,
    bytesPerConnection: (rssAfter - rssBefore) / args.connections,
  };
}

/** Opens `connections` idle ZMTP connections, a batch at a time so the listen backlog never overflows. */
export async function clients(
  args: { connect: string; connections: number },
  ctx: OpContext,
): Promise<{ opened: number }> {
  const url = new URL(args.connect);
  const port = Number(url.port);
  const sockets: net.Socket[] = [];
  const BATCH = 500; // below the ROUTER's backlog of 1024: a full backlog drops SYNs, retried after 1 s
  for (let opened = 0; opened < args.connections; opened += BATCH) {
    const n = Math.min(BATCH, args.connections - opened);
    sockets.push(...(await Promise.all(Array.from({ length: n }, () => openIdle(port, url.hostname)))));
  }
  await ctx.signal("stop");
  for (const socket of sockets) socket.destroy();
  return { opened: sockets.length };
}
