import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BACKOFF_RESET, nextReconnectDelay, reconnects } from "../../src/transports/backoff.js";

function sequence(count: number, interval: number, max: number, random: () => number, state = BACKOFF_RESET): number[] {
  const delays: number[] = [];
  for (let i = 0; i < count; i++) {
    const step = nextReconnectDelay(state, interval, max, random);
    delays.push(step.delay);
    state = step.state;
  }
  return delays;
}

describe("nextReconnectDelay (R-1, libzmq >= 4.3.5 get_new_reconnect_ivl as bundled by zeromq.js v6)", () => {
  it("R-1 without a max: the interval plus a jitter in [0, interval), every time", () => {
    expect(sequence(3, 100, 0, () => 0)).toEqual([100, 100, 100]);
    expect(sequence(3, 100, 0, () => 0.999999)).toEqual([199, 199, 199]);
    expect(sequence(1, 100, 0, () => 0.5)).toEqual([150]);
  });

  it("R-1 the jitter never reaches the interval, whatever the random source returns in [0, 1)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (interval, r) => {
          const { delay } = nextReconnectDelay(BACKOFF_RESET, interval, 0, () => r);
          return Number.isInteger(delay) && delay >= interval && delay < 2 * interval;
        },
      ),
    );
  });

  it("R-1 with a max: no jitter, the interval doubles up to the max (zeromq.js reports 50, 100, 200, 200)", () => {
    const random = (): number => {
      throw new Error("no jitter expected");
    };
    expect(sequence(5, 50, 200, random)).toEqual([50, 100, 200, 200, 200]);
    expect(sequence(7, 100, 1000, random)).toEqual([100, 200, 400, 800, 1000, 1000, 1000]);
    expect(sequence(3, 100, 300, random)).toEqual([100, 200, 300]);
  });

  it("R-1 a max below the interval caps even the first delay (zeromq.js reports 50, 50, 50 for 100/50)", () => {
    expect(sequence(3, 100, 50, Math.random)).toEqual([50, 50, 50]);
  });

  it("R-1 starting again from BACKOFF_RESET (after a successful connection) restarts at the interval", () => {
    let state = BACKOFF_RESET;
    for (let i = 0; i < 4; i++) state = nextReconnectDelay(state, 20, 1000).state;
    expect(state).toBe(160);
    expect(nextReconnectDelay(state, 20, 1000).delay).toBe(320);
    expect(sequence(3, 20, 1000, Math.random, BACKOFF_RESET)).toEqual([20, 40, 80]);
  });

  it("only a positive interval reconnects: -1 and 0 never do (as zeromq.js)", () => {
    expect(reconnects(100)).toBe(true);
    expect(reconnects(1)).toBe(true);
    expect(reconnects(0)).toBe(false);
    expect(reconnects(-1)).toBe(false);
  });
});
