import { connect, type Socket as NetSocket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import * as zmq from "../../src/index.js";
import { Client, Datagram, Dish, Gather, Radio, Scatter, Server } from "../../src/draft.js";
import { FLAG_MORE } from "../../src/zmtp/constants.js";
import { commandBody } from "../../src/zmtp/commands.js";
import { encodeFrame } from "../../src/zmtp/encoder.js";
import { bindFresh, TRANSPORTS } from "../helpers/endpoints.js";
import { commandFrame, greeting, readyFrame } from "../zmtp/helpers/wire.js";

const open: Array<{ close(): void }> = [];
function track<T extends { close(): void }>(socket: T): T {
  open.push(socket);
  return socket;
}
afterEach(() => {
  for (const socket of open.splice(0)) socket.close();
});

const text = (parts: unknown[]) => (parts[0] as Buffer).toString();

/** Resolve once `socket` has seen `n` handshakes (the draft types report them like any ZMTP socket). */
async function handshakes(socket: zmq.Socket | { events: zmq.Observer }, n = 1): Promise<void> {
  const events = (socket as zmq.Socket).events;
  for (let seen = 0; seen < n; ) if ((await events.receive()).type === "handshake") seen++;
}

/** Send on a RADIO until the dish's first delivery arrives (the JOIN has then reached the radio). */
async function untilJoined(radio: Radio, dish: Dish, group: string): Promise<void> {
  const receiving = dish.receive();
  let done = false;
  void receiving.finally(() => (done = true));
  while (!done) {
    await radio.send("probe", { group });
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await receiving;
  // drain probes still in flight so tests start from an empty queue
  dish.receiveTimeout = 50;
  try {
    for (;;) await dish.receive();
  } catch {
    dish.receiveTimeout = -1;
  }
}

describe("draft entry", () => {
  it("exports exactly zeromq.js's draft classes; capability.draft is true; socket type ids are libzmq's", () => {
    expect(Object.keys(zmq)).not.toContain("Server");
    expect(zmq.capability.draft).toBe(true);
    const ids = [Server, Client, Radio, Dish, Gather, Scatter, Datagram].map((Type) => {
      const socket = new Type();
      const id = socket.type;
      socket.close();
      return id;
    });
    expect(ids).toEqual([12, 13, 14, 15, 16, 17, 18]);
  });

  it("thread-safe types report threadSafe; DISH lingers 0 by default", () => {
    const server = track(new Server());
    const datagram = track(new Datagram());
    const dish = track(new Dish());
    expect(server.threadSafe).toBe(true);
    expect(datagram.threadSafe).toBe(false);
    expect(dish.linger).toBe(0);
  });
});

describe.each(TRANSPORTS)("SERVER/CLIENT over %s", (transport) => {
  it("server replies by routing id, each client gets its own answers", async () => {
    const server = track(new Server());
    const a = track(new Client());
    const b = track(new Client());
    const address = await bindFresh(server, transport);
    a.connect(address);
    b.connect(address);
    await a.send("from a");
    await b.send("from b");
    const ids = new Map<string, number>();
    for (let i = 0; i < 2; i++) {
      const [body, { routingId }] = await server.receive();
      expect(typeof routingId).toBe("number");
      expect(routingId).not.toBe(0);
      ids.set(body.toString(), routingId);
    }
    expect(ids.get("from a")).not.toBe(ids.get("from b"));
    await server.send("to b", { routingId: ids.get("from b")! });
    await server.send("to a", { routingId: ids.get("from a")! });
    expect(text(await a.receive())).toBe("to a");
    expect(text(await b.receive())).toBe("to b");
  });
});

describe("SERVER/CLIENT rules", () => {
  it("an unknown routing id fails with EHOSTUNREACH; a missing one or 0 with EINVAL; missing options with TypeError", async () => {
    const server = track(new Server());
    await expect(server.send("x", { routingId: 12345 })).rejects.toMatchObject({
      code: "EHOSTUNREACH",
      message: "Host unreachable",
    });
    expect(() => server.send("x", {} as { routingId: number })).toThrow(expect.objectContaining({ code: "EINVAL" }));
    expect(() => server.send("x", { routingId: 0 })).toThrow(expect.objectContaining({ code: "EINVAL" }));
    expect(() => (server.send as (m: string) => Promise<void>)("x")).toThrow(TypeError);
  });

  it("multipart sends are refused with EINVAL on every thread-safe type", async () => {
    const client = track(new Client());
    const scatter = track(new Scatter());
    const radio = track(new Radio());
    const server = track(new Server());
    await expect(client.send(["a", "b"] as never)).rejects.toMatchObject({ code: "EINVAL" });
    await expect(scatter.send(["a", "b"] as never)).rejects.toMatchObject({ code: "EINVAL" });
    await expect(radio.send(["a", "b"] as never, { group: "g" })).rejects.toMatchObject({ code: "EINVAL" });
    await expect(server.send(["a", "b"] as never, { routingId: 1 })).rejects.toMatchObject({ code: "EINVAL" });
  });

  it("a multipart message from a peer is dropped by SERVER, the next one-part message arrives", async () => {
    const server = track(new Server());
    const address = await bindFresh(server, "tcp");
    const raw = await rawPeer(address, "CLIENT");
    raw.write(Buffer.concat([encodeFrame(FLAG_MORE, Buffer.from("part1")), encodeFrame(0, Buffer.from("part2"))]));
    raw.write(encodeFrame(0, Buffer.from("single")));
    const [body] = await server.receive();
    expect(body.toString()).toBe("single");
    raw.destroy();
  });

  it("a CLIENT cannot talk to a DEALER: the handshake is refused", async () => {
    const server = track(new Server());
    const address = await bindFresh(server, "tcp");
    const dealer = track(new zmq.Dealer());
    const events = server.events;
    dealer.connect(address);
    for (;;) {
      const event = await events.receive();
      if (event.type === "handshake:error:protocol") break;
      expect(event.type).not.toBe("handshake");
    }
  });
});

describe.each(TRANSPORTS)("RADIO/DISH over %s", (transport) => {
  it("delivers joined groups only, with the group; leave stops a group", async () => {
    const dish = track(new Dish());
    const radio = track(new Radio());
    dish.join("news", "sport");
    const address = await bindFresh(dish, transport);
    radio.connect(address);
    await untilJoined(radio, dish, "news");
    for (const [group, body] of [
      ["news", "n1"],
      ["weather", "w1"],
      ["sport", "s1"],
      ["new", "prefix is no match"],
    ]) {
      await radio.send(body!, { group: group! });
    }
    await radio.send("n2", { group: "news" });
    const got: string[] = [];
    for (let i = 0; i < 3; i++) {
      const [body, { group }] = await dish.receive();
      got.push(`${group.toString()}:${body.toString()}`);
    }
    expect(got).toEqual(["news:n1", "sport:s1", "news:n2"]);

    dish.leave("news");
    // the LEAVE is in flight: once a sport message sent after it arrives, news must no longer come through
    await radio.send("n3", { group: "news" });
    await radio.send("s2", { group: "sport" });
    const [body] = await dish.receive();
    expect(body.toString()).toBe("s2");
  });
});

describe("DISH join/leave rules", () => {
  it("joining twice, leaving a group never joined, or a group over 255 bytes throws EINVAL", () => {
    const dish = track(new Dish());
    dish.join("a");
    expect(() => dish.join("a")).toThrow(expect.objectContaining({ code: "EINVAL" }));
    expect(() => dish.leave("never")).toThrow(expect.objectContaining({ code: "EINVAL" }));
    expect(() => dish.join("x".repeat(256))).toThrow(expect.objectContaining({ code: "EINVAL" }));
    dish.join("y".repeat(255));
  });

  it("a group is cut at its first NUL, as libzmq's C API reads it", async () => {
    const dish = track(new Dish());
    const radio = track(new Radio());
    dish.join(Buffer.from("fo\0ba"), Buffer.from("ba\0fo"));
    dish.leave(Buffer.from("fo"));
    const address = await bindFresh(dish, "inproc");
    radio.connect(address);
    await untilJoined(radio, dish, "ba");
    await radio.send("foo", { group: "fo" });
    await radio.send("bar", { group: Buffer.from("ba\0zz") });
    const [body, { group }] = await dish.receive();
    expect(body.toString()).toBe("bar");
    expect(group).toEqual(Buffer.from("ba"));
  });
});

/** A hand-driven ZMTP 3.1 peer announcing `type`, connected to `address` (tcp). */
async function rawPeer(address: string, type: string): Promise<NetSocket & { gone: Promise<void> }> {
  const url = new URL(address);
  const socket = connect(Number(url.port), url.hostname) as NetSocket & { gone: Promise<void> };
  socket.gone = new Promise((resolve) => socket.on("close", () => resolve()));
  socket.on("error", () => {});
  socket.resume(); // read (and discard) what the socket sends, so its end is seen
  await new Promise((resolve) => socket.once("connect", resolve));
  socket.write(greeting(1));
  socket.write(readyFrame(type));
  return socket;
}

const join = (group: Buffer) => commandFrame(commandBody("JOIN", group));
const leave = (group: Buffer) => commandFrame(commandBody("LEAVE", group));

describe("RADIO against hostile JOIN/LEAVE", () => {
  it("a JOIN over 255 bytes closes that peer only; a good dish keeps receiving", async () => {
    const radio = track(new Radio());
    const address = await bindFresh(radio, "tcp");
    const dish = track(new Dish());
    dish.join("g");
    dish.connect(address);
    await untilJoined(radio, dish, "g");

    const hostile = await rawPeer(address, "DISH");
    hostile.write(join(Buffer.alloc(300, 0x41)));
    await hostile.gone;
    await radio.send("still here", { group: "g" });
    expect(text(await dish.receive())).toBe("still here");
  });

  it("an empty group is a group (libzmq accepts it); a LEAVE of a group never joined is ignored", async () => {
    const radio = track(new Radio());
    const address = await bindFresh(radio, "tcp");
    const peer = await rawPeer(address, "DISH");
    const received: Buffer[] = [];
    peer.on("data", (chunk: Buffer) => received.push(chunk));
    peer.write(leave(Buffer.from("never")));
    peer.write(join(Buffer.alloc(0)));
    const wire = () => Buffer.concat(received);
    // the empty-group message arrives as an empty group frame (MORE) then the body
    const expected = Buffer.concat([encodeFrame(FLAG_MORE, Buffer.alloc(0)), encodeFrame(0, Buffer.from("empty"))]);
    while (!wire().includes(expected)) {
      await radio.send("empty", { group: "" });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    peer.destroy();
  });

  it("more distinct groups than the per-peer bound closes that peer", async () => {
    const { MAX_GROUPS_PER_PEER } = await import("../../src/sockets/types/radio.js");
    const radio = track(new Radio());
    const address = await bindFresh(radio, "tcp");
    const peer = await rawPeer(address, "DISH");
    const frames: Buffer[] = [];
    for (let i = 0; i <= MAX_GROUPS_PER_PEER; i++) frames.push(join(Buffer.from(`g${i}`)));
    peer.write(Buffer.concat(frames));
    await peer.gone;
  });

  it("a DISH peer sending a body without a group frame, or a group over 255 bytes, is disconnected", async () => {
    const dish = track(new Dish());
    dish.join("g");
    const address = await bindFresh(dish, "tcp");
    const noGroup = await rawPeer(address, "RADIO");
    noGroup.write(encodeFrame(0, Buffer.from("body only")));
    await noGroup.gone;
    const longGroup = await rawPeer(address, "RADIO");
    longGroup.write(Buffer.concat([encodeFrame(FLAG_MORE, Buffer.alloc(256, 0x67)), encodeFrame(0, Buffer.from("x"))]));
    await longGroup.gone;
  });
});

describe.each(TRANSPORTS)("SCATTER/GATHER over %s", (transport) => {
  it("keeps order from one scatterer and round-robins over gatherers", async () => {
    const scatter = track(new Scatter());
    const first = track(new Gather());
    const second = track(new Gather());
    const a = await bindFresh(first, transport);
    const b = await bindFresh(second, transport);
    scatter.connect(a);
    scatter.connect(b);
    if (transport !== "inproc") await handshakes(scatter, 2);
    for (let i = 0; i < 10; i++) await scatter.send(`m${i}`);
    const fromFirst: string[] = [];
    const fromSecond: string[] = [];
    for (let i = 0; i < 5; i++) fromFirst.push(text(await first.receive()));
    for (let i = 0; i < 5; i++) fromSecond.push(text(await second.receive()));
    expect([...fromFirst, ...fromSecond].sort()).toEqual([...Array(10).keys()].map((i) => `m${i}`).sort());
    expect(fromFirst).toEqual([...fromFirst].sort((x, y) => Number(x.slice(1)) - Number(y.slice(1))));
    expect(fromFirst.length).toBe(5);
  });
});
