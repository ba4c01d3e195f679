import { describe, expect, it } from "vitest";
import { longTopicsThenDisconnect, subscriptionFlood } from "./attacks.js";
import { MiB } from "./harness.js";
import { expectHealthy, start, subscriberOn, TIMEOUT } from "./suite.js";

describe("hostile peers: subscriptions", () => {
  it.each([
    { name: "PUB, SUBSCRIBE commands (ZMTP 3.1)", type: "pub" as const, minor: 1 },
    { name: "PUB, 01-prefixed subscription messages (ZMTP 3.0)", type: "pub" as const, minor: 0 },
    { name: "XPUB, SUBSCRIBE commands", type: "xpub" as const, minor: 1 },
  ])(
    "long topics then disconnect: $name",
    async ({ type, minor }) => {
      const target = await start({ type });
      const good = await subscriberOn(target);
      const attack = await longTopicsThenDisconnect(target.port, { connections: 50, topicLength: 4000, minor });
      expect(attack.closed).toBe(0); // 4000 bytes is within maxTopicLength: held, then dropped with the link
      await target.until((s) => (s.events.disconnect ?? 0) >= 50);
      expect(await good.served(target, 200)).toBe(true);
      await expectHealthy(target, 64);
    },
    TIMEOUT,
  );

  it(
    "topics over maxTopicLength close the link that sent them, and only that one",
    async () => {
      const target = await start({ type: "pub" });
      const good = await subscriberOn(target);
      const attack = await longTopicsThenDisconnect(target.port, {
        connections: 20,
        topicLength: 100_000,
        waitForClose: true,
      });
      expect(attack.closed).toBe(20);
      const stats = await expectHealthy(target, 64);
      expect(stats.reasons.some((r) => /disconnect: .*maxTopicLength 4096/.test(r))).toBe(true);
      expect(await good.served(target, 200)).toBe(true);
    },
    TIMEOUT,
  );

  it(
    "a flood of short subscriptions is cut at maxSubscriptions (100,000 per peer)",
    async () => {
      const target = await start({ type: "pub" });
      const good = await subscriberOn(target);
      const attack = await subscriptionFlood(target.port, { count: 120_000, topicLength: 8 });
      expect(attack.closed).toBe(1);
      expect(await good.served(target, 200)).toBe(true);
      const stats = await expectHealthy(target, 160);
      expect(stats.reasons.some((r) => /maxSubscriptions/.test(r))).toBe(true);
    },
    TIMEOUT,
  );

  it(
    "a few huge subscriptions: refused by default; with no topic limit, stored once (24 x 1 MiB)",
    async () => {
      const strict = await start({ type: "pub" });
      expect((await subscriptionFlood(strict.port, { count: 24, topicLength: MiB })).closed).toBe(1);
      await expectHealthy(strict, 64);

      const target = await start({ type: "pub", options: { maxTopicLength: -1 } });
      const good = await subscriberOn(target);
      const attack = await subscriptionFlood(target.port, { count: 24, topicLength: MiB, waitForClose: false });
      expect(attack.bytes).toBeGreaterThan(24 * MiB);
      expect(await good.served(target, 200)).toBe(true);
      await expectHealthy(target, 150); // libzmq: about 25 MB; before the radix trie: 4 GB
    },
    TIMEOUT,
  );
});
