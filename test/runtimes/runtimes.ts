import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** The Bun and Deno binaries, as their npm platform packages ship them (devDependencies, no install script). */
export const BUN = join(dirname(require.resolve("@oven/bun-linux-x64/package.json")), "bin", "bun");
export const DENO = join(dirname(require.resolve("@deno/linux-x64-glibc/package.json")), "deno");

/** Environment for the children: no update check, no telemetry prompt. */
export const CHILD_ENV = { ...process.env, DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1", NO_COLOR: "1" };

export interface Child {
  readonly process: ChildProcess;
  /** Resolves with the first stdout line starting with `prefix`. */
  line(prefix: string): Promise<string>;
  /** Resolves with the exit code once the child ends (killed with SIGKILL after `timeoutMs`). */
  readonly exited: Promise<{ code: number | null; timedOut: boolean; stdout: string; stderr: string }>;
}

const running = new Set<ChildProcess>();

/** Starts `command`, killed after `timeoutMs` at the latest; `killAll` ends whatever is still running. */
export function start(command: string, args: string[], timeoutMs: number, cwd?: string): Child {
  const child = spawn(command, args, { cwd, env: CHILD_ENV, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let stdout = "";
  let stderr = "";
  const waiting: Array<{ prefix: string; resolve: (line: string) => void }> = [];
  const offer = (): void => {
    for (const wait of [...waiting]) {
      const found = stdout.split("\n").find((line) => line.startsWith(wait.prefix));
      if (found === undefined) continue;
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve(found);
    }
  };
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    offer();
  });
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, timeoutMs);
  const exited = new Promise<{ code: number | null; timedOut: boolean; stdout: string; stderr: string }>((resolve) => {
    child.once("close", (code) => {
      clearTimeout(deadline);
      running.delete(child);
      resolve({ code, timedOut, stdout, stderr });
    });
  });
  return {
    process: child,
    exited,
    line: (prefix) =>
      new Promise((resolve, reject) => {
        waiting.push({ prefix, resolve });
        offer();
        void exited.then((end) =>
          reject(new Error(`exited (${end.code}) before "${prefix}": ${end.stdout} ${end.stderr}`)),
        );
      }),
  };
}

export function killAll(): void {
  for (const child of running) child.kill("SIGKILL");
}
