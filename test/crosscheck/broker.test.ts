import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

/**
 * examples/broker/rrbroker.mjs is a zeromq.js program (`import * as zmq from "zeromq"`). It runs once as written on
 * the native package and once, byte-for-byte unchanged, with a resolve hook (examples/broker/use-purezmq.mjs) that
 * maps the "zeromq" specifier to purezmq's sources. Both runs must print the same thing.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const PROGRAM = "examples/broker/rrbroker.mjs";
const SWAP = ["--import", "tsx", "--import", "./examples/broker/use-purezmq.mjs"];
const options = { cwd: root, timeout: 15_000, killSignal: "SIGKILL" as const };

const expected = `${[1, 2, 3, 4, 5]
  .map((i) => `reply ${i}: World (for Hello ${i})`)
  .concat("done")
  .join("\n")}\n`;

describe("zeromq.js program run unchanged on purezmq", () => {
  it("the swap really loads purezmq (capability.tipc is true only in zeromq.js)", async () => {
    const probe = ["--input-type=module", "-e", 'import * as z from "zeromq"; console.log(z.capability.tipc)'];
    expect((await run("node", probe, options)).stdout).toBe("true\n");
    expect((await run("node", [...SWAP, ...probe], options)).stdout).toBe("false\n");
  });

  it("rrbroker (ROUTER/DEALER broker, REQ client, REP worker) on native zeromq.js", async () => {
    const { stdout } = await run("node", [PROGRAM, "5"], options);
    expect(stdout).toBe(expected);
  });

  it("rrbroker on purezmq prints the same", async () => {
    const { stdout } = await run("node", [...SWAP, PROGRAM, "5"], options);
    expect(stdout).toBe(expected);
  });
});
