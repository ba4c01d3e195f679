/** A target's memory, bytes, as it answers { op: "stats" } (with its socket's counts: TargetStats in harness.ts). */
export interface MemoryStats {
  rss: number;
  /** Peak RSS of the whole process so far (getrusage). */
  maxRss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

export function memoryStats(): MemoryStats {
  const memory = process.memoryUsage();
  return {
    rss: memory.rss,
    maxRss: process.resourceUsage().maxRSS * 1024,
    heapUsed: memory.heapUsed,
    heapTotal: memory.heapTotal,
    external: memory.external,
    arrayBuffers: memory.arrayBuffers,
  };
}
