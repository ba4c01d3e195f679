import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { defineConfig, type Options } from "tsup";

const entry = { index: "src/index.ts", codecs: "src/codecs/index.ts", "v5-compat": "src/v5-compat.ts" };
const common: Options = { entry, target: "node18", platform: "node", sourcemap: true };

/**
 * One implementation per process: the CommonJS build holds the code (entries share chunks, so v5-compat and the
 * main entry share one default context), and each ESM entry is a thin wrapper that re-exports it. Importing from
 * ESM and requiring from CommonJS in one process then yields the very same classes.
 */
function writeEsmWrappers(): void {
  const require = createRequire(import.meta.url);
  for (const name of Object.keys(entry)) {
    const names = Object.keys(require(`./dist/${name}.cjs`)).filter((key) => key !== "__esModule" && key !== "default");
    const body = names.length === 0 ? "" : `export const { ${names.join(", ")} } = implementation;\n`;
    writeFileSync(
      `dist/${name}.js`,
      `// ESM face of ./${name}.cjs, which holds the implementation (one copy per process).\n` +
        `import implementation from "./${name}.cjs";\n${body}`,
    );
  }
}

export default defineConfig([
  { ...common, format: ["cjs"], dts: true, clean: true, splitting: true, onSuccess: async () => writeEsmWrappers() },
  { ...common, format: ["esm"], dts: { only: true } },
]);
