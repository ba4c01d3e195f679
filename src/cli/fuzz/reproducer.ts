import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CliError } from "../command.js";
import type { CurvePlan } from "./curve-plan.js";

export type FindingKind = "crash" | "hang" | "refused" | "violation";

/** The CURVE keys of a finding: public keys in Z85; the client secret only as the seed it was derived from. */
export interface CurveKeys {
  serverKey: string;
  clientPublicKey: string;
  /** Set when the client key pair came from the fuzzer's seed (no --curve-secret-key). */
  clientKeySeed?: number;
  /** The fuzzer played the server (--listen): replay needs the server's --curve-secret-key again. */
  asServer?: boolean;
}

export interface Reproducer {
  kind: FindingKind;
  detail: string;
  endpoint: string;
  listen: boolean;
  type: string;
  mechanism: string;
  username: string;
  password: string;
  seed: number;
  case: number;
  mutations: readonly string[];
  segments: readonly string[];
  /** The minimal bytes, sent in one write (CURVE: only the opening greeting + HELLO of the plan, for reading). */
  hex: string;
  /** CURVE: the (shrunk) session plan that --replay runs again, and the keys. */
  plan?: CurvePlan;
  curve?: CurveKeys;
  /** The bytes as generated, one hex string per write. */
  originalWrites: string[];
  shrinkAttempts: number;
  replay: string;
  foundAt: string;
}

export function writeReproducer(dir: string, finding: Omit<Reproducer, "replay" | "foundAt">): string {
  mkdirSync(dir, { recursive: true });
  const file = resolve(
    join(dir, `${finding.kind}-${finding.type.toLowerCase()}-seed${finding.seed}-case${finding.case}.json`),
  );
  const reproducer: Reproducer = {
    ...finding,
    replay: `purezmq fuzz --replay ${file}`,
    foundAt: new Date().toISOString(),
  };
  writeFileSync(file, `${JSON.stringify(reproducer, null, 2)}\n`);
  return file;
}

export function readReproducer(file: string): Reproducer {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 2);
  }
  try {
    const parsed = JSON.parse(text) as Reproducer;
    if (typeof parsed.hex !== "string" || typeof parsed.type !== "string") throw new Error("missing hex or type");
    return parsed;
  } catch (error) {
    throw new CliError(`${file} is not a purezmq fuzz reproducer: ${(error as Error).message}`, 2);
  }
}
