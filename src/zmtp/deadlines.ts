import type { Clock } from "./clock.js";

/** Something that can run out of time in a `Deadlines` set. */
export interface Expiring {
  expire(): void;
}

/**
 * Deadlines of one length on one clock, sharing one timer: entries are kept in the order they were added, which is
 * the order they fall due in, and the timer is armed for the first. A connection in its handshake costs a map entry
 * here instead of a timer and its closures.
 */
export class Deadlines {
  private readonly entries = new Map<Expiring, number>();
  private cancelTimer: (() => void) | undefined;
  private firing = false;

  constructor(
    private readonly clock: Clock & { time(): number },
    private readonly ms: number,
  ) {}

  add(item: Expiring): void {
    this.entries.set(item, this.clock.time() + this.ms);
    if (this.cancelTimer === undefined && !this.firing) this.arm(this.ms);
  }

  delete(item: Expiring): void {
    if (!this.entries.delete(item) || this.entries.size > 0) return;
    this.cancelTimer?.();
    this.cancelTimer = undefined;
  }

  private arm(ms: number): void {
    this.cancelTimer = this.clock.after(ms, () => this.fire());
  }

  private fire(): void {
    this.cancelTimer = undefined;
    this.firing = true;
    try {
      const now = this.clock.time();
      for (const [item, due] of this.entries) {
        if (due > now) break;
        this.entries.delete(item);
        item.expire();
      }
    } finally {
      this.firing = false;
      const next = this.entries.values().next();
      if (!next.done) this.arm(Math.max(0, next.value - this.clock.time()));
    }
  }
}

const shared = new WeakMap<Clock, Map<number, Deadlines>>();

/** The deadline set of `clock` for `ms`, or undefined when the clock cannot tell the time (then arm a timer each). */
export function sharedDeadlines(clock: Clock, ms: number): Deadlines | undefined {
  if (clock.time === undefined) return undefined;
  let byLength = shared.get(clock);
  if (byLength === undefined) {
    byLength = new Map();
    shared.set(clock, byLength);
  }
  let deadlines = byLength.get(ms);
  if (deadlines === undefined) {
    deadlines = new Deadlines(clock as Clock & { time(): number }, ms);
    byLength.set(ms, deadlines);
  }
  return deadlines;
}
