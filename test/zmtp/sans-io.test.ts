import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ZMTP_DIR = join(import.meta.dirname, "../../src/zmtp");

/** The engine must bundle for a browser: no Node module but node:buffer, no timers, no process, no event loop. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ["a node: import other than node:buffer", /from\s+"node:(?!buffer")[^"]*"/],
  ["a bare Node built-in import", /from\s+"(?:buffer|stream|net|events|timers|process|os|crypto)"/],
  ["the process global", /\bprocess\s*\./],
  [
    "a timer",
    /\b(?:setTimeout|setInterval|setImmediate|clearTimeout|clearInterval|clearImmediate|queueMicrotask)\s*\(/,
  ],
  ["a Node type", /\bNodeJS\./],
];

describe("src/zmtp is sans-IO", () => {
  const files = readdirSync(ZMTP_DIR, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".ts"));

  it("has files to check", () => {
    expect(files).toContain("session.ts");
  });

  for (const file of files) {
    it(`${file} uses no Node API but Buffer, and no timer`, () => {
      const source = readFileSync(join(ZMTP_DIR, file), "utf8");
      for (const [what, pattern] of FORBIDDEN) expect(source, `${file} contains ${what}`).not.toMatch(pattern);
    });
  }
});
