import { spawn, spawnSync } from "node:child_process";
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

function runScript(
  source: string,
  timeout = 15_000,
): { status: number | null; stdout: string; stderr: string; ms: number } {
  const started = Date.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", source], {
    cwd: process.cwd(),
    timeout,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

describe("process lifetime (unref discipline)", () => {
  it("idle bound and connected sockets do not keep the process alive", () => {
    const result = runScript(`
      import * as zmq from "./src/index.ts";
      const pull = new zmq.Pull();
      await pull.bind("tcp://127.0.0.1:*");
      const push = new zmq.Push();
      push.connect(pull.lastEndpoint);
      const dangling = new zmq.Push();
      dangling.connect("tcp://127.0.0.1:1");
      console.log("ready");
    `);
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("ready");
    expect(result.status).toBe(0);
  });

  it("a pending receive keeps the process alive until it resolves", () => {
    const result = runScript(`
      import * as zmq from "./src/index.ts";
      const pull = new zmq.Pull();
      await pull.bind("tcp://127.0.0.1:*");
      const push = new zmq.Push();
      push.connect(pull.lastEndpoint);
      setTimeout(() => void push.send("late"), 300).unref();
      const [msg] = await pull.receive();
      console.log("got " + msg.toString());
    `);
    expect(result.stdout.trim()).toBe("got late");
    expect(result.status).toBe(0);
  });
});

describe("linger", () => {
  it("a process that sends and closes stays alive until its queued messages are delivered, then exits", async () => {
    const pull = track(new zmq.Pull());
    const address = await bindFresh(pull, "tcp");
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        `
      import * as zmq from "./src/index.ts";
      const push = new zmq.Push();
      push.connect(${JSON.stringify(address)});
      for (let i = 0; i < 100; i++) await push.send("task " + i);
      push.close();
    `,
      ],
      { stdio: "ignore" },
    );
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    for (let i = 0; i < 100; i++) expect((await pull.receive())[0]!.toString()).toBe(`task ${i}`);
    expect(await exited).toBe(0);
    clearTimeout(timer);
  });

  it("close() with the default linger still delivers queued messages (tcp)", async () => {
    const pull = track(new zmq.Pull());
    const address = await bindFresh(pull, "tcp");
    const push = new zmq.Push();
    push.connect(address);
    for (let i = 0; i < 1000; i++) await push.send(`m${i}`);
    push.close();
    for (let i = 0; i < 1000; i++) expect((await pull.receive())[0]!.toString()).toBe(`m${i}`);
  });

  it("messages queued before the connection exists go out once it is up (S-0a)", async () => {
    const push = track(new zmq.Push());
    const pull = track(new zmq.Pull());
    const probe = track(new zmq.Pull());
    const address = await bindFresh(probe, "tcp");
    probe.close();
    push.connect(address);
    await push.send("queued before bind");
    await pull.bind(address);
    expect((await pull.receive())[0]!.toString()).toBe("queued before bind");
  });
});

describe("endpoints", () => {
  it("EADDRINUSE on a taken port, ENOENT on unknown unbind/disconnect", async () => {
    const a = track(new zmq.Pull());
    const b = track(new zmq.Pull());
    const address = await bindFresh(a, "tcp");
    await expect(b.bind(address)).rejects.toMatchObject({ code: "EADDRINUSE", address });
    await expect(b.unbind("tcp://127.0.0.1:1")).rejects.toMatchObject({ code: "ENOENT" });
    expect(() => b.disconnect("tcp://127.0.0.1:1")).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });

  it("lastEndpoint reports the resolved port for tcp://127.0.0.1:* and port 0", async () => {
    const a = track(new zmq.Pull());
    await a.bind("tcp://127.0.0.1:*");
    expect(a.lastEndpoint).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
    expect(a.lastEndpoint).not.toBe("tcp://127.0.0.1:0");
  });

  it("while bind is pending other calls throw EBUSY synchronously", async () => {
    const a = track(new zmq.Pull());
    const binding = a.bind("tcp://127.0.0.1:*");
    expect(() => a.connect("tcp://127.0.0.1:5")).toThrow(expect.objectContaining({ code: "EBUSY" }));
    await binding;
  });

  it("unbind stops accepting; close during a pending bind is deferred until it completes", async () => {
    const a = track(new zmq.Pull());
    const binding = a.bind("tcp://127.0.0.1:*");
    a.close();
    expect(a.closed).toBe(false);
    await binding;
    expect(a.closed).toBe(true);
  });

  it("disconnect stops delivery to that endpoint", async () => {
    const pull = track(new zmq.Pull());
    const push = track(new zmq.Push({ sendTimeout: 50 }));
    const address = await bindFresh(pull, "tcp");
    push.connect(address);
    await push.send("one");
    expect((await pull.receive())[0]!.toString()).toBe("one");
    push.disconnect(address);
    await expect(push.send("two")).rejects.toMatchObject({ code: "EAGAIN" });
  });
});

describe("reconnect (R-1, S-SUB-2)", () => {
  it("connect before bind works; the SUB resubscribes after the PUB comes back", async () => {
    const probe = track(new zmq.Pull());
    const address = await bindFresh(probe, "tcp");
    probe.close();
    const sub = track(new zmq.Subscriber({ reconnectInterval: 20 }));
    sub.subscribe("t");
    sub.connect(address);

    for (let round = 0; round < 2; round++) {
      const pub = new zmq.Publisher();
      await pub.bind(address);
      const received = sub.receive();
      let done = false;
      void received.then(() => (done = true));
      while (!done) {
        await pub.send(["t", String(round)]);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect((await received)[1]!.toString()).toBe(String(round));
      pub.close();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  it("emits connect:retry with the interval when the peer is not there", async () => {
    const probe = track(new zmq.Pull());
    const address = await bindFresh(probe, "tcp");
    probe.close();
    const push = track(new zmq.Push({ reconnectInterval: 30 }));
    const retry = new Promise<zmq.EventOfType<"connect:retry">>((resolve) => push.events.on("connect:retry", resolve));
    push.connect(address);
    const event = await retry;
    expect(event.address).toBe(address);
    expect(event.interval).toBeGreaterThanOrEqual(30);
    expect(event.interval).toBeLessThan(60);
  });
});

describe("Observer events", () => {
  it("bind, accept, connect, handshake, disconnect, close and end in order", async () => {
    const server = track(new zmq.Pull());
    const client = new zmq.Push();
    const serverEvents: string[] = [];
    const clientEvents: string[] = [];
    server.events.on("bind", (e) => serverEvents.push(`bind ${e.address === server.lastEndpoint}`));
    server.events.on("accept", () => serverEvents.push("accept"));
    server.events.on("handshake", () => serverEvents.push("handshake"));
    const serverDisconnected = new Promise<void>((resolve) =>
      server.events.on("disconnect", () => {
        serverEvents.push("disconnect");
        resolve();
      }),
    );
    for (const type of ["connect:delay", "connect", "handshake", "end"] as const) {
      client.events.on(type, () => clientEvents.push(type));
    }
    await server.bind("tcp://127.0.0.1:*");
    const handshook = new Promise<void>((resolve) => client.events.on("handshake", () => resolve()));
    client.connect(server.lastEndpoint!);
    await handshook;
    client.close();
    await serverDisconnected;
    await new Promise((resolve) => setImmediate(resolve));
    expect(serverEvents).toEqual(["bind true", "accept", "handshake", "disconnect"]);
    expect(clientEvents).toEqual(["connect:delay", "connect", "handshake", "end"]);
  });

  it("receive() mode yields events and then end; after end receive rejects EBADF", async () => {
    const socket = new zmq.Pull();
    const events = socket.events;
    await socket.bind("tcp://127.0.0.1:*");
    socket.close();
    const types: string[] = [];
    for await (const event of events) types.push(event.type);
    expect(types).toEqual(["bind", "close", "end"]);
    await expect(events.receive()).rejects.toMatchObject({ code: "EBADF" });
  });

  it("events of a socket closed before anyone asked for them throws ENOTSOCK, as zeromq.js", () => {
    const socket = new zmq.Pull();
    socket.close();
    expect(() => socket.events).toThrow(expect.objectContaining({ code: "ENOTSOCK" }));
  });

  it("an incompatible peer gives handshake:error:protocol (H-7)", async () => {
    const server = track(new zmq.Pull());
    const client = track(new zmq.Publisher());
    const failed = new Promise<zmq.EventOfType<"handshake:error:protocol">>((resolve) =>
      client.events.on("handshake:error:protocol", resolve),
    );
    client.connect(await bindFresh(server, "tcp"));
    const event = await failed;
    expect(event.error.code).toBe("ERR_ZMTP_INVALID_METADATA");
  });
});
