// Import time of the built package (`npm run build` first): each sample is a fresh Node process timing
// `await import(entry)` (or `require(entry)`), wall clock and CPU (user + system); medians are printed.
//   node bench/import-time.mjs [--runs 21] [--entry purezmq] [--require] [package dir ...]
// Several package dirs (each a built purezmq that resolves its dependencies) are sampled interleaved, so that their
// ratio holds on a busy machine; the default is this checkout.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  options: {
    runs: { type: "string", default: "21" },
    entry: { type: "string", default: "purezmq" },
    require: { type: "boolean" },
  },
  allowPositionals: true,
});
const runs = Number(values.runs);
const dirs = positionals.length > 0 ? positionals : [fileURLToPath(new URL("..", import.meta.url))];
const load = values.require
  ? `require(${JSON.stringify(values.entry)})`
  : `await import(${JSON.stringify(values.entry)})`;
const code = `const c = process.cpuUsage(), t = performance.now(); ${load};
const wall = performance.now() - t, cpu = process.cpuUsage(c); console.log(wall, (cpu.user + cpu.system) / 1000);`;
const nodeArgs = values.require ? ["-e", code] : ["--input-type=module", "-e", code];

const samples = dirs.map(() => ({ wall: [], cpu: [] }));
for (let i = 0; i < runs; i++) {
  dirs.forEach((dir, at) => {
    const [wall, cpu] = execFileSync(process.execPath, nodeArgs, { cwd: dir }).toString().trim().split(" ").map(Number);
    samples[at].wall.push(wall);
    samples[at].cpu.push(cpu);
  });
}
const median = (list) => list.sort((a, b) => a - b)[list.length >> 1].toFixed(1);
const how = values.require ? "require" : "import";
dirs.forEach((dir, at) => {
  const { wall, cpu } = samples[at];
  console.log(`${how}(${values.entry}) in ${dir}: wall ${median(wall)} ms, cpu ${median(cpu)} ms (median of ${runs})`);
});
