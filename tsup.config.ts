import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", codecs: "src/codecs/index.ts", draft: "src/draft.ts", testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "node18",
    platform: "node",
    splitting: true,
    // purezmq/testing: fast-check is a peer dependency, so the arbitraries share the caller's fast-check instance.
    external: ["fast-check"],
  },
  {
    // The `purezmq` command: one self-contained ESM file. fast-check is bundled in, so `npx purezmq fuzz` works
    // without the peer dependency installed.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node18",
    platform: "node",
    splitting: false,
    noExternal: ["fast-check"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
