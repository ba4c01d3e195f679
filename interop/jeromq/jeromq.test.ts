import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import * as zmq from "../../src/index.js";
import { describeJeromq, JeromqPeer } from "../helpers/jeromq.js";
import { describeParts, partText, seqMessage, SIZES, type PartInfo } from "../helpers/zpeer.js";

// JeroMQ 0.3.6 speaks ZMTP 2.0 only (RFC 15): every case here runs purezmq's 2.0 downgrade. One JVM serves the
// whole file; each case opens fresh sockets in it.
const COUNT = SIZES.length; // one message per frame size, 0 B .. 1 MiB
const expected = Array.from({ length: COUNT }, (_, i) => describeParts(seqMessage(i)));
const BINDERS = ["purezmq", "jeromq"] as const;

let java: JeromqPeer;
const sockets: zmq.Socket[] = [];
const opened: string[] = [];

afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
  for (const id of opened.splice(0)) java.close(id);
});

/** purezmq socket and JeroMQ socket connected, whichever side binds. */
async function pair<T extends zmq.Socket>(
  ours: T,
  binder: (typeof BINDERS)[number],
  theirs: {
    type: "PUB" | "SUB" | "REQ" | "REP" | "DEALER" | "ROUTER" | "PUSH" | "PULL";
    echo?: boolean;
    subscribe?: Buffer[];
  },
): Promise<{ ours: T; id: string }> {
  sockets.push(ours);
  let id: string;
  if (binder === "purezmq") {
    await ours.bind("tcp://127.0.0.1:0");
    ({ id } = await java.open({ ...theirs, connect: ours.lastEndpoint! }));
  } else {
    const bound = await java.open({ ...theirs, bind: "tcp://127.0.0.1:*" });
    id = bound.id;
    ours.connect(bound.endpoint);
  }
  opened.push(id);
  return { ours, id };
}

describeJeromq("interop with JeroMQ 0.3.6 (ZMTP 2.0)", () => {
  beforeAll(() => {
    java = new JeromqPeer();
  });
  afterAll(() => java?.kill());

  for (const binder of BINDERS) {
    const binds = binder === "purezmq" ? "purezmq binds" : "JeroMQ binds";

    it(`PUSH → JeroMQ PULL, multipart frames 0 B .. 1 MiB byte-exact (${binds})`, async () => {
      const { ours, id } = await pair(new zmq.Push({ linger: 0 }), binder, { type: "PULL" });
      for (let i = 0; i < COUNT; i++) await ours.send(seqMessage(i));
      expect(await java.messages(id, COUNT, 20_000)).toEqual(expected);
    });

    it(`JeroMQ PUSH → PULL, multipart frames 0 B .. 1 MiB byte-exact (${binds})`, async () => {
      const { ours, id } = await pair(new zmq.Pull({ linger: 0 }), binder, { type: "PUSH" });
      java.seq(id, 0, COUNT);
      const got: PartInfo[][] = [];
      for (let i = 0; i < COUNT; i++) got.push(describeParts(await ours.receive()));
      expect(got).toEqual(expected);
    });

    it(`PUB → JeroMQ SUB with a filter: subscription sent as a 0x01 message (${binds})`, async () => {
      const { ours, id } = await pair(new zmq.Publisher({ linger: 0 }), binder, {
        type: "SUB",
        subscribe: [Buffer.from("msg-")],
      });
      const warm = setInterval(() => void ours.send("msg-warm"), 10); // until the subscription has arrived
      try {
        await java.messages(id, 1);
      } finally {
        clearInterval(warm);
      }
      for (let i = 0; i < COUNT; i++) {
        await ours.send("nope");
        await ours.send(seqMessage(i));
      }
      const got: PartInfo[][] = [];
      while (got.length < COUNT) {
        const [parts] = await java.messages(id, 1, 20_000);
        if (partText(parts![0]!) !== "msg-warm") got.push(parts!);
      }
      expect(got).toEqual(expected);
    });

    it(`JeroMQ PUB → SUB with a filter (${binds})`, async () => {
      const sub = new zmq.Subscriber({ linger: 0 });
      sub.subscribe("msg-");
      const { ours, id } = await pair(sub, binder, { type: "PUB" });
      const warm = setInterval(() => java.send(id, [Buffer.from("msg-warm")]), 10);
      try {
        expect((await ours.receive())[0]!.toString()).toBe("msg-warm");
      } finally {
        clearInterval(warm);
      }
      for (let i = 0; i < COUNT; i++) {
        java.send(id, [Buffer.from("nope")]);
        java.seq(id, i, 1);
      }
      const got: PartInfo[][] = [];
      while (got.length < COUNT) {
        const parts = await ours.receive();
        expect(parts[0]!.toString()).not.toBe("nope");
        if (parts[0]!.toString() !== "msg-warm") got.push(describeParts(parts));
      }
      expect(got).toEqual(expected);
    });

    it(`REQ ⇄ JeroMQ REP echo, frames 0 B .. 1 MiB (${binds})`, async () => {
      const { ours, id } = await pair(new zmq.Request({ linger: 0 }), binder, { type: "REP", echo: true });
      for (let i = 0; i < COUNT; i++) {
        await ours.send(seqMessage(i));
        expect(describeParts(await ours.receive())).toEqual(expected[i]);
      }
      expect(await java.messages(id, COUNT)).toEqual(expected);
    });

    it(`JeroMQ REQ ⇄ REP (${binds})`, async () => {
      const { ours, id } = await pair(new zmq.Reply({ linger: 0 }), binder, { type: "REQ" });
      for (let i = 0; i < 3; i++) {
        java.seq(id, i, 1);
        const request = await ours.receive();
        expect(describeParts(request)).toEqual(expected[i]);
        await ours.send([Buffer.from(`reply-${i}`), request[1]!]);
        const [reply] = await java.messages(id, 1);
        expect(reply).toEqual(describeParts([Buffer.from(`reply-${i}`), seqMessage(i)[1]!]));
      }
    });

    it(`ROUTER learns a JeroMQ DEALER's identity from its identity frame (${binds})`, async () => {
      const { ours, id } = await pair(new zmq.Router({ linger: 0 }), binder, { type: "DEALER" });
      java.send(id, [Buffer.from("hello")]);
      const [identity, body] = await ours.receive();
      expect(body!.toString()).toBe("hello");
      await ours.send([identity!, Buffer.from("back")]);
      expect((await java.messages(id, 1))[0]!.map(partText)).toEqual(["back"]);
    });
  }
});
