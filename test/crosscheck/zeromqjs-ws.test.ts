import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { WebSocket } from "ws";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Lib } from "../fidelity/zeromqjs.js";
import { Peers, retry, text, zeromqjs, type LibraryName } from "./peers.js";

/**
 * ws:// (ZWS 2.0, RFC 45) between purezmq and the native zeromq.js, beyond the pattern matrix in zeromqjs.test.ts:
 * frame sizes across every WebSocket length encoding, heartbeats, and reconnecting after the peer restarts.
 */

/** WebSocket payload lengths switch encoding at 126 and 65536 (RFC 6455 §5.2); a ZWS message is body + 1. */
const SIZES = [0, 1, 124, 125, 126, 127, 65_534, 65_535, 65_536, 200_000, 1024 * 1024];

const ASSIGNMENTS: Array<{ a: LibraryName; b: LibraryName }> = [
  { a: "purezmq", b: "zeromq.js" },
  { a: "zeromq.js", b: "purezmq" },
];

let previousBlocky: boolean;
beforeAll(() => {
  previousBlocky = zeromqjs.context.blocky;
  zeromqjs.context.blocky = false;
});
afterAll(() => {
  zeromqjs.context.blocky = previousBlocky;
});

const peers = new Peers();
afterEach(() => peers.closeAll());

async function linked(a: Lib, b: Lib, binder: "a" | "b"): Promise<void> {
  const [bound, connecting] = binder === "a" ? [a, b] : [b, a];
  await bound.bind("ws://127.0.0.1:*/frames");
  connecting.connect(bound.lastEndpoint);
}

describe("ws:// with zeromq.js: frames of 0 B to 1 MiB, byte-exact", () => {
  const table = ASSIGNMENTS.flatMap((libraries) =>
    (["a", "b"] as const).map((binder) => ({
      ...libraries,
      binder,
      name: `${libraries.a} ⇄ ${libraries.b}, ${binder} binds`,
    })),
  );

  it.each(table)("$name: one multipart message each way with every size", async ({ a: libA, b: libB, binder }) => {
    const a = peers.make(libA, "Dealer", { receiveTimeout: 10_000 });
    const b = peers.make(libB, "Dealer", { receiveTimeout: 10_000 });
    await linked(a, b, binder);
    const frames = SIZES.map((size) => randomBytes(size));
    // libzmq masks a client's outgoing frames in place, in the caller's own (zero-copy) buffers: send copies
    await a.send(frames.map((frame) => Buffer.from(frame)));
    const atB: Buffer[] = await b.receive();
    expect(atB.map((frame) => frame.length)).toEqual(SIZES);
    atB.forEach((frame, i) => {
      expect(frame.equals(frames[i]!), `frame ${i} (${SIZES[i]} B)`).toBe(true);
    });

    const reversed = [...frames].reverse();
    await b.send(reversed.map((frame) => Buffer.from(frame)));
    const atA: Buffer[] = await a.receive();
    expect(atA.map((frame) => frame.length)).toEqual([...SIZES].reverse());
    atA.forEach((frame, i) => {
      expect(frame.equals(reversed[i]!), `frame ${i}`).toBe(true);
    });
  });
});

describe("ws:// with zeromq.js: heartbeats", () => {
  it.each(ASSIGNMENTS)(
    "$a heartbeating to $b: pings answered, the link stays up across many timeouts",
    async ({ a: libA, b: libB }) => {
      // a sends WebSocket pings every 20 ms and gives up after 60 ms of silence; b only answers.
      const a = peers.make(libA, "Dealer", { heartbeatInterval: 20, heartbeatTimeout: 60 });
      const b = peers.make(libB, "Dealer");
      const disconnects: string[] = [];
      a.events.on("disconnect", (event: { address: string }) => disconnects.push(event.address));
      await b.bind("ws://127.0.0.1:*/hb");
      a.connect(b.lastEndpoint);
      await a.send("before");
      expect(text(await b.receive())).toEqual(["before"]);
      // No event marks "several heartbeat timeouts passed without a timeout": wait them out, then check nothing broke.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(disconnects).toEqual([]);
      await b.send("after");
      expect(text(await a.receive())).toEqual(["after"]);
    },
  );
});

describe("ws:// with zeromq.js: reconnect after the peer restarts", () => {
  it.each(ASSIGNMENTS)("$a connects to $b, which restarts on the same port", async ({ a: libA, b: libB }) => {
    const a = peers.make(libA, "Dealer", { reconnectInterval: 20 });
    const first = peers.make(libB, "Dealer");
    await first.bind("ws://127.0.0.1:*/restart");
    const address: string = first.lastEndpoint;
    a.connect(address);
    await a.send("one");
    expect(text(await first.receive())).toEqual(["one"]);

    // a message sent before a notices the restart would go down with the old connection: wait for the new one
    const reconnected = new Promise<void>((resolve) => {
      let handshakes = 0;
      a.events.on("handshake", () => ++handshakes === 1 && resolve());
    });
    first.close();
    const second = peers.make(libB, "Dealer");
    await retry(async () => {
      try {
        await second.bind(address);
        return true;
      } catch (error) {
        if ((error as { code?: string }).code !== "EADDRINUSE") throw error;
        return undefined;
      }
    });
    await reconnected;
    await a.send("two");
    expect(text(await second.receive())).toEqual(["two"]);
    await second.send("back");
    expect(text(await a.receive())).toEqual(["back"]);
  });
});

/** A client speaking "ZWS2.0" by hand, as a browser's WebSocket must (it cannot offer "ZWS2.0/NULL"). */
async function bareClient(address: string, routingId: string) {
  const ws = new WebSocket(address, { headers: { "Sec-WebSocket-Protocol": "ZWS2.0" } });
  let protocol = "";
  ws.once("upgrade", (response: IncomingMessage) => {
    protocol = String(response.headers["sec-websocket-protocol"] ?? "");
    delete response.headers["sec-websocket-protocol"];
  });
  const messages: Buffer[] = [];
  const waiters: Array<() => void> = [];
  ws.on("message", (data: Buffer) => {
    messages.push(data);
    for (const wake of waiters.splice(0)) wake();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  ws.send(Buffer.from(`\x00${routingId}`));
  const next = async (): Promise<Buffer> => {
    while (messages.length === 0) await new Promise<void>((resolve) => waiters.push(resolve));
    return messages.shift()!;
  };
  return { ws, protocol, next };
}

describe('ws:// "ZWS2.0" without a mechanism (what a browser can offer)', () => {
  it.each(["purezmq", "zeromq.js"] as const)(
    "a ROUTER in %s talks to a bare ZWS2.0 client by routing id",
    async (library) => {
      const router = peers.make(library, "Router");
      await router.bind("ws://127.0.0.1:*/bare");
      const client = await bareClient(router.lastEndpoint, "browser-1");
      try {
        expect(client.protocol).toBe("ZWS2.0");
        expect((await client.next())[0]).toBe(0x00); // the router's routing id message (empty: none set)
        client.ws.send(Buffer.from("\x01hello"));
        client.ws.send(Buffer.from("\x00world"));
        expect(text(await router.receive())).toEqual(["browser-1", "hello", "world"]);
        await router.send(["browser-1", "back"]);
        expect(await client.next()).toEqual(Buffer.from("\x00back"));
      } finally {
        client.ws.terminate();
      }
    },
  );
});

describe("ws:// with zeromq.js: CURVE (subprotocol ZWS2.0/CURVE)", () => {
  it.each(ASSIGNMENTS)("$a CURVE server binds, $b CURVE client connects", async ({ a: serverLib, b: clientLib }) => {
    const server = zeromqjs.curveKeyPair();
    const client = zeromqjs.curveKeyPair();
    const rep = peers.make(serverLib, "Reply", {
      curveServer: true,
      curveSecretKey: server.secretKey,
      curvePublicKey: server.publicKey,
    });
    await rep.bind("ws://127.0.0.1:*/curve");
    const req = peers.make(clientLib, "Request", {
      curveServerKey: server.publicKey,
      curvePublicKey: client.publicKey,
      curveSecretKey: client.secretKey,
    });
    req.connect(rep.lastEndpoint);
    await req.send(["sealed", Buffer.alloc(70_000, 3)]);
    const got: Buffer[] = await rep.receive();
    expect(got[0]!.toString()).toBe("sealed");
    expect(got[1]!.equals(Buffer.alloc(70_000, 3))).toBe(true);
    await rep.send("opened");
    expect(text(await req.receive())).toEqual(["opened"]);
  });
});
