/**
 * Bun and Deno, as installed from npm (devDependencies carrying their binaries), run the demo and exchange
 * requests with a Node process over tcp and ipc, and over tcp with CURVE, in both directions. Deno runs with the
 * narrowest permissions that allow it: --allow-net=127.0.0.1 for tcp; for ipc, net, read and write access to the
 * one socket path; and read access to the built package itself (its ESM entry re-exports the CommonJS build, which
 * Deno reads from the file system). No environment access: `ws`, which reads two variables, loads only for ws://.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { curveKeyPair, Reply, Request } from "../../src/index.js";
import { ensureBuilt, ROOT } from "../helpers/dist.js";
import { expectedReply, request } from "./exchange.mjs";
import { BUN, DENO, killAll, start } from "./runtimes.js";

const PEER = join(ROOT, "test/runtimes/peer.mjs");
const COUNT = 40;
const CHILD_TIMEOUT_MS = 30_000;

type Transport = "tcp" | "ipc";
type Runtime = "bun" | "deno";

let dir: string;
let counter = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "purezmq-runtimes-"));
  await ensureBuilt();
}, 120_000);
afterEach(killAll);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A bind address and, for Deno, the permissions an endpoint on it needs (besides reading the package). */
function endpointFor(transport: Transport): { address: string; denoPermissions: string[] } {
  const packageFiles = join(ROOT, "dist");
  if (transport === "tcp")
    return { address: "tcp://127.0.0.1:0", denoPermissions: ["--allow-net=127.0.0.1", `--allow-read=${packageFiles}`] };
  const path = join(dir, `peer-${++counter}.sock`);
  return {
    address: `ipc://${path}`,
    denoPermissions: [`--allow-net=unix:${path}`, `--allow-read=${packageFiles},${path}`, `--allow-write=${path}`],
  };
}

function peer(runtime: Runtime, permissions: string[], args: string[]) {
  return runtime === "bun"
    ? start(BUN, [PEER, ...args], CHILD_TIMEOUT_MS, ROOT)
    : start(DENO, ["run", "--no-prompt", ...permissions, PEER, ...args], CHILD_TIMEOUT_MS, ROOT);
}

/** Byte-exact comparison (vitest's deep equality is slow on megabyte frames, and its diff slower still). */
function sameFrames(actual: Buffer[], expected: Buffer[]): boolean {
  return actual.length === expected.length && actual.every((frame, at) => frame.equals(expected[at]!));
}

describe.each<Runtime>(["bun", "deno"])("%s", (runtime) => {
  it("runs the demo from the sources", async () => {
    // Deno resolves the demo's "../src/index.js" to index.ts only with --sloppy-imports (Bun does so by itself).
    const child =
      runtime === "bun"
        ? start(BUN, ["examples/demo.ts"], CHILD_TIMEOUT_MS, ROOT)
        : start(
            DENO,
            ["run", "--no-prompt", "--sloppy-imports", "--allow-net=127.0.0.1", "examples/demo.ts"],
            CHILD_TIMEOUT_MS,
            ROOT,
          );
    const end = await child.exited;
    expect(end.timedOut, end.stderr).toBe(false);
    expect(end.code, end.stderr).toBe(0);
    expect(end.stdout).toContain('REQ/REP: 100 requests in lockstep, last reply "World 99"');
    expect(end.stdout).toContain("PUSH/PULL: 100 messages received in order");
    expect(end.stdout).toMatch(/demo finished\n$/);
  }, 40_000);

  // With CURVE the runtime loads its crypto (node:crypto, @noble) on first use: under Deno, with those permissions.
  describe.each<[string, Transport, boolean]>([
    ["tcp", "tcp", false],
    ["ipc", "ipc", false],
    ["tcp with CURVE", "tcp", true],
  ])("over %s", (_name, transport, curve) => {
    it(`Node requests, ${runtime} binds and replies`, async () => {
      const { address, denoPermissions } = endpointFor(transport);
      const server = curveKeyPair();
      const client = curveKeyPair();
      const child = peer(runtime, denoPermissions, [
        "rep-bind",
        address,
        String(COUNT),
        ...(curve ? [server.secretKey] : []),
      ]);
      const bound = (await child.line("READY ")).slice("READY ".length);
      const keys = {
        curveServerKey: server.publicKey,
        curvePublicKey: client.publicKey,
        curveSecretKey: client.secretKey,
      };
      const socket = new Request({ receiveTimeout: 10_000, ...(curve ? keys : {}) });
      try {
        socket.connect(bound);
        for (let i = 0; i < COUNT; i++) {
          const frames = request(i);
          await socket.send(frames);
          expect(sameFrames(await socket.receive(), expectedReply(frames)), `reply ${i}`).toBe(true);
        }
      } finally {
        socket.close();
      }
      const end = await child.exited;
      expect(end.timedOut, end.stderr).toBe(false);
      expect(end.code, end.stderr).toBe(0);
    }, 40_000);

    it(`${runtime} connects and requests, Node binds and replies`, async () => {
      const { address, denoPermissions } = endpointFor(transport);
      const server = curveKeyPair();
      const keys = { curveServer: true, curveSecretKey: server.secretKey };
      const socket = new Reply({ receiveTimeout: 10_000, ...(curve ? keys : {}) });
      try {
        await socket.bind(address);
        const child = peer(runtime, denoPermissions, [
          "req-connect",
          socket.lastEndpoint!,
          String(COUNT),
          ...(curve ? [server.publicKey] : []),
        ]);
        for (let i = 0; i < COUNT; i++) {
          const frames = await socket.receive();
          expect(sameFrames(frames, request(i)), `request ${i}`).toBe(true);
          await socket.send(expectedReply(frames));
        }
        const end = await child.exited;
        expect(end.timedOut, end.stderr).toBe(false);
        expect(end.code, end.stderr).toBe(0);
        expect(end.stdout).toBe("DONE\n");
      } finally {
        socket.close();
      }
    }, 40_000);
  });
});
