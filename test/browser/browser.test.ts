/**
 * purezmq in a web page: the program in page.mjs, bundled the way a user would bundle it (esbuild
 * --platform=browser and nothing else, through package.json's `browser` export), runs in headless Chromium.
 */
import { build, type Metafile } from "esbuild";
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicKeyOf } from "../../src/zmtp/curve-crypto.js";
import { z85Decode, z85Encode } from "../../src/zmtp/z85.js";
import { ensureBuilt, ROOT } from "../helpers/dist.js";
import { launchChromium, type HeadlessChromium } from "./chromium.js";

let bundle: { text: string; metafile: Metafile; warnings: string[] };
let chromium: HeadlessChromium | undefined;

beforeAll(async () => {
  await ensureBuilt();
  const result = await build({
    entryPoints: [join(ROOT, "test/browser/page.mjs")],
    bundle: true,
    platform: "browser",
    format: "esm",
    metafile: true,
    write: false,
    absWorkingDir: ROOT,
    logLevel: "silent",
  });
  bundle = {
    text: result.outputFiles[0]!.text,
    metafile: result.metafile,
    warnings: result.warnings.map((warning) => warning.text),
  };
}, 120_000);

afterAll(async () => {
  await chromium?.close();
});

describe("the browser bundle", () => {
  it("bundles with no warning, and imports no Node built-in, not even through a dependency", () => {
    expect(bundle.warnings).toEqual([]);
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const imported = Object.values(bundle.metafile.inputs).flatMap((input) => input.imports.map((entry) => entry.path));
    expect(imported.filter((path) => builtins.has(path) || path.startsWith("node:"))).toEqual([]);
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs).toContain("dist/browser/index.js");
    expect(inputs).toContain("dist/browser/codecs.js");
    // Buffer is the `buffer` package, bundled like any dependency.
    expect(inputs).toContain("node_modules/buffer/index.js");
  });
});

/** Node-only globals and timer methods: a page has no `process`, `setImmediate`, or timers with ref/unref. */
const NODE_ONLY =
  /\bprocess\b|\b(set|clear)Immediate\b|\bglobal\.|\b__dirname\b|\b__filename\b|\brequire\(|\.unref\(|\.ref\(/;

/**
 * Uses still in src/zmtp/connection.ts, which the engine redesign (issue 12, part 1) takes out of src/zmtp; they
 * run only on tcp/ipc connections, which a page never makes. Delete this entry when that lands.
 */
const NOT_YET_REMOVED = new Set(["src/zmtp/connection.ts"]);

/** The source modules of a built file whose code uses a Node-only global, from esbuild's "// path" markers. */
function nodeOnlyUsers(file: string): string[] {
  const users = new Set<string>();
  let module = "(prelude)";
  for (const line of readFileSync(join(ROOT, file), "utf8").split("\n")) {
    const marker = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
    if (marker !== null) module = marker[1]!;
    else if (!/^\s*(\/\/|\/\*|\*)/.test(line) && NODE_ONLY.test(line)) users.add(module);
  }
  return [...users];
}

describe("the browser build", () => {
  it.each(["dist/browser/index.js", "dist/browser/codecs.js"])(
    "%s uses no Node-only global, and Buffer only as an import",
    (file) => {
      expect(nodeOnlyUsers(file).filter((module) => !NOT_YET_REMOVED.has(module))).toEqual([]);
      const text = readFileSync(join(ROOT, file), "utf8");
      expect(text).toMatch(/^import \{ Buffer\b.*\} from "buffer";$/m);
    },
  );
});

describe("in headless Chromium", () => {
  it("runs inproc PUSH/PULL, REQ/REP, PUB/SUB filtering, DEALER/ROUTER, curveKeyPair and the codecs, and refuses tcp/ipc/udp", async () => {
    chromium = await launchChromium();
    const page = await chromium.open({
      "/": ["text/html", '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>'],
      "/page.js": ["text/javascript", bundle.text],
    });
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    await page.waitForFunction(() => "purezmqPage" in globalThis, undefined, { timeout: 10_000 });
    const outcome = await page.evaluate(
      () =>
        (globalThis as unknown as { purezmqPage: Promise<{ ok: boolean; error?: string; results?: any }> }).purezmqPage,
    );
    expect(pageErrors).toEqual([]);
    expect(outcome.error).toBeUndefined();
    const results = outcome.results;

    // The page has none of Node's globals: what works here works without them.
    expect(results.globals).toEqual({ process: "undefined", Buffer: "undefined", require: "undefined" });
    expect(results.pipeline).toEqual(Array.from({ length: 100 }, (_, i) => `task ${i}:${i},${255 - i}`));
    expect(results.requestReply).toEqual(Array.from({ length: 10 }, (_, i) => `Hello page ${i}`));
    expect(results.publishSubscribe).toEqual([
      ...[1, 4, 7, 10, 13, 16, 19, 22, 25, 28].map((i) => `10001 ${i}`),
      "10001 end",
    ]);
    expect(results.routed).toEqual({ identityLength: 5, body: "ping", answer: "pong" });
    const { publicKey, secretKey } = results.curveKeyPair;
    expect(z85Encode(publicKeyOf(z85Decode(secretKey)!))).toBe(publicKey);

    for (const scheme of ["tcp://127.0.0.1:5555", "ipc:///tmp/purezmq.sock", "udp://127.0.0.1:5555"]) {
      const transport = scheme.slice(0, 3);
      for (const operation of ["bind", "connect"]) {
        expect(results.refusals[`${operation} ${scheme}`]).toEqual({
          code: "EPROTONOSUPPORT",
          message: `${transport}:// is not available in the browser: use inproc:// or ws://`,
          address: scheme,
        });
      }
    }

    const value = { zip: 10001, temperature: 21.5, tags: ["a", "b"], ok: true, nothing: null };
    expect(results.codecs).toEqual({
      string: "héllo ✓",
      json: value,
      msgpack: value,
      pyobj: value,
      overSocket: value,
      unpickled: "héllo",
      pickleIsBytes: true,
      badUtf8: "CodecError",
    });
  }, 60_000);
});
