/**
 * "#noble" in the browser build: a page cannot load a module synchronously on first use, so the @noble primitives
 * are imported up front (noble.ts loads them lazily elsewhere).
 */
import * as salsaModule from "@noble/ciphers/salsa";
import * as ed25519Module from "@noble/curves/ed25519";

export const salsa = (): typeof salsaModule => salsaModule;
export const ed25519 = (): typeof ed25519Module => ed25519Module;
