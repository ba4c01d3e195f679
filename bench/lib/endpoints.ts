import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type Transport = "tcp" | "ipc" | "inproc" | "ws";

let ipcDir: string | undefined;
let ipcCounter = 0;

/** A fresh address to bind for the transport (tcp port 0 is resolved through lastEndpoint after bind). */
export function bindAddress(transport: Transport): string {
  if (transport === "tcp") return "tcp://127.0.0.1:0";
  if (transport === "inproc") return `inproc://bench-${process.pid}-${ipcCounter++}`;
  if (transport === "ws") return "ws://127.0.0.1:0/bench";
  return `ipc://${ipcPath()}`;
}

/** A socket path in this process's private temp dir (removed at exit). */
export function ipcPath(): string {
  if (ipcDir === undefined) {
    const dir = mkdtempSync(join(tmpdir(), "purezmq-bench-"));
    ipcDir = dir;
    process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  }
  return join(ipcDir, `s${ipcCounter++}.sock`);
}
