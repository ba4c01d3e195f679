import type { Clock } from "../zmtp/clock.js";

/** Real time for sessions in Node: unref'd timers (an idle link must not keep the process alive), nextTick. */
export const nodeClock: Clock = {
  after(ms, callback) {
    const timer = setTimeout(callback, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
  defer(callback) {
    process.nextTick(callback);
  },
};
