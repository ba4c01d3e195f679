import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe } from "vitest";
import { startChild, type ChildPeer } from "./child.js";
import { REQUIRE_PYZMQ } from "./python.js";
import type { PartInfo } from "./zpeer.js";

/** Debian's libjeromq-java (JeroMQ 0.3.6, ZMTP 2.0). */
export const JEROMQ_JAR = process.env.PUREZMQ_JEROMQ_JAR ?? "/usr/share/java/jeromq.jar";
const PEER_SOURCE = fileURLToPath(new URL("../peers/JeromqPeer.java", import.meta.url));

function javaMissing(): string | undefined {
  if (!existsSync(JEROMQ_JAR)) return `${JEROMQ_JAR} not found (apt-get install libjeromq-java)`;
  const probe = spawnSync("java", ["-version"], { timeout: 10_000 });
  if (probe.status !== 0) return "no java on PATH (apt-get install default-jdk-headless)";
  return undefined;
}

/** Like describeInterop: skips loudly without java + JeroMQ, and fails instead when PUREZMQ_REQUIRE_PYZMQ=1 (CI). */
export function describeJeromq(name: string, body: () => void): void {
  const missing = javaMissing();
  if (missing === undefined) {
    describe(name, body);
    return;
  }
  if (REQUIRE_PYZMQ) {
    describe(name, () => {
      throw new Error(`interop suite "${name}" needs JeroMQ: ${missing} (PUREZMQ_REQUIRE_PYZMQ=1)`);
    });
    return;
  }
  console.warn(`SKIPPING interop suite "${name}": ${missing}`);
  describe.skipIf(true)(name, body);
}

export interface JeromqSocketConfig {
  type: "PUB" | "SUB" | "REQ" | "REP" | "DEALER" | "ROUTER" | "PUSH" | "PULL";
  bind?: string;
  connect?: string;
  echo?: boolean;
  subscribe?: Buffer[];
}

/** One JVM running interop/peers/JeromqPeer.java: many JeroMQ sockets, one JVM start per test file. */
export class JeromqPeer {
  private readonly child: ChildPeer;
  private readonly pending: string[][] = [];
  private next = 0;

  constructor() {
    // single-file source launch (Java 11+): compiled in memory, no build step; C1 only, for a quicker start
    this.child = startChild("java", ["-XX:TieredStopAtLevel=1", "-cp", JEROMQ_JAR, PEER_SOURCE], {});
  }

  /** Opens a socket; resolves with its id and endpoint (the real port when bound to `tcp://127.0.0.1:*`). */
  async open(config: JeromqSocketConfig): Promise<{ id: string; endpoint: string }> {
    const id = `s${++this.next}`;
    const [verb, endpoint] = config.bind !== undefined ? ["bind", config.bind] : ["connect", config.connect!];
    const extra = [...(config.echo ? ["echo"] : []), ...(config.subscribe ?? []).map((t) => `sub=${hexOf(t)}`)];
    this.command(["open", id, config.type, verb, endpoint, ...extra]);
    const ready = await this.take("ready", id, 30_000); // the first open waits for the JVM to start
    return { id, endpoint: ready[2]! };
  }

  send(id: string, parts: Buffer[]): void {
    this.command(["send", id, ...parts.map(hexOf)]);
  }

  /** Sends sequence messages from..from+n-1 (see seqMessage in zpeer.ts). */
  seq(id: string, from: number, n: number): void {
    this.command(["seq", id, String(from), String(n)]);
  }

  close(id: string): void {
    this.command(["close", id]);
  }

  /** The next `count` messages socket `id` received. */
  async messages(id: string, count: number, timeoutMs = 10_000): Promise<PartInfo[][]> {
    const out: PartInfo[][] = [];
    const deadline = Date.now() + timeoutMs;
    while (out.length < count) {
      const words = await this.take("msg", id, Math.max(1, deadline - Date.now()));
      out.push(words.slice(2).map(parsePart));
    }
    return out;
  }

  kill(): void {
    this.child.child.stdin?.end("quit\n");
    this.child.kill();
  }

  private command(words: string[]): void {
    this.child.child.stdin!.write(`${words.join(" ")}\n`);
  }

  private async take(kind: string, id: string, timeoutMs: number): Promise<string[]> {
    const index = this.pending.findIndex((w) => w[0] === kind && w[1] === id);
    if (index >= 0) return this.pending.splice(index, 1)[0]!;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const words = (await this.child.nextLine(Math.max(1, deadline - Date.now()))).split(" ");
      if (words[0] === "error") throw new Error(`JeroMQ peer: ${words.slice(1).join(" ")}`);
      if (words[0] === kind && words[1] === id) return words;
      this.pending.push(words);
    }
  }
}

function parsePart(text: string): PartInfo {
  const [n, h, x] = text.split(":");
  const part: PartInfo = { n: Number(n), h: h! };
  if (x !== undefined) part.x = x;
  return part;
}

function hexOf(part: Buffer): string {
  return part.length === 0 ? "-" : part.toString("hex");
}
