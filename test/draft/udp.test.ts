import { createSocket, type Socket as UdpSocket } from "node:dgram";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { Datagram, Dish, Radio, Server } from "../../src/draft.js";
import { parseEndpoint } from "../../src/transports/registry.js";
import { decodeGroupDatagram, encodeGroupDatagram, MAX_DATAGRAM, parseAddressPart } from "../../src/transports/udp.js";

const open: Array<{ close(): void }> = [];
function track<T extends { close(): void }>(socket: T): T {
  open.push(socket);
  return socket;
}
afterEach(() => {
  for (const socket of open.splice(0)) socket.close();
});

function rawUdp(): UdpSocket {
  const socket = createSocket("udp4");
  open.push({ close: () => socket.close() });
  return socket;
}

function portOf(endpoint: string): number {
  return Number(endpoint.slice(endpoint.lastIndexOf(":") + 1));
}

/** Send on the radio every few ms until the dish's first delivery arrives (udp gives no handshake to wait for). */
async function firstDelivery(dish: Dish, send: () => Promise<void>): Promise<[Buffer, { group: Buffer }]> {
  const receiving = dish.receive();
  let done = false;
  void receiving.finally(() => (done = true));
  while (!done) {
    await send();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return receiving;
}

describe("udp datagram layout (libzmq udp_engine.cpp)", () => {
  it("is group length, group, body", () => {
    expect(encodeGroupDatagram(Buffer.from("ab"), Buffer.from("xyz"))).toEqual(Buffer.from("\x02abxyz", "latin1"));
    expect(decodeGroupDatagram(Buffer.from("\x02abxyz", "latin1"))).toEqual([Buffer.from("ab"), Buffer.from("xyz")]);
    expect(decodeGroupDatagram(Buffer.from([0]))).toEqual([Buffer.alloc(0), Buffer.alloc(0)]);
  });

  it("refuses a group length past the end, an empty datagram, and a datagram over 8192 bytes", () => {
    expect(decodeGroupDatagram(Buffer.from("\x0aab", "latin1"))).toBeUndefined();
    expect(decodeGroupDatagram(Buffer.alloc(0))).toBeUndefined();
    expect(encodeGroupDatagram(Buffer.from("g"), Buffer.alloc(MAX_DATAGRAM - 2))).toHaveLength(MAX_DATAGRAM);
    expect(encodeGroupDatagram(Buffer.from("g"), Buffer.alloc(MAX_DATAGRAM - 1))).toBeUndefined();
  });

  it("any datagram decodes to its own group and body or is refused, never throws", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const datagram = Buffer.from(bytes);
        const parts = decodeGroupDatagram(datagram);
        if (parts === undefined) return datagram.length === 0 || 1 + datagram[0]! > datagram.length;
        return parts[0].length === datagram[0] && Buffer.concat([datagram.subarray(0, 1), ...parts]).equals(datagram);
      }),
    );
  });

  it("DGRAM addresses are ip:port with libzmq's NUL; a malformed one is refused", () => {
    expect(parseAddressPart(Buffer.from("127.0.0.1:5555\0"))).toEqual({ host: "127.0.0.1", port: 5555 });
    expect(parseAddressPart(Buffer.from("localhost:5555"))).toBeUndefined();
    expect(parseAddressPart(Buffer.from("127.0.0.1:0"))).toBeUndefined();
    expect(parseAddressPart(Buffer.from("127.0.0.1"))).toBeUndefined();
  });
});

describe("udp endpoints", () => {
  it("parse as libzmq writes them: host:port, or interface;group:port for multicast", () => {
    expect(parseEndpoint("udp://127.0.0.1:5555", "connect")).toMatchObject({
      transport: "udp",
      host: "127.0.0.1",
      port: 5555,
    });
    expect(parseEndpoint("udp://eth0;239.0.0.1:5555", "bind")).toMatchObject({ host: "239.0.0.1", iface: "eth0" });
    expect(parseEndpoint("udp://*:0", "bind")).toMatchObject({ host: "*", port: 0 });
    for (const [address, purpose] of [
      ["udp://eth0;127.0.0.1:5555", "bind"], // an interface needs a multicast group
      ["udp://127.0.0.1:0", "connect"],
      ["udp://*:5555", "connect"],
      ["udp://127.0.0.1", "bind"],
    ] as const) {
      expect(() => parseEndpoint(address, purpose), address).toThrow(expect.objectContaining({ code: "EINVAL" }));
    }
  });

  it("only DISH and DGRAM bind udp, only RADIO connects: ENOCOMPATPROTO otherwise", async () => {
    await expect(track(new Radio()).bind("udp://127.0.0.1:0")).rejects.toMatchObject({ code: "ENOCOMPATPROTO" });
    await expect(track(new Server()).bind("udp://127.0.0.1:0")).rejects.toMatchObject({ code: "ENOCOMPATPROTO" });
    expect(() => track(new Dish()).connect("udp://127.0.0.1:5555")).toThrow(
      expect.objectContaining({ code: "ENOCOMPATPROTO" }),
    );
    expect(() => track(new Datagram()).connect("udp://127.0.0.1:5555")).toThrow(
      expect.objectContaining({ code: "ENOCOMPATPROTO" }),
    );
  });
});

describe("RADIO/DISH over udp", () => {
  it("unicast: the radio sends every group, the dish keeps the joined ones", async () => {
    const dish = track(new Dish());
    const radio = track(new Radio());
    dish.join("a");
    await dish.bind("udp://127.0.0.1:0");
    radio.connect(`udp://${dish.lastEndpoint!}`);
    await firstDelivery(dish, () => radio.send("probe", { group: "a" }));
    dish.receiveTimeout = 1000;
    await radio.send("b1", { group: "b" });
    await radio.send("a1", { group: "a" });
    const [body, { group }] = await dish.receive();
    expect([body.toString(), group.toString()]).toEqual(["a1", "a"]);
  });

  it("what the radio sends right after connect waits for its udp socket instead of being dropped", async () => {
    const dish = track(new Dish());
    const radio = track(new Radio());
    dish.join("early");
    await dish.bind("udp://127.0.0.1:0");
    dish.receiveTimeout = 2000;
    radio.connect(`udp://${dish.lastEndpoint!}`);
    await radio.send("first", { group: "early" });
    const [body] = await dish.receive();
    expect(body.toString()).toBe("first");
  });

  it("multicast on an interface: udp://127.0.0.1;239.x.y.z:port on both sides", async () => {
    const dish = track(new Dish());
    const radio = track(new Radio());
    dish.join("mc");
    await dish.bind("udp://127.0.0.1;239.192.7.7:0");
    expect(dish.lastEndpoint).toMatch(/^127\.0\.0\.1;239\.192\.7\.7:\d+$/);
    radio.connect(`udp://${dish.lastEndpoint!}`);
    const [body, { group }] = await firstDelivery(dish, () => radio.send("hello", { group: "mc" }));
    expect([body.toString(), group.toString()]).toEqual(["hello", "mc"]);
  });

  it("a datagram whose group length runs past its end is dropped; the next good one arrives", async () => {
    const dish = track(new Dish());
    dish.join("ok");
    await dish.bind("udp://127.0.0.1:0");
    const port = portOf(dish.lastEndpoint!);
    const sender = rawUdp();
    const bad = Buffer.from("\xffok", "latin1");
    const good = encodeGroupDatagram(Buffer.from("ok"), Buffer.from("good"))!;
    const [body] = await firstDelivery(dish, async () => {
      sender.send(bad, port, "127.0.0.1");
      sender.send(Buffer.alloc(0), port, "127.0.0.1");
      sender.send(good, port, "127.0.0.1");
    });
    expect(body.toString()).toBe("good");
  });

  it("the radio drops a message that would not fit one datagram", async () => {
    const dish = track(new Dish());
    const radio = track(new Radio());
    dish.join("g");
    await dish.bind("udp://127.0.0.1:0");
    radio.connect(`udp://${dish.lastEndpoint!}`);
    await firstDelivery(dish, () => radio.send("probe", { group: "g" }));
    dish.receiveTimeout = 1000;
    await radio.send(Buffer.alloc(MAX_DATAGRAM), { group: "g" });
    await radio.send("after", { group: "g" });
    let body: Buffer;
    do [body] = await dish.receive();
    while (body.toString() === "probe");
    expect(body.toString()).toBe("after");
  });
});

describe("DGRAM over udp", () => {
  it("receives [sender address, body] and replies to that address", async () => {
    const dgram = track(new Datagram());
    await dgram.bind("udp://127.0.0.1:0");
    const client = rawUdp();
    const reply = new Promise<Buffer>((resolve) => client.once("message", resolve));
    client.send("ping", portOf(dgram.lastEndpoint!), "127.0.0.1");
    const [address, body] = await dgram.receive();
    const clientPort = client.address().port;
    expect(address).toEqual(Buffer.from(`127.0.0.1:${clientPort}\0`));
    expect(body.toString()).toBe("ping");
    await dgram.send([address, "pong"]);
    expect((await reply).toString()).toBe("pong");
  });

  it("refuses anything but two parts with EINVAL", async () => {
    const dgram = track(new Datagram());
    await dgram.bind("udp://127.0.0.1:0");
    await expect(dgram.send(["127.0.0.1:9"] as never)).rejects.toMatchObject({ code: "EINVAL" });
    await expect(dgram.send(["127.0.0.1:9", "a", "b"] as never)).rejects.toMatchObject({ code: "EINVAL" });
  });
});
