import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";
import { OPTION_EXTENSIONS } from "../../test/fidelity/allowed-differences.js";
import * as ours from "../../src/draft.js";

/**
 * purezmq's draft sockets against zeromq.js's native ones (the devDependency `zeromq` 6.8, built with draft), in
 * both directions, with purezmq binding and connecting.
 */
const native = createRequire(import.meta.url)("zeromq/draft") as typeof ours;

type Draft = typeof ours;
const sides: Array<[string, Draft, Draft]> = [
  ["purezmq binds, zeromq.js connects", ours, native],
  ["zeromq.js binds, purezmq connects", native, ours],
];

const open: Array<{ close(): void }> = [];
function track<T extends { close(): void }>(socket: T): T {
  open.push(socket);
  return socket;
}
afterEach(() => {
  for (const socket of open.splice(0)) socket.close();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Keep sending until the dish delivers (a JOIN, or udp, gives no event to wait for), then drain the probes. */
async function untilDelivered(dish: ours.Dish, send: () => Promise<void>): Promise<void> {
  const receiving = dish.receive();
  let done = false;
  void receiving.finally(() => (done = true));
  while (!done) {
    await send();
    await pause(5);
  }
  await receiving;
  dish.receiveTimeout = 100;
  try {
    for (;;) await dish.receive();
  } catch {
    dish.receiveTimeout = 3000;
  }
}

async function receiveAll(dish: ours.Dish, count: number): Promise<string[]> {
  const got: string[] = [];
  for (let i = 0; i < count; i++) {
    const [body, { group }] = await dish.receive();
    got.push(`${group.toString()}:${body.toString()}`);
  }
  return got;
}

async function tcpAddress(socket: {
  bind(a: string): Promise<void>;
  readonly lastEndpoint: string | null;
}): Promise<string> {
  await socket.bind("tcp://127.0.0.1:0");
  return socket.lastEndpoint!;
}

describe.each(sides)("SERVER/CLIENT over tcp: %s", (_name, binder, connecter) => {
  it("the server answers each client through its routing id", async () => {
    const server = track(new binder.Server()) as ours.Server;
    const address = await tcpAddress(server);
    const a = track(new connecter.Client()) as ours.Client;
    const b = track(new connecter.Client()) as ours.Client;
    a.connect(address);
    b.connect(address);
    await a.send("a1");
    await b.send("b1");
    await a.send("a2");
    const ids: Record<string, number> = {};
    for (let i = 0; i < 3; i++) {
      const [body, { routingId }] = await server.receive();
      expect(routingId).toBeGreaterThan(0);
      ids[body.toString()] = routingId;
    }
    expect(ids.a1).toBe(ids.a2);
    expect(ids.a1).not.toBe(ids.b1);
    await server.send("for b", { routingId: ids.b1! });
    await server.send("for a", { routingId: ids.a1! });
    expect((await a.receive())[0].toString()).toBe("for a");
    expect((await b.receive())[0].toString()).toBe("for b");
    await expect(server.send("nobody", { routingId: ids.a1! ^ ids.b1! || 7 })).rejects.toMatchObject({
      code: "EHOSTUNREACH",
    });
  });

  it("reverse roles: the server side connects", async () => {
    const client = track(new binder.Client()) as ours.Client;
    const address = await tcpAddress(client);
    const server = track(new connecter.Server()) as ours.Server;
    server.connect(address);
    await client.send("hello");
    const [body, { routingId }] = await server.receive();
    expect(body.toString()).toBe("hello");
    await server.send("world", { routingId });
    expect((await client.receive())[0].toString()).toBe("world");
  });
});

/** Radio and dish from each implementation, each of them binding. */
const radioDish: Array<[string, Draft, Draft, "radio" | "dish"]> = [
  ["purezmq RADIO binds, zeromq.js DISH connects", ours, native, "radio"],
  ["purezmq DISH binds, zeromq.js RADIO connects", native, ours, "dish"],
  ["zeromq.js RADIO binds, purezmq DISH connects", native, ours, "radio"],
  ["zeromq.js DISH binds, purezmq RADIO connects", ours, native, "dish"],
];

describe.each(radioDish)("RADIO/DISH over tcp: %s", (_name, radioImpl, dishImpl, binds) => {
  it("filters by exact group on the radio side, follows joins and leaves", async () => {
    const radio = track(new radioImpl.Radio()) as ours.Radio;
    const dish = track(new dishImpl.Dish()) as ours.Dish;
    dish.join("sport", "news");
    if (binds === "radio") dish.connect(await tcpAddress(radio));
    else radio.connect(await tcpAddress(dish));
    await untilDelivered(dish, () => radio.send("probe", { group: "news" }));

    for (const [group, body] of [
      ["news", "n1"],
      ["weather", "w1"],
      ["spor", "prefix"],
      ["sport", "s1"],
    ]) {
      await radio.send(body!, { group: group! });
    }
    expect(await receiveAll(dish, 2)).toEqual(["news:n1", "sport:s1"]);

    dish.leave("news");
    dish.join("weather");
    await untilDelivered(dish, () => radio.send("probe", { group: "weather" }));
    await radio.send("n2", { group: "news" });
    await radio.send("w2", { group: "weather" });
    await radio.send("s2", { group: "sport" });
    expect(await receiveAll(dish, 2)).toEqual(["weather:w2", "sport:s2"]);
  });
});

const udpPairs: Array<[string, Draft, Draft]> = [
  ["zeromq.js RADIO to purezmq DISH", native, ours],
  ["purezmq RADIO to zeromq.js DISH", ours, native],
];

describe.each(udpPairs)("RADIO/DISH over udp: %s", (_name, radioImpl, dishImpl) => {
  for (const [kind, bindAddress] of [
    ["unicast", "udp://127.0.0.1:*"],
    ["multicast on an interface", "udp://127.0.0.1;239.192.9.9:*"],
  ] as const) {
    it(`${kind}: datagrams of the joined groups only, with their group`, async () => {
      const dish = track(new dishImpl.Dish()) as ours.Dish;
      const radio = track(new radioImpl.Radio()) as ours.Radio;
      dish.join("g1", "g2");
      await dish.bind(bindAddress.replace("*", String(await freeUdpPort())));
      // As libzmq reports it, a udp lastEndpoint has no scheme.
      expect(dish.lastEndpoint).toMatch(/^(127\.0\.0\.1;)?[\d.]+:\d+$/);
      radio.connect(`udp://${dish.lastEndpoint!}`);
      await untilDelivered(dish, () => radio.send("probe", { group: "g1" }));
      await radio.send("x", { group: "other" });
      await radio.send("one", { group: "g1" });
      await radio.send("two", { group: "g2" });
      expect(await receiveAll(dish, 2)).toEqual(["g1:one", "g2:two"]);
      // udp carries no LEAVE: the dish stops delivering the group itself
      dish.leave("g1");
      await radio.send("gone", { group: "g1" });
      await radio.send("three", { group: "g2" });
      expect(await receiveAll(dish, 1)).toEqual(["g2:three"]);
    });
  }
});

/** zeromq.js (libzmq) cannot bind udp port 0 and report it: find a free port first. */
async function freeUdpPort(): Promise<number> {
  const { createSocket } = await import("node:dgram");
  const socket = createSocket("udp4");
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

describe("DGRAM over udp: purezmq and zeromq.js", () => {
  it("exchange datagrams addressed by ip:port", async () => {
    const mine = track(new ours.Datagram());
    const theirs = track(new native.Datagram());
    await mine.bind("udp://127.0.0.1:0");
    const theirPort = await freeUdpPort();
    await theirs.bind(`udp://127.0.0.1:${theirPort}`);
    const myPort = Number(mine.lastEndpoint!.split(":").pop());
    await theirs.send([`127.0.0.1:${myPort}`, "from zeromq.js"]);
    const [from, body] = await mine.receive();
    expect(body.toString()).toBe("from zeromq.js");
    expect(from.toString()).toBe(`127.0.0.1:${theirPort}\0`);
    await mine.send([from, "from purezmq"]);
    const [back, reply] = await theirs.receive();
    expect(reply.toString()).toBe("from purezmq");
    expect(back.toString()).toBe(`127.0.0.1:${myPort}\0`);
  });
});

describe.each(sides)("SCATTER/GATHER over tcp: %s", (_name, binder, connecter) => {
  it("round-robins evenly over gatherers, in order per gatherer", async () => {
    const first = track(new binder.Gather()) as ours.Gather;
    const second = track(new binder.Gather()) as ours.Gather;
    const scatter = track(new connecter.Scatter()) as ours.Scatter;
    const a = await tcpAddress(first);
    const b = await tcpAddress(second);
    scatter.connect(a);
    scatter.connect(b);
    // one message each way shows both connections are up before the counted run
    await scatter.send("warm");
    await scatter.send("warm");
    first.receiveTimeout = second.receiveTimeout = 3000;
    await Promise.all([first.receive(), second.receive()]);
    const count = 100;
    for (let i = 0; i < count; i++) await scatter.send(String(i));
    const got = [[] as number[], [] as number[]];
    for (let i = 0; i < count / 2; i++) got[0]!.push(Number((await first.receive())[0].toString()));
    for (let i = 0; i < count / 2; i++) got[1]!.push(Number((await second.receive())[0].toString()));
    for (const list of got) expect(list).toEqual([...list].sort((x, y) => x - y));
    expect(got[0]!.length).toBe(count / 2);
    // strict alternation: each gatherer got every other message
    expect(got.flat().sort((x, y) => x - y)).toEqual([...Array(count).keys()]);
    expect(new Set(got[0]!.map((n) => n % 2)).size).toBe(1);
  });

  it("a gather fair-queues two scatterers", async () => {
    const gather = track(new binder.Gather()) as ours.Gather;
    const address = await tcpAddress(gather);
    const s1 = track(new connecter.Scatter()) as ours.Scatter;
    const s2 = track(new connecter.Scatter()) as ours.Scatter;
    s1.connect(address);
    s2.connect(address);
    for (let i = 0; i < 20; i++) {
      await s1.send(`a${i}`);
      await s2.send(`b${i}`);
    }
    const got: string[] = [];
    for (let i = 0; i < 40; i++) got.push((await gather.receive())[0].toString());
    for (const prefix of ["a", "b"]) {
      const mine = got.filter((m) => m[0] === prefix);
      expect(mine).toEqual([...Array(20).keys()].map((i) => `${prefix}${i}`));
    }
  });
});

describe("draft classes mirror zeromq.js's", () => {
  const propertyNames = (type: { prototype: object }): string[] => {
    const out = new Set<string>();
    for (let proto = type.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const name of Object.getOwnPropertyNames(proto)) out.add(name);
    }
    return [...out].sort();
  };
  // purezmq's additions (its limits, libzmq's ZMQ_WSS_* options)
  const oursOnly = new Set(Object.keys(OPTION_EXTENSIONS));

  it.each(Object.keys(ours) as Array<keyof Draft>)("%s: same properties and methods, same option defaults", (name) => {
    const expected = propertyNames(native[name]);
    // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the test walks every exported class by name
    expect(propertyNames(ours[name]).filter((p) => !oursOnly.has(p))).toEqual(expected);
    // biome-ignore lint/performance/noDynamicNamespaceImportAccess: as above
    const mine = track(new ours[name]()) as unknown as Record<string, unknown>;
    const theirs = track(new native[name]()) as unknown as Record<string, unknown>;
    for (const option of ["type", "linger", "threadSafe", "immediate", "reconnectInterval"]) {
      expect([option, mine[option]]).toEqual([option, theirs[option]]);
    }
  });
});
