import { afterEach, expect, it } from "vitest";
import { describeInterop, startPython } from "../../interop/helpers/python.js";
import { cli, CliProcess } from "./run-cli.js";

const PEER = new URL("./fixtures/py_peer.py", import.meta.url).pathname;
const started: Array<{ kill(): void }> = [];
afterEach(() => {
  for (const p of started.splice(0)) p.kill();
});

function purezmq(args: string[]): CliProcess {
  const p = new CliProcess(args);
  started.push(p);
  return p;
}

describeInterop("purezmq spy, monitor, bench", ["zmq", "msgpack"], () => {
  it("spy decodes a purezmq REQ talking to a pyzmq REP through it, both directions (--json)", async () => {
    const rep = startPython(PEER, ["rep-echo", "tcp://127.0.0.1:*", "1"]);
    started.push(rep);
    const server = (await rep.nextLine(15_000)).replace(/^ready /, "");
    const spy = purezmq(["spy", "--listen", "tcp://127.0.0.1:0", "--forward", server, "--json", "--count", "1"]);
    const listening = (await spy.waitFor("stderr", /listening on (tcp:\/\/\S+),/))[1]!;
    const req = await cli(["req", "--connect", listening, "--identity", "me", "--data", "hello", "--timeout", "10000"]);
    expect(req).toMatchObject({ code: 0, stdout: "hello\n" });
    const result = await spy.result();
    expect(result.code).toBe(0);
    const events = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const e of events) expect(Date.parse(e.time as string)).not.toBeNaN();
    const pick = (dir: string, kind: string) => events.filter((e) => e.dir === dir && e.kind === kind);
    expect(pick("c>s", "greeting")[0]).toMatchObject({ version: "3.1", mechanism: "NULL", asServer: false });
    expect(pick("s>c", "greeting")[0]).toMatchObject({ mechanism: "NULL", asServer: false });
    expect(pick("c>s", "command")[0]).toMatchObject({
      name: "READY",
      fields: { "Socket-Type": "REQ", Identity: "me" },
    });
    expect(pick("s>c", "command")[0]).toMatchObject({ name: "READY", fields: { "Socket-Type": "REP" } });
    expect(pick("c>s", "frame").map((e) => [e.size, e.more, e.preview])).toEqual([
      [0, true, "(empty)"],
      [5, false, '"hello"'],
    ]);
    expect(pick("s>c", "frame").map((e) => e.preview)).toEqual(["(empty)", '"hello"']);
    expect(events.at(-1)).toMatchObject({ kind: "close" });
  });

  it("spy shows SUBSCRIBE and message frames in text mode (purezmq sub -> pyzmq pub)", async () => {
    const pub = startPython(PEER, ["pub", "tcp://127.0.0.1:*"]);
    started.push(pub);
    const server = (await pub.nextLine(15_000)).replace(/^ready /, "");
    const spy = purezmq(["spy", "--listen", "tcp://127.0.0.1:0", "--forward", server]);
    const listening = (await spy.waitFor("stderr", /listening on (tcp:\/\/\S+),/))[1]!;
    const sub = await cli([
      "sub",
      "--connect",
      listening,
      "--subscribe",
      "weather",
      "--count",
      "1",
      "--codec",
      "msgpack",
      "--timeout",
      "10000",
    ]);
    expect(sub.code).toBe(0);
    await spy.waitFor("stdout", /c>s SUBSCRIBE topic="weather"/);
    await spy.waitFor("stdout", /s>c frame 7B MORE "weather"/);
    expect(spy.stdout).toMatch(/^\d\d:\d\d:\d\d\.\d{3} #1 c>s greeting ZMTP 3\.1 NULL as-server=0$/m);
  });

  it("monitor prints connect and handshake events as they happen", async () => {
    const rep = startPython(PEER, ["rep-echo", "tcp://127.0.0.1:*", "1"]);
    started.push(rep);
    const server = (await rep.nextLine(15_000)).replace(/^ready /, "");
    const monitor = await cli(["monitor", server, "--type", "req", "--until", "handshake", "--timeout", "10000"]);
    expect(monitor.code).toBe(0);
    const lines = monitor.stdout
      .trim()
      .split("\n")
      .filter((l) => !l.includes("connect:delay"));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\S+Z  connect\\s+${server.replace(/[.]/g, "\\.")}$`));
    expect(lines[1]).toMatch(/ handshake\s+tcp:/);
  });

  it("monitor --json reports a handshake error with its reason", async () => {
    const rep = startPython(PEER, ["rep-echo", "tcp://127.0.0.1:*", "1"]);
    started.push(rep);
    const server = (await rep.nextLine(15_000)).replace(/^ready /, "");
    // A PUSH may not talk to a REP: the handshake fails.
    const monitor = await cli([
      "monitor",
      server,
      "--type",
      "push",
      "--json",
      "--until",
      "handshake:error:protocol",
      "--timeout",
      "10000",
    ]);
    expect(monitor.code).toBe(0);
    const events = monitor.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { event: string; error?: string });
    expect(events.map((e) => e.event).filter((e) => e !== "connect:delay")).toEqual([
      "connect",
      "handshake:error:protocol",
    ]);
    expect(events.at(-1)!.error).toBeTruthy();
  });

  it("monitor --timeout fails with one line when nothing happens", async () => {
    const monitor = await cli(["monitor", "tcp://127.0.0.1:0", "--bind", "--count", "2", "--timeout", "300"]);
    expect(monitor.code).toBe(1);
    expect(monitor.stdout).toMatch(/ bind\s+tcp:\/\/127\.0\.0\.1:\d+/);
    expect(monitor.stderr).toBe("purezmq monitor: no event within 300 ms (--timeout)\n");
  });

  it("bench measures throughput and round trips between two processes and prints a table", async () => {
    const bench = await cli(["bench", "--count", "20000", "--roundtrips", "300", "--size", "100"], {
      timeoutMs: 60_000,
    });
    expect(bench.code).toBe(0);
    expect(bench.stderr).toBe(""); // no progress line when stderr is not a terminal
    expect(bench.stdout).toMatch(/^throughput messages\s+20,000$/m);
    expect(bench.stdout).toMatch(/^throughput\s+[\d,]+ msg\/s$/m);
    expect(bench.stdout).toMatch(/^round trip p99\s+[\d.]+ µs$/m);
    expect(bench.stdout).toMatch(/^message size\s+100 B$/m);
  }, 70_000);
});
