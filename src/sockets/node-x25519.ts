import { createPrivateKey, createPublicKey, diffieHellman, randomFillSync, type KeyObject } from "node:crypto";
import { useRandomSource, useX25519 } from "../zmtp/curve-crypto.js";

useRandomSource((bytes) => void randomFillSync(bytes));

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

function privateKey(secret: Uint8Array): KeyObject {
  let key = privateKeys.get(secret);
  if (key === undefined) {
    key = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, secret]), format: "der", type: "pkcs8" });
    privateKeys.set(secret, key);
  }
  return key;
}

function publicKey(raw: Uint8Array): KeyObject {
  let key = publicKeys.get(raw);
  if (key === undefined) {
    key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: "der", type: "spki" });
    publicKeys.set(raw, key);
  }
  return key;
}

try {
  useX25519({
    sharedSecret: (secret, peer) => {
      const shared = diffieHellman({ privateKey: privateKey(secret), publicKey: publicKey(peer) });
      if (shared.every((byte) => byte === 0)) throw new Error("low-order public key");
      return new Uint8Array(shared);
    },
    publicKey: (secret) => {
      const der = createPublicKey(privateKey(secret)).export({ format: "der", type: "spki" });
      return new Uint8Array(der.subarray(der.length - 32));
    },
  });
} catch {
  // no X25519 in this OpenSSL: keep the pure-JS one
}
