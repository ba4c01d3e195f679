import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { curveKeyPair } from "../../src/index.js";
import { describeInterop, startPython, type PythonPeer } from "../../interop/helpers/python.js";
import { cli, CliProcess } from "./run-cli.js";

const PEER = new URL("./fixtures/py_peer.py", import.meta.url).pathname;
const started: Array<{ kill(): void }> = [];
afterEach(() => {
  for (const p of started.splice(0)) p.kill();
});

async function python(mode: string, endpoint: string, n = 1): Promise<{ peer: PythonPeer; endpoint: string }> {
  const peer = startPython(PEER, [mode, endpoint, String(n)], {});
  started.push(peer);
  const line = await peer.nextLine(15_000);
  return { peer, endpoint: line.replace(/^ready /, "") };
}

function purezmq(args: string[], input?: string): CliProcess {
  const p = new CliProcess(args, { input });
  started.push(p);
  return p;
}

const hex = (s: string): string => Buffer.from(s).toString("hex");

describeInterop("purezmq socket commands against pyzmq and purezmq", ["zmq", "msgpack"], () => {
  it("req (purezmq) -> rep (pyzmq): stdin lines are requests, replies are printed", async () => {
    const { peer, endpoint } = await python("rep-echo", "tcp://127.0.0.1:*", 2);
    const result = await cli(["req", "--connect", endpoint, "--timeout", "10000"], { input: "hello\nworld\n" });
    expect(result).toMatchObject({ code: 0, stdout: "hello\nworld\n" });
    expect(await peer.nextLine()).toBe(hex("hello"));
  });

  it("req (purezmq) -> rep --echo (purezmq), json codec both ways", async () => {
    const rep = purezmq(["rep", "--bind", "tcp://127.0.0.1:0", "--echo", "--count", "1", "--codec", "json"]);
    const endpoint = await rep.boundEndpoint();
    const req = await cli([
      "req",
      "--connect",
      endpoint,
      "--codec",
      "json",
      "--data",
      '{"a": [1, 2]}',
      "--timeout",
      "10000",
    ]);
    expect(req).toMatchObject({ code: 0, stdout: '{"a":[1,2]}\n' });
    expect(await rep.result()).toMatchObject({ code: 0, stdout: '{"a":[1,2]}\n' });
  });

  it("push (purezmq, separator + hex codec) -> pull (pyzmq): multipart frames arrive intact", async () => {
    const { peer, endpoint } = await python("pull", "tcp://127.0.0.1:*", 2);
    const push = await cli(["push", "--connect", endpoint, "--codec", "hex", "--separator", "|"], {
      input: "00ff|cafe\n01\n",
    });
    expect(push.code).toBe(0);
    expect(await peer.nextLine()).toBe("00ff,cafe");
    expect(await peer.nextLine()).toBe("01");
  });

  it("push (pyzmq send_json) -> pull (purezmq --codec json --count)", async () => {
    const pull = purezmq(["pull", "--bind", "tcp://127.0.0.1:0", "--codec", "json", "--count", "3"]);
    const endpoint = await pull.boundEndpoint();
    await python("push-json", endpoint, 3);
    expect(await pull.result()).toMatchObject({ code: 0, stdout: '{"n":0}\n{"n":1}\n{"n":2}\n' });
  });

  it("pub (pyzmq, msgpack) -> sub (purezmq --subscribe --codec msgpack): topic shown as text, body decoded", async () => {
    const { endpoint } = await python("pub", "tcp://127.0.0.1:*");
    const sub = await cli([
      "sub",
      "--connect",
      endpoint,
      "--subscribe",
      "weather",
      "--codec",
      "msgpack",
      "--count",
      "2",
      "--timeout",
      "10000",
    ]);
    expect(sub.code).toBe(0);
    const lines = sub.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^weather\t\{"t":\d+\}$/);
  });

  it("pub (purezmq --topic --delay) -> sub (pyzmq)", async () => {
    const pub = purezmq([
      "pub",
      "--bind",
      "tcp://127.0.0.1:0",
      "--topic",
      "news",
      "--delay",
      "1500",
      "--data",
      "extra",
      "--count",
      "30",
      "--rate",
      "20",
    ]);
    const endpoint = await pub.boundEndpoint();
    const { peer } = await python("sub", endpoint, 1);
    expect(await peer.nextLine(15_000)).toBe(`${hex("news")},${hex("extra")}`);
    expect((await pub.result(20_000)).code).toBe(0);
  });

  it("dealer (purezmq) -> router (pyzmq): empty delimiter via separator, reply printed", async () => {
    const { peer, endpoint } = await python("router", "tcp://127.0.0.1:*", 1);
    const dealer = await cli([
      "dealer",
      "--connect",
      endpoint,
      "--identity",
      "cli",
      "--separator",
      "|",
      "--data",
      "|ping",
      "--count",
      "1",
      "--timeout",
      "10000",
    ]);
    expect(dealer).toMatchObject({ code: 0, stdout: "hi ping\n" });
    expect(await peer.nextLine()).toBe(`${hex("cli")},,${hex("ping")}`);
  });

  it("router (purezmq) <- dealer (purezmq): the peer's identity is printed as the first frame", async () => {
    const router = purezmq(["router", "--bind", "tcp://127.0.0.1:0", "--count", "1", "--separator", "|"]);
    const endpoint = await router.boundEndpoint();
    const dealer = purezmq([
      "dealer",
      "--connect",
      endpoint,
      "--identity",
      "d1",
      "--data",
      "question",
      "--count",
      "1",
      "--timeout",
      "10000",
    ]);
    await router.waitFor("stdout", /^d1\|question$/m);
    router.kill();
    dealer.kill();
  });

  it("CURVE: req -> rep --curve-server, the server key read from a zcert file, keys mapped onto the socket options", async () => {
    const server = curveKeyPair();
    const client = curveKeyPair();
    const certFile = join(mkdtempSync(join(tmpdir(), "purezmq-cli-")), "server.key");
    writeFileSync(certFile, `metadata\ncurve\n    public-key = "${server.publicKey}"\n`);
    const rep = purezmq([
      "rep",
      "--bind",
      "tcp://127.0.0.1:0",
      "--echo",
      "--count",
      "1",
      "--curve-server",
      "--curve-secret-key",
      server.secretKey,
    ]);
    const endpoint = await rep.boundEndpoint();
    const req = await cli([
      "req",
      "--connect",
      endpoint,
      "--curve-server-key",
      `@${certFile}`,
      "--curve-public-key",
      client.publicKey,
      "--curve-secret-key",
      client.secretKey,
      "--data",
      "secret",
      "--timeout",
      "10000",
    ]);
    expect(req).toMatchObject({ code: 0, stdout: "secret\n" });
    expect(await rep.result()).toMatchObject({ code: 0, stdout: "secret\n" });
    // A client with the wrong server key never gets an answer.
    const rep2 = purezmq([
      "rep",
      "--bind",
      "tcp://127.0.0.1:0",
      "--echo",
      "--curve-server",
      "--curve-secret-key",
      server.secretKey,
    ]);
    const wrong = await cli([
      "req",
      "--connect",
      await rep2.boundEndpoint(),
      "--curve-server-key",
      client.publicKey,
      "--curve-public-key",
      client.publicKey,
      "--curve-secret-key",
      client.secretKey,
      "--data",
      "x",
      "--timeout",
      "1500",
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe("purezmq req: no message within 1500 ms (--timeout)\n");
  });

  it("pair (purezmq) <-> pair (purezmq) with base64 and pyobj codecs", async () => {
    const a = purezmq(["pair", "--bind", "tcp://127.0.0.1:0", "--codec", "base64", "--count", "1"]);
    const endpoint = await a.boundEndpoint();
    const b = await cli([
      "pair",
      "--connect",
      endpoint,
      "--codec",
      "pyobj",
      "--data",
      '{"k": [1, "x"]}',
      "--count",
      "0",
    ]);
    expect(b.code).toBe(0);
    const printed = (await a.result()).stdout.trim();
    // pickled by our pyobj codec: protocol 2+ starts with 0x80
    expect(Buffer.from(printed, "base64")[0]).toBe(0x80);
  });
});
