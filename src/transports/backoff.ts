/** The backoff state of a dialer that has not failed since it last connected (or was created). */
export const BACKOFF_RESET = -1;

export interface ReconnectStep {
  /** ms to wait before the next attempt (what "connect:retry" reports). */
  delay: number;
  /** The state to pass to the next call; set it back to BACKOFF_RESET after a successful connection. */
  state: number;
}

/** libzmq never schedules a reconnect unless the interval is positive (so both -1 and 0 mean "never"). */
export function reconnects(interval: number): boolean {
  return interval > 0;
}

/**
 * The next reconnect delay, as the libzmq bundled with zeromq.js v6 computes it (stream_connecter_base.cpp,
 * get_new_reconnect_ivl, libzmq >= 4.3.5; verified against zeromq.js's "connect:retry" events):
 * - maxInterval > 0: no jitter; the first delay is `interval`, then each one doubles, capped at `maxInterval`
 *   (which also caps the first one when it is smaller than `interval`).
 * - otherwise: `interval` plus a random jitter in [0, interval), every time.
 * (libzmq 4.3.4 and older, e.g. pyzmq 24, always added the jitter and doubled only when max > interval.)
 */
export function nextReconnectDelay(
  state: number,
  interval: number,
  maxInterval: number,
  random: () => number = Math.random,
): ReconnectStep {
  if (maxInterval > 0) {
    const candidate = state === BACKOFF_RESET ? interval : state * 2;
    const delay = Math.min(candidate, maxInterval);
    return { delay, state: delay };
  }
  const jitter = interval > 0 ? Math.min(interval - 1, Math.floor(random() * interval)) : 0;
  return { delay: interval + jitter, state: interval };
}
