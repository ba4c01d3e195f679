import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";

const platformFile = (name: string): string => fileURLToPath(new URL(`./src/platform/${name}`, import.meta.url));

/** Node, Bun, Deno, Electron: ESM and CommonJS with type declarations. */
const node: Options = {
  entry: { index: "src/index.ts", codecs: "src/codecs/index.ts", draft: "src/draft.ts" },
  format: ["esm", "cjs"],
  dts: true,
  // The browser build writes dist/browser at the same time: leave it alone.
  clean: ["!browser/**"],
  sourcemap: true,
  target: "node18",
  platform: "node",
  // Shared chunks, so that purezmq/draft uses the main entry's Socket, Context and inproc registry (no second copy).
  splitting: true,
};

/**
 * The package's `browser` condition: "#platform" and "#stream-transports" resolve to their browser modules, and
 * Buffer (the global, and node:buffer, which src/zmtp may use) becomes an import of the `buffer` package, left
 * for the page's bundler like the other dependencies. The result imports no Node built-in.
 */
const browser: Options = {
  // No draft entry: its sockets need udp://, which a page does not have.
  entry: { index: "src/index.ts", codecs: "src/codecs/index.ts" },
  outDir: "dist/browser",
  format: ["esm"],
  dts: false,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "browser",
  splitting: false,
  // Keep "node:" so that node:buffer reaches the plugin below, and any other built-in fails the bundle test.
  removeNodeProtocol: false,
  inject: [platformFile("buffer-global.ts")],
  esbuildPlugins: [
    {
      name: "node-buffer-for-browsers",
      setup(build) {
        build.onResolve({ filter: /^node:buffer$/ }, () => ({ path: platformFile("node-buffer.browser.ts") }));
      },
    },
  ],
};

export default defineConfig([node, browser]);
