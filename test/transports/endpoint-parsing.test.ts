import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { parseEndpoint } from "../../src/transports/registry.js";

// Expectations follow zeromq.js v6 / libzmq, checked with zmq_bind/zmq_connect on this machine.
describe("parseEndpoint accepts what zeromq.js accepts", () => {
  it.each([
    ["tcp://127.0.0.1:5555", "bind", { transport: "tcp", host: "127.0.0.1", port: 5555 }],
    ["tcp://*:5555", "bind", { transport: "tcp", host: "*", port: 5555 }],
    ["tcp://*:*", "bind", { transport: "tcp", host: "*", port: 0 }],
    ["tcp://127.0.0.1:*", "bind", { transport: "tcp", host: "127.0.0.1", port: 0 }],
    ["tcp://127.0.0.1:0", "bind", { transport: "tcp", host: "127.0.0.1", port: 0 }],
    ["tcp://127.0.0.1:0555", "bind", { transport: "tcp", host: "127.0.0.1", port: 555 }],
    ["tcp://[::1]:5555", "bind", { transport: "tcp", host: "::1", port: 5555 }],
    ["tcp://::1:5555", "bind", { transport: "tcp", host: "::1", port: 5555 }],
    ["tcp://[127.0.0.1]:*", "bind", { transport: "tcp", host: "127.0.0.1", port: 0 }],
    ["tcp://lo:*", "bind", { transport: "tcp", host: "lo", port: 0 }],
    ["tcp://localhost:65535", "bind", { transport: "tcp", host: "localhost", port: 65535 }],
    // An empty bind host is refused by the listener (ENODEV), not by the parser.
    ["tcp://:5555", "bind", { transport: "tcp", host: "", port: 5555 }],
    ["tcp://[::1]:5555", "connect", { transport: "tcp", host: "::1", port: 5555 }],
    ["tcp://[fe80::1%eth0]:5555", "connect", { transport: "tcp", host: "fe80::1%eth0", port: 5555 }],
    ["tcp://localhost:80", "connect", { transport: "tcp", host: "localhost", port: 80 }],
    ["tcp://my_host-1.example:80", "connect", { transport: "tcp", host: "my_host-1.example", port: 80 }],
    ["tcp://127.0.0.1:0", "connect", { transport: "tcp", host: "127.0.0.1", port: 0 }],
    ["tcp://:5555", "connect", { transport: "tcp", host: "", port: 5555 }],
    [
      "tcp://127.0.0.2:0;127.0.0.1:6000",
      "connect",
      { transport: "tcp", host: "127.0.0.1", port: 6000, source: { host: "127.0.0.2", port: 0 } },
    ],
    ["ipc:///tmp/x.sock", "bind", { transport: "ipc", path: "/tmp/x.sock", abstract: false }],
    ["ipc://relative.sock", "connect", { transport: "ipc", path: "relative.sock", abstract: false }],
    ["ipc://*", "connect", { transport: "ipc", path: "*", abstract: false }],
    ["inproc://a-b", "bind", { transport: "inproc", name: "a-b" }],
    ["inproc://x://y", "connect", { transport: "inproc", name: "x://y" }],
  ] as const)("%s (%s)", (address, purpose, expected) => {
    expect(parseEndpoint(address, purpose)).toEqual({ ...expected, address });
  });

  it.runIf(process.platform === "linux")("ipc://@name is the Linux abstract namespace", () => {
    expect(parseEndpoint("ipc://@name", "bind")).toEqual({
      transport: "ipc",
      path: "\0name",
      abstract: true,
      address: "ipc://@name",
    });
  });

  it("ipc://* binds a fresh path under the temp dir, reported as the endpoint's address", () => {
    const first = parseEndpoint("ipc://*", "bind");
    const second = parseEndpoint("ipc://*", "bind");
    if (first.transport !== "ipc") throw new Error("not ipc");
    expect(first.abstract).toBe(false);
    expect(first.path.startsWith(tmpdir())).toBe(true);
    expect(first.address).toBe(`ipc://${first.path}`);
    expect(second.address).not.toBe(first.address);
  });
});

describe("parseEndpoint refuses what zeromq.js refuses, with the code and the address", () => {
  it.each([
    ["tcp://", "bind", "EINVAL"],
    ["tcp://127.0.0.1", "bind", "EINVAL"],
    ["tcp://127.0.0.1:", "bind", "EINVAL"],
    ["tcp://127.0.0.1:00", "bind", "EINVAL"],
    ["tcp://127.0.0.1:*", "connect", "EINVAL"],
    ["tcp://*:5555", "connect", "EINVAL"],
    ["tcp://a b:5", "connect", "EINVAL"],
    ["tcp://-x:5", "connect", "EINVAL"],
    ["tcp://127.0.0.1:", "connect", "EINVAL"],
    // Stricter than libzmq, which reads ports with atoi (55x = 55, 70000 wraps to 4464).
    ["tcp://127.0.0.1:99999", "bind", "EINVAL"],
    ["tcp://127.0.0.1:55x", "bind", "EINVAL"],
    ["tcp://127.0.0.1:-1", "bind", "EINVAL"],
    ["tcp://127.0.0.1:70000", "connect", "EINVAL"],
    ["tcp://[::1:5555", "bind", "EINVAL"],
    ["tcp://::1]:5555", "connect", "EINVAL"],
    ["ipc://", "bind", "EINVAL"],
    ["ipc://", "connect", "EINVAL"],
    ["inproc://", "bind", "EINVAL"],
    ["inproc://", "connect", "EINVAL"],
    ["no-scheme", "bind", "EINVAL"],
    ["tcp:/127.0.0.1:5", "bind", "EINVAL"],
    ["://x", "bind", "EINVAL"],
    ["", "connect", "EINVAL"],
    ["pgm://eth0;239.192.1.1:5555", "connect", "EPROTONOSUPPORT"],
    ["epgm://eth0;239.192.1.1:5555", "bind", "EPROTONOSUPPORT"],
    ["tipc://{5560,0,0}", "bind", "EPROTONOSUPPORT"],
    ["vmci://1:2", "connect", "EPROTONOSUPPORT"],
    ["TCP://127.0.0.1:5", "bind", "EPROTONOSUPPORT"],
    ["bogus://x", "bind", "EPROTONOSUPPORT"],
  ] as const)("%s (%s) throws %s", (address, purpose, code) => {
    expect(() => parseEndpoint(address, purpose)).toThrow(expect.objectContaining({ code, address }));
  });

  it.runIf(process.platform === "linux")("ipc://@ (an empty abstract name) is EINVAL", () => {
    expect(() => parseEndpoint("ipc://@", "bind")).toThrow(
      expect.objectContaining({ code: "EINVAL", address: "ipc://@" }),
    );
  });

  it.each(["bind", "connect"] as const)(
    "an ipc path that does not fit sun_path is ENAMETOOLONG on %s (node would silently truncate it)",
    (purpose) => {
      const fits = `ipc:///tmp/${"x".repeat(107 - "/tmp/".length)}`;
      const address = `ipc:///tmp/${"x".repeat(120)}`;
      expect(parseEndpoint(fits, purpose)).toMatchObject({ transport: "ipc" });
      expect(() => parseEndpoint(address, purpose)).toThrow(
        expect.objectContaining({ code: "ENAMETOOLONG", errno: 36, message: "File name too long", address }),
      );
    },
  );

  it("errors carry zeromq.js's message and errno", () => {
    expect(() => parseEndpoint("bogus://x", "bind")).toThrow(
      expect.objectContaining({ message: "Protocol not supported", errno: 93 }),
    );
    expect(() => parseEndpoint("tcp://x", "bind")).toThrow(
      expect.objectContaining({ message: "Invalid argument", errno: 22 }),
    );
  });

  it("a non-string address is a TypeError", () => {
    expect(() => parseEndpoint(42 as unknown as string, "bind")).toThrow(TypeError);
  });
});

describe("ws:// and wss:// endpoints (RFC 45: host, port and path as libzmq writes them)", () => {
  it("parses host, port and path; the path defaults to /", () => {
    expect(parseEndpoint("ws://127.0.0.1:5555/zmq", "connect")).toEqual({
      transport: "ws",
      host: "127.0.0.1",
      port: 5555,
      path: "/zmq",
      address: "ws://127.0.0.1:5555/zmq",
    });
    expect(parseEndpoint("wss://example.com:443", "connect")).toMatchObject({
      transport: "wss",
      host: "example.com",
      port: 443,
      path: "/",
    });
    expect(parseEndpoint("ws://[::1]:80/a/b?x=1", "connect")).toMatchObject({
      host: "::1",
      port: 80,
      path: "/a/b?x=1",
    });
  });

  it("binds on a wildcard host and port", () => {
    expect(parseEndpoint("ws://*:*/zmq", "bind")).toMatchObject({ host: "*", port: 0, path: "/zmq" });
  });

  it("refuses what libzmq refuses: no port, a wildcard to connect to, a space in the path", () => {
    for (const [address, purpose] of [
      ["ws://127.0.0.1/zmq", "connect"],
      ["ws://*:5555/zmq", "connect"],
      ["ws://127.0.0.1:*/zmq", "connect"],
      ["ws://127.0.0.1:5555/a b", "connect"],
    ] as const) {
      expect(() => parseEndpoint(address, purpose), address).toThrow(expect.objectContaining({ code: "EINVAL" }));
    }
  });
});
