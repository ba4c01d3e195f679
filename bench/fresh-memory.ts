/**
 * What it costs to hand a receiver fresh memory, the floor under large-message throughput (see RESULTS.md).
 * Every received message needs a buffer the user owns; when the allocator returns freed buffers to the OS, each new
 * one is faulted in page by page. Compares, per 1 MiB message assembled from 16 × 64 KiB reads:
 *
 *   reuse + copy     copy into one buffer used again and again (what the raw bytes ceiling pays, and less)
 *   fresh + copy     Buffer.allocUnsafe(1 MiB) per message, then the copy (what any message library pays)
 *   fresh + touch    Buffer.allocUnsafe(1 MiB) per message, one write per 4 KiB page (the page faults alone)
 *
 *   npm run bench:build && node bench/out/build/fresh-memory.mjs
 *   MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=1073741824 node bench/out/build/fresh-memory.mjs
 *
 * The second line keeps glibc from giving freed buffers back to the OS, which shows the page faults are the cost.
 */
const MIB = 1024 * 1024;
const READ = 64 * 1024;
const reads = Array.from({ length: MIB / READ }, () => Buffer.alloc(READ, 1));
/** The last few messages stay referenced, as a consumer holding on to recent messages would. */
const held: Buffer[] = [];

function hold(buffer: Buffer): void {
  held.push(buffer);
  if (held.length > 4) held.shift();
}

function assemble(into: Buffer): void {
  let at = 0;
  for (const read of reads) at += read.copy(into, at);
}

function measure(label: string, step: () => void): void {
  for (let i = 0; i < 50; i++) step();
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < 1000) {
    step();
    n++;
  }
  const us = ((performance.now() - start) * 1000) / n;
  console.log(`${label.padEnd(14)} ${us.toFixed(1).padStart(8)} µs per MiB   (${(MIB / us / 1e3).toFixed(2)} GB/s)`);
}

const reused = Buffer.allocUnsafe(MIB);
measure("reuse + copy", () => assemble(reused));
measure("fresh + copy", () => {
  const message = Buffer.allocUnsafe(MIB);
  assemble(message);
  hold(message);
});
measure("fresh + touch", () => {
  const message = Buffer.allocUnsafe(MIB);
  for (let i = 0; i < MIB; i += 4096) message[i] = 1;
  hold(message);
});
