import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", codecs: "src/codecs/index.ts", draft: "src/draft.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node18",
  platform: "node",
  splitting: true,
});
