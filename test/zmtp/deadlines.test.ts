import { describe, expect, it } from "vitest";
import { Deadlines, sharedDeadlines } from "../../src/zmtp/deadlines.js";
import { FakeClock } from "../helpers/fake-clock.js";

function recorder(clock: FakeClock, log: string[], name: string, then?: () => void) {
  return {
    expire() {
      log.push(`${name}@${clock.now}`);
      then?.();
    },
  };
}

describe("Deadlines (one timer for many deadlines of one length)", () => {
  it("expires each entry exactly its length after it was added, in order, with one timer armed", async () => {
    const clock = new FakeClock();
    const deadlines = new Deadlines(clock, 100);
    const log: string[] = [];
    deadlines.add(recorder(clock, log, "a"));
    await clock.advance(30);
    deadlines.add(recorder(clock, log, "b"));
    deadlines.add(recorder(clock, log, "c"));
    expect(clock.pending).toBe(1);
    await clock.advance(69);
    expect(log).toEqual([]);
    await clock.advance(1);
    expect(log).toEqual(["a@100"]);
    await clock.advance(29);
    expect(log).toEqual(["a@100"]);
    await clock.advance(1);
    expect(log).toEqual(["a@100", "b@130", "c@130"]);
    expect(clock.pending).toBe(0);
  });

  it("a deleted entry never expires; deleting the last one disarms the timer", async () => {
    const clock = new FakeClock();
    const deadlines = new Deadlines(clock, 50);
    const log: string[] = [];
    const a = recorder(clock, log, "a");
    const b = recorder(clock, log, "b");
    deadlines.add(a);
    await clock.advance(10);
    deadlines.add(b);
    deadlines.delete(a);
    expect(clock.pending).toBe(1);
    await clock.advance(100);
    expect(log).toEqual(["b@60"]);
    deadlines.add(a);
    deadlines.delete(a);
    deadlines.delete(a);
    expect(clock.pending).toBe(0);
  });

  it("entries added or deleted by an expiring one are honoured", async () => {
    const clock = new FakeClock();
    const deadlines = new Deadlines(clock, 20);
    const log: string[] = [];
    const late = recorder(clock, log, "late");
    const victim = recorder(clock, log, "victim");
    deadlines.add(
      recorder(clock, log, "first", () => {
        deadlines.delete(victim);
        deadlines.add(late);
      }),
    );
    deadlines.add(victim);
    await clock.advance(100);
    expect(log).toEqual(["first@20", "late@40"]);
    expect(clock.pending).toBe(0);
  });

  it("is shared per clock and length, and absent for a clock that cannot tell the time", () => {
    const clock = new FakeClock();
    expect(sharedDeadlines(clock, 10)).toBe(sharedDeadlines(clock, 10));
    expect(sharedDeadlines(clock, 10)).not.toBe(sharedDeadlines(clock, 20));
    expect(sharedDeadlines({ after: clock.after.bind(clock), defer: clock.defer.bind(clock) }, 10)).toBeUndefined();
  });
});
