import { ed25519, salsa } from "#noble";
import { SecretboxStream } from "./secretbox-stream.js";

/**
 * The NaCl primitives CurveZMQ (RFC 26) is built on: X25519 key agreement and crypto_box
 * (X25519 + HSalsa20 + XSalsa20-Poly1305). Pure JavaScript (audited @noble packages, loaded on first use through
 * "#noble") so it runs anywhere; randomness comes only from the platform CSPRNG (`crypto.getRandomValues`).
 */

/** Box layout on the wire: the 16-byte Poly1305 tag, then the ciphertext (NaCl box minus its zero padding). */
export const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/** X25519 scalar multiplication; replaceable by a faster native one (see `useX25519`). */
export interface X25519 {
  /** shared = secret * public; throws when the result is all zero (a low-order public key). */
  sharedSecret(secretKey: Uint8Array, publicKey: Uint8Array): Uint8Array;
  publicKey(secretKey: Uint8Array): Uint8Array;
}

export const nobleX25519: X25519 = {
  sharedSecret: (secretKey, publicKey) => ed25519().x25519.getSharedSecret(secretKey, publicKey),
  publicKey: (secretKey) => ed25519().x25519.getPublicKey(secretKey),
};

let current: X25519 = nobleX25519;

/** Swap in another X25519 implementation (the Node build installs node:crypto's, which is faster). */
export function useX25519(implementation: X25519 | undefined): void {
  current = implementation ?? nobleX25519;
}

type RandomFill = (bytes: Uint8Array) => void;

let fillRandom: RandomFill | undefined;
let fallbackRandom: RandomFill | undefined;

/** Read on first use: on Node, `globalThis.crypto` is a getter that loads the Web Crypto module. */
function webCryptoRandom(): RandomFill | undefined {
  const webCrypto = (globalThis as { crypto?: { getRandomValues(bytes: Uint8Array): Uint8Array } }).crypto;
  return webCrypto?.getRandomValues ? (bytes) => void webCrypto.getRandomValues(bytes) : undefined;
}

/** The CSPRNG to use where `globalThis.crypto` is missing (Node 18 without --experimental-global-webcrypto). */
export function useRandomSource(fill: RandomFill): void {
  fallbackRandom ??= fill;
}

export function randomBytes(length: number): Uint8Array {
  fillRandom ??= webCryptoRandom() ?? fallbackRandom;
  if (fillRandom === undefined) throw new Error("no CSPRNG available (crypto.getRandomValues)");
  const bytes = new Uint8Array(length);
  fillRandom(bytes);
  return bytes;
}

export interface KeyPair {
  publicKey: Uint8Array;
  secretKey: Uint8Array;
}

export function generateKeyPair(): KeyPair {
  const secretKey = randomBytes(KEY_BYTES);
  return { publicKey: current.publicKey(secretKey), secretKey };
}

export function publicKeyOf(secretKey: Uint8Array): Uint8Array {
  return current.publicKey(secretKey);
}

const SIGMA = new Uint32Array(new TextEncoder().encode("expand 32-byte k").buffer);
const ZERO_NONCE = new Uint32Array(4);

/**
 * crypto_box_beforenm: the symmetric key for boxes between `secretKey`'s owner and `publicKey`'s, or undefined
 * when the peer's public key is degenerate (low order: the shared secret would be all zero).
 */
export function precompute(secretKey: Uint8Array, publicKey: Uint8Array): Uint8Array | undefined {
  let shared: Uint8Array;
  try {
    shared = current.sharedSecret(secretKey, publicKey);
  } catch {
    return undefined;
  }
  const key = new Uint32Array(8);
  salsa().hsalsa(SIGMA, toWords(shared), ZERO_NONCE, key);
  shared.fill(0);
  return new Uint8Array(key.buffer);
}

function toWords(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes); // aligned, little-endian words (noble requires a little-endian platform)
  return new Uint32Array(copy.buffer, 0, copy.length / 4);
}

/**
 * Seal `plaintext` (tag + ciphertext) with a precomputed or secretbox key. With `output` (length
 * plaintext + 32), the box is written into its last plaintext + 16 bytes, which are returned; the first 16 bytes
 * of `output` are scratch.
 */
export function seal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, output?: Uint8Array): Uint8Array {
  return salsa().xsalsa20poly1305(key, nonce).encrypt(plaintext, output);
}

/** Open a box (tag + ciphertext); undefined when it does not authenticate. */
export function open(key: Uint8Array, nonce: Uint8Array, box: Uint8Array): Uint8Array | undefined {
  if (box.length < TAG_BYTES) return undefined;
  try {
    return salsa().xsalsa20poly1305(key, nonce).decrypt(box);
  } catch {
    return undefined;
  }
}

/** A 24-byte nonce: a 16- or 8-byte ASCII prefix followed by `tail` (8 or 16 bytes). */
export function nonce(prefix: string, tail: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(24);
  for (let i = 0; i < prefix.length; i++) bytes[i] = prefix.charCodeAt(i);
  bytes.set(tail, prefix.length);
  return bytes;
}

/** Write a short nonce (big-endian 64-bit counter, exact up to 2^53) at `at`. */
export function writeCounter(target: Uint8Array, at: number, counter: number): void {
  const high = Math.floor(counter / 0x100000000);
  const low = counter >>> 0;
  target[at] = high >>> 24;
  target[at + 1] = (high >>> 16) & 0xff;
  target[at + 2] = (high >>> 8) & 0xff;
  target[at + 3] = high & 0xff;
  target[at + 4] = low >>> 24;
  target[at + 5] = (low >>> 16) & 0xff;
  target[at + 6] = (low >>> 8) & 0xff;
  target[at + 7] = low & 0xff;
}

/** Read a short nonce; counters beyond 2^53 read as Infinity-safe large numbers (still strictly ordered). */
export function readCounter(source: Uint8Array, at: number): number {
  let high = 0;
  let low = 0;
  for (let i = 0; i < 4; i++) {
    high = high * 256 + source[at + i]!;
    low = low * 256 + source[at + 4 + i]!;
  }
  return high * 0x100000000 + low;
}

/** The 8-byte short nonce for `counter`. */
export function shortNonce(counter: number): Uint8Array {
  const bytes = new Uint8Array(8);
  writeCounter(bytes, 0, counter);
  return bytes;
}

/**
 * XSalsa20-Poly1305 for a stream of boxes whose nonces share their first 16 bytes (CurveZMQ MESSAGE nonces: a
 * fixed prefix + a counter). XSalsa20 derives a subkey from the key and those 16 bytes; it is derived once per
 * connection direction instead of per box, and each box is then sealed or opened in place on preallocated state
 * (see secretbox-stream.ts). The output is the same NaCl box.
 */
export class BoxStream {
  private readonly stream: SecretboxStream;

  constructor(key: Uint8Array, noncePrefix: Uint8Array) {
    const words = new Uint32Array(8);
    salsa().hsalsa(SIGMA, toWords(key), toWords(noncePrefix.subarray(0, 16)), words);
    this.stream = new SecretboxStream(new Uint8Array(words.buffer));
    words.fill(0);
  }

  /**
   * Encrypt in place: `box[at..end)` holds [16-byte tag slot][plaintext]; afterwards [tag][ciphertext]. The last 8
   * nonce bytes are `tail[tailAt..tailAt + 8)`.
   */
  sealInPlace(tail: Uint8Array, tailAt: number, box: Uint8Array, at: number, end: number): void {
    this.stream.sealInPlace(tail, tailAt, box, at, end);
  }

  /** Open `box[at..end)` = [tag][ciphertext] where it lies; false (box untouched) when the tag does not match. */
  openInPlace(tail: Uint8Array, tailAt: number, box: Uint8Array, at: number, end: number): boolean {
    return end - at >= TAG_BYTES && this.stream.openInPlace(tail, tailAt, box, at, end);
  }
}

/** A buffer starting on a 4-byte boundary: the Salsa20 core then works on it in place instead of copying. */
export function alignedBuffer(length: number): Buffer {
  const exact = Buffer.allocUnsafe(length); // Node's pool hands out 8-byte-aligned slices, large buffers start at 0
  if ((exact.byteOffset & 3) === 0) return exact;
  const raw = Buffer.allocUnsafe(length + 3);
  const skew = (4 - (raw.byteOffset & 3)) & 3;
  return raw.subarray(skew, skew + length);
}
