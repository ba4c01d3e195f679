import { fileURLToPath } from "node:url";
import { afterEach, expect, it } from "vitest";
import * as zmq from "../../src/index.js";
import { describeInterop, startPython, type PythonPeer } from "../helpers/python.js";

/**
 * Subscriptions across ZMTP versions, against a scripted raw peer (interop/peers/raw_zmtp.py) that records bytes:
 * to a 3.0 peer our SUB sends 0x01/0x00-prefixed messages (V7), to a 3.1 peer SUBSCRIBE/CANCEL commands (V6);
 * our PUB accepts both forms from either.
 */

const SCRIPT = fileURLToPath(new URL("../peers/raw_zmtp.py", import.meta.url));

const V6_SUBSCRIBE_10001 = "040f0953554253435249424531303030 31".replace(/ /g, "");
const V6_CANCEL_10001 = "040c0643414e43454c3130303031";
const V7_SUBSCRIBE_10001 = "0006013130303031";
const V7_UNSUBSCRIBE_10001 = "0006003130303031";

interface Frame {
  ev: "frame";
  command: boolean;
  more: boolean;
  raw: string;
  body: string;
}

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const undo of cleanup.splice(0).reverse()) undo();
});

interface RawPeer {
  port: number;
  send(hexBytes: string): void;
  /** The next frame the raw peer received (skips non-frame events). */
  frame(timeoutMs?: number): Promise<Frame>;
}

async function rawPeer(config: {
  mode: "bind" | "connect";
  port?: number;
  minor: 0 | 1;
  type: string;
}): Promise<RawPeer> {
  const python: PythonPeer = startPython(SCRIPT, [JSON.stringify(config)]);
  cleanup.push(() => {
    python.child.stdin?.destroy();
    python.kill();
  });
  const ready = JSON.parse(await python.nextLine()) as { port: number };
  return {
    port: ready.port,
    send: (hexBytes) => python.child.stdin!.write(`${JSON.stringify({ op: "send", hex: hexBytes })}\n`),
    async frame(timeoutMs = 5000) {
      for (;;) {
        const event = JSON.parse(await python.nextLine(timeoutMs)) as { ev: string };
        if (event.ev === "frame") return event as Frame;
      }
    },
  };
}

function track<S extends zmq.Socket>(socket: S): S {
  cleanup.push(() => socket.close());
  return socket;
}

/** One-frame data message on the wire (short form). */
function dataFrame(text: string): string {
  const body = Buffer.from(text);
  return Buffer.concat([Buffer.from([0, body.length]), body]).toString("hex");
}

describeInterop("interop: subscriptions with raw ZMTP 3.0 and 3.1 peers", ["zmq"], () => {
  it.each([
    { minor: 0 as const, subscribe: V7_SUBSCRIBE_10001, cancel: V7_UNSUBSCRIBE_10001, form: "0x01/0x00 messages (V7)" },
    {
      minor: 1 as const,
      subscribe: V6_SUBSCRIBE_10001,
      cancel: V6_CANCEL_10001,
      form: "SUBSCRIBE/CANCEL commands (V6)",
    },
  ])(
    "S-SUB-1: our SUB talking to a ZMTP 3.$minor PUB sends $form, and filters its data",
    async ({ minor, subscribe, cancel }) => {
      const peer = await rawPeer({ mode: "bind", minor, type: "PUB" });
      const sub = track(new zmq.Subscriber({ linger: 0 }));
      sub.connect(`tcp://127.0.0.1:${peer.port}`);
      sub.subscribe("10001");
      const ready = await peer.frame();
      expect(ready.command).toBe(true);
      expect(Buffer.from(ready.body, "hex").subarray(1, 6).toString()).toBe("READY");
      expect((await peer.frame()).raw).toBe(subscribe);

      peer.send(dataFrame("10002 not for us") + dataFrame("10001 hello"));
      expect((await sub.receive()).map(String)).toEqual(["10001 hello"]);

      sub.unsubscribe("10001");
      expect((await peer.frame()).raw).toBe(cancel);
    },
  );

  it.each([
    { minor: 0 as const, subscription: V7_SUBSCRIBE_10001, form: "a 0x01 message" },
    { minor: 1 as const, subscription: V6_SUBSCRIBE_10001, form: "a SUBSCRIBE command" },
    { minor: 1 as const, subscription: V7_SUBSCRIBE_10001, form: "a 0x01 message" },
  ])("S-PUB-3: our PUB accepts a ZMTP 3.$minor SUB's subscription sent as $form", async ({ minor, subscription }) => {
    const pub = track(new zmq.Publisher({ linger: 0 }));
    await pub.bind("tcp://127.0.0.1:0");
    const port = Number(pub.lastEndpoint!.split(":").at(-1));
    const peer = await rawPeer({ mode: "connect", port, minor, type: "SUB" });
    peer.send(subscription);
    const ready = await peer.frame();
    expect(ready.command).toBe(true);

    // publish both topics until data arrives: everything the raw SUB receives must match its subscription
    const tick = setInterval(() => {
      void pub.send("10002 other");
      void pub.send("10001 match");
    }, 10);
    cleanup.push(() => clearInterval(tick));
    const frames: Frame[] = [];
    for (let i = 0; i < 3; i++) frames.push(await peer.frame());
    clearInterval(tick);
    expect(frames.map((f) => f.raw)).toEqual(Array(3).fill(dataFrame("10001 match")));
  });
});
