import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** What the tests of the published package load: the Node build and the browser build. */
const OUTPUTS = ["dist/index.js", "dist/browser/index.js", "dist/browser/codecs.js"];
const INPUTS = ["src", "package.json", "tsup.config.ts"];
const LOCK = join(ROOT, "dist-build.lock");

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function fresh(): boolean {
  try {
    const built = Math.min(...OUTPUTS.map((output) => statSync(join(ROOT, output)).mtimeMs));
    return INPUTS.every((input) => newest(join(ROOT, input)) <= built);
  } catch {
    return false;
  }
}

/**
 * Builds dist (npm run build) when it is missing or older than the sources, so that tests of the built package
 * never run against stale output. CI builds before testing, so there this only checks. Test files running in
 * parallel take turns through a lock directory.
 */
export async function ensureBuilt(): Promise<void> {
  for (;;) {
    if (fresh()) return;
    try {
      mkdirSync(LOCK);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    try {
      if (!fresh()) await promisify(execFile)("npm", ["run", "build", "--silent"], { cwd: ROOT });
      return;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
