import "#x25519";
import { generateKeyPair } from "./zmtp/curve-crypto.js";
import { z85Encode } from "./zmtp/z85.js";

/** The libzmq version whose behaviour purezmq reproduces (zeromq.js reports its bundled libzmq's). */
export const version = "4.3.5";

/** Transports and mechanisms available, as zeromq.js's `capability`. */
export const capability: Partial<Record<"ipc" | "pgm" | "tipc" | "norm" | "curve" | "gssapi" | "draft", boolean>> = {
  ipc: true,
  pgm: false,
  tipc: false,
  norm: false,
  curve: true,
  gssapi: false,
  draft: true,
};

/** A new CURVE key pair (RFC 26) as 40-character Z85 strings, from the platform CSPRNG. */
export function curveKeyPair(): { publicKey: string; secretKey: string } {
  const { publicKey, secretKey } = generateKeyPair();
  const pair = { publicKey: z85Encode(publicKey), secretKey: z85Encode(secretKey) };
  secretKey.fill(0);
  return pair;
}
