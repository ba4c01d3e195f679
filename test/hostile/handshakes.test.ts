import { describe, expect, it } from "vitest";
import { bigReadys, pingFlood, slowHandshakes } from "./attacks.js";
import { MiB } from "./harness.js";
import { cleanups, expectHealthy, start, subscriberOn, TIMEOUT } from "./suite.js";

describe("hostile peers: handshakes and commands", () => {
  it.each([
    { name: "1 MiB of metadata in 1000-byte values", valueSize: 1000 },
    { name: "1 MiB of metadata in empty properties (~170,000 of them)", valueSize: 0 },
    { name: "60 KiB of metadata in empty properties (~10,000 of them)", valueSize: 0, size: 60 * 1024 },
  ])(
    "large READYs on many connections are refused: $name",
    async ({ valueSize, size }) => {
      const target = await start({ type: "pub" });
      const good = await subscriberOn(target);
      const attack = await bigReadys(target.port, {
        connections: 50,
        size: size ?? MiB - 64,
        valueSize,
        socketType: "SUB",
        waitForClose: true,
      });
      cleanups.push(() =>
        attack.peers.forEach((p) => {
          p.destroy();
        }),
      );
      expect(attack.closed).toBe(50);
      expect(await good.served(target, 200)).toBe(true);
      const stats = await expectHealthy(target, 200);
      expect(stats.events["handshake:error:protocol"]).toBeGreaterThanOrEqual(50);
    },
    TIMEOUT,
  );

  it(
    "READYs at the limits (60 KiB, 64 properties) on 150 connections are kept, at their size",
    async () => {
      const target = await start({ type: "pub" });
      const good = await subscriberOn(target);
      const attack = await bigReadys(target.port, {
        connections: 150,
        size: 60 * 1024,
        valueSize: 1000,
        socketType: "SUB",
      });
      cleanups.push(() =>
        attack.peers.forEach((p) => {
          p.destroy();
        }),
      );
      expect(attack.closed).toBe(0);
      await target.until((s) => (s.events.handshake ?? 0) >= 151);
      expect(await good.served(target, 200)).toBe(true);
      await expectHealthy(target, 120);
    },
    TIMEOUT,
  );

  it(
    "a PING flood from a peer that never reads: PONGs are coalesced, not queued",
    async () => {
      const target = await start({ type: "pub" });
      const good = await subscriberOn(target);
      const attack = await pingFlood(target.port, { total: 16 * MiB });
      cleanups.push(() => attack.peer.destroy());
      expect(await good.served(target, 200)).toBe(true);
      await expectHealthy(target, 64);
    },
    TIMEOUT,
  );

  it(
    "1000 connections that never finish their handshake",
    async () => {
      const target = await start({ type: "pub" });
      const good = await subscriberOn(target);
      const attack = await slowHandshakes(target.port, { connections: 1000 });
      cleanups.push(() =>
        attack.peers.forEach((p) => {
          p.destroy();
        }),
      );
      expect(await good.served(target, 200)).toBe(true);
      await expectHealthy(target, 100);
      expect(attack.peers.filter((p) => p.open)).toHaveLength(1000); // held until handshakeInterval (30 s)
    },
    TIMEOUT,
  );
});
