import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

/** tsx's loader from this checkout, for `node --import <TSX_LOADER> program.ts`. */
export const TSX_LOADER = new URL("../../node_modules/tsx/dist/loader.mjs", import.meta.url).href;

/**
 * Run a TypeScript program (an example, or a purezmq peer) as its own node process. Node itself runs the program
 * (not tsx's CLI wrapper, which would add a parent process), so signals such as SIGSTOP reach it.
 */
export function startTs(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): ChildPeer {
  return startChild(process.execPath, ["--import", TSX_LOADER, script, ...args], env);
}

export interface ChildPeer {
  readonly child: ChildProcess;
  nextLine(timeoutMs?: number): Promise<string>;
  /** All stdout lines so far plus those until exit; resolves with them and the exit code (kills after timeoutMs). */
  finished(timeoutMs?: number): Promise<{ code: number | null; lines: string[]; stderr: string }>;
  kill(): void;
}

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** Spawn `command args` with piped stdio; stdout is read as lines. Killed with the test process at the latest. */
export function startChild(command: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildPeer {
  const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
  running.add(child);
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const all: string[] = [];
  let read = 0;
  let wake: (() => void) | undefined;
  createInterface({ input: child.stdout! }).on("line", (line) => {
    all.push(line);
    wake?.();
  });
  const exit = new Promise<number | null>((resolve) =>
    child.once("close", (code) => {
      running.delete(child);
      wake?.();
      resolve(code);
    }),
  );
  let exited = false;
  void exit.then(() => (exited = true));
  return {
    child,
    async nextLine(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (read >= all.length) {
        if (exited) throw new Error(`${command} exited; stderr: ${stderr}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no line from ${command} within ${timeoutMs} ms; stderr: ${stderr}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
      }
      return all[read++]!;
    },
    async finished(timeoutMs = 20_000) {
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      const code = await exit;
      clearTimeout(timer);
      return { code, lines: all, stderr };
    },
    kill() {
      if (!exited) child.kill("SIGKILL");
    },
  };
}
