import { spawn, type ChildProcess } from "node:child_process";

/**
 * The implementation under test run by the fuzzer (`--exec CMD`): started before the campaign, restarted after a
 * crash or hang so fuzzing and shrinking can go on. The command runs in its own process group so the whole tree is
 * killed. Its stderr tail is kept for the report (a libzmq assertion prints its reason there).
 */
export class TargetProcess {
  private child: ChildProcess | undefined;
  private stderrTail = "";
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;

  constructor(private readonly command: string) {}

  start(): void {
    this.exit = undefined;
    this.stderrTail = "";
    const child = spawn("sh", ["-c", this.command], { stdio: ["ignore", "ignore", "pipe"], detached: true });
    child.stderr!.setEncoding("utf8").on("data", (d: string) => {
      this.stderrTail = (this.stderrTail + d).slice(-2000);
    });
    child.once("exit", (code, signal) => {
      if (this.child === child) this.exit = { code, signal };
    });
    this.child = child;
  }

  /** Why the target died, if it did: exit status or signal, and the last line of its stderr. */
  deathReport(): string | undefined {
    if (!this.exit) return undefined;
    const how = this.exit.signal ? `killed by ${this.exit.signal}` : `exited with status ${this.exit.code}`;
    const last = this.stderrTail.trim().split("\n").slice(-2).join(" / ");
    return `target ${how}${last ? `: ${last}` : ""}`;
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        resolve();
      }
    });
  }

  async restart(): Promise<void> {
    await this.stop();
    this.start();
  }
}
