import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";

/** The built command, exactly as `npx purezmq` runs it (CI builds before testing). */
export const CLI = resolve(import.meta.dirname, "../../dist/cli.js");

export function requireBuiltCli(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the CLI tests`);
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** A running `purezmq ...`: its output as it comes, and a way to wait for its end. */
export class CliProcess {
  readonly child: ChildProcess;
  stdout = "";
  stderr = "";
  private readonly done: Promise<CliResult>;
  private waiters: Array<() => void> = [];

  constructor(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
    requireBuiltCli();
    this.child = spawn(process.execPath, [CLI, ...args], {
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, PUREZMQ_NO_PROGRESS: "1", ...options.env },
      cwd: options.cwd,
    });
    running.add(this.child);
    createInterface({ input: this.child.stdout! }).on("line", (line) => {
      this.stdout += `${line}\n`;
      this.wake();
    });
    createInterface({ input: this.child.stderr! }).on("line", (line) => {
      this.stderr += `${line}\n`;
      this.wake();
    });
    this.child.stdin!.on("error", () => {});
    if (options.input !== undefined) this.child.stdin!.end(options.input);
    this.done = new Promise((resolveDone) => {
      this.child.once("close", (code) => {
        running.delete(this.child);
        this.wake();
        resolveDone({ code, stdout: this.stdout, stderr: this.stderr });
      });
    });
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Wait until stdout or stderr (whole text so far) matches; rejects after `ms` or when the process ends first. */
  waitFor(stream: "stdout" | "stderr", pattern: RegExp, ms = 10_000): Promise<RegExpMatchArray> {
    return new Promise((resolveMatch, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`no ${pattern} on ${stream} within ${ms} ms; stdout: ${this.stdout} stderr: ${this.stderr}`),
          ),
        ms,
      );
      const check = (): void => {
        const match = this[stream].match(pattern);
        if (match) {
          clearTimeout(timer);
          resolveMatch(match);
        } else if (this.child.exitCode !== null || this.child.signalCode !== null) {
          clearTimeout(timer);
          reject(
            new Error(
              `purezmq exited (${this.child.exitCode}) before ${pattern}; stdout: ${this.stdout} stderr: ${this.stderr}`,
            ),
          );
        } else this.waiters.push(check);
      };
      check();
    });
  }

  /** The endpoint a `--bind tcp://127.0.0.1:0` got (printed on stderr). */
  async boundEndpoint(): Promise<string> {
    return (await this.waitFor("stderr", /bound (tcp:\/\/\S+)/))[1]!;
  }

  /** Resolves with the result; kills the process if it has not ended within `ms`. */
  result(ms = 15_000): Promise<CliResult> {
    const timer = setTimeout(() => this.child.kill("SIGKILL"), ms);
    return this.done.finally(() => clearTimeout(timer));
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
  }
}

/** Run `purezmq ...` to completion. */
export function cli(
  args: string[],
  options: { input?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<CliResult> {
  return new CliProcess(args, options).result(options.timeoutMs ?? 15_000);
}
