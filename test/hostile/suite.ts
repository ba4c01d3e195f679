import { afterEach, expect } from "vitest";
import { GoodPusher, GoodSubscriber } from "./good-peer.js";
import { MiB, Target, type TargetConfig, type TargetStats } from "./harness.js";

/**
 * Each attack runs against a purezmq socket alone in its own process (target.ts), measured from outside: it is
 * alive, nothing was thrown (an uncaught error would end it with status 70), its RSS grew by less than the stated
 * bound, and a well-behaved peer on the same socket got every message.
 */
export const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

export async function start(config: Omit<TargetConfig, "impl">): Promise<Target> {
  const target = await Target.start({ impl: "purezmq", ...config }, 1.5 * 1024 ** 3);
  cleanups.push(() => target.stop());
  return target;
}

export async function subscriberOn(target: Target): Promise<GoodSubscriber> {
  const good = new GoodSubscriber(target.port);
  cleanups.push(() => good.close());
  await good.ready(target);
  return good;
}

export function pusherOn(target: Target): GoodPusher {
  const good = new GoodPusher(target.port);
  cleanups.push(() => good.close());
  return good;
}

export async function expectHealthy(target: Target, maxGrowthMiB: number): Promise<TargetStats> {
  const stats = await target.stats();
  expect(target.stderr).not.toMatch(/UNCAUGHT/);
  expect(target.alive).toBe(true);
  expect(target.growth(stats) / MiB).toBeLessThan(maxGrowthMiB);
  return stats;
}

export const TIMEOUT = 60_000;
