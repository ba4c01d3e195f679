import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { defineConfig, type Options } from "tsup";

const common: Options = { target: "node18", platform: "node", sourcemap: true };

/**
 * One implementation per process: dist/implementation.cjs holds the library; each published entry, CommonJS and
 * ESM, only picks its part of it (src/implementation.ts). Codecs share no state and are bundled on their own.
 */
const VIEWS: Record<string, string> = {
  index: 'require("./implementation.cjs").main',
  draft: 'require("./implementation.cjs").draft()',
  "v5-compat": 'require("./implementation.cjs").compat',
};

function writeEntries(): void {
  const require = createRequire(import.meta.url);
  for (const [name, view] of Object.entries(VIEWS)) {
    writeFileSync(`dist/${name}.cjs`, `"use strict";\n// A view of the one implementation in ./implementation.cjs.\nmodule.exports = ${view};\n`);
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

export default defineConfig([
  {
    ...common,
    entry: { implementation: "src/implementation.ts", codecs: "src/codecs/index.ts" },
    format: ["cjs"],
    clean: true,
    onSuccess: async () => writeEntries(),
  },
  {
    ...common,
    entry: { index: "src/index.ts", codecs: "src/codecs/index.ts", draft: "src/draft.ts", "v5-compat": "src/v5-compat.ts" },
    format: ["esm", "cjs"],
    dts: { only: true },
  },
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
