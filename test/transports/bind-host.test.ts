import { beforeEach, describe, expect, it, vi } from "vitest";

// As under Deno without --allow-sys: reading the interface table throws. (vi.hoisted: vi.mock runs first.)
const networkInterfaces = vi.hoisted(() =>
  vi.fn((): never => {
    throw new Error('NotCapable: Requires sys access to "networkInterfaces"');
  }),
);
vi.mock("node:os", async (importOriginal) => ({
  ...(await importOriginal<typeof import("node:os")>()),
  networkInterfaces,
}));

const { resolveBindHost } = await import("../../src/transports/bind-host.js");

describe("bind host resolution without the interface table", () => {
  beforeEach(() => {
    networkInterfaces.mockClear();
  });

  it.each([
    ["127.0.0.1", false, "127.0.0.1"],
    ["127.0.0.1", true, "::ffff:127.0.0.1"],
    ["::1", true, "::1"],
    ["*", false, "0.0.0.0"],
  ])("%s (ipv6 %s) resolves to %s without asking for interfaces", async (host, ipv6, expected) => {
    expect(await resolveBindHost(host, ipv6)).toBe(expected);
    expect(networkInterfaces).not.toHaveBeenCalled();
  });

  it("a name is looked up in DNS when the interface table cannot be read", async () => {
    expect(await resolveBindHost("localhost", false)).toBe("127.0.0.1");
    expect(networkInterfaces).toHaveBeenCalledTimes(1);
  });
});
