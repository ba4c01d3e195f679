/** A target's memory as it answers { op: "stats" } (TargetStats in harness.ts, less the socket's own counts). */
export function memoryStats(): {
  rss: number;
  maxRss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
} {
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
