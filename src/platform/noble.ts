/**
 * "#noble" on Node, Bun and Deno: the pure-JS primitives of CURVE (src/zmtp/curve-crypto.ts), loaded on first use
 * rather than at import, where they were about a third of purezmq's import time; on Node a CURVE connection needs
 * only the Salsa ones, node:crypto doing X25519. Synchronous, as curveKeyPair() is. The browser build imports them
 * up front (noble.browser.ts).
 */
import { loadBundled } from "./load.js";

type Salsa = typeof import("@noble/ciphers/salsa");
type Ed25519 = typeof import("@noble/curves/ed25519");

let salsaModule: Salsa | undefined;
let ed25519Module: Ed25519 | undefined;

let warned = false;

/**
 * See loadBundled. Should loading fail, the CURVE handshake fails (a handshake error event); the reason goes out
 * once as a process warning, as it no longer fails the import.
 */
function required<T>(literal: () => unknown, name: string): T {
  try {
    return loadBundled<T>(literal, name);
  } catch (error) {
    if (!warned) process.emitWarning(`purezmq: CURVE needs ${name}, which did not load: ${(error as Error).message}`);
    warned = true;
    throw error;
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
