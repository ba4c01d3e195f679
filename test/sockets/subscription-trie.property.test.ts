import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SubscriptionTrie } from "../../src/sockets/strategies/subscription-trie.js";

/** The obvious model: topic (as latin1 text) → owners. */
class Model {
  readonly topics = new Map<string, Set<number>>();
  add(topic: Buffer, owner: number): boolean {
    const key = topic.toString("latin1");
    const owners = this.topics.get(key) ?? new Set();
    this.topics.set(key, owners);
    if (owners.has(owner)) return false;
    owners.add(owner);
    return true;
  }
  remove(topic: Buffer, owner: number): boolean {
    const key = topic.toString("latin1");
    const owners = this.topics.get(key);
    if (!owners?.delete(owner)) return false;
    if (owners.size === 0) this.topics.delete(key);
    return true;
  }
  match(data: Buffer): number[] {
    const text = data.toString("latin1");
    const out = new Set<number>();
    for (const [topic, owners] of this.topics) if (text.startsWith(topic)) for (const o of owners) out.add(o);
    return [...out].sort();
  }
  topicsOf(owner?: number): string[] {
    return [...this.topics]
      .filter(([, owners]) => owner === undefined || owners.has(owner))
      .map(([t]) => t)
      .sort();
  }
}

const sorted = (topics: Buffer[]): string[] => topics.map((t) => t.toString("latin1")).sort();

// Small alphabet so topics share prefixes and edges split and merge often.
const topic = fc.uint8Array({ maxLength: 12 }).map((bytes) => Buffer.from(bytes.map((b) => 97 + (b % 3))));
const op = fc.oneof(
  fc.record({ kind: fc.constant("add" as const), topic, owner: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant("remove" as const), topic, owner: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant("removeOwner" as const), topic, owner: fc.integer({ min: 0, max: 3 }) }),
);

describe("SubscriptionTrie (radix) against a model", () => {
  it("add / remove / removeOwner / match / topics / has / counts agree with the model under any sequence", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), fc.array(topic, { maxLength: 10 }), (ops, probes) => {
        const trie = new SubscriptionTrie<number>();
        const model = new Model();
        for (const { kind, topic: t, owner } of ops) {
          if (kind === "add") expect(trie.add(t, owner)).toBe(model.add(t, owner));
          else if (kind === "remove") expect(trie.remove(t, owner)).toBe(model.remove(t, owner));
          else {
            const held = model.topicsOf(owner);
            for (const key of held) model.remove(Buffer.from(key, "latin1"), owner);
            const orphaned = held.filter((key) => !model.topics.has(key));
            expect(sorted(trie.removeOwner(owner))).toEqual(orphaned);
          }
        }
        for (const probe of [...probes, ...ops.map((o) => o.topic)]) {
          const seen: number[] = [];
          trie.match(probe, (owner) => seen.push(owner));
          expect(seen.sort()).toEqual(model.match(probe));
          expect(trie.matches(probe)).toBe(model.match(probe).length > 0);
          expect(trie.has(probe)).toBe(model.topics.has(probe.toString("latin1")));
        }
        expect(sorted(trie.topics())).toEqual(model.topicsOf());
        for (let owner = 0; owner <= 3; owner++) {
          expect(sorted(trie.topics(owner))).toEqual(model.topicsOf(owner));
          expect(trie.countOf(owner)).toBe(model.topicsOf(owner).length);
        }
        expect(trie.count).toBe([...model.topics.values()].reduce((n, owners) => n + owners.size, 0));
      }),
      { numRuns: 400 },
    );
  });

  it("topics of megabytes, and thousands of nested prefixes, are added, matched and removed without recursion", () => {
    const trie = new SubscriptionTrie<string>();
    const huge = Buffer.alloc(1024 * 1024, 0x61);
    for (let i = 0; i < 24; i++) {
      const t = Buffer.from(huge);
      t.writeUInt32BE(i, t.length - 4);
      expect(trie.add(t, "peer")).toBe(true);
    }
    // every prefix length of one long topic: a chain 5000 nodes deep
    const long = Buffer.alloc(5000, 0x62);
    for (let n = 1; n <= long.length; n++) trie.add(long.subarray(0, n), "chain");
    let hits = 0;
    trie.match(long, () => hits++);
    expect(hits).toBe(1); // one owner, reported once
    expect(trie.topics("chain")).toHaveLength(5000);
    expect(trie.removeOwner("chain")).toHaveLength(5000);
    expect(trie.removeOwner("peer")).toHaveLength(24);
    expect(trie.count).toBe(0);
    expect(trie.topics()).toEqual([]);
  });

  it("stores a topic's bytes once: 24 topics of 1 MiB hold about 24 MiB", () => {
    const trie = new SubscriptionTrie<number>();
    const before = process.memoryUsage();
    for (let i = 0; i < 24; i++) trie.add(Buffer.alloc(1024 * 1024, 0x30 + i), 1);
    const after = process.memoryUsage();
    const grown = after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers;
    expect(grown).toBeLessThan(2 * 24 * 1024 * 1024); // libzmq holds the same in about 25 MB
    expect(trie.count).toBe(24);
  });
});
