import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseEndpoint } from "../../src/transports/registry.js";
import { listen, type ListenOptions, type TransportListener } from "../../src/transports/listener.js";

let dir: string;
const cleanup: Array<() => unknown> = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "purezmq-listener-"));
});
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hasIpv6Loopback = Object.values(networkInterfaces()).some((entries) => entries?.some((e) => e.address === "::1"));

interface Accepted {
  listener: TransportListener;
  next(): Promise<{ stream: Socket; remote: string }>;
}

/** Listen and collect accepted streams; everything is closed after the test. */
async function open(address: string, options: ListenOptions = {}): Promise<Accepted> {
  const waiting: Array<(value: { stream: Socket; remote: string }) => void> = [];
  const queued: Array<{ stream: Socket; remote: string }> = [];
  const listener = await listen(parseEndpoint(address, "bind"), options, (stream) => {
    cleanup.push(() => stream.destroy());
    // the peer's side as the accepted stream sees it (empty for ipc)
    const remote = stream.remotePort === undefined ? "" : `${stream.remoteAddress}:${stream.remotePort}`;
    const entry = { stream, remote };
    const resolve = waiting.shift();
    if (resolve) resolve(entry);
    else queued.push(entry);
  });
  cleanup.push(() => listener.close());
  return {
    listener,
    next: () => {
      const entry = queued.shift();
      return entry ? Promise.resolve(entry) : new Promise((resolve) => waiting.push(resolve));
    },
  };
}

function dial(options: { host?: string; port?: number; path?: string }): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket =
      options.path !== undefined
        ? connect({ path: options.path })
        : connect({ host: options.host!, port: options.port! });
    cleanup.push(() => socket.destroy());
    socket.once("connect", () => resolve(socket));
    socket.once("error", reject);
  });
}

function portOf(endpoint: string): number {
  return Number(endpoint.slice(endpoint.lastIndexOf(":") + 1));
}

describe("listen on tcp", () => {
  it("tcp://127.0.0.1:0 reports a real ephemeral port and accepts a connection on it", async () => {
    const { listener, next } = await open("tcp://127.0.0.1:0");
    expect(listener.endpoint).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
    const port = portOf(listener.endpoint);
    expect(port).toBeGreaterThan(0);
    const client = await dial({ host: "127.0.0.1", port });
    const { stream, remote } = await next();
    expect(remote).toBe(`127.0.0.1:${client.localPort}`);
    const received = new Promise<Buffer>((resolve) => stream.once("data", resolve));
    client.write("hello");
    expect((await received).toString()).toBe("hello");
  });

  it("tcp://127.0.0.1:* is an ephemeral port too", async () => {
    const { listener } = await open("tcp://127.0.0.1:*");
    expect(portOf(listener.endpoint)).toBeGreaterThan(0);
  });

  it("tcp://*:0 listens on all IPv4 interfaces, reported as 0.0.0.0 like zeromq.js", async () => {
    const { listener, next } = await open("tcp://*:0");
    expect(listener.endpoint).toMatch(/^tcp:\/\/0\.0\.0\.0:\d+$/);
    await dial({ host: "127.0.0.1", port: portOf(listener.endpoint) });
    await next();
  });

  it("tcp://*:0 with ipv6 listens dual-stack on [::]", async () => {
    const { listener, next } = await open("tcp://*:0", { ipv6: true });
    expect(listener.endpoint).toMatch(/^tcp:\/\/\[::\]:\d+$/);
    await dial({ host: "127.0.0.1", port: portOf(listener.endpoint) });
    await next();
  });

  it.skipIf(!hasIpv6Loopback)("an IPv6 literal [::1] with ipv6 set, reported in brackets", async () => {
    const { listener, next } = await open("tcp://[::1]:0", { ipv6: true });
    expect(listener.endpoint).toMatch(/^tcp:\/\/\[::1\]:\d+$/);
    const client = await dial({ host: "::1", port: portOf(listener.endpoint) });
    const { remote } = await next();
    expect(remote).toBe(`::1:${client.localPort}`);
  });

  it("an IPv6 literal without the ipv6 option is ENODEV, as in zeromq.js", async () => {
    await expect(listen(parseEndpoint("tcp://[::1]:0", "bind"), {}, () => {})).rejects.toMatchObject({
      code: "ENODEV",
      address: "tcp://[::1]:0",
    });
  });

  it("with ipv6 an IPv4 address is bound IPv4-mapped, reported as zeromq.js does", async () => {
    const { listener, next } = await open("tcp://127.0.0.1:0", { ipv6: true });
    expect(listener.endpoint).toMatch(/^tcp:\/\/\[::ffff:127\.0\.0\.1\]:\d+$/);
    await dial({ host: "127.0.0.1", port: portOf(listener.endpoint) });
    await next();
  });

  it("a host name is resolved (zeromq.js binds tcp://localhost:* to 127.0.0.1)", async () => {
    const { listener } = await open("tcp://localhost:0");
    expect(listener.endpoint).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
  });

  it.skipIf(networkInterfaces().lo === undefined)(
    "a network interface name is bound to its address (tcp://lo:*)",
    async () => {
      const { listener } = await open("tcp://lo:*");
      expect(listener.endpoint).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
    },
  );

  it.each(["tcp://:5555", "tcp://no-such-host.invalid:0"])("%s is ENODEV with the address", async (address) => {
    await expect(listen(parseEndpoint(address, "bind"), {}, () => {})).rejects.toMatchObject({
      code: "ENODEV",
      message: "No such device",
      address,
    });
  });

  it("a taken port is EADDRINUSE with the address", async () => {
    const { listener } = await open("tcp://127.0.0.1:0");
    const address = listener.endpoint;
    await expect(listen(parseEndpoint(address, "bind"), {}, () => {})).rejects.toMatchObject({
      code: "EADDRINUSE",
      errno: 98,
      message: "Address already in use",
      address,
    });
  });

  it("a foreign address is EADDRNOTAVAIL with the address", async () => {
    // TEST-NET-1 (RFC 5737) is never assigned to this machine; binding it fails without sending anything.
    const address = "tcp://192.0.2.123:0";
    await expect(listen(parseEndpoint(address, "bind"), {}, () => {})).rejects.toMatchObject({
      code: "EADDRNOTAVAIL",
      address,
    });
  });

  it("close() stops accepting and frees the port at once, leaving accepted connections open", async () => {
    const { listener, next } = await open("tcp://127.0.0.1:0");
    const port = portOf(listener.endpoint);
    const client = await dial({ host: "127.0.0.1", port });
    const { stream } = await next();
    await listener.close();
    await expect(dial({ host: "127.0.0.1", port })).rejects.toMatchObject({ code: "ECONNREFUSED" });
    const received = new Promise<Buffer>((resolve) => stream.once("data", resolve));
    client.write("still here");
    expect((await received).toString()).toBe("still here");
    // The same address can be bound again right away.
    const again = await open(`tcp://127.0.0.1:${port}`);
    expect(again.listener.endpoint).toBe(listener.endpoint);
    await expect(listener.close()).resolves.toBeUndefined();
  });

  it("accepted tcp streams are unref()'d (keepalive options applied without error)", async () => {
    const { listener, next } = await open("tcp://127.0.0.1:0", { tcpKeepalive: 1, tcpKeepaliveIdle: 30 });
    await dial({ host: "127.0.0.1", port: portOf(listener.endpoint) });
    const { stream } = await next();
    // A ref()'d handle reports true from hasRef(); unref() makes it false.
    expect((stream as Socket & { _handle: { hasRef(): boolean } })._handle.hasRef()).toBe(false);
  });
});

describe("listen on ipc", () => {
  it("binds a path, reports it, accepts a stream, and leaves the file on close as libzmq does", async () => {
    const path = join(dir, "plain.sock");
    const { listener, next } = await open(`ipc://${path}`);
    expect(listener.endpoint).toBe(`ipc://${path}`);
    expect(lstatSync(path).isSocket()).toBe(true);
    await dial({ path });
    const { stream } = await next();
    expect(stream.remotePort).toBeUndefined();
    await listener.close();
    expect(lstatSync(path).isSocket()).toBe(true);
    await expect(dial({ path })).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });

  it("ipc://* binds a fresh file under the temp dir and reports its path", async () => {
    const { listener, next } = await open("ipc://*");
    const path = listener.endpoint.slice("ipc://".length);
    expect(path.startsWith(tmpdir())).toBe(true);
    await dial({ path });
    await next();
    await listener.close();
    expect(existsSync(path)).toBe(false);
  });

  it.runIf(process.platform === "linux")("binds the abstract namespace (ipc://@name) without a file", async () => {
    const name = `purezmq-abstract-${process.pid}-${Date.now()}`;
    const { listener, next } = await open(`ipc://@${name}`);
    expect(listener.endpoint).toBe(`ipc://@${name}`);
    await dial({ path: `\0${name}` });
    await next();
    await expect(listen(parseEndpoint(`ipc://@${name}`, "bind"), {}, () => {})).rejects.toMatchObject({
      code: "EADDRINUSE",
      address: `ipc://@${name}`,
    });
  });

  it("removes a stale socket file left behind by a process that died, as libzmq does", async () => {
    const path = join(dir, "stale.sock");
    // process.exit() skips libuv's close, so the socket file stays behind with nobody listening.
    const result = spawnSync(
      process.execPath,
      ["-e", `require("net").createServer().listen(${JSON.stringify(path)}, () => process.exit(0))`],
      {
        timeout: 10_000,
      },
    );
    expect(result.status).toBe(0);
    expect(lstatSync(path).isSocket()).toBe(true);
    await expect(dial({ path })).rejects.toMatchObject({ code: "ECONNREFUSED" });
    const { listener, next } = await open(`ipc://${path}`);
    expect(listener.endpoint).toBe(`ipc://${path}`);
    await dial({ path });
    await next();
  });

  it("takes over a path another listener is serving, as libzmq does; closing the first leaves it to the second", async () => {
    const path = join(dir, "live.sock");
    const first = await open(`ipc://${path}`);
    const second = await open(`ipc://${path}`);
    await dial({ path });
    await second.next();
    await first.listener.close();
    await dial({ path });
    await second.next();
    expect(readdirSync(dir).filter((name) => name.startsWith("live.sock"))).toEqual(["live.sock"]);
  });

  it("replaces a regular file at the path, as libzmq does", async () => {
    const path = join(dir, "regular-file");
    writeFileSync(path, "replaced");
    const { next } = await open(`ipc://${path}`);
    expect(lstatSync(path).isSocket()).toBe(true);
    await dial({ path });
    await next();
  });

  it("a directory at the path is EADDRINUSE, and stays", async () => {
    const path = join(dir, "a-directory");
    mkdirSync(path);
    await expect(listen(parseEndpoint(`ipc://${path}`, "bind"), {}, () => {})).rejects.toMatchObject({
      code: "EADDRINUSE",
      address: `ipc://${path}`,
    });
    expect(lstatSync(path).isDirectory()).toBe(true);
  });

  it("a missing directory is ENOENT with the address", async () => {
    const address = `ipc://${join(dir, "missing", "x.sock")}`;
    await expect(listen(parseEndpoint(address, "bind"), {}, () => {})).rejects.toMatchObject({
      code: "ENOENT",
      address,
    });
  });
});
