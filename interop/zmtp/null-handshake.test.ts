import { createHash } from "node:crypto";
import { createServer, connect as netConnect, type Server, type Socket } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, expect, it } from "vitest";
import { openZmtpStream } from "../../src/transports/zmtp-stream.js";
import type { Session, SessionOptions } from "../../src/zmtp/session.js";
import { describeInterop, startPython, type PythonPeer } from "../helpers/python.js";
import { Recorder } from "../../test/zmtp/helpers/recorder.js";

const SCRIPT = fileURLToPath(new URL("../peers/zmtp_echo.py", import.meta.url));

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const undo of cleanup.splice(0).reverse()) undo();
});

function python(args: string[]): PythonPeer {
  const peer = startPython(SCRIPT, args);
  cleanup.push(() => {
    peer.child.stdin?.end();
    peer.kill();
  });
  return peer;
}

/** We connect to a binding pyzmq socket. */
async function weConnect(pyType: string, options: Partial<SessionOptions> & { socketType: string }, heartbeat = 0) {
  const peer = python(["bind", "0", pyType, String(heartbeat)]);
  const port = Number((await peer.nextLine()).split(" ")[1]);
  const socket = netConnect({ host: "127.0.0.1", port });
  cleanup.push(() => socket.destroy());
  const handler = new Recorder();
  const connection = openZmtpStream(socket, handler, { address: `tcp://127.0.0.1:${port}`, ...options });
  cleanup.push(() => connection.close(0));
  return { peer, handler, connection };
}

/** A pyzmq socket connects to us. */
async function weAccept(pyType: string, options: Partial<SessionOptions> & { socketType: string }) {
  const handler = new Recorder();
  let connection: Session | undefined;
  const server: Server = createServer((socket: Socket) => {
    connection = openZmtpStream(socket, handler, { address: "tcp://127.0.0.1:peer", ...options });
    cleanup.push(() => connection!.close(0));
  });
  cleanup.push(() => server.close());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const peer = python(["connect", String(port), pyType]);
  await peer.nextLine();
  await handler.ready();
  return { peer, handler, connection: connection! };
}

function digestOne(part: Buffer): string {
  return digest([part]);
}

function digest(parts: Buffer[]): string {
  const hash = createHash("sha256");
  for (const p of parts) {
    const length = Buffer.alloc(8);
    length.writeBigUInt64BE(BigInt(p.length));
    hash.update(length).update(p);
  }
  return hash.digest("hex");
}

describeInterop("ZMTP NULL handshake against libzmq", ["zmq"], () => {
  it("H-1: we connect to a pyzmq DEALER; the handshake completes with its metadata (G-4, E-31)", async () => {
    const { handler } = await weConnect("DEALER", { socketType: "DEALER" });
    const peer = await handler.ready();
    expect(peer.socketType).toBe("DEALER");
    expect(peer.identity).toEqual(Buffer.alloc(0));
    expect(peer.minor).toBe(1);
    expect(peer.properties.has("Identity")).toBe(true);
  });

  it("H-1: a pyzmq ROUTER connects to us; the handshake completes", async () => {
    const { handler } = await weAccept("ROUTER", { socketType: "DEALER", identity: Buffer.from("node") });
    expect(handler.peer?.socketType).toBe("ROUTER");
  });

  it("F-1/F-5/F-6: multipart parts of 0, 255, 256 and 1 MiB bytes round-trip byte-exactly (we connect)", async () => {
    const { peer, handler, connection } = await weConnect("PAIR", { socketType: "PAIR" });
    await handler.ready();
    const parts = [0, 255, 256, 1024 * 1024].map((n) => {
      const part = Buffer.alloc(n);
      for (let i = 0; i < n; i++) part[i] = (i * 7 + n) & 255;
      return part;
    });
    connection.send(parts);
    expect(await peer.nextLine()).toBe(`GOT 0,255,256,1048576 ${digest(parts)}`);
    await handler.messageCount(1);
    expect(handler.messages[0]!.map(digestOne)).toEqual(parts.map(digestOne));
  });

  it("F-6: multipart round trip when pyzmq connects to us", async () => {
    const { peer, handler, connection } = await weAccept("PAIR", { socketType: "PAIR" });
    const parts = [Buffer.alloc(0), Buffer.alloc(256, 9), Buffer.from("end")];
    connection.send(parts);
    expect(await peer.nextLine()).toBe(`GOT 0,256,3 ${digest(parts)}`);
    await handler.messageCount(1);
    expect(handler.messages[0]).toEqual(parts);
  });

  it("K-1/V-5: answers libzmq's heartbeat PINGs and stays connected past its timeout", async () => {
    const { peer, handler, connection } = await weConnect("PAIR", { socketType: "PAIR" }, 100);
    await handler.ready();
    await new Promise((r) => setTimeout(r, 1200)); // libzmq timeout is 300 ms
    expect(handler.closed).toBeUndefined();
    connection.send([Buffer.from("still connected")]);
    expect((await peer.nextLine()).startsWith("GOT 15 ")).toBe(true);
    await handler.messageCount(1);
  });

  it("H-7: an incompatible socket type is refused cleanly (we PUSH to a pyzmq PUB)", async () => {
    const { handler } = await weConnect("PUB", { socketType: "PUSH" });
    const closed = await handler.close();
    expect(closed.handshakeDone).toBe(false);
    expect(closed.error).toMatchObject({ kind: "protocol", code: "ERR_ZMTP_INVALID_METADATA" });
  });

  it("V-1: our SUB's SUBSCRIBE command reaches a pyzmq XPUB, whose messages then reach us", async () => {
    const { peer, handler, connection } = await weAccept("XPUB", { socketType: "SUB" });
    connection.subscribe(Buffer.alloc(0));
    // XPUB reports the subscription as the message \x01 and echoes it: the empty topic lets it through to us
    expect(await peer.nextLine()).toBe(`GOT 1 ${digest([Buffer.from([1])])}`);
    await handler.messageCount(1);
    expect(handler.messages[0]).toEqual([Buffer.from([1])]);
  });
});
