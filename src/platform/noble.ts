/**
 * "#noble" on Node, Bun and Deno: the pure-JS primitives of CURVE (src/zmtp/curve-crypto.ts), loaded on first use
 * rather than at import, where they were about a third of purezmq's import time; on Node a CURVE connection needs
 * only the Salsa ones, node:crypto doing X25519. Synchronous, as curveKeyPair() is. The browser build imports them
 * up front (noble.browser.ts).
 */
import { load } from "./load.js";

type Salsa = typeof import("@noble/ciphers/salsa");
type Ed25519 = typeof import("@noble/curves/ed25519");

let salsaModule: Salsa | undefined;
let ed25519Module: Ed25519 | undefined;

let warned = false;

/**
 * `literal` is a plain require() of `name`, so that a program bundling purezmq's CommonJS build bundles @noble too.
 * Where there is no require (the sources run as ES modules) or only a bundler's stub that throws (the ES module CLI
 * bundle), load() instead. Should that fail too, the CURVE handshake fails (a handshake error event); the reason
 * goes out once as a process warning, as it no longer fails the import.
 */
function required<T>(literal: () => unknown, name: string): T {
  try {
    return literal() as T;
  } catch {
    try {
      return load<T>(name);
    } catch (error) {
      if (!warned) process.emitWarning(`purezmq: CURVE needs ${name}, which did not load: ${(error as Error).message}`);
      warned = true;
      throw error;
    }
  }
}

/** HSalsa20 and XSalsa20-Poly1305. */
export function salsa(): Salsa {
  salsaModule ??= required<Salsa>(() => require("@noble/ciphers/salsa"), "@noble/ciphers/salsa");
  return salsaModule;
}

/** X25519 (where node:crypto has none). */
export function ed25519(): Ed25519 {
  ed25519Module ??= required<Ed25519>(() => require("@noble/curves/ed25519"), "@noble/curves/ed25519");
  return ed25519Module;
}
