import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

const COMMANDS = [
  "pub",
  "sub",
  "xpub",
  "xsub",
  "req",
  "rep",
  "push",
  "pull",
  "dealer",
  "router",
  "pair",
  "monitor",
  "spy",
  "bench",
  "fuzz",
];

/** A user error is exactly one line on stderr, naming the command, and never a stack trace. */
function expectOneLine(stderr: string): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(stderr).toMatch(/^purezmq/);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("purezmq: help, usage errors, one-line failures", () => {
  it("top-level --help lists every command, with examples", async () => {
    const { code, stdout } = await cli(["--help"]);
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${command}\\s`, "m"));
    expect(stdout).toContain("Examples:");
  });

  it.each(COMMANDS)("%s --help prints usage and an example", async (command) => {
    const { code, stdout, stderr } = await cli([command, "--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(new RegExp(`^Usage: purezmq ${command}`));
    expect(stdout).toMatch(/Examples?:\n\s+.*purezmq /);
  });

  it("--version prints the package version", async () => {
    const { code, stdout } = await cli(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^purezmq \d+\.\d+\.\d+/);
  });

  it.each([
    [["frobnicate"], /unknown command "frobnicate"/],
    [["push", "--connect", "tcp://127.0.0.1:1", "--codec", "yaml"], /unknown codec "yaml"/],
    [["push", "--bogus"], /Unknown option '--bogus'/],
    [["pull"], /at least one --bind or --connect/],
    [["rep", "--bind", "tcp://127.0.0.1:0"], /rep needs --echo or --reply/],
    [["sub", "--connect", "tcp://127.0.0.1:1", "--data", "x"], /does not send/],
    [["req", "--connect", "tcp://127.0.0.1:1", "--count", "many"], /--count must be an integer/],
    [["fuzz", "tcp://127.0.0.1:1"], /--type TYPE is required/],
    [["fuzz", "tcp://127.0.0.1:1", "--type", "WIDGET"], /unknown --type "WIDGET"/],
    [["spy", "--listen", "tcp://127.0.0.1:0"], /give --listen ENDPOINT and --forward ENDPOINT/],
  ])("usage error %j: one line, exit status 2", async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expectOneLine(stderr);
  });

  it("a port in use is one line and exit status 1", async () => {
    const { CliProcess } = await import("./run-cli.js");
    const first = new CliProcess(["pull", "--bind", "tcp://127.0.0.1:0"]);
    try {
      const endpoint = await first.boundEndpoint();
      const { code, stderr } = await cli(["pull", "--bind", endpoint]);
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`cannot bind ${endpoint}: Address already in use`));
      expectOneLine(stderr);
    } finally {
      first.kill();
    }
  });

  it.each([
    [["push", "--bind", "carrier-pigeon://nest"], /cannot bind carrier-pigeon:\/\/nest: Protocol not supported/],
    [["push", "--connect", "tcp://127.0.0.1:1", "--codec", "json", "--data", "{not json"], /is not JSON/],
    [
      ["req", "--connect", "tcp://127.0.0.1:1", "--data", "x", "--timeout", "200"],
      /could not send within 200 ms|no message within 200 ms/,
    ],
    [
      ["req", "--connect", "tcp://127.0.0.1:1", "--curve-server-key", "@/nonexistent/key"],
      /--curve-server-key: cannot read \/nonexistent\/key: ENOENT/,
    ],
    [
      ["req", "--connect", "tcp://127.0.0.1:1", "--curve-server-key", `@${import.meta.filename}`],
      /holds neither a key nor a public-key line/,
    ],
  ])("runtime error %j: one line, exit status 1", async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expectOneLine(stderr);
  });
});
