import { createPrivateKey, createPublicKey, diffieHellman, randomFillSync, type KeyObject } from "node:crypto";
import { useRandomSource, useX25519 } from "../zmtp/curve-crypto.js";

useRandomSource((bytes) => void randomFillSync(bytes));

/**
 * Node's X25519 (OpenSSL) is several times faster than the pure-JS one; CURVE handshakes use it here. The zmtp
 * layer itself only needs `useX25519`, so other platforms keep the @noble implementation.
 */
const PKCS8_PREFIX = Buffer.from("302e020100300506032b656e04220420", "hex");
const SPKI_PREFIX = Buffer.from("302a300506032b656e032100", "hex");

function privateKey(secret: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, secret]), format: "der", type: "pkcs8" });
}

function publicKey(key: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, key]), format: "der", type: "spki" });
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
