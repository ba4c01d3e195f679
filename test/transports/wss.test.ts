import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as zmq from "../../src/index.js";
import type { EventOfType, EventType, Socket } from "../../src/index.js";

const TLS = join(import.meta.dirname, "fixtures/tls");
const pem = (name: string): string => readFileSync(join(TLS, name), "utf8");
const SERVER = { wssCertPem: pem("server.pem"), wssKeyPem: pem("server.key") };

const open: Socket[] = [];
afterEach(() => {
  for (const socket of open.splice(0)) socket.close();
});
function track<T extends Socket>(socket: T): T {
  open.push(socket);
  return socket;
}

function nextEvent<E extends EventType>(socket: Socket, type: E, ms = 5000): Promise<EventOfType<E>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event`)), ms);
    socket.events.on(type, function listener(event: EventOfType<E>) {
      clearTimeout(timer);
      socket.events.off(type, listener);
      resolve(event);
    });
  });
}

describe("wss:// (ZWS 2.0 over TLS)", () => {
  it("REQ/REP over wss with a private trust anchor, by IP address and by host name", async () => {
    const rep = track(new zmq.Reply({ linger: 0, ...SERVER }));
    await rep.bind("wss://127.0.0.1:*/secure");
    const endpoint = rep.lastEndpoint!;
    expect(endpoint).toMatch(/^wss:\/\/127\.0\.0\.1:\d+\/secure$/);

    for (const options of [{ wssTrustPem: pem("ca.pem") }, { wssTrustPem: pem("ca.pem"), wssHostname: "zmq.test" }]) {
      const req = track(new zmq.Request({ linger: 0, ...options }));
      req.connect(endpoint);
      await req.send(["hello", "tls"]);
      expect((await rep.receive()).map(String)).toEqual(["hello", "tls"]);
      await rep.send("world");
      expect((await req.receive()).map(String)).toEqual(["world"]);
      req.close();
    }
  });

  it("a server certificate the client does not trust never completes a connection", async () => {
    const rep = track(new zmq.Reply({ linger: 0, ...SERVER }));
    await rep.bind("wss://127.0.0.1:*/secure");
    const req = track(new zmq.Request({ linger: 0, reconnectInterval: 20, wssTrustSystem: true }));
    let handshakes = 0;
    req.events.on("handshake", () => handshakes++);
    req.connect(rep.lastEndpoint!);
    await nextEvent(req, "connect:retry");
    await nextEvent(req, "connect:retry");
    expect(handshakes).toBe(0);
  });

  it("a host name that does not match the certificate is refused", async () => {
    const rep = track(new zmq.Reply({ linger: 0, ...SERVER }));
    await rep.bind("wss://127.0.0.1:*/secure");
    const req = track(
      new zmq.Request({ linger: 0, reconnectInterval: 20, wssTrustPem: pem("ca.pem"), wssHostname: "other.test" }),
    );
    let handshakes = 0;
    req.events.on("handshake", () => handshakes++);
    req.connect(rep.lastEndpoint!);
    await nextEvent(req, "connect:retry");
    expect(handshakes).toBe(0);
  });

  it("binding wss without a certificate and key fails with EINVAL", async () => {
    const rep = track(new zmq.Reply({ linger: 0 }));
    await expect(rep.bind("wss://127.0.0.1:*/secure")).rejects.toMatchObject({ code: "EINVAL" });
  });

  it("CURVE over wss: the ZWS2.0/CURVE subprotocol, encrypted message boxes inside TLS", async () => {
    const server = zmq.curveKeyPair();
    const client = zmq.curveKeyPair();
    const rep = track(
      new zmq.Reply({
        linger: 0,
        ...SERVER,
        curveServer: true,
        curveSecretKey: server.secretKey,
        curvePublicKey: server.publicKey,
      }),
    );
    await rep.bind("wss://127.0.0.1:*/curve");
    const req = track(
      new zmq.Request({
        linger: 0,
        wssTrustPem: pem("ca.pem"),
        curveServerKey: server.publicKey,
        curvePublicKey: client.publicKey,
        curveSecretKey: client.secretKey,
      }),
    );
    req.connect(rep.lastEndpoint!);
    await req.send("sealed");
    expect((await rep.receive()).map(String)).toEqual(["sealed"]);
    await rep.send("opened");
    expect((await req.receive()).map(String)).toEqual(["opened"]);
  });

  it("PLAIN over ws with a wrong mechanism on one side is a mechanism mismatch, not a connection", async () => {
    const rep = track(new zmq.Reply({ linger: 0, plainServer: true }));
    await rep.bind("ws://127.0.0.1:*/plain");
    const req = track(new zmq.Request({ linger: 0 }));
    const failure = nextEvent(req, "handshake:error:protocol");
    req.connect(rep.lastEndpoint!);
    expect((await failure).error.code).toBe("ERR_ZMTP_MECHANISM_MISMATCH");
  });
});
