import { x25519 } from "@noble/curves/ed25519";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nodeX25519 } from "../../src/sockets/node-x25519.js";

describe("node:crypto X25519 over raw keys (imported as JWK)", () => {
  it("derives the same public keys and shared secrets as @noble/curves for random keys", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (secretA, secretB) => {
          const publicB = x25519.getPublicKey(secretB);
          expect(nodeX25519.publicKey(secretA)).toEqual(x25519.getPublicKey(secretA));
          expect(nodeX25519.sharedSecret(secretA, publicB)).toEqual(x25519.getSharedSecret(secretA, publicB));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("reads keys that are views into larger buffers, and rejects low-order public keys", () => {
    const backing = new Uint8Array(3 + 64).map((_, i) => i * 37 + 11);
    const secret = backing.subarray(3, 35);
    const peer = x25519.getPublicKey(backing.subarray(35, 67));
    expect(nodeX25519.publicKey(secret)).toEqual(x25519.getPublicKey(secret.slice()));
    expect(nodeX25519.sharedSecret(secret, peer)).toEqual(x25519.getSharedSecret(secret.slice(), peer));
    expect(() => nodeX25519.sharedSecret(secret, new Uint8Array(32))).toThrow(); // the all-zero point
    expect(() => nodeX25519.sharedSecret(secret, new Uint8Array(32).fill(0).fill(1, 0, 1))).toThrow(); // order 1
  });
});
