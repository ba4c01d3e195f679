import { describe, expect, it } from "vitest";
import { Dialer, type AttemptEvents, type DialOptions } from "../../src/transports/dialer.js";
import { FakeClock } from "../helpers/fake-clock.js";

/** A dialer over scripted attempts: each attempt waits until the test settles it. */
function scripted(options: DialOptions) {
  const clock = new FakeClock();
  const attempts: Array<{ events: AttemptEvents<string>; abandoned: boolean; at: number }> = [];
  const log: string[] = [];
  const dialer = new Dialer<string>(
    "fake://peer",
    (events) => {
      const attempt = { events, abandoned: false, at: clock.now };
      attempts.push(attempt);
      return () => {
        attempt.abandoned = true;
      };
    },
    options,
    {
      onStream: (connection) => log.push(`connected ${connection}`),
      onConnectDelay: () => log.push("delay"),
      onConnectRetry: (_address, interval) => log.push(`retry ${interval}`),
    },
    clock,
  );
  return { clock, attempts, log, dialer };
}

describe("Dialer reconnect (fake clock)", () => {
  it("retries a failed attempt after exactly the interval, doubling up to the maximum", async () => {
    const { clock, attempts, log, dialer } = scripted({ reconnectInterval: 100, reconnectMaxInterval: 350 });
    dialer.start();
    expect(attempts).toHaveLength(1);
    for (const [index, delay] of [100, 200, 350, 350].entries()) {
      attempts[index]!.events.failed();
      expect(log.at(-1)).toBe(`retry ${delay}`);
      await clock.advance(delay - 1);
      expect(attempts).toHaveLength(index + 1);
      await clock.advance(1);
      expect(attempts).toHaveLength(index + 2);
    }
    expect(attempts.map((attempt) => attempt.at)).toEqual([0, 100, 300, 650, 1000]);
  });

  it("a successful connection resets the backoff; reconnect() after the loss waits the base interval again", async () => {
    const { clock, attempts, log, dialer } = scripted({ reconnectInterval: 50, reconnectMaxInterval: 1000 });
    dialer.start();
    attempts[0]!.events.failed();
    await clock.advance(50);
    attempts[1]!.events.failed();
    await clock.advance(100);
    attempts[2]!.events.connected("first");
    expect(log).toEqual(["retry 50", "retry 100", "connected first"]);
    dialer.reconnect(); // the link went down
    expect(log.at(-1)).toBe("retry 50");
    await clock.advance(50);
    expect(attempts).toHaveLength(4);
    attempts[3]!.events.connected("second");
    expect(log.at(-1)).toBe("connected second");
  });

  it("without a maximum the delay is the interval plus a jitter below the interval", async () => {
    const { clock, attempts, log, dialer } = scripted({ reconnectInterval: 100, random: () => 0.25 });
    dialer.start();
    attempts[0]!.events.failed();
    expect(log).toEqual(["retry 125"]);
    await clock.advance(124);
    expect(attempts).toHaveLength(1);
    await clock.advance(1);
    expect(attempts).toHaveLength(2);
  });

  it("connectTimeout abandons an attempt that never settles, then retries", async () => {
    const { clock, attempts, log, dialer } = scripted({
      reconnectInterval: 10,
      reconnectMaxInterval: 10,
      connectTimeout: 40,
    });
    dialer.start();
    await clock.advance(39);
    expect(attempts[0]!.abandoned).toBe(false);
    await clock.advance(1);
    expect(attempts[0]!.abandoned).toBe(true);
    expect(log).toEqual(["retry 10"]);
    attempts[0]!.events.connected("late"); // an abandoned attempt's events are ignored
    expect(log).toEqual(["retry 10"]);
    await clock.advance(10);
    expect(attempts).toHaveLength(2);
  });

  it("close() cancels the scheduled retry and abandons the attempt in flight", async () => {
    const { clock, attempts, dialer } = scripted({ reconnectInterval: 10, reconnectMaxInterval: 10 });
    dialer.start();
    attempts[0]!.events.failed();
    dialer.close();
    await clock.advance(1000);
    expect(attempts).toHaveLength(1);
    expect(clock.pending).toBe(0);

    const second = scripted({ reconnectInterval: 10 });
    second.dialer.start();
    second.dialer.close();
    expect(second.attempts[0]!.abandoned).toBe(true);
  });

  it("reconnectInterval -1 or 0 never retries", async () => {
    for (const reconnectInterval of [-1, 0]) {
      const { clock, attempts, log, dialer } = scripted({ reconnectInterval });
      dialer.start();
      attempts[0]!.events.failed();
      await clock.advance(10_000);
      expect(attempts).toHaveLength(1);
      expect(log).toEqual([]);
    }
  });
});
