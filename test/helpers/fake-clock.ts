import type { Clock } from "../../src/zmtp/clock.js";

interface Timer {
  at: number;
  seq: number;
  callback: () => void;
  cancelled: boolean;
}

/** Let queued I/O callbacks and deferred work run (in-memory streams deliver on ticks and immediates). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Virtual time for sessions and dialers: timers fire only when a test advances the clock. `defer` stays real
 * (it is ordering, not time), so streams and flushes behave as in production.
 */
export class FakeClock implements Clock {
  now = 0;
  private seq = 0;
  private timers: Timer[] = [];

  after(ms: number, callback: () => void): () => void {
    const timer: Timer = { at: this.now + Math.max(0, ms), seq: this.seq++, callback, cancelled: false };
    this.timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  }

  time(): number {
    return this.now;
  }

  defer(callback: () => void): void {
    process.nextTick(callback);
  }

  /** Timers armed and not yet fired or cancelled. */
  get pending(): number {
    return this.timers.filter((timer) => !timer.cancelled).length;
  }

  /** Move time forward by `ms`, firing due timers in order and letting I/O settle after each. */
  async advance(ms: number): Promise<void> {
    const end = this.now + ms;
    await settle();
    for (;;) {
      const due = this.timers
        .filter((timer) => !timer.cancelled && timer.at <= end)
        .sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (due === undefined) break;
      due.cancelled = true;
      this.now = due.at;
      due.callback();
      await settle();
    }
    this.timers = this.timers.filter((timer) => !timer.cancelled);
    this.now = end;
    await settle();
  }
}
