// A program that bundles purezmq for Node (esbuild, as VS Code extensions and Electron apps do) runs from the bundle
// alone: tcp, ws:// (`ws` is bundled in, not looked up in node_modules at run time) and CURVE keys (@noble likewise).
// Runs against the built package (`npm run build` first; CI builds before testing).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const PROGRAM = `
import { Pull, Push, curveKeyPair } from "purezmq";
async function roundTrip(address) {
  const pull = new Pull({ receiveTimeout: 5000 });
  await pull.bind(address);
  const push = new Push();
  push.connect(pull.lastEndpoint);
  await push.send("over " + address.split(":")[0]);
  const [message] = await pull.receive();
  push.close();
  pull.close();
  return message.toString();
}
async function main() {
  const tcp = await roundTrip("tcp://127.0.0.1:0");
  const ws = await roundTrip("ws://127.0.0.1:0/bundled");
  const keys = curveKeyPair();
  console.log(JSON.stringify({ tcp, ws, keyLength: keys.publicKey.length }));
}
main().catch((error) => { console.error(error); process.exit(1); });
`;

// What an ES module bundle for Node needs whenever it takes in CommonJS code that requires Node's built-ins.
const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "purezmq-bundle-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("purezmq bundled into a Node program", () => {
  for (const format of ["cjs", "esm"] as const) {
    it(`${format}: the bundle runs on its own, with no node_modules beside it`, async () => {
      expect(existsSync(join(ROOT, "dist", "index.cjs")), "dist/ is missing: run `npm run build` first").toBe(true);
      const source = join(dir, `entry-${format}.mjs`);
      writeFileSync(source, PROGRAM);
      const outfile = join(dir, format, `program.${format === "esm" ? "mjs" : "cjs"}`);
      await build({
        entryPoints: [source],
        bundle: true,
        platform: "node",
        format,
        outfile,
        logLevel: "silent",
        alias: { purezmq: ROOT },
        // the package's own dependencies (ws, @noble) are found from its folder, as from an installed purezmq
        nodePaths: [join(ROOT, "node_modules")],
        banner: format === "esm" ? { js: ESM_REQUIRE_BANNER } : undefined,
      });
      const alone = join(dir, `${format}-alone`);
      cpSync(join(dir, format), alone, { recursive: true });
      const run = spawnSync(process.execPath, [join(alone, `program.${format === "esm" ? "mjs" : "cjs"}`)], {
        cwd: alone,
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({ tcp: "over tcp", ws: "over ws", keyLength: 40 });
    });
  }
});
