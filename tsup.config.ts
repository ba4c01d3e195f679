import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { defineConfig, type Options } from "tsup";

const entry = { index: "src/index.ts", codecs: "src/codecs/index.ts", "v5-compat": "src/v5-compat.ts" };
const common: Options = { entry, target: "node18", platform: "node", sourcemap: true };

/**
 * One implementation per process:
 * - src/v5-compat.ts and src/compat/ import the main entry ("./index.js", "../index.js"); in the bundle that import
 *   stays a require of ./index.cjs instead of a second copy of the sockets;
 * - each ESM entry is a thin wrapper that re-exports its CommonJS build.
 * Importing from ESM and requiring from CommonJS in one process then yields the very same classes and context.
 */
const shareMainEntry = {
  name: "share-main-entry",
  setup(build: { onResolve(options: { filter: RegExp }, callback: (args: { importer: string }) => unknown): void }) {
    build.onResolve({ filter: /^\.\.?\/index\.js$/ }, (args) =>
      /[\\/]src[\\/](v5-compat\.ts$|compat[\\/])/.test(args.importer) ? { path: "./index.cjs", external: true } : undefined,
    );
  },
};

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
  {
    ...common,
    format: ["cjs"],
    dts: true,
    clean: true,
    esbuildPlugins: [shareMainEntry],
    onSuccess: async () => writeEsmWrappers(),
  },
  { ...common, format: ["esm"], dts: { only: true } },
]);
