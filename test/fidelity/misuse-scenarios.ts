import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { outcomeOf, type Outcome } from "./outcome.js";
import type { Lib } from "./zeromqjs.js";

/** Creates sockets of one library and closes them all (linger 0) afterwards. */
export class Sockets {
  private readonly open: Array<{ close(): void; linger: number; closed: boolean }> = [];
  constructor(readonly lib: Lib) {}

  make<K extends string>(kind: K, options: Record<string, unknown> = {}): Lib {
    const socket = new this.lib[kind]({ linger: 0, ...options });
    this.open.push(socket);
    return socket;
  }

  closeAll(): void {
    for (const socket of this.open.splice(0)) if (!socket.closed) socket.close();
  }
}

/** Bind on a free loopback port and return the endpoint peers connect to. */
async function bindTcp(socket: Lib): Promise<string> {
  await socket.bind("tcp://127.0.0.1:*");
  return socket.lastEndpoint as string;
}

/** A REQ connected to a REP that has received (and answered) nothing yet, after one request went out. */
async function reqAfterOneSend(s: Sockets, reqOptions: Record<string, unknown>): Promise<Lib> {
  const rep = s.make("Reply");
  const req = s.make("Request", reqOptions);
  req.connect(await bindTcp(rep));
  await req.send("first");
  await rep.receive();
  return req;
}

let ipcDir: string | undefined;
function ipcPath(name: string): string {
  ipcDir ??= mkdtempSync(join(tmpdir(), "purezmq-fidelity-"));
  return join(ipcDir, name);
}

/** How long an operation that is documented to wait must stay unsettled. */
const WAITS_MS = 300;

/** A receive's outcome and, once resolved, its frames as text. */
async function received(promise: Promise<unknown>, pendingMs?: number): Promise<[Outcome, string]> {
  let text = "";
  const outcome = await outcomeOf(
    () =>
      promise.then((frames) => {
        text = (frames as Buffer[]).map(String).join(",");
      }),
    pendingMs,
  );
  return [outcome, text];
}

/** A REQ connected to a REP (nothing sent yet). */
async function reqRep(s: Sockets, reqOptions: Record<string, unknown> = {}): Promise<{ req: Lib; rep: Lib }> {
  const rep = s.make("Reply");
  const req = s.make("Request", reqOptions);
  req.connect(await bindTcp(rep));
  return { req, rep };
}

/** Start an operation that is expected to wait; its rejection is observed later, never unhandled. */
function started<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

export type Scenario = (s: Sockets) => Promise<unknown>;

/**
 * Documented misuses of the API (ZEROMQ_JS_V6_API.md §"errors"). Each one is run against zeromq.js and purezmq and
 * the observable outcomes (sync throw vs rejection, error class, code, message) must be identical.
 */
export const MISUSE: Record<string, Scenario> = {
  "send on a closed socket (EBADF)": async (s) => {
    const push = s.make("Push");
    push.close();
    return outcomeOf(() => push.send("x"));
  },
  "receive on a closed socket (EBADF)": async (s) => {
    const pull = s.make("Pull");
    pull.close();
    return outcomeOf(() => pull.receive());
  },
  "bind / connect / subscribe on a closed socket (EBADF)": async (s) => {
    const sub = s.make("Subscriber");
    sub.close();
    return [
      await outcomeOf(() => sub.bind("tcp://127.0.0.1:*")),
      await outcomeOf(() => sub.connect("tcp://127.0.0.1:1")),
      await outcomeOf(() => sub.subscribe("a")),
    ];
  },
  "set an option on a closed socket": async (s) => {
    const pair = s.make("Pair");
    pair.close();
    return outcomeOf(() => {
      pair.sendHighWaterMark = 5;
    });
  },
  "concurrent receive (EBUSY)": async (s) => {
    const pull = s.make("Pull");
    const first = pull.receive();
    first.catch(() => {});
    const second = await outcomeOf(() => pull.receive());
    pull.close();
    return [second, await outcomeOf(() => first)];
  },
  "concurrent send (EBUSY)": async (s) => {
    const push = s.make("Push");
    const first = push.send("a");
    first.catch(() => {});
    const second = await outcomeOf(() => push.send("b"));
    push.close();
    return [second, await outcomeOf(() => first)];
  },
  "bind to a malformed tcp address (EINVAL)": async (s) => {
    const pair = s.make("Pair");
    return [
      await outcomeOf(() => pair.bind("tcp://")),
      await outcomeOf(() => pair.bind("tcp://127.0.0.1")),
      await outcomeOf(() => pair.bind("tcp://127.0.0.1:notaport")),
      await outcomeOf(() => pair.bind("no-scheme")),
    ];
  },
  "connect to a malformed tcp address (EINVAL)": async (s) => {
    const pair = s.make("Pair");
    return [await outcomeOf(() => pair.connect("tcp://127.0.0.1")), await outcomeOf(() => pair.connect("no-scheme"))];
  },
  "unknown protocol (EPROTONOSUPPORT)": async (s) => {
    const pair = s.make("Pair");
    return [
      await outcomeOf(() => pair.bind("bogus://127.0.0.1:5555")),
      await outcomeOf(() => pair.connect("bogus://127.0.0.1:5555")),
    ];
  },
  "tcp address in use (EADDRINUSE)": async (s) => {
    const endpoint = await bindTcp(s.make("Pair"));
    return outcomeOf(() => s.make("Pair").bind(endpoint));
  },
  "ipc address in use: the new bind takes the path over": async (s) => {
    const address = `ipc://${ipcPath(`inuse-${Math.random().toString(36).slice(2)}`)}`;
    await s.make("Pair").bind(address);
    return outcomeOf(() => s.make("Pair").bind(address));
  },
  "unbind / disconnect an unknown endpoint (ENOENT)": async (s) => {
    const pair = s.make("Pair");
    return [
      await outcomeOf(() => pair.unbind("tcp://127.0.0.1:1")),
      await outcomeOf(() => pair.disconnect("tcp://127.0.0.1:1")),
    ];
  },
  // zeromq.js calls libzmq only once the socket polls ready: an operation out of turn waits for its turn and fails
  // with libzmq's error (EFSM, ENOTSUP) only when tried without waiting: timeout 0, at the timeout, on close.
  "REQ receive before send (waits)": async (s) => {
    const req = s.make("Request");
    return outcomeOf(() => req.receive(), WAITS_MS);
  },
  "REQ receive before send, receiveTimeout 0 / 50 (EFSM)": async (s) => [
    await outcomeOf(() => s.make("Request", { receiveTimeout: 0 }).receive()),
    await outcomeOf(() => s.make("Request", { receiveTimeout: 50 }).receive()),
  ],
  "REQ receive before send, then close (EFSM)": async (s) => {
    const req = s.make("Request");
    const pending = started(req.receive());
    const before = await outcomeOf(() => pending, 50);
    req.close();
    return [before, await outcomeOf(() => pending)];
  },
  "REQ receive waiting before send gets the reply": async (s) => {
    const { req, rep } = await reqRep(s);
    const reply = started(req.receive());
    await req.send("question");
    const [request] = await rep.receive();
    await rep.send(`answer to ${request}`);
    return received(reply);
  },
  "REQ send twice, sendTimeout 0": async (s) => {
    const req = await reqAfterOneSend(s, { sendTimeout: 0 });
    return outcomeOf(() => req.send("second"));
  },
  "REQ send twice, sendTimeout 50": async (s) => {
    const req = await reqAfterOneSend(s, { sendTimeout: 50 });
    return outcomeOf(() => req.send("second"));
  },
  "REQ send twice, no sendTimeout (waits)": async (s) => {
    const req = await reqAfterOneSend(s, {});
    return outcomeOf(() => req.send("second"), WAITS_MS);
  },
  "REQ send twice: the second goes out once the reply is in": async (s) => {
    const { req, rep } = await reqRep(s);
    await req.send("first");
    await rep.receive();
    const second = started(req.send("second"));
    const before = await outcomeOf(() => second, 50);
    await rep.send("reply");
    const reply = await received(req.receive());
    return [before, reply, await outcomeOf(() => second), await received(rep.receive())];
  },
  "REQ send twice, then close (EFSM)": async (s) => {
    const req = await reqAfterOneSend(s, {});
    const second = started(req.send("second"));
    await outcomeOf(() => second, 50);
    req.close();
    return outcomeOf(() => second);
  },
  "REP send before receive (waits)": async (s) => {
    const rep = s.make("Reply");
    return outcomeOf(() => rep.send("x"), WAITS_MS);
  },
  "REP send before receive, sendTimeout 0 / 50, or closed (EFSM)": async (s) => {
    const rep = s.make("Reply");
    const pending = started(rep.send("x"));
    await outcomeOf(() => pending, 50);
    rep.close();
    return [
      await outcomeOf(() => s.make("Reply", { sendTimeout: 0 }).send("x")),
      await outcomeOf(() => s.make("Reply", { sendTimeout: 50 }).send("x")),
      await outcomeOf(() => pending),
    ];
  },
  "REP send waiting before receive goes out once a request is in": async (s) => {
    const { req, rep } = await reqRep(s);
    const early = started(rep.send("early reply"));
    await req.send("question");
    const before = await outcomeOf(() => early, 50);
    return [before, await received(rep.receive()), await outcomeOf(() => early), await received(req.receive())];
  },
  "REP receive twice waits for the reply to go out, then for the next request": async (s) => {
    const { req, rep } = await reqRep(s, {});
    await req.send("one");
    await rep.receive();
    const next = started(rep.receive());
    const outcomes: unknown[] = [await outcomeOf(() => next, 50)];
    await rep.send("reply one");
    outcomes.push(await outcomeOf(() => next, 50));
    await req.receive();
    await req.send("two");
    outcomes.push(await received(next));
    return outcomes;
  },
  "REP receive twice, receiveTimeout 50, or closed (EFSM)": async (s) => {
    const { req, rep } = await reqRep(s, {});
    await req.send("one");
    await rep.receive();
    rep.receiveTimeout = 50;
    const timedOut = await outcomeOf(() => rep.receive());
    rep.receiveTimeout = -1;
    const pending = started(rep.receive());
    await outcomeOf(() => pending, 50);
    rep.close();
    return [timedOut, await outcomeOf(() => pending)];
  },
  "receive timeout (EAGAIN)": async (s) => {
    const pull = s.make("Pull", { receiveTimeout: 20 });
    return outcomeOf(() => pull.receive());
  },
  "send timeout without peers (EAGAIN)": async (s) => {
    const push = s.make("Push", { sendTimeout: 20 });
    return outcomeOf(() => push.send("x"));
  },
  "send with sendTimeout 0 without peers (EAGAIN)": async (s) => {
    const dealer = s.make("Dealer", { sendTimeout: 0 });
    return outcomeOf(() => dealer.send("x"));
  },
  "pending receive rejected by close": async (s) => {
    const pull = s.make("Pull");
    const pending = pull.receive();
    pull.close();
    return outcomeOf(() => pending);
  },
  "ROUTER mandatory, unknown peer (EHOSTUNREACH)": async (s) => {
    const router = s.make("Router", { mandatory: true });
    const withTimeout = s.make("Router", { mandatory: true, sendTimeout: 0 });
    return [
      await outcomeOf(() => router.send(["nobody", "x"])),
      await outcomeOf(() => withTimeout.send(["nobody", "x"])),
    ];
  },
  "ROUTER without mandatory drops unknown peer": async (s) => {
    const router = s.make("Router");
    return outcomeOf(() => router.send(["nobody", "x"]));
  },
  "send on a socket type that cannot send (waits; ENOTSUP on close)": async (s) => {
    const sockets = [s.make("Pull"), s.make("Subscriber")];
    const sends = sockets.map((socket) => started(socket.send("x")));
    const before = await Promise.all(sends.map((send) => outcomeOf(() => send, WAITS_MS)));
    for (const socket of sockets) socket.close();
    return [before, await Promise.all(sends.map((send) => outcomeOf(() => send)))];
  },
  "receive on a socket type that cannot receive (waits; ENOTSUP on close)": async (s) => {
    const sockets = [s.make("Push"), s.make("Publisher")];
    const receives = sockets.map((socket) => started(socket.receive()));
    const before = await Promise.all(receives.map((receive) => outcomeOf(() => receive, WAITS_MS)));
    for (const socket of sockets) socket.close();
    return [before, await Promise.all(receives.map((receive) => outcomeOf(() => receive)))];
  },
  "join / leave on a socket that is not a DISH (ENOTSUP)": async (s) => {
    const pair = s.make("Pair");
    const closed = s.make("Dealer");
    closed.close();
    return [
      await outcomeOf(() => pair.join("group")),
      await outcomeOf(() => pair.leave(Buffer.from("group"))),
      await outcomeOf(() => pair.join()),
      await outcomeOf(() => pair.join(5)),
      await outcomeOf(() => closed.join("group")),
      await outcomeOf(() => closed.leave()),
    ];
  },
  "unknown option in the constructor (TypeError)": async (s) => outcomeOf(() => s.make("Pair", { notAnOption: 1 })),
  "unknown option assigned (TypeError)": async (s) => {
    const pair = s.make("Pair");
    return outcomeOf(() => {
      pair.notAnOption = 1;
    });
  },
  "option of another socket type (TypeError)": async (s) => outcomeOf(() => s.make("Pull", { routingId: "x" })),
  "readonly option assigned (TypeError)": async (s) => {
    const pair = s.make("Pair");
    return [
      await outcomeOf(() => {
        pair.type = 1;
      }),
      await outcomeOf(() => {
        pair.lastEndpoint = "tcp://127.0.0.1:1";
      }),
      await outcomeOf(() => {
        pair.closed = true;
      }),
    ];
  },
  "readonly option in the constructor (TypeError)": async (s) => outcomeOf(() => s.make("Pair", { threadSafe: true })),
  "wrongly typed option values (TypeError)": async (s) => {
    const router = s.make("Router");
    const assign = (name: string, value: unknown) =>
      outcomeOf(() => {
        router[name] = value;
      });
    return [
      await assign("linger", "100"),
      await assign("linger", true),
      await assign("immediate", 1),
      await assign("routingId", 5),
      await assign("plainUsername", 5),
      await assign("mandatory", "yes"),
      await assign("sendHighWaterMark", null),
    ];
  },
  "XPublisher verbosity with a bad value (TypeError)": async (s) => {
    const xpub = s.make("XPublisher");
    return outcomeOf(() => {
      xpub.verbosity = "loud";
    });
  },
  "Router connect with a bad routingId type (TypeError)": async (s) => {
    const router = s.make("Router");
    return outcomeOf(() => router.connect("tcp://127.0.0.1:1", { routingId: 5 }));
  },
  "subscribe with a bad prefix type (TypeError)": async (s) => {
    const sub = s.make("Subscriber");
    return outcomeOf(() => sub.subscribe(5));
  },
  "Proxy.run on unbound sockets": async (s) => {
    const proxy = new s.lib.Proxy(s.make("Router"), s.make("Dealer"));
    const frontOnly = s.make("Router");
    await bindTcp(frontOnly);
    const proxyBack = new s.lib.Proxy(frontOnly, s.make("Dealer"));
    return [await outcomeOf(() => proxy.run()), await outcomeOf(() => proxyBack.run())];
  },
  "Proxy control before run": async (s) => {
    const proxy = new s.lib.Proxy(s.make("Router"), s.make("Dealer"));
    return [
      await outcomeOf(() => proxy.pause()),
      await outcomeOf(() => proxy.resume()),
      await outcomeOf(() => proxy.terminate()),
    ];
  },
  "Proxy with a non-socket (TypeError)": async (s) => outcomeOf(() => new s.lib.Proxy({}, s.make("Dealer"))),
  "Observer receive after emitter mode": async (s) => {
    const pair = s.make("Pair");
    pair.events.on("bind", () => {});
    return outcomeOf(() => pair.events.receive());
  },
  "Observer of a non-socket (TypeError)": async (s) => outcomeOf(() => new s.lib.Observer({})),
  "Socket constructor options of the wrong type (TypeError)": async (s) => outcomeOf(() => new s.lib.Pair("linger")),
  "Context with an unknown option (TypeError)": async (s) => outcomeOf(() => new s.lib.Context({ bogus: 1 })),
  "Context option of the wrong type (TypeError)": async (s) => outcomeOf(() => new s.lib.Context({ ioThreads: "4" })),
  "Context readonly option (TypeError)": async (s) =>
    outcomeOf(() => {
      new s.lib.Context().maxSocketsLimit = 5;
    }),
};
