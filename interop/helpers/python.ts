import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { describe } from "vitest";

/** Debian's interpreter: the `python3` first on PATH lacks pyzmq (see DEVELOPERS.md). */
export const PYTHON = process.env.PUREZMQ_PYTHON ?? "/usr/bin/python3";

/** CI sets PUREZMQ_REQUIRE_PYZMQ=1: a missing pyzmq then fails the run instead of skipping. */
export const REQUIRE_PYZMQ = process.env.PUREZMQ_REQUIRE_PYZMQ === "1";

function probe(modules: string[]): boolean {
  const result = spawnSync(PYTHON, ["-c", `import ${["sys", ...modules].join(", ")}`], { timeout: 10_000 });
  return result.status === 0;
}

const probed = new Map<string, boolean>();

/** True when `/usr/bin/python3` can import every module (e.g. ["zmq"], ["zmq", "msgpack"]). */
export function hasPython(modules: string[] = ["zmq"]): boolean {
  const key = modules.join(",");
  let found = probed.get(key);
  if (found === undefined) {
    found = probe(modules);
    probed.set(key, found);
  }
  return found;
}

/**
 * `describe` for interop suites: runs when the Python modules are importable; otherwise skips loudly on a developer
 * machine, and throws (failing the run) when PUREZMQ_REQUIRE_PYZMQ=1.
 */
export function describeInterop(name: string, modules: string[], body: () => void): void {
  if (hasPython(modules)) {
    describe(name, body);
    return;
  }
  const why = `${PYTHON} cannot import ${modules.join(", ")}`;
  if (REQUIRE_PYZMQ) {
    describe(name, () => {
      throw new Error(`interop suite "${name}" needs Python modules: ${why} (PUREZMQ_REQUIRE_PYZMQ=1)`);
    });
    return;
  }
  console.warn(`SKIPPING interop suite "${name}": ${why}`);
  describe.skipIf(true)(name, body);
}

/** A running Python peer: its stdout as lines, and a kill switch. */
export interface PythonPeer {
  readonly child: ChildProcess;
  /** Resolves with the next stdout line (rejects if the process exits first or after `timeoutMs`). */
  nextLine(timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code once the process has ended (kills it after `timeoutMs`). */
  exited(timeoutMs?: number): Promise<number | null>;
  /** Everything the peer wrote to stderr so far, for failure messages. */
  stderr(): string;
  kill(): void;
}

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** Start `/usr/bin/python3 -u <script> ...args`. The peer is killed when the test process exits at the latest. */
export function startPython(
  script: string,
  args: string[] = [],
  options: { env?: NodeJS.ProcessEnv } = {},
): PythonPeer {
  const child = spawn(PYTHON, ["-u", script, ...args], {
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, ...options.env },
  });
  running.add(child);
  let exitCode: number | null | undefined;
  const exitWaiters: Array<(code: number | null) => void> = [];
  child.once("exit", (code) => {
    running.delete(child);
    exitCode = code;
    for (const wake of exitWaiters.splice(0)) wake(code);
    for (const w of lineWaiters.splice(0)) w.reject(new Error(`python peer exited (${code}): ${errText}`));
  });
  let errText = "";
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (errText += d));
  const lines: string[] = [];
  const lineWaiters: Array<{ resolve: (l: string) => void; reject: (e: Error) => void }> = [];
  createInterface({ input: child.stdout! }).on("line", (line) => {
    const waiter = lineWaiters.shift();
    if (waiter) waiter.resolve(line);
    else lines.push(line);
  });
  return {
    child,
    nextLine(timeoutMs = 10_000) {
      const ready = lines.shift();
      if (ready !== undefined) return Promise.resolve(ready);
      if (exitCode !== undefined) return Promise.reject(new Error(`python peer exited (${exitCode}): ${errText}`));
      return new Promise((resolve, reject) => {
        const waiter = {
          resolve: (l: string) => {
            clearTimeout(timer);
            resolve(l);
          },
          reject: (e: Error) => {
            clearTimeout(timer);
            reject(e);
          },
        };
        const timer = setTimeout(() => {
          lineWaiters.splice(lineWaiters.indexOf(waiter), 1);
          reject(new Error(`no line from python peer within ${timeoutMs} ms; stderr: ${errText}`));
        }, timeoutMs);
        lineWaiters.push(waiter);
      });
    },
    exited(timeoutMs = 10_000) {
      if (exitCode !== undefined) return Promise.resolve(exitCode);
      return new Promise((resolve) => {
        const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
        exitWaiters.push((code) => {
          clearTimeout(timer);
          resolve(code);
        });
      });
    },
    stderr: () => errText,
    kill() {
      if (exitCode === undefined) child.kill("SIGKILL");
    },
  };
}

/** Run a Python snippet to completion and return its stdout (bounded in time). */
export function runPythonSync(code: string, input?: Buffer | string, timeoutMs = 20_000): Buffer {
  const result = spawnSync(PYTHON, ["-c", code], { input, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`python failed (${result.status ?? result.signal}): ${result.stderr?.toString()}`);
  }
  return result.stdout;
}
