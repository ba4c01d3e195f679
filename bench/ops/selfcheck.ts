/**
 * Proves a worker runs the way users run purezmq: compiled JS with no TypeScript loader (tsx wraps every named
 * closure in a `__name(...)` call, ~1 µs each), and purezmq loaded from the built dist/.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PUREZMQ } from "../lib/impl.js";

export interface SelfCheck {
  workerFile: string;
  purezmqFile: string;
  execArgv: string[];
  /** Cost of creating and calling one named closure inside a function, in ns. */
  closureNs: number;
  problems: string[];
}

function makeCounter(start: number): () => number {
  let n = start;
  const next = (): number => ++n;
  return next;
}

function closureNs(): number {
  const rounds = 2_000_000;
  let sink = 0;
  for (let i = 0; i < 100_000; i++) sink += makeCounter(i)(); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) sink += makeCounter(i)();
  const ns = Number(process.hrtime.bigint() - start) / rounds;
  return sink === -1 ? NaN : ns;
}

export async function check(): Promise<SelfCheck> {
  const workerFile = fileURLToPath(import.meta.url);
  const purezmqFile = fileURLToPath(import.meta.resolve(PUREZMQ));
  const problems: string[] = [];
  if (!workerFile.endsWith(".mjs")) problems.push(`worker is not the compiled bundle: ${workerFile}`);
  if (!/[/\\]dist[/\\]index\.js$/.test(purezmqFile))
    problems.push(`purezmq resolves to ${purezmqFile}, not dist/index.js`);
  const loaders = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].filter((a) =>
    /tsx|ts-node|--loader|--import/.test(a),
  );
  if (loaders.length > 0) problems.push(`worker runs with a loader: ${loaders.join(" ")}`);
  for (const file of [workerFile, purezmqFile]) {
    // esbuild's keepNames output defines a `__name` helper and wraps every named function in a call to it.
    if (/\b__name\s*=/.test(readFileSync(file, "utf8")))
      problems.push(`${file} wraps closures in __name() (keepNames)`);
  }
  const ns = closureNs();
  if (ns > 200) problems.push(`creating a closure costs ${ns.toFixed(0)} ns (expected a few ns when compiled)`);
  return { workerFile, purezmqFile, execArgv: process.execArgv, closureNs: ns, problems };
}
