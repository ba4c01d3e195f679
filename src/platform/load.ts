/**
 * Synchronous loading on first use, on Node, Bun and Deno, of what most programs never need (node:crypto,
 * node:dns, node:dgram, node:http, node:tls, `ws`), so that importing purezmq does not load it.
 *
 * The built package is CommonJS and uses its own `require`; the sources, run as ES modules (tsx, vitest), and the ES
 * module CLI bundle (whose `require` is esbuild's stub, which throws) make one from import.meta.url. The build defines import.meta.url away rather than shimming it: tsup's shim reads
 * `__filename` as the bundle loads, which ends any ES module bundle a program makes of purezmq.
 */
import { createRequire } from "node:module";

let requireHere: NodeJS.Require | undefined;

export function load<T>(name: string): T {
  if (requireHere !== undefined) return requireHere(name) as T;
  if (typeof require === "function") {
    try {
      const loaded = require(name) as T;
      requireHere = require;
      return loaded;
    } catch (error) {
      // the CommonJS build's own require failed for real; anywhere else it was a bundler's stub (the ESM CLI)
      if (import.meta.url === undefined) throw error;
    }
  }
  requireHere = createRequire(import.meta.url);
  return requireHere(name) as T;
}

/**
 * `literal` is a plain require() of `name`, so that a program bundling purezmq's CommonJS build bundles the package
 * too; where it throws (no require: the sources as ES modules; a bundler's stub in an ES module bundle), load().
 */
export function loadBundled<T>(literal: () => unknown, name: string): T {
  try {
    return literal() as T;
  } catch {
    return load<T>(name);
  }
}

type Crypto = typeof import("node:crypto");
let cryptoModule: Crypto | undefined;

/** node:crypto: only Router, Stream and Server ids, `ipc://*` and CURVE need it. */
export function nodeCrypto(): Crypto {
  cryptoModule ??= load<Crypto>("node:crypto");
  return cryptoModule;
}

/** node:dns/promises: only binds to a host name and udp:// need it. */
export const nodeDns = (): typeof import("node:dns/promises") => load("node:dns/promises");

/** node:dgram: only udp:// needs it. */
export const nodeDgram = (): typeof import("node:dgram") => load("node:dgram");
