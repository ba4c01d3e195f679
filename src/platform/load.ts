/**
 * Synchronous loading on first use, on Node, Bun and Deno, of what most programs never need (node:crypto,
 * node:dns, node:dgram, node:http, node:tls, `ws`), so that importing purezmq does not load it. (The CommonJS
 * bundle gets import.meta.url from tsup's shims.)
 */
import { createRequire } from "node:module";

let requireHere: NodeJS.Require | undefined;

export function load<T>(name: string): T {
  requireHere ??= createRequire(import.meta.url);
  return requireHere(name) as T;
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
