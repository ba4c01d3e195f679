import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { hasPython, startPython } from "../../interop/helpers/python.js";
import { Dialer, type DialAttempt, type DialOptions } from "../../src/transports/dialer.js";
import { dialIpc, dialTcp, type NetDialOptions } from "../../src/transports/net-dial.js";
import { parseEndpoint } from "../../src/transports/registry.js";
import { listen, type TransportListener } from "../../src/transports/listener.js";

let dir: string;
const cleanup: Array<() => unknown> = [];
let counter = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "purezmq-dialer-"));
});
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Event =
  | { type: "stream"; stream: Socket; address: string }
  | { type: "delay"; address: string }
  | { type: "retry"; address: string; interval: number };

/** A dialer whose callbacks are recorded and can be awaited one by one, in order. */
/** How the tcp and ipc transports dial `address`. */
function attemptFor(address: string, options: NetDialOptions): DialAttempt<Socket> {
  const endpoint = parseEndpoint(address, "connect");
  if (endpoint.transport === "tcp") return dialTcp(endpoint, options);
  if (endpoint.transport === "ipc") return dialIpc(endpoint.path);
  throw new Error(`not a stream endpoint: ${address}`);
}

function record(address: string, options: DialOptions & NetDialOptions) {
  const events: Event[] = [];
  const waiters: Array<{ type: Event["type"]; resolve: (event: Event) => void }> = [];
  let read = 0;
  const push = (event: Event): void => {
    if (event.type === "stream") cleanup.push(() => event.stream.destroy());
    events.push(event);
    const index = waiters.findIndex((waiter) => waiter.type === event.type);
    if (index >= 0) waiters.splice(index, 1)[0]!.resolve(event);
  };
  const dialer = new Dialer(address, attemptFor(address, options), options, {
    onStream: (stream, at) => push({ type: "stream", stream, address: at }),
    onConnectDelay: (at) => push({ type: "delay", address: at }),
    onConnectRetry: (at, interval) => push({ type: "retry", address: at, interval }),
  });
  cleanup.push(() => dialer.close());
  /** The next event of `type` not consumed yet (events of other types are skipped over). */
  function next<T extends Event["type"]>(type: T): Promise<Extract<Event, { type: T }>> {
    while (read < events.length) {
      const event = events[read++]!;
      if (event.type === type) return Promise.resolve(event as Extract<Event, { type: T }>);
    }
    return new Promise((resolve) =>
      waiters.push({
        type,
        resolve: (event) => {
          read = events.length;
          resolve(event as Extract<Event, { type: T }>);
        },
      }),
    );
  }
  return { dialer, events, next };
}

/** A tcp port nobody listens on (bound once, then released). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function serve(address: string, onStream: (stream: Socket) => void = () => {}): Promise<TransportListener> {
  const listener = await listen(parseEndpoint(address, "bind"), {}, (stream) => {
    cleanup.push(() => stream.destroy());
    onStream(stream);
  });
  cleanup.push(() => listener.close());
  return listener;
}

function ipcPath(): string {
  return join(dir, `d${++counter}.sock`);
}

/** Let `ms` pass: only for asserting that nothing happens (there is no event for an absence). */
function quiet(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe("Dialer", () => {
  it("connects to a tcp listener, reporting connect:delay first, with nodelay set", async () => {
    const listener = await serve("tcp://127.0.0.1:0");
    const { dialer, events, next } = record(listener.endpoint, {});
    dialer.start();
    const { stream, address } = await next("stream");
    expect(address).toBe(listener.endpoint);
    expect(events.map((event) => event.type)).toEqual(["delay", "stream"]);
    expect(stream.readyState).toBe("open");
  });

  it("R-1 connects before the tcp listener exists, retrying until it binds", async () => {
    const port = await freePort();
    const address = `tcp://127.0.0.1:${port}`;
    const { dialer, next } = record(address, { reconnectInterval: 10 });
    dialer.start();
    await next("retry");
    await next("retry");
    await serve(address);
    const { address: connected } = await next("stream");
    expect(connected).toBe(address);
  });

  it("R-1 connects before the ipc listener exists, without connect:delay (libzmq's ipc connect is synchronous)", async () => {
    const path = ipcPath();
    const { dialer, events, next } = record(`ipc://${path}`, { reconnectInterval: 10 });
    dialer.start();
    await next("retry");
    await next("retry");
    await serve(`ipc://${path}`);
    await next("stream");
    expect(events.some((event) => event.type === "delay")).toBe(false);
  });

  it("R-1 backs off 10, 20, 40, 40 while refused, then restarts at 10 after the connection is lost", async () => {
    const port = await freePort();
    const address = `tcp://127.0.0.1:${port}`;
    const { dialer, next } = record(address, { reconnectInterval: 10, reconnectMaxInterval: 40 });
    dialer.start();
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) intervals.push((await next("retry")).interval);
    expect(intervals).toEqual([10, 20, 40, 40]);

    let accepted: Socket | undefined;
    await serve(address, (stream) => (accepted = stream));
    const { stream } = await next("stream");
    // The listener side drops the connection; the owner sees its stream close and asks for a reconnect.
    const closed = new Promise((resolve) => stream.once("close", resolve));
    stream.on("error", () => {});
    stream.resume();
    accepted!.destroy();
    await closed;
    dialer.reconnect();
    expect((await next("retry")).interval).toBe(10);
    await next("stream");
  });

  it("R-1 without a max the jitter comes from the injected random source", async () => {
    const port = await freePort();
    const { dialer, next } = record(`tcp://127.0.0.1:${port}`, { reconnectInterval: 20, random: () => 0.5 });
    dialer.start();
    expect((await next("retry")).interval).toBe(30);
    expect((await next("retry")).interval).toBe(30);
  });

  it("reconnect() while an attempt or a timer is pending does not double up", async () => {
    const port = await freePort();
    const { dialer, events, next } = record(`tcp://127.0.0.1:${port}`, {
      reconnectInterval: 10,
      reconnectMaxInterval: 1000,
    });
    dialer.start();
    dialer.reconnect();
    await next("retry");
    dialer.reconnect();
    dialer.reconnect();
    await next("retry");
    const retries = events
      .filter((event) => event.type === "retry")
      .map((event) => (event as { interval: number }).interval);
    expect(retries).toEqual([10, 20]);
  });

  it("close() stops retrying: no callback after it", async () => {
    const port = await freePort();
    const { dialer, events, next } = record(`tcp://127.0.0.1:${port}`, { reconnectInterval: 5 });
    dialer.start();
    await next("retry");
    dialer.close();
    const seen = events.length;
    await quiet(60);
    expect(events.length).toBe(seen);
    dialer.reconnect();
    dialer.start();
    await quiet(20);
    expect(events.length).toBe(seen);
  });

  it("close() during a pending attempt destroys it: no stream is handed over", async () => {
    let accepted!: () => void;
    const acceptedOnce = new Promise<void>((resolve) => (accepted = resolve));
    const listener = await serve("tcp://127.0.0.1:0", () => accepted());
    const { dialer, events } = record(listener.endpoint, {});
    dialer.start();
    dialer.close();
    // The kernel may still complete the handshake; either way nothing reaches the owner.
    await Promise.race([acceptedOnce, quiet(50)]);
    await quiet(20);
    expect(events.map((event) => event.type)).toEqual(["delay"]);
  });

  it.each([-1, 0])("reconnectInterval %d never retries (as zeromq.js)", async (reconnectInterval) => {
    const path = ipcPath();
    const { dialer, events } = record(`ipc://${path}`, { reconnectInterval });
    dialer.start();
    await quiet(50);
    expect(events).toEqual([]);
    // Nor after a lost connection.
    dialer.reconnect();
    await quiet(20);
    expect(events).toEqual([]);
  });

  it("an empty host never connects but keeps retrying without connect:delay (as libzmq)", async () => {
    const { dialer, events, next } = record("tcp://:5555", { reconnectInterval: 5 });
    dialer.start();
    await next("retry");
    await next("retry");
    expect(events.every((event) => event.type === "retry")).toBe(true);
  });

  it("an unresolvable host name is retried without connect:delay", async () => {
    const { dialer, events, next } = record("tcp://no-such-host.invalid:5555", { reconnectInterval: 5 });
    dialer.start();
    await next("retry");
    await next("retry");
    expect(events.every((event) => event.type === "retry")).toBe(true);
  });

  it("a host name is resolved (IPv4 by default), with connect:delay once resolved", async () => {
    const listener = await serve("tcp://127.0.0.1:0");
    const port = listener.endpoint.slice(listener.endpoint.lastIndexOf(":") + 1);
    const { dialer, events, next } = record(`tcp://localhost:${port}`, {});
    dialer.start();
    const { stream } = await next("stream");
    expect(stream.remoteAddress).toBe("127.0.0.1");
    expect(events.map((event) => event.type)).toEqual(["delay", "stream"]);
  });

  it.runIf(process.platform === "linux")("tcp://source;destination dials from the source address", async () => {
    let accepted!: (remote: string | undefined) => void;
    const remote = new Promise<string | undefined>((resolve) => (accepted = resolve));
    const listener = await serve("tcp://127.0.0.1:0", (stream) => accepted(stream.remoteAddress));
    const destination = listener.endpoint.slice("tcp://".length);
    const { dialer, next } = record(`tcp://127.0.0.2:0;${destination}`, {});
    dialer.start();
    const { stream } = await next("stream");
    expect(stream.localAddress).toBe("127.0.0.2");
    expect(await remote).toBe("127.0.0.2");
  });

  it.runIf(process.platform === "linux" && hasPython([]))(
    "connectTimeout abandons an attempt that does not complete, and retries",
    async () => {
      // A Python listener that never accepts, with a backlog of 0: once one connection waits in its queue, the
      // kernel drops further SYNs and connects hang.
      const script = join(dir, "never_accepts.py");
      writeFileSync(
        script,
        "import socket, sys\ns = socket.socket()\ns.bind(('127.0.0.1', 0))\ns.listen(0)\n" +
          "print(s.getsockname()[1])\nsys.stdin.read()\n",
      );
      const peer = startPython(script);
      cleanup.push(() => peer.kill());
      const port = Number(await peer.nextLine());
      const fillers: Socket[] = [];
      cleanup.push(() =>
        fillers.forEach((socket) => {
          socket.destroy();
        }),
      );
      const attempt = (): Promise<boolean> =>
        new Promise((resolve) => {
          const socket = connect({ host: "127.0.0.1", port });
          fillers.push(socket);
          socket.on("error", () => resolve(false));
          socket.once("connect", () => resolve(true));
          setTimeout(() => resolve(false), 200).unref();
        });
      let hangs = false;
      for (let i = 0; i < 8 && !hangs; i++) hangs = !(await attempt());
      expect(hangs).toBe(true);

      const started = Date.now();
      const { dialer, events, next } = record(`tcp://127.0.0.1:${port}`, { reconnectInterval: 5, connectTimeout: 40 });
      dialer.start();
      await next("retry");
      expect(Date.now() - started).toBeGreaterThanOrEqual(35);
      await next("retry");
      expect(events.some((event) => event.type === "stream")).toBe(false);
      expect(events.filter((event) => event.type === "delay").length).toBeGreaterThanOrEqual(2);
    },
  );
});
