import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { padsAbstractNames } from "../../src/transports/abstract-ipc.js";
import { startChild, TSX_LOADER, type ChildPeer } from "../helpers/child.js";
import { describeInterop, REQUIRE_PYZMQ } from "../helpers/python.js";
import { describeParts, killPeers, seqMessage, SIZES, startPeer, type PartInfo } from "../helpers/zpeer.js";

// ipc://@name against libzmq (pyzmq), both bind sides. Node 20's libuv pads abstract names to the full sun_path, so
// purezmq runs in a child on a Node whose libuv uses the exact name: this Node if it does, else the Node 22 that
// .ci/run fetches (PUREZMQ_NODE22, default .cache/node-22/bin/node). In CI a missing Node 22 fails the suite.
const PEER = fileURLToPath(new URL("../peers/purezmq_abstract.ts", import.meta.url));
const CACHED_NODE22 = fileURLToPath(new URL("../../.cache/node-22/bin/node", import.meta.url));
const COUNT = SIZES.length;

function exactNode(): string | undefined {
  if (!padsAbstractNames(process.versions)) return process.execPath;
  const candidate = process.env.PUREZMQ_NODE22 ?? CACHED_NODE22;
  return existsSync(candidate) ? candidate : undefined;
}

const node = exactNode();
const children: ChildPeer[] = [];
afterEach(() => {
  for (const child of children.splice(0)) {
    child.child.stdin?.end();
    child.kill();
  }
  killPeers();
});

async function startPurezmq(role: "pull-bind" | "push-connect", endpoint: string): Promise<ChildPeer> {
  const child = startChild(node!, ["--import", TSX_LOADER, PEER, role, endpoint, String(COUNT)]);
  children.push(child);
  const ready = JSON.parse(await child.nextLine(15_000)) as { ev: string; endpoint: string; uv: string };
  expect(ready).toMatchObject({ ev: "ready", endpoint });
  expect(padsAbstractNames({ uv: ready.uv })).toBe(false);
  return child;
}

function uniqueName(): string {
  return `@purezmq-interop-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
}

describe.runIf(process.platform === "linux")("ipc://@name (Linux abstract namespace) with pyzmq", () => {
  if (node === undefined) {
    const why = "no Node with libuv >= 1.48: set PUREZMQ_NODE22 or run .ci/run's Node 22 fetch";
    if (REQUIRE_PYZMQ) {
      it("needs Node 22", () => {
        throw new Error(`abstract ipc interop ${why} (PUREZMQ_REQUIRE_PYZMQ=1)`);
      });
      return;
    }
    console.warn(`SKIPPING abstract ipc interop: ${why}`);
  }

  describeInterop("purezmq on an exact-name runtime", ["zmq"], () => {
    it.skipIf(node === undefined)(
      "purezmq PULL binds ipc://@name, pyzmq PUSH connects; frames 0 B .. 1 MiB",
      async () => {
        const endpoint = `ipc://${uniqueName()}`;
        const child = await startPurezmq("pull-bind", endpoint);
        const peer = await startPeer({ type: "PUSH", connect: endpoint });
        peer.command({ op: "seq", n: COUNT });
        const got: PartInfo[][] = [];
        for (let i = 0; i < COUNT; i++)
          got.push((JSON.parse(await child.nextLine(15_000)) as { parts: PartInfo[] }).parts);
        expect(got).toEqual(Array.from({ length: COUNT }, (_, i) => describeParts(seqMessage(i))));
      },
    );

    it.skipIf(node === undefined)(
      "pyzmq PULL binds ipc://@name, purezmq PUSH connects; frames 0 B .. 1 MiB",
      async () => {
        const endpoint = `ipc://${uniqueName()}`;
        const peer = await startPeer({ type: "PULL", bind: endpoint });
        expect(peer.endpoint).toBe(endpoint);
        await startPurezmq("push-connect", endpoint);
        expect(await peer.messages(COUNT, 15_000)).toEqual(
          Array.from({ length: COUNT }, (_, i) => describeParts(seqMessage(i))),
        );
      },
    );
  });
});
