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

export type Scenario = (s: Sockets) => Promise<Outcome | Outcome[]>;

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
  "ipc address in use (EADDRINUSE)": async (s) => {
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
  "REQ receive before send (EFSM)": async (s) => {
    const req = s.make("Request");
    return outcomeOf(() => req.receive());
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
    // zeromq.js documents that this waits forever; 300 ms unsettled is the observable part.
    return outcomeOf(() => req.send("second"), 300);
  },
  "REP send before receive (EFSM)": async (s) => {
    const rep = s.make("Reply");
    return outcomeOf(() => rep.send("x"));
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
  "send on a socket type that cannot send (ENOTSUP)": async (s) => {
    const pull = s.make("Pull");
    return outcomeOf(() => pull.send("x"));
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
