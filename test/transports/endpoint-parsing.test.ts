import { describe, expect, it } from "vitest";
import { parseEndpoint } from "../../src/transports/endpoint.js";
import { nextReconnectDelay } from "../../src/transports/dialer.js";

describe("parseEndpoint", () => {
  it.each([
    ["tcp://127.0.0.1:5555", "bind", { transport: "tcp", host: "127.0.0.1", port: 5555 }],
    ["tcp://*:5555", "bind", { transport: "tcp", host: "*", port: 5555 }],
    ["tcp://127.0.0.1:*", "bind", { transport: "tcp", host: "127.0.0.1", port: 0 }],
    ["tcp://127.0.0.1:0", "bind", { transport: "tcp", host: "127.0.0.1", port: 0 }],
    ["tcp://[::1]:5555", "connect", { transport: "tcp", host: "::1", port: 5555 }],
    ["tcp://localhost:80", "connect", { transport: "tcp", host: "localhost", port: 80 }],
    ["tcp://10.0.0.1:1;127.0.0.1:6000", "connect", { transport: "tcp", host: "127.0.0.1", port: 6000 }],
    ["ipc:///tmp/x.sock", "bind", { transport: "ipc", path: "/tmp/x.sock", abstract: false }],
    ["ipc://@name", "connect", { transport: "ipc", path: "\0name", abstract: true }],
    ["inproc://a-b", "connect", { transport: "inproc", name: "a-b" }],
  ] as const)("%s (%s)", (address, purpose, expected) => {
    expect(parseEndpoint(address, purpose)).toMatchObject({ ...expected, address });
  });

  it("ipc://* binds a fresh path under the temp dir", () => {
    const endpoint = parseEndpoint("ipc://*", "bind");
    expect(endpoint).toMatchObject({ transport: "ipc", abstract: false });
    expect(endpoint.address).toMatch(/^ipc:\/\/.+purezmq-[0-9a-f]+\.sock$/);
  });

  it.each([
    ["tcp://", "bind", "EINVAL"],
    ["tcp://127.0.0.1", "bind", "EINVAL"],
    ["tcp://127.0.0.1:99999", "bind", "EINVAL"],
    ["tcp://127.0.0.1:abc", "bind", "EINVAL"],
    ["tcp://127.0.0.1:*", "connect", "EINVAL"],
    ["tcp://*:5555", "connect", "EINVAL"],
    ["tcp://[::1:5555", "bind", "EINVAL"],
    ["ipc://", "bind", "EINVAL"],
    ["inproc://", "bind", "EINVAL"],
    ["no-scheme", "bind", "EINVAL"],
    ["pgm://eth0;239.192.1.1:5555", "connect", "EPROTONOSUPPORT"],
    ["ws://127.0.0.1:80", "connect", "EPROTONOSUPPORT"],
    ["bogus://x", "bind", "EPROTONOSUPPORT"],
  ] as const)("%s (%s) throws %s with the address", (address, purpose, code) => {
    expect(() => parseEndpoint(address, purpose)).toThrow(expect.objectContaining({ code, address }));
  });
});

describe("nextReconnectDelay (R-1, libzmq get_new_reconnect_ivl)", () => {
  it("adds a jitter in [0, base) and keeps the interval without a max", () => {
    expect(nextReconnectDelay(100, 100, 0, () => 0)).toEqual({ delay: 100, next: 100 });
    expect(nextReconnectDelay(100, 100, 0, () => 0.999)).toEqual({ delay: 199, next: 100 });
  });

  it("doubles up to the max", () => {
    let current = 100;
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      const step = nextReconnectDelay(current, 100, 1000, () => 0);
      delays.push(step.delay);
      current = step.next;
    }
    expect(delays).toEqual([100, 200, 400, 800, 1000, 1000]);
  });
});
