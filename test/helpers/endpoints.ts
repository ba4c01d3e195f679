import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type TransportName = "tcp" | "ipc" | "inproc" | "ws";
export const TRANSPORTS: TransportName[] = ["tcp", "ipc", "inproc", "ws"];

let counter = 0;
let ipcDir: string | undefined;

/** A fresh address to bind on: port 0 for tcp (read the real one back from lastEndpoint), a temp path for ipc. */
export function bindAddress(transport: TransportName): string {
  counter++;
  switch (transport) {
    case "tcp":
      return "tcp://127.0.0.1:0";
    case "ipc":
      ipcDir ??= mkdtempSync(join(tmpdir(), "purezmq-test-"));
      return `ipc://${join(ipcDir, `s${process.pid}-${counter}.sock`)}`;
    case "inproc":
      return `inproc://test-${process.pid}-${counter}`;
    case "ws":
      return `ws://127.0.0.1:0/test-${counter}`;
  }
}

/** Bind `socket` on a fresh address and return the address peers connect to. */
export async function bindFresh(
  socket: { bind(a: string): Promise<void>; readonly lastEndpoint: string | null },
  transport: TransportName,
): Promise<string> {
  const address = bindAddress(transport);
  await socket.bind(address);
  return transport === "inproc" ? address : socket.lastEndpoint!;
}

/** Resolve when `predicate` holds, polling each macrotask turn; for waiting on state no event reports. */
export async function until(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
