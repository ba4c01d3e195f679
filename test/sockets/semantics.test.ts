import { afterEach, describe, expect, it } from "vitest";
import * as zmq from "../../src/index.js";
import { bindFresh } from "../helpers/endpoints.js";

const sockets: zmq.Socket[] = [];
const track = <S extends zmq.Socket>(s: S): S => {
  sockets.push(s);
  return s;
};
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
});
const text = (frames: Buffer[]): string[] => frames.map((f) => f.toString("latin1"));
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe("XPUB verbosity (S-PUB-6, S-PUB-4)", () => {
  async function setup(verbosity: null | "allSubs" | "allSubsUnsubs") {
    const xpub = track(new zmq.XPublisher());
    xpub.verbosity = verbosity;
    const address = await bindFresh(xpub, "inproc");
    const a = track(new zmq.Subscriber());
    const b = track(new zmq.Subscriber());
    a.connect(address);
    b.connect(address);
    return { xpub, a, b };
  }

  it("default: only the first subscribe and the last unsubscribe of a topic are reported", async () => {
    const { xpub, a, b } = await setup(null);
    a.subscribe("t");
    b.subscribe("t");
    expect(text(await xpub.receive())).toEqual(["\x01t"]);
    a.unsubscribe("t");
    b.unsubscribe("t");
    expect(text(await xpub.receive())).toEqual(["\x00t"]);
    await tick();
    expect(xpub.readable).toBe(false);
  });

  it("allSubs reports every subscribe; allSubsUnsubs every unsubscribe too", async () => {
    const { xpub, a, b } = await setup("allSubsUnsubs");
    a.subscribe("t");
    b.subscribe("t");
    expect(text(await xpub.receive())).toEqual(["\x01t"]);
    expect(text(await xpub.receive())).toEqual(["\x01t"]);
    a.unsubscribe("t");
    expect(text(await xpub.receive())).toEqual(["\x00t"]);
  });

  it("a closing subscriber's last topics are reported as unsubscribed (S-PUB-5)", async () => {
    const { xpub, a } = await setup(null);
    a.subscribe("gone");
    expect(text(await xpub.receive())).toEqual(["\x01gone"]);
    a.close();
    expect(text(await xpub.receive())).toEqual(["\x00gone"]);
  });
});

describe("SUB", () => {
  it("unsubscribe stops delivery; subscribing twice needs two unsubscribes (S-SUB-1)", async () => {
    const pub = track(new zmq.Publisher());
    const sub = track(new zmq.Subscriber());
    sub.connect(await bindFresh(pub, "inproc"));
    sub.subscribe("a", "a");
    await tick();
    sub.unsubscribe("a");
    await tick();
    await pub.send("a1");
    expect(text(await sub.receive())).toEqual(["a1"]);
    sub.unsubscribe("a");
    sub.subscribe("b");
    await tick();
    await pub.send("a2");
    await pub.send("b1");
    expect(text(await sub.receive())).toEqual(["b1"]);
  });

  it("invertMatching delivers what does not match", async () => {
    const pub = track(new zmq.Publisher({ invertMatching: true }));
    const sub = track(new zmq.Subscriber({ invertMatching: true }));
    sub.connect(await bindFresh(pub, "inproc"));
    sub.subscribe("skip");
    await tick();
    await pub.send("skip me");
    await pub.send("keep me");
    expect(text(await sub.receive())).toEqual(["keep me"]);
  });
});

describe("REQ options", () => {
  it("relaxed + correlate: a new request may be sent before the reply, stale replies are dropped", async () => {
    const router = track(new zmq.Router());
    const req = track(new zmq.Request({ relaxed: true, correlate: true }));
    req.connect(await bindFresh(router, "inproc"));
    await req.send("first");
    const first = await router.receive();
    await req.send("second");
    const second = await router.receive();
    expect(text(first).slice(2)).toEqual(["", "first"]);
    await router.send([first[0]!, first[1]!, Buffer.alloc(0), "stale"]);
    await router.send([second[0]!, second[1]!, Buffer.alloc(0), "fresh"]);
    expect(text(await req.receive())).toEqual(["fresh"]);
  });

  it("a reply without the empty delimiter is discarded (S-REQ-4)", async () => {
    const router = track(new zmq.Router());
    const req = track(new zmq.Request());
    req.connect(await bindFresh(router, "inproc"));
    await req.send("q");
    const [id] = await router.receive();
    await router.send([id!, "no delimiter"]);
    await router.send([id!, "", "good"]);
    expect(text(await req.receive())).toEqual(["good"]);
  });
});

describe("ROUTER", () => {
  it("a duplicate identity is ignored by default (S-ROU-3, E-12) and takes over with handover", async () => {
    for (const handover of [false, true]) {
      const router = track(new zmq.Router({ handover }));
      const address = await bindFresh(router, "tcp");
      const first = track(new zmq.Dealer({ routingId: "dup" }));
      first.connect(address);
      await first.send("from first");
      expect(text(await router.receive())).toEqual(["dup", "from first"]);
      const second = track(new zmq.Dealer({ routingId: "dup" }));
      const joined = new Promise<void>((resolve) => router.events.on("handshake", () => resolve()));
      second.connect(address);
      await joined;
      await second.send("from second");
      await first.send("first again");
      const [, body] = await router.receive();
      expect(body!.toString()).toBe(handover ? "from second" : "first again");
    }
  });

  it("connect with a routingId names the peer (ROUTER-ROUTER)", async () => {
    const server = track(new zmq.Router({ routingId: "server" }));
    const address = await bindFresh(server, "tcp");
    const client = track(new zmq.Router({ routingId: "client", mandatory: true }));
    client.connect(address, { routingId: "srv" });
    const handshook = new Promise<void>((resolve) => client.events.on("handshake", () => resolve()));
    await handshook;
    await client.send(["srv", "hello"]);
    expect(text(await server.receive())).toEqual(["client", "hello"]);
  });
});

describe("PAIR", () => {
  it("a second peer is ignored (S-PAIR-1)", async () => {
    const a = track(new zmq.Pair());
    const address = await bindFresh(a, "inproc");
    const b = track(new zmq.Pair());
    const c = track(new zmq.Pair());
    b.connect(address);
    await tick();
    c.connect(address);
    await c.send("from c");
    await b.send("from b");
    expect(text(await a.receive())).toEqual(["from b"]);
    await tick();
    expect(a.readable).toBe(false);
  });
});

describe("Proxy", () => {
  it("forwards both ways between ROUTER and DEALER, and terminate() closes both", async () => {
    const frontend = new zmq.Router();
    const backend = new zmq.Dealer();
    const front = await bindFresh(frontend, "inproc");
    const back = await bindFresh(backend, "inproc");
    const proxy = new zmq.Proxy(frontend, backend);
    const running = proxy.run();
    const worker = track(new zmq.Reply());
    worker.connect(back);
    const client = track(new zmq.Request());
    client.connect(front);
    const serving = (async () => {
      const [msg] = await worker.receive();
      await worker.send(`echo ${msg!.toString()}`);
    })();
    await client.send("hi");
    expect(text(await client.receive())).toEqual(["echo hi"]);
    await serving;
    proxy.terminate();
    await running;
    expect(frontend.closed && backend.closed).toBe(true);
    expect(() => proxy.terminate()).toThrow(expect.objectContaining({ code: "EBADF" }));
  });

  it("run() throws EINVAL synchronously for sockets that are neither bound nor connected", () => {
    const proxy = new zmq.Proxy(track(new zmq.Router()), track(new zmq.Dealer()));
    expect(() => proxy.run()).toThrow(
      expect.objectContaining({ code: "EINVAL", message: "Front-end socket must be bound or connected" }),
    );
    expect(() => new zmq.Proxy(null as never, null as never)).toThrow("Front-end must be a socket object");
  });
});

describe("Stream (raw TCP)", () => {
  it("talks to a plain TCP client: connect notice, data both ways, close by empty frame", async () => {
    const { connect } = await import("node:net");
    const stream = track(new zmq.Stream());
    await stream.bind("tcp://127.0.0.1:*");
    const port = Number(stream.lastEndpoint!.split(":").pop());
    const client = connect({ host: "127.0.0.1", port });
    const [id, notice] = await stream.receive();
    expect(notice!.length).toBe(0);
    client.write("GET / HTTP/1.0\r\n\r\n");
    const [sameId, data] = await stream.receive();
    expect(sameId!.equals(id!)).toBe(true);
    expect(data!.toString()).toBe("GET / HTTP/1.0\r\n\r\n");
    const reply = new Promise<string>((resolve) => {
      let text = "";
      client.on("data", (chunk) => (text += chunk));
      client.on("end", () => resolve(text));
    });
    await stream.send([id!, "HTTP/1.0 200 OK\r\n\r\nhello"]);
    await stream.send([id!, ""]);
    expect(await reply).toBe("HTTP/1.0 200 OK\r\n\r\nhello");
    const [goneId, gone] = await stream.receive();
    expect(goneId!.equals(id!)).toBe(true);
    expect(gone!.length).toBe(0);
    client.destroy();
  });
});
