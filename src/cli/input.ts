import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * The messages to send, as lines: each `--data` value, or stdin lines. `repeat` cycles through the `--data` values
 * up to `count` messages (`--data hi --count 5` sends five).
 */
export async function* inputLines(data: string[], count: number | undefined): AsyncGenerator<string> {
  if (data.length > 0) {
    const total = count ?? data.length;
    for (let i = 0; i < total; i++) yield data[i % data.length]!;
    return;
  }
  let sent = 0;
  if (count === 0) return;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      yield line;
      if (count !== undefined && ++sent >= count) break;
    }
  } finally {
    lines.close();
    process.stdin.pause();
  }
}

/** Paces sends to `rate` per second without drifting (sleeps until each message's slot). */
export class Pacer {
  private readonly interval: number;
  private readonly start = performance.now();
  private n = 0;

  constructor(rate: number | undefined) {
    this.interval = rate === undefined ? 0 : 1000 / rate;
  }

  async next(): Promise<void> {
    if (this.interval === 0) return;
    const due = this.start + this.n++ * this.interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
  }
}
