import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Lib } from "../fidelity/zeromqjs.js";
import { Peers, retry, text, zeromqjs, type LibraryName } from "./peers.js";

/**
 * purezmq and the native zeromq.js talking to each other over real sockets in one process: every compatible pair of
 * socket types, each library on each side, each side binding. Each exchange sends in every direction the pattern
 * allows, with multipart messages.
 */

interface PatternCase {
  a: string;
  b: string;
  aOptions?: Record<string, unknown>;
  bOptions?: Record<string, unknown>;
  exchange(a: Lib, b: Lib): Promise<void>;
}

/** PUB side sends until the SUB side sees a message: there is no event for a subscription reaching the publisher. */
async function publishUntilReceived(publisher: Lib, subscriber: Lib): Promise<Buffer[]> {
  let received: Buffer[] | undefined;
  const receiving = subscriber.receive().then((frames: Buffer[]) => (received = frames));
  await retry(async () => {
    await publisher.send(["other", "filtered out"]);
    await publisher.send(["topic", "payload"]);
    return received;
  });
  return receiving;
}

const CASES: PatternCase[] = [
  {
    a: "Publisher",
    b: "Subscriber",
    async exchange(pub, sub) {
      sub.subscribe("topic");
      expect(text(await publishUntilReceived(pub, sub))).toEqual(["topic", "payload"]);
    },
  },
  {
    a: "XPublisher",
    b: "Subscriber",
    async exchange(xpub, sub) {
      sub.subscribe("topic");
      // A pending receive keeps libzmq's SUB processing commands, so it attaches the new pipe and sends (E-9).
      const delivery = sub.receive();
      expect(await xpub.receive()).toEqual([Buffer.from("\x01topic")]);
      await xpub.send(["other", "filtered out"]);
      await xpub.send(["topic", "payload"]);
      expect(text(await delivery)).toEqual(["topic", "payload"]);
      sub.unsubscribe("topic");
      expect(await xpub.receive()).toEqual([Buffer.from("\x00topic")]);
    },
  },
  {
    a: "Publisher",
    b: "XSubscriber",
    async exchange(pub, xsub) {
      await xsub.send(Buffer.from("\x01topic"));
      expect(text(await publishUntilReceived(pub, xsub))).toEqual(["topic", "payload"]);
    },
  },
  {
    a: "XPublisher",
    b: "XSubscriber",
    async exchange(xpub, xsub) {
      await xsub.send(Buffer.from("\x01topic"));
      const delivery = xsub.receive(); // E-9, as above
      expect(await xpub.receive()).toEqual([Buffer.from("\x01topic")]);
      await xpub.send(["topic", "payload"]);
      expect(text(await delivery)).toEqual(["topic", "payload"]);
    },
  },
  {
    a: "Request",
    b: "Reply",
    async exchange(req, rep) {
      for (let round = 0; round < 3; round++) {
        await req.send(["hello", `${round}`]);
        expect(text(await rep.receive())).toEqual(["hello", `${round}`]);
        await rep.send(["world", `${round}`]);
        expect(text(await req.receive())).toEqual(["world", `${round}`]);
      }
    },
  },
  {
    a: "Request",
    b: "Router",
    aOptions: { routingId: "req-1" },
    async exchange(req, router) {
      await req.send("hello");
      expect(text(await router.receive())).toEqual(["req-1", "", "hello"]);
      await router.send(["req-1", "", "world", "2"]);
      expect(text(await req.receive())).toEqual(["world", "2"]);
    },
  },
  {
    a: "Dealer",
    b: "Reply",
    async exchange(dealer, rep) {
      await dealer.send(["", "hello", "1"]);
      expect(text(await rep.receive())).toEqual(["hello", "1"]);
      await rep.send("world");
      expect(text(await dealer.receive())).toEqual(["", "world"]);
    },
  },
  {
    a: "Dealer",
    b: "Router",
    aOptions: { routingId: "dealer-1" },
    async exchange(dealer, router) {
      await dealer.send(["hello", "1"]);
      expect(text(await router.receive())).toEqual(["dealer-1", "hello", "1"]);
      await router.send(["dealer-1", "world"]);
      expect(text(await dealer.receive())).toEqual(["world"]);
    },
  },
  {
    a: "Dealer",
    b: "Dealer",
    async exchange(a, b) {
      await a.send(["ping", "1"]);
      expect(text(await b.receive())).toEqual(["ping", "1"]);
      await b.send(["pong", "2"]);
      expect(text(await a.receive())).toEqual(["pong", "2"]);
    },
  },
  {
    a: "Router",
    b: "Router",
    aOptions: { routingId: "router-a", mandatory: true },
    bOptions: { routingId: "router-b", mandatory: true },
    async exchange(a, b) {
      // Whichever side connected learns the other's id only once the handshake is through: retry EHOSTUNREACH.
      await retry(async () => {
        try {
          await a.send(["router-b", "ping"]);
          return true;
        } catch (error) {
          if ((error as { code?: string }).code !== "EHOSTUNREACH") throw error;
          return undefined;
        }
      });
      expect(text(await b.receive())).toEqual(["router-a", "ping"]);
      await b.send(["router-a", "pong"]);
      expect(text(await a.receive())).toEqual(["router-b", "pong"]);
    },
  },
  {
    a: "Push",
    b: "Pull",
    async exchange(push, pull) {
      for (let i = 0; i < 10; i++) await push.send(["part", `${i}`, Buffer.alloc(i * 100, i)]);
      for (let i = 0; i < 10; i++) {
        const frames = await pull.receive();
        expect(text(frames.slice(0, 2))).toEqual(["part", `${i}`]);
        expect(frames[2]).toEqual(Buffer.alloc(i * 100, i));
      }
    },
  },
  {
    a: "Pair",
    b: "Pair",
    async exchange(a, b) {
      await a.send(["ping", ""]);
      expect(text(await b.receive())).toEqual(["ping", ""]);
      await b.send(Buffer.alloc(70_000, 7));
      expect(await a.receive()).toEqual([Buffer.alloc(70_000, 7)]);
    },
  },
];

const ASSIGNMENTS: Array<{ a: LibraryName; b: LibraryName }> = [
  { a: "purezmq", b: "zeromq.js" },
  { a: "zeromq.js", b: "purezmq" },
];

let previousBlocky: boolean;
beforeAll(() => {
  previousBlocky = zeromqjs.context.blocky;
  zeromqjs.context.blocky = false;
});
afterAll(() => {
  zeromqjs.context.blocky = previousBlocky;
});

const peers = new Peers();
afterEach(() => peers.closeAll());

/** tcp, and ws:// (ZWS 2.0, RFC 45) which the zeromq.js devDependency serves and dials natively. */
const BIND_ADDRESSES = [
  ["tcp", "tcp://127.0.0.1:*"],
  ["ws", "ws://127.0.0.1:*/zmq"],
] as const;

describe.each(BIND_ADDRESSES)("cross-check with zeromq.js over %s", (_transport, bindAddress) => {
  const table = CASES.flatMap((pattern) =>
    ASSIGNMENTS.flatMap((libraries) =>
      (["a", "b"] as const).map((binder) => ({
        name: `${pattern.a}(${libraries.a}) <-> ${pattern.b}(${libraries.b}), ${binder === "a" ? pattern.a : pattern.b} binds`,
        pattern,
        libraries,
        binder,
      })),
    ),
  );

  it.each(table)("$name", async ({ pattern, libraries, binder }) => {
    const a = peers.make(libraries.a, pattern.a, pattern.aOptions);
    const b = peers.make(libraries.b, pattern.b, pattern.bOptions);
    const [bound, connecting] = binder === "a" ? [a, b] : [b, a];
    await bound.bind(bindAddress);
    connecting.connect(bound.lastEndpoint);
    await pattern.exchange(a, b);
  });
});

describe("cross-check with zeromq.js over ipc", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "purezmq-crosscheck-"));
  });

  it.each(ASSIGNMENTS)("Push($a) binds, Pull($b) connects", async (libraries) => {
    const address = `ipc://${join(dir, `${libraries.a}-push.sock`)}`;
    const push = peers.make(libraries.a, "Push");
    const pull = peers.make(libraries.b, "Pull");
    await push.bind(address);
    expect(push.lastEndpoint).toBe(address);
    pull.connect(address);
    await push.send(["over", "ipc"]);
    expect(text(await pull.receive())).toEqual(["over", "ipc"]);
  });
});
