import { afterEach, describe, expect, it } from "vitest";
import {
  bigReadys,
  endlessMultipart,
  hugeDeclaredFrames,
  longTopicsThenDisconnect,
  pingFlood,
  slowHandshakes,
  subscriptionFlood,
} from "./attacks.js";
import { GoodPusher, GoodSubscriber } from "./good-peer.js";
import { MiB, Target, type TargetConfig, type TargetStats } from "./harness.js";

/**
 * Each attack runs against a purezmq socket alone in its own process (target.ts), measured from outside: it is
 * alive, nothing was thrown (an uncaught error would end it with status 70), its RSS grew by less than the stated
 * bound, and a well-behaved peer on the same socket got every message.
 */
const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(config: Omit<TargetConfig, "impl">): Promise<Target> {
  const target = await Target.start({ impl: "purezmq", ...config }, 1.5 * 1024 ** 3);
  cleanups.push(() => target.stop());
  return target;
}

async function subscriberOn(target: Target): Promise<GoodSubscriber> {
  const good = new GoodSubscriber(target.port);
  cleanups.push(() => good.close());
  await good.ready(target);
  return good;
}

function pusherOn(target: Target): GoodPusher {
  const good = new GoodPusher(target.port);
  cleanups.push(() => good.close());
  return good;
}

async function expectHealthy(target: Target, maxGrowthMiB: number): Promise<TargetStats> {
  const stats = await target.stats();
  expect(target.stderr).not.toMatch(/UNCAUGHT/);
  expect(target.alive).toBe(true);
  expect(target.growth(stats) / MiB).toBeLessThan(maxGrowthMiB);
  return stats;
}

const TIMEOUT = 60_000;

describe("hostile peers: subscriptions", () => {
  it.each([
    { name: "PUB, SUBSCRIBE commands (ZMTP 3.1)", type: "pub" as const, minor: 1 },
    { name: "PUB, 01-prefixed subscription messages (ZMTP 3.0)", type: "pub" as const, minor: 0 },
    { name: "XPUB, SUBSCRIBE commands", type: "xpub" as const, minor: 1 },
  ])("long topics then disconnect: $name", async ({ type, minor }) => {
    const target = await start({ type });
    const good = await subscriberOn(target);
    const attack = await longTopicsThenDisconnect(target.port, { connections: 50, topicLength: 4000, minor });
    expect(attack.closed).toBe(0); // 4000 bytes is within maxTopicLength: held, then dropped with the link
    await target.until((s) => (s.events.disconnect ?? 0) >= 50);
    expect(await good.served(target, 200)).toBe(true);
    await expectHealthy(target, 64);
  }, TIMEOUT);

  it("topics over maxTopicLength close the link that sent them, and only that one", async () => {
    const target = await start({ type: "pub" });
    const good = await subscriberOn(target);
    const attack = await longTopicsThenDisconnect(target.port, { connections: 20, topicLength: 100_000, waitForClose: true });
    expect(attack.closed).toBe(20);
    const stats = await expectHealthy(target, 64);
    expect(stats.reasons.some((r) => /disconnect: .*maxTopicLength 4096/.test(r))).toBe(true);
    expect(await good.served(target, 200)).toBe(true);
  }, TIMEOUT);

  it("a flood of short subscriptions is cut at maxSubscriptions (100,000 per peer)", async () => {
    const target = await start({ type: "pub" });
    const good = await subscriberOn(target);
    const attack = await subscriptionFlood(target.port, { count: 120_000, topicLength: 8 });
    expect(attack.closed).toBe(1);
    expect(await good.served(target, 200)).toBe(true);
    const stats = await expectHealthy(target, 160);
    expect(stats.reasons.some((r) => /maxSubscriptions/.test(r))).toBe(true);
  }, TIMEOUT);

  it("a few huge subscriptions: refused by default; with no topic limit, stored once (24 x 1 MiB)", async () => {
    const strict = await start({ type: "pub" });
    expect((await subscriptionFlood(strict.port, { count: 24, topicLength: MiB })).closed).toBe(1);
    await expectHealthy(strict, 64);

    const target = await start({ type: "pub", options: { maxTopicLength: -1 } });
    const good = await subscriberOn(target);
    const attack = await subscriptionFlood(target.port, { count: 24, topicLength: MiB, waitForClose: false });
    expect(attack.bytes).toBeGreaterThan(24 * MiB);
    expect(await good.served(target, 200)).toBe(true);
    await expectHealthy(target, 150); // libzmq: about 25 MB; before the radix trie: 4 GB
  }, TIMEOUT);
});

describe("hostile peers: messages", () => {
  it.each([
    { name: "one-byte parts, no maxMessageSize (cut at maxMessageParts)", options: {}, partSize: 1 },
    { name: "4 KiB parts, maxMessageSize 1 MiB (cut at 1 MiB for the whole message)", options: { maxMessageSize: MiB }, partSize: 4096 },
    { name: "empty parts, maxMessageSize 1 MiB (cut at maxMessageParts)", options: { maxMessageSize: MiB }, partSize: 0 },
    { name: "64 KiB parts, messageSizeCeiling 8 MiB", options: { messageSizeCeiling: 8 * MiB }, partSize: 65536 },
  ])("endless multipart: $name", async ({ options, partSize }) => {
    const target = await start({ type: "pull", options });
    const good = pusherOn(target);
    expect(await good.served(target, 100)).toBe(true);
    const attack = await endlessMultipart(target.port, { total: 64 * MiB, partSize });
    expect(attack.closed).toBe(1);
    expect(attack.bytes).toBeLessThan(64 * MiB);
    expect(await good.served(target, 100)).toBe(true);
    await expectHealthy(target, 64);
  }, TIMEOUT);

  it("frames that declare huge sizes and trickle: nothing is allocated for what is only promised", async () => {
    const target = await start({ type: "pull" });
    const good = pusherOn(target);
    const attack = await hugeDeclaredFrames(target.port, { connections: 50, declared: 512 * MiB, trickle: 128 * 1024 });
    expect(attack.closed).toBe(0); // 512 MiB is under the 1 GiB ceiling: legal, just never finished
    expect(await good.served(target, 100)).toBe(true);
    await expectHealthy(target, 64);
  }, TIMEOUT);

  it("frames declaring more than the ceiling, or a huge handshake command, are refused from their header", async () => {
    const target = await start({ type: "pull" });
    const good = pusherOn(target);
    const over = await hugeDeclaredFrames(target.port, { connections: 20, declared: 2 ** 40, trickle: 4096 });
    expect(over.closed).toBe(20);
    const handshake = await hugeDeclaredFrames(target.port, { connections: 20, declared: 100 * MiB, trickle: 4096, duringHandshake: true });
    expect(handshake.closed).toBe(20);
    expect(await good.served(target, 100)).toBe(true);
    await expectHealthy(target, 64);
  }, TIMEOUT);
});

describe("hostile peers: handshakes and commands", () => {
  it.each([
    { name: "1 MiB of metadata in 1000-byte values", valueSize: 1000 },
    { name: "1 MiB of metadata in empty properties (~170,000 of them)", valueSize: 0 },
    { name: "60 KiB of metadata in empty properties (~10,000 of them)", valueSize: 0, size: 60 * 1024 },
  ])("large READYs on many connections are refused: $name", async ({ valueSize, size }) => {
    const target = await start({ type: "pub" });
    const good = await subscriberOn(target);
    const attack = await bigReadys(target.port, { connections: 50, size: size ?? MiB - 64, valueSize, socketType: "SUB", waitForClose: true });
    cleanups.push(() => attack.peers.forEach((p) => p.destroy()));
    expect(attack.closed).toBe(50);
    expect(await good.served(target, 200)).toBe(true);
    const stats = await expectHealthy(target, 200);
    expect(stats.events["handshake:error:protocol"]).toBeGreaterThanOrEqual(50);
  }, TIMEOUT);

  it("READYs at the limits (60 KiB, 64 properties) on 150 connections are kept, at their size", async () => {
    const target = await start({ type: "pub" });
    const good = await subscriberOn(target);
    const attack = await bigReadys(target.port, { connections: 150, size: 60 * 1024, valueSize: 1000, socketType: "SUB" });
    cleanups.push(() => attack.peers.forEach((p) => p.destroy()));
    expect(attack.closed).toBe(0);
    await target.until((s) => (s.events.handshake ?? 0) >= 151);
    expect(await good.served(target, 200)).toBe(true);
    await expectHealthy(target, 120);
  }, TIMEOUT);

  it("a PING flood from a peer that never reads: PONGs are coalesced, not queued", async () => {
    const target = await start({ type: "pub" });
    const good = await subscriberOn(target);
    const attack = await pingFlood(target.port, { total: 16 * MiB });
    cleanups.push(() => attack.peer.destroy());
    expect(await good.served(target, 200)).toBe(true);
    await expectHealthy(target, 64);
  }, TIMEOUT);

  it("1000 connections that never finish their handshake", async () => {
    const target = await start({ type: "pub" });
    const good = await subscriberOn(target);
    const attack = await slowHandshakes(target.port, { connections: 1000 });
    cleanups.push(() => attack.peers.forEach((p) => p.destroy()));
    expect(await good.served(target, 200)).toBe(true);
    await expectHealthy(target, 100);
    expect(attack.peers.filter((p) => p.open)).toHaveLength(1000); // held until handshakeInterval (30 s)
  }, TIMEOUT);
});
