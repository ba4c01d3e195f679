import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeInterop, PYTHON } from "../../interop/helpers/python.js";
import { CLI, cli } from "./run-cli.js";

const FRAGILE = new URL("./fixtures/fragile-zmtp-server.mjs", import.meta.url).pathname;
const PYZMQ_TARGET = new URL("../../scripts/fuzz/pyzmq_target.py", import.meta.url).pathname;

/** A port that was free a moment ago (the target started by --exec needs a fixed endpoint). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const outDir = (): string => mkdtempSync(join(tmpdir(), "purezmq-fuzz-"));

describe("purezmq fuzz", () => {
  it("generates the same cases for the same seed, and others for another seed", async () => {
    const a = await cli(["fuzz", "--list", "--type", "dealer", "--cases", "30", "--seed", "9"]);
    const b = await cli(["fuzz", "--list", "--type", "dealer", "--cases", "30", "--seed", "9"]);
    const c = await cli(["fuzz", "--list", "--type", "dealer", "--cases", "30", "--seed", "10"]);
    expect(a.code).toBe(0);
    expect(a.stdout.trim().split("\n")).toHaveLength(30);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    expect(a.stdout).toMatch(/bitflip|truncate|duplicate|drop|swap|length|insert|rename/);
    expect(a.stdout).toMatch(/\tvalid$/m);
  });

  it("finds a crash, shrinks it to the 5 bytes that trigger it, and the reproducer replays", async () => {
    const port = await freePort();
    const out = outDir();
    const exec = `exec ${process.execPath} ${FRAGILE} ${port} crash`;
    const run = await cli(
      [
        "fuzz",
        `tcp://127.0.0.1:${port}`,
        "--type",
        "DEALER",
        "--cases",
        "200",
        "--seed",
        "1",
        "--deadline",
        "1000",
        "--exec",
        exec,
        "--out",
        out,
      ],
      { timeoutMs: 150_000 },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/crash at case \d+: target exited with status 134/);
    const [file] = readdirSync(out);
    const reproducer = JSON.parse(readFileSync(join(out, file!), "utf8")) as {
      kind: string;
      hex: string;
      replay: string;
    };
    expect(reproducer.kind).toBe("crash");
    expect(reproducer.hex).toBe(Buffer.from("\x04PING", "latin1").toString("hex"));
    expect(reproducer.replay).toBe(`purezmq fuzz --replay ${join(out, file!)}`);
    const replay = await cli(["fuzz", "--replay", join(out, file!), "--exec", exec], { timeoutMs: 60_000 });
    expect(replay).toMatchObject({ code: 1 });
    expect(replay.stdout).toMatch(/^reproduced: crash/);
  }, 200_000);

  it("reports a protocol violation in what the target sends back", async () => {
    const port = await freePort();
    const out = outDir();
    const run = await cli(
      [
        "fuzz",
        `tcp://127.0.0.1:${port}`,
        "--type",
        "DEALER",
        "--cases",
        "200",
        "--seed",
        "1",
        "--exec",
        `exec ${process.execPath} ${FRAGILE} ${port} violation`,
        "--out",
        out,
      ],
      { timeoutMs: 150_000 },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/violation at case \d+: malformed command frame/);
    expect(readdirSync(out)).toHaveLength(1);
  }, 200_000);

  it("exits 2 when the target cannot be reached", async () => {
    const port = await freePort();
    const run = await cli(["fuzz", `tcp://127.0.0.1:${port}`, "--type", "DEALER", "--cases", "5", "--deadline", "500"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /cannot fuzz tcp:\/\/127\.0\.0\.1:\d+: endpoint stopped accepting connections \(ECONNREFUSED\)/,
    );
  });

  it("smoke: 2000 seeded cases against a purezmq REP server find nothing", async () => {
    const port = await freePort();
    const exec = `exec ${process.execPath} ${CLI} rep --bind tcp://127.0.0.1:${port} --echo`;
    const run = await cli(
      [
        "fuzz",
        `tcp://127.0.0.1:${port}`,
        "--type",
        "REQ",
        "--cases",
        "2000",
        "--seed",
        "2026",
        "--settle",
        "5",
        "--exec",
        exec,
        "--out",
        outDir(),
      ],
      { timeoutMs: 280_000 },
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/as REQ\/NULL: 2000 cases in [\d.]+ s \(seed 2026\), 0 findings/);
    expect(run.code).toBe(0);
  }, 300_000);

  it("smoke: purezmq clients can be fuzzed too (--listen: a purezmq DEALER reconnects after every case)", async () => {
    const port = await freePort();
    const exec = `exec ${process.execPath} ${CLI} dealer --connect tcp://127.0.0.1:${port}`;
    const run = await cli(
      [
        "fuzz",
        `tcp://127.0.0.1:${port}`,
        "--listen",
        "--type",
        "ROUTER",
        "--cases",
        "100",
        "--seed",
        "3",
        "--settle",
        "5",
        "--exec",
        exec,
        "--out",
        outDir(),
      ],
      { timeoutMs: 150_000 },
    );
    expect(run.stdout).toMatch(/100 cases .* 0 findings/);
    expect(run.code).toBe(0);
  }, 200_000);
});

describeInterop("purezmq fuzz against pyzmq", ["zmq"], () => {
  it("smoke: 2000 seeded cases against a pyzmq ROUTER (libzmq) find nothing", async () => {
    const port = await freePort();
    const exec = `exec ${PYTHON} ${PYZMQ_TARGET} ROUTER tcp://127.0.0.1:${port}`;
    const run = await cli(
      [
        "fuzz",
        `tcp://127.0.0.1:${port}`,
        "--type",
        "DEALER",
        "--cases",
        "2000",
        "--seed",
        "2026",
        "--settle",
        "5",
        "--exec",
        exec,
        "--out",
        outDir(),
      ],
      { timeoutMs: 280_000 },
    );
    expect(run.stdout).toMatch(/as DEALER\/NULL: 2000 cases in [\d.]+ s \(seed 2026\), 0 findings/);
    expect(run.code).toBe(0);
  }, 300_000);
});
