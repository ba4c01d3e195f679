import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Pull } from "../../src/index.js";

const fixture = fileURLToPath(new URL("./fixtures/idle-process.ts", import.meta.url));
const sendThenExit = fileURLToPath(new URL("./fixtures/send-then-exit.ts", import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "purezmq-idle-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("idle transports do not keep the process alive", () => {
  it("a process with listeners, connected streams and retrying dialers exits on its own", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", fixture, dir], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    let killed = false;
    // Loading tsx takes a moment; an idle process exits immediately after "ready". Anything longer is a leak.
    const deadline = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, 10_000);
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    clearTimeout(deadline);
    expect(killed, `still running after 10 s; stdout: ${stdout} stderr: ${stderr}`).toBe(false);
    expect(stdout.trim()).toBe("ready");
    expect(code, stderr).toBe(0);
  });
});

describe("output queued when the process exits", () => {
  for (const transport of ["tcp", "ipc", "ws"]) {
    it(`${transport}: messages sent just before process.exit() are delivered (as zeromq.js delivers them)`, async () => {
      const pull = new Pull({ receiveTimeout: 5000 });
      await pull.bind(
        transport === "ipc"
          ? `ipc://${join(dir, "exit.sock")}`
          : `${transport}://127.0.0.1:0${transport === "ws" ? "/exit" : ""}`,
      );
      const child = spawn(process.execPath, ["--import", "tsx", sendThenExit, pull.lastEndpoint!], {
        cwd: root,
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      const deadline = setTimeout(() => child.kill("SIGKILL"), 10_000);
      try {
        const received: string[] = [];
        for (let i = 0; i < 3; i++) received.push((await pull.receive())[0]!.toString());
        expect(received, stderr).toEqual(["message 0", "message 1", "message 2"]);
        expect(await new Promise((resolve) => child.once("exit", resolve))).toBe(0);
      } finally {
        clearTimeout(deadline);
        child.kill("SIGKILL");
        pull.close();
      }
    });
  }
});
