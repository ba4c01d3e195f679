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

describe("high-water marks (S-0b)", () => {
  it("PUSH blocks at its send HWM and times out with EAGAIN when nobody reads (S-PP-1)", async () => {
    const push = track(new zmq.Push({ sendHighWaterMark: 5, sendTimeout: 50 }));
    const pull = track(new zmq.Pull({ receiveHighWaterMark: 5 }));
    await pull.bind("inproc://hwm-push");
    push.connect("inproc://hwm-push");
    let sent = 0;
    await expect(
      (async () => {
        for (;;) {
          await push.send("x");
          sent++;
        }
      })(),
    ).rejects.toMatchObject({ code: "EAGAIN" });
    // Messages are held by the send pipe, the link and the receive pipe: bounded, never unbounded.
    expect(sent).toBeGreaterThanOrEqual(5);
    expect(sent).toBeLessThan(2000);
  });

  it("a blocked send resumes as soon as the receiver drains", async () => {
    const push = track(new zmq.Push({ sendHighWaterMark: 2 }));
    const pull = track(new zmq.Pull({ receiveHighWaterMark: 2 }));
    await pull.bind("inproc://hwm-resume");
    push.connect("inproc://hwm-resume");
    const total = 3000;
    const sender = (async () => {
      for (let i = 0; i < total; i++) await push.send(String(i));
    })();
    for (let i = 0; i < total; i++) expect((await pull.receive())[0]!.toString()).toBe(String(i));
    await sender;
  });

  it("PUB drops for a subscriber at HWM instead of blocking (S-PUB-2)", async () => {
    const pub = track(new zmq.Publisher({ sendHighWaterMark: 10 }));
    const sub = track(new zmq.Subscriber({ receiveHighWaterMark: 10 }));
    sub.subscribe();
    const address = await bindFresh(pub, "tcp");
    const joined = new Promise<void>((resolve) => pub.events.on("handshake", () => resolve()));
    sub.connect(address);
    await joined;
    // Wait until the subscription has arrived: a probe message gets through.
    const probe = sub.receive();
    let got = false;
    void probe.then(() => (got = true));
    while (!got) {
      await pub.send("probe");
      await new Promise((resolve) => setImmediate(resolve));
    }
    const started = Date.now();
    for (let i = 0; i < 50_000; i++) await pub.send(Buffer.alloc(1024));
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("a receiver at its receive HWM stops reading, and the sender waits (S-0c)", async () => {
    const pull = track(new zmq.Pull({ receiveHighWaterMark: 10 }));
    const push = track(new zmq.Push({ sendHighWaterMark: 10, sendTimeout: 200 }));
    push.connect(await bindFresh(pull, "tcp"));
    let sent = 0;
    const error = await (async () => {
      try {
        for (;;) {
          await push.send(Buffer.alloc(64 * 1024));
          sent++;
        }
      } catch (e) {
        return e;
      }
    })();
    expect(error).toMatchObject({ code: "EAGAIN" });
    // Bounded by the HWMs plus what the kernel and stream buffers hold, far from unbounded.
    expect(sent).toBeLessThan(500);
    for (let i = 0; i < sent; i++) await pull.receive();
  });
});

describe("receive HWM 0 (unlimited)", () => {
  /** A message of `size` bytes whose first four hold `index`. */
  const numbered = (index: number, size: number): Buffer => {
    const body = Buffer.alloc(size);
    body.writeUInt32BE(index);
    return body;
  };

  it("the receiver reads on however much is queued: the sender never waits, and everything arrives in order", async () => {
    const pull = track(new zmq.Pull({ receiveHighWaterMark: 0 }));
    const push = track(new zmq.Push({ sendHighWaterMark: 10, sendTimeout: 5000 }));
    push.connect(await bindFresh(pull, "tcp"));
    // 40 MB: far more than the 1000 messages the receiver decodes ahead plus what kernel buffers hold, so a receiver
    // that stopped reading would leave the sender blocked at its HWM of 10.
    const total = 2500;
    const size = 16 * 1024;
    for (let i = 0; i < total; i++) await push.send(numbered(i, size));
    for (let i = 0; i < total; i++) {
      const [body] = await pull.receive();
      expect(body!.length).toBe(size);
      expect(body!.readUInt32BE()).toBe(i);
    }
  });

  it("messages held undecoded when the peer closes are all delivered after the disconnect", async () => {
    const pull = track(new zmq.Pull({ receiveHighWaterMark: 0 }));
    const push = track(new zmq.Push({ sendHighWaterMark: 0 }));
    push.connect(await bindFresh(pull, "tcp"));
    const disconnected = new Promise<void>((resolve) => pull.events.on("disconnect", () => resolve()));
    const total = 5000; // beyond the 1000 decoded ahead: the rest is held as bytes when the stream ends
    for (let i = 0; i < total; i++) await push.send(numbered(i, 8));
    push.close(); // linger: everything is flushed, then the connection ends
    await disconnected;
    for (let i = 0; i < total; i++) expect((await pull.receive())[0]!.readUInt32BE()).toBe(i);
    expect(pull.readable).toBe(false);
  });
});

describe("conflate", () => {
  it("PULL with conflate keeps only the newest message", async () => {
    const pull = track(new zmq.Pull({ conflate: true }));
    const push = track(new zmq.Push());
    await pull.bind("inproc://conflate");
    push.connect("inproc://conflate");
    for (let i = 0; i < 10; i++) await push.send(String(i));
    await new Promise((resolve) => setImmediate(resolve));
    expect((await pull.receive())[0]!.toString()).toBe("9");
  });
});
