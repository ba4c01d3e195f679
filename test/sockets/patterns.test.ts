import { afterEach, describe, expect, it, vi } from "vitest";
import * as zmq from "../../src/index.js";
import { bindFresh, TRANSPORTS, type TransportName } from "../helpers/endpoints.js";

const sockets: zmq.Socket[] = [];
function track<S extends zmq.Socket>(socket: S): S {
  sockets.push(socket);
  return socket;
}
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

const text = (frames: Buffer[]): string[] => frames.map((f) => f.toString());

/** True when none of the promises has settled once pending I/O and timers of this turn have run. */
async function stillPending(...promises: Promise<unknown>[]): Promise<boolean> {
  let settled = false;
  for (const promise of promises) {
    promise.then(
      () => (settled = true),
      () => (settled = true),
    );
  }
  await new Promise((resolve) => setImmediate(resolve));
  return !settled;
}

/** Slow joiner (E-10): publish until the subscriber has seen one message, then return it. */
async function firstDelivery(pub: zmq.Publisher, sub: zmq.Subscriber, message: string[]): Promise<Buffer[]> {
  const received = sub.receive();
  let done = false;
  void received.then(
    () => (done = true),
    () => (done = true),
  );
  while (!done) {
    await pub.send(message);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return received;
}

describe.each(TRANSPORTS)("patterns over %s", (transport: TransportName) => {
  it("PUSH/PULL delivers multipart messages in order (S-PP-1, F-6)", async () => {
    const pull = track(new zmq.Pull());
    const push = track(new zmq.Push());
    push.connect(await bindFresh(pull, transport));
    for (let i = 0; i < 100; i++) await push.send([`part-${i}`, "", Buffer.alloc(300, i)]);
    for (let i = 0; i < 100; i++) {
      const [a, b, c] = await pull.receive();
      expect(a!.toString()).toBe(`part-${i}`);
      expect(b!.length).toBe(0);
      expect(c!.equals(Buffer.alloc(300, i))).toBe(true);
    }
  });

  it("PUSH round-robins across pullers (S-0e)", async () => {
    const push = track(new zmq.Push());
    const address = await bindFresh(push, transport);
    const pulls = [track(new zmq.Pull()), track(new zmq.Pull())];
    const handshakes = pulls.map(
      (pull) => new Promise<void>((resolve) => pull.events.on("handshake", () => resolve())),
    );
    // both ends of both links: over ws the binding side completes half a round trip after the connecting side
    let pushReady = 0;
    handshakes.push(new Promise<void>((resolve) => push.events.on("handshake", () => ++pushReady === 2 && resolve())));
    for (const pull of pulls) pull.connect(address);
    if (transport !== "inproc") await Promise.all(handshakes);
    else await new Promise((resolve) => setImmediate(resolve));
    for (let i = 0; i < 4; i++) await push.send(String(i));
    const got = [
      await pulls[0]!.receive(),
      await pulls[0]!.receive(),
      await pulls[1]!.receive(),
      await pulls[1]!.receive(),
    ];
    expect(got.map((m) => m[0]!.toString()).sort()).toEqual(["0", "1", "2", "3"]);
  });

  it("PUB/SUB filters on the prefix of the first frame (S-PUB-1, S-SUB-3)", async () => {
    const pub = track(new zmq.Publisher());
    const sub = track(new zmq.Subscriber());
    sub.subscribe("10001");
    sub.connect(await bindFresh(pub, transport));
    const first = await firstDelivery(pub, sub, ["10001 5"]);
    expect(text(first)).toEqual(["10001 5"]);
    await pub.send("10002 7");
    await pub.send(["10001", "payload"]);
    await pub.send("9999 1");
    await pub.send("10001 end");
    const seen: string[][] = [];
    for (;;) {
      const message = text(await sub.receive());
      if (message[0] === "10001 5") continue;
      seen.push(message);
      if (message[0] === "10001 end") break;
    }
    expect(seen).toEqual([["10001", "payload"], ["10001 end"]]);
  });

  it("REQ/REP run in lockstep with envelopes (S-REQ-1, S-REP-1)", async () => {
    const rep = track(new zmq.Reply());
    const req = track(new zmq.Request());
    req.connect(await bindFresh(rep, transport));
    const server = (async () => {
      for (let i = 0; i < 20; i++) {
        const [msg] = await rep.receive();
        await rep.send(`re:${msg!.toString()}`);
      }
    })();
    for (let i = 0; i < 20; i++) {
      await req.send(`q${i}`);
      expect(text(await req.receive())).toEqual([`re:q${i}`]);
    }
    await server;
  });

  it("DEALER/ROUTER: routing ids from Identity and generated ones (S-ROU-1, S-ROU-2)", async () => {
    const router = track(new zmq.Router());
    const address = await bindFresh(router, transport);
    const named = track(new zmq.Dealer({ routingId: "alice" }));
    const anonymous = track(new zmq.Dealer());
    named.connect(address);
    anonymous.connect(address);
    await named.send(["hi", "from alice"]);
    await anonymous.send("anon");
    const ids = new Map<string, Buffer>();
    for (let i = 0; i < 2; i++) {
      const [id, ...rest] = await router.receive();
      ids.set(rest[0]!.toString(), id!);
    }
    expect(ids.get("hi")!.toString()).toBe("alice");
    const generated = ids.get("anon")!;
    expect(generated.length).toBe(5);
    expect(generated[0]).toBe(0);
    await router.send([generated, "back to you"]);
    await router.send(["alice", "and you"]);
    expect(text(await anonymous.receive())).toEqual(["back to you"]);
    expect(text(await named.receive())).toEqual(["and you"]);
  });

  it("PAIR talks both ways", async () => {
    const a = track(new zmq.Pair());
    const b = track(new zmq.Pair());
    b.connect(await bindFresh(a, transport));
    await b.send("ping");
    expect(text(await a.receive())).toEqual(["ping"]);
    await a.send(["pong", "2"]);
    expect(text(await b.receive())).toEqual(["pong", "2"]);
  });

  it("XPUB sees subscriptions as 01/00 messages; XSUB subscribes by sending them (S-PUB-6, S-SUB-4)", async () => {
    const xpub = track(new zmq.XPublisher());
    const xsub = track(new zmq.XSubscriber());
    xsub.connect(await bindFresh(xpub, transport));
    await xsub.send(Buffer.from("\x01topic"));
    expect((await xpub.receive())[0]!.toString("latin1")).toBe("\x01topic");
    await xpub.send(["topic.a", "data"]);
    await xpub.send(["other", "data"]);
    await xpub.send(["topic.b", "data"]);
    expect(text(await xsub.receive())).toEqual(["topic.a", "data"]);
    expect(text(await xsub.receive())).toEqual(["topic.b", "data"]);
    await xsub.send(Buffer.from("\x00topic"));
    expect((await xpub.receive())[0]!.toString("latin1")).toBe("\x00topic");
  });
});

describe("misuse errors", () => {
  it("REQ and REP operations out of turn wait for their turn, as with zeromq.js (S-REQ-2, S-REP-4)", async () => {
    const rep = track(new zmq.Reply());
    const req = track(new zmq.Request());
    await rep.bind("inproc://out-of-turn");
    req.connect("inproc://out-of-turn");
    const earlyReceive = req.receive();
    const earlyReply = rep.send("early reply");
    expect(await stillPending(earlyReceive, earlyReply)).toBe(true);
    await req.send("question");
    expect(text(await rep.receive())).toEqual(["question"]);
    await earlyReply;
    expect(text(await earlyReceive)).toEqual(["early reply"]);

    await req.send("one");
    const secondRequest = req.send("two");
    const secondReceive = rep.receive();
    expect(await stillPending(secondRequest)).toBe(true);
    expect(text(await secondReceive)).toEqual(["one"]);
    const thirdReceive = rep.receive();
    expect(await stillPending(secondRequest, thirdReceive)).toBe(true);
    await rep.send("reply one");
    expect(text(await req.receive())).toEqual(["reply one"]);
    await secondRequest;
    expect(text(await thirdReceive)).toEqual(["two"]);
  });

  it("out of turn with timeout 0, at the timeout, or on close: EFSM", async () => {
    await expect(track(new zmq.Request({ receiveTimeout: 0 })).receive()).rejects.toMatchObject({ code: "EFSM" });
    await expect(track(new zmq.Reply({ sendTimeout: 0 })).send("x")).rejects.toMatchObject({ code: "EFSM" });
    const closed = track(new zmq.Request());
    const pending = closed.receive();
    closed.close();
    await expect(pending).rejects.toMatchObject({ code: "EFSM" });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const timedOut = expect(track(new zmq.Reply({ sendTimeout: 50 })).send("x")).rejects.toMatchObject({
        code: "EFSM",
      });
      await vi.advanceTimersByTimeAsync(50);
      await timedOut;
    } finally {
      vi.useRealTimers();
    }
  });

  it("PULL send and PUSH receive wait (the socket never polls ready), and reject ENOTSUP on close", async () => {
    const pull = track(new zmq.Pull()) as unknown as zmq.Push;
    const push = track(new zmq.Push()) as unknown as zmq.Pull;
    const send = pull.send("x");
    const receive = push.receive();
    expect(await stillPending(send, receive)).toBe(true);
    pull.close();
    push.close();
    await expect(send).rejects.toMatchObject({ code: "ENOTSUP" });
    await expect(receive).rejects.toMatchObject({ code: "ENOTSUP" });
  });

  it("join and leave exist on every socket and throw ENOTSUP unless it is a DISH", () => {
    const pair = track(new zmq.Pair()) as unknown as { join(...groups: string[]): void; leave(group: string): void };
    expect(() => pair.join("group")).toThrow(expect.objectContaining({ code: "ENOTSUP" }));
    expect(() => pair.leave("group")).toThrow(expect.objectContaining({ code: "ENOTSUP" }));
    expect(pair.join()).toBeUndefined();
  });

  it("a second concurrent receive throws EBUSY synchronously", () => {
    const pull = track(new zmq.Pull());
    void pull.receive().catch(() => {});
    expect(() => pull.receive()).toThrow(expect.objectContaining({ code: "EBUSY" }));
  });

  it("close rejects pending operations with EAGAIN and later calls throw EBADF", async () => {
    const pull = track(new zmq.Pull());
    const pending = pull.receive();
    pull.close();
    pull.close();
    await expect(pending).rejects.toMatchObject({ code: "EAGAIN", message: "Operation was not possible or timed out" });
    expect(() => pull.receive()).toThrow(expect.objectContaining({ code: "EBADF", message: "Socket is closed" }));
    expect(pull.closed).toBe(true);
  });

  it("PUSH with no peer times out with EAGAIN after sendTimeout (S-PP-1)", async () => {
    const push = track(new zmq.Push({ sendTimeout: 20 }));
    await push.bind("inproc://no-peer-here");
    await expect(push.send("x")).rejects.toMatchObject({ code: "EAGAIN" });
  });

  it("receiveTimeout rejects EAGAIN", async () => {
    const pull = track(new zmq.Pull({ receiveTimeout: 10 }));
    await expect(pull.receive()).rejects.toMatchObject({ code: "EAGAIN" });
  });

  it("unknown and read-only options throw TypeError", () => {
    expect(() => new zmq.Push({ bogus: 1 } as never)).toThrow(TypeError);
    expect(() => new zmq.Push({ type: 3 } as never)).toThrow(TypeError);
    expect(() => new zmq.Push({ linger: "x" } as never)).toThrow("Option value must be a number");
  });

  it("ROUTER mandatory rejects unknown ids with EHOSTUNREACH; with no peer at all it waits for one", async () => {
    const router = track(new zmq.Router({ mandatory: true, sendTimeout: 0 }));
    await expect(router.send(["nobody", "x"])).rejects.toMatchObject({ code: "EHOSTUNREACH" });
    router.sendTimeout = -1;
    await router.bind("inproc://mandatory-wait");
    const sent = router.send(["late", "hello"]);
    const dealer = track(new zmq.Dealer({ routingId: "late" }));
    dealer.connect("inproc://mandatory-wait");
    await sent;
    expect((await dealer.receive())[0]!.toString()).toBe("hello");
    await expect(router.send(["nobody", "x"])).rejects.toMatchObject({ code: "EHOSTUNREACH" });
  });

  it("bad endpoints: EINVAL and EPROTONOSUPPORT with address", async () => {
    const push = track(new zmq.Push());
    await expect(push.bind("tcp://")).rejects.toMatchObject({ code: "EINVAL" });
    await expect(push.bind("foo://bar")).rejects.toMatchObject({ code: "EPROTONOSUPPORT", address: "foo://bar" });
    expect(() => push.connect("foo://bar")).toThrow(expect.objectContaining({ code: "EPROTONOSUPPORT" }));
  });

  it("PLAIN without a ZAP handler refuses every client (EFAULT, as libzmq) instead of running unauthenticated", async () => {
    const server = track(new zmq.Pull({ plainServer: true }));
    expect(server.securityMechanism).toBe("plain");
    const refused = new Promise<zmq.EventOfType<"handshake:error:other">>((resolve) =>
      server.events.on("handshake:error:other", resolve),
    );
    await server.bind("tcp://127.0.0.1:*");
    const client = track(new zmq.Push({ plainUsername: "admin", plainPassword: "secret" }));
    client.connect(server.lastEndpoint!);
    const event = await refused;
    expect(event.error).toMatchObject({ code: "EFAULT", errno: 14, message: "Context is closed" });
    server.receiveTimeout = 200;
    await client.send("never");
    await expect(server.receive()).rejects.toMatchObject({ code: "EAGAIN" });
  });

  it("for await ends when the socket closes", async () => {
    const pull = track(new zmq.Pull());
    const push = track(new zmq.Push());
    await pull.bind("inproc://for-await");
    push.connect("inproc://for-await");
    await push.send("one");
    const seen: string[] = [];
    for await (const [msg] of pull) {
      seen.push(msg!.toString());
      pull.close();
    }
    expect(seen).toEqual(["one"]);
  });
});
