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

/** A published CURVE test key pair (the one scripts/fuzz/pyzmq_target.py serves with). */
const SERVER_PUBLIC = "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7";
const SERVER_SECRET = "JTKVSB%%)wK0E.X)V>+}o?pNmC{O&4W4b!Ni{Lh6";

/**
 * What libzmq 4.3.4's CURVE server accepts though purezmq's fuzzer says it must refuse (docs/fuzzing.md): a HELLO or
 * INITIATE in a data frame, INITIATE metadata that does not parse (libzmq's parser stops at a truncated property
 * without an error), and an empty property name.
 */
const LIBZMQ_CURVE_LENIENCIES =
  /^(WELCOME in answer to a HELLO that must be refused: HELLO in a data frame|READY in answer to an INITIATE that must be refused: (INITIATE in a data frame|INITIATE metadata malformed \(.*\)))$/;

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

describe("purezmq fuzz --mechanism curve", () => {
  it("lists the same CURVE cases for the same seed, with HELLO/INITIATE/MESSAGE mutations", async () => {
    const args = ["fuzz", "--list", "--type", "dealer", "--mechanism", "curve", "--curve-server-key", SERVER_PUBLIC];
    const a = await cli([...args, "--cases", "40", "--seed", "9"]);
    const b = await cli([...args, "--cases", "40", "--seed", "9"]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(a.stdout).toMatch(/\bhello \w/);
    expect(a.stdout).toMatch(/\binitiate \w/);
    expect(a.stdout).toMatch(/\bmessage#\d \w/);
    expect(a.stdout).toMatch(/\tvalid$/m);
  });

  it("refuses CURVE without the server key (exit 2)", async () => {
    const run = await cli(["fuzz", "tcp://127.0.0.1:1", "--type", "REQ", "--mechanism", "curve"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--mechanism curve needs --curve-server-key/);
  });

  it("smoke: 300 seeded CURVE cases against a purezmq REP server find nothing, and handshakes complete", async () => {
    const port = await freePort();
    const exec = `exec ${process.execPath} ${CLI} rep --bind tcp://127.0.0.1:${port} --echo --curve-server --curve-secret-key '${SERVER_SECRET}'`;
    const run = await cli(
      [
        "fuzz",
        `tcp://127.0.0.1:${port}`,
        "--type",
        "REQ",
        "--mechanism",
        "curve",
        "--curve-server-key",
        SERVER_PUBLIC,
        "--cases",
        "300",
        "--seed",
        "2026",
        "--exec",
        exec,
        "--out",
        outDir(),
      ],
      { timeoutMs: 200_000 },
    );
    expect(run.stderr).toBe("");
    const summary =
      /as REQ\/CURVE: 300 cases in [\d.]+ s \(seed 2026\), 0 findings; handshakes reached WELCOME (\d+), READY (\d+), MESSAGE back (\d+)/.exec(
        run.stdout,
      );
    expect(summary).not.toBeNull();
    // valid and message-level cases get through the whole handshake and are echoed
    expect(Number(summary![2])).toBeGreaterThan(30);
    expect(Number(summary![3])).toBeGreaterThan(10);
    expect(run.code).toBe(0);
  }, 220_000);
});

describe("purezmq fuzz --listen --mechanism curve", () => {
  it("smoke: the fuzzer as CURVE server, 100 seeded cases against a purezmq DEALER client find nothing", async () => {
    const port = await freePort();
    const client = ["4R}5r=PH?Pr5KMra-$cs&C-.WS[i?{laGilW7Gmu", ".sWHF&?hN80(.>eTeb(:y0k&#wBu^2[)%>R0fc*r"];
    const exec = `exec ${process.execPath} ${CLI} dealer --connect tcp://127.0.0.1:${port} --curve-server-key '${SERVER_PUBLIC}' --curve-public-key '${client[0]}' --curve-secret-key '${client[1]}'`;
    const run = await cli(
      [
        "fuzz",
        `tcp://127.0.0.1:${port}`,
        "--listen",
        "--type",
        "ROUTER",
        "--mechanism",
        "curve",
        "--curve-secret-key",
        SERVER_SECRET,
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
      { timeoutMs: 200_000 },
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(
      /as ROUTER\/CURVE: 100 cases .* 0 findings; handshakes reached WELCOME [1-9]\d*, READY [1-9]/,
    );
    expect(run.code).toBe(0);
  }, 220_000);
});

describeInterop("purezmq fuzz against pyzmq", ["zmq"], () => {
  it("smoke: 300 seeded CURVE cases against a pyzmq ROUTER: no crash or hang, only libzmq's known leniencies, which replay", async () => {
    const port = await freePort();
    const out = outDir();
    const exec = `exec ${PYTHON} ${PYZMQ_TARGET} ROUTER tcp://127.0.0.1:${port} curve`;
    const run = await cli(
      [
        "fuzz",
        `tcp://127.0.0.1:${port}`,
        "--type",
        "DEALER",
        "--mechanism",
        "curve",
        "--curve-server-key",
        SERVER_PUBLIC,
        "--cases",
        "300",
        "--seed",
        "2026",
        "--max-findings",
        "20",
        "--exec",
        exec,
        "--out",
        out,
      ],
      { timeoutMs: 250_000 },
    );
    expect(run.stdout).toMatch(/as DEALER\/CURVE: 300 cases in [\d.]+ s \(seed 2026\), \d+ findings?.*READY [1-9]\d*/);
    const details = [...run.stderr.matchAll(/purezmq fuzz: (\w+) at case \d+: (.*)/g)];
    for (const [, kind, detail] of details) {
      expect(kind).toBe("violation");
      expect(detail).toMatch(LIBZMQ_CURVE_LENIENCIES);
    }
    const files = readdirSync(out);
    expect(files).toHaveLength(details.length);
    expect(files.length).toBeGreaterThan(0); // this seed meets libzmq 4.3.4's leniencies: the replay path runs
    {
      // a CURVE reproducer replays its session plan against the server's fresh keys
      const replay = await cli(["fuzz", "--replay", join(out, files[0]!), "--exec", exec], { timeoutMs: 60_000 });
      expect(replay.stdout).toMatch(/^reproduced: violation/);
      expect(replay.code).toBe(1);
    }
  }, 320_000);

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
