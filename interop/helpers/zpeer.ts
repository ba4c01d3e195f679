import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startPython, type PythonPeer } from "./python.js";

/** Driver for interop/peers/zpeer.py: one pyzmq socket in its own process, controlled by JSON lines. */

export const ZPEER_SCRIPT = fileURLToPath(new URL("../peers/zpeer.py", import.meta.url));

/** Frame sizes every matrix case sends, byte-exact (shared with zpeer.py). */
export const SIZES = [0, 1, 255, 256, 65_535, 65_536, 1_048_576];

export type Transport = "tcp" | "ipc";

export interface PeerConfig {
  type: string;
  bind?: string;
  connect?: string;
  /** pyzmq option name → value; Buffers are sent as hex. */
  options?: Record<string, number | Buffer>;
  subscribe?: Array<string | Buffer>;
  echo?: boolean;
  monitor?: boolean;
  /** ZAP handler in the peer's context (pyzmq ThreadAuthenticator, domain "*"): PLAIN passwords or CURVE keys. */
  auth?: { plain: Record<string, string> } | { curve: string[] | "any" };
}

export interface PartInfo {
  n: number;
  h: string;
  x?: string;
}

export type PeerEvent =
  | { ev: "ready"; endpoint: string }
  | { ev: "msg"; parts: PartInfo[] }
  | { ev: "sent"; n: number }
  | { ev: "monitor"; event: string; value: number }
  | { ev: "error"; op: string; errno: string };

export interface ZPeer {
  readonly python: PythonPeer;
  /** The pyzmq socket's LAST_ENDPOINT (the real port when it bound to `*`). */
  readonly endpoint: string;
  command(cmd: Record<string, unknown>): void;
  /** Next event of the given kind (events of other kinds are kept for later calls). */
  next<K extends PeerEvent["ev"]>(kind: K, timeoutMs?: number): Promise<Extract<PeerEvent, { ev: K }>>;
  /** The next `count` received messages. */
  messages(count: number, timeoutMs?: number): Promise<PartInfo[][]>;
  kill(): void;
}

const live = new Set<ZPeer>();

/** Kill every peer started since the last call (use in afterEach). */
export function killPeers(): void {
  for (const peer of live) peer.kill();
  live.clear();
}

export async function startPeer(config: PeerConfig): Promise<ZPeer> {
  const wire = {
    ...config,
    options: Object.fromEntries(
      Object.entries(config.options ?? {}).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString("hex") : v]),
    ),
    subscribe: (config.subscribe ?? []).map((t) => Buffer.from(t).toString("hex")),
  };
  const python = startPython(ZPEER_SCRIPT, [JSON.stringify(wire)]);
  const pending: PeerEvent[] = [];
  const take = async (kind: string, timeoutMs: number): Promise<PeerEvent> => {
    const index = pending.findIndex((e) => e.ev === kind);
    if (index >= 0) return pending.splice(index, 1)[0]!;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no "${kind}" event from ${config.type} peer; stderr: ${python.stderr()}`);
      const event = JSON.parse(await python.nextLine(left)) as PeerEvent;
      if (event.ev === kind) return event;
      pending.push(event);
    }
  };
  const peer: ZPeer = {
    python,
    endpoint: "",
    command(cmd) {
      python.child.stdin!.write(`${JSON.stringify(cmd)}\n`);
    },
    next: (kind, timeoutMs = 10_000) => take(kind, timeoutMs) as never,
    async messages(count, timeoutMs = 10_000) {
      const out: PartInfo[][] = [];
      const deadline = Date.now() + timeoutMs;
      while (out.length < count) {
        out.push(((await take("msg", Math.max(1, deadline - Date.now()))) as { parts: PartInfo[] }).parts);
      }
      return out;
    },
    kill() {
      python.child.stdin?.destroy();
      python.kill();
    },
  };
  live.add(peer);
  const ready = (await take("ready", 10_000)) as { endpoint: string };
  (peer as { endpoint: string }).endpoint = ready.endpoint;
  return peer;
}

/** Same bytes as zpeer.py's pattern(): 256-byte blocks of (j + seed) & 255. */
export function pattern(size: number, seed: number): Buffer {
  const block = Buffer.alloc(256);
  for (let j = 0; j < 256; j++) block[j] = (j + seed) & 255;
  const out = Buffer.alloc(size);
  for (let offset = 0; offset < size; offset += 256) block.copy(out, offset, 0, Math.min(256, size - offset));
  return out;
}

/** Message `i` of a sequence: ["msg-<i>", pattern(SIZES[i % 7], i), "end"] (same as zpeer.py's seq_message). */
export function seqMessage(i: number): Buffer[] {
  return [Buffer.from(`msg-${i}`), pattern(SIZES[i % SIZES.length]!, i), Buffer.from("end")];
}

export function describeParts(parts: Buffer[]): PartInfo[] {
  return parts.map((p) => {
    const info: PartInfo = { n: p.length, h: createHash("sha256").update(p).digest("hex") };
    if (p.length <= 64) info.x = p.toString("hex");
    return info;
  });
}

/** Text of a short reported part. */
export function partText(part: PartInfo): string {
  return Buffer.from(part.x ?? "", "hex").toString();
}

let ipcDir: string | undefined;
let counter = 0;

/** Where the binding side binds: tcp port `*` on loopback, or a fresh path in a private temp dir. */
export function bindEndpoint(transport: Transport): string {
  if (transport === "tcp") return "tcp://127.0.0.1:*";
  ipcDir ??= mkdtempSync(join(tmpdir(), "purezmq-interop-"));
  return `ipc://${join(ipcDir, `p${process.pid}-${++counter}.sock`)}`;
}

export function hex(text: string | Buffer): string {
  return Buffer.from(text).toString("hex");
}
