import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Newest modification time of any file under `dir`, ms. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * The benchmark measures purezmq as users get it: the built package (dist/), loaded by plain node. Running the
 * sources through tsx costs several KiB of RSS per connection that users never pay. Throws, saying what to do, when
 * dist/ is missing or older than src/.
 */
export function checkDist(): void {
  const entry = join(ROOT, "dist", "index.js");
  if (!existsSync(entry)) throw new Error("dist/index.js is missing: run `npm run build` first");
  const built = statSync(entry).mtimeMs;
  if (newest(join(ROOT, "src")) > built)
    throw new Error("dist/ is older than src/: run `npm run build` (npm run bench:hostile does it for you)");
}

/**
 * test/hostile/target.ts compiled to plain JS (no tsx in the measured process, for either implementation), loading
 * purezmq by its package name, i.e. dist/. Returns the script to run, the node:net floor's script (floor-target.ts)
 * and the module name to pass as `purezmq`.
 */
export async function builtTarget(): Promise<{ script: string; floorScript: string; purezmq: string }> {
  checkDist();
  const script = await compile(join(ROOT, "test", "hostile", "target.ts"), "target.mjs");
  const floorScript = await compile(join(ROOT, "bench", "hostile", "floor-target.ts"), "floor-target.mjs");
  return { script, floorScript, purezmq: "purezmq" };
}

async function compile(entry: string, name: string): Promise<string> {
  const outfile = join(ROOT, "bench", "out", "hostile", name);
  await build({
    entryPoints: [entry],
    outfile,
    // local helpers inlined; packages, and the sources the suite loads under tsx, stay imports
    bundle: true,
    packages: "external",
    external: ["*/src/index.js"],
    platform: "node",
    format: "esm",
    target: "node18",
    logLevel: "warning",
  });
  return outfile;
}
