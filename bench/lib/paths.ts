/**
 * Where the suite's files are. The suite runs compiled (`npm run bench` bundles bench/ into bench/out/build/*.mjs),
 * so paths are resolved from the package root rather than from this module's own location.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  return dir;
}

export const ROOT = packageRoot();
export const OUT_DIR = join(ROOT, "bench", "out");
export const PROFILE_DIR = join(OUT_DIR, "prof");
export const BUILD_DIR = join(OUT_DIR, "build");
export const WORKER = join(BUILD_DIR, "worker.mjs");
