import { backgroundTimeout, soon } from "#platform";
import type { Clock } from "../zmtp/clock.js";

/**
 * Real time for sessions and dialers, on the host's timers (Node's, or a page's in the browser build): timers that
 * do not keep a process alive (an idle link must not), and `defer` before any I/O (process.nextTick in Node).
 */
export const nodeClock: Clock = {
  after: (ms, callback) => backgroundTimeout(callback, ms),
  defer: soon,
  time: () => Math.floor(performance.now()),
};
