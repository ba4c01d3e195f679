import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import * as zmq from "../../src/index.js";
import { bindFresh, type TransportName } from "../helpers/endpoints.js";

/**
 * Two purezmq peers that each send to the other faster than they read, with heartbeats on: neither reads for a
 * while (both receive queues fill, both engines' output blocks, each owes the other PONGs), then both drain.
 * Nothing may deadlock, be lost, be duplicated or arrive out of order, the link must survive the silence, and what
 * each side accepted before it blocked must be bounded by the HWMs and the kernel's socket buffers, not by the
 * number of messages offered.
 */
const HWM = 8;
const HEARTBEAT = { heartbeatInterval: 10, heartbeatTimeout: 100, heartbeatTimeToLive: 100 };
/** Longer than the heartbeat timeout: a silent but paused link must not be taken for a dead peer. */
const QUIET_MS = 300;

const sockets: zmq.Socket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
});

function procNumber(path: string, field: number, fallback: number): number {
  try {
    return Number(readFileSync(path, "latin1").trim().split(/\s+/)[field]) || fallback;
  } catch {
    return fallback;
  }
}

/** Most bytes the kernel can hold in flight one way: the sender's and (tcp only) the receiver's socket buffers. */
function kernelCapacity(transport: TransportName): number {
  if (transport === "tcp")
    return (
      procNumber("/proc/sys/net/ipv4/tcp_wmem", 2, 4 << 20) + procNumber("/proc/sys/net/ipv4/tcp_rmem", 2, 6 << 20)
    );
  return 2 * procNumber("/proc/sys/net/core/wmem_max", 0, 4 << 20);
}

function message(from: string, i: number, size: number): Buffer[] {
  const head = Buffer.alloc(8);
  head.write(from, 0, "latin1");
  head.writeUInt32BE(i, 4);
  return [head, Buffer.alloc(size, i % 251)];
}

/** Sends `total` messages as fast as the socket takes them; `sent` is how many it has taken so far. */
class Sender {
  sent = 0;
  readonly done: Promise<void>;
  constructor(socket: zmq.Dealer | zmq.Pair, name: string, total: number, size: number) {
    this.done = (async () => {
      for (let i = 0; i < total; i++) {
        await socket.send(message(name, i, size));
        this.sent++;
      }
    })();
  }
}

/** Receives `total` messages and checks each is the next one from `from`, whole. */
async function drain(socket: zmq.Dealer | zmq.Pair, from: string, total: number, size: number): Promise<number> {
  let next = 0;
  while (next < total) {
    const [head, body, ...rest] = await socket.receive();
    expect(rest).toHaveLength(0);
    expect(head!.subarray(0, from.length).toString("latin1")).toBe(from);
    expect(head!.readUInt32BE(4)).toBe(next); // in order, nothing lost or duplicated
    expect(body!.length).toBe(size);
    expect(body![0]).toBe(next % 251);
    expect(body![size - 1]).toBe(next % 251);
    next++;
  }
  return next;
}

const quiet = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once neither sender has progressed for a whole QUIET_MS: both are blocked and nobody reads. */
async function bothBlocked(a: Sender, b: Sender, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const before = [a.sent, b.sent];
    await quiet(QUIET_MS); // the silence is the scenario: no event marks "still blocked"
    if (a.sent === before[0] && b.sent === before[1]) return;
    if (Date.now() > deadline) throw new Error(`senders never blocked: ${a.sent}, ${b.sent}`);
  }
}

const CASES = [
  { kind: "DEALER", transport: "tcp", size: 512 * 1024 },
  { kind: "DEALER", transport: "ipc", size: 128 * 1024 },
  { kind: "PAIR", transport: "tcp", size: 512 * 1024 },
  { kind: "PAIR", transport: "ipc", size: 128 * 1024 },
] as const;

describe("mutual backpressure between two purezmq peers", () => {
  it.each(CASES)(
    "$kind <-> $kind over $transport: both block, then both drain everything, in order",
    async ({ kind, transport, size }) => {
      const make = () => {
        const options = { sendHighWaterMark: HWM, receiveHighWaterMark: HWM, linger: 0, ...HEARTBEAT };
        const socket = kind === "DEALER" ? new zmq.Dealer(options) : new zmq.Pair(options);
        sockets.push(socket);
        return socket;
      };
      const a = make();
      const b = make();
      let disconnects = 0;
      for (const s of [a, b]) s.events.on("disconnect", () => disconnects++);
      const handshakes = Promise.all([a, b].map((s) => new Promise((r) => s.events.on("handshake", r))));
      b.connect(await bindFresh(a, transport));
      await handshakes;
      // Let PINGs (announcing a TTL) and PONGs flow before the flood: each side's TTL deadline is then armed and
      // falls inside the quiet spell. The API reports no heartbeat, so this is a few intervals of plain time.
      await quiet(5 * HEARTBEAT.heartbeatInterval);

      // Held per direction at most: both HWMs, the kernel's buffers, and a message in each engine's hands.
      const bound = 2 * HWM + Math.ceil(kernelCapacity(transport) / size) + 4;
      const total = bound + 40;
      const fromA = new Sender(a, "a", total, size);
      const fromB = new Sender(b, "b", total, size);

      await bothBlocked(fromA, fromB, 20_000);
      expect(fromA.sent).toBeLessThanOrEqual(bound);
      expect(fromB.sent).toBeLessThanOrEqual(bound);
      expect(fromA.sent).toBeGreaterThanOrEqual(HWM); // the queues did fill: this was real backpressure

      const [gotA, gotB] = await Promise.all([drain(a, "b", total, size), drain(b, "a", total, size)]);
      await Promise.all([fromA.done, fromB.done]);
      expect([gotA, gotB]).toEqual([total, total]);
      expect(disconnects).toBe(0); // the quiet spell never passed for a dead peer
    },
    60_000,
  );
});
