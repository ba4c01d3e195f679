/**
 * Heap bytes per subscription in the subscription trie: 100k random 16-byte topics spread over 10 owners.
 * Run: node --expose-gc --import tsx bench/memory/subscriptions.ts [count] [topicBytes]
 */
import { randomBytes } from "node:crypto";
import { SubscriptionTrie } from "../../src/sockets/strategies/subscription-trie.js";

const count = Number(process.argv[2] ?? 100_000);
const size = Number(process.argv[3] ?? 16);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with --expose-gc");

const pool = randomBytes(count * size);
const topics = Array.from({ length: count }, (_, i) => pool.subarray(i * size, (i + 1) * size));
const owners = Array.from({ length: 10 }, (_, i) => ({ id: i }));
gc();
const before = process.memoryUsage();
const trie = new SubscriptionTrie<object>();
for (let i = 0; i < count; i++) trie.add(topics[i]!, owners[i % owners.length]!);
gc();
const after = process.memoryUsage();
const heap = after.heapUsed + after.external - (before.heapUsed + before.external);
console.log(
  `${count} subscriptions of ${size} bytes: ${(heap / count).toFixed(0)} bytes each (heap+external), trie holds ${trie.count}`,
);
