import { afterEach, describe, expect, it } from "vitest";
import * as zmq from "../../src/v5-compat.js";
import { bindAddress } from "../helpers/endpoints.js";

const sockets: zmq.Socket[] = [];
const track = (socket: zmq.Socket): zmq.Socket => {
  sockets.push(socket);
  return socket;
};
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

function nextMessage(socket: zmq.Socket): Promise<string[]> {
  return new Promise((resolve) => socket.once("message", (...frames: Buffer[]) => resolve(frames.map(String))));
}

describe("v5-compat", () => {
  it("exports libzmq's constants and the socket factory under both names", () => {
    expect([zmq.ZMQ_PUB, zmq.ZMQ_SUB, zmq.ZMQ_ROUTER, zmq.ZMQ_SNDMORE, zmq.ZMQ_LINGER]).toEqual([1, 2, 6, 2, 17]);
    expect(zmq.socket).toBe(zmq.createSocket);
    expect(zmq.options.linger).toBe(zmq.ZMQ_LINGER);
    expect(() => new zmq.Context()).toThrow("Context cannot be instantiated in compatibility mode");
    expect(() => zmq.socket("nonsense" as zmq.SocketType)).toThrow("Invalid socket type: nonsense");
  });

  it("push/pull over tcp: bind callback, multipart with ZMQ_SNDMORE, message events", async () => {
    const pull = track(zmq.socket("pull"));
    const push = track(zmq.socket("push"));
    const address = bindAddress("ipc");
    await new Promise<void>((resolve, reject) => pull.bind(address, (error) => (error ? reject(error) : resolve())));
    push.connect(address);
    const received = nextMessage(pull);
    push.send("a", zmq.ZMQ_SNDMORE);
    const sent = new Promise<Error | undefined>((resolve) => push.send(["b", "c"], 0, resolve));
    expect(await sent).toBeUndefined();
    expect(await received).toEqual(["a", "b", "c"]);
  });

  it("req/rep round trip with bindSync, and pause() holds messages until resume()", async () => {
    const rep = track(zmq.socket("rep"));
    const req = track(zmq.socket("req"));
    const address = bindAddress("inproc");
    rep.bindSync(address);
    rep.on("message", (request: Buffer) => rep.send(`re:${request.toString()}`));
    req.connect(address);
    req.pause();
    const held: string[] = [];
    req.on("message", (reply: Buffer) => held.push(reply.toString()));
    req.send("one");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(held).toEqual([]);
    const reply = nextMessage(req);
    req.resume();
    expect(await reply).toEqual(["re:one"]);
  });

  it("pub/sub with a subscription filter", async () => {
    const pub = track(zmq.socket("pub"));
    const sub = track(zmq.socket("sub"));
    const address = bindAddress("inproc");
    pub.bindSync(address);
    sub.subscribe("keep");
    sub.connect(address);
    const received = nextMessage(sub);
    // The subscription reaches the publisher some time after connect(): publish until it has.
    const publish = setInterval(() => {
      pub.send("drop this");
      pub.send("keep this");
    }, 5);
    try {
      expect(await received).toEqual(["keep this"]);
    } finally {
      clearInterval(publish);
    }
  });

  it("options by number, by short name and as properties", () => {
    const socket = track(zmq.socket("dealer", { linger: 30 }));
    expect(socket.getsockopt(zmq.ZMQ_LINGER)).toBe(30);
    expect(socket.setsockopt("backlog", 75)).toBe(socket);
    expect(socket.backlog).toBe(75);
    socket.identity = "me";
    expect(socket.getsockopt(zmq.ZMQ_IDENTITY)).toBe("me");
    expect(socket.getsockopt(zmq.ZMQ_IPV4ONLY)).toBe(true);
    expect(() => socket.getsockopt(9999)).toThrow("Unknown option");
    expect(() => socket.getsockopt(zmq.ZMQ_FD)).toThrow("ZMQ_FD is not supported in compatibility mode");
  });

  it("a failed bind goes to the callback, or to 'error' without one", async () => {
    const first = track(zmq.socket("pair"));
    const address = bindAddress("inproc");
    first.bindSync(address);
    const second = track(zmq.socket("pair"));
    const viaCallback = await new Promise<Error | undefined>((resolve) => second.bind(address, resolve));
    expect((viaCallback as { code?: string }).code).toBe("EADDRINUSE");
    const viaEvent = new Promise<Error>((resolve) => second.once("error", resolve));
    second.bind(address);
    expect(((await viaEvent) as { code?: string }).code).toBe("EADDRINUSE");
  });

  it("monitor() emits v5 event names with (value, address)", async () => {
    const rep = track(zmq.socket("rep"));
    rep.monitor();
    const listening = new Promise<string>((resolve) =>
      rep.once("listen", (_value: unknown, address: string) => resolve(address)),
    );
    rep.bind("tcp://127.0.0.1:0");
    const address = await listening;
    expect(address).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
    const accepted = new Promise<string>((resolve) => rep.once("accept", (_value: unknown, at: string) => resolve(at)));
    const req = track(zmq.socket("req"));
    req.connect(address);
    expect(await accepted).toBe(address);
  });

  it("proxy() forwards router/dealer both ways and captures replies without the envelope", async () => {
    const frontend = track(zmq.socket("router"));
    const backend = track(zmq.socket("dealer"));
    const capture = track(zmq.socket("push"));
    const captured = track(zmq.socket("pull"));
    const [front, back, tap] = [bindAddress("inproc"), bindAddress("inproc"), bindAddress("inproc")];
    frontend.bindSync(front);
    backend.bindSync(back);
    captured.bindSync(tap);
    capture.connect(tap);
    zmq.proxy(frontend, backend, capture);
    const worker = track(zmq.socket("rep"));
    worker.connect(back);
    worker.on("message", (request: Buffer) => worker.send(`done:${request.toString()}`));
    const client = track(zmq.socket("req"));
    client.connect(front);
    const reply = nextMessage(client);
    const tapped = nextMessage(captured);
    client.send("job");
    expect(await reply).toEqual(["done:job"]);
    expect(await tapped).toEqual(["done:job"]);
    expect(() => zmq.proxy(client, worker)).toThrow("This socket type order is not supported in compatibility mode");
  });
});
