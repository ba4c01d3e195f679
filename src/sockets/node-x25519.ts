import type { KeyObject } from "node:crypto";
import { nodeCrypto } from "../platform/load.js";
import { nobleX25519, type X25519, useRandomSource, useX25519 } from "../zmtp/curve-crypto.js";

useRandomSource((bytes) => void nodeCrypto().randomFillSync(bytes));

/**
 * Node's X25519 (OpenSSL) is several times faster than the pure-JS one; CURVE handshakes use it here. The zmtp
 * layer itself only needs `useX25519`, so other platforms keep the @noble implementation.
 */
const PKCS8_PREFIX = Buffer.from("302e020100300506032b656e04220420", "hex");
const SPKI_PREFIX = Buffer.from("302a300506032b656e032100", "hex");

/**
 * Imported keys, per key array: a connection uses its long-term and transient keys several times, and a socket's
 * long-term keys for every connection. Entries go with the arrays (the mechanisms never modify a key in place).
 */
const privateKeys = new WeakMap<Uint8Array, KeyObject>();
const publicKeys = new WeakMap<Uint8Array, KeyObject>();

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("base64url");
}

/**
 * Raw keys go in as JWK: OpenSSL 3 imports a raw X25519 key in ~35 µs, while decoding the same key wrapped in
 * PKCS#8 DER takes ~480 µs (SPKI ~100 µs) — that decoder was most of a CURVE handshake's CPU. A private JWK needs
 * an `x` member but Node derives the public key from `d`; DER stays as the fallback should a runtime refuse that.
 */
function importPrivate(secret: Uint8Array): KeyObject {
  try {
    return nodeCrypto().createPrivateKey({
      key: { kty: "OKP", crv: "X25519", d: base64url(secret), x: "" },
      format: "jwk",
    });
  } catch {
    return nodeCrypto().createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, secret]), format: "der", type: "pkcs8" });
  }
}

function importPublic(raw: Uint8Array): KeyObject {
  try {
    return nodeCrypto().createPublicKey({ key: { kty: "OKP", crv: "X25519", x: base64url(raw) }, format: "jwk" });
  } catch {
    return nodeCrypto().createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: "der", type: "spki" });
  }
}

function privateKey(secret: Uint8Array): KeyObject {
  let key = privateKeys.get(secret);
  if (key === undefined) {
    key = importPrivate(secret);
    privateKeys.set(secret, key);
  }
  return key;
}

function publicKey(raw: Uint8Array): KeyObject {
  let key = publicKeys.get(raw);
  if (key === undefined) {
    key = importPublic(raw);
    publicKeys.set(raw, key);
  }
  return key;
}

/** node:crypto's X25519 over raw 32-byte keys (exported for the tests that hold it against @noble's). */
export const nodeX25519: X25519 = {
  sharedSecret: (secret, peer) => {
    const shared = nodeCrypto().diffieHellman({ privateKey: privateKey(secret), publicKey: publicKey(peer) });
    if (shared.every((byte) => byte === 0)) throw new Error("low-order public key");
    return new Uint8Array(shared);
  },
  publicKey: (secret) => {
    const x = nodeCrypto().createPublicKey(privateKey(secret)).export({ format: "jwk" }).x;
    if (typeof x !== "string") throw new Error("X25519 public key export failed");
    return new Uint8Array(Buffer.from(x, "base64url"));
  },
};

/**
 * node:crypto's where this OpenSSL has X25519, else the pure-JS one. Decided on first use, not at import (the
 * probe imports a key into OpenSSL, and the fallback would load @noble/curves).
 */
function settle(): X25519 {
  let chosen = nobleX25519;
  try {
    nodeX25519.publicKey(new Uint8Array(32).fill(1)); // throws where this OpenSSL has no X25519
    chosen = nodeX25519;
  } catch {
    // keep the pure-JS one
  }
  useX25519(chosen);
  return chosen;
}

useX25519({
  sharedSecret: (secret, peer) => settle().sharedSecret(secret, peer),
  publicKey: (secret) => settle().publicKey(secret),
});
