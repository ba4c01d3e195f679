/**
 * Time as a session sees it. The engine in src/zmtp never touches a timer or the event loop itself: the adapter
 * that drives it passes a clock (real timers in Node or a browser, a fake one in tests).
 */
export interface Clock {
  /** Run `callback` once after `ms`; the returned function cancels it. Must not keep a process alive by itself. */
  after(ms: number, callback: () => void): () => void;
  /** Run `callback` soon, from a fresh stack, before any I/O (in Node: the next tick). */
  defer(callback: () => void): void;
  /**
   * Milliseconds on a monotonic scale (integers preferred). Optional: with it, deadlines of one length share one
   * timer (src/zmtp/deadlines.ts); without it each gets its own `after`.
   */
  time?(): number;
}
