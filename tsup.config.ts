import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";

const common: Options = { target: "node18", platform: "node", sourcemap: true };

/**
 * One implementation per process: dist/implementation.cjs holds the library; each published entry, CommonJS and
 * ESM, only picks its part of it (src/implementation.ts). Codecs share no state and are bundled on their own.
 */
const VIEWS: Record<string, string> = {
  index: "implementation.main",
  draft: "implementation.draft()",
  "v5-compat": "implementation.compat",
};

function writeEntries(): void {
  const require = createRequire(import.meta.url);
  for (const [name, view] of Object.entries(VIEWS)) {
    writeFileSync(
      `dist/${name}.cjs`,
      // Not `module.exports = require(...)...`: Node reads that as a re-export and, on every `import`, scans all of
      // implementation.cjs for export names (cjs-module-lexer: about half of the import time). The ESM face below only
      // takes the default export anyway.
      `"use strict";\n// A view of the one implementation in ./implementation.cjs.\n` +
        `const implementation = require("./implementation.cjs");\nmodule.exports = ${view};\n`,
    );
  }
  for (const name of [...Object.keys(VIEWS), "codecs"]) {
    const names = Object.keys(require(`./dist/${name}.cjs`)).filter((key) => key !== "__esModule" && key !== "default");
    writeFileSync(
      `dist/${name}.js`,
      `// ESM face of ./${name}.cjs (one implementation per process).\n` +
        `import implementation from "./${name}.cjs";\n` +
        (names.length === 0 ? "" : `export const { ${names.join(", ")} } = implementation;\n`),
    );
  }
}

const platformFile = (name: string): string => fileURLToPath(new URL(`./src/platform/${name}`, import.meta.url));

/**
 * The package's `browser` condition (dist/browser, ESM): the "#..." imports resolve to their browser modules, and
 * Buffer (the global, and node:buffer, which src/zmtp may use) becomes an import of the `buffer` package, left for
 * the page's bundler like the other dependencies. No draft or v5-compat entry: draft sockets need udp://, and
 * v5-compat is for Node programs. The result imports no Node built-in.
 */
const browser: Options = {
  entry: { index: "src/index.ts", codecs: "src/codecs/index.ts" },
  outDir: "dist/browser",
  format: ["esm"],
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

export default defineConfig([
  {
    ...common,
    entry: { implementation: "src/implementation.ts", codecs: "src/codecs/index.ts" },
    format: ["cjs"],
    // CommonJS has its own require: src/platform/load.ts reads import.meta.url only where there is none. (No shim:
    // tsup's reads __filename as the bundle loads, which ends any ES module bundle made of purezmq.)
    define: { "import.meta.url": "undefined" },
    // The browser build writes dist/browser at the same time: leave it alone.
    clean: ["!browser/**"],
    onSuccess: async () => writeEntries(),
  },
  {
    ...common,
    entry: {
      index: "src/index.ts",
      codecs: "src/codecs/index.ts",
      draft: "src/draft.ts",
      "v5-compat": "src/v5-compat.ts",
    },
    format: ["esm", "cjs"],
    dts: { only: true },
  },
  browser,
  {
    // purezmq/testing: stateless arbitraries over src/zmtp, bundled on their own. fast-check is a peer dependency,
    // so the arbitraries share the caller's fast-check instance.
    ...common,
    entry: { testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    external: ["fast-check"],
  },
  {
    // The `purezmq` command: one self-contained ESM file. fast-check is bundled in, so `npx purezmq fuzz` works
    // without the peer dependency installed.
    ...common,
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    noExternal: ["fast-check"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
