import { describe, expect, it } from "vitest";
import { endlessMultipart, hugeDeclaredFrames } from "./attacks.js";
import { MiB } from "./harness.js";
import { expectHealthy, pusherOn, start, TIMEOUT } from "./suite.js";

describe("hostile peers: messages", () => {
  it.each([
    { name: "one-byte parts, no maxMessageSize (cut at maxMessageParts)", options: {}, partSize: 1 },
    {
      name: "4 KiB parts, maxMessageSize 1 MiB (cut at 1 MiB for the whole message)",
      options: { maxMessageSize: MiB },
      partSize: 4096,
    },
    {
      name: "empty parts, maxMessageSize 1 MiB (cut at maxMessageParts)",
      options: { maxMessageSize: MiB },
      partSize: 0,
    },
    { name: "64 KiB parts, messageSizeCeiling 8 MiB", options: { messageSizeCeiling: 8 * MiB }, partSize: 65536 },
  ])(
    "endless multipart: $name",
    async ({ options, partSize }) => {
      const target = await start({ type: "pull", options });
      const good = pusherOn(target);
      expect(await good.served(target, 100)).toBe(true);
      const attack = await endlessMultipart(target.port, { total: 64 * MiB, partSize });
      expect(attack.closed).toBe(1);
      expect(attack.bytes).toBeLessThan(64 * MiB);
      expect(await good.served(target, 100)).toBe(true);
      await expectHealthy(target, 64);
    },
    TIMEOUT,
  );

  it(
    "frames that declare huge sizes and trickle: nothing is allocated for what is only promised",
    async () => {
      const target = await start({ type: "pull" });
      const good = pusherOn(target);
      const attack = await hugeDeclaredFrames(target.port, {
        connections: 50,
        declared: 512 * MiB,
        trickle: 128 * 1024,
      });
      expect(attack.closed).toBe(0); // 512 MiB is under the 1 GiB ceiling: legal, just never finished
      expect(await good.served(target, 100)).toBe(true);
      await expectHealthy(target, 64);
    },
    TIMEOUT,
  );

  it(
    "frames declaring more than the ceiling, or a huge handshake command, are refused from their header",
    async () => {
      const target = await start({ type: "pull" });
      const good = pusherOn(target);
      const over = await hugeDeclaredFrames(target.port, { connections: 20, declared: 2 ** 40, trickle: 4096 });
      expect(over.closed).toBe(20);
      const handshake = await hugeDeclaredFrames(target.port, {
        connections: 20,
        declared: 100 * MiB,
        trickle: 4096,
        duringHandshake: true,
      });
      expect(handshake.closed).toBe(20);
      expect(await good.served(target, 100)).toBe(true);
      await expectHealthy(target, 64);
    },
    TIMEOUT,
  );
});
