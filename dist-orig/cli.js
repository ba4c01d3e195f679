#!/usr/bin/env node

// src/cli/main.ts
import { readFileSync as readFileSync3 } from "fs";

// src/sockets/node-x25519.ts
import { createPrivateKey, createPublicKey, diffieHellman, randomFillSync } from "crypto";

// src/zmtp/curve-crypto.ts
import { hsalsa, xsalsa20poly1305 } from "@noble/ciphers/salsa";
import { x25519 } from "@noble/curves/ed25519";

// src/zmtp/poly1305.ts
var ROUND22 = 1.5 * 2 ** 74;
var INV22 = 2 ** -22;
var LIMB = 2 ** 22;
var Poly1305 = class {
  r0 = 0;
  r1 = 0;
  r2 = 0;
  r3 = 0;
  r4 = 0;
  r5 = 0;
  /** s = the key's second half, as four little-endian 32-bit words. */
  s = new Float64Array(4);
  h = new Float64Array(6);
  last = new Uint8Array(16);
  /** Key from `key[at..at + 32)`: r (clamped per RFC 8439 §2.5.1), then s. */
  init(key, at = 0) {
    const t0 = le32(key, at) & 268435455;
    const t1 = le32(key, at + 4) & 268435452;
    const t2 = le32(key, at + 8) & 268435452;
    const t3 = le32(key, at + 12) & 268435452;
    this.r0 = t0 & 4194303;
    this.r1 = t0 >>> 22 | (t1 & 4095) << 10;
    this.r2 = t1 >>> 12 | (t2 & 3) << 20;
    this.r3 = t2 >>> 2 & 4194303;
    this.r4 = t2 >>> 24 | (t3 & 16383) << 8;
    this.r5 = t3 >>> 14;
    for (let i = 0; i < 4; i++) this.s[i] = le32(key, at + 16 + 4 * i) >>> 0;
    this.h.fill(0);
  }
  /** Absorb `m[at..end)` as a whole message (the last partial block padded per RFC 8439). */
  update(m, at, end) {
    const full = at + (end - at & ~15);
    if (full > at) this.blocks(m, at, full, 1 << 18);
    const rest = end - full;
    if (rest > 0) {
      const last = this.last;
      last.fill(0);
      for (let i = 0; i < rest; i++) last[i] = m[full + i];
      last[rest] = 1;
      this.blocks(last, 0, 16, 0);
    }
  }
  /** Write the tag into `out[at..at + 16)`. */
  digestInto(out, at) {
    this.finish(out, at, false);
  }
  /** Whether `tag[at..at + 16)` is the tag (constant time in the tag's content). */
  matches(tag, at) {
    return this.finish(tag, at, true);
  }
  /** For each 16 bytes in `m[at..end)`: h = (h + block + hibit·2^128) · r mod 2^130 − 5 (hibit as 2^18 in limb 5). */
  blocks(m, at, end, hibit) {
    const r0 = this.r0, r1 = this.r1, r2 = this.r2, r3 = this.r3, r4 = this.r4, r5 = this.r5;
    const s1 = 20 * r1, s2 = 20 * r2, s3 = 20 * r3, s4 = 20 * r4, s5 = 20 * r5;
    const h2 = this.h;
    let a0 = h2[0], a1 = h2[1], a2 = h2[2], a3 = h2[3], a4 = h2[4], a5 = h2[5];
    for (; at < end; at += 16) {
      const w0 = le32(m, at), w1 = le32(m, at + 4), w2 = le32(m, at + 8), w3 = le32(m, at + 12);
      const h0 = a0 + (w0 & 4194303);
      const h1 = a1 + (w0 >>> 22 | (w1 & 4095) << 10);
      const h22 = a2 + (w1 >>> 12 | (w2 & 3) << 20);
      const h3 = a3 + (w2 >>> 2 & 4194303);
      const h4 = a4 + (w2 >>> 24 | (w3 & 16383) << 8);
      const h5 = a5 + (w3 >>> 14 | hibit);
      const d0 = h0 * r0 + h1 * s5 + h22 * s4 + h3 * s3 + h4 * s2 + h5 * s1;
      let d1 = h0 * r1 + h1 * r0 + h22 * s5 + h3 * s4 + h4 * s3 + h5 * s2;
      let d2 = h0 * r2 + h1 * r1 + h22 * r0 + h3 * s5 + h4 * s4 + h5 * s3;
      let d3 = h0 * r3 + h1 * r2 + h22 * r1 + h3 * r0 + h4 * s5 + h5 * s4;
      let d4 = h0 * r4 + h1 * r3 + h22 * r2 + h3 * r1 + h4 * r0 + h5 * s5;
      let d5 = h0 * r5 + h1 * r4 + h22 * r3 + h3 * r2 + h4 * r1 + h5 * r0;
      let c = d0 + ROUND22 - ROUND22;
      a0 = d0 - c;
      d1 += c * INV22;
      c = d1 + ROUND22 - ROUND22;
      a1 = d1 - c;
      d2 += c * INV22;
      c = d2 + ROUND22 - ROUND22;
      a2 = d2 - c;
      d3 += c * INV22;
      c = d3 + ROUND22 - ROUND22;
      a3 = d3 - c;
      d4 += c * INV22;
      c = d4 + ROUND22 - ROUND22;
      a4 = d4 - c;
      d5 += c * INV22;
      c = d5 + ROUND22 - ROUND22;
      a5 = d5 - c;
      a0 += 20 * c * INV22;
      c = a0 + ROUND22 - ROUND22;
      a0 -= c;
      a1 += c * INV22;
    }
    h2[0] = a0;
    h2[1] = a1;
    h2[2] = a2;
    h2[3] = a3;
    h2[4] = a4;
    h2[5] = a5;
  }
  /** Reduce h fully mod 2^130 − 5, add s, and write (or, with `compare`, compare against) the tag. */
  finish(tag, at, compare) {
    const h2 = this.h;
    let h0 = h2[0] - 20, h1 = h2[1], h22 = h2[2], h3 = h2[3], h4 = h2[4], h5 = h2[5] + LIMB;
    let c;
    for (let pass = 0; pass < 2; pass++) {
      c = h0 >> 22;
      h0 &= 4194303;
      h1 += c;
      c = h1 >> 22;
      h1 &= 4194303;
      h22 += c;
      c = h22 >> 22;
      h22 &= 4194303;
      h3 += c;
      c = h3 >> 22;
      h3 &= 4194303;
      h4 += c;
      c = h4 >> 22;
      h4 &= 4194303;
      h5 += c;
      c = h5 >> 20;
      h5 &= 1048575;
      h0 += 5 * c;
    }
    let g0 = h0 + 5;
    c = g0 >> 22;
    g0 &= 4194303;
    let g1 = h1 + c;
    c = g1 >> 22;
    g1 &= 4194303;
    let g2 = h22 + c;
    c = g2 >> 22;
    g2 &= 4194303;
    let g3 = h3 + c;
    c = g3 >> 22;
    g3 &= 4194303;
    let g4 = h4 + c;
    c = g4 >> 22;
    g4 &= 4194303;
    let g5 = h5 + c;
    const useG = -(g5 >> 20);
    g5 &= 1048575;
    const keep = ~useG;
    h0 = h0 & 4194303 & keep | g0 & useG;
    h1 = h1 & keep | g1 & useG;
    h22 = h22 & keep | g2 & useG;
    h3 = h3 & keep | g3 & useG;
    h4 = h4 & keep | g4 & useG;
    h5 = h5 & keep | g5 & useG;
    const s = this.s;
    let f = ((h0 | h1 << 22) >>> 0) + s[0];
    const o0 = f >>> 0;
    f = ((h1 >>> 10 | h22 << 12) >>> 0) + s[1] + (f > 4294967295 ? 1 : 0);
    const o1 = f >>> 0;
    f = ((h22 >>> 20 | h3 << 2 | h4 << 24) >>> 0) + s[2] + (f > 4294967295 ? 1 : 0);
    const o2 = f >>> 0;
    f = ((h4 >>> 8 | h5 << 14) >>> 0) + s[3] + (f > 4294967295 ? 1 : 0);
    const o3 = f >>> 0;
    if (compare) {
      const difference = le32(tag, at) ^ o0 | le32(tag, at + 4) ^ o1 | le32(tag, at + 8) ^ o2 | le32(tag, at + 12) ^ o3;
      return difference === 0;
    }
    put32(tag, at, o0);
    put32(tag, at + 4, o1);
    put32(tag, at + 8, o2);
    put32(tag, at + 12, o3);
    return true;
  }
};
function le32(bytes, at) {
  return bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16 | bytes[at + 3] << 24;
}
function put32(bytes, at, word) {
  bytes[at] = word;
  bytes[at + 1] = word >>> 8;
  bytes[at + 2] = word >>> 16;
  bytes[at + 3] = word >>> 24;
}

// src/zmtp/secretbox-stream.ts
var TAG = 16;
var SCRATCH_BYTES = 4096;
var scratch = new Uint32Array(SCRATCH_BYTES / 4);
var scratchBytes = new Uint8Array(scratch.buffer);
var SecretboxStream = class {
  /** Salsa20 input words: constants, subkey, nonce tail, block counter. */
  input = new Uint32Array(16);
  block = new Uint32Array(16);
  blockBytes = new Uint8Array(this.block.buffer);
  poly = new Poly1305();
  /** `subkey`: the 32-byte XSalsa20 subkey. */
  constructor(subkey) {
    if (subkey.length !== 32) throw new RangeError("subkey must be 32 bytes");
    const input = this.input;
    input[0] = 1634760805;
    input[5] = 857760878;
    input[10] = 2036477234;
    input[15] = 1797285236;
    for (let i = 0; i < 4; i++) {
      input[1 + i] = readWord(subkey, 4 * i);
      input[11 + i] = readWord(subkey, 16 + 4 * i);
    }
  }
  /**
   * `box[at..end)` holds [16-byte tag slot][plaintext]; afterwards [tag][ciphertext]. The nonce's last 8 bytes are
   * `tail[tailAt..tailAt + 8)`.
   */
  sealInPlace(tail, tailAt, box, at, end) {
    this.start(tail, tailAt);
    this.xorStream(box, at + TAG, end);
    this.poly.update(box, at + TAG, end);
    this.poly.digestInto(box, at);
  }
  /**
   * Check `box[at..end)` = [tag][ciphertext] and decrypt the ciphertext where it lies (for a received frame that
   * nothing else reads); false (box untouched) when the tag does not match.
   */
  openInPlace(tail, tailAt, box, at, end) {
    this.start(tail, tailAt);
    this.poly.update(box, at + TAG, end);
    if (!this.poly.matches(box, at)) return false;
    this.xorStream(box, at + TAG, end);
    return true;
  }
  /** Block 0 of the keystream: its first 32 bytes key Poly1305; its last 32 encrypt the first 32 text bytes. */
  start(tail, tailAt) {
    const input = this.input;
    input[6] = readWord(tail, tailAt);
    input[7] = readWord(tail, tailAt + 4);
    input[8] = 0;
    input[9] = 0;
    this.block.fill(0);
    salsa20Xor(input, this.block, 0);
    this.poly.init(this.blockBytes);
  }
  /** XOR the keystream (from byte 32 of block 0 on) into `text[at..end)`. */
  xorStream(text2, at, end) {
    const ks = this.blockBytes;
    const head = Math.min(end - at, 32);
    for (let i = 0; i < head; i++) text2[at + i] ^= ks[32 + i];
    at += head;
    const input = this.input;
    const fullBlocks = end - at >> 6;
    if (fullBlocks > 0) {
      if ((text2.byteOffset + at & 3) === 0) {
        const words = new Uint32Array(text2.buffer, text2.byteOffset + at, fullBlocks * 16);
        for (let w = 0; w < words.length; w += 16) {
          if (++input[8] === 0) input[9]++;
          salsa20Xor(input, words, w);
        }
      } else {
        for (let left = fullBlocks * 64; left > 0; ) {
          const n = Math.min(left, SCRATCH_BYTES);
          scratchBytes.set(text2.subarray(at, at + n));
          for (let w = 0; w < n >> 2; w += 16) {
            if (++input[8] === 0) input[9]++;
            salsa20Xor(input, scratch, w);
          }
          text2.set(n === SCRATCH_BYTES ? scratchBytes : scratchBytes.subarray(0, n), at);
          at += n;
          left -= n;
        }
        at -= fullBlocks * 64;
      }
      at += fullBlocks * 64;
    }
    for (; at < end; at += 64) {
      if (++input[8] === 0) input[9]++;
      this.block.fill(0);
      salsa20Xor(input, this.block, 0);
      const n = Math.min(end - at, 64);
      for (let i = 0; i < n; i++) text2[at + i] ^= ks[i];
    }
  }
};
function readWord(bytes, at) {
  return (bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16 | bytes[at + 3] << 24) >>> 0;
}
function salsa20Xor(input, out, at) {
  const j0 = input[0], j1 = input[1], j2 = input[2], j3 = input[3];
  const j4 = input[4], j5 = input[5], j6 = input[6], j7 = input[7];
  const j8 = input[8], j9 = input[9], j10 = input[10], j11 = input[11];
  const j12 = input[12], j13 = input[13], j14 = input[14], j15 = input[15];
  let x0 = j0, x1 = j1, x2 = j2, x3 = j3, x4 = j4, x5 = j5, x6 = j6, x7 = j7;
  let x8 = j8, x9 = j9, x10 = j10, x11 = j11, x12 = j12, x13 = j13, x14 = j14, x15 = j15;
  let u;
  for (let round = 0; round < 20; round += 2) {
    u = x0 + x12 | 0;
    x4 ^= u << 7 | u >>> 25;
    u = x4 + x0 | 0;
    x8 ^= u << 9 | u >>> 23;
    u = x8 + x4 | 0;
    x12 ^= u << 13 | u >>> 19;
    u = x12 + x8 | 0;
    x0 ^= u << 18 | u >>> 14;
    u = x5 + x1 | 0;
    x9 ^= u << 7 | u >>> 25;
    u = x9 + x5 | 0;
    x13 ^= u << 9 | u >>> 23;
    u = x13 + x9 | 0;
    x1 ^= u << 13 | u >>> 19;
    u = x1 + x13 | 0;
    x5 ^= u << 18 | u >>> 14;
    u = x10 + x6 | 0;
    x14 ^= u << 7 | u >>> 25;
    u = x14 + x10 | 0;
    x2 ^= u << 9 | u >>> 23;
    u = x2 + x14 | 0;
    x6 ^= u << 13 | u >>> 19;
    u = x6 + x2 | 0;
    x10 ^= u << 18 | u >>> 14;
    u = x15 + x11 | 0;
    x3 ^= u << 7 | u >>> 25;
    u = x3 + x15 | 0;
    x7 ^= u << 9 | u >>> 23;
    u = x7 + x3 | 0;
    x11 ^= u << 13 | u >>> 19;
    u = x11 + x7 | 0;
    x15 ^= u << 18 | u >>> 14;
    u = x0 + x3 | 0;
    x1 ^= u << 7 | u >>> 25;
    u = x1 + x0 | 0;
    x2 ^= u << 9 | u >>> 23;
    u = x2 + x1 | 0;
    x3 ^= u << 13 | u >>> 19;
    u = x3 + x2 | 0;
    x0 ^= u << 18 | u >>> 14;
    u = x5 + x4 | 0;
    x6 ^= u << 7 | u >>> 25;
    u = x6 + x5 | 0;
    x7 ^= u << 9 | u >>> 23;
    u = x7 + x6 | 0;
    x4 ^= u << 13 | u >>> 19;
    u = x4 + x7 | 0;
    x5 ^= u << 18 | u >>> 14;
    u = x10 + x9 | 0;
    x11 ^= u << 7 | u >>> 25;
    u = x11 + x10 | 0;
    x8 ^= u << 9 | u >>> 23;
    u = x8 + x11 | 0;
    x9 ^= u << 13 | u >>> 19;
    u = x9 + x8 | 0;
    x10 ^= u << 18 | u >>> 14;
    u = x15 + x14 | 0;
    x12 ^= u << 7 | u >>> 25;
    u = x12 + x15 | 0;
    x13 ^= u << 9 | u >>> 23;
    u = x13 + x12 | 0;
    x14 ^= u << 13 | u >>> 19;
    u = x14 + x13 | 0;
    x15 ^= u << 18 | u >>> 14;
  }
  out[at + 0] ^= x0 + j0 | 0;
  out[at + 1] ^= x1 + j1 | 0;
  out[at + 2] ^= x2 + j2 | 0;
  out[at + 3] ^= x3 + j3 | 0;
  out[at + 4] ^= x4 + j4 | 0;
  out[at + 5] ^= x5 + j5 | 0;
  out[at + 6] ^= x6 + j6 | 0;
  out[at + 7] ^= x7 + j7 | 0;
  out[at + 8] ^= x8 + j8 | 0;
  out[at + 9] ^= x9 + j9 | 0;
  out[at + 10] ^= x10 + j10 | 0;
  out[at + 11] ^= x11 + j11 | 0;
  out[at + 12] ^= x12 + j12 | 0;
  out[at + 13] ^= x13 + j13 | 0;
  out[at + 14] ^= x14 + j14 | 0;
  out[at + 15] ^= x15 + j15 | 0;
}

// src/zmtp/curve-crypto.ts
var TAG_BYTES = 16;
var KEY_BYTES = 32;
var nobleX25519 = {
  sharedSecret: (secretKey, publicKey2) => x25519.getSharedSecret(secretKey, publicKey2),
  publicKey: (secretKey) => x25519.getPublicKey(secretKey)
};
var current = nobleX25519;
function useX25519(implementation) {
  current = implementation ?? nobleX25519;
}
var webCrypto = globalThis.crypto;
var fillRandom = webCrypto?.getRandomValues ? (bytes) => void webCrypto.getRandomValues(bytes) : void 0;
function useRandomSource(fill) {
  fillRandom ??= fill;
}
function randomBytes(length) {
  if (fillRandom === void 0) throw new Error("no CSPRNG available (crypto.getRandomValues)");
  const bytes = new Uint8Array(length);
  fillRandom(bytes);
  return bytes;
}
function generateKeyPair() {
  const secretKey = randomBytes(KEY_BYTES);
  return { publicKey: current.publicKey(secretKey), secretKey };
}
function publicKeyOf(secretKey) {
  return current.publicKey(secretKey);
}
var SIGMA = new Uint32Array(new TextEncoder().encode("expand 32-byte k").buffer);
var ZERO_NONCE = new Uint32Array(4);
function precompute(secretKey, publicKey2) {
  let shared2;
  try {
    shared2 = current.sharedSecret(secretKey, publicKey2);
  } catch {
    return void 0;
  }
  const key = new Uint32Array(8);
  hsalsa(SIGMA, toWords(shared2), ZERO_NONCE, key);
  shared2.fill(0);
  return new Uint8Array(key.buffer);
}
function toWords(bytes) {
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, copy.length / 4);
}
function seal(key, nonce2, plaintext, output) {
  return xsalsa20poly1305(key, nonce2).encrypt(plaintext, output);
}
function open(key, nonce2, box) {
  if (box.length < TAG_BYTES) return void 0;
  try {
    return xsalsa20poly1305(key, nonce2).decrypt(box);
  } catch {
    return void 0;
  }
}
function nonce(prefix3, tail) {
  const bytes = new Uint8Array(24);
  for (let i = 0; i < prefix3.length; i++) bytes[i] = prefix3.charCodeAt(i);
  bytes.set(tail, prefix3.length);
  return bytes;
}
function writeCounter(target, at, counter) {
  const high = Math.floor(counter / 4294967296);
  const low = counter >>> 0;
  target[at] = high >>> 24;
  target[at + 1] = high >>> 16 & 255;
  target[at + 2] = high >>> 8 & 255;
  target[at + 3] = high & 255;
  target[at + 4] = low >>> 24;
  target[at + 5] = low >>> 16 & 255;
  target[at + 6] = low >>> 8 & 255;
  target[at + 7] = low & 255;
}
function readCounter(source, at) {
  let high = 0;
  let low = 0;
  for (let i = 0; i < 4; i++) {
    high = high * 256 + source[at + i];
    low = low * 256 + source[at + 4 + i];
  }
  return high * 4294967296 + low;
}
function shortNonce(counter) {
  const bytes = new Uint8Array(8);
  writeCounter(bytes, 0, counter);
  return bytes;
}
var BoxStream = class {
  stream;
  constructor(key, noncePrefix) {
    const words = new Uint32Array(8);
    hsalsa(SIGMA, toWords(key), toWords(noncePrefix.subarray(0, 16)), words);
    this.stream = new SecretboxStream(new Uint8Array(words.buffer));
    words.fill(0);
  }
  /**
   * Encrypt in place: `box[at..end)` holds [16-byte tag slot][plaintext]; afterwards [tag][ciphertext]. The last 8
   * nonce bytes are `tail[tailAt..tailAt + 8)`.
   */
  sealInPlace(tail, tailAt, box, at, end) {
    this.stream.sealInPlace(tail, tailAt, box, at, end);
  }
  /** Open `box[at..end)` = [tag][ciphertext] where it lies; false (box untouched) when the tag does not match. */
  openInPlace(tail, tailAt, box, at, end) {
    return end - at >= TAG_BYTES && this.stream.openInPlace(tail, tailAt, box, at, end);
  }
};
function alignedBuffer(length) {
  const exact = Buffer.allocUnsafe(length);
  if ((exact.byteOffset & 3) === 0) return exact;
  const raw = Buffer.allocUnsafe(length + 3);
  const skew = 4 - (raw.byteOffset & 3) & 3;
  return raw.subarray(skew, skew + length);
}

// src/sockets/node-x25519.ts
useRandomSource((bytes) => void randomFillSync(bytes));
var PKCS8_PREFIX = Buffer.from("302e020100300506032b656e04220420", "hex");
var SPKI_PREFIX = Buffer.from("302a300506032b656e032100", "hex");
var privateKeys = /* @__PURE__ */ new WeakMap();
var publicKeys = /* @__PURE__ */ new WeakMap();
function base64url(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("base64url");
}
function importPrivate(secret) {
  try {
    return createPrivateKey({ key: { kty: "OKP", crv: "X25519", d: base64url(secret), x: "" }, format: "jwk" });
  } catch {
    return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, secret]), format: "der", type: "pkcs8" });
  }
}
function importPublic(raw) {
  try {
    return createPublicKey({ key: { kty: "OKP", crv: "X25519", x: base64url(raw) }, format: "jwk" });
  } catch {
    return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: "der", type: "spki" });
  }
}
function privateKey(secret) {
  let key = privateKeys.get(secret);
  if (key === void 0) {
    key = importPrivate(secret);
    privateKeys.set(secret, key);
  }
  return key;
}
function publicKey(raw) {
  let key = publicKeys.get(raw);
  if (key === void 0) {
    key = importPublic(raw);
    publicKeys.set(raw, key);
  }
  return key;
}
var nodeX25519 = {
  sharedSecret: (secret, peer) => {
    const shared2 = diffieHellman({ privateKey: privateKey(secret), publicKey: publicKey(peer) });
    if (shared2.every((byte) => byte === 0)) throw new Error("low-order public key");
    return new Uint8Array(shared2);
  },
  publicKey: (secret) => {
    const x = createPublicKey(privateKey(secret)).export({ format: "jwk" }).x;
    if (typeof x !== "string") throw new Error("X25519 public key export failed");
    return new Uint8Array(Buffer.from(x, "base64url"));
  }
};
try {
  nodeX25519.publicKey(new Uint8Array(32).fill(1));
  useX25519(nodeX25519);
} catch {
}

// src/zmtp/z85.ts
var ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";
var DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
function z85Encode(data) {
  if (data.length % 4 !== 0) throw new RangeError("Z85 input length must be a multiple of 4");
  let text2 = "";
  for (let at = 0; at < data.length; at += 4) {
    let value = (data[at] << 24 | data[at + 1] << 16 | data[at + 2] << 8 | data[at + 3]) >>> 0;
    const chunk = new Array(5);
    for (let i = 4; i >= 0; i--) {
      chunk[i] = ALPHABET[value % 85];
      value = Math.floor(value / 85);
    }
    text2 += chunk.join("");
  }
  return text2;
}
function z85Decode(text2) {
  if (text2.length % 5 !== 0) return void 0;
  const out = new Uint8Array(text2.length / 5 * 4);
  for (let at = 0, o = 0; at < text2.length; at += 5, o += 4) {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const code2 = text2.charCodeAt(at + i);
      const digit = code2 < 128 ? DECODE[code2] : -1;
      if (digit < 0) return void 0;
      value = value * 85 + digit;
    }
    if (value > 4294967295) return void 0;
    out[o] = value >>> 24;
    out[o + 1] = value >>> 16 & 255;
    out[o + 2] = value >>> 8 & 255;
    out[o + 3] = value & 255;
  }
  return out;
}

// src/info.ts
var version = "4.3.5";

// src/cli/bench.ts
import { spawn } from "child_process";

// src/sockets/context.ts
var CONTEXT_OPTIONS = {
  blocky: { defaultValue: true, kind: "bool", access: "rw" },
  ioThreads: { defaultValue: 1, kind: "number", access: "rw" },
  maxMessageSize: { defaultValue: 2147483647, kind: "number", access: "rw" },
  maxSockets: { defaultValue: 1023, kind: "number", access: "rw" },
  maxSocketsLimit: { defaultValue: 65535, kind: "number", access: "r" },
  ipv6: { defaultValue: false, kind: "bool", access: "rw" },
  threadPriority: { defaultValue: -1, kind: "number", access: "w" },
  threadSchedulingPolicy: { defaultValue: -1, kind: "number", access: "w" }
};
var values = /* @__PURE__ */ new WeakMap();
function contextOption(context3, name) {
  return values.get(context3)?.[name];
}
var Context = class {
  constructor(options) {
    if (arguments.length > 1) throw new TypeError("Expected 1 argument");
    if (options !== void 0 && (typeof options !== "object" || options === null)) {
      throw new TypeError("Options must be an object");
    }
    const state = {};
    for (const [name, spec] of Object.entries(CONTEXT_OPTIONS)) state[name] = spec.defaultValue;
    values.set(this, state);
    Object.seal(this);
    if (options) Object.assign(this, options);
  }
  getBoolOption(_id) {
    return false;
  }
  setBoolOption(_id, _value) {
  }
  getInt32Option(_id) {
    return 0;
  }
  setInt32Option(_id, _value) {
  }
};
for (const [name, spec] of Object.entries(CONTEXT_OPTIONS)) {
  const descriptor = { configurable: true, enumerable: true };
  if (spec.access !== "w")
    descriptor.get = function() {
      return values.get(this)[name];
    };
  if (spec.access !== "r") {
    descriptor.set = function(value) {
      if (spec.kind === "bool" && typeof value !== "boolean") throw new TypeError("Option value must be a boolean");
      if (spec.kind === "number" && typeof value !== "number") throw new TypeError("Option value must be a number");
      values.get(this)[name] = value;
    };
  }
  Object.defineProperty(Context.prototype, name, descriptor);
}
var context = new Context();

// src/platform/node.ts
import { randomBytes as randomBytes2, randomInt } from "crypto";
import { isIP } from "net";
import { constants, tmpdir } from "os";
import { join } from "path";
import { EventEmitter } from "events";
var ABSTRACT_IPC = process.platform === "linux";
function soon(task) {
  process.nextTick(task);
}
function afterIO(task) {
  setImmediate(task);
}
function backgroundTimeout(task, ms) {
  const timer = setTimeout(task, ms);
  timer.unref();
  return () => clearTimeout(timer);
}
var keepAliveTimer;
function keepProcessAlive(on) {
  if (on) {
    keepAliveTimer ??= setInterval(() => {
    }, 1 << 30);
    keepAliveTimer.ref();
  } else keepAliveTimer?.unref();
}
function beforeExit(hook) {
  process.on("beforeExit", hook);
}
function exitWarning(text2) {
  process.stderr.write(`(node:${process.pid}) WARNING: ${text2}
`);
}
function emitWarning(message2) {
  process.emitWarning(message2);
}
function osErrno(code2) {
  return constants.errno[code2];
}
function randomUint32() {
  return randomInt(0, 4294967295);
}
function freshIpcPath() {
  return join(tmpdir(), `purezmq-${randomBytes2(8).toString("hex")}.sock`);
}

// src/errors.ts
var ZMQ_ERRNO = {
  EFSM: 156384763,
  ENOCOMPATPROTO: 156384764,
  ETERM: 156384765,
  EMTHREAD: 156384766
};
var MESSAGES = {
  EFAULT: "Context is closed",
  EAGAIN: "Operation was not possible or timed out",
  EMFILE: "Too many open file descriptors",
  ENOENT: "No such endpoint",
  EBUSY: "Socket is busy",
  EBADF: "Socket is closed",
  ENOTSOCK: "Socket operation on non-socket",
  EADDRINUSE: "Address already in use",
  EFSM: "Operation cannot be accomplished in current state",
  EHOSTUNREACH: "Host unreachable",
  EINVAL: "Invalid argument",
  EPROTONOSUPPORT: "Protocol not supported",
  ENOTSUP: "Operation not supported",
  ETERM: "Context was terminated",
  ENOCOMPATPROTO: "The protocol is not compatible with the socket type",
  EADDRNOTAVAIL: "Cannot assign requested address",
  ENODEV: "No such device",
  ECONNREFUSED: "Connection refused",
  EACCES: "Permission denied"
};
function errnoOf(code2) {
  return osErrno(code2) ?? ZMQ_ERRNO[code2] ?? 0;
}
function zmqError(code2, message2, address2) {
  const error = new Error(message2 ?? MESSAGES[code2] ?? code2);
  error.code = code2;
  error.errno = errnoOf(code2);
  if (address2 !== void 0) error.address = address2;
  return error;
}

// src/sockets/keep-alive.ts
var pending = 0;
function holdProcess() {
  if (pending++ === 0) keepProcessAlive(true);
}
function releaseProcess() {
  if (--pending === 0) keepProcessAlive(false);
}
function holding() {
  return pending > 0;
}

// src/sockets/queue.ts
var FIRST_CAPACITY = 8;
var KEEP_CAPACITY = 4096;
var NO_SLOTS = [];
var Queue = class {
  slots = NO_SLOTS;
  head = 0;
  size = 0;
  get length() {
    return this.size;
  }
  push(item) {
    if (this.size === this.slots.length) this.grow();
    this.slots[this.head + this.size & this.slots.length - 1] = item;
    this.size++;
  }
  peek() {
    return this.size === 0 ? void 0 : this.slots[this.head];
  }
  shift() {
    if (this.size === 0) return void 0;
    const item = this.slots[this.head];
    this.slots[this.head] = void 0;
    this.head = this.head + 1 & this.slots.length - 1;
    if (--this.size === 0) {
      this.head = 0;
      if (this.slots.length > KEEP_CAPACITY) this.slots = NO_SLOTS;
    }
    return item;
  }
  clear() {
    this.slots = NO_SLOTS;
    this.head = 0;
    this.size = 0;
  }
  *[Symbol.iterator]() {
    for (let i = 0; i < this.size; i++) yield this.slots[this.head + i & this.slots.length - 1];
  }
  /** Double the capacity (a power of two, for the index mask), moving the items to the front. */
  grow() {
    const capacity = Math.max(FIRST_CAPACITY, this.slots.length * 2);
    const slots = new Array(capacity);
    for (let i = 0; i < this.size; i++) slots[i] = this.slots[this.head + i & this.slots.length - 1];
    this.slots = slots;
    this.head = 0;
  }
};

// src/sockets/observer.ts
var QUEUE_LIMIT = 1e3;
var observables = /* @__PURE__ */ new WeakMap();
function registerObservable(socket, observable) {
  observables.set(socket, observable);
}
var Observer = class {
  #closed = false;
  #queue = new Queue();
  #emitter = void 0;
  #pending = void 0;
  constructor(socket) {
    if (typeof socket !== "object" || socket === null) throw new TypeError("Socket must be a socket object");
    const observable = observables.get(socket);
    if (observable === void 0) throw new Error("Invalid argument");
    observable.attachObserver((event2) => this.#push(event2));
    Object.seal(this);
  }
  get closed() {
    return this.#closed;
  }
  close() {
    if (this.#closed) return;
    this.#closed = true;
    this.#take()?.reject(zmqError("EAGAIN"));
  }
  receive() {
    if (this.#emitter !== void 0) {
      throw new Error(
        "Observer is in event emitter mode. After a call to events.on() it is not possible to read events with events.receive()."
      );
    }
    if (this.#pending !== void 0) {
      throw zmqError("EBUSY", "Socket is busy reading; only one receive operation may be in progress at any time");
    }
    const event2 = this.#queue.shift();
    if (event2 !== void 0) return Promise.resolve(event2);
    if (this.#closed) return Promise.reject(zmqError("EBADF"));
    holdProcess();
    return new Promise((resolve2, reject) => this.#pending = { resolve: resolve2, reject });
  }
  on(type, listener) {
    if (this.#emitter === void 0) {
      this.#emitter = new EventEmitter();
      for (const event2 of this.#queue) this.#emitLater(event2);
      this.#queue.clear();
    }
    return this.#emitter.on(type, listener);
  }
  off(type, listener) {
    const emitter = this.#emitter ?? new EventEmitter();
    return emitter.off(type, listener);
  }
  async *[Symbol.asyncIterator]() {
    for (; ; ) {
      if (this.#closed && this.#queue.length === 0) return void 0;
      let event2;
      try {
        event2 = await this.receive();
      } catch (error) {
        if (this.#closed) return void 0;
        throw error;
      }
      yield event2;
    }
  }
  #push(event2) {
    if (this.#closed) return;
    if (this.#emitter !== void 0) {
      this.#emitLater(event2);
    } else {
      const pending2 = this.#take();
      if (pending2 !== void 0) {
        pending2.resolve(event2);
      } else {
        if (this.#queue.length >= QUEUE_LIMIT) this.#queue.shift();
        this.#queue.push(event2);
      }
    }
    if (event2.type === "end") this.#closed = true;
  }
  #take() {
    const pending2 = this.#pending;
    if (pending2 === void 0) return void 0;
    this.#pending = void 0;
    releaseProcess();
    return pending2;
  }
  #emitLater(event2) {
    const emitter = this.#emitter;
    soon(() => emitter.emit(event2.type, event2));
  }
};

// src/transports/endpoint.ts
var MAX_IPC_PATH_BYTES = 107;
function parseTcp(address2, rest, purpose) {
  if (purpose === "bind") {
    const { host: host2, port: port2 } = splitHostPort(address2, rest, true);
    return { transport: "tcp", host: host2, port: port2, address: address2 };
  }
  const semicolon = rest.indexOf(";");
  const target = semicolon < 0 ? rest : rest.slice(semicolon + 1);
  if (!isConnectableSyntax(target)) throw zmqError("EINVAL", void 0, address2);
  const { host, port } = splitHostPort(address2, target, false);
  if (semicolon < 0) return { transport: "tcp", host, port, address: address2 };
  const source = splitHostPort(address2, rest.slice(0, semicolon), true);
  return { transport: "tcp", host, port, address: address2, source };
}
function isConnectableSyntax(target) {
  return /^(?:[A-Za-z0-9[:][A-Za-z0-9.\-:%[\]_*]*)?:[^:]*$/.test(target);
}
function splitHostPort(address2, text2, wildcardPort) {
  const colon = text2.lastIndexOf(":");
  if (colon < 0) throw zmqError("EINVAL", void 0, address2);
  let host = text2.slice(0, colon);
  const portText = text2.slice(colon + 1);
  if (host.startsWith("[") || host.endsWith("]")) {
    if (host.length < 2 || !host.startsWith("[") || !host.endsWith("]")) throw zmqError("EINVAL", void 0, address2);
    host = host.slice(1, -1);
  }
  return { host, port: parsePort(address2, portText, wildcardPort) };
}
function parsePort(address2, text2, wildcard) {
  if (text2 === "*" && wildcard) return 0;
  if (text2 === "0") return 0;
  if (/^\d{1,5}$/.test(text2)) {
    const port = Number(text2);
    if (port >= 1 && port <= 65535) return port;
  }
  throw zmqError("EINVAL", void 0, address2);
}
function parseUdp(address2, rest, purpose) {
  const semicolon = rest.lastIndexOf(";");
  const target = semicolon < 0 ? rest : rest.slice(semicolon + 1);
  const { host, port } = splitHostPort(address2, target, purpose === "bind");
  if (purpose === "connect" && (port === 0 || host === "*") || host.length === 0) {
    throw zmqError("EINVAL", void 0, address2);
  }
  if (semicolon < 0) return { transport: "udp", host, port, address: address2 };
  const iface = rest.slice(0, semicolon);
  if (iface.length === 0 || !isMulticastIPv4(host)) throw zmqError("EINVAL", void 0, address2);
  return { transport: "udp", host, port, address: address2, iface };
}
function isMulticastIPv4(host) {
  const match = /^(\d{1,3})\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.exec(host);
  if (match === null) return false;
  const first = Number(match[1]);
  return first >= 224 && first <= 239;
}
function parseIpc(address2, rest, purpose) {
  if (rest.length === 0) throw zmqError("EINVAL", void 0, address2);
  if (rest === "*" && purpose === "bind") {
    const path = freshIpcPath();
    checkIpcLength(address2, path);
    return { transport: "ipc", path, abstract: false, address: `ipc://${path}`, wildcard: true };
  }
  checkIpcLength(address2, rest);
  if (rest.startsWith("@") && ABSTRACT_IPC) {
    if (rest.length === 1) throw zmqError("EINVAL", void 0, address2);
    return { transport: "ipc", path: `\0${rest.slice(1)}`, abstract: true, address: address2 };
  }
  return { transport: "ipc", path: rest, abstract: false, address: address2 };
}
function checkIpcLength(address2, path) {
  if (Buffer.byteLength(path) > MAX_IPC_PATH_BYTES) throw zmqError("ENAMETOOLONG", "File name too long", address2);
}
function parseInproc(address2, rest) {
  if (rest.length === 0) throw zmqError("EINVAL", void 0, address2);
  return { transport: "inproc", name: rest, address: address2 };
}

// src/transports/inproc.ts
var QUEUE_LIMIT2 = 1e3;
var InprocLink = class {
  other;
  handler;
  peer;
  incoming = [];
  head = 0;
  paused = false;
  scheduled = false;
  closed = false;
  closeNotified = false;
  senderWaiting = false;
  get writable() {
    const other = this.other;
    return !this.closed && other.incoming.length - other.head < QUEUE_LIMIT2;
  }
  send(parts) {
    if (this.closed) return;
    this.other.enqueue({ frames: parts }, this);
  }
  subscribe(topic) {
    if (!this.closed) this.other.enqueue({ subscribe: true, topic }, this);
  }
  cancel(topic) {
    if (!this.closed) this.other.enqueue({ subscribe: false, topic }, this);
  }
  command(name, data) {
    if (!this.closed) this.other.enqueue({ command: name, data }, this);
  }
  /** `keepReading`: the messages are objects already, queued here or in the pipe alike: deliver on. */
  pause(keepReading = false) {
    if (!keepReading) this.paused = true;
  }
  resume() {
    if (!this.paused) return;
    this.paused = false;
    this.schedule();
  }
  close(linger = -1) {
    if (this.closed) return;
    this.closed = true;
    if (linger === 0) this.other.dropIncoming();
    this.other.closed = true;
    this.notifyClose();
    this.other.schedule();
  }
  /** Both ends report readiness on the next tick. */
  start(peer) {
    this.peer = peer;
    soon(() => {
      if (!this.closeNotified) this.handler.onReady(peer);
    });
  }
  enqueue(item, sender) {
    this.incoming.push(item);
    if (this.incoming.length - this.head >= QUEUE_LIMIT2) sender.senderWaiting = true;
    this.schedule();
  }
  dropIncoming() {
    this.incoming.length = 0;
    this.head = 0;
  }
  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    soon(() => this.deliver());
  }
  deliver() {
    this.scheduled = false;
    const incoming = this.incoming;
    while (!this.paused && this.head < incoming.length && !this.closeNotified) {
      const item = incoming[this.head];
      incoming[this.head++] = void 0;
      try {
        if ("frames" in item) this.handler.onMessage(item.frames);
        else if ("command" in item) this.handler.onCommand?.(item.command, item.data);
        else if (item.subscribe) this.handler.onSubscribe(item.topic);
        else this.handler.onCancel(item.topic);
      } catch {
        this.close(0);
        break;
      }
    }
    if (this.head === incoming.length) {
      incoming.length = 0;
      this.head = 0;
    }
    const sender = this.other;
    if (sender.senderWaiting && incoming.length - this.head < QUEUE_LIMIT2 / 2 && !sender.closeNotified) {
      sender.senderWaiting = false;
      sender.handler.onDrain();
    }
    if (this.closed && this.head === incoming.length) this.notifyClose();
  }
  notifyClose() {
    if (this.closeNotified) return;
    this.closeNotified = true;
    soon(() => this.handler.onClose(void 0, this.peer !== void 0));
  }
};
function link(binder, connecter, address2) {
  const bound = new InprocLink();
  const connected = new InprocLink();
  bound.other = connected;
  connected.other = bound;
  bound.handler = binder.open(bound, address2);
  connected.handler = connecter.open(connected, address2);
  const info = (side) => {
    const properties = /* @__PURE__ */ new Map([["Socket-Type", Buffer.from(side.socketType)]]);
    if (side.identity.length > 0) properties.set("Identity", side.identity);
    return { socketType: side.socketType, identity: side.identity, properties, minor: 1, address: address2 };
  };
  bound.start(info(connecter));
  connected.start(info(binder));
}
function createInprocRegistry() {
  const bound = /* @__PURE__ */ new Map();
  const pending2 = /* @__PURE__ */ new Map();
  return {
    bind(name, side) {
      if (bound.has(name)) return false;
      bound.set(name, side);
      const waiting = pending2.get(name);
      if (waiting) {
        pending2.delete(name);
        for (const connecter of waiting) link(side, connecter, `inproc://${name}`);
      }
      return true;
    },
    unbind(name, side) {
      if (bound.get(name) === side) bound.delete(name);
    },
    connect(name, side) {
      const binder = bound.get(name);
      if (binder !== void 0) {
        link(binder, side, `inproc://${name}`);
        return { cancel() {
        } };
      }
      let waiting = pending2.get(name);
      if (!waiting) {
        waiting = /* @__PURE__ */ new Set();
        pending2.set(name, waiting);
      }
      waiting.add(side);
      return {
        cancel() {
          waiting.delete(side);
          if (waiting.size === 0 && pending2.get(name) === waiting) pending2.delete(name);
        }
      };
    }
  };
}
var registries = /* @__PURE__ */ new WeakMap();
function inprocRegistryOf(scope) {
  let registry = registries.get(scope);
  if (registry === void 0) {
    registry = createInprocRegistry();
    registries.set(scope, registry);
  }
  return registry;
}
var IGNORE = {
  onReady() {
  },
  onMessage() {
  },
  onSubscribe() {
  },
  onCancel() {
  },
  onDrain() {
  },
  onClose() {
  }
};
function sideOf(context3, offer) {
  return {
    socketType: context3.socketType,
    identity: context3.identity,
    open: (link2) => {
      let handler = IGNORE;
      offer({
        open: (given) => {
          handler = given;
          return link2;
        },
        refuse: () => link2.close(0)
      });
      return handler;
    }
  };
}
var inproc = {
  scheme: "inproc",
  monitored: false,
  parse: (address2, rest) => parseInproc(address2, rest),
  listen(endpoint, context3) {
    const registry = inprocRegistryOf(context3.scope);
    const side = sideOf(context3, (peer) => context3.accepted(peer));
    if (!registry.bind(endpoint.name, side)) throw zmqError("EADDRINUSE", void 0, endpoint.address);
    return Promise.resolve({
      endpoint: endpoint.address,
      close() {
        registry.unbind(endpoint.name, side);
        return Promise.resolve();
      }
    });
  },
  connect(endpoint, context3) {
    const connection = inprocRegistryOf(context3.scope).connect(
      endpoint.name,
      sideOf(context3, (peer) => context3.connected(peer))
    );
    return { reconnect() {
    }, close: () => connection.cancel(), retries: false };
  }
};

// src/transports/abstract-ipc.ts
var ABSTRACT_IPC_WARNING = "PUREZMQ_ABSTRACT_IPC_PADDED";
var EXACT_SINCE = [1, 48];
function padsAbstractNames(versions) {
  if (versions.bun !== void 0 || versions.deno !== void 0) return false;
  const uv = versions.uv;
  if (uv === void 0) return false;
  const [major = 0, minor = 0] = uv.split(".").map(Number);
  return major < EXACT_SINCE[0] || major === EXACT_SINCE[0] && minor < EXACT_SINCE[1];
}
var warned = false;
function warnIfAbstractIpcPadded(versions = process.versions, emit = (m, o) => process.emitWarning(m, o)) {
  if (warned || !padsAbstractNames(versions)) return;
  warned = true;
  emit(
    `ipc://@name: libuv ${versions.uv} (Node ${versions.node ?? "?"}) pads Linux abstract socket names with NUL bytes to 108 bytes, so libzmq-based peers (pyzmq, zeromq.js on Node 22+, C/C++) cannot reach this name and it cannot reach theirs. Use Node 22 or later (libuv >= 1.48), Bun or Deno, or a filesystem ipc path.`,
    { code: ABSTRACT_IPC_WARNING }
  );
}

// src/transports/listener.ts
import { existsSync, linkSync, lstatSync, renameSync, unlinkSync } from "fs";
import { createServer } from "net";
import { dirname } from "path";

// src/transports/bind-host.ts
import { lookup } from "dns/promises";
import { isIP as isIP2, isIPv4 } from "net";
import { networkInterfaces } from "os";
async function resolveBindHost(host, ipv6) {
  if (host === "*") return ipv6 ? "::" : "0.0.0.0";
  if (host.length === 0) return void 0;
  if (isIP2(stripZone(host)) !== 0) return eligible(host, ipv6);
  const nic = interfaceAddress(host, ipv6);
  if (nic !== void 0) return nic;
  try {
    const found = await lookup(host, { family: ipv6 ? 0 : 4, all: true });
    const preferred = (ipv6 ? found.find((entry) => entry.family === 6) : void 0) ?? found[0];
    return preferred === void 0 ? void 0 : eligible(preferred.address, ipv6);
  } catch {
    return void 0;
  }
}
function eligible(address2, ipv6) {
  if (isIPv4(address2)) return ipv6 ? `::ffff:${address2}` : address2;
  return ipv6 ? address2 : void 0;
}
function interfaceAddress(name, ipv6) {
  const entries = readInterfaces()[name];
  const entry = entries?.find((candidate) => candidate.family === (ipv6 ? "IPv6" : "IPv4"));
  if (entry === void 0) return void 0;
  return entry.family === "IPv6" && entry.scopeid ? `${entry.address}%${name}` : entry.address;
}
function readInterfaces() {
  try {
    return networkInterfaces();
  } catch {
    return {};
  }
}
function stripZone(host) {
  const percent = host.indexOf("%");
  return percent < 0 ? host : host.slice(0, percent);
}

// src/transports/keepalive.ts
function applyKeepalive(stream2, options) {
  const keepalive = options.tcpKeepalive ?? -1;
  if (keepalive === 0) stream2.setKeepAlive(false);
  else if (keepalive === 1) stream2.setKeepAlive(true, Math.max(0, options.tcpKeepaliveIdle ?? -1) * 1e3);
}

// src/transports/os-error.ts
var STRERROR = {
  ENOTDIR: "Not a directory",
  ENAMETOOLONG: "File name too long",
  EPERM: "Operation not permitted",
  EROFS: "Read-only file system",
  ELOOP: "Too many levels of symbolic links",
  EAFNOSUPPORT: "Address family not supported by protocol"
};
function transportError(error, address2) {
  const code2 = error.code;
  if (code2 === "ENOTFOUND" || code2 === "EAI_AGAIN" || code2 === "EAI_FAIL")
    return zmqError("ENODEV", void 0, address2);
  if (code2 === void 0 || errnoOf(code2) === 0) return zmqError("EINVAL", void 0, address2);
  return zmqError(code2, STRERROR[code2], address2);
}

// src/transports/listener.ts
async function listen(parsed, options, onStream) {
  const endpoint = parsed;
  const backlog = options.backlog !== void 0 && options.backlog > 0 ? options.backlog : 100;
  if (endpoint.transport === "ipc") {
    const server2 = createServer((stream2) => {
      stream2.unref();
      onStream(stream2);
    });
    const fileName = endpoint.abstract ? void 0 : endpoint.path;
    if (fileName !== void 0) unlinkQuietly(fileName);
    try {
      await startListening(server2, { path: endpoint.path, backlog }, endpoint.address);
    } catch (error) {
      if (fileName !== void 0 && error.code === "EACCES" && !existsSync(dirname(fileName)))
        throw zmqError("ENOENT", void 0, endpoint.address);
      throw error;
    }
    const shown = endpoint.abstract ? `ipc://@${endpoint.path.slice(1)}` : `ipc://${endpoint.path}`;
    return new Listener(server2, shown, fileName !== void 0 && !endpoint.wildcard ? fileName : void 0);
  }
  if (endpoint.transport !== "tcp") throw zmqError("EPROTONOSUPPORT", void 0, endpoint.address);
  const host = await resolveBindHost(endpoint.host, options.ipv6 === true);
  if (host === void 0) throw zmqError("ENODEV", void 0, endpoint.address);
  const server = createServer({ noDelay: true }, (stream2) => {
    stream2.unref();
    applyKeepalive(stream2, options);
    onStream(stream2);
  });
  await startListening(server, { host, port: endpoint.port, backlog }, endpoint.address);
  const bound = server.address();
  if (bound === null || typeof bound === "string") throw zmqError("EINVAL", void 0, endpoint.address);
  return new Listener(server, `tcp://${formatHost(bound.address)}:${bound.port}`);
}
function startListening(server, options, address2) {
  return new Promise((resolve2, reject) => {
    const failed = (error) => reject(transportError(error, address2));
    server.once("error", failed);
    server.listen(options, () => {
      server.off("error", failed);
      server.on("error", () => {
      });
      server.unref();
      resolve2();
    });
  });
}
function formatHost(host) {
  return host.includes(":") ? `[${host}]` : host;
}
var Listener = class {
  /** `keptPath`: an ipc path to leave in place on close, as libzmq does (only `ipc://*` files are removed). */
  constructor(server, endpoint, keptPath) {
    this.server = server;
    this.endpoint = endpoint;
    this.keptPath = keptPath;
  }
  closing;
  close() {
    this.closing ??= new Promise((resolve2) => {
      const aside = this.keptPath === void 0 ? void 0 : moveAside(this.keptPath);
      this.server.close();
      if (aside !== void 0) putBack(aside, this.keptPath);
      setImmediate(resolve2);
    });
    return this.closing;
  }
};
var asideCount = 0;
function moveAside(path) {
  try {
    if (!lstatSync(path).isSocket()) return void 0;
    const aside = `${path}.${process.pid}-${asideCount++}.closing`;
    renameSync(path, aside);
    return aside;
  } catch {
    return void 0;
  }
}
function putBack(aside, path) {
  try {
    linkSync(aside, path);
  } catch {
  }
  unlinkQuietly(aside);
}
function unlinkQuietly(path) {
  try {
    unlinkSync(path);
  } catch {
  }
}

// src/transports/net-dial.ts
import { connect, isIP as isIP3 } from "net";
function dialTcp(target, options) {
  return (events) => {
    if (target.host.length === 0) {
      events.failed();
      return () => {
      };
    }
    const stream2 = connect({
      host: target.host,
      port: target.port,
      family: options.ipv6 === true ? 0 : 4,
      noDelay: true,
      localAddress: target.source === void 0 || target.source.host === "*" ? void 0 : target.source.host,
      localPort: target.source?.port || void 0
    });
    const abandon = watch(stream2, events, () => applyKeepalive(stream2, options));
    if (isIP3(target.host) !== 0) events.delayed();
    else
      stream2.once("lookup", (error) => {
        if (error === null) events.delayed();
      });
    return abandon;
  };
}
function dialIpc(path) {
  return (events) => watch(connect({ path }), events, () => {
  });
}
var ignoreLateError = () => {
};
function watch(stream2, events, onConnect) {
  stream2.unref();
  const release = () => {
    stream2.removeAllListeners();
    stream2.on("error", ignoreLateError);
    stream2.destroy();
  };
  const failed = () => {
    stream2.off("connect", connected);
    release();
    events.failed();
  };
  const connected = () => {
    stream2.off("error", failed);
    stream2.off("close", failed);
    onConnect();
    events.connected(stream2);
  };
  stream2.on("error", failed);
  stream2.once("close", failed);
  stream2.once("connect", connected);
  return () => {
    stream2.off("error", failed);
    stream2.off("close", failed);
    stream2.off("connect", connected);
    release();
  };
}

// src/transports/backoff.ts
var BACKOFF_RESET = -1;
function reconnects(interval) {
  return interval > 0;
}
function nextReconnectDelay(state, interval, maxInterval, random = Math.random) {
  if (maxInterval > 0) {
    const candidate = state === BACKOFF_RESET ? interval : state * 2;
    const delay = Math.min(candidate, maxInterval);
    return { delay, state: delay };
  }
  const jitter = interval > 0 ? Math.min(interval - 1, Math.floor(random() * interval)) : 0;
  return { delay: interval + jitter, state: interval };
}

// src/transports/node-clock.ts
var nodeClock = {
  after: (ms, callback) => backgroundTimeout(callback, ms),
  defer: soon,
  time: () => Math.floor(performance.now())
};

// src/transports/dialer.ts
var MAX_TIMER = 2 ** 31 - 1;
var Dialer = class {
  constructor(address2, attempt, options, handler, clock = nodeClock) {
    this.address = address2;
    this.attempt = attempt;
    this.options = options;
    this.handler = handler;
    this.clock = clock;
  }
  started = false;
  closed = false;
  backoff = BACKOFF_RESET;
  cancelRetry;
  abandon;
  cancelAttemptTimer;
  /** The first attempt, right away. */
  start() {
    if (this.started || this.closed) return;
    this.started = true;
    this.dial();
  }
  /** The owner's connection ended (peer gone, handshake or heartbeat failure): schedule the next attempt. */
  reconnect() {
    if (this.closed || this.abandon !== void 0 || this.cancelRetry !== void 0) return;
    this.schedule();
  }
  /** Cancel timers and a pending attempt; no callback after this. Also used after a fatal protocol ERROR. */
  close() {
    this.closed = true;
    this.cancelRetry?.();
    this.cancelRetry = void 0;
    this.abandonAttempt();
  }
  dial() {
    if (this.closed) return;
    let current2 = true;
    const done = () => {
      if (!current2) return false;
      current2 = false;
      this.cancelAttemptTimer?.();
      this.cancelAttemptTimer = void 0;
      this.abandon = void 0;
      return true;
    };
    const abandon = this.attempt({
      connected: (connection) => {
        if (!done()) return;
        this.backoff = BACKOFF_RESET;
        this.handler.onStream(connection, this.address);
      },
      failed: () => {
        if (done()) this.schedule();
      },
      delayed: () => {
        if (current2) this.handler.onConnectDelay(this.address);
      }
    });
    if (!current2) return;
    this.abandon = () => {
      current2 = false;
      abandon();
    };
    const connectTimeout = this.options.connectTimeout ?? 0;
    if (connectTimeout > 0) {
      this.cancelAttemptTimer = this.clock.after(Math.min(connectTimeout, MAX_TIMER), () => {
        this.cancelAttemptTimer = void 0;
        this.abandonAttempt();
        this.schedule();
      });
    }
  }
  schedule() {
    if (this.closed || this.cancelRetry !== void 0) return;
    const interval = this.options.reconnectInterval ?? 100;
    if (!reconnects(interval)) return;
    const step = nextReconnectDelay(
      this.backoff,
      interval,
      this.options.reconnectMaxInterval ?? 0,
      this.options.random
    );
    this.backoff = step.state;
    this.cancelRetry = this.clock.after(Math.min(step.delay, MAX_TIMER), () => {
      this.cancelRetry = void 0;
      this.dial();
    });
    this.handler.onConnectRetry(this.address, step.delay);
  }
  abandonAttempt() {
    this.cancelAttemptTimer?.();
    this.cancelAttemptTimer = void 0;
    const abandon = this.abandon;
    this.abandon = void 0;
    abandon?.();
  }
};

// src/transports/raw-link.ts
var RawLink = class {
  constructor(stream2, handler, address2) {
    this.stream = stream2;
    this.handler = handler;
    this.peer = { socketType: void 0, identity: Buffer.alloc(0), properties: /* @__PURE__ */ new Map(), minor: 1, address: address2 };
    stream2.on("data", (chunk) => this.handler.onMessage([chunk]));
    stream2.on("drain", () => {
      if (!this.blocked) return;
      this.blocked = false;
      this.handler.onDrain();
    });
    stream2.on("error", () => stream2.destroy());
    stream2.on("end", () => stream2.end());
    stream2.on("close", () => this.finish());
    soon(() => {
      if (!this.closed) this.handler.onReady(this.peer);
    });
  }
  peer;
  closed = false;
  blocked = false;
  get writable() {
    const ok = !this.closed && !this.stream.writableNeedDrain;
    if (!ok) this.blocked = true;
    return ok;
  }
  send(parts) {
    if (this.closed) return;
    for (const part of parts) if (part.length > 0) this.stream.write(part);
  }
  subscribe() {
  }
  cancel() {
  }
  /** `keepReading`: raw bytes are delivered as they come, so there is nothing to hold: read on. */
  pause(keepReading = false) {
    if (!keepReading) this.stream.pause();
  }
  resume() {
    this.stream.resume();
  }
  close(linger = -1) {
    if (linger === 0) this.stream.destroy();
    else this.stream.end();
  }
  finish() {
    if (this.closed) return;
    this.closed = true;
    this.handler.onClose(void 0, true);
  }
};

// src/zmtp/decoder.ts
import { constants as bufferConstants } from "buffer";

// src/zmtp/constants.ts
var FLAG_MORE = 1;
var FLAG_LONG = 2;
var FLAG_COMMAND = 4;
var GREETING_SIZE = 64;
var MECHANISM_SIZE = 20;
var HANDSHAKE_FRAME_LIMIT = 1024 * 1024;
var COPY_THRESHOLD = 256;
var EMPTY = Buffer.alloc(0);
var BATCH_LIMIT = 256 * 1024;

// src/zmtp/errors.ts
function linkError(kind, code2, message2) {
  const error = new Error(message2);
  error.kind = kind;
  error.code = code2;
  return error;
}
function protocolError(code2, message2) {
  return linkError("protocol", code2, message2);
}
function peerErrorCommand(reason) {
  const status = /^[345]00$/.test(reason) ? Number(reason) : void 0;
  const error = status === void 0 ? linkError("protocol", "ERR_ZMTP_UNSPECIFIED", `peer sent ERROR: ${reason}`) : linkError("auth", "EACCES", `peer sent ERROR ${reason}`);
  if (status !== void 0) error.status = status;
  error.fatal = true;
  return error;
}
function isLinkError(value) {
  return value instanceof Error && typeof value.kind === "string";
}

// src/zmtp/decoder.ts
var NEED_MORE = 0;
var FRAME = 1;
var DECODE_ERROR = 2;
var IN_HEADER = 0;
var IN_BODY = 1;
var HIGH_WORD_2_53 = 2097152;
var TWO_32 = 4294967296;
var ASSEMBLE_UPFRONT = 1024 * 1024;
var ASSEMBLE_AFTER_SHARE = 16;
var FrameDecoder = class {
  /** Flags of the last frame: MORE and COMMAND only (reserved bits dropped, F-3; MORE cleared on commands, F-4). */
  flags = 0;
  body = EMPTY;
  error;
  /** Largest accepted frame body in bytes; -1 = unlimited (F-8). */
  limit;
  chunks = [];
  /** Read position within chunks[0]. */
  offset = 0;
  buffered = 0;
  state = IN_HEADER;
  pendingFlags = 0;
  pendingSize = 0;
  /** Scratch for a header split across chunks; allocated the first time one is. */
  header;
  /** The body being assembled across chunks, and how many of its bytes have arrived. */
  assembly;
  assembled = 0;
  constructor(limit = -1) {
    this.limit = limit;
  }
  push(chunk) {
    if (chunk.length === 0) return;
    this.buffered += chunk.length;
    const assembly = this.assembly;
    if (assembly !== void 0) {
      const copied = chunk.copy(assembly, this.assembled);
      this.assembled += copied;
      if (copied === chunk.length) return;
      chunk = chunk.subarray(copied);
    }
    this.chunks.push(chunk);
  }
  /** Bytes received but not yet returned as frames. */
  get bufferedBytes() {
    return this.buffered;
  }
  /** Decode the next frame: FRAME (see `flags`/`body`), NEED_MORE, or DECODE_ERROR (see `error`, sticky). */
  next() {
    if (this.error !== void 0) return DECODE_ERROR;
    if (this.state === IN_HEADER) {
      if (this.buffered < 2) return NEED_MORE;
      let src = this.chunks[0];
      let at = this.offset;
      const flags = src[at];
      const headerSize2 = (flags & FLAG_LONG) === 0 ? 2 : 9;
      if (this.buffered < headerSize2) return NEED_MORE;
      if (src.length - at < headerSize2) {
        this.header ??= Buffer.alloc(9);
        const header = this.header;
        this.peek(header, headerSize2);
        src = header;
        at = 0;
      }
      let size2;
      if (headerSize2 === 2) {
        size2 = src[at + 1];
      } else {
        const high = src.readUInt32BE(at + 1);
        const low = src.readUInt32BE(at + 5);
        if (high >= HIGH_WORD_2_53) return this.fail(`frame size ${high * TWO_32 + low} (>= 2^53) refused`);
        size2 = high * TWO_32 + low;
      }
      if (this.limit >= 0 && size2 > this.limit) {
        return this.fail(`frame of ${size2} bytes exceeds maxMessageSize ${this.limit}`);
      }
      if (size2 > bufferConstants.MAX_LENGTH) return this.fail(`frame of ${size2} bytes is too large to hold`);
      this.skip(headerSize2);
      this.pendingFlags = (flags & FLAG_COMMAND) === 0 ? flags & FLAG_MORE : FLAG_COMMAND;
      this.pendingSize = size2;
      this.state = IN_BODY;
    }
    const size = this.pendingSize;
    if (this.buffered < size) {
      if (this.assembly === void 0 && (size <= ASSEMBLE_UPFRONT || this.buffered * ASSEMBLE_AFTER_SHARE >= size)) {
        this.startAssembly(size);
      }
      return NEED_MORE;
    }
    if (this.assembly !== void 0) {
      this.body = this.assembly;
      this.assembly = void 0;
      this.buffered -= size;
    } else {
      this.body = size === 0 ? EMPTY : this.take(size);
    }
    this.flags = this.pendingFlags;
    this.state = IN_HEADER;
    return FRAME;
  }
  /** Every buffered byte belongs to the body (it is incomplete): move them into a buffer of its size. */
  startAssembly(size) {
    const body = Buffer.allocUnsafe(size);
    this.peek(body, this.buffered);
    this.assembled = this.buffered;
    this.assembly = body;
    this.chunks = [];
    this.offset = 0;
  }
  fail(message2) {
    this.error = protocolError("ERR_ZMTP_UNSPECIFIED", message2);
    this.chunks = [];
    this.assembly = void 0;
    this.buffered = 0;
    return DECODE_ERROR;
  }
  /** Copy the first `n` buffered bytes into `into` without consuming them. */
  peek(into, n) {
    let copied = 0;
    let offset = this.offset;
    for (let i = 0; copied < n; i++) {
      const chunk = this.chunks[i];
      copied += chunk.copy(into, copied, offset, Math.min(chunk.length, offset + n - copied));
      offset = 0;
    }
  }
  skip(n) {
    this.buffered -= n;
    while (n > 0) {
      const chunk = this.chunks[0];
      const available = chunk.length - this.offset;
      if (n < available) {
        this.offset += n;
        return;
      }
      n -= available;
      this.chunks.shift();
      this.offset = 0;
    }
  }
  take(n) {
    const first = this.chunks[0];
    const available = first.length - this.offset;
    if (n <= available) {
      const body2 = first.subarray(this.offset, this.offset + n);
      this.buffered -= n;
      if (n === available) {
        this.chunks.shift();
        this.offset = 0;
      } else {
        this.offset += n;
      }
      return body2;
    }
    const body = Buffer.allocUnsafe(n);
    this.peek(body, n);
    this.skip(n);
    return body;
  }
};

// src/zmtp/encoder.ts
var TWO_322 = 4294967296;
var SLAB_SIZE = 64 * 1024;
var FIRST_SLAB_SIZE = 1024;
var SMALL_BODY = 32;
var EMPTY_SLAB = Buffer.alloc(0);
function headerSize(length) {
  return length < 256 ? 2 : 9;
}
function writeHeader(into, at, flags, length) {
  if (length < 256) {
    into[at] = flags & (FLAG_MORE | FLAG_COMMAND);
    into[at + 1] = length;
    return 2;
  }
  into[at] = flags & (FLAG_MORE | FLAG_COMMAND) | FLAG_LONG;
  into.writeUInt32BE(Math.floor(length / TWO_322), at + 1);
  into.writeUInt32BE(length >>> 0, at + 5);
  return 9;
}
var FrameWriter = class {
  slab = EMPTY_SLAB;
  /** Slabs start small (idle connections stay cheap) and grow to SLAB_SIZE as traffic flows. */
  nextSlabSize = FIRST_SLAB_SIZE;
  /** Start of the not-yet-taken region of the slab. */
  start = 0;
  pos = 0;
  out = [];
  bytes = 0;
  /** Bytes queued since the last `take()`. */
  get pending() {
    return this.bytes;
  }
  frame(flags, body) {
    const length = body.length;
    this.bytes += headerSize(length) + length;
    if (length <= COPY_THRESHOLD) {
      this.reserve(9 + length);
      const slab = this.slab;
      let pos = this.pos + writeHeader(slab, this.pos, flags, length);
      if (length <= SMALL_BODY) {
        for (let i = 0; i < length; i++) slab[pos + i] = body[i];
        pos += length;
      } else {
        slab.set(body, pos);
        pos += length;
      }
      this.pos = pos;
      return;
    }
    this.reserve(9);
    this.pos += writeHeader(this.slab, this.pos, flags, length);
    this.seal();
    this.out.push(body);
  }
  /**
   * Queue a frame whose body of `length` bytes the caller writes itself, straight into the batch: writes the header
   * and returns the offset of the body in `batch`, to be filled before anything else is queued. A codec that builds
   * the wire body (CURVE) then needs no buffer of its own per frame, and the batch stays one contiguous write.
   */
  reserveFrame(flags, length) {
    this.bytes += headerSize(length) + length;
    this.reserve(9 + length);
    const at = this.pos + writeHeader(this.slab, this.pos, flags, length);
    this.pos = at + length;
    return at;
  }
  /** The buffer `reserveFrame` offsets point into (valid until the next call on this writer). */
  get batch() {
    return this.slab;
  }
  message(parts) {
    const last = parts.length - 1;
    for (let i = 0; i <= last; i++) {
      const part = parts[i];
      const body = Buffer.isBuffer(part) ? part : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
      this.frame(i < last ? FLAG_MORE : 0, body);
    }
  }
  /** Everything queued since the last call, in order; empty when nothing is queued. */
  take() {
    this.seal();
    const out = this.out;
    this.out = [];
    this.bytes = 0;
    return out;
  }
  seal() {
    if (this.pos > this.start) {
      this.out.push(this.slab.subarray(this.start, this.pos));
      this.start = this.pos;
    }
  }
  reserve(n) {
    if (this.slab.length - this.pos >= n) return;
    this.seal();
    this.slab = Buffer.allocUnsafe(Math.max(this.nextSlabSize, n));
    this.nextSlabSize = Math.min(this.nextSlabSize * 4, SLAB_SIZE);
    this.start = 0;
    this.pos = 0;
  }
};

// src/zmtp/greeting.ts
var GREETING_HEAD_SIZE = 11;
var ZMTP2_GREETING_SIZE = 12;
var ZMTP2_REVISION = 1;
function buildGreeting(mechanism, asServer) {
  const greeting2 = Buffer.alloc(GREETING_SIZE);
  greeting2[0] = 255;
  greeting2[9] = 127;
  greeting2[10] = 3;
  greeting2[11] = 1;
  greeting2.set(mechanismField(mechanism), 12);
  greeting2[32] = asServer ? 1 : 0;
  return greeting2;
}
function mechanismField(name) {
  const field = Buffer.alloc(MECHANISM_SIZE);
  if (name.length > MECHANISM_SIZE || field.write(name, "latin1") !== name.length) {
    throw new RangeError(`mechanism name too long: ${name}`);
  }
  return field;
}
var GreetingReader = class {
  /**
   * Bytes from offset 11 on of a greeting whose rest arrives in pieces, made only then: bytes 0–10 are checked
   * as they arrive and need no keeping, and a rest that comes in one chunk is read from that chunk.
   */
  bytes;
  received = 0;
  error;
  greeting;
  /** The peer's major version (revision byte), once byte 10 has arrived. */
  major;
  /** Bytes that followed the greeting in the last chunk (G-11). */
  rest;
  /** Feed bytes; returns true once the greeting is complete or refused (check `error`). */
  push(chunk) {
    if (this.error || this.greeting) return true;
    let offset = 0;
    while (offset < chunk.length) {
      const size = this.expectedSize();
      const before = this.received;
      const take = Math.min(chunk.length - offset, size - before);
      const base = offset - before;
      offset += take;
      this.received = before + take;
      this.error = this.check(chunk, base, before);
      if (this.error) return true;
      if (this.received === size && size !== GREETING_HEAD_SIZE) {
        if (before <= GREETING_HEAD_SIZE) {
          this.greeting = this.parse(chunk, base);
        } else {
          this.keep(chunk, base, before);
          this.greeting = this.parse(this.bytes, 0);
        }
        this.bytes = void 0;
        if (offset < chunk.length) this.rest = chunk.subarray(offset);
        return true;
      }
      if (this.received > GREETING_HEAD_SIZE) this.keep(chunk, base, before);
    }
    return false;
  }
  /** Keep the bytes from offset 11 on that this chunk brought, until the greeting is complete. */
  keep(chunk, base, before) {
    const from = Math.max(before, GREETING_HEAD_SIZE);
    this.bytes ??= Buffer.alloc(GREETING_SIZE);
    chunk.copy(this.bytes, from, base + from, base + this.received);
  }
  /** Bytes the greeting has, as far as is known yet: 11 until the version byte is in. */
  expectedSize() {
    if (this.major === void 0) return GREETING_HEAD_SIZE;
    return this.major === ZMTP2_REVISION ? ZMTP2_GREETING_SIZE : GREETING_SIZE;
  }
  /** The complete greeting, byte i at `b[base + i]` for i >= 11. */
  parse(b, base) {
    if (this.major === ZMTP2_REVISION) {
      return {
        major: ZMTP2_REVISION,
        minor: 0,
        mechanism: Buffer.alloc(0),
        asServer: false,
        socketType: b[base + 11]
      };
    }
    return {
      major: this.major,
      minor: b[base + 11],
      mechanism: Buffer.from(b.subarray(base + 12, base + 12 + MECHANISM_SIZE)),
      asServer: b[base + 32] === 1
    };
  }
  /** Checks the bytes that became available since `before`: greeting byte i is `b[base + i]`. */
  check(b, base, before) {
    const n = this.received;
    if (before >= GREETING_HEAD_SIZE) return void 0;
    if (before < 1 && n >= 1 && b[base] !== 255) {
      return protocolError("ERR_ZMTP_UNSPECIFIED", "peer is not a ZMTP peer: bad signature");
    }
    if (before < 10 && n >= 10 && (b[base + 9] & 1) === 0) {
      return protocolError("ERR_ZMTP_UNSPECIFIED", "peer speaks ZMTP 1.0, not supported");
    }
    if (before < 11 && n >= 11) {
      const major = b[base + 10];
      if (major !== ZMTP2_REVISION && major < 3) {
        return protocolError(
          "ERR_ZMTP_UNSPECIFIED",
          `peer speaks ZMTP major version ${major}, need 2.0 or 3 and later`
        );
      }
      this.major = major;
    }
    return void 0;
  }
};

// src/zmtp/routing-id-mechanism.ts
var RoutingIdMechanism = class {
  constructor(routingId, peerSocketType, protocol = "ZWS2.0") {
    this.routingId = routingId;
    this.peerSocketType = peerSocketType;
    this.protocol = protocol;
  }
  /** Security-wise this is NULL; it never appears in a greeting (ZWS has none). */
  name = "NULL";
  asServer = false;
  host;
  start(host) {
    this.host = host;
    host.sendFrame?.(0, this.routingId);
  }
  receive(flags, body) {
    const host = this.host;
    if (host === void 0) return;
    if (flags !== 0) {
      const what = (flags & FLAG_MORE) !== 0 ? "a multipart routing id" : "a command";
      host.fail(
        protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", `${what} instead of the peer's routing id (${this.protocol})`)
      );
      return;
    }
    const properties = /* @__PURE__ */ new Map([["Identity", Buffer.from(body)]]);
    if (this.peerSocketType !== void 0) properties.set("Socket-Type", Buffer.from(this.peerSocketType, "latin1"));
    host.complete(properties);
  }
};

// src/zmtp/metadata.ts
function encodeProperties(properties) {
  const pieces = [];
  for (const [name, value] of properties) {
    const nameBytes = Buffer.from(name, "latin1");
    if (nameBytes.length < 1 || nameBytes.length > 255) throw new RangeError(`bad property name: ${name}`);
    const head = Buffer.allocUnsafe(1 + nameBytes.length + 4);
    head[0] = nameBytes.length;
    nameBytes.copy(head, 1);
    head.writeUInt32BE(value.length, 1 + nameBytes.length);
    pieces.push(head, Buffer.from(value));
  }
  return Buffer.concat(pieces);
}
var DEFAULT_METADATA_LIMITS = { maxBytes: 64 * 1024, maxProperties: 64 };
function parseProperties(data, malformedCode = "ERR_ZMTP_INVALID_METADATA", limits = DEFAULT_METADATA_LIMITS) {
  if (limits.maxBytes >= 0 && data.length > limits.maxBytes) {
    return protocolError(malformedCode, `metadata of ${data.length} bytes exceeds the limit of ${limits.maxBytes}`);
  }
  const properties = /* @__PURE__ */ new Map();
  const copy = data.length > 0 ? Buffer.from(data) : data;
  let at = 0;
  let count = 0;
  while (at < copy.length) {
    if (limits.maxProperties >= 0 && ++count > limits.maxProperties) {
      return protocolError(malformedCode, `metadata has more than ${limits.maxProperties} properties`);
    }
    const nameLength = copy[at];
    at += 1;
    if (nameLength === 0) return protocolError(malformedCode, "metadata property with an empty name");
    if (copy.length - at < nameLength + 4) return protocolError(malformedCode, "truncated metadata property");
    const name = copy.toString("latin1", at, at + nameLength);
    at += nameLength;
    const valueLength = copy.readUInt32BE(at);
    at += 4;
    if (copy.length - at < valueLength) {
      return protocolError(malformedCode, `metadata property ${name} value exceeds the command`);
    }
    properties.set(name, copy.subarray(at, at + valueLength));
    at += valueLength;
  }
  return properties;
}
function getProperty(properties, name) {
  const exact = properties.get(name);
  if (exact !== void 0) return exact;
  const lower = name.toLowerCase();
  for (const [key, value] of properties) if (key.toLowerCase() === lower) return value;
  return void 0;
}

// src/zmtp/commands.ts
var READY = "READY";
var ERROR = "ERROR";
var SUBSCRIBE = "SUBSCRIBE";
var CANCEL = "CANCEL";
var PING = "PING";
var PONG = "PONG";
var MAX_PING_CONTEXT = 16;
var MAX_TTL_DECISECONDS = 65535;
function commandBody(name, data = EMPTY) {
  const body = Buffer.allocUnsafe(1 + name.length + data.length);
  body[0] = name.length;
  body.write(name, 1, "latin1");
  body.set(data, 1 + name.length);
  return body;
}
function commandName(body) {
  if (body.length < 2) return void 0;
  const length = body[0];
  if (length === 0 || length > body.length - 1) return void 0;
  return body.toString("latin1", 1, 1 + length);
}
function commandData(body) {
  return body.subarray(1 + body[0]);
}
var readyBodies = /* @__PURE__ */ new WeakMap();
function readyBody(properties) {
  if (!Object.isFrozen(properties)) return commandBody(READY, encodeProperties(properties));
  let body = readyBodies.get(properties);
  if (body === void 0) {
    body = commandBody(READY, encodeProperties(properties));
    readyBodies.set(properties, body);
  }
  return body;
}
function errorBody(reason) {
  const text2 = Buffer.from(reason, "latin1").subarray(0, 255);
  return commandBody(ERROR, Buffer.concat([Buffer.from([text2.length]), text2]));
}
function parseErrorReason(data) {
  if (data.length < 1 || data[0] > data.length - 1) return void 0;
  return data.toString("latin1", 1, 1 + data[0]);
}
function subscribeBody(topic) {
  return commandBody(SUBSCRIBE, topic);
}
function cancelBody(topic) {
  return commandBody(CANCEL, topic);
}
function pingBody(ttlDeciseconds, context3 = EMPTY) {
  const ctx = context3.subarray(0, MAX_PING_CONTEXT);
  const data = Buffer.allocUnsafe(2 + ctx.length);
  data.writeUInt16BE(Math.max(0, Math.min(MAX_TTL_DECISECONDS, Math.floor(ttlDeciseconds))), 0);
  data.set(ctx, 2);
  return commandBody(PING, data);
}
function ttlToDeciseconds(ms) {
  return Math.min(MAX_TTL_DECISECONDS, Math.max(0, Math.floor(ms / 100)));
}
function parsePing(data) {
  if (data.length < 2) return { ttl: 0, context: EMPTY };
  return { ttl: data.readUInt16BE(0), context: data.subarray(2, 2 + MAX_PING_CONTEXT) };
}
var PING_HEAD = 7;
function isPing(body) {
  return body.length >= 5 && body[0] === 4 && body[1] === 80 && body[2] === 73 && body[3] === 78 && body[4] === 71;
}
function pingTtl(body) {
  return body.length < PING_HEAD ? 0 : body.readUInt16BE(5);
}
function pingContext(body) {
  return body.length < PING_HEAD ? EMPTY : body.subarray(PING_HEAD, PING_HEAD + MAX_PING_CONTEXT);
}
function pongBody(context3) {
  return commandBody(PONG, context3.subarray(0, MAX_PING_CONTEXT));
}

// src/zmtp/message-budget.ts
var DEFAULT_MESSAGE_SIZE_CEILING = 1024 * 1024 * 1024;
var DEFAULT_MAX_MESSAGE_PARTS = 65536;
function messageLimits(maxMessageSize = -1, ceiling = DEFAULT_MESSAGE_SIZE_CEILING, maxParts = DEFAULT_MAX_MESSAGE_PARTS) {
  const maxBytes = maxMessageSize >= 0 ? maxMessageSize : ceiling;
  if (lastLimits.maxBytes !== maxBytes || lastLimits.maxParts !== maxParts) lastLimits = { maxBytes, maxParts };
  return lastLimits;
}
var lastLimits = { maxBytes: DEFAULT_MESSAGE_SIZE_CEILING, maxParts: DEFAULT_MAX_MESSAGE_PARTS };
var MessageBudget = class {
  constructor(limits) {
    this.limits = limits;
  }
  bytes = 0;
  parts = 0;
  /** Largest next frame body (for `FrameDecoder.limit`); -1 = unlimited. */
  get frameLimit() {
    return this.limits.maxBytes < 0 ? -1 : this.limits.maxBytes - this.bytes;
  }
  /** Count a part kept for the message in progress; an error when the message is over its part limit. */
  addPart(size) {
    this.bytes += size;
    this.parts++;
    const max = this.limits.maxParts;
    if (max >= 0 && this.parts >= max) {
      return protocolError("ERR_ZMTP_UNSPECIFIED", `message has more than ${max} parts (maxMessageParts)`);
    }
    return void 0;
  }
  /** The message in progress was delivered or dropped. */
  reset() {
    this.bytes = 0;
    this.parts = 0;
  }
};

// src/zmtp/deadlines.ts
var Deadlines = class {
  constructor(clock, ms) {
    this.clock = clock;
    this.ms = ms;
  }
  entries = /* @__PURE__ */ new Map();
  cancelTimer;
  firing = false;
  add(item) {
    this.entries.set(item, this.clock.time() + this.ms);
    if (this.cancelTimer === void 0 && !this.firing) this.arm(this.ms);
  }
  delete(item) {
    if (!this.entries.delete(item) || this.entries.size > 0) return;
    this.cancelTimer?.();
    this.cancelTimer = void 0;
  }
  arm(ms) {
    this.cancelTimer = this.clock.after(ms, () => this.fire());
  }
  fire() {
    this.cancelTimer = void 0;
    this.firing = true;
    try {
      const now = this.clock.time();
      for (const [item, due] of this.entries) {
        if (due > now) break;
        this.entries.delete(item);
        item.expire();
      }
    } finally {
      this.firing = false;
      const next = this.entries.values().next();
      if (!next.done) this.arm(Math.max(0, next.value - this.clock.time()));
    }
  }
};
var shared = /* @__PURE__ */ new WeakMap();
function sharedDeadlines(clock, ms) {
  if (clock.time === void 0) return void 0;
  let byLength = shared.get(clock);
  if (byLength === void 0) {
    byLength = /* @__PURE__ */ new Map();
    shared.set(clock, byLength);
  }
  let deadlines = byLength.get(ms);
  if (deadlines === void 0) {
    deadlines = new Deadlines(clock, ms);
    byLength.set(ms, deadlines);
  }
  return deadlines;
}

// src/zmtp/zap.ts
var AUTH_MESSAGES = {
  300: "Temporary error",
  400: "Authentication failure",
  500: "Internal error"
};
function authError(status) {
  const error = linkError("auth", "EACCES", AUTH_MESSAGES[status]);
  error.status = status;
  return error;
}
function zapUnavailable() {
  return linkError("transport", "EFAULT", "ZAP is required but no handler is bound at inproc://zeromq.zap.01");
}
function parseZapReply(frames) {
  if (frames.length !== 7) return protocolError("ERR_ZAP_MALFORMED_REPLY", "ZAP reply must have 7 frames");
  const [delimiter, version2, requestId, status, , userId, metadata2] = frames;
  if (delimiter.length > 0) return protocolError("ERR_ZAP_UNSPECIFIED", "ZAP reply without an empty delimiter");
  if (version2.toString("latin1") !== "1.0") return protocolError("ERR_ZAP_BAD_VERSION", "ZAP reply version is not 1.0");
  if (requestId.toString("latin1") !== "1")
    return protocolError("ERR_ZAP_BAD_REQUEST_ID", "ZAP reply for another request");
  const code2 = status.toString("latin1");
  if (!/^[2-5]00$/.test(code2))
    return protocolError("ERR_ZAP_INVALID_STATUS_CODE", "ZAP reply status is not 200/300/400/500");
  const properties = parseProperties(metadata2);
  if (properties instanceof Error) return protocolError("ERR_ZAP_INVALID_METADATA", "ZAP reply metadata is malformed");
  if (code2 !== "200") {
    const numeric = Number(code2);
    return { allowed: false, status: numeric, error: authError(numeric) };
  }
  if (userId.length > 0) properties.set("User-Id", Buffer.from(userId));
  return { allowed: true, properties };
}
function askZap(zap, mechanism, credentials, done) {
  const pending2 = zap.request(mechanism, credentials);
  if (pending2 === void 0) {
    done("no-handler");
    return;
  }
  pending2.then(
    (frames) => done(parseZapReply(frames)),
    () => done(protocolError("ERR_ZAP_UNSPECIFIED", "ZAP request failed"))
  );
}
function zapErrorReason(status) {
  return status === 300 ? void 0 : String(status);
}
function settleZap(host, outcome, noHandler, errorCommand2) {
  if (outcome === "no-handler") {
    if (noHandler === "allow") return /* @__PURE__ */ new Map();
    host.fail(zapUnavailable());
    return void 0;
  }
  if (outcome instanceof Error) {
    host.fail(outcome);
    return void 0;
  }
  if (outcome.allowed) return outcome.properties;
  const reason = zapErrorReason(outcome.status);
  if (reason !== void 0) host.sendCommand(errorCommand2(reason));
  host.fail(outcome.error);
  return void 0;
}

// src/zmtp/null-mechanism.ts
var NullMechanism = class {
  constructor(zap) {
    this.zap = zap;
  }
  name = "NULL";
  asServer = false;
  host;
  /** Set while the ZAP verdict is outstanding; the peer's READY, if it came meanwhile, waits here. */
  awaitingZap = false;
  peerReady;
  zapProperties;
  done = false;
  start(host) {
    this.host = host;
    const zap = this.zap;
    if (zap === void 0) {
      host.sendCommand(readyBody(host.properties));
      return;
    }
    this.awaitingZap = true;
    askZap(zap, "NULL", [], (outcome) => {
      if (!this.awaitingZap || this.done) return;
      this.awaitingZap = false;
      const extra = settleZap(host, outcome, zap.enforceDomain ? "fail" : "allow", errorBody);
      if (extra === void 0) {
        this.done = true;
        return;
      }
      this.zapProperties = extra;
      host.sendCommand(readyBody(host.properties));
      if (this.peerReady !== void 0) this.finish(host, this.peerReady);
    });
  }
  close() {
    this.done = true;
    this.zap?.cancel?.();
  }
  finish(host, properties) {
    this.done = true;
    if (this.zapProperties !== void 0) for (const [name, value] of this.zapProperties) properties.set(name, value);
    host.complete(properties);
  }
  receive(flags, body) {
    const host = this.host;
    if (host === void 0 || this.done) return;
    if ((flags & FLAG_COMMAND) === 0) {
      host.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "data frame received before the handshake completed"));
      return;
    }
    const name = commandName(body);
    if (name === void 0) {
      host.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_UNSPECIFIED", "malformed command during the handshake"));
      return;
    }
    if (name === READY && this.peerReady !== void 0) {
      host.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "second READY during the NULL handshake"));
      return;
    }
    if (name === READY) {
      const properties = parseProperties(commandData(body), "ERR_ZMTP_MALFORMED_COMMAND_READY", host.metadataLimits);
      if (properties instanceof Error) host.fail(properties);
      else if (this.awaitingZap) this.peerReady = properties;
      else this.finish(host, properties);
      return;
    }
    if (name === ERROR) {
      const reason = parseErrorReason(commandData(body));
      if (reason === void 0) host.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_ERROR", "malformed ERROR command"));
      else host.fail(peerErrorCommand(reason));
      return;
    }
    host.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", `unexpected ${name} command during the NULL handshake`));
  }
};

// src/zmtp/socket-types.ts
var PEERS = {
  REQ: ["REP", "ROUTER"],
  REP: ["REQ", "DEALER"],
  DEALER: ["REP", "DEALER", "ROUTER"],
  ROUTER: ["REQ", "DEALER", "ROUTER"],
  PUB: ["SUB", "XSUB"],
  XPUB: ["SUB", "XSUB"],
  SUB: ["PUB", "XPUB"],
  XSUB: ["PUB", "XPUB"],
  PUSH: ["PULL"],
  PULL: ["PUSH"],
  PAIR: ["PAIR"],
  CLIENT: ["SERVER"],
  SERVER: ["CLIENT"],
  RADIO: ["DISH"],
  DISH: ["RADIO"],
  SCATTER: ["GATHER"],
  GATHER: ["SCATTER"],
  PEER: ["PEER"],
  CHANNEL: ["CHANNEL"]
};
function socketTypesCompatible(ours, theirs) {
  return Object.hasOwn(PEERS, ours) && PEERS[ours].includes(theirs);
}
function peerSocketTypeError(ours, properties) {
  const type = getProperty(properties, "Socket-Type")?.toString("latin1");
  if (type === void 0 || socketTypesCompatible(ours, type)) return void 0;
  return protocolError("ERR_ZMTP_INVALID_METADATA", `socket type ${type} cannot talk to ${ours}`);
}
function sendsIdentity(socketType2) {
  return socketType2 === "REQ" || socketType2 === "DEALER" || socketType2 === "ROUTER";
}
var ZMTP2_TYPES = [
  "PAIR",
  "PUB",
  "SUB",
  "REQ",
  "REP",
  "DEALER",
  "ROUTER",
  "PULL",
  "PUSH",
  "XPUB",
  "XSUB",
  "STREAM",
  "SERVER",
  "CLIENT",
  "RADIO",
  "DISH",
  "GATHER",
  "SCATTER",
  "DGRAM",
  "PEER",
  "CHANNEL"
];
function zmtp2TypeCode(socketType2) {
  const code2 = ZMTP2_TYPES.indexOf(socketType2);
  return code2 < 0 ? void 0 : code2;
}
function zmtp2TypeName(code2) {
  return ZMTP2_TYPES[code2];
}

// src/zmtp/session.ts
var GREETING = 0;
var HANDSHAKE = 1;
var TRAFFIC = 2;
var CLOSED = 3;
var Session = class {
  transport;
  handler;
  clock;
  /** MechanismHost: the session is its mechanism's host (one object less per connection). */
  socketType;
  address;
  properties;
  metadataLimits;
  /** The configured mechanism; a ZMTP 2.0 peer gets its identity exchange instead (see `begin`). */
  mechanism;
  zmtp2 = false;
  maxMessageSize;
  heartbeatInterval;
  heartbeatTimeout;
  heartbeatTimeToLive;
  /** Our PING, made when heartbeats start. */
  pingFrame;
  subscriptionMessages;
  onHandlerError;
  phase = GREETING;
  wasReady = false;
  closing = false;
  pausedFlag = false;
  /** Reading stopped by the engine itself: an answer (PONG) is owed and the peer does not read our output. */
  answerHold = false;
  flushScheduled = false;
  blockedReported = false;
  peerInfo;
  /** MechanismHost: the peer's greeting. */
  peerMinor = 0;
  peerAsServer = false;
  subscriptionsAsMessages = false;
  codec;
  limit;
  /** What the socket sent before the handshake completed; made on first use. */
  pending;
  parts = [];
  budget;
  /** The PING (command body) a PONG is owed to: written at the next flush, or once the output drains; coalesced. */
  owedPong;
  /** PINGs the owed PONG answers (see PING_FLOOD_BURST). */
  pingsUnanswered = 0;
  /** Frames (and transport-level pings/pongs) received so far: heartbeat deadlines compare it (RFC 37 §PING). */
  activity = 0;
  pingMark = 0;
  ttlMark = 0;
  /** The shared deadline set this session waits in during its handshake, or its own timer's cancel. */
  handshakeDeadline;
  cancelHandshakeTimer;
  cancelHeartbeatTimer;
  cancelPingTimeout;
  cancelTtlTimer;
  cancelLingerTimer;
  cancelAnswerHold;
  /** Callbacks for the clock, made on first use: an idle connection does not pay a closure per timer kind. */
  flushTask;
  sendPingTask;
  constructor(transport, handler, options, clock) {
    this.transport = transport;
    this.handler = handler;
    this.clock = clock;
    this.socketType = options.socketType;
    this.address = options.address;
    this.mechanism = options.mechanism ?? new NullMechanism();
    this.maxMessageSize = options.maxMessageSize ?? -1;
    this.heartbeatInterval = Math.max(0, options.heartbeatInterval ?? 0);
    const timeout2 = options.heartbeatTimeout ?? -1;
    this.heartbeatTimeout = timeout2 < 0 ? this.heartbeatInterval : timeout2;
    this.heartbeatTimeToLive = options.heartbeatTimeToLive ?? 0;
    this.subscriptionMessages = options.subscriptionMessages ?? false;
    this.onHandlerError = options.onHandlerError;
    this.budget = new MessageBudget(
      messageLimits(this.maxMessageSize, options.messageSizeCeiling, options.maxMessageParts)
    );
    this.limit = handshakeFrameLimit(this.maxMessageSize, options.metadataLimits);
    this.metadataLimits = options.metadataLimits;
    this.properties = readyProperties(this.socketType, options.identity ?? EMPTY);
    const handshakeInterval = options.handshakeInterval ?? 3e4;
    if (handshakeInterval > 0) {
      this.handshakeDeadline = sharedDeadlines(clock, handshakeInterval);
      if (this.handshakeDeadline !== void 0) this.handshakeDeadline.add(this);
      else this.cancelHandshakeTimer = clock.after(handshakeInterval, () => this.expire());
    }
  }
  // ---- Link ---------------------------------------------------------------------------------------------------
  get peer() {
    return this.peerInfo;
  }
  get writable() {
    if (this.phase === CLOSED) return false;
    const blocked = this.transport.blocked || this.transport.queuedBytes >= BATCH_LIMIT;
    if (blocked) this.blockedReported = true;
    return !blocked;
  }
  send(parts) {
    if (this.phase === CLOSED || this.closing || parts.length === 0) return;
    if (this.phase !== TRAFFIC) {
      this.hold(parts);
      return;
    }
    if (this.codec === void 0) this.transport.message(parts);
    else this.queueMessage(parts);
    this.scheduleFlush();
  }
  subscribe(topic) {
    this.queueSubscription(true, topic);
  }
  cancel(topic) {
    this.queueSubscription(false, topic);
  }
  command(name, data) {
    if (this.phase === CLOSED || this.closing) return;
    const body = commandBody(name, data);
    if (this.phase !== TRAFFIC) {
      this.hold({ command: body });
      return;
    }
    this.queueFrame(FLAG_COMMAND, body);
    this.scheduleFlush();
  }
  pause(keepReading = false) {
    if (this.pausedFlag || this.phase === CLOSED) return;
    this.pausedFlag = true;
    if (!this.answerHold) this.transport.pauseReading(keepReading);
  }
  resume() {
    if (!this.pausedFlag || this.phase === CLOSED) return;
    this.pausedFlag = false;
    if (!this.answerHold) this.transport.resumeReading();
  }
  close(linger = -1) {
    if (this.phase === CLOSED) return;
    if (linger === 0) {
      this.transport.discard();
      this.pending = void 0;
      this.terminate(void 0, false);
      return;
    }
    if (this.closing) return;
    this.closing = true;
    this.stopHeartbeats();
    const wasPaused = this.paused;
    this.releaseAnswerHold(false);
    if (wasPaused) this.transport.resumeReading();
    if (linger > 0) this.cancelLingerTimer = this.clock.after(linger, () => this.onLingerExpired());
    if (this.phase === TRAFFIC) this.transport.end();
    else if (this.pending === void 0) this.terminate(void 0, false);
  }
  // ---- from the adapter ---------------------------------------------------------------------------------------
  /** Inbound frames still matter (false once closed, or while closing after the handshake). */
  get acceptsInput() {
    return this.phase !== CLOSED && !(this.closing && this.phase === TRAFFIC);
  }
  /** Whether the adapter should hand over frames now: input is accepted and the socket is not paused. */
  get receiving() {
    return !this.pausedFlag && !this.answerHold && this.acceptsInput;
  }
  /** Inbound reading is paused: by the socket (receive HWM), or by the engine while an answer waits for the peer. */
  get paused() {
    return this.pausedFlag || this.answerHold;
  }
  /** Largest frame body accepted now, -1 = unlimited: handshake frames are capped tighter than traffic. */
  get frameLimit() {
    return this.limit;
  }
  /** The peer's greeting (or WebSocket upgrade) is in: start the mechanism. */
  begin(peer) {
    if (this.phase !== GREETING) return;
    this.peerMinor = peer.minor;
    this.peerAsServer = peer.asServer;
    this.subscriptionsAsMessages = peer.subscriptionsAsMessages;
    if (peer.zmtp2Handshake !== void 0) {
      this.zmtp2 = true;
      this.mechanism = peer.zmtp2Handshake;
    }
    this.phase = HANDSHAKE;
    this.mechanism.start(this);
  }
  /** One frame from the peer (flags: MORE, COMMAND). */
  receive(flags, body) {
    const phase = this.phase;
    if (phase === CLOSED || this.closing && phase === TRAFFIC) return;
    this.activity++;
    if (phase === TRAFFIC) this.onFrame(flags, body);
    else if (phase === HANDSHAKE) this.mechanism.receive(flags, body);
    else this.abort(protocolError("ERR_ZMTP_UNSPECIFIED", "frame received before the greeting"));
  }
  /** Proof of life that is not a frame (a WebSocket ping or pong). */
  noteActivity() {
    this.activity++;
  }
  /** The peer ended its side. While closing in traffic the transport's finish ends the session instead. */
  peerEnded() {
    if (this.phase === CLOSED || this.closing && this.phase === TRAFFIC) return;
    this.terminate(void 0, false);
  }
  /** Close for a reason found by the adapter (bad greeting, undecodable frame, transport error) or none. */
  abort(error) {
    this.terminate(error, false);
  }
  /** The transport can take more again. */
  transportDrained() {
    if (this.phase === CLOSED) return;
    if (this.owedPong !== void 0 && !this.closing) {
      this.queueFrame(FLAG_COMMAND, pongBody(pingContext(this.owedPong)));
      this.owedPong = void 0;
      this.pingsUnanswered = 0;
      this.scheduleFlush();
    }
    this.releaseAnswerHold(true);
    if (!this.blockedReported) return;
    this.blockedReported = false;
    this.callHandler(() => this.handler.onDrain());
  }
  /** Our end(), requested by close(), is written. */
  transportFinished() {
    if (this.closing) this.terminate(void 0, false);
  }
  // ---- inbound ------------------------------------------------------------------------------------------------
  onFrame(flags, body) {
    if (this.codec !== void 0) {
      const plain = this.codec.decode(flags, body);
      if (isLinkError(plain)) {
        this.terminate(plain, false);
        return;
      }
      flags = plain.flags;
      body = plain.body;
    }
    if ((flags & FLAG_COMMAND) !== 0) {
      this.onCommand(body);
      return;
    }
    if (this.subscriptionMessages && body.length > 0 && body[0] <= 1) {
      const topic = Buffer.from(body.subarray(1));
      if (body[0] === 1) this.callHandler(() => this.handler.onSubscribe(topic));
      else this.callHandler(() => this.handler.onCancel(topic));
      if ((flags & FLAG_MORE) === 0 && this.parts.length > 0) this.deliver();
      return;
    }
    if ((flags & FLAG_MORE) === 0) {
      if (this.parts.length === 0) {
        this.handOver([body]);
        return;
      }
      this.parts.push(body);
      this.deliver();
      return;
    }
    this.parts.push(body);
    const overLimit = this.budget.addPart(body.length);
    if (overLimit !== void 0)
      this.terminate(overLimit, false);
    else this.limit = this.budget.frameLimit;
  }
  deliver() {
    const parts = this.parts;
    this.parts = [];
    this.budget.reset();
    this.limit = this.budget.frameLimit;
    this.handOver(parts);
  }
  handOver(parts) {
    try {
      this.handler.onMessage(parts);
    } catch (error) {
      this.handlerFailed(error);
    }
  }
  onCommand(body) {
    if (this.zmtp2) {
      this.terminate(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "command frame from a ZMTP 2.0 peer"), false);
      return;
    }
    if (isPing(body)) {
      this.onPing(body);
      return;
    }
    const name = commandName(body);
    if (name === void 0) return;
    switch (name) {
      case PONG:
        return;
      // liveness already counted
      case SUBSCRIBE:
      case CANCEL: {
        if (!this.subscriptionMessages) return;
        const topic = Buffer.from(commandData(body));
        if (name === SUBSCRIBE) this.callHandler(() => this.handler.onSubscribe(topic));
        else this.callHandler(() => this.handler.onCancel(topic));
        return;
      }
      case ERROR:
        this.terminate(peerErrorCommand(parseErrorReason(commandData(body)) ?? ""), false);
        return;
      case READY:
        this.terminate(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "READY after the handshake"), false);
        return;
      default: {
        const onCommand = this.handler.onCommand;
        if (onCommand !== void 0) this.callHandler(() => onCommand.call(this.handler, name, commandData(body)));
        return;
      }
    }
  }
  /** Recognised from its bytes, and nothing allocated per PING: a flood of them must cost no memory. */
  onPing(body) {
    if (this.transport.blocked) {
      this.owedPong = Buffer.from(body.subarray(0, MAX_PING_BODY));
      this.holdForAnswer(ANSWER_HOLD_LIMIT);
    } else {
      if (++this.pingsUnanswered > PING_FLOOD_BURST) this.holdForAnswer(PING_FLOOD_PAUSE);
      this.owedPong = body;
      this.scheduleFlush();
    }
    const ttl2 = pingTtl(body);
    if (ttl2 > 0 && this.cancelTtlTimer === void 0) {
      this.ttlMark = this.activity;
      this.cancelTtlTimer = this.clock.after(ttl2 * 100, () => this.onTtlExpired());
    }
  }
  callHandler(call) {
    try {
      call();
    } catch (error) {
      this.handlerFailed(error);
    }
  }
  // ---- handshake ----------------------------------------------------------------------------------------------
  /** MechanismHost: handshake frames go out at once, nothing to batch and the peer is waiting. */
  sendCommand(body) {
    this.sendFrame(FLAG_COMMAND, body);
  }
  sendFrame(flags, body) {
    if (this.phase === CLOSED) return;
    this.transport.frame(flags, body);
    this.transport.flush();
  }
  /** MechanismHost: the handshake succeeded. */
  complete(properties, codec) {
    this.completeHandshake(properties, codec);
  }
  /** MechanismHost: the handshake failed; what was queued (an ERROR) is flushed before the transport ends. */
  fail(error) {
    this.terminate(error, true);
  }
  hold(item) {
    if (this.pending === void 0) this.pending = [item];
    else this.pending.push(item);
  }
  completeHandshake(properties, codec) {
    if (this.phase !== HANDSHAKE) return;
    const refused = peerSocketTypeError(this.socketType, properties);
    if (refused) {
      this.terminate(refused, false);
      return;
    }
    const type = getProperty(properties, "Socket-Type")?.toString("latin1");
    this.peerInfo = {
      socketType: type,
      identity: getProperty(properties, "Identity") ?? EMPTY,
      properties,
      minor: this.peerMinor,
      address: this.address
    };
    this.codec = codec;
    this.phase = TRAFFIC;
    this.wasReady = true;
    this.limit = this.budget.frameLimit;
    this.stopHandshakeDeadline();
    const held = this.pending ?? [];
    this.pending = void 0;
    for (const item of held) {
      if (Array.isArray(item)) this.queueMessage(item);
      else if ("command" in item) this.queueFrame(FLAG_COMMAND, item.command);
      else this.writeSubscription(item.subscribe, item.topic);
    }
    this.scheduleFlush();
    if (this.closing) {
      this.transport.end();
      return;
    }
    this.startHeartbeats();
    this.callHandler(() => this.handler.onReady(this.peerInfo));
  }
  /** The handshake deadline passed (Expiring, for the shared deadline set). */
  expire() {
    this.cancelHandshakeTimer = void 0;
    this.handshakeDeadline = void 0;
    if (this.phase === GREETING || this.phase === HANDSHAKE) {
      this.terminate(linkError("timeout", "ETIMEDOUT", "handshake timed out"), false);
    }
  }
  stopHandshakeDeadline() {
    this.handshakeDeadline?.delete(this);
    this.handshakeDeadline = void 0;
    this.cancelHandshakeTimer?.();
    this.cancelHandshakeTimer = void 0;
  }
  // ---- engine answers under backpressure ----------------------------------------------------------------------
  /**
   * Stop reading while the answer the engine owes cannot be written, so a peer that sends commands without reading
   * the answers is throttled instead of costing queue space. The hold is bounded: two engines that each owe the other
   * an answer while neither reads would otherwise wait forever, so after ANSWER_HOLD_LIMIT reading resumes (the
   * answer stays coalesced, never queued) until the next command that needs an answer. A PING flood from a peer
   * that reads is held PING_FLOOD_PAUSE at a time, every PING_FLOOD_BURST PINGs.
   */
  holdForAnswer(limit) {
    if (this.answerHold || this.closing) return;
    this.answerHold = true;
    if (!this.pausedFlag) this.transport.pauseReading();
    this.cancelAnswerHold = this.clock.after(limit, () => this.onAnswerHoldExpired());
  }
  releaseAnswerHold(resumeTransport) {
    this.cancelAnswerHold?.();
    this.cancelAnswerHold = void 0;
    if (!this.answerHold) return;
    this.answerHold = false;
    if (resumeTransport && !this.pausedFlag && this.phase !== CLOSED) this.transport.resumeReading();
  }
  onAnswerHoldExpired() {
    this.cancelAnswerHold = void 0;
    this.releaseAnswerHold(true);
  }
  // ---- heartbeats (RFC 37 §PING, §PONG) --------------------------------------------------------------------------
  pingTask() {
    this.sendPingTask ??= () => this.sendPing();
    return this.sendPingTask;
  }
  startHeartbeats() {
    if (this.heartbeatInterval <= 0 || this.zmtp2) return;
    this.cancelHeartbeatTimer = this.clock.after(this.heartbeatInterval, this.pingTask());
  }
  stopHeartbeats() {
    this.cancelHeartbeatTimer?.();
    this.cancelPingTimeout?.();
    this.cancelTtlTimer?.();
    this.cancelHeartbeatTimer = this.cancelPingTimeout = this.cancelTtlTimer = void 0;
  }
  sendPing() {
    this.cancelHeartbeatTimer = void 0;
    if (this.phase !== TRAFFIC || this.closing) return;
    this.cancelHeartbeatTimer = this.clock.after(this.heartbeatInterval, this.pingTask());
    if (this.transport.blocked) return;
    if (this.transport.ping !== void 0) {
      this.transport.ping();
    } else {
      this.pingFrame ??= pingBody(ttlToDeciseconds(this.heartbeatTimeToLive));
      this.queueFrame(FLAG_COMMAND, this.pingFrame);
      this.scheduleFlush();
    }
    if (this.cancelPingTimeout === void 0 && this.heartbeatTimeout > 0) {
      this.pingMark = this.activity;
      this.cancelPingTimeout = this.clock.after(this.heartbeatTimeout, () => this.onPingTimeout());
    }
  }
  /** Silence counts only while we are reading: a paused link (receive HWM, answer hold) is not a dead peer. */
  onPingTimeout() {
    this.cancelPingTimeout = void 0;
    if (this.activity === this.pingMark && !this.paused) {
      this.terminate(linkError("timeout", "ETIMEDOUT", "heartbeat timed out: no traffic from the peer"), false);
    }
  }
  onTtlExpired() {
    this.cancelTtlTimer = void 0;
    if (this.activity === this.ttlMark && !this.paused) {
      this.terminate(linkError("timeout", "ETIMEDOUT", "heartbeat TTL announced by the peer expired"), false);
    }
  }
  // ---- outbound -----------------------------------------------------------------------------------------------
  queueFrame(flags, body) {
    if (this.codec === void 0) {
      this.transport.frame(flags, body);
    } else if (this.codec.encodeInto !== void 0 && this.transport.reserveFrame !== void 0) {
      const at = this.transport.reserveFrame(0, this.codec.wireLength(body.length));
      this.codec.encodeInto(flags, body, this.transport.batch, at);
    } else {
      const wire = this.codec.encode(flags, body);
      this.transport.frame(wire.flags, wire.body);
    }
  }
  queueMessage(parts) {
    const last = parts.length - 1;
    for (let i = 0; i <= last; i++) this.queueFrame(i < last ? FLAG_MORE : 0, parts[i]);
  }
  queueSubscription(subscribe, topic) {
    if (this.phase === CLOSED || this.closing) return;
    if (this.phase !== TRAFFIC) {
      this.hold({ subscribe, topic });
      return;
    }
    this.writeSubscription(subscribe, topic);
    this.scheduleFlush();
  }
  /** RFC 37: commands for 3.1 peers; `01`/`00`-prefixed messages for 3.0 peers (RFC 23) and ZWS 2.0 (RFC 45). */
  writeSubscription(subscribe, topic) {
    if (!this.subscriptionsAsMessages && this.peerMinor >= 1) {
      this.queueFrame(FLAG_COMMAND, subscribe ? subscribeBody(topic) : cancelBody(topic));
      return;
    }
    const body = Buffer.allocUnsafe(1 + topic.length);
    body[0] = subscribe ? 1 : 0;
    topic.copy(body, 1);
    this.queueFrame(0, body);
  }
  scheduleFlush() {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    this.flushTask ??= () => this.flush();
    this.clock.defer(this.flushTask);
  }
  /** One write per turn of the event loop. */
  flush() {
    this.flushScheduled = false;
    if (this.phase === CLOSED) return;
    if (this.owedPong !== void 0 && !this.closing && !this.transport.blocked) {
      this.queueFrame(FLAG_COMMAND, pongBody(pingContext(this.owedPong)));
      this.owedPong = void 0;
      this.pingsUnanswered = 0;
    }
    this.transport.flush();
    if (this.blockedReported && !this.transport.blocked) {
      this.blockedReported = false;
      this.callHandler(() => this.handler.onDrain());
    }
  }
  // ---- closing ------------------------------------------------------------------------------------------------
  onLingerExpired() {
    this.cancelLingerTimer = void 0;
    this.terminate(void 0, false);
  }
  /**
   * Close for good: stop timers, release the transport, and report `onClose` once from a fresh stack. With `flush`,
   * frames queued so far (e.g. a mechanism's ERROR) are written before the transport ends.
   */
  terminate(error, flush) {
    if (this.phase === CLOSED) return;
    this.phase = CLOSED;
    this.stopHeartbeats();
    this.stopHandshakeDeadline();
    this.cancelLingerTimer?.();
    this.cancelLingerTimer = void 0;
    this.pending = void 0;
    this.parts = [];
    this.owedPong = void 0;
    this.releaseAnswerHold(false);
    try {
      this.mechanism.close?.();
    } catch {
    }
    if (!flush) this.transport.discard();
    this.transport.destroy(flush, error);
    const handshakeDone = this.wasReady;
    this.clock.defer(() => this.callHandler(() => this.handler.onClose(error, handshakeDone)));
  }
  handlerFailed(error) {
    if (this.onHandlerError !== void 0) this.onHandlerError(error);
    else this.closeOnHandlerError(error);
  }
  closeOnHandlerError(error) {
    this.terminate(isLinkError(error) ? error : handlerError(error), false);
  }
};
var sharedProperties = /* @__PURE__ */ new Map();
function readyProperties(socketType2, identity) {
  const withIdentity = sendsIdentity(socketType2);
  if (withIdentity && identity.length > 0) {
    return [
      ["Socket-Type", Buffer.from(socketType2, "latin1")],
      ["Identity", identity]
    ];
  }
  let properties = sharedProperties.get(socketType2);
  if (properties === void 0) {
    const type = ["Socket-Type", Buffer.from(socketType2, "latin1")];
    properties = Object.freeze(withIdentity ? [type, ["Identity", EMPTY]] : [type]);
    sharedProperties.set(socketType2, properties);
  }
  return properties;
}
var MAX_PING_BODY = 7 + MAX_PING_CONTEXT;
var ANSWER_HOLD_LIMIT = 1e3;
var PING_FLOOD_BURST = 64;
var PING_FLOOD_PAUSE = 10;
var HANDSHAKE_OVERHEAD = 1024;
function handshakeFrameLimit(maxMessageSize, metadata2 = DEFAULT_METADATA_LIMITS) {
  let limit = HANDSHAKE_FRAME_LIMIT;
  if (maxMessageSize >= 0) limit = Math.min(limit, maxMessageSize);
  if (metadata2.maxBytes >= 0) limit = Math.min(limit, metadata2.maxBytes + HANDSHAKE_OVERHEAD);
  return limit;
}
function handlerError(error) {
  const message2 = error instanceof Error ? error.message : String(error);
  return linkError("protocol", "ERR_ZMTP_UNSPECIFIED", `error while handling the peer's input: ${message2}`);
}

// src/transports/zmtp-stream.ts
var HOLD_MS = 20;
var FAIL_FLUSH_MS = 1e3;
function openZmtpStream(stream2, handler, options, clock = nodeClock) {
  return new ZmtpStream(stream2, handler, options, clock).session;
}
var ADAPTER = Symbol("purezmq.zmtpStream");
var ZmtpStream = class {
  constructor(stream2, handler, options, clock) {
    this.stream = stream2;
    this.clock = clock;
    this.session = new Session(this, handler, options, clock);
    const mechanism = this.session.mechanism;
    this.ours = sharedGreeting(mechanism.name, mechanism.asServer);
    this.identity = options.identity ?? EMPTY;
    this.socketType = options.socketType;
    stream2[ADAPTER] = this;
    stream2.on("data", onStreamData);
    stream2.on("end", onStreamEnd);
    stream2.on("error", onStreamError);
    stream2.on("close", onStreamClose);
    stream2.on("drain", onStreamDrain);
    stream2.write(this.ours.head);
  }
  session;
  /** Until the peer's greeting has been read; then released. */
  greeting = new GreetingReader();
  /** Made once the greeting is done: a connection that stalls in it never needs them. */
  decoder;
  writer;
  ours;
  identity;
  socketType;
  greetingSent = false;
  greetingDone = false;
  /** The peer's greeting is in, the handshake starts next turn; frames are only buffered until then. */
  holding = false;
  cancelHold;
  eof = false;
  drainScheduled = false;
  // ---- SessionTransport
  frame(flags, body) {
    this.output().frame(flags, body);
  }
  message(parts) {
    this.output().message(parts);
  }
  output() {
    this.writer ??= new FrameWriter();
    return this.writer;
  }
  reserveFrame(flags, length) {
    return this.output().reserveFrame(flags, length);
  }
  get batch() {
    return this.output().batch;
  }
  get queuedBytes() {
    return this.writer === void 0 ? 0 : this.writer.pending;
  }
  get blocked() {
    return this.stream.writableNeedDrain;
  }
  /** One write, or one corked writev when large bodies are kept by reference. */
  flush() {
    const writer = this.writer;
    if (writer === void 0) return;
    const out = writer.take();
    const stream2 = this.stream;
    if (out.length === 0 || stream2.destroyed || stream2.writableEnded) return;
    if (out.length === 1) {
      stream2.write(out[0]);
      return;
    }
    stream2.cork();
    for (const piece of out) stream2.write(piece);
    stream2.uncork();
  }
  discard() {
    this.writer?.take();
  }
  /** With `keepReading` the stream flows on into the decoder, which is not asked for frames until resumed. */
  pauseReading(keepReading = false) {
    if (!keepReading) this.stream.pause();
  }
  /**
   * Frames already buffered are decoded first, and the stream resumed only if that did not pause the session again:
   * resuming at once would take in another chunk per resume, and a session that pauses after a few frames each time
   * (PING_FLOOD_PAUSE) would pile chunks up in the decoder.
   */
  resumeReading() {
    if (this.drainScheduled) return;
    this.drainScheduled = true;
    this.clock.defer(() => this.drainAfterResume());
  }
  end() {
    this.flush();
    const stream2 = this.stream;
    if (!stream2.writableEnded) {
      stream2.once("finish", onStreamFinish);
      stream2.end();
    }
    if (stream2.writableFinished) this.session.transportFinished();
  }
  destroy(flush) {
    const stream2 = this.stream;
    stream2.on("error", ignore);
    if (flush && (this.queuedBytes > 0 || stream2.writableLength > 0) && !stream2.destroyed && !stream2.writableEnded) {
      this.flush();
      stream2.end();
      const cancel = this.clock.after(FAIL_FLUSH_MS, () => stream2.destroy());
      stream2.once("finish", () => {
        cancel();
        stream2.destroy();
      });
      return;
    }
    this.writer?.take();
    stream2.destroy();
  }
  // ---- inbound
  onData(data) {
    const session2 = this.session;
    if (!session2.acceptsInput) return;
    try {
      const chunk = typeof data === "string" ? Buffer.from(data, "latin1") : data;
      if (this.greetingDone) {
        this.decoder.push(chunk);
        if (this.holding)
          this.startHandshake();
        else this.processFrames();
        return;
      }
      const greeting2 = this.greeting;
      const complete = greeting2.push(chunk);
      let sentNow = false;
      if (!this.greetingSent && greeting2.major !== void 0) {
        this.sendGreetingRest(greeting2.major);
        sentNow = true;
      }
      if (!complete) return;
      this.greetingDone = true;
      const decoder = new FrameDecoder(session2.frameLimit);
      this.decoder = decoder;
      const rest = greeting2.rest;
      greeting2.rest = void 0;
      if (rest !== void 0) decoder.push(rest);
      if (sentNow && rest === void 0 && greeting2.error === void 0 && session2.mechanism.name === "NULL") {
        this.holding = true;
        this.cancelHold = this.clock.after(HOLD_MS, () => this.startHandshake());
        return;
      }
      this.startHandshake();
    } catch (error) {
      session2.abort(internalError(error));
    }
  }
  startHandshake() {
    this.holding = false;
    this.cancelHold?.();
    this.cancelHold = void 0;
    if (!this.session.acceptsInput) return;
    try {
      if (this.onGreeting()) this.processFrames();
    } catch (error) {
      this.session.abort(internalError(error));
    }
  }
  /** The peer's version is known: finish our greeting in its form (RFC 23 §Version Negotiation). */
  sendGreetingRest(major) {
    this.greetingSent = true;
    if (major !== ZMTP2_REVISION) {
      this.stream.write(this.ours.tail);
      return;
    }
    const code2 = zmtp2TypeCode(this.socketType);
    if (code2 !== void 0 && this.session.mechanism.name === "NULL") this.stream.write(Buffer.of(code2));
  }
  /** Returns true when the handshake may go on. */
  onGreeting() {
    const { error, greeting: greeting2 } = this.greeting;
    this.greeting = void 0;
    const session2 = this.session;
    if (error !== void 0 || greeting2 === void 0) {
      session2.abort(error);
      return false;
    }
    if (greeting2.major === ZMTP2_REVISION) return this.beginZmtp2(greeting2.socketType);
    if (!greeting2.mechanism.equals(this.ours.mechanism)) {
      const theirs = greeting2.mechanism.toString("latin1").replace(/\0+$/, "");
      session2.abort(
        protocolError("ERR_ZMTP_MECHANISM_MISMATCH", `peer uses mechanism ${theirs}, we use ${session2.mechanism.name}`)
      );
      return false;
    }
    const minor = greeting2.major > 3 ? 1 : greeting2.minor;
    session2.begin({ minor, asServer: greeting2.asServer, subscriptionsAsMessages: false });
    return session2.receiving;
  }
  /** RFC 15: NULL security only (libzmq refuses 2.0 peers when a mechanism is configured), routing ids exchanged. */
  beginZmtp2(peerType) {
    const session2 = this.session;
    if (session2.mechanism.name !== "NULL") {
      session2.abort(
        protocolError("ERR_ZMTP_MECHANISM_MISMATCH", `a ZMTP 2.0 peer has no ${session2.mechanism.name} security`)
      );
      return false;
    }
    if (zmtp2TypeCode(this.socketType) === void 0) {
      session2.abort(
        protocolError("ERR_ZMTP_UNSPECIFIED", `a ZMTP 2.0 peer cannot talk to a ${this.socketType} socket`)
      );
      return false;
    }
    const handshake2 = new RoutingIdMechanism(this.identity, zmtp2TypeName(peerType), "ZMTP 2.0");
    session2.begin({ minor: 0, asServer: false, subscriptionsAsMessages: true, zmtp2Handshake: handshake2 });
    return session2.receiving;
  }
  processFrames() {
    if (this.decodeFrames(this.decoder, false) && this.eof && !this.session.paused) this.session.peerEnded();
  }
  /**
   * Hands decoded frames to the session while it is receiving, or with `evenPaused` while it accepts input at all
   * (the peer has ended: nothing more arrives). False when a frame was malformed and the session aborted.
   */
  decodeFrames(decoder, evenPaused) {
    const session2 = this.session;
    while (evenPaused ? session2.acceptsInput : session2.receiving) {
      decoder.limit = session2.frameLimit;
      const result = decoder.next();
      if (result === NEED_MORE) break;
      if (result === DECODE_ERROR) {
        session2.abort(decoder.error);
        return false;
      }
      session2.receive(decoder.flags, decoder.body);
    }
    return true;
  }
  drainAfterResume() {
    this.drainScheduled = false;
    const session2 = this.session;
    if (session2.receiving && !this.holding && this.decoder !== void 0) {
      try {
        this.processFrames();
      } catch (error) {
        session2.abort(internalError(error));
        return;
      }
    }
    if (session2.receiving || !session2.acceptsInput) this.stream.resume();
  }
  onEnd() {
    this.eof = true;
    if (this.holding) return;
    const session2 = this.session;
    if (!session2.paused) {
      session2.peerEnded();
      return;
    }
    if (this.decoder !== void 0 && this.decoder.bufferedBytes > 0 && session2.acceptsInput) {
      try {
        this.decodeFrames(this.decoder, true);
      } catch (error) {
        session2.abort(internalError(error));
        return;
      }
    }
    session2.peerEnded();
  }
};
function onStreamData(data) {
  this[ADAPTER].onData(data);
}
function onStreamEnd() {
  this[ADAPTER].onEnd();
}
function onStreamError(error) {
  this[ADAPTER].session.abort(linkError("transport", error.code ?? "EIO", error.message));
}
function onStreamClose() {
  this[ADAPTER].session.abort(void 0);
}
function onStreamDrain() {
  this[ADAPTER].session.transportDrained();
}
function onStreamFinish() {
  this[ADAPTER].session.transportFinished();
}
function ignore() {
}
var greetings = /* @__PURE__ */ new Map();
function sharedGreeting(name, asServer) {
  const key = `${asServer ? "S" : "C"}${name}`;
  let ours = greetings.get(key);
  if (ours === void 0) {
    const greeting2 = buildGreeting(name, asServer);
    ours = {
      head: greeting2.subarray(0, GREETING_HEAD_SIZE),
      tail: greeting2.subarray(GREETING_HEAD_SIZE),
      mechanism: mechanismField(name)
    };
    greetings.set(key, ours);
  }
  return ours;
}
function internalError(error) {
  const message2 = error instanceof Error ? error.message : String(error);
  return linkError("protocol", "ERR_ZMTP_UNSPECIFIED", `internal error while decoding: ${message2}`);
}

// src/transports/stream-peer.ts
function streamPeer(stream2) {
  return new StreamPeer(stream2);
}
var StreamPeer = class {
  constructor(stream2) {
    this.stream = stream2;
  }
  /** Asked only when needed (ZAP): Node's getter costs a getpeername call. */
  get remoteAddress() {
    return this.stream.remoteAddress;
  }
  open(handler, spec) {
    const stream2 = this.stream;
    return spec.raw ? new RawLink(stream2, handler, spec.session.address) : openZmtpStream(stream2, handler, spec.session);
  }
  refuse() {
    this.stream.destroy();
  }
};
function dialingConnecter(address2, attempt, toPeer, context3) {
  const dialer = new Dialer(address2, attempt, context3.options, {
    onStream: (connection) => context3.connected(toPeer(connection)),
    onConnectDelay: () => context3.connectDelayed(),
    onConnectRetry: (_address, interval) => context3.connectRetried(interval)
  });
  dialer.start();
  return { reconnect: () => dialer.reconnect(), close: () => dialer.close(), retries: true };
}

// src/transports/ipc.ts
var ipc = {
  scheme: "ipc",
  monitored: true,
  parse: parseIpc,
  listen: (endpoint, context3) => {
    if (endpoint.abstract) warnIfAbstractIpcPadded();
    return listen(endpoint, context3.options, (stream2) => context3.accepted(streamPeer(stream2)));
  },
  connect: (endpoint, context3) => {
    if (endpoint.abstract) warnIfAbstractIpcPadded();
    return dialingConnecter(endpoint.address, dialIpc(endpoint.path), streamPeer, context3);
  }
};

// src/transports/tcp.ts
var tcp = {
  scheme: "tcp",
  monitored: true,
  parse: parseTcp,
  listen: (endpoint, context3) => listen(endpoint, context3.options, (stream2) => context3.accepted(streamPeer(stream2))),
  connect: (endpoint, context3) => dialingConnecter(endpoint.address, dialTcp(endpoint, context3.options), streamPeer, context3)
};

// src/transports/udp.ts
import { createSocket } from "dgram";
import { lookup as lookup2 } from "dns/promises";
import { isIPv4 as isIPv42 } from "net";
var MAX_DATAGRAM = 8192;
var EMPTY2 = Buffer.alloc(0);
function encodeGroupDatagram(group, body) {
  const size = 1 + group.length + body.length;
  if (group.length > 255 || size > MAX_DATAGRAM) return void 0;
  const datagram = Buffer.allocUnsafe(size);
  datagram[0] = group.length;
  group.copy(datagram, 1);
  body.copy(datagram, 1 + group.length);
  return datagram;
}
function decodeGroupDatagram(datagram) {
  if (datagram.length < 1) return void 0;
  const groupEnd = 1 + datagram[0];
  if (groupEnd > datagram.length) return void 0;
  return [datagram.subarray(1, groupEnd), datagram.subarray(groupEnd)];
}
function addressPart(remote) {
  return Buffer.from(`${remote.address}:${remote.port}\0`, "latin1");
}
function parseAddressPart(part) {
  const text2 = part.toString("latin1").replace(/\0+$/, "");
  const colon = text2.lastIndexOf(":");
  if (colon < 0) return void 0;
  const host = text2.slice(0, colon);
  const portText = text2.slice(colon + 1);
  if (!isIPv42(host) || !/^\d{1,5}$/.test(portText)) return void 0;
  const port = Number(portText);
  return port >= 1 && port <= 65535 ? { host, port } : void 0;
}
async function openUdp(endpoint, role, options) {
  const multicast = isMulticastIPv4(endpoint.host);
  const ifaceAddress = await interfaceAddress2(endpoint);
  const socket = createSocket({ type: "udp4", reuseAddr: role !== "radio" });
  try {
    if (role === "radio") {
      const target = multicast || isIPv42(endpoint.host) ? endpoint.host : await resolveTarget(endpoint);
      await bindSocket(socket, 0, void 0, endpoint.address);
      if (multicast) {
        socket.setMulticastTTL(Math.min(255, Math.max(0, options.multicastHops)));
        socket.setMulticastLoopback(true);
        if (ifaceAddress !== void 0) socket.setMulticastInterface(ifaceAddress);
      }
      return new UdpLink(socket, role, endpoint.address, { host: target, port: endpoint.port });
    }
    if (multicast) {
      await bindSocket(socket, endpoint.port, "0.0.0.0", endpoint.address);
      try {
        socket.addMembership(endpoint.host, ifaceAddress);
      } catch (error) {
        throw transportError(error, endpoint.address);
      }
    } else {
      const host = await resolveBindHost(endpoint.host, false);
      if (host === void 0) throw zmqError("ENODEV", void 0, endpoint.address);
      await bindSocket(socket, endpoint.port, host, endpoint.address);
    }
    return new UdpLink(socket, role, endpoint.address, void 0);
  } catch (error) {
    socket.close();
    throw error;
  }
}
async function interfaceAddress2(endpoint) {
  if (endpoint.iface === void 0 || endpoint.iface === "*") return void 0;
  const address2 = await resolveBindHost(endpoint.iface, false);
  if (address2 === void 0) throw zmqError("ENODEV", void 0, endpoint.address);
  return address2;
}
async function resolveTarget(endpoint) {
  try {
    return (await lookup2(endpoint.host, { family: 4 })).address;
  } catch {
    throw zmqError("EINVAL", void 0, endpoint.address);
  }
}
function bindSocket(socket, port, host, address2) {
  return new Promise((resolve2, reject) => {
    const failed = (error) => reject(transportError(error, address2));
    socket.once("error", failed);
    socket.bind(port, host, () => {
      socket.off("error", failed);
      resolve2();
    });
  });
}
function udpPeer(address2) {
  return { socketType: void 0, identity: EMPTY2, properties: /* @__PURE__ */ new Map(), minor: 1, address: address2, allGroups: true };
}
var UdpLink = class {
  constructor(socket, role, address2, target) {
    this.socket = socket;
    this.role = role;
    this.target = target;
    this.peer = udpPeer(address2);
    socket.unref();
  }
  peer;
  writable = true;
  paused = false;
  closed = false;
  handler;
  /** The local udp address, once bound. */
  get localPort() {
    return this.socket.address().port;
  }
  start(handler) {
    this.handler = handler;
    this.socket.on("error", () => {
    });
    if (this.role !== "radio") this.socket.on("message", this.onDatagram);
    process.nextTick(() => {
      if (!this.closed) handler.onReady(this.peer);
    });
  }
  send(parts) {
    if (this.closed || parts.length !== 2) return;
    if (this.role === "radio") {
      const datagram = encodeGroupDatagram(parts[0], parts[1]);
      if (datagram !== void 0) this.socket.send(datagram, this.target.port, this.target.host);
    } else if (this.role === "dgram") {
      const to = parseAddressPart(parts[0]);
      if (to !== void 0 && parts[1].length <= MAX_DATAGRAM) this.socket.send(parts[1], to.port, to.host);
    }
  }
  subscribe() {
  }
  cancel() {
  }
  /** While the socket's receive queue is full, datagrams are dropped (libzmq drops what its pipe cannot take). */
  pause(keepReading = false) {
    if (!keepReading) this.paused = true;
  }
  resume() {
    this.paused = false;
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    this.socket.close();
    process.nextTick(() => this.handler?.onClose(void 0, true));
  }
  onDatagram = (datagram, remote) => {
    const handler = this.handler;
    if (this.closed || this.paused || handler === void 0 || datagram.length > MAX_DATAGRAM) return;
    if (this.role === "dgram") {
      handler.onMessage([addressPart(remote), datagram]);
      return;
    }
    const parts = decodeGroupDatagram(datagram);
    if (parts !== void 0) handler.onMessage(parts);
  };
};
function udpConnection(link2) {
  return {
    open(handler) {
      link2.start(handler);
      return link2;
    },
    refuse: () => link2.close()
  };
}
var BIND_ROLES = { DISH: "dish", DGRAM: "dgram" };
var udp = {
  scheme: "udp",
  monitored: false,
  reportsBindErrors: true,
  parse: parseUdp,
  supports: (socketType2, purpose) => purpose === "bind" ? socketType2 in BIND_ROLES : socketType2 === "RADIO",
  presetPeer: udpPeer,
  async listen(endpoint, context3) {
    const link2 = await openUdp(endpoint, BIND_ROLES[context3.socketType], {
      multicastHops: context3.options.multicastHops
    });
    context3.accepted(udpConnection(link2));
    const iface = endpoint.iface === void 0 ? "" : `${endpoint.iface};`;
    return { endpoint: `${iface}${endpoint.host}:${link2.localPort}`, close: () => Promise.resolve() };
  },
  connect(endpoint, context3) {
    let cancelled = false;
    openUdp(endpoint, "radio", { multicastHops: context3.options.multicastHops }).then(
      (link2) => {
        if (cancelled) link2.close();
        else context3.connected(udpConnection(link2));
      },
      // An unresolvable host: like a tcp peer that never answers, the endpoint just never delivers.
      () => {
      }
    );
    return {
      reconnect() {
      },
      close() {
        cancelled = true;
      },
      retries: false
    };
  }
};

// src/transports/ws.ts
import { createServer as createHttpServer } from "http";
import { createServer as createHttpsServer } from "https";
import { createRequire } from "module";
import { connect as netConnect, isIP as isIP4 } from "net";
import {
  checkServerIdentity as tlsCheckIdentity,
  connect as tlsConnect,
  rootCertificates
} from "tls";

// src/zmtp/zws.ts
var ZWS_MORE = 1;
var ZWS_COMMAND = 2;
var ZWS_RESERVED = ~(ZWS_MORE | ZWS_COMMAND) & 255;
function zwsProtocol(mechanism) {
  return `ZWS2.0/${mechanism}`;
}
var ZWS_NO_MECHANISM = "ZWS2.0";
function zwsOffer(mechanism) {
  return mechanism === "NULL" ? [zwsProtocol("NULL"), ZWS_NO_MECHANISM] : [zwsProtocol(mechanism)];
}
function zwsChoose(offered, mechanism) {
  return zwsOffer(mechanism).find((protocol) => offered.includes(protocol));
}
function encodeZwsFrame(flags, body) {
  const message2 = Buffer.allocUnsafe(1 + body.length);
  message2[0] = ((flags & FLAG_MORE) !== 0 ? ZWS_MORE : 0) | ((flags & FLAG_COMMAND) !== 0 ? ZWS_COMMAND : 0);
  message2.set(body, 1);
  return message2;
}
function decodeZwsFrame(message2, limit) {
  if (message2.length === 0) return protocolError("ERR_ZMTP_UNSPECIFIED", "empty ZWS message (no flags byte)");
  const flags = message2[0];
  if ((flags & ZWS_RESERVED) !== 0) {
    return protocolError("ERR_ZMTP_UNSPECIFIED", `ZWS flags byte 0x${flags.toString(16)} has reserved bits set`);
  }
  const size = message2.length - 1;
  if (limit >= 0 && size > limit) {
    return protocolError("ERR_ZMTP_UNSPECIFIED", `frame of ${size} bytes exceeds maxMessageSize ${limit}`);
  }
  const command2 = (flags & ZWS_COMMAND) !== 0;
  return {
    // a command is a single frame: MORE means nothing on it
    flags: command2 ? FLAG_COMMAND : (flags & ZWS_MORE) !== 0 ? FLAG_MORE : 0,
    body: message2.subarray(1)
  };
}

// src/transports/ws-endpoint.ts
function parseWs(scheme) {
  return (address2, rest, purpose) => {
    const slash = rest.indexOf("/");
    const hostPort = slash < 0 ? rest : rest.slice(0, slash);
    const path = slash < 0 ? "/" : rest.slice(slash);
    if (purpose === "connect" && !isConnectableSyntax(hostPort)) throw zmqError("EINVAL", void 0, address2);
    const { host, port } = splitHostPort(address2, hostPort, purpose === "bind");
    if (/[\s#]/.test(path)) throw zmqError("EINVAL", void 0, address2);
    return { transport: scheme, host, port, path, address: address2 };
  };
}

// src/transports/zws-stream.ts
var ZwsStream = class {
  constructor(socket, handler, options, clock) {
    this.socket = socket;
    this.clock = clock;
    const bare = socket.protocol === ZWS_NO_MECHANISM && (options.mechanism?.name ?? "NULL") === "NULL";
    this.expected = bare ? ZWS_NO_MECHANISM : zwsProtocol(options.mechanism?.name ?? "NULL");
    const mechanism = bare ? new RoutingIdMechanism(options.identity ?? EMPTY) : options.mechanism;
    this.session = new Session(this, handler, { ...options, mechanism }, clock);
    if (socket.ping !== void 0) this.ping = () => socket.ping();
  }
  session;
  queue = [];
  queued = 0;
  /** Messages that arrived while the session was paused (a WebSocket may deliver a few after pause()). */
  held = [];
  replayScheduled = false;
  closeRequested = false;
  ping;
  /** The subprotocol our mechanism needs. */
  expected;
  /** The socket is open: check the chosen subprotocol and start the mechanism. */
  opened() {
    const session2 = this.session;
    const wanted = this.expected;
    if (this.socket.protocol !== wanted) {
      this.fail(
        protocolError(
          "ERR_ZMTP_MECHANISM_MISMATCH",
          `WebSocket subprotocol is "${this.socket.protocol}", expected "${wanted}"`
        )
      );
      return;
    }
    session2.begin({ minor: 1, asServer: !session2.mechanism.asServer, subscriptionsAsMessages: true });
  }
  /** One WebSocket message. Text messages are a protocol error: ZWS is binary only. */
  received(data, binary) {
    const session2 = this.session;
    if (!session2.acceptsInput) return;
    if (!binary) {
      this.fail(protocolError("ERR_ZMTP_UNSPECIFIED", "text WebSocket message: ZWS messages are binary"));
      return;
    }
    if (session2.paused || this.held.length > 0) {
      this.held.push(data);
      return;
    }
    this.deliver(data);
  }
  /** A WebSocket ping or pong arrived: the peer is alive. */
  activity() {
    this.session.noteActivity();
  }
  drained() {
    this.session.transportDrained();
  }
  /** The WebSocket is closed (by either side, cleanly or not). */
  closed(error) {
    if (this.closeRequested) this.session.transportFinished();
    this.session.abort(error);
  }
  /** A WebSocket-level failure (bad frame, message too big, socket error). */
  failed(code2, message2) {
    const error = code2.startsWith("WS_ERR") ? protocolError("ERR_ZMTP_UNSPECIFIED", `WebSocket: ${message2}`) : linkError("transport", code2, message2);
    this.fail(error);
  }
  // ---- SessionTransport
  frame(flags, body) {
    const encoded = encodeZwsFrame(flags, body);
    this.queue.push(encoded);
    this.queued += encoded.length;
  }
  message(parts) {
    const last = parts.length - 1;
    for (let i = 0; i <= last; i++) this.frame(i < last ? FLAG_MORE : 0, parts[i]);
  }
  get queuedBytes() {
    return this.queued;
  }
  get blocked() {
    return this.socket.blocked;
  }
  flush() {
    const queue = this.queue;
    if (queue.length === 0) return;
    this.queue = [];
    this.queued = 0;
    const socket = this.socket;
    socket.cork?.();
    for (const message2 of queue) socket.send(message2);
    socket.uncork?.();
  }
  discard() {
    this.queue = [];
    this.queued = 0;
  }
  /** With `keepReading` the socket's messages are held (see `held`) instead of pausing the socket. */
  pauseReading(keepReading = false) {
    if (!keepReading) this.socket.pause();
  }
  /** Held messages are delivered first; the socket resumes only if that did not pause the session again. */
  resumeReading() {
    if (this.replayScheduled) return;
    this.replayScheduled = true;
    this.clock.defer(this.replay);
  }
  end() {
    this.flush();
    this.closeRequested = true;
    this.socket.close(1e3, "");
  }
  destroy(flush, error) {
    if (flush) this.flush();
    else this.discard();
    if (error !== void 0 && error.kind !== "transport")
      this.socket.close(closeCode(error), closeReason(error.message));
    else if (flush) this.socket.close(1e3, "");
    else this.socket.terminate();
  }
  // ---- inbound
  deliver(data) {
    const session2 = this.session;
    const frame3 = decodeZwsFrame(data, session2.frameLimit);
    if (isLinkError(frame3)) {
      this.fail(frame3);
      return;
    }
    session2.receive(frame3.flags, frame3.body);
  }
  replay = () => {
    this.replayScheduled = false;
    while (this.held.length > 0 && this.session.receiving) this.deliver(this.held.shift());
    if (!this.session.acceptsInput) this.held = [];
    if (this.session.receiving || !this.session.acceptsInput) this.socket.resume();
  };
  fail(error) {
    this.session.abort(error);
  }
};
function closeCode(error) {
  if (error.kind === "auth") return 1008;
  if (error.kind !== "protocol") return 1e3;
  return /exceeds maxMessageSize/.test(error.message) ? 1009 : 1002;
}
function closeReason(message2) {
  return Buffer.from(message2).subarray(0, 100).toString();
}

// src/transports/ws.ts
var wsModule;
function loadWs() {
  wsModule ??= createRequire(import.meta.url)("ws");
  return wsModule;
}
var DEFAULT_MAX_PAYLOAD = 100 * 1024 * 1024;
function maxPayload(context3) {
  const limit = context3.options.maxMessageSize;
  return limit >= 0 ? limit + 1 : DEFAULT_MAX_PAYLOAD;
}
var SUBPROTOCOL_HEADER = "sec-websocket-protocol";
function offeredProtocols(header) {
  const values2 = Array.isArray(header) ? header : header === void 0 ? [] : [header];
  return values2.flatMap((value) => value.split(",")).map((name) => name.trim());
}
function wsPeer(ws2, socket, protocol) {
  return {
    remoteAddress: socket.remoteAddress,
    open(handler, spec) {
      const zws = new ZwsStream(
        {
          protocol,
          send: (message2) => ws2.send(message2, { binary: true }),
          cork: () => socket.cork(),
          uncork: () => socket.uncork(),
          get blocked() {
            return socket.writableNeedDrain;
          },
          pause: () => ws2.pause(),
          resume: () => ws2.resume(),
          ping: () => ws2.ping(),
          close: (code2, reason) => ws2.close(code2, reason),
          terminate: () => ws2.terminate()
        },
        handler,
        spec.session,
        nodeClock
      );
      ws2.on(
        "message",
        (data, binary) => zws.received(asBuffer(data), binary)
      );
      ws2.on("ping", () => zws.activity());
      ws2.on("pong", () => zws.activity());
      ws2.on("error", (error) => zws.failed(error.code ?? "EIO", error.message));
      ws2.on("close", () => zws.closed());
      socket.on("drain", () => zws.drained());
      zws.opened();
      return zws.session;
    },
    refuse: () => ws2.terminate()
  };
}
function asBuffer(data) {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}
function tlsServerOptions(context3, address2) {
  const { wssKeyPem, wssCertPem } = context3.options;
  if (wssKeyPem === null || wssCertPem === null) {
    throw zmqError("EINVAL", "wss:// bind needs wssCertPem and wssKeyPem", address2);
  }
  return { key: wssKeyPem, cert: wssCertPem };
}
function tlsClientOptions(context3, host) {
  const { wssTrustPem, wssTrustSystem, wssHostname, wssCertPem, wssKeyPem } = context3.options;
  const options = {};
  if (wssTrustPem !== null) options.ca = wssTrustSystem ? [...rootCertificates, wssTrustPem] : [wssTrustPem];
  else if (!wssTrustSystem) options.ca = [];
  const name = wssHostname ?? (isIP4(host) === 0 ? host : void 0);
  if (name !== void 0) options.servername = name;
  if (wssHostname !== null) options.checkServerIdentity = checkAs(wssHostname);
  if (wssCertPem !== null && wssKeyPem !== null) {
    options.cert = wssCertPem;
    options.key = wssKeyPem;
  }
  return options;
}
function checkAs(hostname) {
  return (_host, certificate) => tlsCheckIdentity(hostname, certificate);
}
async function listenWs(endpoint, context3) {
  const secure = endpoint.transport === "wss";
  const server = secure ? createHttpsServer(tlsServerOptions(context3, endpoint.address)) : createHttpServer();
  const { WebSocketServer } = loadWs();
  const wss2 = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    perMessageDeflate: false,
    maxPayload: maxPayload(context3)
  });
  const chosen = /* @__PURE__ */ new WeakMap();
  wss2.on("headers", (headers, request) => {
    const name = chosen.get(request);
    if (name !== void 0) headers.push(`Sec-WebSocket-Protocol: ${name}`);
  });
  server.on("upgrade", (request, socket, head) => {
    socket.unref?.();
    socket.on("error", () => socket.destroy());
    if (requestPath(request) !== endpoint.path) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    const choice = zwsChoose(offeredProtocols(request.headers[SUBPROTOCOL_HEADER]), context3.mechanism);
    delete request.headers[SUBPROTOCOL_HEADER];
    if (choice !== void 0) chosen.set(request, choice);
    wss2.handleUpgrade(request, socket, head, (ws2) => context3.accepted(wsPeer(ws2, socket, chosen.get(request) ?? "")));
  });
  server.on("request", (_request, response) => {
    response.writeHead(426, { Connection: "close", Upgrade: "websocket" }).end();
  });
  server.on("connection", (socket) => {
    socket.unref();
    socket.setNoDelay(true);
  });
  server.on("tlsClientError", () => {
  });
  const host = await resolveBindHost(endpoint.host, context3.options.ipv6);
  if (host === void 0) throw zmqError("ENODEV", void 0, endpoint.address);
  const backlog = context3.options.backlog > 0 ? context3.options.backlog : 100;
  await startListening(server, { host, port: endpoint.port, backlog }, endpoint.address);
  const bound = server.address();
  if (bound === null || typeof bound === "string") throw zmqError("EINVAL", void 0, endpoint.address);
  let closing;
  return {
    endpoint: `${endpoint.transport}://${formatHost(bound.address)}:${bound.port}${endpoint.path}`,
    close() {
      closing ??= new Promise((resolve2) => {
        server.close();
        wss2.close();
        setImmediate(resolve2);
      });
      return closing;
    }
  };
}
function requestPath(request) {
  const url = request.url ?? "/";
  const query = url.indexOf("?");
  return query < 0 ? url : url.slice(0, query);
}
function socketMaker(secure) {
  const made = {
    create: (options) => {
      const socket = secure ? tlsConnect({ ...options, path: void 0 }) : netConnect(options);
      socket.unref();
      socket.setNoDelay(true);
      made.socket = socket;
      return socket;
    }
  };
  return made;
}
function dialWs(endpoint, context3) {
  const secure = endpoint.transport === "wss";
  return (events) => {
    if (endpoint.host.length === 0) {
      events.failed();
      return () => {
      };
    }
    const { WebSocket } = loadWs();
    const connection = socketMaker(secure);
    let protocol = "";
    const url = `${endpoint.transport}://${formatHost(endpoint.host)}:${endpoint.port}${endpoint.path}`;
    const ws2 = new WebSocket(url, {
      headers: { "Sec-WebSocket-Protocol": zwsOffer(context3.mechanism).join(", ") },
      perMessageDeflate: false,
      followRedirects: false,
      maxPayload: maxPayload(context3),
      family: context3.options.ipv6 ? 0 : 4,
      ...secure ? tlsClientOptions(context3, endpoint.host) : {},
      createConnection: connection.create
    });
    const socket = connection.socket;
    if (socket !== void 0 && isIP4(endpoint.host) === 0) {
      socket.once("lookup", (error) => {
        if (error === null) events.delayed();
      });
    }
    const release = () => {
      ws2.off("open", opened);
      ws2.off("error", failed);
      ws2.off("close", failed);
    };
    const abandon = () => {
      ws2.removeAllListeners();
      socket?.removeAllListeners("lookup");
      ws2.on("error", ignoreLateError);
      ws2.terminate();
    };
    const failed = () => {
      abandon();
      events.failed();
    };
    const opened = () => {
      release();
      events.connected({ ws: ws2, socket, protocol });
    };
    ws2.once("upgrade", (response) => {
      protocol = offeredProtocols(response.headers[SUBPROTOCOL_HEADER])[0] ?? "";
      delete response.headers[SUBPROTOCOL_HEADER];
    });
    ws2.once("open", opened);
    ws2.on("error", failed);
    ws2.once("close", failed);
    if (isIP4(endpoint.host) !== 0) events.delayed();
    return abandon;
  };
}
function wsTransport(scheme) {
  return {
    scheme,
    monitored: true,
    parse: parseWs(scheme),
    listen: listenWs,
    connect: (endpoint, context3) => dialingConnecter(
      endpoint.address,
      dialWs(endpoint, context3),
      ({ ws: ws2, socket, protocol }) => wsPeer(ws2, socket, protocol),
      context3
    )
  };
}
var ws = wsTransport("ws");
var wss = wsTransport("wss");

// src/transports/node-transports.ts
var TRANSPORTS = [tcp, ipc, inproc, ws, wss, udp];

// src/transports/registry.ts
var TRANSPORTS2 = new Map(TRANSPORTS.map((transport) => [transport.scheme, transport]));
function transportOf(scheme) {
  return TRANSPORTS2.get(scheme);
}
function parseEndpoint(address2, purpose) {
  const scheme = endpointScheme(address2);
  const transport = TRANSPORTS2.get(scheme);
  return transport.parse(address2, address2.slice(scheme.length + 3), purpose);
}
function endpointScheme(address2) {
  if (typeof address2 !== "string") throw new TypeError("Address must be a string");
  const separator = address2.indexOf("://");
  if (separator <= 0) throw zmqError("EINVAL", void 0, address2);
  const scheme = address2.slice(0, separator);
  if (!TRANSPORTS2.has(scheme)) throw zmqError("EPROTONOSUPPORT", void 0, address2);
  return scheme;
}

// src/sockets/message.ts
var EMPTY3 = Buffer.alloc(0);
function toFrame(part) {
  if (Buffer.isBuffer(part)) return part;
  if (typeof part === "string") return Buffer.from(part, "utf8");
  if (part === null) return EMPTY3;
  if (ArrayBuffer.isView(part)) return Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  if (part instanceof ArrayBuffer || typeof SharedArrayBuffer !== "undefined" && part instanceof SharedArrayBuffer) {
    return Buffer.from(part);
  }
  return Buffer.from(String(part), "utf8");
}
function toFrames(message2) {
  if (Array.isArray(message2)) {
    const frames = new Array(message2.length);
    for (let i = 0; i < message2.length; i++) frames[i] = toFrame(message2[i]);
    return frames;
  }
  return [toFrame(message2)];
}

// src/sockets/options.ts
var rw = (name, id, kind, defaultValue, rules) => ({ name, id, kind, defaultValue, rules });
var ro = (name, id, kind, defaultValue) => ({ name, id, kind, defaultValue, access: "r" });
var wo = (name, id, kind, defaultValue, rules) => ({ name, id, kind, defaultValue, access: "w", rules });
var int = (min) => ({ int: "int32", min });
var text = { nullable: true };
var curveKey = { curveKey: true, writeOnlyInLibzmq: true };
var ttl = (value) => {
  const deciseconds = Math.trunc((value | 0) / 100);
  return deciseconds >= 0 && deciseconds <= 65535 ? deciseconds * 100 : void 0;
};
var LIMIT_OPTIONS = [
  rw("maxMessageParts", 100001, "number", 65536, int(-1)),
  rw("messageSizeCeiling", 100002, "number", 1024 * 1024 * 1024, { int: "int64" }),
  rw("maxMetadataSize", 100003, "number", 64 * 1024, int(-1)),
  rw("maxMetadataProperties", 100004, "number", 64, int(-1))
];
var COMMON_OPTIONS = [
  rw("affinity", 4, "number", 0, { int: "uint64" }),
  rw("rate", 8, "number", 100, int(1)),
  rw("recoveryInterval", 9, "number", 1e4, int(0)),
  ro("type", 16, "number", -1),
  rw("linger", 17, "number", -1, int(-1)),
  rw("reconnectInterval", 18, "number", 100, int(-1)),
  rw("backlog", 19, "number", 100, int(0)),
  rw("reconnectMaxInterval", 21, "number", 0, int(0)),
  rw("maxMessageSize", 22, "number", -1, { int: "int64" }),
  ro("lastEndpoint", 32, "string", null),
  rw("tcpKeepalive", 34, "number", -1, { int: "enum" }),
  rw("tcpKeepaliveCount", 35, "number", -1, int(-1)),
  rw("tcpKeepaliveIdle", 36, "number", -1, int(-1)),
  rw("tcpKeepaliveInterval", 37, "number", -1, int(-1)),
  rw("tcpAcceptFilter", 38, "string", null, { nullable: true, writeOnlyInLibzmq: true }),
  rw("immediate", 39, "bool", false),
  rw("ipv6", 42, "bool", false),
  ro("securityMechanism", 43, "string", null),
  rw("plainServer", 44, "bool", false),
  rw("plainUsername", 45, "string", null, text),
  rw("plainPassword", 46, "string", null, text),
  rw("curveServer", 47, "bool", false),
  rw("curvePublicKey", 48, "string", null, curveKey),
  rw("curveSecretKey", 49, "string", null, curveKey),
  rw("curveServerKey", 50, "string", null, curveKey),
  rw("zapDomain", 55, "string", null, {}),
  rw("typeOfService", 57, "number", 0, int(0)),
  rw("handshakeInterval", 66, "number", 3e4, int(0)),
  rw("socksProxy", 68, "string", null, text),
  rw("heartbeatInterval", 75, "number", 0, int(0)),
  rw("heartbeatTimeToLive", 76, "number", 0, { convert: ttl }),
  rw("heartbeatTimeout", 77, "number", -1, int(0)),
  rw("connectTimeout", 79, "number", 0, int(0)),
  rw("tcpMaxRetransmitTimeout", 80, "number", 0, int(0)),
  ro("threadSafe", 81, "bool", false),
  rw("multicastMaxTransportDataUnit", 84, "number", 1500, int(1)),
  rw("vmciBufferSize", 85, "number", 0, { unavailable: true }),
  rw("vmciBufferMinSize", 86, "number", 0, { unavailable: true }),
  rw("vmciBufferMaxSize", 87, "number", 0, { unavailable: true }),
  rw("vmciConnectTimeout", 88, "number", -1, { unavailable: true }),
  rw("interface", 92, "string", null, text),
  rw("zapEnforceDomain", 93, "bool", false),
  rw("loopbackFastPath", 94, "bool", false),
  // wss:// TLS settings: libzmq's ZMQ_WSS_* options (zeromq.js has no properties for them); write-only in libzmq.
  wo("wssKeyPem", 103, "string", null, text),
  wo("wssCertPem", 104, "string", null, text),
  wo("wssTrustPem", 105, "string", null, text),
  wo("wssHostname", 106, "string", null, text),
  wo("wssTrustSystem", 107, "bool", true),
  ...LIMIT_OPTIONS
];
var WRITABLE_OPTIONS = [
  rw("sendBufferSize", 11, "number", -1, int(-1)),
  rw("sendHighWaterMark", 23, "number", 1e3, int(0)),
  rw("sendTimeout", 28, "number", -1, int(-1)),
  rw("multicastHops", 25, "number", 1, int(1))
];
var READABLE_OPTIONS = [
  rw("receiveBufferSize", 12, "number", -1, int(-1)),
  rw("receiveHighWaterMark", 24, "number", 1e3, int(0)),
  rw("receiveTimeout", 27, "number", -1, int(-1))
];
var ROUTING_ID = rw("routingId", 5, "string", null, {});
var PROBE_ROUTER = wo("probeRouter", 51, "bool", false);
var CONFLATE = wo("conflate", 54, "bool", false);
var NO_DROP = wo("noDrop", 69, "bool", false);
var INVERT_MATCHING = rw("invertMatching", 74, "bool", false);
var MAX_SUBSCRIPTIONS = rw("maxSubscriptions", 100005, "number", 1e5, int(-1));
var MAX_TOPIC_LENGTH = rw("maxTopicLength", 100006, "number", 4096, int(-1));
var CORRELATE = wo("correlate", 52, "bool", false);
var RELAXED = wo("relaxed", 53, "bool", false);
var MANDATORY = rw("mandatory", 33, "bool", false, { writeOnlyInLibzmq: true });
var HANDOVER = wo("handover", 56, "bool", false);
var MANUAL = wo("manual", 71, "bool", false);
var WELCOME_MESSAGE = wo("welcomeMessage", 72, "string", null, { nullable: true, empty: true });
var NOTIFY = wo("notify", 73, "bool", true);
function optionRecord(values2) {
  return values2;
}
var LIVE_OPTIONS = /* @__PURE__ */ new Set([
  "linger",
  "mandatory",
  "probeRouter",
  "correlate",
  "relaxed",
  "handover",
  "sendHighWaterMark",
  "receiveHighWaterMark",
  "sendTimeout",
  "receiveTimeout",
  "verbosity"
]);
function coerceOption(spec, value) {
  const rules = spec.rules ?? {};
  switch (spec.kind) {
    case "bool":
      if (typeof value !== "boolean") throw new TypeError("Option value must be a boolean");
      return value;
    case "number": {
      if (typeof value !== "number") throw new TypeError("Option value must be a number");
      if (rules.unavailable) throw zmqError("EINVAL");
      if (rules.convert) {
        const converted = rules.convert(value);
        if (converted === void 0) throw zmqError("EINVAL");
        return converted;
      }
      switch (rules.int) {
        case "int64":
          return Math.trunc(value);
        case "uint64":
          if (value > Number.MAX_SAFE_INTEGER) {
            emitWarning("Value is larger than Number.MAX_SAFE_INTEGER and may have been rounded inaccurately.");
          }
          return Math.max(0, Math.trunc(value));
        case "enum":
          if (value !== -1 && value !== 0 && value !== 1) throw zmqError("EINVAL");
          return value;
        case "int32": {
          const wrapped = value | 0;
          if (wrapped < (rules.min ?? -2147483648)) throw zmqError("EINVAL");
          return wrapped;
        }
        default:
          return value;
      }
    }
    case "string": {
      let text2;
      if (value === null) text2 = null;
      else if (typeof value === "string") text2 = value;
      else if (Buffer.isBuffer(value)) text2 = value.toString("utf8");
      else throw new TypeError("Option value must be a string or buffer");
      if (text2 === null && !rules.nullable) throw zmqError("EINVAL");
      if (text2 === "" && !rules.empty) throw zmqError("EINVAL");
      if (text2 !== null && spec.name === "tcpAcceptFilter" && isIP(text2) === 0) throw zmqError("EINVAL");
      return text2 === "" ? null : text2;
    }
  }
}

// src/sockets/message-queue.ts
var COPY_BELOW = 1024;
var CHUNK_SIZE = 64 * 1024;
var FIRST_CHUNK_SIZE = 1024;
var KEEP_CHUNK = 16 * 1024;
var OTHER = 4294967295;
var MessageQueue = class {
  chunks = new Queue();
  /** Read position in the first chunk, write position in the last one. */
  readAt = 0;
  writeAt = 0;
  last;
  nextChunkSize = FIRST_CHUNK_SIZE;
  others = new Queue();
  size = 0;
  get length() {
    return this.size;
  }
  /** Queue a copy of `frames` (the caller may reuse its buffers afterwards). */
  push(frames) {
    this.size++;
    const body = frames.length === 1 ? frames[0] : void 0;
    if (body === void 0 || body.length >= COPY_BELOW) {
      this.writeLength(OTHER);
      this.others.push(copySmallFrames(frames));
      return;
    }
    this.writeLength(body.length);
    this.last.set(body, this.writeAt);
    this.writeAt += body.length;
  }
  shift() {
    if (this.size === 0) return void 0;
    this.size--;
    let chunk = this.chunks.peek();
    if (chunk.length - this.readAt < 4 || chunk.readUInt32LE(this.readAt) === 0) {
      this.chunks.shift();
      chunk = this.chunks.peek();
      this.readAt = 0;
    }
    const length = chunk.readUInt32LE(this.readAt);
    this.readAt += 4;
    let frames;
    if (length === OTHER) {
      frames = this.others.shift();
    } else {
      frames = [chunk.subarray(this.readAt, this.readAt + length - 1)];
      this.readAt += length - 1;
    }
    if (this.size === 0) this.reset();
    return frames;
  }
  clear() {
    this.others.clear();
    this.size = 0;
    this.reset();
  }
  /** The queued messages in order, without taking them. */
  *[Symbol.iterator]() {
    let others = 0;
    const otherList = [...this.others];
    let first = true;
    let left = this.size;
    for (const chunk of this.chunks) {
      let at = first ? this.readAt : 0;
      first = false;
      while (left > 0 && chunk.length - at >= 4) {
        const length = chunk.readUInt32LE(at);
        if (length === 0) break;
        at += 4;
        left--;
        if (length === OTHER) {
          yield otherList[others++];
        } else {
          yield [chunk.subarray(at, at + length - 1)];
          at += length - 1;
        }
      }
    }
  }
  /** Lengths are stored plus one, so a 0 marks the unused end of a chunk. */
  writeLength(length) {
    const needed = 4 + (length === OTHER ? 0 : length);
    const last = this.last;
    if (last === void 0 || last.length - this.writeAt < needed) {
      if (last !== void 0 && last.length - this.writeAt >= 4) last.writeUInt32LE(0, this.writeAt);
      const chunk = Buffer.allocUnsafe(Math.max(this.nextChunkSize, needed));
      this.nextChunkSize = Math.min(this.nextChunkSize * 4, CHUNK_SIZE);
      this.chunks.push(chunk);
      this.last = chunk;
      this.writeAt = 0;
    }
    this.last.writeUInt32LE(length === OTHER ? OTHER : length + 1, this.writeAt);
    this.writeAt += 4;
  }
  /**
   * Empty. A small last chunk with room left is kept (bytes before `writeAt` may be viewed by messages handed out,
   * so writing goes on after them); otherwise every chunk goes (views keep their own alive) and sizes start small,
   * so a pipe that once had a backlog pins at most KEEP_CHUNK bytes.
   */
  reset() {
    const last = this.last;
    if (last !== void 0 && last.length <= KEEP_CHUNK && last.length - this.writeAt >= 4 + COPY_BELOW) {
      while (this.chunks.length > 1) this.chunks.shift();
      this.readAt = this.writeAt;
      return;
    }
    this.chunks.clear();
    this.last = void 0;
    this.readAt = 0;
    this.writeAt = 0;
    this.nextChunkSize = FIRST_CHUNK_SIZE;
  }
};
function copySmallFrames(frames) {
  for (let i = 0; i < frames.length; i++) {
    const frame3 = frames[i];
    if (frame3.length > 0 && frame3.length < COPY_BELOW) frames[i] = Buffer.from(frame3);
  }
  return frames;
}

// src/sockets/pipe.ts
function lowWaterMark(hwm) {
  return hwm > 2048 ? hwm - 1024 : Math.floor(hwm / 2);
}
var UNLIMITED_DECODE_AHEAD = 1e3;
function pauseMark(hwm) {
  return hwm > 0 ? hwm : UNLIMITED_DECODE_AHEAD;
}
var Pipe = class {
  constructor(address2, connectSide, sendHwm, receiveHwm, conflate = false) {
    this.address = address2;
    this.connectSide = connectSide;
    this.sendHwm = sendHwm;
    this.receiveHwm = receiveHwm;
    this.conflate = conflate;
  }
  link;
  peer;
  /** Small messages queued here are held as bytes (MessageQueue), not objects. */
  outbound = new MessageQueue();
  inbound = new Queue();
  /** Routing id under which a ROUTER knows this pipe. */
  routingId;
  /** Set once the pipe has been removed from its socket for good. */
  dead = false;
  /** Set by the fair-queue strategy while this pipe sits in its ready ring. */
  queued = false;
  paused = false;
  /** The pause holds input without stopping to read (unlimited receive HWM). */
  pausedKeepsReading = false;
  get connected() {
    return this.link !== void 0;
  }
  /** True when a write would be refused now (outbound queue at HWM). */
  get full() {
    if (this.conflate) return false;
    if (this.link?.writable && this.outbound.length === 0) return false;
    return this.sendHwm > 0 && this.outbound.length >= this.sendHwm;
  }
  /** Queue or write one message; false when the pipe is at its HWM (nothing queued then). */
  write(frames) {
    const link2 = this.link;
    if (link2 !== void 0 && this.outbound.length === 0 && link2.writable) {
      link2.send(frames);
      return true;
    }
    if (this.conflate) {
      this.outbound.clear();
    } else if (this.sendHwm > 0 && this.outbound.length >= this.sendHwm) {
      return false;
    }
    this.outbound.push(frames);
    return true;
  }
  /** Move queued messages to the link while it accepts them. Returns true if the queue shrank. */
  flush() {
    const link2 = this.link;
    if (link2 === void 0) return false;
    let moved = false;
    while (this.outbound.length > 0 && link2.writable) {
      link2.send(this.outbound.shift());
      moved = true;
    }
    return moved;
  }
  /** Store an inbound message; pauses the link at the receive HWM (S-0c), or holds its input without one. */
  pushInbound(frames) {
    if (this.conflate) this.inbound.clear();
    this.inbound.push(frames);
    if (!this.paused && this.inbound.length >= pauseMark(this.receiveHwm) && this.link) this.pause(this.link);
  }
  /** Take the oldest inbound message; a paused link resumes once the queue is down to its low mark. */
  shiftInbound() {
    const frames = this.inbound.shift();
    if (this.paused) {
      const hwm = this.receiveHwm;
      if (this.inbound.length <= lowWaterMark(pauseMark(hwm)) || hwm <= 0 && !this.pausedKeepsReading) {
        this.paused = false;
        this.link?.resume();
      }
    }
    return frames;
  }
  pause(link2) {
    this.paused = true;
    this.pausedKeepsReading = this.receiveHwm <= 0;
    link2.pause(this.pausedKeepsReading);
  }
  attachLink(link2, peer) {
    this.link = link2;
    this.peer = peer;
    this.paused = false;
    if (this.inbound.length >= pauseMark(this.receiveHwm)) this.pause(link2);
  }
  detachLink() {
    this.link = void 0;
    this.paused = false;
  }
};

// src/sockets/strategies/fair-queue.ts
var FairQueue = class {
  ready = new Queue();
  /** Pipe the last message came from (REQ and REP need it). */
  lastPipe;
  /** Store a message that arrived on `pipe`. */
  deliver(pipe, frames) {
    pipe.pushInbound(frames);
    if (!pipe.queued) {
      pipe.queued = true;
      this.ready.push(pipe);
    }
  }
  get hasMessage() {
    for (const pipe of this.ready) if (pipe.inbound.length > 0) return true;
    return false;
  }
  receive() {
    for (; ; ) {
      const pipe = this.ready.shift();
      if (pipe === void 0) return void 0;
      pipe.queued = false;
      const frames = pipe.shiftInbound();
      if (frames === void 0) continue;
      if (pipe.inbound.length > 0) {
        pipe.queued = true;
        this.ready.push(pipe);
      }
      this.lastPipe = pipe;
      return frames;
    }
  }
};

// src/sockets/behavior.ts
var Behavior = class {
  constructor(host) {
    this.host = host;
  }
  /** Connect-side pipes join routing at connect() time, before their link is up (E-29), unless `immediate`. */
  earlyAttach = true;
  /** STREAM: connections carry raw bytes, not ZMTP. */
  rawStreams = false;
  /** PUB/XPUB: peers' `0x01`/`0x00` data frames are subscriptions (V-3). */
  acceptsSubscriptionMessages = false;
  /** A pipe's link completed its handshake (the pipe is attached already). */
  linkReady(_pipe) {
  }
  /** A connect-side pipe lost its link; it stays attached and keeps its queue (R-2). */
  linkLost(_pipe) {
  }
  /** A message can be received right now (zeromq.js `readable`). */
  get readable() {
    return false;
  }
  /** A send would be queued right now (zeromq.js `writable`). */
  get writable() {
    return true;
  }
  onMessage(_pipe, _frames) {
  }
  onSubscribe(_pipe, _topic) {
  }
  onCancel(_pipe, _topic) {
  }
  /** A command the engine passed on (JOIN/LEAVE for RADIO); other socket types ignore commands. */
  onCommand(_pipe, _name, _data) {
  }
  /** A pipe has room again after being full. */
  onWritable(_pipe) {
    this.host.wakeWriter();
  }
  /**
   * A send the socket's type or state forbids (`ENOTSUP`, `EFSM`). zeromq.js calls libzmq only once the socket polls
   * writable, which it never does in that state: the send waits (REQ's next request goes out once the reply is in),
   * and fails with libzmq's error only when tried without waiting (timeout 0, at the timeout, on close).
   */
  refuseSend(code2) {
    if (this.host.sendMayWait) return false;
    throw zmqError(code2);
  }
  /** The same for a receive the socket's type or state forbids. */
  refuseReceive(code2) {
    if (this.host.receiveMayWait) return void 0;
    throw zmqError(code2);
  }
};
var FairQueueBehavior = class extends Behavior {
  fq = new FairQueue();
  onMessage(pipe, frames) {
    this.fq.deliver(pipe, frames);
    this.host.wakeReader();
  }
  receive() {
    return this.fq.receive();
  }
  get readable() {
    return this.fq.hasMessage;
  }
};

// src/sockets/strategies/load-balancer.ts
var LoadBalancer = class {
  pipes = [];
  next = 0;
  add(pipe) {
    if (!this.pipes.includes(pipe)) this.pipes.push(pipe);
  }
  remove(pipe) {
    const index = this.pipes.indexOf(pipe);
    if (index < 0) return;
    this.pipes.splice(index, 1);
    if (this.next > index) this.next--;
    if (this.next >= this.pipes.length) this.next = 0;
  }
  /** True if some pipe would accept a message now. */
  get canSend() {
    for (const pipe of this.pipes) if (!pipe.full) return true;
    return false;
  }
  /** Send to the next pipe with room; returns that pipe, or undefined when every pipe is full (mute state). */
  send(frames) {
    const count = this.pipes.length;
    for (let i = 0; i < count; i++) {
      const index = (this.next + i) % count;
      const pipe = this.pipes[index];
      if (pipe.write(frames)) {
        this.next = (index + 1) % count;
        return pipe;
      }
    }
    return void 0;
  }
};

// src/sockets/types/dealer.ts
var DealerBehavior = class extends FairQueueBehavior {
  lb = new LoadBalancer();
  attach(pipe) {
    this.lb.add(pipe);
  }
  detach(pipe) {
    this.lb.remove(pipe);
  }
  linkReady(pipe) {
    if (this.host.options.probeRouter) pipe.write([Buffer.alloc(0)]);
  }
  send(frames) {
    return this.lb.send(frames) !== void 0;
  }
  get writable() {
    return this.lb.canSend;
  }
};

// src/sockets/types/pair.ts
var PairBehavior = class extends Behavior {
  pipe;
  /** The previous peer, gone with messages still unread: libzmq delivers what arrived before a disconnect. */
  leftover;
  attach(pipe) {
    this.pipe ??= pipe;
  }
  detach(pipe) {
    if (this.pipe !== pipe) return;
    this.pipe = void 0;
    if (pipe.inbound.length > 0) this.leftover = pipe;
  }
  send(frames) {
    return this.pipe?.write(frames) === true;
  }
  onMessage(pipe, frames) {
    if (pipe !== this.pipe) return;
    pipe.pushInbound(frames);
    this.host.wakeReader();
  }
  receive() {
    const leftover = this.leftover;
    if (leftover !== void 0) {
      const frames = leftover.shiftInbound();
      if (leftover.inbound.length === 0) this.leftover = void 0;
      if (frames !== void 0) return frames;
    }
    return this.pipe?.shiftInbound();
  }
  get readable() {
    return (this.leftover?.inbound.length ?? 0) > 0 || (this.pipe?.inbound.length ?? 0) > 0;
  }
  get writable() {
    return this.pipe !== void 0 && !this.pipe.full;
  }
};

// src/sockets/strategies/subscription-trie.ts
var NONE = Symbol("none");
var newNode = (label) => ({
  label,
  keys: void 0,
  children: void 0,
  one: NONE,
  many: void 0
});
function latin1(data, at, end = data.length) {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1", at, end);
}
function findChild(node, byte) {
  const keys = node.keys;
  if (keys === void 0) return -1;
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const mid = low + high >>> 1;
    const key = keys[mid];
    if (key === byte) return mid;
    if (key < byte) low = mid + 1;
    else high = mid - 1;
  }
  return -low - 1;
}
function commonLength(label, data, at) {
  const n = Math.min(label.length, data.length - at);
  let i = 0;
  while (i < n && label.charCodeAt(i) === data[at + i]) i++;
  return i;
}
function hasOwners(node) {
  return node.one !== NONE || node.many !== void 0;
}
function holdsOwner(node, owner) {
  return node.one === owner || node.many?.has(owner) === true;
}
function addOwner(node, owner) {
  if (node.many !== void 0) node.many.add(owner);
  else if (node.one === NONE) node.one = owner;
  else {
    node.many = /* @__PURE__ */ new Set([node.one, owner]);
    node.one = NONE;
  }
}
function deleteOwner(node, owner) {
  const many = node.many;
  if (many === void 0) {
    node.one = NONE;
    return;
  }
  many.delete(owner);
  if (many.size === 1) {
    node.one = many.values().next().value;
    node.many = void 0;
  }
}
var SubscriptionTrie = class {
  root = newNode("");
  size = 0;
  perOwner = /* @__PURE__ */ new Map();
  /** Number of (topic, owner) pairs. */
  get count() {
    return this.size;
  }
  /** Number of topics `owner` holds. */
  countOf(owner) {
    return this.perOwner.get(owner) ?? 0;
  }
  /** Add `owner` to `topic`; true if it was not there yet (S-PUB-4: a repeat is a no-op). */
  add(topic, owner) {
    let node = this.root;
    let at = 0;
    while (at < topic.length) {
      const index = findChild(node, topic[at]);
      if (index < 0) {
        const leaf = newNode(latin1(topic, at));
        const insertAt = -index - 1;
        node.keys ??= [];
        node.children ??= [];
        node.keys.splice(insertAt, 0, topic[at]);
        node.children.splice(insertAt, 0, leaf);
        node = leaf;
        break;
      }
      const child = node.children[index];
      const common = commonLength(child.label, topic, at);
      if (common < child.label.length) {
        const middle = newNode(child.label.slice(0, common));
        child.label = child.label.slice(common);
        middle.keys = [child.label.charCodeAt(0)];
        middle.children = [child];
        node.children[index] = middle;
        node = middle;
      } else {
        node = child;
      }
      at += common;
    }
    if (holdsOwner(node, owner)) return false;
    addOwner(node, owner);
    this.size++;
    this.perOwner.set(owner, (this.perOwner.get(owner) ?? 0) + 1);
    return true;
  }
  /** Remove `owner` from `topic`; true if it was there. */
  remove(topic, owner) {
    const parents = [];
    const indexes = [];
    let node = this.root;
    let at = 0;
    while (at < topic.length) {
      const index = findChild(node, topic[at]);
      if (index < 0) return false;
      const child = node.children[index];
      if (child.label.length > topic.length - at || commonLength(child.label, topic, at) < child.label.length) {
        return false;
      }
      parents.push(node);
      indexes.push(index);
      node = child;
      at += child.label.length;
    }
    if (!holdsOwner(node, owner)) return false;
    deleteOwner(node, owner);
    this.size--;
    const left = (this.perOwner.get(owner) ?? 1) - 1;
    if (left === 0) this.perOwner.delete(owner);
    else this.perOwner.set(owner, left);
    this.compact(node, parents, indexes);
    return true;
  }
  /** True if any owner at all holds `topic` exactly. */
  has(topic) {
    const node = this.find(topic);
    return node !== void 0 && hasOwners(node);
  }
  /** True if `owner` holds `topic` exactly. */
  holds(topic, owner) {
    const node = this.find(topic);
    return node !== void 0 && holdsOwner(node, owner);
  }
  /** Remove `owner` everywhere; returns the topics no owner holds any more (S-PUB-5). */
  removeOwner(owner) {
    if (this.countOf(owner) === 0) return [];
    const orphaned = [];
    for (const topic of this.topics(owner)) {
      this.remove(topic, owner);
      if (!this.has(topic)) orphaned.push(topic);
    }
    return orphaned;
  }
  /** Call `visit` once for each owner holding a prefix of `data`. */
  match(data, visit) {
    const owners = [];
    const count = this.collect(data, owners);
    for (let i = 0; i < count; i++) visit(owners[i]);
  }
  /**
   * Every owner holding a prefix of `data`, each once, written into `out` from index 0 (entries past the returned
   * count are left as they were). For the send path: no closure and no set per message, unless topics nest.
   */
  collect(data, out) {
    let node = this.root;
    let at = 0;
    let count = 0;
    let matchedNodes = 0;
    let seen;
    for (; ; ) {
      if (hasOwners(node)) {
        if (matchedNodes++ === 0) {
          if (node.one !== NONE) out[count++] = node.one;
          else for (const owner of node.many) out[count++] = owner;
        } else {
          seen ??= new Set(out.slice(0, count));
          if (node.one !== NONE) {
            if (!seen.has(node.one)) {
              seen.add(node.one);
              out[count++] = node.one;
            }
          } else {
            for (const owner of node.many) {
              if (!seen.has(owner)) {
                seen.add(owner);
                out[count++] = owner;
              }
            }
          }
        }
      }
      const next = this.step(node, data, at);
      if (next === void 0) return count;
      node = next;
      at += next.label.length;
    }
  }
  /** True if some topic is a prefix of `data`. */
  matches(data) {
    let node = this.root;
    let at = 0;
    for (; ; ) {
      if (hasOwners(node)) return true;
      const next = this.step(node, data, at);
      if (next === void 0) return false;
      node = next;
      at += next.label.length;
    }
  }
  /** Every topic held by `owner` (or by anyone, when omitted). Depth-first with an explicit stack. */
  topics(owner) {
    const out = [];
    const path = [];
    const stack = [{ node: this.root, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop();
      path.length = depth;
      path.push(node.label);
      if (owner === void 0 ? hasOwners(node) : holdsOwner(node, owner)) {
        out.push(Buffer.from(path.join(""), "latin1"));
      }
      const children = node.children;
      if (children !== void 0) {
        for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: depth + 1 });
      }
    }
    return out;
  }
  /** The child of `node` whose whole label matches `data` at `at`, if any. */
  step(node, data, at) {
    if (at >= data.length) return void 0;
    const index = findChild(node, data[at]);
    if (index < 0) return void 0;
    const child = node.children[index];
    const label = child.label;
    if (label.length > data.length - at) return void 0;
    for (let i = 1; i < label.length; i++) if (label.charCodeAt(i) !== data[at + i]) return void 0;
    return child;
  }
  find(topic) {
    let node = this.root;
    let at = 0;
    while (at < topic.length) {
      const next = this.step(node, topic, at);
      if (next === void 0) return void 0;
      node = next;
      at += next.label.length;
    }
    return node;
  }
  /** After `node` lost its last owner: drop it if it is a leaf, and merge single-child chains left behind. */
  compact(node, parents, indexes) {
    if (hasOwners(node) || parents.length === 0) return;
    const childCount = node.children?.length ?? 0;
    if (childCount === 1) {
      this.mergeWithChild(node);
      return;
    }
    if (childCount > 1) return;
    const parent = parents[parents.length - 1];
    const index = indexes[indexes.length - 1];
    parent.keys.splice(index, 1);
    parent.children.splice(index, 1);
    if (parent.children.length === 0) parent.keys = parent.children = void 0;
    if (parents.length > 1 && !hasOwners(parent) && parent.children?.length === 1) this.mergeWithChild(parent);
  }
  /** Fold the only child of an owner-less, non-root node into it. */
  mergeWithChild(node) {
    const child = node.children[0];
    node.label = node.label + child.label;
    node.keys = child.keys;
    node.children = child.children;
    node.one = child.one;
    node.many = child.many;
  }
};

// src/sockets/types/publisher.ts
var EMPTY4 = Buffer.alloc(0);
var PublisherBehavior = class extends Behavior {
  acceptsSubscriptionMessages = true;
  subscriptions = new SubscriptionTrie();
  pipes = /* @__PURE__ */ new Set();
  /** The pipes one message goes to, reused from send to send (cleared after each). */
  targets = [];
  attach(pipe) {
    this.pipes.add(pipe);
  }
  detach(pipe) {
    this.pipes.delete(pipe);
    this.dropSubscriptions(pipe);
  }
  linkLost(pipe) {
    this.dropSubscriptions(pipe);
  }
  dropSubscriptions(pipe) {
    return this.subscriptions.removeOwner(pipe);
  }
  onSubscribe(pipe, topic) {
    this.checkLimits(pipe, topic, true);
    this.subscriptions.add(topic, pipe);
  }
  onCancel(pipe, topic) {
    this.checkLimits(pipe, topic, false);
    this.subscriptions.remove(topic, pipe);
  }
  /**
   * `maxTopicLength` and `maxSubscriptions` (per peer). Over either, the error thrown here makes the engine close
   * that peer's link (its subscriptions go with it) and the socket emit "disconnect" with the error.
   */
  checkLimits(pipe, topic, adding) {
    const options = this.host.options;
    const maxLength = options.maxTopicLength ?? MAX_TOPIC_LENGTH.defaultValue;
    if (maxLength >= 0 && topic.length > maxLength) {
      throw protocolError(
        "ERR_ZMTP_UNSPECIFIED",
        `subscription topic of ${topic.length} bytes exceeds maxTopicLength ${maxLength}`
      );
    }
    if (!adding) return;
    const max = options.maxSubscriptions ?? MAX_SUBSCRIPTIONS.defaultValue;
    if (max >= 0 && this.subscriptions.countOf(pipe) >= max && !this.subscriptions.holds(topic, pipe)) {
      throw protocolError("ERR_ZMTP_UNSPECIFIED", `peer holds ${max} subscriptions already (maxSubscriptions)`);
    }
  }
  send(frames) {
    const options = this.host.options;
    const targets = this.targets;
    let count = this.subscriptions.collect(frames[0] ?? EMPTY4, targets);
    if (options.invertMatching) count = this.invert(count);
    let sent = true;
    if (options.noDrop) {
      for (let i = 0; i < count; i++) if (targets[i].full) sent = false;
    }
    for (let i = 0; i < count; i++) {
      if (sent) targets[i].write(frames);
      targets[i] = void 0;
    }
    return sent;
  }
  /** `targets[0..count)` becomes the connected pipes not among them; returns their number. */
  invert(count) {
    const targets = this.targets;
    const matched = new Set(targets.slice(0, count));
    let inverted = 0;
    for (const pipe of this.pipes) if (!matched.has(pipe) && pipe.connected) targets[inverted++] = pipe;
    for (let i = inverted; i < count; i++) targets[i] = void 0;
    return inverted;
  }
  receive() {
    return this.refuseReceive("ENOTSUP");
  }
};

// src/sockets/types/pull.ts
var PullBehavior = class extends FairQueueBehavior {
  attach() {
  }
  detach() {
  }
  send(_frames) {
    return this.refuseSend("ENOTSUP");
  }
  get writable() {
    return false;
  }
};

// src/sockets/types/push.ts
var PushBehavior = class extends Behavior {
  lb = new LoadBalancer();
  attach(pipe) {
    this.lb.add(pipe);
  }
  detach(pipe) {
    this.lb.remove(pipe);
  }
  send(frames) {
    return this.lb.send(frames) !== void 0;
  }
  receive() {
    return this.refuseReceive("ENOTSUP");
  }
  get writable() {
    return this.lb.canSend;
  }
};

// src/sockets/types/reply.ts
var ReplyBehavior = class extends FairQueueBehavior {
  envelope;
  replyPipe;
  attach() {
  }
  detach(pipe) {
    if (this.replyPipe === pipe) this.replyPipe = void 0;
  }
  receive() {
    if (this.envelope !== void 0) return this.refuseReceive("EFSM");
    for (; ; ) {
      const message2 = this.fq.receive();
      if (message2 === void 0) return void 0;
      let delimiter = -1;
      for (let i = 0; i < message2.length - 1; i++) {
        if (message2[i].length === 0) {
          delimiter = i;
          break;
        }
      }
      if (delimiter < 0) continue;
      this.envelope = message2.slice(0, delimiter + 1);
      this.replyPipe = this.fq.lastPipe;
      return message2.slice(delimiter + 1);
    }
  }
  send(frames) {
    const envelope = this.envelope;
    if (envelope === void 0) return this.refuseSend("EFSM");
    const pipe = this.replyPipe;
    this.envelope = void 0;
    this.replyPipe = void 0;
    if (pipe !== void 0 && !pipe.dead) pipe.write(envelope.concat(frames));
    return true;
  }
  get writable() {
    return this.envelope !== void 0;
  }
  /** libzmq's REP polls readable only while no reply is owed. */
  get readable() {
    return this.envelope === void 0 && super.readable;
  }
};

// src/sockets/types/request.ts
var EMPTY5 = Buffer.alloc(0);
var RequestBehavior = class extends DealerBehavior {
  expectingReply = false;
  replyPipe;
  requestId = Math.random() * 4294967295 >>> 0;
  send(frames) {
    if (this.expectingReply && !this.host.options.relaxed) return this.refuseSend("EFSM");
    let request;
    if (this.host.options.correlate) {
      this.requestId = this.requestId + 1 >>> 0;
      const id = Buffer.allocUnsafe(4);
      id.writeUInt32BE(this.requestId);
      request = [id, EMPTY5, ...frames];
    } else {
      request = [EMPTY5, ...frames];
    }
    const pipe = this.lb.send(request);
    if (pipe === void 0) return false;
    this.replyPipe = pipe;
    this.expectingReply = true;
    return true;
  }
  receive() {
    if (!this.expectingReply) return this.refuseReceive("EFSM");
    for (; ; ) {
      const message2 = this.fq.receive();
      if (message2 === void 0) return void 0;
      if (this.fq.lastPipe !== this.replyPipe) continue;
      const body = this.unwrap(message2);
      if (body === void 0) continue;
      this.expectingReply = false;
      this.replyPipe = void 0;
      return body;
    }
  }
  unwrap(message2) {
    let index = 0;
    if (this.host.options.correlate) {
      const id = message2[0];
      if (id === void 0 || id.length !== 4 || id.readUInt32BE(0) !== this.requestId) return void 0;
      index = 1;
    }
    if (message2.length <= index + 1 || message2[index].length !== 0) return void 0;
    return message2.slice(index + 1);
  }
  get writable() {
    return (!this.expectingReply || this.host.options.relaxed === true) && this.lb.canSend;
  }
  /** libzmq's REQ polls readable only while it waits for a reply. */
  get readable() {
    return this.expectingReply && super.readable;
  }
};

// src/sockets/types/router.ts
var RouterBehavior = class extends FairQueueBehavior {
  earlyAttach = false;
  routes = /* @__PURE__ */ new Map();
  ignored = /* @__PURE__ */ new Set();
  nextGeneratedId = randomUint32();
  /** Routing ids chosen by `connect(address, { routingId })`, keyed by pipe. */
  connectRoutingIds = /* @__PURE__ */ new WeakMap();
  setConnectRoutingId(pipe, routingId) {
    this.connectRoutingIds.set(pipe, routingId);
  }
  attach(pipe) {
    const id = this.connectRoutingIds.get(pipe) ?? pipe.peer?.identity ?? Buffer.alloc(0);
    const routingId = id.length > 0 ? id : this.generateId();
    const key = routingId.toString("latin1");
    const holder = this.routes.get(key);
    if (holder !== void 0) {
      if (!this.host.options.handover) {
        this.ignored.add(pipe);
        return;
      }
      this.routes.delete(key);
      holder.routingId = void 0;
      holder.link?.close(0);
    }
    pipe.routingId = routingId;
    this.routes.set(key, pipe);
    if (this.host.options.probeRouter) pipe.write([Buffer.alloc(0)]);
  }
  detach(pipe) {
    this.ignored.delete(pipe);
    const id = pipe.routingId;
    if (id !== void 0 && this.routes.get(id.toString("latin1")) === pipe) this.routes.delete(id.toString("latin1"));
  }
  onMessage(pipe, frames) {
    if (pipe.routingId === void 0) return;
    super.onMessage(pipe, frames);
  }
  receive() {
    for (; ; ) {
      const frames = this.fq.receive();
      if (frames === void 0) return void 0;
      const id = this.fq.lastPipe?.routingId;
      if (id === void 0) continue;
      const message2 = new Array(frames.length + 1);
      message2[0] = id;
      for (let i = 0; i < frames.length; i++) message2[i + 1] = frames[i];
      return message2;
    }
  }
  send(frames) {
    if (frames.length < 2) return true;
    const pipe = this.routes.get(frames[0].toString("latin1"));
    const mandatory = this.host.options.mandatory === true;
    if (pipe === void 0) {
      if (!mandatory) return true;
      if (this.routes.size === 0 && this.host.sendMayWait) return false;
      throw zmqError("EHOSTUNREACH");
    }
    if (pipe.full) return !mandatory;
    pipe.write(frames.slice(1));
    return true;
  }
  get writable() {
    if (!this.host.options.mandatory) return true;
    for (const pipe of this.routes.values()) if (!pipe.full) return true;
    return false;
  }
  generateId() {
    const id = Buffer.alloc(5);
    this.nextGeneratedId = this.nextGeneratedId + 1 >>> 0;
    id.writeUInt32BE(this.nextGeneratedId, 1);
    return id;
  }
};

// src/sockets/types/stream.ts
var EMPTY6 = Buffer.alloc(0);
var StreamBehavior = class extends FairQueueBehavior {
  earlyAttach = false;
  rawStreams = true;
  /** Disconnection notices, handed out once no data is waiting. */
  notices = new Queue();
  routes = /* @__PURE__ */ new Map();
  connectRoutingIds = /* @__PURE__ */ new WeakMap();
  nextId = randomUint32();
  setConnectRoutingId(pipe, routingId) {
    this.connectRoutingIds.set(pipe, routingId);
  }
  attach(pipe) {
    let id = this.connectRoutingIds.get(pipe);
    if (id === void 0) {
      id = Buffer.alloc(5);
      this.nextId = this.nextId + 1 >>> 0;
      id.writeUInt32BE(this.nextId, 1);
    }
    pipe.routingId = id;
    this.routes.set(id.toString("latin1"), pipe);
  }
  /** The connection notice comes with the connection: a pipe given its id by connect() is attached before that. */
  linkReady(pipe) {
    if (this.host.options.notify === false) return;
    this.fq.deliver(pipe, [EMPTY6]);
    this.host.wakeReader();
  }
  detach(pipe) {
    const id = pipe.routingId;
    if (id === void 0) return;
    this.routes.delete(id.toString("latin1"));
    if (this.host.options.notify !== false) {
      this.notices.push([id, EMPTY6]);
      this.host.wakeReader();
    }
  }
  receive() {
    const frames = this.fq.receive();
    if (frames === void 0) return this.notices.shift();
    return [this.fq.lastPipe.routingId, ...frames];
  }
  get readable() {
    return this.fq.hasMessage || this.notices.length > 0;
  }
  send(frames) {
    if (frames.length < 2) return true;
    const pipe = this.routes.get(frames[0].toString("latin1"));
    if (pipe === void 0) return true;
    const data = frames[1];
    if (data.length === 0) {
      pipe.link?.close(-1);
      return true;
    }
    if (pipe.full) return false;
    pipe.write([data]);
    return true;
  }
};

// src/sockets/types/subscriber.ts
var EMPTY7 = Buffer.alloc(0);
var LocalSubscriptions = class {
  trie = new SubscriptionTrie();
  counts = /* @__PURE__ */ new Map();
  /** Count one more subscription to `topic`; true when it is new. */
  add(topic) {
    const key = topic.toString("latin1");
    const count = this.counts.get(key) ?? 0;
    this.counts.set(key, count + 1);
    if (count === 0) this.trie.add(topic, true);
    return count === 0;
  }
  /** Count one subscription to `topic` less; true when none is left (and it existed). */
  remove(topic) {
    const key = topic.toString("latin1");
    const count = this.counts.get(key);
    if (count === void 0) return false;
    if (count > 1) {
      this.counts.set(key, count - 1);
      return false;
    }
    this.counts.delete(key);
    this.trie.remove(topic, true);
    return true;
  }
  topics() {
    return [...this.counts.keys()].map((key) => Buffer.from(key, "latin1"));
  }
};
var SubscribingBehavior = class extends FairQueueBehavior {
  local = new LocalSubscriptions();
  pipes = /* @__PURE__ */ new Set();
  attach(pipe) {
    this.pipes.add(pipe);
  }
  detach(pipe) {
    this.pipes.delete(pipe);
  }
  linkReady(pipe) {
    for (const topic of this.local.topics()) pipe.link?.subscribe(topic);
  }
  /** Every subscribe goes to all peers. */
  subscribe(topic) {
    this.local.add(topic);
    for (const pipe of this.pipes) pipe.link?.subscribe(topic);
  }
  /** A cancel goes out only when the local count reaches zero. */
  unsubscribe(topic) {
    if (!this.local.remove(topic)) return;
    for (const pipe of this.pipes) pipe.link?.cancel(topic);
  }
};
var SubscriberBehavior = class extends SubscribingBehavior {
  onMessage(pipe, frames) {
    const matches = this.local.trie.matches(frames[0] ?? EMPTY7);
    if (matches === (this.host.options.invertMatching === true)) return;
    super.onMessage(pipe, frames);
  }
  send(_frames) {
    return this.refuseSend("ENOTSUP");
  }
  get writable() {
    return false;
  }
};

// src/sockets/types/xpublisher.ts
var SUBSCRIBE2 = 1;
var CANCEL2 = 0;
function event(kind, topic) {
  const frame3 = Buffer.allocUnsafe(topic.length + 1);
  frame3[0] = kind;
  topic.copy(frame3, 1);
  return [frame3];
}
var XPublisherBehavior = class extends PublisherBehavior {
  events = new Queue();
  attach(pipe) {
    super.attach(pipe);
  }
  linkReady(pipe) {
    const welcome = this.host.options.welcomeMessage;
    if (typeof welcome === "string") pipe.write([Buffer.from(welcome, "utf8")]);
  }
  dropSubscriptions(pipe) {
    const orphaned = super.dropSubscriptions(pipe);
    for (const topic of orphaned) this.report(event(CANCEL2, topic));
    return orphaned;
  }
  onSubscribe(pipe, topic) {
    const manual = this.host.options.manual === true;
    this.checkLimits(pipe, topic, !manual);
    const known = this.subscriptions.has(topic);
    const added = manual ? true : this.subscriptions.add(topic, pipe);
    const verbosity = this.host.options.verbosity;
    if (manual || !known && added || verbosity === "allSubs" || verbosity === "allSubsUnsubs") {
      this.report(event(SUBSCRIBE2, topic));
    }
  }
  onCancel(pipe, topic) {
    const manual = this.host.options.manual === true;
    this.checkLimits(pipe, topic, false);
    const removed = manual ? true : this.subscriptions.remove(topic, pipe);
    if (manual || removed && !this.subscriptions.has(topic) || this.host.options.verbosity === "allSubsUnsubs") {
      this.report(event(CANCEL2, topic));
    }
  }
  onMessage(_pipe, frames) {
    this.report(frames);
  }
  receive() {
    return this.events.shift();
  }
  report(frames) {
    const limit = this.host.options.receiveHighWaterMark;
    if (limit > 0 && this.events.length >= limit) return;
    this.events.push(frames);
    this.host.wakeReader();
  }
  get readable() {
    return this.events.length > 0;
  }
};

// src/sockets/types/xsubscriber.ts
var XSubscriberBehavior = class extends SubscribingBehavior {
  send(frames) {
    const first = frames[0];
    if (frames.length === 1 && first !== void 0 && first.length > 0 && (first[0] === 1 || first[0] === 0)) {
      const topic = first.subarray(1);
      if (first[0] === 1) this.subscribe(topic);
      else this.unsubscribe(topic);
      return true;
    }
    for (const pipe of this.pipes) pipe.write(frames);
    return true;
  }
};

// src/sockets/types/single-part.ts
function singlePart(frames) {
  if (frames.length !== 1) throw zmqError("EINVAL");
  return frames[0];
}
var SinglePartInput = class extends FairQueueBehavior {
  onMessage(pipe, frames) {
    if (frames.length === 1) super.onMessage(pipe, frames);
  }
};

// src/sockets/types/client.ts
var ClientBehavior = class extends SinglePartInput {
  lb = new LoadBalancer();
  attach(pipe) {
    this.lb.add(pipe);
  }
  detach(pipe) {
    this.lb.remove(pipe);
  }
  send(frames) {
    singlePart(frames);
    return this.lb.send(frames) !== void 0;
  }
  get writable() {
    return this.lb.canSend;
  }
};

// src/sockets/types/datagram.ts
var DatagramBehavior = class extends FairQueueBehavior {
  pipe;
  attach(pipe) {
    this.pipe ??= pipe;
  }
  detach(pipe) {
    if (this.pipe === pipe) this.pipe = void 0;
  }
  onMessage(pipe, frames) {
    if (pipe === this.pipe && frames.length === 2) super.onMessage(pipe, frames);
  }
  send(frames) {
    if (frames.length !== 2) throw zmqError("EINVAL");
    const pipe = this.pipe;
    if (pipe === void 0 || pipe.full) return false;
    pipe.write(frames);
    return true;
  }
  get writable() {
    return this.pipe !== void 0 && !this.pipe.full;
  }
};

// src/sockets/types/groups.ts
var MAX_GROUP_LENGTH = 255;
var JOIN = "JOIN";
var LEAVE = "LEAVE";
function groupBytes(value) {
  let bytes;
  if (typeof value === "string") bytes = Buffer.from(value, "utf8");
  else if (Buffer.isBuffer(value)) bytes = value;
  else if (ArrayBuffer.isView(value)) bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  else throw new TypeError("Value must be a string or buffer");
  const nul = bytes.indexOf(0);
  return nul < 0 ? bytes : bytes.subarray(0, nul);
}

// src/sockets/types/dish.ts
var DishBehavior = class extends FairQueueBehavior {
  groups = /* @__PURE__ */ new Set();
  pipes = /* @__PURE__ */ new Set();
  attach(pipe) {
    this.pipes.add(pipe);
  }
  detach(pipe) {
    this.pipes.delete(pipe);
  }
  linkReady(pipe) {
    for (const key of this.groups) pipe.link?.command?.(JOIN, Buffer.from(key, "latin1"));
  }
  /** zmq_join: EINVAL for a group over 255 bytes or one joined already. */
  join(group) {
    const key = checkedKey(group);
    if (this.groups.has(key)) throw zmqError("EINVAL");
    this.groups.add(key);
    for (const pipe of this.pipes) pipe.link?.command?.(JOIN, group);
  }
  /** zmq_leave: EINVAL for a group over 255 bytes or one not joined. */
  leave(group) {
    const key = checkedKey(group);
    if (!this.groups.delete(key)) throw zmqError("EINVAL");
    for (const pipe of this.pipes) pipe.link?.command?.(LEAVE, group);
  }
  onMessage(pipe, frames) {
    if (frames.length !== 2 || frames[0].length > MAX_GROUP_LENGTH) {
      pipe.link?.close(0);
      return;
    }
    if (!this.groups.has(frames[0].toString("latin1"))) return;
    super.onMessage(pipe, frames);
  }
  receive() {
    for (; ; ) {
      const frames = this.fq.receive();
      if (frames === void 0) return void 0;
      if (!this.groups.has(frames[0].toString("latin1"))) continue;
      const meta = { group: frames[0] };
      return [frames[1], meta];
    }
  }
  send(_frames) {
    return this.refuseSend("ENOTSUP");
  }
  get writable() {
    return false;
  }
};
function checkedKey(group) {
  if (group.length > MAX_GROUP_LENGTH) throw zmqError("EINVAL");
  return group.toString("latin1");
}

// src/sockets/types/gather.ts
var GatherBehavior = class extends SinglePartInput {
  attach() {
  }
  detach() {
  }
  send(_frames) {
    return this.refuseSend("ENOTSUP");
  }
  get writable() {
    return false;
  }
};

// src/sockets/types/radio.ts
var MAX_GROUPS_PER_PEER = 1e4;
var RadioBehavior = class extends Behavior {
  members = /* @__PURE__ */ new Map();
  joined = /* @__PURE__ */ new Map();
  pipes = /* @__PURE__ */ new Set();
  attach(pipe) {
    this.pipes.add(pipe);
  }
  detach(pipe) {
    this.pipes.delete(pipe);
    this.forget(pipe);
  }
  linkLost(pipe) {
    this.forget(pipe);
  }
  onCommand(pipe, name, data) {
    if (name !== JOIN && name !== LEAVE) return;
    if (data.length > MAX_GROUP_LENGTH) {
      pipe.link?.close(0);
      return;
    }
    const key = data.toString("latin1");
    let groups = this.joined.get(pipe);
    if (name === JOIN) {
      if (groups === void 0) {
        groups = /* @__PURE__ */ new Map();
        this.joined.set(pipe, groups);
      }
      const count2 = groups.get(key);
      if (count2 === void 0 && groups.size >= MAX_GROUPS_PER_PEER) {
        pipe.link?.close(0);
        return;
      }
      groups.set(key, (count2 ?? 0) + 1);
      let members = this.members.get(key);
      if (members === void 0) {
        members = /* @__PURE__ */ new Set();
        this.members.set(key, members);
      }
      members.add(pipe);
      return;
    }
    const count = groups?.get(key);
    if (count === void 0) return;
    if (count > 1) {
      groups.set(key, count - 1);
      return;
    }
    groups.delete(key);
    this.removeMember(key, pipe);
  }
  send(frames, options) {
    const body = singlePart(frames);
    const group = options.group;
    const message2 = [group, body];
    const members = this.members.get(group.toString("latin1"));
    if (members !== void 0) {
      for (const pipe of members) if (!pipe.full) pipe.write(message2);
    }
    for (const pipe of this.pipes) {
      if (pipe.peer?.allGroups === true && !members?.has(pipe) && !pipe.full) pipe.write(message2);
    }
    return true;
  }
  receive() {
    return this.refuseReceive("ENOTSUP");
  }
  forget(pipe) {
    const groups = this.joined.get(pipe);
    if (groups === void 0) return;
    this.joined.delete(pipe);
    for (const key of groups.keys()) this.removeMember(key, pipe);
  }
  removeMember(key, pipe) {
    const members = this.members.get(key);
    if (members === void 0) return;
    members.delete(pipe);
    if (members.size === 0) this.members.delete(key);
  }
};

// src/sockets/types/scatter.ts
var ScatterBehavior = class extends PushBehavior {
  send(frames) {
    singlePart(frames);
    return super.send(frames);
  }
};

// src/sockets/types/server.ts
var ServerBehavior = class extends SinglePartInput {
  routes = /* @__PURE__ */ new Map();
  ids = /* @__PURE__ */ new Map();
  nextId = randomUint32();
  attach(pipe) {
    let id = this.nextId;
    this.nextId = this.nextId + 1 >>> 0;
    if (id === 0) {
      id = this.nextId;
      this.nextId = this.nextId + 1 >>> 0;
    }
    this.routes.set(id, pipe);
    this.ids.set(pipe, id);
  }
  detach(pipe) {
    const id = this.ids.get(pipe);
    if (id === void 0) return;
    this.ids.delete(pipe);
    this.routes.delete(id);
  }
  send(frames, options) {
    singlePart(frames);
    const pipe = this.routes.get(options.routingId);
    if (pipe === void 0) throw zmqError("EHOSTUNREACH");
    if (pipe.full) return false;
    pipe.write(frames);
    return true;
  }
  receive() {
    for (; ; ) {
      const frames = this.fq.receive();
      if (frames === void 0) return void 0;
      const id = this.ids.get(this.fq.lastPipe);
      if (id === void 0) continue;
      const routing = { routingId: id };
      return [frames[0], routing];
    }
  }
  get writable() {
    return true;
  }
};

// src/sockets/socket-types.ts
var SOCKET_TYPES = /* @__PURE__ */ new Map([
  [0 /* Pair */, { name: "PAIR", create: (host) => new PairBehavior(host) }],
  [1 /* Publisher */, { name: "PUB", create: (host) => new PublisherBehavior(host) }],
  [2 /* Subscriber */, { name: "SUB", create: (host) => new SubscriberBehavior(host) }],
  [3 /* Request */, { name: "REQ", create: (host) => new RequestBehavior(host) }],
  [4 /* Reply */, { name: "REP", create: (host) => new ReplyBehavior(host) }],
  [5 /* Dealer */, { name: "DEALER", create: (host) => new DealerBehavior(host) }],
  [6 /* Router */, { name: "ROUTER", create: (host) => new RouterBehavior(host) }],
  [7 /* Pull */, { name: "PULL", create: (host) => new PullBehavior(host) }],
  [8 /* Push */, { name: "PUSH", create: (host) => new PushBehavior(host) }],
  [9 /* XPublisher */, { name: "XPUB", create: (host) => new XPublisherBehavior(host) }],
  [10 /* XSubscriber */, { name: "XSUB", create: (host) => new XSubscriberBehavior(host) }],
  [11 /* Stream */, { name: "STREAM", create: (host) => new StreamBehavior(host) }],
  [12 /* Server */, { name: "SERVER", create: (host) => new ServerBehavior(host), threadSafe: true }],
  [13 /* Client */, { name: "CLIENT", create: (host) => new ClientBehavior(host), threadSafe: true }],
  [14 /* Radio */, { name: "RADIO", create: (host) => new RadioBehavior(host), threadSafe: true }],
  [15 /* Dish */, { name: "DISH", create: (host) => new DishBehavior(host), threadSafe: true, linger: 0 }],
  [16 /* Gather */, { name: "GATHER", create: (host) => new GatherBehavior(host), threadSafe: true }],
  [17 /* Scatter */, { name: "SCATTER", create: (host) => new ScatterBehavior(host), threadSafe: true }],
  [18 /* Datagram */, { name: "DGRAM", create: (host) => new DatagramBehavior(host) }]
]);

// src/sockets/exit.ts
var LONG_WAIT = 500;
var WARNING_DELAY = 50;
var open2 = /* @__PURE__ */ new Set();
var forget = new FinalizationRegistry((ref) => open2.delete(ref));
var hooked = false;
function trackOpen(socket) {
  if (!hooked) {
    hooked = true;
    beforeExit(closeQueuedAtExit);
  }
  const ref = new WeakRef(socket);
  open2.add(ref);
  forget.register(socket, ref, ref);
  return ref;
}
function untrack(ref) {
  open2.delete(ref);
  forget.unregister(ref);
}
function closeQueuedAtExit() {
  let waitsLong = false;
  let blocky = false;
  for (const ref of [...open2]) {
    const socket = ref.deref();
    if (socket === void 0 || !socket.hasQueued) continue;
    const linger = socket.linger;
    socket.close();
    if (linger < 0 || linger > LONG_WAIT) waitsLong = true;
    blocky ||= socket.blocky;
  }
  if (!waitsLong || !holding()) return;
  const hint = blocky ? " Set 'context.blocky = false' to change this behaviour." : "";
  backgroundTimeout(() => {
    if (holding()) exitWarning(`Waiting for queued ZeroMQ messages to be delivered.${hint}`);
  }, WARNING_DELAY);
}

// src/sockets/waiter.ts
var Waiter = class {
  timer;
  settled = false;
  promise;
  resolveFn;
  rejectFn;
  // biome-ignore lint/suspicious/noConfusingVoidType: a callback that returns nothing (no error) must type-check
  constructor(timeout2, onTimeout) {
    this.promise = new Promise((resolve2, reject) => {
      this.resolveFn = resolve2;
      this.rejectFn = reject;
    });
    holdProcess();
    if (timeout2 > 0) {
      this.timer = setTimeout(() => {
        this.reject(onTimeout() ?? zmqError("EAGAIN"));
      }, timeout2);
    }
  }
  resolve(value) {
    if (this.finish()) this.resolveFn(value);
  }
  reject(error) {
    if (this.finish()) this.rejectFn(error);
  }
  finish() {
    if (this.settled) return false;
    this.settled = true;
    if (this.timer !== void 0) clearTimeout(this.timer);
    releaseProcess();
    return true;
  }
};

// src/zmtp/curve-codec.ts
var MESSAGE_NAME = new Uint8Array([7, 77, 69, 83, 83, 65, 71, 69]);
var HEADER = 16;
var INNER_MORE = 1;
var INNER_COMMAND = 2;
var CurveCodec = class {
  sender;
  receiver;
  sent;
  received;
  /**
   * `key` is the precomputed box key of the two transient keys; `sent` / `received` the last short nonces used by
   * each side during the handshake.
   */
  constructor(key, asServer, sent, received) {
    this.sent = sent;
    this.received = received;
    this.sender = new BoxStream(key, prefix(asServer ? "CurveZMQMESSAGES" : "CurveZMQMESSAGEC"));
    this.receiver = new BoxStream(key, prefix(asServer ? "CurveZMQMESSAGEC" : "CurveZMQMESSAGES"));
  }
  encode(flags, body) {
    const wire = alignedBuffer(this.wireLength(body.length));
    this.encodeInto(flags, body, wire, 0);
    return { flags: 0, body: wire };
  }
  wireLength(length) {
    return HEADER + TAG_BYTES + 1 + length;
  }
  /** [name][short nonce][16 tag][inner flags][body] at `into[at..)`, encrypted there. */
  encodeInto(flags, body, into, at) {
    for (let i = 0; i < 8; i++) into[at + i] = MESSAGE_NAME[i];
    writeCounter(into, at + 8, ++this.sent);
    const text2 = at + HEADER + TAG_BYTES;
    into[text2] = ((flags & FLAG_MORE) !== 0 ? INNER_MORE : 0) | ((flags & FLAG_COMMAND) !== 0 ? INNER_COMMAND : 0);
    if (body.length < 64) for (let i = 0; i < body.length; i++) into[text2 + 1 + i] = body[i];
    else body.copy(into, text2 + 1);
    this.sender.sealInPlace(into, at + 8, into, at + HEADER, text2 + 1 + body.length);
  }
  decode(_flags, body) {
    if (body.length < 2 || body[0] >= body.length) {
      return protocolError(
        "ERR_ZMTP_MALFORMED_COMMAND_UNSPECIFIED",
        "malformed command where a CURVE MESSAGE was expected"
      );
    }
    if (body.length < MESSAGE_NAME.length || !startsWith(body, MESSAGE_NAME)) {
      return protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "expected a CURVE MESSAGE");
    }
    if (body.length < HEADER + TAG_BYTES + 1) {
      return protocolError("ERR_ZMTP_MALFORMED_COMMAND_MESSAGE", "CURVE MESSAGE too short");
    }
    const counter = readCounter(body, 8);
    if (!(counter > this.received)) {
      return protocolError("ERR_ZMTP_INVALID_SEQUENCE", "CURVE MESSAGE nonce did not increase");
    }
    if (!this.receiver.openInPlace(body, 8, body, HEADER, body.length)) {
      return protocolError("ERR_ZMTP_CRYPTOGRAPHIC", "CURVE MESSAGE failed authentication");
    }
    this.received = counter;
    const inner = body[HEADER + TAG_BYTES];
    return {
      flags: ((inner & INNER_MORE) !== 0 ? FLAG_MORE : 0) | ((inner & INNER_COMMAND) !== 0 ? FLAG_COMMAND : 0),
      body: body.subarray(HEADER + TAG_BYTES + 1)
    };
  }
};
function prefix(text2) {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = text2.charCodeAt(i);
  return bytes;
}
function startsWith(body, prefix3) {
  for (let i = 0; i < prefix3.length; i++) if (body[i] !== prefix3[i]) return false;
  return true;
}

// src/zmtp/curve-client.ts
var HELLO_NAME = new Uint8Array([5, 72, 69, 76, 76, 79]);
var WELCOME_NAME = new Uint8Array([7, 87, 69, 76, 67, 79, 77, 69]);
var INITIATE_NAME = new Uint8Array([8, 73, 78, 73, 84, 73, 65, 84, 69]);
var READY_NAME = new Uint8Array([5, 82, 69, 65, 68, 89]);
var ERROR_NAME = new Uint8Array([5, 69, 82, 82, 79, 82]);
var HELLO_SIZE = 200;
var WELCOME_SIZE = 168;
var INITIATE_MIN = 257;
var READY_MIN = 30;
function cryptoError(what) {
  return protocolError("ERR_ZMTP_CRYPTOGRAPHIC", what);
}
var CurveClient = class {
  constructor(serverKey, publicKey2, secretKey) {
    this.serverKey = serverKey;
    this.publicKey = publicKey2;
    this.secretKey = secretKey;
    this.transient = generateKeyPair();
  }
  name = "CURVE";
  asServer = false;
  host;
  state = "welcome";
  transient;
  sent = 0;
  /** Box key between our transient key and the server's long-term key (HELLO, WELCOME). */
  helloKey;
  /** Box key between both transient keys (INITIATE, READY, MESSAGE). */
  sessionKey;
  start(host) {
    this.host = host;
    this.helloKey = precompute(this.transient.secretKey, this.serverKey);
    if (this.helloKey === void 0) return this.fail(cryptoError("the CURVE server key is not a valid public key"));
    const counter = ++this.sent;
    const hello = Buffer.alloc(HELLO_SIZE);
    hello.set(HELLO_NAME, 0);
    hello[6] = 1;
    hello.set(this.transient.publicKey, 80);
    hello.set(shortNonce(counter), 112);
    hello.set(seal(this.helloKey, nonce("CurveZMQHELLO---", shortNonce(counter)), new Uint8Array(64)), 120);
    host.sendCommand(hello);
  }
  receive(flags, body) {
    const host = this.host;
    if (host === void 0 || this.state === "done") return;
    if ((flags & FLAG_COMMAND) === 0) {
      return this.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "data frame during the CURVE handshake"));
    }
    if (startsWith(body, WELCOME_NAME)) {
      if (this.state !== "welcome") return this.fail(unexpected("WELCOME"));
      return this.onWelcome(host, body);
    }
    if (startsWith(body, READY_NAME)) {
      if (this.state !== "ready") return this.fail(unexpected("READY"));
      return this.onReady(host, body);
    }
    if (startsWith(body, ERROR_NAME)) {
      if (body.length < 7 || body[6] > body.length - 7) {
        return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_ERROR", "malformed ERROR command"));
      }
      return this.fail(peerErrorCommand(body.toString("latin1", 7, 7 + body[6])));
    }
    this.fail(unexpected("an unknown"));
  }
  onWelcome(host, body) {
    if (body.length !== WELCOME_SIZE) return this.fail(cryptoError("CURVE WELCOME must be 168 bytes"));
    const plaintext = open(this.helloKey, nonce("WELCOME-", body.subarray(8, 24)), body.subarray(24));
    if (plaintext === void 0)
      return this.fail(cryptoError("CURVE WELCOME failed authentication (wrong server key?)"));
    const serverTransient = plaintext.subarray(0, 32);
    const cookie = plaintext.subarray(32, 128);
    this.sessionKey = precompute(this.transient.secretKey, serverTransient);
    const vouchKey = precompute(this.secretKey, serverTransient);
    if (this.sessionKey === void 0 || vouchKey === void 0) {
      return this.fail(cryptoError("CURVE server sent an invalid transient key"));
    }
    const vouchNonce = randomBytes(16);
    const vouchPlain = new Uint8Array(64);
    vouchPlain.set(this.transient.publicKey, 0);
    vouchPlain.set(this.serverKey, 32);
    const vouch = seal(vouchKey, nonce("VOUCH---", vouchNonce), vouchPlain);
    vouchKey.fill(0);
    const metadata2 = readyBody(host.properties).subarray(READY_NAME.length);
    const inner = new Uint8Array(128 + metadata2.length);
    inner.set(this.publicKey, 0);
    inner.set(vouchNonce, 32);
    inner.set(vouch, 48);
    inner.set(metadata2, 128);
    const counter = ++this.sent;
    const box = seal(this.sessionKey, nonce("CurveZMQINITIATE", shortNonce(counter)), inner);
    const initiate = Buffer.alloc(113 + box.length);
    initiate.set(INITIATE_NAME, 0);
    initiate.set(cookie, 9);
    initiate.set(shortNonce(counter), 105);
    initiate.set(box, 113);
    this.state = "ready";
    host.sendCommand(initiate);
  }
  onReady(host, body) {
    if (body.length < READY_MIN)
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_READY", "CURVE READY too short"));
    const counter = readCounter(body, 6);
    const plaintext = open(this.sessionKey, nonce("CurveZMQREADY---", body.subarray(6, 14)), body.subarray(14));
    if (plaintext === void 0) return this.fail(cryptoError("CURVE READY failed authentication"));
    const properties = parseProperties(
      Buffer.from(plaintext.buffer, plaintext.byteOffset, plaintext.length),
      void 0,
      host.metadataLimits
    );
    if (properties instanceof Error) return this.fail(properties);
    this.state = "done";
    host.complete(properties, new CurveCodec(this.sessionKey, false, this.sent, counter));
  }
  fail(error) {
    this.state = "done";
    this.host?.fail(error);
  }
};
function unexpected(what) {
  return protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", `unexpected ${what} command during the CURVE handshake`);
}

// src/zmtp/curve-server.ts
var CurveServer = class {
  constructor(secretKey, zap) {
    this.secretKey = secretKey;
    this.zap = zap;
    this.transient = generateKeyPair();
  }
  name = "CURVE";
  asServer = true;
  host;
  state = "hello";
  transient;
  clientTransient;
  cookieKey;
  sessionKey;
  received = 0;
  start(host) {
    this.host = host;
  }
  close() {
    this.state = "done";
    this.cookieKey?.fill(0);
    this.zap?.cancel?.();
  }
  receive(flags, body) {
    const host = this.host;
    if (host === void 0 || this.state === "done") return;
    if (this.state === "zap") {
      return this.fail(protocolError("ERR_ZMTP_UNSPECIFIED", "command received while waiting for ZAP"));
    }
    if ((flags & FLAG_COMMAND) === 0) {
      return this.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "data frame during the CURVE handshake"));
    }
    if (body.length <= 1 || body.length <= body[0]) {
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_UNSPECIFIED", "malformed command"));
    }
    if (this.state === "hello") this.onHello(host, body);
    else this.onInitiate(host, body);
  }
  onHello(host, body) {
    if (!startsWith(body, HELLO_NAME)) return this.fail(unexpected("a non-HELLO"));
    if (body.length !== HELLO_SIZE || body[6] !== 1 || body[7] !== 0) {
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_HELLO", "CURVE HELLO must be 200 bytes, version 1.0"));
    }
    const clientTransient = Buffer.from(body.subarray(80, 112));
    const helloKey = precompute(this.secretKey, clientTransient);
    const ok = helloKey !== void 0 && open(helloKey, nonce("CurveZMQHELLO---", body.subarray(112, 120)), body.subarray(120, 200)) !== void 0;
    if (!ok) return this.fail(cryptoError("CURVE HELLO failed authentication (client has the wrong server key?)"));
    this.clientTransient = clientTransient;
    this.received = readCounter(body, 112);
    this.cookieKey = randomBytes(32);
    const cookieNonce = randomBytes(16);
    const cookiePlain = new Uint8Array(64);
    cookiePlain.set(clientTransient, 0);
    cookiePlain.set(this.transient.secretKey, 32);
    const cookieBox = seal(this.cookieKey, nonce("COOKIE--", cookieNonce), cookiePlain);
    cookiePlain.fill(0);
    const welcomePlain = new Uint8Array(128);
    welcomePlain.set(this.transient.publicKey, 0);
    welcomePlain.set(cookieNonce, 32);
    welcomePlain.set(cookieBox, 48);
    const welcomeNonce = randomBytes(16);
    const welcome = Buffer.alloc(168);
    welcome.set(WELCOME_NAME, 0);
    welcome.set(welcomeNonce, 8);
    welcome.set(seal(helloKey, nonce("WELCOME-", welcomeNonce), welcomePlain), 24);
    helloKey.fill(0);
    this.state = "initiate";
    host.sendCommand(welcome);
  }
  onInitiate(host, body) {
    if (!startsWith(body, INITIATE_NAME)) return this.fail(unexpected("a non-INITIATE"));
    if (body.length < INITIATE_MIN) {
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_INITIATE", "CURVE INITIATE too short"));
    }
    const cookie = open(this.cookieKey, nonce("COOKIE--", body.subarray(9, 25)), body.subarray(25, 105));
    this.cookieKey.fill(0);
    if (cookie === void 0 || !equal(cookie.subarray(0, 32), this.clientTransient) || !equal(cookie.subarray(32, 64), this.transient.secretKey)) {
      return this.fail(cryptoError("CURVE INITIATE carries an invalid cookie"));
    }
    const counter = readCounter(body, 105);
    this.sessionKey = precompute(this.transient.secretKey, this.clientTransient);
    const inner = this.sessionKey && counter > this.received ? open(this.sessionKey, nonce("CurveZMQINITIATE", body.subarray(105, 113)), body.subarray(113)) : void 0;
    if (inner === void 0) return this.fail(cryptoError("CURVE INITIATE failed authentication"));
    this.received = counter;
    const clientKey = Buffer.from(inner.subarray(0, 32));
    const vouchKey = precompute(this.transient.secretKey, clientKey);
    const vouch = vouchKey && open(vouchKey, nonce("VOUCH---", inner.subarray(32, 48)), inner.subarray(48, 128));
    if (vouch === void 0) return this.fail(cryptoError("CURVE INITIATE vouch failed authentication"));
    if (!equal(vouch.subarray(0, 32), this.clientTransient)) {
      return this.fail(protocolError("ERR_ZMTP_KEY_EXCHANGE", "CURVE vouch does not match the client's transient key"));
    }
    const properties = parseProperties(
      Buffer.from(inner.buffer, inner.byteOffset + 128, inner.length - 128),
      void 0,
      host.metadataLimits
    );
    if (properties instanceof Error) return this.fail(properties);
    const refused = peerSocketTypeError(host.socketType, properties);
    if (refused) return this.fail(refused);
    const zap = this.zap;
    if (zap === void 0 || zap.domain === "" && zap.enforceDomain) return this.sendReady(host, properties);
    this.state = "zap";
    askZap(zap, "CURVE", [clientKey], (outcome) => {
      if (this.state !== "zap") return;
      const extra = settleZap(host, outcome, zap.enforceDomain ? "fail" : "allow", errorBody);
      if (extra === void 0) {
        this.state = "done";
        return;
      }
      for (const [name, value] of extra) properties.set(name, value);
      this.sendReady(host, properties);
    });
  }
  sendReady(host, properties) {
    const sent = 1;
    const metadata2 = readyBody(host.properties).subarray(READY_NAME.length);
    const box = seal(this.sessionKey, nonce("CurveZMQREADY---", shortNonce(sent)), metadata2);
    const ready = Buffer.alloc(14 + box.length);
    ready.set(READY_NAME, 0);
    ready.set(shortNonce(sent), 6);
    ready.set(box, 14);
    this.state = "done";
    host.sendCommand(ready);
    host.complete(properties, new CurveCodec(this.sessionKey, true, sent, this.received));
  }
  fail(error) {
    this.state = "done";
    this.host?.fail(error);
  }
};
function equal(a, b) {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
  return difference === 0;
}

// src/zmtp/plain-mechanism.ts
var HELLO = prefix2("HELLO");
var WELCOME = prefix2("WELCOME");
var INITIATE = prefix2("INITIATE");
var READY_PREFIX = prefix2(READY);
var ERROR_PREFIX = prefix2("ERROR");
var LIBZMQ_ERROR_PREFIX = new Uint8Array([94, 82, 82, 79, 82]);
function prefix2(name) {
  return commandBody(name).subarray(0, 1 + name.length);
}
function libzmqPlainError(reason) {
  const body = Buffer.alloc(LIBZMQ_ERROR_PREFIX.length + 1 + reason.length);
  body.set(LIBZMQ_ERROR_PREFIX, 0);
  body[LIBZMQ_ERROR_PREFIX.length] = reason.length;
  body.write(reason, LIBZMQ_ERROR_PREFIX.length + 1, "latin1");
  return body;
}
function errorReason(body) {
  let at;
  if (startsWith(body, ERROR_PREFIX)) at = ERROR_PREFIX.length;
  else if (startsWith(body, LIBZMQ_ERROR_PREFIX)) at = LIBZMQ_ERROR_PREFIX.length;
  else return void 0;
  if (body.length < at + 1 || body[at] > body.length - at - 1) return null;
  return body.toString("latin1", at + 1, at + 1 + body[at]);
}
var PlainClient = class {
  constructor(username, password) {
    this.username = username;
    this.password = password;
  }
  name = "PLAIN";
  asServer = false;
  host;
  state = "welcome";
  start(host) {
    this.host = host;
    const data = Buffer.alloc(2 + this.username.length + this.password.length);
    data[0] = this.username.length;
    this.username.copy(data, 1);
    data[1 + this.username.length] = this.password.length;
    this.password.copy(data, 2 + this.username.length);
    host.sendCommand(Buffer.concat([HELLO, data]));
  }
  receive(flags, body) {
    const host = this.host;
    if (host === void 0 || this.state === "done") return;
    if ((flags & FLAG_COMMAND) === 0) {
      this.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "data frame during the PLAIN handshake"));
      return;
    }
    if (startsWith(body, WELCOME)) {
      if (this.state !== "welcome") return this.fail(unexpected2("WELCOME"));
      if (body.length !== WELCOME.length) {
        return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_WELCOME", "PLAIN WELCOME must be empty"));
      }
      this.state = "ready";
      host.sendCommand(Buffer.concat([INITIATE, readyBody(host.properties).subarray(READY_PREFIX.length)]));
      return;
    }
    if (startsWith(body, READY_PREFIX)) {
      if (this.state !== "ready") return this.fail(unexpected2("READY"));
      const properties = parseProperties(body.subarray(READY_PREFIX.length), void 0, host.metadataLimits);
      if (properties instanceof Error) return this.fail(properties);
      this.state = "done";
      host.complete(properties);
      return;
    }
    const reason = errorReason(body);
    if (reason === null) {
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_ERROR", "malformed ERROR command"));
    }
    if (reason !== void 0) return this.fail(peerErrorCommand(reason));
    this.fail(unexpected2("an unknown"));
  }
  fail(error) {
    this.state = "done";
    this.host?.fail(error);
  }
};
var PlainServer = class {
  constructor(zap) {
    this.zap = zap;
  }
  name = "PLAIN";
  asServer = true;
  host;
  state = "hello";
  zapProperties = /* @__PURE__ */ new Map();
  start(host) {
    this.host = host;
  }
  receive(flags, body) {
    const host = this.host;
    if (host === void 0 || this.state === "done") return;
    if (this.state === "zap") {
      return this.fail(protocolError("ERR_ZMTP_UNSPECIFIED", "command received while waiting for ZAP"));
    }
    if ((flags & FLAG_COMMAND) === 0) {
      return this.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "data frame during the PLAIN handshake"));
    }
    if (body.length <= 1 || body.length <= body[0]) {
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_UNSPECIFIED", "malformed command"));
    }
    if (this.state === "hello") this.onHello(body);
    else this.onInitiate(host, body);
  }
  close() {
    this.state = "done";
    this.zap.cancel?.();
  }
  onHello(body) {
    if (!startsWith(body, HELLO)) return this.fail(unexpected2("a non-HELLO"));
    let at = HELLO.length;
    const malformed = () => this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_HELLO", "malformed PLAIN HELLO"));
    if (body.length < at + 1) return malformed();
    const userLength = body[at++];
    if (body.length - at < userLength + 1) return malformed();
    const username = Buffer.from(body.subarray(at, at + userLength));
    at += userLength;
    const passwordLength = body[at++];
    if (body.length - at !== passwordLength) return malformed();
    const password = Buffer.from(body.subarray(at));
    this.state = "zap";
    askZap(this.zap, "PLAIN", [username, password], (outcome) => {
      const host = this.host;
      if (this.state !== "zap" || host === void 0) return;
      const extra = settleZap(host, outcome, "fail", libzmqPlainError);
      if (extra === void 0) {
        this.state = "done";
        return;
      }
      this.zapProperties = extra;
      this.state = "initiate";
      host.sendCommand(Buffer.from(WELCOME));
    });
  }
  onInitiate(host, body) {
    if (!startsWith(body, INITIATE)) return this.fail(unexpected2("a non-INITIATE"));
    const properties = parseProperties(body.subarray(INITIATE.length), void 0, host.metadataLimits);
    if (properties instanceof Error) return this.fail(properties);
    const refused = peerSocketTypeError(host.socketType, properties);
    if (refused) return this.fail(refused);
    this.state = "done";
    host.sendCommand(readyBody(host.properties));
    for (const [name, value] of this.zapProperties) properties.set(name, value);
    host.complete(properties);
  }
  fail(error) {
    this.state = "done";
    this.host?.fail(error);
  }
};
function unexpected2(what) {
  return protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", `unexpected ${what} command during the PLAIN handshake`);
}

// src/sockets/security.ts
function coerceCurveKey(value) {
  if (typeof value !== "string" && !Buffer.isBuffer(value) && value !== null) {
    throw new TypeError("Option value must be a string or buffer");
  }
  if (Buffer.isBuffer(value) && value.length === 32) return Buffer.from(value);
  if (value !== null) {
    let text2 = typeof value === "string" ? value : value.toString("latin1");
    if (text2.length === 41 && text2.endsWith("\0")) text2 = text2.slice(0, 40);
    const key = text2.length === 40 ? z85Decode(text2) : void 0;
    if (key !== void 0) return Buffer.from(key);
  }
  throw zmqError("EINVAL");
}
function applySecurityOption(state, name, value) {
  switch (name) {
    case "plainServer":
      state.asServer = value === true;
      state.mechanism = value === true ? "plain" : "null";
      return;
    case "curveServer":
      state.asServer = value === true;
      state.mechanism = value === true ? "curve" : "null";
      return;
    case "plainUsername":
    case "plainPassword":
      if (value === null) {
        state.mechanism = "null";
      } else {
        if (Buffer.byteLength(value, "utf8") > 255) throw zmqError("EINVAL");
        state.asServer = false;
        state.mechanism = "plain";
      }
      return;
    case "curvePublicKey":
    case "curveSecretKey":
    case "curveServerKey":
      state.mechanism = "curve";
      return;
  }
}
function readSecurityOption(state, name) {
  switch (name) {
    case "securityMechanism":
      return state.mechanism === "null" ? null : state.mechanism;
    case "plainServer":
      return state.asServer && state.mechanism === "plain";
    case "curveServer":
      return state.asServer && state.mechanism === "curve";
    default:
      return void 0;
  }
}
var ZERO_KEY = Buffer.alloc(32);
function createMechanism(state, options, zap) {
  if (state.mechanism === "plain") {
    if (state.asServer) return new PlainServer(zap());
    return new PlainClient(utf8(options.plainUsername), utf8(options.plainPassword));
  }
  if (state.mechanism === "curve") {
    const secretKey = options.curveSecretKey ?? ZERO_KEY;
    if (state.asServer) return new CurveServer(secretKey, zap());
    const publicKey2 = options.curvePublicKey ?? Buffer.from(publicKeyOf(secretKey));
    return new CurveClient(options.curveServerKey ?? ZERO_KEY, publicKey2, secretKey);
  }
  return new NullMechanism(typeof options.zapDomain === "string" && options.zapDomain !== "" ? zap() : void 0);
}
function utf8(value) {
  return typeof value === "string" ? Buffer.from(value, "utf8") : Buffer.alloc(0);
}

// src/sockets/handshake-errors.ts
var AUTH_MESSAGES2 = {
  300: "Temporary error",
  400: "Authentication failure",
  500: "Internal error"
};
function handshakeEventError(address2, error) {
  if (error?.kind === "protocol") {
    const message2 = error.code.startsWith("ERR_ZAP_") ? "ZAP protocol error" : "ZMTP protocol error";
    const proto = new Error(message2, { cause: error });
    proto.code = error.code;
    return { type: "handshake:error:protocol", address: address2, error: proto };
  }
  if (error?.kind === "auth" && error.status !== void 0 && AUTH_MESSAGES2[error.status] !== void 0) {
    const auth = new Error(AUTH_MESSAGES2[error.status], { cause: error });
    auth.status = error.status;
    return { type: "handshake:error:auth", address: address2, error: auth };
  }
  if (error?.code === "EFAULT") {
    return { type: "handshake:error:other", address: address2, error: zmqError("EFAULT") };
  }
  const other = error ?? zmqError("ECONNRESET", "Connection reset by peer");
  if (other.errno === void 0) other.errno = 0;
  return { type: "handshake:error:other", address: address2, error: other };
}

// src/sockets/zap-client.ts
var ZAP_ENDPOINT = "zeromq.zap.01";
function inprocZapClient(registry, options) {
  let current2;
  const cancel = () => {
    const link2 = current2;
    current2 = void 0;
    link2?.close(0);
  };
  return {
    domain: options.domain,
    enforceDomain: options.enforceDomain,
    cancel,
    request(mechanism, credentials) {
      const frames = [
        Buffer.alloc(0),
        Buffer.from("1.0"),
        Buffer.from("1"),
        Buffer.from(options.domain, "utf8"),
        Buffer.from(options.address, "latin1"),
        options.routingId,
        Buffer.from(mechanism),
        ...credentials
      ];
      let settle;
      const reply = new Promise((resolve2, reject) => settle = { resolve: resolve2, reject });
      let opened = false;
      const connection = registry.connect(ZAP_ENDPOINT, {
        socketType: "DEALER",
        identity: Buffer.alloc(0),
        open(link2) {
          opened = true;
          current2 = link2;
          const finish = (result) => {
            const pending2 = settle;
            settle = void 0;
            if (current2 === link2) cancel();
            if (pending2 === void 0) return;
            if (result instanceof Error) pending2.reject(result);
            else pending2.resolve(result);
          };
          return {
            onReady: () => link2.send(frames),
            onMessage: (parts) => finish(parts),
            onSubscribe: () => {
            },
            onCancel: () => {
            },
            onDrain: () => {
            },
            onClose: () => finish(new Error("ZAP handler went away"))
          };
        }
      });
      if (!opened) {
        connection.cancel();
        return void 0;
      }
      return reply;
    }
  };
}

// src/sockets/core.ts
var EMPTY8 = Buffer.alloc(0);
var RESOLVED = Promise.resolve();
var MAX_SYNC_OPERATIONS = 512;
var SocketCore = class {
  constructor(type, context3) {
    this.type = type;
    this.context = context3;
    const entry = SOCKET_TYPES.get(type);
    if (entry === void 0) throw zmqError("EINVAL");
    this.typeName = entry.name;
    this.options = { ...defaultOptions() };
    this.options.type = type;
    this.options.threadSafe = entry.threadSafe === true;
    if (entry.linger !== void 0) this.options.linger = entry.linger;
    if (type === 2 /* Subscriber */ || type === 10 /* XSubscriber */) this.options.linger = 0;
    if (contextOption(context3, "blocky") === false) this.options.linger = 0;
    this.options.ipv6 = contextOption(context3, "ipv6") === true;
    this.behavior = entry.create(this);
    this.exitRef = trackOpen(this);
  }
  options;
  /** Current mechanism and role, switched by the PLAIN/CURVE options as in libzmq. */
  security = { mechanism: "null", asServer: false };
  routingIdBytes = EMPTY8;
  behavior;
  typeName;
  closed = false;
  /** bind/unbind operations in flight: every other method throws EBUSY meanwhile. */
  blocked = 0;
  /** Set once bind/connect happened (options then warn that they apply to later endpoints only). */
  endpointsUsed = false;
  closeRequested = false;
  bound = /* @__PURE__ */ new Map();
  connected = /* @__PURE__ */ new Map();
  pipes = /* @__PURE__ */ new Set();
  attachedPipes = /* @__PURE__ */ new WeakSet();
  links = /* @__PURE__ */ new Set();
  /** Links flushing their last messages after close(): they keep the process alive, as libzmq's linger does. */
  lingering = /* @__PURE__ */ new Set();
  sinks = [];
  sendWaiter;
  receiveWaiter;
  syncOperations = 0;
  lastSendAttempt = false;
  lastReceiveAttempt = false;
  lastMetadataLimits;
  exitRef;
  // ---- events
  attachObserver(sink) {
    this.sinks.push(sink);
  }
  emit(event2) {
    for (const sink of this.sinks) sink(event2);
  }
  // ---- SocketHost
  wakeReader() {
    const waiter = this.receiveWaiter;
    if (waiter === void 0) return;
    let frames;
    try {
      frames = this.behavior.receive();
    } catch (error) {
      this.receiveWaiter = void 0;
      waiter.reject(error);
      return;
    }
    if (frames !== void 0) {
      this.receiveWaiter = void 0;
      waiter.resolve(frames);
      if (this.sendWaiter !== void 0) this.wakeWriter();
    }
  }
  wakeWriter() {
    const pending2 = this.sendWaiter;
    if (pending2 === void 0) return;
    let queued;
    try {
      queued = this.behavior.send(pending2.frames, pending2.options);
    } catch (error) {
      this.sendWaiter = void 0;
      pending2.waiter.reject(error);
      return;
    }
    if (queued) {
      this.sendWaiter = void 0;
      pending2.waiter.resolve();
      if (this.receiveWaiter !== void 0) this.wakeReader();
    }
  }
  // ---- send / receive
  get sendPending() {
    return this.sendWaiter !== void 0;
  }
  get receivePending() {
    return this.receiveWaiter !== void 0;
  }
  /** `options`: the per-message options of draft sockets (`{ routingId }`, `{ group }`), validated by their class. */
  send(message2, options) {
    const frames = toFrames(message2);
    try {
      if (this.behavior.send(frames, options)) {
        if (this.receiveWaiter !== void 0) this.wakeReader();
        if (!this.yieldDue()) return RESOLVED;
        return new Promise((resolve2) => afterIO(resolve2));
      }
    } catch (error) {
      return Promise.reject(error);
    }
    const timeout2 = this.options.sendTimeout;
    if (timeout2 === 0) return Promise.reject(zmqError("EAGAIN"));
    const waiter = new Waiter(timeout2, () => {
      if (this.sendWaiter?.waiter === waiter) this.sendWaiter = void 0;
      return this.lastAttempt(frames, options, waiter);
    });
    this.sendWaiter = { waiter, frames, options };
    return waiter.promise;
  }
  /**
   * As zeromq.js: after 512 sends and receives resolved at once, the next one resolves from setImmediate, so I/O
   * (and peers in this process) get a turn.
   */
  yieldDue() {
    if (++this.syncOperations < MAX_SYNC_OPERATIONS) return false;
    this.syncOperations = 0;
    return true;
  }
  get sendMayWait() {
    return !this.lastSendAttempt && this.options.sendTimeout !== 0;
  }
  get receiveMayWait() {
    return !this.lastReceiveAttempt && this.options.receiveTimeout !== 0;
  }
  /**
   * At a send timeout, and on close, zeromq.js tries once more without waiting and reports why that failed
   * (EHOSTUNREACH, EFSM...).
   */
  lastAttempt(frames, options, waiter) {
    this.lastSendAttempt = true;
    try {
      if (this.behavior.send(frames, options)) waiter.resolve();
      return void 0;
    } catch (error) {
      return error;
    } finally {
      this.lastSendAttempt = false;
    }
  }
  /** The same for a receive: its error (EFSM, ENOTSUP), or undefined (EAGAIN, or resolved with a message). */
  lastReceive(waiter) {
    this.lastReceiveAttempt = true;
    try {
      const frames = this.behavior.receive();
      if (frames !== void 0) waiter.resolve(frames);
      return void 0;
    } catch (error) {
      return error;
    } finally {
      this.lastReceiveAttempt = false;
    }
  }
  /** A message ready now, or undefined; throws what the socket type's receive throws (EFSM, ENOTSUP). */
  receiveNow() {
    const frames = this.behavior.receive();
    if (frames !== void 0 && this.sendWaiter !== void 0) this.wakeWriter();
    return frames;
  }
  receive() {
    try {
      const frames = this.receiveNow();
      if (frames !== void 0) {
        if (!this.yieldDue()) return Promise.resolve(frames);
        return new Promise((resolve2) => afterIO(() => resolve2(frames)));
      }
    } catch (error) {
      return Promise.reject(error);
    }
    return this.waitForMessage();
  }
  /** Wait for the next message (none is ready now): with receiveTimeout 0, the error of one more try, or EAGAIN. */
  waitForMessage() {
    const timeout2 = this.options.receiveTimeout;
    if (timeout2 === 0) return Promise.reject(zmqError("EAGAIN"));
    const waiter = new Waiter(timeout2, () => {
      if (this.receiveWaiter === waiter) this.receiveWaiter = void 0;
      return this.lastReceive(waiter);
    });
    this.receiveWaiter = waiter;
    return waiter.promise;
  }
  // ---- pipes and links
  newPipe(address2, connectSide) {
    const pipe = new Pipe(
      address2,
      connectSide,
      this.options.sendHighWaterMark,
      this.options.receiveHighWaterMark,
      this.options.conflate === true
    );
    this.pipes.add(pipe);
    return pipe;
  }
  attach(pipe) {
    if (this.attachedPipes.has(pipe)) return;
    this.attachedPipes.add(pipe);
    this.behavior.attach(pipe);
  }
  detach(pipe) {
    if (!this.attachedPipes.has(pipe)) return;
    this.attachedPipes.delete(pipe);
    this.behavior.detach(pipe);
  }
  /** Remove a pipe for good (bind side on disconnect; connect side on disconnect()/close()). */
  destroyPipe(pipe) {
    pipe.dead = true;
    this.pipes.delete(pipe);
    this.detach(pipe);
  }
  /** For `PipeLinkHandler`: the link of `pipe` completed its handshake. */
  linkReady(pipe, link2, peer, address2) {
    if (this.closed) return;
    pipe.attachLink(link2, peer);
    this.attach(pipe);
    this.behavior.linkReady(pipe);
    pipe.flush();
    this.emit({ type: "handshake", address: address2 });
    this.wakeWriter();
  }
  /** For `PipeLinkHandler`: the link of `pipe` is closed. */
  linkClosed(pipe, link2, address2, error, ready) {
    this.links.delete(link2);
    if (this.lingering.delete(link2)) releaseProcess();
    if (pipe.link === link2) pipe.detachLink();
    if (ready) {
      this.emit(error === void 0 ? { type: "disconnect", address: address2 } : { type: "disconnect", address: address2, error });
    } else if (!this.closed) {
      this.emitHandshakeError(address2, error);
    }
  }
  emitHandshakeError(address2, error) {
    this.emit(handshakeEventError(address2, error));
  }
  /** Open a transport's new connection as a link of `pipe`. */
  openPeer(peer, address2, pipe, onDown) {
    const handler = new PipeLinkHandler(this, pipe, address2, onDown);
    const link2 = peer.open(handler, this.linkSpec(address2, peer));
    handler.link = link2;
    this.links.add(link2);
    return link2;
  }
  linkSpec(address2, peer) {
    const options = this.options;
    const mechanism = createMechanism(this.security, optionRecord(options), () => {
      const remote = peer.remoteAddress ?? "";
      return inprocZapClient(inprocRegistryOf(this.context), {
        domain: options.zapDomain ?? "",
        enforceDomain: options.zapEnforceDomain === true,
        address: remote.startsWith("::ffff:") ? remote.slice(7) : remote,
        routingId: this.routingIdBytes
      });
    });
    return {
      raw: this.behavior.rawStreams,
      session: {
        socketType: this.typeName,
        address: address2,
        identity: this.routingIdBytes,
        mechanism,
        maxMessageSize: options.maxMessageSize,
        messageSizeCeiling: options.messageSizeCeiling,
        maxMessageParts: options.maxMessageParts,
        metadataLimits: this.metadataLimits(),
        handshakeInterval: options.handshakeInterval,
        heartbeatInterval: options.heartbeatInterval,
        heartbeatTimeToLive: options.heartbeatTimeToLive,
        heartbeatTimeout: options.heartbeatTimeout,
        subscriptionMessages: this.behavior.acceptsSubscriptionMessages
      }
    };
  }
  /** One limits object for every link while the options stay the same (a session keeps it). */
  metadataLimits() {
    const { maxMetadataSize: maxBytes, maxMetadataProperties: maxProperties } = this.options;
    const last = this.lastMetadataLimits;
    if (last !== void 0 && last.maxBytes === maxBytes && last.maxProperties === maxProperties) return last;
    this.lastMetadataLimits = { maxBytes, maxProperties };
    return this.lastMetadataLimits;
  }
  transportContext() {
    return {
      options: this.options,
      socketType: this.typeName,
      identity: this.routingIdBytes,
      mechanism: this.security.mechanism.toUpperCase(),
      scope: this.context
    };
  }
  // ---- bind / unbind
  async bind(address2) {
    this.endpointsUsed = true;
    let endpoint;
    try {
      endpoint = parseEndpoint(address2, "bind");
    } catch (error) {
      throw withAddress(error, address2);
    }
    const transport = transportOf(endpoint.transport);
    if (transport.supports?.(this.typeName, "bind") === false) throw zmqError("ENOCOMPATPROTO", void 0, address2);
    const entry = { address: address2, transport, resolved: address2, links: /* @__PURE__ */ new Set() };
    const context3 = {
      ...this.transportContext(),
      accepted: (peer) => this.accept(peer, entry)
    };
    let listener;
    try {
      listener = await transport.listen(endpoint, context3);
    } catch (error) {
      const failure = withAddress(error, address2);
      if (transport.monitored || transport.reportsBindErrors) {
        this.emit({ type: "bind:error", address: address2.slice(address2.indexOf("://") + 3), error: failure });
      }
      throw failure;
    }
    entry.listener = listener;
    entry.resolved = listener.endpoint;
    this.bound.set(address2, entry);
    if (listener.endpoint !== address2) this.bound.set(listener.endpoint, entry);
    this.options.lastEndpoint = listener.endpoint;
    if (transport.monitored) this.emit({ type: "bind", address: listener.endpoint });
  }
  accept(peer, entry) {
    if (this.closed) {
      peer.refuse();
      return;
    }
    const address2 = entry.resolved;
    if (entry.transport.monitored) this.emit({ type: "accept", address: address2 });
    const pipe = this.newPipe(address2, false);
    const link2 = this.openPeer(peer, address2, pipe, (down) => {
      entry.links.delete(down);
      this.destroyPipe(pipe);
    });
    entry.links.add(link2);
  }
  async unbind(address2) {
    endpointScheme(address2);
    const entry = this.bound.get(address2);
    if (entry === void 0) throw zmqError("ENOENT", void 0, address2);
    this.bound.delete(entry.address);
    this.bound.delete(entry.resolved);
    for (const link2 of entry.links) link2.close(0);
    if (entry.listener) {
      await entry.listener.close();
      if (entry.transport.monitored) this.emit({ type: "close", address: entry.resolved });
    }
  }
  // ---- connect / disconnect
  connect(address2, routingId) {
    let endpoint;
    try {
      endpoint = parseEndpoint(address2, "connect");
    } catch (error) {
      throw withAddress(error, address2);
    }
    const transport = transportOf(endpoint.transport);
    if (transport.supports?.(this.typeName, "connect") === false) throw zmqError("ENOCOMPATPROTO", void 0, address2);
    this.endpointsUsed = true;
    const pipe = this.newPipe(address2, true);
    const preset = transport.presetPeer?.(address2);
    if (preset !== void 0) pipe.peer = preset;
    if (routingId !== void 0) this.behavior.setConnectRoutingId?.(pipe, routingId);
    const entry = { address: address2, pipe, stopped: false };
    const list = this.connected.get(address2) ?? [];
    list.push(entry);
    this.connected.set(address2, list);
    if ((this.behavior.earlyAttach || routingId !== void 0) && this.options.immediate !== true) this.attach(pipe);
    const monitored = transport.monitored;
    const context3 = {
      ...this.transportContext(),
      connected: (peer) => {
        if (entry.stopped && !entry.lingering) {
          peer.refuse();
          return;
        }
        if (monitored) this.emit({ type: "connect", address: address2 });
        const link2 = this.openPeer(peer, address2, pipe, (_link, error, ready) => {
          entry.pending = void 0;
          this.connectionLost(entry, error, ready);
        });
        entry.pending = link2;
        if (entry.lingering) this.handOver(entry, link2, this.options.linger);
      },
      connectDelayed: () => {
        if (monitored) this.emit({ type: "connect:delay", address: address2 });
      },
      connectRetried: (interval) => {
        if (monitored) this.emit({ type: "connect:retry", address: address2, interval });
      }
    };
    entry.connecter = transport.connect(endpoint, context3);
  }
  connectionLost(entry, error, ready) {
    const pipe = entry.pipe;
    if (ready) {
      if (!this.behavior.earlyAttach || this.options.immediate === true) this.detach(pipe);
      else this.behavior.linkLost(pipe);
    }
    if ((entry.stopped || this.closed) && !entry.lingering) return;
    if (error?.fatal) {
      entry.connecter?.close();
      return;
    }
    entry.connecter?.reconnect();
  }
  disconnect(address2) {
    endpointScheme(address2);
    const list = this.connected.get(address2);
    if (list === void 0) throw zmqError("ENOENT", void 0, address2);
    this.connected.delete(address2);
    for (const entry of list) this.stopEndpoint(entry, 0);
  }
  stopEndpoint(entry, linger) {
    entry.stopped = true;
    const pipe = entry.pipe;
    const link2 = pipe.link ?? entry.pending;
    if (link2 === void 0 && linger !== 0 && pipe.outbound.length > 0 && entry.connecter?.retries === true) {
      entry.lingering = true;
      holdProcess();
      if (linger > 0) backgroundTimeout(() => this.endLinger(entry), linger);
      return;
    }
    entry.connecter?.close();
    if (link2 !== void 0) this.handOver(entry, link2, linger);
    pipe.outbound.clear();
    this.destroyPipe(pipe);
  }
  /** Give a link everything still queued for it, then close it with `linger`. */
  handOver(entry, link2, linger) {
    this.sendQueued(entry.pipe, link2, linger);
    this.closeLink(link2, linger);
    if (entry.lingering) this.endLinger(entry);
  }
  /** Move a pipe's queued messages to its link before closing (dropped with linger 0). */
  sendQueued(pipe, link2, linger) {
    if (linger !== 0) for (const frames of pipe.outbound) link2.send(frames);
    pipe.outbound.clear();
  }
  closeLink(link2, linger) {
    if (linger !== 0 && this.closed && this.links.has(link2) && !this.lingering.has(link2)) {
      this.lingering.add(link2);
      holdProcess();
    }
    link2.close(linger);
  }
  endLinger(entry) {
    if (!entry.lingering) return;
    entry.lingering = false;
    releaseProcess();
    entry.connecter?.close();
    entry.pipe.outbound.clear();
    this.destroyPipe(entry.pipe);
  }
  // ---- options that act on live pipes
  optionChanged(name) {
    if (name === "sendHighWaterMark") {
      for (const pipe of this.pipes) pipe.sendHwm = this.options.sendHighWaterMark;
      this.wakeWriter();
    } else if (name === "receiveHighWaterMark") {
      for (const pipe of this.pipes) pipe.receiveHwm = this.options.receiveHighWaterMark;
    } else if (name === "conflate") {
      for (const pipe of this.pipes) pipe.conflate = this.options.conflate === true;
    }
  }
  // ---- lifecycle
  close() {
    if (this.closed) return;
    if (this.blocked > 0) {
      this.closeRequested = true;
      return;
    }
    this.closed = true;
    untrack(this.exitRef);
    const linger = this.options.linger;
    const send = this.sendWaiter;
    this.sendWaiter = void 0;
    send?.waiter.reject(this.lastAttempt(send.frames, send.options, send.waiter) ?? zmqError("EAGAIN"));
    const receive = this.receiveWaiter;
    this.receiveWaiter = void 0;
    if (receive !== void 0) receive.reject(this.lastReceive(receive) ?? zmqError("EAGAIN"));
    const listeners = new Set(this.bound.values());
    this.bound.clear();
    for (const entry of listeners) {
      if (entry.transport.monitored) this.emit({ type: "close", address: entry.resolved });
      void entry.listener?.close().catch(() => {
      });
    }
    for (const list of this.connected.values()) for (const entry of list) this.stopEndpoint(entry, linger);
    this.connected.clear();
    for (const pipe of this.pipes) if (pipe.link !== void 0) this.sendQueued(pipe, pipe.link, linger);
    for (const link2 of [...this.links]) this.closeLink(link2, linger);
    this.emit({ type: "end" });
  }
  get hasQueued() {
    for (const pipe of this.pipes) if (pipe.outbound.length > 0) return true;
    return false;
  }
  get linger() {
    return this.options.linger;
  }
  get blocky() {
    return contextOption(this.context, "blocky") === true;
  }
  /** A bind/unbind finished: run a close() requested meanwhile. */
  unblock() {
    this.blocked--;
    if (this.blocked === 0 && this.closeRequested) this.close();
  }
};
var defaults;
function defaultOptions() {
  if (defaults === void 0) {
    const values2 = {};
    for (const spec of [...COMMON_OPTIONS, ...WRITABLE_OPTIONS, ...READABLE_OPTIONS])
      values2[spec.name] = spec.defaultValue;
    defaults = values2;
  }
  return defaults;
}
function withAddress(error, address2) {
  const failure = error;
  if (failure && typeof failure === "object" && failure.address === void 0) failure.address = address2;
  return failure;
}
var PipeLinkHandler = class {
  constructor(core, pipe, address2, onDown) {
    this.core = core;
    this.pipe = pipe;
    this.address = address2;
    this.onDown = onDown;
  }
  link;
  onReady(peer) {
    if (this.link !== void 0) this.core.linkReady(this.pipe, this.link, peer, this.address);
  }
  onMessage(frames) {
    this.core.behavior.onMessage(this.pipe, frames);
  }
  onSubscribe(topic) {
    this.core.behavior.onSubscribe(this.pipe, topic);
  }
  onCancel(topic) {
    this.core.behavior.onCancel(this.pipe, topic);
  }
  onCommand(name, data) {
    this.core.behavior.onCommand(this.pipe, name, data);
  }
  onDrain() {
    const pipe = this.pipe;
    if (pipe.link !== this.link) return;
    pipe.flush();
    this.core.behavior.onWritable(pipe);
  }
  onClose(error, ready) {
    const link2 = this.link;
    if (link2 === void 0) return;
    this.core.linkClosed(this.pipe, link2, this.address, error, ready);
    this.onDown(link2, error, ready);
  }
};

// src/sockets/socket.ts
var coreOfSocket;
var DONE = Object.freeze({ value: void 0, done: true });
var observers = /* @__PURE__ */ new WeakMap();
function coreOf(socket) {
  return coreOfSocket(socket);
}
function busyReading() {
  return zmqError("EBUSY", "Socket is busy reading; only one receive operation may be in progress at any time");
}
function sendMessage(socket, message2, options) {
  const core = usable(socket);
  if (core.sendPending) {
    throw zmqError("EBUSY", "Socket is busy writing; only one send operation may be in progress at any time");
  }
  return core.send(message2, options);
}
function usable(socket) {
  const core = coreOf(socket);
  if (core.closed) throw zmqError("EBADF");
  if (core.blocked > 0) throw zmqError("EBUSY", "Socket is blocked by a bind or unbind operation");
  return core;
}
var Socket = class {
  /** A private field, not a WeakMap lookup: every send and receive goes through it. */
  #core;
  static {
    coreOfSocket = (socket) => {
      if (typeof socket !== "object" || socket === null || !(#core in socket)) throw new TypeError("Not a socket");
      return socket.#core;
    };
  }
  constructor(type, options) {
    if (arguments.length > 2) throw new TypeError("Expected 2 arguments");
    if (typeof type !== "number") throw new TypeError("Socket type must be a number");
    if (options !== void 0 && (typeof options !== "object" || options === null)) {
      throw new TypeError("Options must be an object");
    }
    const { context: context3 = context, ...rest } = options ?? {};
    if (!(context3 instanceof Context)) throw zmqError("EINVAL");
    const core = new SocketCore(type, context3);
    this.#core = core;
    registerObservable(this, core);
    Object.seal(this);
    for (const [name, value] of Object.entries(rest)) this[name] = value;
  }
  get events() {
    let observer = observers.get(this);
    if (observer === void 0) {
      if (coreOf(this).closed) throw zmqError("ENOTSOCK");
      observer = new Observer(this);
      observers.set(this, observer);
    }
    return observer;
  }
  get context() {
    return coreOf(this).context;
  }
  get closed() {
    return coreOf(this).closed;
  }
  get readable() {
    const core = coreOf(this);
    return !core.closed && core.behavior.readable;
  }
  get writable() {
    const core = coreOf(this);
    return !core.closed && core.behavior.writable;
  }
  bind(address2) {
    const core = usable(this);
    core.blocked++;
    return core.bind(address2).finally(() => core.unblock());
  }
  unbind(address2) {
    const core = usable(this);
    core.blocked++;
    return core.unbind(address2).finally(() => core.unblock());
  }
  /** Starts the bind and returns at once; a failure is reported as a `bind:error` event. */
  bindSync(address2) {
    const core = usable(this);
    core.bind(address2).catch(() => {
    });
  }
  unbindSync(address2) {
    const core = usable(this);
    core.unbind(address2).catch(() => {
    });
  }
  connect(address2) {
    usable(this).connect(address2);
  }
  disconnect(address2) {
    usable(this).disconnect(address2);
  }
  close() {
    coreOf(this).close();
  }
  send(message2) {
    return sendMessage(this, message2);
  }
  receive() {
    const core = usable(this);
    if (core.receivePending) throw busyReading();
    return core.receive();
  }
  /**
   * `for await (const message of socket)`: ends when the socket closes; breaking out does not close it. Written by
   * hand rather than as an async generator: one promise per message instead of several (it is on the hot path).
   */
  [Symbol.asyncIterator]() {
    const core = coreOf(this);
    const receive = () => {
      if (core.closed) return Promise.resolve(DONE);
      if (core.receivePending) throw busyReading();
      let ready;
      try {
        ready = core.receiveNow();
      } catch (error) {
        return Promise.reject(error);
      }
      if (ready !== void 0) return Promise.resolve({ value: ready, done: false });
      return core.waitForMessage().then(
        (value) => ({ value, done: false }),
        (error) => {
          if (core.closed && (error.code === "EAGAIN" || error.code === "EBADF")) return DONE;
          throw error;
        }
      );
    };
    return { next: receive, return: () => Promise.resolve(DONE) };
  }
  getBoolOption(id) {
    return readById(this, id);
  }
  setBoolOption(id, value) {
    writeById(this, id, value);
  }
  getInt32Option(id) {
    return readById(this, id);
  }
  setInt32Option(id, value) {
    writeById(this, id, value);
  }
  getUint32Option(id) {
    return readById(this, id);
  }
  setUint32Option(id, value) {
    writeById(this, id, value);
  }
  getInt64Option(id) {
    return readById(this, id);
  }
  setInt64Option(id, value) {
    writeById(this, id, value);
  }
  getUint64Option(id) {
    return readById(this, id);
  }
  setUint64Option(id, value) {
    writeById(this, id, value);
  }
  getStringOption(id) {
    return readById(this, id);
  }
  setStringOption(id, value) {
    writeById(this, id, value);
  }
};
var specsById = /* @__PURE__ */ new Map();
function readById(socket, id) {
  const spec = specsById.get(id);
  if (spec === void 0) throw zmqError("EINVAL");
  return readOption(socket, spec);
}
function writeById(socket, id, value) {
  const spec = specsById.get(id);
  if (spec === void 0) throw zmqError("EINVAL");
  writeOption(socket, spec, value);
}
function readOption(socket, spec) {
  const core = coreOf(socket);
  if (core.closed) throw zmqError("ENOTSOCK");
  if (spec.rules?.unavailable || spec.rules?.writeOnlyInLibzmq) throw zmqError("EINVAL");
  const security = readSecurityOption(core.security, spec.name);
  if (security !== void 0) return security;
  const values2 = optionRecord(core.options);
  return spec.name in values2 ? values2[spec.name] : spec.defaultValue;
}
function writeOption(socket, spec, value) {
  const core = coreOf(socket);
  if (core.closed) throw zmqError("ENOTSOCK");
  const coerced = spec.rules?.curveKey ? coerceCurveKey(value) : coerceOption(spec, value);
  applySecurityOption(core.security, spec.name, coerced);
  if (spec.name === "routingId") {
    const routingId = Buffer.isBuffer(value) ? value : Buffer.from(coerced, "utf8");
    if (routingId.length > 255) throw zmqError("EINVAL");
    core.routingIdBytes = routingId;
  }
  optionRecord(core.options)[spec.name] = coerced;
  if (core.endpointsUsed && !LIVE_OPTIONS.has(spec.name)) {
    emitWarning("Socket option will not take effect until next connect/bind.");
  }
  core.optionChanged(spec.name);
}
function defineOptions(prototype, specs) {
  for (const spec of specs) {
    specsById.set(spec.id, spec);
    const descriptor = { configurable: true, enumerable: true };
    if (spec.access !== "w") {
      descriptor.get = function() {
        return readOption(this, spec);
      };
    }
    if (spec.access !== "r") {
      descriptor.set = function(value) {
        writeOption(this, spec, value);
      };
    }
    Object.defineProperty(prototype, spec.name, descriptor);
  }
}
function changeGroup(socket, change, value) {
  const behavior = usable(socket).behavior;
  const group = groupBytes(value);
  if (behavior[change] === void 0) throw zmqError("ENOTSUP");
  behavior[change](group);
}
var groupMethods = {
  join(...groups) {
    for (const group of groups) changeGroup(this, "join", group);
  },
  leave(...groups) {
    for (const group of groups) changeGroup(this, "leave", group);
  }
};
for (const [name, value] of Object.entries(groupMethods)) {
  Object.defineProperty(Socket.prototype, name, { value, writable: true, configurable: true });
}
defineOptions(Socket.prototype, COMMON_OPTIONS);

// src/sockets/proxy.ts
var Proxy2 = class {
  frontEnd;
  backEnd;
  #state = "idle";
  #resume = void 0;
  #resumed = Promise.resolve();
  constructor(frontEnd, backEnd) {
    if (arguments.length > 2) throw new TypeError("Expected 2 arguments");
    if (typeof frontEnd !== "object" || frontEnd === null) throw new TypeError("Front-end must be a socket object");
    if (typeof backEnd !== "object" || backEnd === null) throw new TypeError("Back-end must be a socket object");
    if (!(frontEnd instanceof Socket) || !(backEnd instanceof Socket)) throw new Error("Invalid argument");
    this.frontEnd = frontEnd;
    this.backEnd = backEnd;
    Object.seal(this);
  }
  run() {
    if (!isOpen(this.frontEnd)) throw zmqError("EINVAL", "Front-end socket must be bound or connected");
    if (!isOpen(this.backEnd)) throw zmqError("EINVAL", "Back-end socket must be bound or connected");
    if (this.#state !== "idle") throw zmqError("EBUSY");
    this.#state = "running";
    const done = Promise.all([this.#forward(this.frontEnd, this.backEnd), this.#forward(this.backEnd, this.frontEnd)]);
    return done.then(() => {
      this.#state = "terminated";
      this.frontEnd.close();
      this.backEnd.close();
    });
  }
  pause() {
    this.#ensureRunning();
    if (this.#state === "paused") return;
    this.#state = "paused";
    this.#resumed = new Promise((resolve2) => this.#resume = resolve2);
  }
  resume() {
    this.#ensureRunning();
    if (this.#state !== "paused") return;
    this.#state = "running";
    this.#resume?.();
  }
  terminate() {
    this.#ensureRunning();
    this.#state = "terminated";
    this.#resume?.();
    this.frontEnd.close();
    this.backEnd.close();
  }
  #ensureRunning() {
    if (this.#state !== "running" && this.#state !== "paused") throw zmqError("EBADF");
  }
  async #forward(from, to) {
    for (; ; ) {
      if (this.#state === "terminated") return;
      let message2;
      try {
        message2 = await from.receive();
      } catch (error) {
        if (isEnd(error)) return;
        throw error;
      }
      if (this.#state === "paused") await this.#resumed;
      if (this.#state === "terminated") return;
      try {
        await to.send(message2);
      } catch (error) {
        if (isEnd(error)) return;
        throw error;
      }
    }
  }
};
function isOpen(socket) {
  const core = coreOf(socket);
  return core.endpointsUsed && !core.closed;
}
function isEnd(error) {
  const code2 = error.code;
  return code2 === "ENOTSUP" || code2 === "EAGAIN" || code2 === "EBADF";
}

// src/sockets/require-new.ts
function requireNew(constructor) {
  return new Proxy(constructor, {
    apply() {
      throw new TypeError("Class constructors cannot be invoked without 'new'");
    }
  });
}

// src/sockets/classes.ts
function install(prototype, specs, readable, writable) {
  defineOptions(prototype, [...specs, ...writable ? WRITABLE_OPTIONS : [], ...readable ? READABLE_OPTIONS : []]);
}
var Pair = class extends Socket {
  constructor(options) {
    super(0 /* Pair */, options);
  }
};
install(Pair.prototype, [], true, true);
var Publisher = class extends Socket {
  constructor(options) {
    super(1 /* Publisher */, options);
  }
};
install(Publisher.prototype, [NO_DROP, CONFLATE, INVERT_MATCHING, MAX_SUBSCRIPTIONS, MAX_TOPIC_LENGTH], false, true);
var Subscriber = class extends Socket {
  constructor(options) {
    super(2 /* Subscriber */, options);
  }
  /** Subscribe to messages whose first frame starts with any of the prefixes; no argument subscribes to all. */
  subscribe(...prefixes) {
    const behavior = optionTarget(this).behavior;
    if (prefixes.length === 0) prefixes = [""];
    for (const prefix3 of prefixes) behavior.subscribe(topicBytes(prefix3));
  }
  /** Undo one subscribe() per prefix; no argument removes the subscribe-to-all. */
  unsubscribe(...prefixes) {
    const behavior = optionTarget(this).behavior;
    if (prefixes.length === 0) prefixes = [""];
    for (const prefix3 of prefixes) behavior.unsubscribe(topicBytes(prefix3));
  }
};
install(Subscriber.prototype, [CONFLATE, INVERT_MATCHING], true, false);
function topicBytes(prefix3) {
  if (typeof prefix3 === "string") return Buffer.from(prefix3, "utf8");
  if (Buffer.isBuffer(prefix3)) return prefix3;
  throw new TypeError("Option value must be a string or buffer");
}
function optionTarget(socket) {
  const core = coreOf(socket);
  if (core.closed) throw zmqError("ENOTSOCK");
  return core;
}
var Request = class extends Socket {
  constructor(options) {
    super(3 /* Request */, options);
  }
};
install(Request.prototype, [ROUTING_ID, PROBE_ROUTER, CORRELATE, RELAXED], true, true);
var Reply = class extends Socket {
  constructor(options) {
    super(4 /* Reply */, options);
  }
};
install(Reply.prototype, [ROUTING_ID], true, true);
var Dealer = class extends Socket {
  constructor(options) {
    super(5 /* Dealer */, options);
  }
};
install(Dealer.prototype, [ROUTING_ID, PROBE_ROUTER, CONFLATE], true, true);
var Router = class extends Socket {
  constructor(options) {
    super(6 /* Router */, options);
  }
  connect(address2, options = {}) {
    const core = usable(this);
    if (typeof options !== "object" || options === null) throw new TypeError("Options must be an object");
    const { routingId } = options;
    if (routingId !== void 0 && typeof routingId !== "string" && !Buffer.isBuffer(routingId)) {
      throw new TypeError("Option value must be a string or buffer");
    }
    const id = routingId === void 0 ? void 0 : Buffer.from(routingId);
    if (id !== void 0 && id.length > 255) throw zmqError("EINVAL", void 0, address2);
    core.connect(address2, id);
  }
};
install(Router.prototype, [ROUTING_ID, MANDATORY, PROBE_ROUTER, HANDOVER], true, true);
var Pull = class extends Socket {
  constructor(options) {
    super(7 /* Pull */, options);
  }
};
install(Pull.prototype, [CONFLATE], true, false);
var Push = class extends Socket {
  constructor(options) {
    super(8 /* Push */, options);
  }
};
install(Push.prototype, [CONFLATE], false, true);
var XPublisher = class extends Socket {
  constructor(options) {
    super(9 /* XPublisher */, options);
  }
  /** null: report first subscribe / last unsubscribe only; "allSubs": every subscribe; "allSubsUnsubs": all. */
  set verbosity(value) {
    optionTarget(this).options.verbosity = value === "allSubs" || value === "allSubsUnsubs" ? value : null;
  }
};
install(
  XPublisher.prototype,
  [NO_DROP, MANUAL, WELCOME_MESSAGE, INVERT_MATCHING, MAX_SUBSCRIPTIONS, MAX_TOPIC_LENGTH],
  true,
  true
);
var XSubscriber = class extends Socket {
  constructor(options) {
    super(10 /* XSubscriber */, options);
  }
};
install(XSubscriber.prototype, [], true, true);

// src/sockets/stream.ts
var Stream = class extends Socket {
  constructor(options) {
    super(11 /* Stream */, options);
  }
  connect(address2, options = {}) {
    const core = usable(this);
    const { routingId } = options;
    if (routingId !== void 0 && typeof routingId !== "string" && !Buffer.isBuffer(routingId)) {
      throw new TypeError("Option value must be a string or buffer");
    }
    const id = routingId === void 0 ? void 0 : Buffer.from(routingId);
    if (id !== void 0 && (id.length === 0 || id.length > 255)) throw zmqError("EINVAL", void 0, address2);
    core.connect(address2, id);
  }
};
defineOptions(Stream.prototype, [NOTIFY, ...WRITABLE_OPTIONS, ...READABLE_OPTIONS]);

// src/index.ts
var Context2 = requireNew(Context);
var Socket2 = requireNew(Socket);
var Observer2 = requireNew(Observer);
var Proxy3 = requireNew(Proxy2);

// src/cli/command.ts
import { parseArgs } from "util";
var UsageError = class extends Error {
  constructor(message2, command2) {
    super(message2);
    this.command = command2;
    this.name = "UsageError";
  }
};
var CliError = class extends Error {
  constructor(message2, exitCode = 1) {
    super(message2);
    this.exitCode = exitCode;
    this.name = "CliError";
  }
};
function parse(command2, args, options) {
  try {
    const { values: values2, positionals } = parseArgs({
      args,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true
    });
    return { values: values2, positionals };
  } catch (error) {
    const message2 = error.message.replace(/\. To specify a positional argument.*$/s, "");
    throw new UsageError(message2, command2);
  }
}
function integer(command2, name, value, min = 0) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} must be an integer >= ${min}, got ${JSON.stringify(value)}`, command2);
  return n;
}
function positive(command2, name, value) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--${name} must be a positive number, got ${JSON.stringify(value)}`, command2);
  return n;
}
function describeError(error) {
  if (error instanceof Error) {
    const address2 = error.address;
    const code2 = error.code;
    let text2 = error.message;
    if (typeof code2 === "string" && !text2.includes(code2) && /^E[A-Z]+$/.test(code2)) text2 += ` (${code2})`;
    if (address2 && !text2.includes(address2)) text2 = `${address2}: ${text2}`;
    return text2.split("\n")[0];
  }
  return String(error);
}

// src/cli/output.ts
var Progress = class {
  enabled;
  lastDraw = 0;
  shown = false;
  constructor(enabled = process.stderr.isTTY === true && process.env.PUREZMQ_NO_PROGRESS === void 0) {
    this.enabled = enabled;
  }
  update(text2, force = false) {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 200) return;
    this.lastDraw = now;
    process.stderr.write(`\r\x1B[K${text2()}`);
    this.shown = true;
  }
  /** Erase the line (before printing output to the same terminal, and at the end). */
  clear() {
    if (!this.shown) return;
    process.stderr.write("\r\x1B[K");
    this.shown = false;
  }
};
function rateText(count, startedAt, verb) {
  const seconds = Math.max((Date.now() - startedAt) / 1e3, 1e-3);
  return `${count.toLocaleString("en-US")} ${verb}, ${Math.round(count / seconds).toLocaleString("en-US")}/s`;
}
function printLine(progress, line) {
  progress?.clear();
  if (!process.stdout.write(`${line}
`)) return new Promise((resolve2) => process.stdout.once("drain", resolve2));
}
function preview(body, max = 32) {
  if (body.length === 0) return "(empty)";
  const shown = Buffer.from(body.buffer, body.byteOffset, Math.min(body.length, max));
  const more = body.length > max ? "\u2026" : "";
  if (shown.length > 0 && shown.every((b) => b >= 32 && b < 127))
    return `${JSON.stringify(shown.toString("latin1"))}${more}`;
  return `0x${shown.toString("hex")}${more}`;
}
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((row, i) => {
    const line = row.map((cell, c) => c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])).join("  ");
    return i === 0 ? `${line}
${widths.map((w) => "-".repeat(w)).join("  ")}` : line;
  }).join("\n");
}

// src/cli/bench.ts
var HELP = `Usage: purezmq bench [--size BYTES] [--count N] [--roundtrips N] [--transport tcp|ipc]

A quick measurement between two local processes (this one and a child it starts): PUSH -> PULL throughput, then
REQ <-> REP round trips. Shows a progress line on a terminal and prints a summary table.

Options:
  --size BYTES          message size (default 64)
  --count N             messages for the throughput run (default 200000)
  --roundtrips N        request/reply round trips (default 5000)
  --transport T         tcp (default) or ipc
  -h, --help            this help

Example:
  purezmq bench --size 1024 --count 100000
`;
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p / 100))];
}
function startPeer(args) {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1], "bench-peer", ...args], {
    stdio: ["ignore", "ignore", "pipe"]
  });
  let errors = "";
  child.stderr.setEncoding("utf8").on("data", (d) => errors += d);
  child.once("exit", (code2) => {
    if (code2) process.stderr.write(`bench peer exited with status ${code2}: ${errors.trim()}
`);
  });
  return child;
}
function endpointFor(transport, name) {
  if (transport === "ipc") return `ipc:///tmp/purezmq-bench-${process.pid}-${name}.sock`;
  return "tcp://127.0.0.1:0";
}
var benchCommand = {
  name: "bench",
  summary: "throughput and round-trip time between two local processes",
  help: HELP,
  async run(args) {
    const { values: values2, positionals } = parse("bench", args, {
      size: { type: "string" },
      count: { type: "string" },
      roundtrips: { type: "string" },
      transport: { type: "string" }
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`, "bench");
    const size = integer("bench", "size", values2.size) ?? 64;
    const count = integer("bench", "count", values2.count, 1) ?? 2e5;
    const roundtrips = integer("bench", "roundtrips", values2.roundtrips, 1) ?? 5e3;
    const transport = values2.transport ?? "tcp";
    if (transport !== "tcp" && transport !== "ipc") throw new UsageError("--transport must be tcp or ipc", "bench");
    const progress = new Progress();
    const children = [];
    try {
      const pull = new Pull({ receiveHighWaterMark: 1e4 });
      await pull.bind(endpointFor(transport, "thr"));
      children.push(startPeer(["push", pull.lastEndpoint, String(size), String(count)]));
      let received = 0;
      let first = 0;
      for await (const [message2] of pull) {
        if (received === 0) first = performance.now();
        if (message2.length !== size) throw new CliError(`bench peer sent ${message2.length} bytes, expected ${size}`);
        if (++received >= count) break;
        if ((received & 1023) === 0)
          progress.update(
            () => `throughput: ${received.toLocaleString("en-US")} / ${count.toLocaleString("en-US")} messages`
          );
      }
      const seconds = Math.max((performance.now() - first) / 1e3, 1e-6);
      pull.close();
      const req = new Request();
      await req.bind(endpointFor(transport, "lat"));
      children.push(startPeer(["rep", req.lastEndpoint, String(roundtrips)]));
      const payload = Buffer.alloc(size, 97);
      const times = [];
      for (let i = 0; i < roundtrips; i++) {
        const start = performance.now();
        await req.send(payload);
        await req.receive();
        times.push((performance.now() - start) * 1e3);
        if ((i & 127) === 0)
          progress.update(() => `round trips: ${i.toLocaleString("en-US")} / ${roundtrips.toLocaleString("en-US")}`);
      }
      req.close();
      progress.clear();
      times.sort((a, b) => a - b);
      const mean = times.reduce((a, b) => a + b, 0) / times.length;
      const rate = received / seconds;
      process.stdout.write(
        `${table([
          ["measurement", "value"],
          ["transport", transport],
          ["message size", `${size} B`],
          ["throughput messages", count.toLocaleString("en-US")],
          ["throughput", `${Math.round(rate).toLocaleString("en-US")} msg/s`],
          ["bandwidth", `${(rate * size / 1e6).toFixed(1)} MB/s`],
          ["round trips", roundtrips.toLocaleString("en-US")],
          ["round trip mean", `${mean.toFixed(1)} \xB5s`],
          ["round trip p50", `${percentile(times, 50).toFixed(1)} \xB5s`],
          ["round trip p99", `${percentile(times, 99).toFixed(1)} \xB5s`]
        ])}
`
      );
      return 0;
    } finally {
      progress.clear();
      for (const child of children) child.kill();
    }
  }
};
var benchPeerCommand = {
  name: "bench-peer",
  summary: "(internal) the other process of purezmq bench",
  help: "Usage: purezmq bench-peer push ENDPOINT SIZE COUNT | rep ENDPOINT COUNT   (started by purezmq bench)\n",
  async run(args) {
    const [mode, endpoint, a, b] = args;
    if (mode === "push" && endpoint && a && b) {
      const push = new Push({ sendHighWaterMark: 1e4 });
      push.connect(endpoint);
      const message2 = Buffer.alloc(Number(a), 97);
      for (let i = Number(b); i > 0; i--) await push.send(message2);
      push.close();
      return 0;
    }
    if (mode === "rep" && endpoint && a) {
      const rep = new Reply();
      rep.connect(endpoint);
      for (let i = Number(a); i > 0; i--) {
        const request = await rep.receive();
        await rep.send(request);
      }
      rep.close();
      return 0;
    }
    throw new UsageError("bench-peer push ENDPOINT SIZE COUNT | rep ENDPOINT COUNT", "bench-peer");
  }
};

// src/cli/security.ts
import { readFileSync } from "fs";
var SECURITY_FLAGS = [
  { flag: "plain-server", option: "plainServer", kind: "boolean", description: "act as PLAIN server" },
  { flag: "plain-username", option: "plainUsername", kind: "string", description: "PLAIN client user name" },
  { flag: "plain-password", option: "plainPassword", kind: "string", description: "PLAIN client password" },
  { flag: "curve-server", option: "curveServer", kind: "boolean", description: "act as CURVE server" },
  {
    flag: "curve-server-key",
    option: "curveServerKey",
    kind: "key",
    certField: "public-key",
    description: "server's public key (Z85, or @FILE)"
  },
  {
    flag: "curve-public-key",
    option: "curvePublicKey",
    kind: "key",
    certField: "public-key",
    description: "our public key (Z85, or @FILE)"
  },
  {
    flag: "curve-secret-key",
    option: "curveSecretKey",
    kind: "key",
    certField: "secret-key",
    description: "our secret key (Z85, or @FILE)"
  },
  { flag: "zap-domain", option: "zapDomain", kind: "string", description: "ZAP domain" }
];
var SECURITY_OPTIONS = Object.fromEntries(
  SECURITY_FLAGS.map((f) => [f.flag, { type: f.kind === "boolean" ? "boolean" : "string" }])
);
var SECURITY_HELP = SECURITY_FLAGS.map(
  (f) => `  --${f.flag}${f.kind === "boolean" ? "" : " VALUE"}`.padEnd(30) + f.description
).join("\n");
function readKey(value, flag) {
  if (!value.startsWith("@")) return value;
  const path = value.slice(1);
  let text2;
  try {
    text2 = readFileSync(path, "utf8");
  } catch (error) {
    throw new CliError(
      `--${flag.flag}: cannot read ${path}: ${error.code ?? error.message}`
    );
  }
  const field = flag.certField && new RegExp(`^\\s*${flag.certField}\\s*=\\s*"([^"]+)"`, "m").exec(text2);
  if (field) return field[1];
  const key = text2.trim();
  if (key.length === 0 || /\s/.test(key))
    throw new CliError(`--${flag.flag}: ${path} holds neither a key nor a ${flag.certField} line`);
  return key;
}
function securityOptions(values2, probe) {
  const options = {};
  for (const flag of SECURITY_FLAGS) {
    const value = values2[flag.flag];
    if (value === void 0 || value === false) continue;
    if (!(flag.option in probe)) {
      throw new CliError(
        `--${flag.flag} needs the socket option ${flag.option}, which this version of purezmq does not support yet`
      );
    }
    options[flag.option] = flag.kind === "key" ? readKey(value, flag) : value;
  }
  return options;
}
function curveKeyFlag(values2, name) {
  const flag = SECURITY_FLAGS.find((f) => f.flag === name);
  const value = values2[name];
  if (typeof value !== "string") return void 0;
  const text2 = readKey(value, flag);
  const key = text2.length === 40 ? z85Decode(text2) : void 0;
  if (key === void 0) throw new CliError(`--${name}: not a CURVE key (40 Z85 characters)`);
  return key;
}

// node_modules/fast-check/lib/rolldown-runtime-D7D4PA-g.js
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
  let target = {};
  for (var name in all) __defProp(target, name, {
    get: all[name],
    enumerable: true
  });
  if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
  return target;
};

// node_modules/pure-rand/lib/esm/generator/congruential32.js
var MULTIPLIER = 214013;
var INCREMENT = 2531011;
var MASK = 4294967295;
var MASK_2 = -2147483649;
var MULTIPLIER_2 = -1443076087;
var INCREMENT_2 = 505908858;
var MULTIPLIER_3 = 1170746341;
var INCREMENT_3 = -755606699;
var JUMP_MULTIPLIER = 1994129409;
var JUMP_INCREMENT = 916127744;
var LinearCongruential32 = class LinearCongruential322 {
  constructor(seed) {
    this.seed = seed;
  }
  clone() {
    return new LinearCongruential322(this.seed);
  }
  next() {
    const s0 = this.seed;
    const s1 = Math.imul(s0, MULTIPLIER) + INCREMENT | 0;
    const s2 = Math.imul(s0, MULTIPLIER_2) + INCREMENT_2 | 0;
    const s3 = Math.imul(s0, MULTIPLIER_3) + INCREMENT_3 | 0;
    this.seed = s3;
    const v1 = (s1 & MASK_2) >> 16;
    const v2 = (s2 & MASK_2) >> 16;
    return (s3 & MASK_2) >> 16 | v2 << 15 | v1 << 30;
  }
  jump() {
    this.seed = Math.imul(this.seed, JUMP_MULTIPLIER) + JUMP_INCREMENT & MASK;
  }
  getState() {
    return [this.seed];
  }
};
function congruential32(seed) {
  return new LinearCongruential32(seed);
}

// node_modules/pure-rand/lib/esm/generator/mersenne.js
var N = 624;
var M = 397;
var A = 2567483615;
var F = 1812433253;
var U = 11;
var S = 7;
var B = 2636928640;
var T = 15;
var C = 4022730752;
var L = 18;
var MASK_LOWER = 2147483647;
var MASK_UPPER = 2147483648;
var JUMP_COEFS = "SUSgbA\\W`E[]KN2RUSo8XVU?HKBFRl11E\\KoWOg5B]XEWG;BE;1:oVK[`B^Z9Qd23^XTnhL>]Unda4f[X;_j9H5QD=cN<5H`3bW>9bk1mjoI2fK0obmAAINOV:>Mek_V9dd<hZ\\gC3?Fm7FEk07QH_3PLm^@?^i\\QMkgP<]oLHmFnlecg5F@7U^@4jhZ?WZS0k@GHehmM36:5^9;>Hmm`co>k:KOSkSbIINb1VFf>LXgP>GUAQTD>Ci>XMGkUflLlb?_FaFUk@?5N7i70@;1o68ah@I<HFH7R2^J:G][Gf962ITWID9GWK8ElD2G5=DcHcL]cA]P2n7A=[<bInM;IHDQnJMReRXDWbVldnGEIPij`E08Xdci3@0c:IBbD4:Nk]?lEN9j^;T`0blZX7eiWE8c`<ak7j05FZi>AjUDh?M1B?^??FAXKThf<aBOXZf7jXYGK>R<;NHk3S9YhM7STJ6`:MIE`S@7298X8W>PNK=@;lLX<i\\TXLL<W@X[X54H]in8M;;n?kkQbajgAMY=Tf9b;ZKf0QUB2FHYWfnfkDoU9YkcLd95T>lK6GM1YL\\lid:J>KYS=iJ]Y>QlF>?R5_[5QeYC=66;A32Ac>OHk_ne^0g>bK:g;KFPgbGUcPR_Z=TX3H9d03bKZ2IhEPKBo>LSGWd0iFdV8C<Y:<>T[O6lC\\blaZ>GoAYP4clf^j1IfnZJ]QeDe2X<HE[LJNWnaCg[P]Co^:IRbWPY?97UePBlZNNHY6LOBM8P>=h?Ye:_f_Sb9Ki5GDYBF4dWeMfdg^ccPllNWM7G1\\UMdoYeOOD5^e@foA22G?ADYo5:FVG[bWo96;>3kc_c1Ab30>30;1@4F8g2hY?DJ4[LOL;ZLLKo2]jo>[KMDUcR279N_kF=3WL@Dd620bMTdA\\U9k``ef2iD9JgJ8CZBHS>F^Uk;<laeaeHS<15OSeS`PcSSKBRBFY]aQ=EgUXGNg=?d56`KA@2BejY0^[_DCX`L=CGMT=BW^6S1i@2ATBVk>3_ocRA>2U:4GPQ6o>5jX2HIcV3S@On6KB<[SKB?FC_AAji9agbBFkAi\\;4I\\UJ]c36Ub@[;gQACVGY<V]SDJBUU]La\\_a@JdOO8gm2T0DJMa:8Hf7>E]noQ[1Kambn??QQ]S?1i0oMGOijb\\aGY6lQ^CJ?9bFle8<eH4UUjBINX;n8@VOA5ah^URV49B[A?ONHhHAC1J5;;h0SXYlG^0W=eJdHh^K4SGe=1HZLLam;D<Q3AOdbPcdX``82\\jo0En8jRVGC73WMCF9`d:0heS?80?C188cSn7H9<daZ]MgS4Pb^1HkA:1PU^5>^h_g[RQV@PnYBRI_]`B]Bh@Uk03eXGY`I16L76H28X`R>IROMeNVUdU[:lghLhPCQZ:4a<30YBZCYnXe[?;jc8gKI2QH2MjnWBm4nGCZW`aVU2a;P<AMI25mlW_Nm][2?b6o851X@lAm]YZ`bWRF1g<Ga:T]1NXH5Veja5P9S9>:aNg:Th1Y=5o78K>LQ8hW@5S?I83Lk5Xk;j5@I3o[d:4RjE^oS30:WP9gC\\i8aSI>QRE@4lP:7lDg8g2`Ql[2I8aBU\\BQ?B4_clL9Q]S;^e1Ob5[>3JER2`c7B=o]fPOWO<DGi;Niba1PoWPPE_Q3aX0OB0mZej\\f_M[J4Y6]1`h2MkF[GiW8Q^d3^_=<I1N2Q7]2<2j[iP7V3V821FaI]A`93bC^Z\\G=WJ;^Ih?B97_iIF@\\Dl<eK1je8SNTWo_=XFMZH<<JYLZ^YQMPgYOV45K_:]kSI8^XlO0]GY=VUfe_C_F6TOcoAlVUH:o=WhhT@K`2KFhe<3\\KXQ>W:M?S_4S5d@J^`[AGA7@3]DnGSCO`\\?E8HT75^d9\\:m\\m1egIfk8cd6bD9\\eU8\\n[Pb0Cgd^S0n9kGJHb]i5XodlKHc34Fhi9K>0U5WK`>7Ff2^KL=WC6:kc?e5C^a1T1:4:^S5flXlGNIj08AfO?Dh7T7dWO>E]NI9?ob7B7P_h[4TEP[EU;GllFTnSmg9:\\[N]<SAoKP_kPlG56A:I3T6EG8Hj=XnUE`KT5U@OQ?]7[N^MFN1_NU4KO_3::Le`8IL9[1Z1H1;V3SC\\N3]S@4U[F2mhT5dYM7[4Pg_Na0_8WTH0`bgceQS8]EG;XgD4Ib4iLTP@kE79Mn>AYRJA1U5^Blhgno:aHVYc03c3J0Vc9FjEV^M75Zfd8kVC9>iJDk`AJ[6f7DK2D^DL\\AX:6b5h31XH;RQB\\N<ZSM=J;6L[`UW^eOIFc1Y]6_dfedIe4ARh72mTXC0WND_IDHVCZRDE0eODARCEETQI5TPUQE=jEH5bS?LP[ai`F5ABRYDo2o\\@=]GT?_9;hc4Lm:\\SF9k1T<0E@fX9BG[]g0nY7k[Qmi@la8`PF0j6@Q?Ii7bLkXQ<lLHf]`:DCh@9JY5>hEVLTdhL\\b1EB0lLh<=WaO@F<;8g<d:@e:LA:cFIEdmQh7hNHfSRToW?8N4:Z1K;XEDRO;OIDh<UdVln?bjgL>?VE98[B\\K<BVjkG8LiSX;fb>jf?DUK00Aih<WY6QD6cEnHBZ8iN_fd<G8Ci`11RUW2QlW]IXV:m?;J0GXXHfGNQ>:D`=fLPbO?VOTEYLj^cNj5PM>jKB5HVjJ4U7lXaTQNL9<@\\1`m\\Ug@VQHd7>jW=ca0`miF7;N0F=GjoQ`RFchKMGTmn8cF@Oh4GGCm7m2`U9j93Tb>=kSERjE_J939F01I1;`<ijk_=_Vn=7RVAI6fnQI5KlF:C44bN<<8K=Z<2TP<1]5?<dB>^LA=ebloE2Y2:9lkh0\\<YKbHD97iE`<C5oj^1>X:??`H6BXF2hG1Q[dF0Q=>W=J?7C\\k1T?<;R44oW?1hY^G8Zm]ZKnfOf0eCFYo6?=D8?<`6HU5SXh1;=:23LmV_FSi;OJfV<^?GkIDPISeHg1LaGE:V3Y3K3H<QJfbY?=;ldZRhnhQT_mGXDLFXXhSONE6Do_0iNZagB:BPGOTH;VhHUTd6LhQm^[;dO]5Hlkg<R:F<Kn\\:I:EGojgWZ2X@SYO_dlH;G8S<>oEKabY`:oU;=JW7ig?S?EYb86b7n8ce\\]IRa]koiWY<RfO;5kUI;7lVeC?[@ZaXDiF04B8R]bg@>O<mQDoUcBLcf^f>m2kMBUloD>Ze@NN^Z11TM`inXYhE_I=kA`:ZF4d\\>`L@;ZP[`ENU5cL[BV6\\Z?Di76:jg3hE6oG6jFc8kP=[GS1;WSedYQW1:U4\\OF32GgmMC<AjO]872bdBb`bKAA?8j78b>T3VfcUB2m4J^CPRU;8dScI]LU]^bBYA5_3:Y0N5i^?200000";
var MersenneTwister = class MersenneTwister2 {
  constructor(states, index) {
    this.states = states;
    this.index = index;
  }
  clone() {
    return new MersenneTwister2(this.states.slice(), this.index);
  }
  next() {
    let y = this.states[this.index];
    y ^= y >>> U;
    y ^= y << S & B;
    y ^= y << T & C;
    y ^= y >>> L;
    this.index = twistedNext(this.states, this.index);
    return y;
  }
  getState() {
    return [this.index, ...this.states];
  }
  jump() {
    const originalStates = this.states.slice();
    const originalIndex = this.index;
    this.index = twistedNext(this.states, this.index);
    for (let i = 19932; i > 0; --i) {
      if (JUMP_COEFS.charCodeAt(i / 6 | 0) - 48 & 1 << i % 6) addState(this.states, this.index, originalStates, originalIndex);
      this.index = twistedNext(this.states, this.index);
    }
    addState(this.states, this.index, originalStates, originalIndex);
  }
};
function addState(mt, idx, originalMt, originalIdx) {
  let i = 0;
  if (originalIdx >= idx) {
    for (; i < N - originalIdx; i++) mt[i + idx] ^= originalMt[i + originalIdx];
    for (; i < N - idx; i++) mt[i + idx] ^= originalMt[i + originalIdx - N];
    for (; i < N; i++) mt[i + idx - N] ^= originalMt[i + originalIdx - N];
  } else {
    for (; i < N - idx; i++) mt[i + idx] ^= originalMt[i + originalIdx];
    for (; i < N - originalIdx; i++) mt[i + idx - N] ^= originalMt[i + originalIdx];
    for (; i < N; i++) mt[i + idx - N] ^= originalMt[i + originalIdx - N];
  }
}
function twistedNext(mt, idx) {
  if (idx < N - M) {
    const y = mt[idx] & MASK_UPPER | mt[idx + 1] & MASK_LOWER;
    mt[idx] = mt[idx + M] ^ y >>> 1 ^ -(y & 1) & A;
    return idx + 1;
  } else if (idx < N - 1) {
    const y = mt[idx] & MASK_UPPER | mt[idx + 1] & MASK_LOWER;
    mt[idx] = mt[idx + M - N] ^ y >>> 1 ^ -(y & 1) & A;
    return idx + 1;
  } else {
    const y = mt[idx] & MASK_UPPER | mt[0] & MASK_LOWER;
    mt[idx] = mt[M - 1] ^ y >>> 1 ^ -(y & 1) & A;
    return 0;
  }
}
function twist(mt) {
  for (let idx = 0; idx !== N; ++idx) twistedNext(mt, idx);
}
function mersenne(seed) {
  const out = [seed | 0];
  for (let idx = 1; idx !== N; ++idx) {
    const xored = out[idx - 1] ^ out[idx - 1] >>> 30;
    out.push(Math.imul(F, xored) + idx | 0);
  }
  twist(out);
  return new MersenneTwister(out, 0);
}

// node_modules/pure-rand/lib/esm/generator/xorshift128plus.js
var jumps = [
  1667051007,
  2321340297,
  1548169110,
  304075285
];
var XorShift128Plus = class XorShift128Plus2 {
  constructor(s01, s00, s11, s10) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }
  clone() {
    return new XorShift128Plus2(this.s01, this.s00, this.s11, this.s10);
  }
  next() {
    const a0 = this.s00 ^ this.s00 << 23;
    const a1 = this.s01 ^ (this.s01 << 23 | this.s00 >>> 9);
    const s10 = this.s10;
    const s11 = this.s11;
    const out = this.s00 + s10 | 0;
    this.s01 = s11;
    this.s00 = s10;
    this.s11 = a1 ^ s11 ^ a1 >>> 18 ^ s11 >>> 5;
    this.s10 = a0 ^ s10 ^ (a0 >>> 18 | a1 << 14) ^ (s10 >>> 5 | s11 << 27);
    return out;
  }
  jump() {
    let ns01 = 0;
    let ns00 = 0;
    let ns11 = 0;
    let ns10 = 0;
    let s01 = this.s01;
    let s00 = this.s00;
    let s11 = this.s11;
    let s10 = this.s10;
    for (let i = 0; i !== 4; ++i) {
      const ji = jumps[i];
      for (let mask = 1; mask; mask <<= 1) {
        if (ji & mask) {
          ns01 ^= s01;
          ns00 ^= s00;
          ns11 ^= s11;
          ns10 ^= s10;
        }
        const a0 = s00 ^ s00 << 23;
        const a1 = s01 ^ (s01 << 23 | s00 >>> 9);
        s01 = s11;
        s00 = s10;
        s10 = a0 ^ s10 ^ (a0 >>> 18 | a1 << 14) ^ (s10 >>> 5 | s11 << 27);
        s11 = a1 ^ s11 ^ a1 >>> 18 ^ s11 >>> 5;
      }
    }
    this.s01 = ns01;
    this.s00 = ns00;
    this.s11 = ns11;
    this.s10 = ns10;
  }
  getState() {
    return [
      this.s01,
      this.s00,
      this.s11,
      this.s10
    ];
  }
};
function xorshift128plus(seed) {
  return new XorShift128Plus(-1, ~seed, seed | 0, 0);
}

// node_modules/pure-rand/lib/esm/generator/xoroshiro128plus.js
var jumps2 = [
  3639956645,
  3750757012,
  1261568508,
  386426335
];
var XoroShiro128Plus = class XoroShiro128Plus2 {
  constructor(s01, s00, s11, s10) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }
  clone() {
    return new XoroShiro128Plus2(this.s01, this.s00, this.s11, this.s10);
  }
  next() {
    const out = this.s00 + this.s10 | 0;
    const a0 = this.s10 ^ this.s00;
    const a1 = this.s11 ^ this.s01;
    const s00 = this.s00;
    const s01 = this.s01;
    this.s00 = s00 << 24 ^ s01 >>> 8 ^ a0 ^ a0 << 16;
    this.s01 = s01 << 24 ^ s00 >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
    this.s10 = a1 << 5 ^ a0 >>> 27;
    this.s11 = a0 << 5 ^ a1 >>> 27;
    return out;
  }
  jump() {
    let ns01 = 0;
    let ns00 = 0;
    let ns11 = 0;
    let ns10 = 0;
    let s01 = this.s01;
    let s00 = this.s00;
    let s11 = this.s11;
    let s10 = this.s10;
    for (let i = 0; i !== 4; ++i) {
      const ji = jumps2[i];
      for (let mask = 1; mask; mask <<= 1) {
        if (ji & mask) {
          ns01 ^= s01;
          ns00 ^= s00;
          ns11 ^= s11;
          ns10 ^= s10;
        }
        const a0 = s10 ^ s00;
        const a1 = s11 ^ s01;
        const s00_ = s00;
        const s01_ = s01;
        s00 = s00_ << 24 ^ s01_ >>> 8 ^ a0 ^ a0 << 16;
        s01 = s01_ << 24 ^ s00_ >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
        s10 = a1 << 5 ^ a0 >>> 27;
        s11 = a0 << 5 ^ a1 >>> 27;
      }
    }
    this.s01 = ns01;
    this.s00 = ns00;
    this.s11 = ns11;
    this.s10 = ns10;
  }
  getState() {
    return [
      this.s01,
      this.s00,
      this.s11,
      this.s10
    ];
  }
};
function xoroshiro128plus(seed) {
  return new XoroShiro128Plus(-1, ~seed, seed | 0, 0);
}

// node_modules/pure-rand/lib/esm/utils/skipN.js
function skipN(rng, num) {
  for (let idx = 0; idx !== num; ++idx) rng.next();
}

// node_modules/pure-rand/lib/esm/distribution/uniformBigInt.js
var SBigInt = BigInt;
var NumValues = 4294967296n;
function uniformBigInt(rng, from, to) {
  const diff = to - from + 1n;
  let FinalNumValues = NumValues;
  let NumIterations = 1;
  while (FinalNumValues < diff) {
    FinalNumValues <<= 32n;
    ++NumIterations;
  }
  let value = generateNext(NumIterations, rng);
  if (value < diff) return value + from;
  if (value + diff < FinalNumValues) return value % diff + from;
  const MaxAcceptedRandom = FinalNumValues - FinalNumValues % diff;
  while (value >= MaxAcceptedRandom) value = generateNext(NumIterations, rng);
  return value % diff + from;
}
function generateNext(NumIterations, rng) {
  let value = SBigInt(rng.next() + 2147483648);
  for (let num = 1; num < NumIterations; ++num) {
    const out = rng.next();
    value = (value << 32n) + SBigInt(out + 2147483648);
  }
  return value;
}

// node_modules/pure-rand/lib/esm/distribution/uniformInt.js
function uniformIntInternal(rng, rangeSize) {
  const MaxAllowed = rangeSize > 2 ? ~~(4294967296 / rangeSize) * rangeSize : 4294967296;
  let deltaV = rng.next() + 2147483648;
  while (deltaV >= MaxAllowed) deltaV = rng.next() + 2147483648;
  return deltaV % rangeSize;
}
function fromNumberToArrayInt64(out, n) {
  if (n < 0) {
    const posN = -n;
    out.sign = -1;
    out.data[0] = ~~(posN / 4294967296);
    out.data[1] = posN >>> 0;
  } else {
    out.sign = 1;
    out.data[0] = ~~(n / 4294967296);
    out.data[1] = n >>> 0;
  }
  return out;
}
function substractArrayInt64(out, arrayIntA, arrayIntB) {
  const lowA = arrayIntA.data[1];
  const highA = arrayIntA.data[0];
  const signA = arrayIntA.sign;
  const lowB = arrayIntB.data[1];
  const highB = arrayIntB.data[0];
  const signB = arrayIntB.sign;
  out.sign = 1;
  if (signA === 1 && signB === -1) {
    const low2 = lowA + lowB;
    const high = highA + highB + (low2 > 4294967295 ? 1 : 0);
    out.data[0] = high >>> 0;
    out.data[1] = low2 >>> 0;
    return out;
  }
  let lowFirst = lowA;
  let highFirst = highA;
  let lowSecond = lowB;
  let highSecond = highB;
  if (signA === -1) {
    lowFirst = lowB;
    highFirst = highB;
    lowSecond = lowA;
    highSecond = highA;
  }
  let reminderLow = 0;
  let low = lowFirst - lowSecond;
  if (low < 0) {
    reminderLow = 1;
    low = low >>> 0;
  }
  out.data[0] = highFirst - highSecond - reminderLow;
  out.data[1] = low;
  return out;
}
function uniformArrayIntInternal(rng, out, rangeSize) {
  const maxIndex0 = rangeSize[0] + 1;
  out[0] = uniformIntInternal(rng, maxIndex0);
  out[1] = uniformIntInternal(rng, 4294967296);
  while (out[0] >= rangeSize[0] && (out[0] !== rangeSize[0] || out[1] >= rangeSize[1])) {
    out[0] = uniformIntInternal(rng, maxIndex0);
    out[1] = uniformIntInternal(rng, 4294967296);
  }
  return out;
}
var safeNumberMaxSafeInteger = Number.MAX_SAFE_INTEGER;
var sharedA = {
  sign: 1,
  data: [0, 0]
};
var sharedB = {
  sign: 1,
  data: [0, 0]
};
var sharedC = {
  sign: 1,
  data: [0, 0]
};
var sharedData = [0, 0];
function uniformLargeIntInternal(rng, from, to, rangeSize) {
  const rangeSizeArrayIntValue = rangeSize <= safeNumberMaxSafeInteger ? fromNumberToArrayInt64(sharedC, rangeSize) : substractArrayInt64(sharedC, fromNumberToArrayInt64(sharedA, to), fromNumberToArrayInt64(sharedB, from));
  if (rangeSizeArrayIntValue.data[1] === 4294967295) {
    rangeSizeArrayIntValue.data[0] += 1;
    rangeSizeArrayIntValue.data[1] = 0;
  } else rangeSizeArrayIntValue.data[1] += 1;
  uniformArrayIntInternal(rng, sharedData, rangeSizeArrayIntValue.data);
  return sharedData[0] * 4294967296 + sharedData[1] + from;
}
function uniformInt(rng, from, to) {
  const rangeSize = to - from;
  if (rangeSize <= 4294967295) return uniformIntInternal(rng, rangeSize + 1) + from;
  return uniformLargeIntInternal(rng, from, to, rangeSize);
}

// node_modules/fast-check/lib/fast-check.js
var SharedFootPrint = Symbol.for("fast-check/PreconditionFailure");
var PreconditionFailure = class extends Error {
  constructor(interruptExecution = false) {
    super();
    this.interruptExecution = interruptExecution;
    this.footprint = SharedFootPrint;
  }
  static isFailure(err) {
    return err !== null && err !== void 0 && err.footprint === SharedFootPrint;
  }
};
function pre(expectTruthy) {
  if (!expectTruthy) throw new PreconditionFailure();
}
var Nil = class {
  [Symbol.iterator]() {
    return this;
  }
  next(value) {
    return {
      value,
      done: true
    };
  }
};
var nil = new Nil();
function nilHelper() {
  return nil;
}
function* mapHelper(g, f) {
  for (const v of g) yield f(v);
}
function* flatMapHelper(g, f) {
  for (const v of g) yield* f(v);
}
function* filterHelper(g, f) {
  for (const v of g) if (f(v)) yield v;
}
function* takeNHelper(g, n) {
  for (let i = 0; i < n; ++i) {
    const cur = g.next();
    if (cur.done) break;
    yield cur.value;
  }
}
function* takeWhileHelper(g, f) {
  let cur = g.next();
  while (!cur.done && f(cur.value)) {
    yield cur.value;
    cur = g.next();
  }
}
function* joinHelper(g, others) {
  for (let cur = g.next(); !cur.done; cur = g.next()) yield cur.value;
  for (const s of others) for (let cur = s.next(); !cur.done; cur = s.next()) yield cur.value;
}
var safeSymbolIterator$1 = Symbol.iterator;
var Stream2 = class Stream3 {
  /**
  * Create an empty stream of T
  * @remarks Since 0.0.1
  */
  static nil() {
    return new Stream3(nilHelper());
  }
  /**
  * Create a stream of T from a variable number of elements
  *
  * @param elements - Elements used to create the Stream
  * @remarks Since 2.12.0
  */
  static of(...elements) {
    return new Stream3(elements[safeSymbolIterator$1]());
  }
  /**
  * Create a Stream based on `g`
  * @param g - Underlying data of the Stream
  */
  constructor(g) {
    this.g = g;
  }
  next() {
    return this.g.next();
  }
  [Symbol.iterator]() {
    return this.g;
  }
  /**
  * Map all elements of the Stream using `f`
  *
  * WARNING: It closes the current stream
  *
  * @param f - Mapper function
  * @remarks Since 0.0.1
  */
  map(f) {
    return new Stream3(mapHelper(this.g, f));
  }
  /**
  * Flat map all elements of the Stream using `f`
  *
  * WARNING: It closes the current stream
  *
  * @param f - Mapper function
  * @remarks Since 0.0.1
  */
  flatMap(f) {
    return new Stream3(flatMapHelper(this.g, f));
  }
  /**
  * Drop elements from the Stream while `f(element) === true`
  *
  * WARNING: It closes the current stream
  *
  * @param f - Drop condition
  * @remarks Since 0.0.1
  */
  dropWhile(f) {
    let foundEligible = false;
    function* helper(v) {
      if (foundEligible || !f(v)) {
        foundEligible = true;
        yield v;
      }
    }
    return this.flatMap(helper);
  }
  /**
  * Drop `n` first elements of the Stream
  *
  * WARNING: It closes the current stream
  *
  * @param n - Number of elements to drop
  * @remarks Since 0.0.1
  */
  drop(n) {
    if (n <= 0) return this;
    let idx = 0;
    function helper() {
      return idx++ < n;
    }
    return this.dropWhile(helper);
  }
  /**
  * Take elements from the Stream while `f(element) === true`
  *
  * WARNING: It closes the current stream
  *
  * @param f - Take condition
  * @remarks Since 0.0.1
  */
  takeWhile(f) {
    return new Stream3(takeWhileHelper(this.g, f));
  }
  /**
  * Take `n` first elements of the Stream
  *
  * WARNING: It closes the current stream
  *
  * @param n - Number of elements to take
  * @remarks Since 0.0.1
  */
  take(n) {
    return new Stream3(takeNHelper(this.g, n));
  }
  filter(f) {
    return new Stream3(filterHelper(this.g, f));
  }
  /**
  * Check whether all elements of the Stream are successful for `f`
  *
  * WARNING: It closes the current stream
  *
  * @param f - Condition to check
  * @remarks Since 0.0.1
  */
  every(f) {
    for (const v of this.g) if (!f(v)) return false;
    return true;
  }
  /**
  * Check whether one of the elements of the Stream is successful for `f`
  *
  * WARNING: It closes the current stream
  *
  * @param f - Condition to check
  * @remarks Since 0.0.1
  */
  has(f) {
    for (const v of this.g) if (f(v)) return [true, v];
    return [false, null];
  }
  /**
  * Join `others` Stream to the current Stream
  *
  * WARNING: It closes the current stream and the other ones (as soon as it iterates over them)
  *
  * @param others - Streams to join to the current Stream
  * @remarks Since 0.0.1
  */
  join(...others) {
    return new Stream3(joinHelper(this.g, others));
  }
  /**
  * Take the `nth` element of the Stream of the last (if it does not exist)
  *
  * WARNING: It closes the current stream
  *
  * @param nth - Position of the element to extract
  * @remarks Since 0.0.12
  */
  getNthOrLast(nth) {
    let remaining = nth;
    let last = null;
    for (const v of this.g) {
      if (remaining-- === 0) return v;
      last = v;
    }
    return last;
  }
};
function stream(g) {
  return new Stream2(g);
}
var cloneMethod = Symbol.for("fast-check/cloneMethod");
function hasCloneMethod(instance) {
  return instance !== null && (typeof instance === "object" || typeof instance === "function") && cloneMethod in instance && typeof instance[cloneMethod] === "function";
}
function cloneIfNeeded(instance) {
  return hasCloneMethod(instance) ? instance[cloneMethod]() : instance;
}
var safeObjectDefineProperty$4 = Object.defineProperty;
var Value = class {
  /**
  * @param value_ - Internal value of the shrinkable
  * @param context - Context associated to the generated value (useful for shrink)
  * @param customGetValue - Limited to internal usages (to ease migration to next), it will be removed on next major
  */
  constructor(value_, context3, customGetValue) {
    this.value_ = value_;
    this.context = context3;
    this.hasToBeCloned = customGetValue !== void 0 || hasCloneMethod(value_);
    this.readOnce = false;
    this.value = value_;
    if (this.hasToBeCloned) safeObjectDefineProperty$4(this, "value", {
      get: customGetValue !== void 0 ? customGetValue : this.getValue,
      enumerable: false,
      configurable: false
    });
  }
  /** @internal */
  getValue() {
    if (this.hasToBeCloned) {
      if (!this.readOnce) {
        this.readOnce = true;
        return this.value_;
      }
      return this.value_[cloneMethod]();
    }
    return this.value_;
  }
};
var Arbitrary = class {
  filter(refinement) {
    return new FilterArbitrary(this, refinement);
  }
  /**
  * Create another arbitrary by mapping all produced values using the provided `mapper`
  * Values produced by the new arbitrary are the result of applying `mapper` value by value
  *
  * @example
  * ```typescript
  * const rgbChannels: Arbitrary<{r:number,g:number,b:number}> = ...;
  * const color: Arbitrary<string> = rgbChannels.map(ch => `#${(ch.r*65536 + ch.g*256 + ch.b).toString(16).padStart(6, '0')}`);
  * // transform an Arbitrary producing {r,g,b} integers into an Arbitrary of '#rrggbb'
  * ```
  *
  * @param mapper - Map function, to produce a new element based on an old one
  * @param unmapper - Optional unmap function, it will never be used except when shrinking user defined values. Must throw if value is not compatible (since 3.0.0)
  * @returns New arbitrary with mapped elements
  *
  * @remarks Since 0.0.1
  */
  map(mapper, unmapper) {
    return new MapArbitrary(this, mapper, unmapper);
  }
  /**
  * Create another arbitrary by mapping a value from a base Arbirary using the provided `fmapper`
  * Values produced by the new arbitrary are the result of the arbitrary generated by applying `fmapper` to a value
  * @example
  * ```typescript
  * const arrayAndLimitArbitrary = fc.nat().chain((c: number) => fc.tuple( fc.array(fc.nat(c)), fc.constant(c)));
  * ```
  *
  * @param chainer - Chain function, to produce a new Arbitrary using a value from another Arbitrary
  * @returns New arbitrary of new type
  *
  * @remarks Since 1.2.0
  */
  chain(chainer) {
    return new ChainArbitrary(this, chainer);
  }
};
var ChainArbitrary = class extends Arbitrary {
  constructor(arb, chainer) {
    super();
    this.arb = arb;
    this.chainer = chainer;
  }
  generate(mrng, biasFactor) {
    const clonedMrng = mrng.clone();
    const src = this.arb.generate(mrng, biasFactor);
    return this.valueChainer(src, mrng, clonedMrng, biasFactor);
  }
  canShrinkWithoutContext(_value) {
    return false;
  }
  shrink(value, context3) {
    if (this.isSafeContext(context3)) return (!context3.stoppedForOriginal ? this.arb.shrink(context3.originalValue, context3.originalContext).map((v) => this.valueChainer(v, context3.clonedMrng.clone(), context3.clonedMrng, context3.originalBias)) : Stream2.nil()).join(context3.chainedArbitrary.shrink(value, context3.chainedContext).map((dst) => {
      const newContext = {
        ...context3,
        chainedContext: dst.context,
        stoppedForOriginal: true
      };
      return new Value(dst.value_, newContext);
    }));
    return Stream2.nil();
  }
  valueChainer(v, generateMrng, clonedMrng, biasFactor) {
    const chainedArbitrary = this.chainer(v.value_);
    const dst = chainedArbitrary.generate(generateMrng, biasFactor);
    const context3 = {
      originalBias: biasFactor,
      originalValue: v.value_,
      originalContext: v.context,
      stoppedForOriginal: false,
      chainedArbitrary,
      chainedContext: dst.context,
      clonedMrng
    };
    return new Value(dst.value_, context3);
  }
  isSafeContext(context3) {
    return context3 !== null && context3 !== void 0 && typeof context3 === "object" && "originalBias" in context3 && "originalValue" in context3 && "originalContext" in context3 && "stoppedForOriginal" in context3 && "chainedArbitrary" in context3 && "chainedContext" in context3 && "clonedMrng" in context3;
  }
};
function mapperWithCloneIfNeeded(v, mapper) {
  const sourceValue = v.value;
  const mappedValue = mapper(sourceValue);
  if (v.hasToBeCloned && (typeof mappedValue === "object" && mappedValue !== null || typeof mappedValue === "function") && Object.isExtensible(mappedValue) && !hasCloneMethod(mappedValue)) Object.defineProperty(mappedValue, cloneMethod, { get: () => () => mapperWithCloneIfNeeded(v, mapper)[0] });
  return [mappedValue, sourceValue];
}
function valueMapper(v, mapper) {
  const [mappedValue, sourceValue] = mapperWithCloneIfNeeded(v, mapper);
  return new Value(mappedValue, {
    originalValue: sourceValue,
    originalContext: v.context
  });
}
var MapArbitrary = class extends Arbitrary {
  constructor(arb, mapper, unmapper) {
    super();
    this.arb = arb;
    this.mapper = mapper;
    this.unmapper = unmapper;
    this.bindValueMapper = (v) => valueMapper(v, mapper);
  }
  generate(mrng, biasFactor) {
    const g = this.arb.generate(mrng, biasFactor);
    if (!g.hasToBeCloned) {
      const sourceValue = g.value;
      return new Value(this.mapper(sourceValue), {
        originalValue: sourceValue,
        originalContext: g.context
      });
    }
    return valueMapper(g, this.mapper);
  }
  canShrinkWithoutContext(value) {
    if (this.unmapper !== void 0) try {
      const unmapped = this.unmapper(value);
      return this.arb.canShrinkWithoutContext(unmapped);
    } catch {
      return false;
    }
    return false;
  }
  shrink(value, context3) {
    if (this.isSafeContext(context3)) return this.arb.shrink(context3.originalValue, context3.originalContext).map(this.bindValueMapper);
    if (this.unmapper !== void 0) {
      const unmapped = this.unmapper(value);
      return this.arb.shrink(unmapped, void 0).map(this.bindValueMapper);
    }
    return Stream2.nil();
  }
  isSafeContext(context3) {
    return context3 !== null && context3 !== void 0 && typeof context3 === "object" && "originalValue" in context3 && "originalContext" in context3;
  }
};
var FilterArbitrary = class extends Arbitrary {
  constructor(arb, refinement) {
    super();
    this.arb = arb;
    this.refinement = refinement;
    this.bindRefinementOnValue = (v) => this.refinementOnValue(v);
  }
  generate(mrng, biasFactor) {
    while (true) {
      const g = this.arb.generate(mrng, biasFactor);
      if (this.refinementOnValue(g)) return g;
    }
  }
  canShrinkWithoutContext(value) {
    return this.arb.canShrinkWithoutContext(value) && this.refinement(value);
  }
  shrink(value, context3) {
    return this.arb.shrink(value, context3).filter(this.bindRefinementOnValue);
  }
  refinementOnValue(v) {
    return this.refinement(v.value);
  }
};
function isArbitrary(instance) {
  return typeof instance === "object" && instance !== null && "generate" in instance && "shrink" in instance && "canShrinkWithoutContext" in instance;
}
function assertIsArbitrary(instance) {
  if (!isArbitrary(instance)) throw new Error("Unexpected value received: not an instance of Arbitrary");
}
var untouchedApply = Function.prototype.apply;
var ApplySymbol = Symbol("apply");
function safeExtractApply(f) {
  try {
    return f.apply;
  } catch {
    return;
  }
}
function safeApplyHacky(f, instance, args) {
  const ff = f;
  ff[ApplySymbol] = untouchedApply;
  const out = ff[ApplySymbol](instance, args);
  delete ff[ApplySymbol];
  return out;
}
function safeApply(f, instance, args) {
  if (safeExtractApply(f) === untouchedApply) return f.apply(instance, args);
  return safeApplyHacky(f, instance, args);
}
var SArray = Array;
var SBigInt2 = BigInt;
var SBigInt64Array = BigInt64Array;
var SBigUint64Array = BigUint64Array;
var SBoolean = Boolean;
var SDate = Date;
var SError = Error;
var SFloat32Array = Float32Array;
var SFloat64Array = Float64Array;
var SInt8Array = Int8Array;
var SInt16Array = Int16Array;
var SInt32Array = Int32Array;
var SNumber = Number;
var SString = String;
var SSet = Set;
var SUint8Array = Uint8Array;
var SUint8ClampedArray = Uint8ClampedArray;
var SUint16Array = Uint16Array;
var SUint32Array = Uint32Array;
var SencodeURIComponent = encodeURIComponent;
var SMap$2 = Map;
var SSymbol = Symbol;
var untouchedForEach = Array.prototype.forEach;
var untouchedIndexOf = Array.prototype.indexOf;
var untouchedJoin = Array.prototype.join;
var untouchedMap = Array.prototype.map;
var untouchedReduce = Array.prototype.reduce;
var untouchedFlat = Array.prototype.flat;
var untouchedFilter = Array.prototype.filter;
var untouchedPush = Array.prototype.push;
var untouchedPop = Array.prototype.pop;
var untouchedSplice = Array.prototype.splice;
var untouchedSlice = Array.prototype.slice;
var untouchedSort = Array.prototype.sort;
var untouchedEvery = Array.prototype.every;
function extractForEach(instance) {
  try {
    return instance.forEach;
  } catch {
    return;
  }
}
function extractIndexOf(instance) {
  try {
    return instance.indexOf;
  } catch {
    return;
  }
}
function extractJoin(instance) {
  try {
    return instance.join;
  } catch {
    return;
  }
}
function extractMap(instance) {
  try {
    return instance.map;
  } catch {
    return;
  }
}
function extractReduce(instance) {
  try {
    return instance.reduce;
  } catch {
    return;
  }
}
function extractFlat(instance) {
  try {
    return instance.flat;
  } catch {
    return;
  }
}
function extractFilter(instance) {
  try {
    return instance.filter;
  } catch {
    return;
  }
}
function extractPush(instance) {
  try {
    return instance.push;
  } catch {
    return;
  }
}
function extractPop(instance) {
  try {
    return instance.pop;
  } catch {
    return;
  }
}
function extractSplice(instance) {
  try {
    return instance.splice;
  } catch {
    return;
  }
}
function extractSlice(instance) {
  try {
    return instance.slice;
  } catch {
    return;
  }
}
function extractSort(instance) {
  try {
    return instance.sort;
  } catch {
    return;
  }
}
function extractEvery(instance) {
  try {
    return instance.every;
  } catch {
    return;
  }
}
function safeForEach(instance, fn) {
  if (extractForEach(instance) === untouchedForEach) return instance.forEach(fn);
  return safeApply(untouchedForEach, instance, [fn]);
}
function safeIndexOf(instance, ...args) {
  if (extractIndexOf(instance) === untouchedIndexOf) return instance.indexOf(...args);
  return safeApply(untouchedIndexOf, instance, args);
}
function safeJoin(instance, ...args) {
  if (extractJoin(instance) === untouchedJoin) return instance.join(...args);
  return safeApply(untouchedJoin, instance, args);
}
function safeMap(instance, fn) {
  if (extractMap(instance) === untouchedMap) return instance.map(fn);
  return safeApply(untouchedMap, instance, [fn]);
}
function safeReduce(instance, fn, initialValue) {
  if (extractReduce(instance) === untouchedReduce) return instance.reduce(fn, initialValue);
  return safeApply(untouchedReduce, instance, [fn, initialValue]);
}
function safeFlat(instance, depth) {
  if (extractFlat(instance) === untouchedFlat) {
    [].flat();
    return instance.flat(depth);
  }
  return safeApply(untouchedFlat, instance, [depth]);
}
function safeFilter(instance, predicate) {
  if (extractFilter(instance) === untouchedFilter) return instance.filter(predicate);
  return safeApply(untouchedFilter, instance, [predicate]);
}
function safePush(instance, ...args) {
  if (extractPush(instance) === untouchedPush) return instance.push(...args);
  return safeApply(untouchedPush, instance, args);
}
function safePop$1(instance) {
  if (extractPop(instance) === untouchedPop) return instance.pop();
  return safeApply(untouchedPop, instance, []);
}
function safeSplice(instance, ...args) {
  if (extractSplice(instance) === untouchedSplice) return instance.splice(...args);
  return safeApply(untouchedSplice, instance, args);
}
function safeSlice(instance, ...args) {
  if (extractSlice(instance) === untouchedSlice) return instance.slice(...args);
  return safeApply(untouchedSlice, instance, args);
}
function safeSort(instance, ...args) {
  if (extractSort(instance) === untouchedSort) return instance.sort(...args);
  return safeApply(untouchedSort, instance, args);
}
function safeEvery(instance, ...args) {
  if (extractEvery(instance) === untouchedEvery) return instance.every(...args);
  return safeApply(untouchedEvery, instance, args);
}
var untouchedGetTime = Date.prototype.getTime;
var untouchedToISOString = Date.prototype.toISOString;
function extractGetTime(instance) {
  try {
    return instance.getTime;
  } catch {
    return;
  }
}
function extractToISOString(instance) {
  try {
    return instance.toISOString;
  } catch {
    return;
  }
}
function safeGetTime(instance) {
  if (extractGetTime(instance) === untouchedGetTime) return instance.getTime();
  return safeApply(untouchedGetTime, instance, []);
}
function safeToISOString(instance) {
  if (extractToISOString(instance) === untouchedToISOString) return instance.toISOString();
  return safeApply(untouchedToISOString, instance, []);
}
var untouchedAdd = Set.prototype.add;
var untouchedHas = Set.prototype.has;
function extractAdd(instance) {
  try {
    return instance.add;
  } catch {
    return;
  }
}
function extractHas(instance) {
  try {
    return instance.has;
  } catch (err) {
    return;
  }
}
function safeAdd(instance, value) {
  if (extractAdd(instance) === untouchedAdd) return instance.add(value);
  return safeApply(untouchedAdd, instance, [value]);
}
function safeHas(instance, value) {
  if (extractHas(instance) === untouchedHas) return instance.has(value);
  return safeApply(untouchedHas, instance, [value]);
}
var untouchedSet = WeakMap.prototype.set;
var untouchedGet = WeakMap.prototype.get;
function extractSet(instance) {
  try {
    return instance.set;
  } catch (err) {
    return;
  }
}
function extractGet(instance) {
  try {
    return instance.get;
  } catch (err) {
    return;
  }
}
function safeSet(instance, key, value) {
  if (extractSet(instance) === untouchedSet) return instance.set(key, value);
  return safeApply(untouchedSet, instance, [key, value]);
}
function safeGet(instance, key) {
  if (extractGet(instance) === untouchedGet) return instance.get(key);
  return safeApply(untouchedGet, instance, [key]);
}
var untouchedMapSet = Map.prototype.set;
var untouchedMapGet = Map.prototype.get;
var untouchedMapHas = Map.prototype.has;
function extractMapSet(instance) {
  try {
    return instance.set;
  } catch (err) {
    return;
  }
}
function extractMapGet(instance) {
  try {
    return instance.get;
  } catch (err) {
    return;
  }
}
function extractMapHas(instance) {
  try {
    return instance.has;
  } catch (err) {
    return;
  }
}
function safeMapSet(instance, key, value) {
  if (extractMapSet(instance) === untouchedMapSet) return instance.set(key, value);
  return safeApply(untouchedMapSet, instance, [key, value]);
}
function safeMapGet(instance, key) {
  if (extractMapGet(instance) === untouchedMapGet) return instance.get(key);
  return safeApply(untouchedMapGet, instance, [key]);
}
function safeMapHas(instance, key) {
  if (extractMapHas(instance) === untouchedMapHas) return instance.has(key);
  return safeApply(untouchedMapHas, instance, [key]);
}
var untouchedSplit = String.prototype.split;
var untouchedStartsWith = String.prototype.startsWith;
var untouchedEndsWith = String.prototype.endsWith;
var untouchedSubstring = String.prototype.substring;
var untouchedToLowerCase = String.prototype.toLowerCase;
var untouchedToUpperCase = String.prototype.toUpperCase;
var untouchedPadStart = String.prototype.padStart;
var untouchedCharCodeAt = String.prototype.charCodeAt;
var untouchedCodePointAt = String.prototype.codePointAt;
var untouchedNormalize = String.prototype.normalize;
var untouchedReplace = String.prototype.replace;
function extractSplit(instance) {
  try {
    return instance.split;
  } catch {
    return;
  }
}
function extractStartsWith(instance) {
  try {
    return instance.startsWith;
  } catch {
    return;
  }
}
function extractEndsWith(instance) {
  try {
    return instance.endsWith;
  } catch {
    return;
  }
}
function extractSubstring(instance) {
  try {
    return instance.substring;
  } catch {
    return;
  }
}
function extractToLowerCase(instance) {
  try {
    return instance.toLowerCase;
  } catch {
    return;
  }
}
function extractToUpperCase(instance) {
  try {
    return instance.toUpperCase;
  } catch {
    return;
  }
}
function extractPadStart(instance) {
  try {
    return instance.padStart;
  } catch {
    return;
  }
}
function extractCharCodeAt(instance) {
  try {
    return instance.charCodeAt;
  } catch {
    return;
  }
}
function extractCodePointAt(instance) {
  try {
    return instance.codePointAt;
  } catch {
    return;
  }
}
function extractNormalize(instance) {
  try {
    return instance.normalize;
  } catch (err) {
    return;
  }
}
function extractReplace(instance) {
  try {
    return instance.replace;
  } catch {
    return;
  }
}
function safeSplit(instance, ...args) {
  if (extractSplit(instance) === untouchedSplit) return instance.split(...args);
  return safeApply(untouchedSplit, instance, args);
}
function safeStartsWith(instance, ...args) {
  if (extractStartsWith(instance) === untouchedStartsWith) return instance.startsWith(...args);
  return safeApply(untouchedStartsWith, instance, args);
}
function safeEndsWith(instance, ...args) {
  if (extractEndsWith(instance) === untouchedEndsWith) return instance.endsWith(...args);
  return safeApply(untouchedEndsWith, instance, args);
}
function safeSubstring(instance, ...args) {
  if (extractSubstring(instance) === untouchedSubstring) return instance.substring(...args);
  return safeApply(untouchedSubstring, instance, args);
}
function safeToLowerCase(instance) {
  if (extractToLowerCase(instance) === untouchedToLowerCase) return instance.toLowerCase();
  return safeApply(untouchedToLowerCase, instance, []);
}
function safeToUpperCase(instance) {
  if (extractToUpperCase(instance) === untouchedToUpperCase) return instance.toUpperCase();
  return safeApply(untouchedToUpperCase, instance, []);
}
function safePadStart(instance, ...args) {
  if (extractPadStart(instance) === untouchedPadStart) return instance.padStart(...args);
  return safeApply(untouchedPadStart, instance, args);
}
function safeCharCodeAt(instance, index) {
  if (extractCharCodeAt(instance) === untouchedCharCodeAt) return instance.charCodeAt(index);
  return safeApply(untouchedCharCodeAt, instance, [index]);
}
function safeCodePointAt(instance, index) {
  if (extractCodePointAt(instance) === untouchedCodePointAt) return instance.codePointAt(index);
  return safeApply(untouchedCodePointAt, instance, [index]);
}
function safeNormalize(instance, form) {
  if (extractNormalize(instance) === untouchedNormalize) return instance.normalize(form);
  return safeApply(untouchedNormalize, instance, [form]);
}
function safeReplace(instance, pattern, replacement) {
  if (extractReplace(instance) === untouchedReplace) return instance.replace(pattern, replacement);
  return safeApply(untouchedReplace, instance, [pattern, replacement]);
}
var untouchedNumberToString = Number.prototype.toString;
function extractNumberToString(instance) {
  try {
    return instance.toString;
  } catch {
    return;
  }
}
function safeNumberToString(instance, ...args) {
  if (extractNumberToString(instance) === untouchedNumberToString) return instance.toString(...args);
  return safeApply(untouchedNumberToString, instance, args);
}
var untouchedHasOwnProperty = Object.prototype.hasOwnProperty;
var untouchedToString = Object.prototype.toString;
function safeHasOwnProperty(instance, v) {
  return safeApply(untouchedHasOwnProperty, instance, [v]);
}
function safeToString(instance) {
  return safeApply(untouchedToString, instance, []);
}
var untouchedErrorToString = Error.prototype.toString;
function safeErrorToString(instance) {
  return safeApply(untouchedErrorToString, instance, []);
}
var LazyIterableIterator = class {
  constructor(producer) {
    this.producer = producer;
  }
  [Symbol.iterator]() {
    if (this.it === void 0) this.it = this.producer();
    return this.it;
  }
  next() {
    if (this.it === void 0) this.it = this.producer();
    return this.it.next();
  }
};
function makeLazy(producer) {
  return new LazyIterableIterator(producer);
}
var safeArrayIsArray$4 = Array.isArray;
var safeObjectDefineProperty$3 = Object.defineProperty;
function tupleMakeItCloneable(vs, ctxs, values2) {
  return safeObjectDefineProperty$3(vs, cloneMethod, { value: () => {
    const cloned = [];
    for (let idx = 0; idx !== values2.length; ++idx) {
      let current2 = values2[idx];
      if (current2 === void 0) current2 = new Value(vs[idx], ctxs[idx]);
      safePush(cloned, current2.value);
    }
    tupleMakeItCloneable(cloned, ctxs, values2);
    return cloned;
  } });
}
function tupleShrink(arbs, value, context3) {
  const shrinks = [];
  const safeContext = safeArrayIsArray$4(context3) ? context3 : [];
  for (let idx = 0; idx !== arbs.length; ++idx) safePush(shrinks, makeLazy(() => arbs[idx].shrink(value[idx], safeContext[idx]).map((v) => {
    let cloneable = false;
    const vs = [];
    const ctxs = [];
    const mapped = [];
    for (let nestedIdx = 0; nestedIdx !== arbs.length; ++nestedIdx) {
      const nestedV = nestedIdx === idx ? v : new Value(cloneIfNeeded(value[nestedIdx]), safeContext[nestedIdx]);
      if (nestedV.hasToBeCloned) {
        cloneable = true;
        mapped[nestedIdx] = nestedV;
      }
      safePush(vs, nestedV.value);
      safePush(ctxs, nestedV.context);
    }
    if (cloneable) tupleMakeItCloneable(vs, ctxs, mapped);
    return new Value(vs, ctxs);
  })));
  return Stream2.nil().join(...shrinks);
}
var TupleArbitrary = class extends Arbitrary {
  constructor(arbs) {
    super();
    this.arbs = arbs;
    for (let idx = 0; idx !== arbs.length; ++idx) {
      const arb = arbs[idx];
      if (arb === null || arb === void 0 || arb.generate === null || arb.generate === void 0) throw new Error(`Invalid parameter encountered at index ${idx}: expecting an Arbitrary`);
    }
  }
  generate(mrng, biasFactor) {
    let cloneable = false;
    const vs = [];
    const ctxs = [];
    const mapped = [];
    for (let idx = 0; idx !== this.arbs.length; ++idx) {
      const v = this.arbs[idx].generate(mrng, biasFactor);
      if (v.hasToBeCloned) {
        cloneable = true;
        mapped[idx] = v;
      }
      safePush(vs, v.value);
      safePush(ctxs, v.context);
    }
    if (cloneable) tupleMakeItCloneable(vs, ctxs, mapped);
    return new Value(vs, ctxs);
  }
  canShrinkWithoutContext(value) {
    if (!safeArrayIsArray$4(value) || value.length !== this.arbs.length) return false;
    for (let index = 0; index !== this.arbs.length; ++index) if (!this.arbs[index].canShrinkWithoutContext(value[index])) return false;
    return true;
  }
  shrink(value, context3) {
    return tupleShrink(this.arbs, value, context3);
  }
};
function tuple(...arbs) {
  return new TupleArbitrary(arbs);
}
var safeMathLog$3 = Math.log;
function runIdToFrequency(runId) {
  return 2 + ~~(safeMathLog$3(runId + 1) * 0.4342944819032518);
}
var globalParameters = {};
function configureGlobal(parameters) {
  globalParameters = parameters;
}
function readConfigureGlobal() {
  return globalParameters;
}
function resetConfigureGlobal() {
  globalParameters = {};
}
var UndefinedContextPlaceholder = Symbol("UndefinedContextPlaceholder");
function noUndefinedAsContext(value) {
  if (value.context !== void 0) return value;
  if (value.hasToBeCloned) return new Value(value.value_, UndefinedContextPlaceholder, () => value.value);
  return new Value(value.value_, UndefinedContextPlaceholder);
}
var dummyHook$1 = () => {
};
var AsyncProperty = class {
  constructor(arb, predicate) {
    this.arb = arb;
    this.predicate = predicate;
    const { asyncBeforeEach, asyncAfterEach, beforeEach: beforeEach2, afterEach: afterEach2 } = readConfigureGlobal() || {};
    if (asyncBeforeEach !== void 0 && beforeEach2 !== void 0) throw SError(`Global "asyncBeforeEach" and "beforeEach" parameters can't be set at the same time when running async properties`);
    if (asyncAfterEach !== void 0 && afterEach2 !== void 0) throw SError(`Global "asyncAfterEach" and "afterEach" parameters can't be set at the same time when running async properties`);
    this.beforeEachHook = asyncBeforeEach || beforeEach2 || dummyHook$1;
    this.afterEachHook = asyncAfterEach || afterEach2 || dummyHook$1;
  }
  isAsync() {
    return true;
  }
  generate(mrng, runId) {
    return noUndefinedAsContext(this.arb.generate(mrng, runId !== void 0 ? runIdToFrequency(runId) : void 0));
  }
  shrink(value) {
    if (value.context === void 0 && !this.arb.canShrinkWithoutContext(value.value_)) return Stream2.nil();
    const safeContext = value.context !== UndefinedContextPlaceholder ? value.context : void 0;
    return this.arb.shrink(value.value_, safeContext).map(noUndefinedAsContext);
  }
  async runBeforeEach() {
    await this.beforeEachHook();
  }
  async runAfterEach() {
    await this.afterEachHook();
  }
  async run(v) {
    try {
      const output = await this.predicate(v);
      return output === void 0 || output === true ? null : { error: new SError("Property failed by returning false") };
    } catch (err) {
      if (PreconditionFailure.isFailure(err)) return err;
      return { error: err };
    }
  }
  /**
  * Define a function that should be called before all calls to the predicate
  * @param hookFunction - Function to be called
  * @deprecated Prefer the life-cycle plugins: `fc.assert(property, { plugins: [fc.beforeEach(fn)] })`
  */
  beforeEach(hookFunction) {
    const previousBeforeEachHook = this.beforeEachHook;
    this.beforeEachHook = () => hookFunction(previousBeforeEachHook);
    return this;
  }
  /**
  * Define a function that should be called after all calls to the predicate
  * @param hookFunction - Function to be called
  * @deprecated Prefer the life-cycle plugins: `fc.assert(property, { plugins: [fc.afterEach(fn)] })`
  */
  afterEach(hookFunction) {
    const previousAfterEachHook = this.afterEachHook;
    this.afterEachHook = () => hookFunction(previousAfterEachHook);
    return this;
  }
};
var AlwaysShrinkableArbitrary = class extends Arbitrary {
  constructor(arb) {
    super();
    this.arb = arb;
  }
  generate(mrng, biasFactor) {
    return noUndefinedAsContext(this.arb.generate(mrng, biasFactor));
  }
  canShrinkWithoutContext(_value) {
    return true;
  }
  shrink(value, context3) {
    if (context3 === void 0 && !this.arb.canShrinkWithoutContext(value)) return Stream2.nil();
    const safeContext = context3 !== UndefinedContextPlaceholder ? context3 : void 0;
    return this.arb.shrink(value, safeContext).map(noUndefinedAsContext);
  }
};
function asyncProperty(...args) {
  if (args.length < 2) throw new Error("asyncProperty expects at least two parameters");
  const arbs = safeSlice(args, 0, args.length - 1);
  const p = args[args.length - 1];
  safeForEach(arbs, assertIsArbitrary);
  return new AsyncProperty(tuple(...safeMap(arbs, (arb) => new AlwaysShrinkableArbitrary(arb))), (t) => p(...t));
}
var dummyHook = () => {
};
var Property = class {
  constructor(arb, predicate) {
    this.arb = arb;
    this.predicate = predicate;
    const { beforeEach: beforeEach2 = dummyHook, afterEach: afterEach2 = dummyHook, asyncBeforeEach, asyncAfterEach } = readConfigureGlobal() || {};
    if (asyncBeforeEach !== void 0) throw SError(`"asyncBeforeEach" can't be set when running synchronous properties`);
    if (asyncAfterEach !== void 0) throw SError(`"asyncAfterEach" can't be set when running synchronous properties`);
    this.beforeEachHook = beforeEach2;
    this.afterEachHook = afterEach2;
  }
  isAsync() {
    return false;
  }
  generate(mrng, runId) {
    return noUndefinedAsContext(this.arb.generate(mrng, runId !== void 0 ? runIdToFrequency(runId) : void 0));
  }
  shrink(value) {
    if (value.context === void 0 && !this.arb.canShrinkWithoutContext(value.value_)) return Stream2.nil();
    const safeContext = value.context !== UndefinedContextPlaceholder ? value.context : void 0;
    return this.arb.shrink(value.value_, safeContext).map(noUndefinedAsContext);
  }
  runBeforeEach() {
    this.beforeEachHook();
  }
  runAfterEach() {
    this.afterEachHook();
  }
  run(v) {
    try {
      const output = this.predicate(v);
      return output === void 0 || output === true ? null : { error: new SError("Property failed by returning false") };
    } catch (err) {
      if (PreconditionFailure.isFailure(err)) return err;
      return { error: err };
    }
  }
  beforeEach(hookFunction) {
    const previousBeforeEachHook = this.beforeEachHook;
    this.beforeEachHook = () => hookFunction(previousBeforeEachHook);
    return this;
  }
  afterEach(hookFunction) {
    const previousAfterEachHook = this.afterEachHook;
    this.afterEachHook = () => hookFunction(previousAfterEachHook);
    return this;
  }
};
function property(...args) {
  if (args.length < 2) throw new Error("property expects at least two parameters");
  const arbs = safeSlice(args, 0, args.length - 1);
  const p = args[args.length - 1];
  safeForEach(arbs, assertIsArbitrary);
  return new Property(tuple(...safeMap(arbs, (arb) => new AlwaysShrinkableArbitrary(arb))), (t) => p(...t));
}
var VerbosityLevel = /* @__PURE__ */ (function(VerbosityLevel2) {
  VerbosityLevel2[VerbosityLevel2["None"] = 0] = "None";
  VerbosityLevel2[VerbosityLevel2["Verbose"] = 1] = "Verbose";
  VerbosityLevel2[VerbosityLevel2["VeryVerbose"] = 2] = "VeryVerbose";
  return VerbosityLevel2;
})({});
function adaptRandomGeneratorTo8x(rng) {
  if ("unsafeNext" in rng) {
    if (rng.unsafeJump === void 0) return {
      clone: () => adaptRandomGeneratorTo8x(rng),
      next: () => rng.unsafeNext(),
      getState: () => rng.getState()
    };
    return {
      clone: () => adaptRandomGeneratorTo8x(rng),
      next: () => rng.unsafeNext(),
      jump: () => rng.unsafeJump(),
      getState: () => rng.getState()
    };
  }
  return rng;
}
function adaptRandomGeneratorToInternal(rng) {
  if ("jump" in rng && typeof rng.jump === "function") return rng;
  return {
    clone: () => adaptRandomGeneratorToInternal(rng),
    next: () => rng.next(),
    jump: () => skipN(rng, 42),
    getState: () => rng.getState()
  };
}
function adaptRandomGenerator(rng) {
  return adaptRandomGeneratorToInternal(adaptRandomGeneratorTo8x(rng));
}
var safeDateNow$1 = Date.now;
var safeMathMin$6 = Math.min;
var safeMathRandom = Math.random;
var QualifiedParameters = class {
  constructor(op) {
    const p = op || {};
    this.seed = readSeed(p);
    this.randomType = readRandomType(p);
    this.numRuns = readNumRuns(p);
    this.verbose = readVerbose(p);
    this.maxSkipsPerRun = p.maxSkipsPerRun !== void 0 ? p.maxSkipsPerRun : 100;
    this.timeout = safeTimeout(p.timeout);
    this.skipAllAfterTimeLimit = safeTimeout(p.skipAllAfterTimeLimit);
    this.interruptAfterTimeLimit = safeTimeout(p.interruptAfterTimeLimit);
    this.markInterruptAsFailure = p.markInterruptAsFailure === true;
    this.skipEqualValues = p.skipEqualValues === true;
    this.ignoreEqualValues = p.ignoreEqualValues === true;
    this.logger = p.logger !== void 0 ? p.logger : (v) => {
      console.log(v);
    };
    this.path = p.path !== void 0 ? p.path : "";
    this.unbiased = p.unbiased === true;
    this.examples = p.examples !== void 0 ? p.examples : [];
    this.endOnFailure = p.endOnFailure === true;
    this.reporter = p.reporter;
    this.asyncReporter = p.asyncReporter;
    this.includeErrorInReport = p.includeErrorInReport === true;
    this.noDefaultPlugins = p.noDefaultPlugins === true;
    this.noGlobalPlugins = p.noGlobalPlugins === true;
    this.plugins = p.plugins !== void 0 ? p.plugins : [];
  }
  toParameters() {
    return {
      seed: this.seed,
      randomType: this.randomType,
      numRuns: this.numRuns,
      maxSkipsPerRun: this.maxSkipsPerRun,
      timeout: this.timeout,
      skipAllAfterTimeLimit: this.skipAllAfterTimeLimit,
      interruptAfterTimeLimit: this.interruptAfterTimeLimit,
      markInterruptAsFailure: this.markInterruptAsFailure,
      skipEqualValues: this.skipEqualValues,
      ignoreEqualValues: this.ignoreEqualValues,
      path: this.path,
      logger: this.logger,
      unbiased: this.unbiased,
      verbose: this.verbose,
      examples: this.examples,
      endOnFailure: this.endOnFailure,
      reporter: this.reporter,
      asyncReporter: this.asyncReporter,
      includeErrorInReport: this.includeErrorInReport,
      noDefaultPlugins: this.noDefaultPlugins,
      noGlobalPlugins: this.noGlobalPlugins,
      plugins: this.plugins
    };
  }
};
function createQualifiedRandomGenerator(random) {
  return (seed) => {
    return adaptRandomGenerator(random(seed));
  };
}
function readSeed(p) {
  if (p.seed === void 0) return safeDateNow$1() ^ safeMathRandom() * 4294967296;
  const seed32 = p.seed | 0;
  if (p.seed === seed32) return seed32;
  return seed32 ^ (p.seed - seed32) * 4294967296;
}
function readRandomType(p) {
  if (p.randomType === void 0) return xorshift128plus;
  if (typeof p.randomType === "string") switch (p.randomType) {
    case "mersenne":
      return createQualifiedRandomGenerator(mersenne);
    case "congruential":
    case "congruential32":
      return createQualifiedRandomGenerator(congruential32);
    case "xorshift128plus":
      return xorshift128plus;
    case "xoroshiro128plus":
      return xoroshiro128plus;
    default:
      throw new Error(`Invalid random specified: '${p.randomType}'`);
  }
  const mrng = p.randomType(0);
  if ("min" in mrng && mrng.min !== -2147483648) throw new Error(`Invalid random number generator: min must equal -0x80000000, got ${String(mrng.min)}`);
  if ("max" in mrng && mrng.max !== 2147483647) throw new Error(`Invalid random number generator: max must equal 0x7fffffff, got ${String(mrng.max)}`);
  if (mrng === adaptRandomGenerator(mrng)) return p.randomType;
  return createQualifiedRandomGenerator(p.randomType);
}
function readNumRuns(p) {
  const defaultValue = 100;
  if (p.numRuns !== void 0) return p.numRuns;
  if (p.num_runs !== void 0) return p.num_runs;
  return defaultValue;
}
function readVerbose(p) {
  if (p.verbose === void 0) return 0;
  if (typeof p.verbose === "boolean") return p.verbose === true ? 1 : 0;
  if (p.verbose <= 0) return 0;
  if (p.verbose >= 2) return 2;
  return p.verbose | 0;
}
function safeTimeout(value) {
  if (value === void 0) return;
  return safeMathMin$6(value, 2147483647);
}
function read(op) {
  return new QualifiedParameters(op);
}
function interruptAfter(timeMs, setTimeoutSafe, clearTimeoutSafe) {
  let timeoutHandle = null;
  return {
    clear: () => clearTimeoutSafe(timeoutHandle),
    promise: new Promise((resolve2) => {
      timeoutHandle = setTimeoutSafe(() => {
        resolve2(new PreconditionFailure(true));
      }, timeMs);
    })
  };
}
var SkipAfterProperty = class {
  constructor(property2, getTime, timeLimit, interruptExecution, setTimeoutSafe, clearTimeoutSafe) {
    this.property = property2;
    this.getTime = getTime;
    this.interruptExecution = interruptExecution;
    this.setTimeoutSafe = setTimeoutSafe;
    this.clearTimeoutSafe = clearTimeoutSafe;
    this.skipAfterTime = this.getTime() + timeLimit;
  }
  isAsync() {
    return this.property.isAsync();
  }
  generate(mrng, runId) {
    return this.property.generate(mrng, runId);
  }
  shrink(value) {
    return this.property.shrink(value);
  }
  run(v) {
    const remainingTime = this.skipAfterTime - this.getTime();
    if (remainingTime <= 0) {
      const preconditionFailure = new PreconditionFailure(this.interruptExecution);
      if (this.isAsync()) return Promise.resolve(preconditionFailure);
      else return preconditionFailure;
    }
    if (this.interruptExecution && this.isAsync()) {
      const t = interruptAfter(remainingTime, this.setTimeoutSafe, this.clearTimeoutSafe);
      const propRun = Promise.race([this.property.run(v), t.promise]);
      propRun.then(t.clear, t.clear);
      return propRun;
    }
    return this.property.run(v);
  }
  runBeforeEach() {
    return this.property.runBeforeEach();
  }
  runAfterEach() {
    return this.property.runAfterEach();
  }
};
var timeoutAfter$1 = (timeMs, setTimeoutSafe, clearTimeoutSafe) => {
  let timeoutHandle = null;
  return {
    clear: () => clearTimeoutSafe(timeoutHandle),
    promise: new Promise((resolve2) => {
      timeoutHandle = setTimeoutSafe(() => {
        resolve2({ error: new SError(`Property timeout: exceeded limit of ${timeMs} milliseconds`) });
      }, timeMs);
    })
  };
};
var TimeoutProperty = class {
  constructor(property2, timeMs, setTimeoutSafe, clearTimeoutSafe) {
    this.property = property2;
    this.timeMs = timeMs;
    this.setTimeoutSafe = setTimeoutSafe;
    this.clearTimeoutSafe = clearTimeoutSafe;
  }
  isAsync() {
    return true;
  }
  generate(mrng, runId) {
    return this.property.generate(mrng, runId);
  }
  shrink(value) {
    return this.property.shrink(value);
  }
  async run(v) {
    const t = timeoutAfter$1(this.timeMs, this.setTimeoutSafe, this.clearTimeoutSafe);
    const propRun = Promise.race([this.property.run(v), t.promise]);
    propRun.then(t.clear, t.clear);
    return propRun;
  }
  runBeforeEach() {
    return Promise.resolve(this.property.runBeforeEach());
  }
  runAfterEach() {
    return Promise.resolve(this.property.runAfterEach());
  }
};
var UnbiasedProperty = class {
  constructor(property2) {
    this.property = property2;
  }
  isAsync() {
    return this.property.isAsync();
  }
  generate(mrng, _runId) {
    return this.property.generate(mrng, void 0);
  }
  shrink(value) {
    return this.property.shrink(value);
  }
  run(v) {
    return this.property.run(v);
  }
  runBeforeEach() {
    return this.property.runBeforeEach();
  }
  runAfterEach() {
    return this.property.runAfterEach();
  }
};
var safeArrayFrom = Array.from;
var safeBufferIsBuffer = typeof Buffer !== "undefined" ? Buffer.isBuffer : void 0;
var safeJsonStringify$1 = JSON.stringify;
var safeNumberIsNaN$5 = Number.isNaN;
var safeObjectKeys$5 = Object.keys;
var safeObjectGetOwnPropertySymbols$2 = Object.getOwnPropertySymbols;
var safeObjectGetOwnPropertyDescriptor$3 = Object.getOwnPropertyDescriptor;
var safeObjectGetPrototypeOf$2 = Object.getPrototypeOf;
var safeNegativeInfinity$7 = Number.NEGATIVE_INFINITY;
var safePositiveInfinity$8 = Number.POSITIVE_INFINITY;
var toStringMethod = Symbol.for("fast-check/toStringMethod");
function hasToStringMethod(instance) {
  return instance !== null && (typeof instance === "object" || typeof instance === "function") && toStringMethod in instance && typeof instance[toStringMethod] === "function";
}
var asyncToStringMethod = Symbol.for("fast-check/asyncToStringMethod");
function hasAsyncToStringMethod(instance) {
  return instance !== null && (typeof instance === "object" || typeof instance === "function") && asyncToStringMethod in instance && typeof instance[asyncToStringMethod] === "function";
}
var findSymbolNameRegex = /^Symbol\((.*)\)$/;
function getSymbolDescription(s) {
  if (s.description !== void 0) return s.description;
  const m = findSymbolNameRegex.exec(SString(s));
  return m && m[1].length ? m[1] : null;
}
function stringifyNumber(numValue) {
  switch (numValue) {
    case 0:
      return 1 / numValue === safeNegativeInfinity$7 ? "-0" : "0";
    case safeNegativeInfinity$7:
      return "Number.NEGATIVE_INFINITY";
    case safePositiveInfinity$8:
      return "Number.POSITIVE_INFINITY";
    default:
      return numValue === numValue ? SString(numValue) : "Number.NaN";
  }
}
function isSparseArray(arr) {
  let previousNumberedIndex = -1;
  for (const index in arr) {
    const numberedIndex = Number(index);
    if (numberedIndex !== previousNumberedIndex + 1) return true;
    previousNumberedIndex = numberedIndex;
  }
  return previousNumberedIndex + 1 !== arr.length;
}
function stringifyInternal(value, previousValues, getAsyncContent) {
  const currentValues = [...previousValues, value];
  if (typeof value === "object") {
    if (safeIndexOf(previousValues, value) !== -1) return "[cyclic]";
  }
  if (hasAsyncToStringMethod(value)) {
    const content = getAsyncContent(value);
    if (content.state === "fulfilled") return content.value;
  }
  if (hasToStringMethod(value)) try {
    return value[toStringMethod]();
  } catch {
  }
  switch (safeToString(value)) {
    case "[object Array]": {
      const arr = value;
      if (arr.length >= 50 && isSparseArray(arr)) {
        const assignments = [];
        for (const index in arr) if (!safeNumberIsNaN$5(Number(index))) safePush(assignments, `${index}:${stringifyInternal(arr[index], currentValues, getAsyncContent)}`);
        return assignments.length !== 0 ? `Object.assign(Array(${arr.length}),{${safeJoin(assignments, ",")}})` : `Array(${arr.length})`;
      }
      const stringifiedArray = safeJoin(safeMap(arr, (v) => stringifyInternal(v, currentValues, getAsyncContent)), ",");
      return arr.length === 0 || arr.length - 1 in arr ? `[${stringifiedArray}]` : `[${stringifiedArray},]`;
    }
    case "[object BigInt]":
      return `${value}n`;
    case "[object Boolean]": {
      const unboxedToString = value == true ? "true" : "false";
      return typeof value === "boolean" ? unboxedToString : `new Boolean(${unboxedToString})`;
    }
    case "[object Date]": {
      const d = value;
      return safeNumberIsNaN$5(safeGetTime(d)) ? `new Date(NaN)` : `new Date(${safeJsonStringify$1(safeToISOString(d))})`;
    }
    case "[object Map]":
      return `new Map(${stringifyInternal(Array.from(value), currentValues, getAsyncContent)})`;
    case "[object Null]":
      return `null`;
    case "[object Number]":
      return typeof value === "number" ? stringifyNumber(value) : `new Number(${stringifyNumber(Number(value))})`;
    case "[object Object]": {
      try {
        const toStringAccessor = value.toString;
        if (typeof toStringAccessor === "function" && toStringAccessor !== Object.prototype.toString) return value.toString();
      } catch {
        return "[object Object]";
      }
      const mapper = (k) => `${k === "__proto__" ? '["__proto__"]' : typeof k === "symbol" ? `[${stringifyInternal(k, currentValues, getAsyncContent)}]` : safeJsonStringify$1(k)}:${stringifyInternal(value[k], currentValues, getAsyncContent)}`;
      return "{" + safeJoin([
        ...safeObjectGetPrototypeOf$2(value) === null ? ["__proto__:null"] : [],
        ...safeMap(safeObjectKeys$5(value), mapper),
        ...safeMap(safeFilter(safeObjectGetOwnPropertySymbols$2(value), (s) => {
          const descriptor = safeObjectGetOwnPropertyDescriptor$3(value, s);
          return descriptor && descriptor.enumerable;
        }), mapper)
      ], ",") + "}";
    }
    case "[object Set]":
      return `new Set(${stringifyInternal(Array.from(value), currentValues, getAsyncContent)})`;
    case "[object String]":
      return typeof value === "string" ? safeJsonStringify$1(value) : `new String(${safeJsonStringify$1(value)})`;
    case "[object Symbol]": {
      const s = value;
      if (SSymbol.keyFor(s) !== void 0) return `Symbol.for(${safeJsonStringify$1(SSymbol.keyFor(s))})`;
      const desc = getSymbolDescription(s);
      if (desc === null) return "Symbol()";
      return s === (desc.startsWith("Symbol.") && SSymbol[desc.substring(7)]) ? desc : `Symbol(${safeJsonStringify$1(desc)})`;
    }
    case "[object Promise]": {
      const promiseContent = getAsyncContent(value);
      switch (promiseContent.state) {
        case "fulfilled":
          return `Promise.resolve(${stringifyInternal(promiseContent.value, currentValues, getAsyncContent)})`;
        case "rejected":
          return `Promise.reject(${stringifyInternal(promiseContent.value, currentValues, getAsyncContent)})`;
        case "pending":
          return `new Promise(() => {/*pending*/})`;
        default:
          return `new Promise(() => {/*unknown*/})`;
      }
    }
    case "[object Error]":
      if (value instanceof Error) return `new Error(${stringifyInternal(value.message, currentValues, getAsyncContent)})`;
      break;
    case "[object Undefined]":
      return `undefined`;
    case "[object Int8Array]":
    case "[object Uint8Array]":
    case "[object Uint8ClampedArray]":
    case "[object Int16Array]":
    case "[object Uint16Array]":
    case "[object Int32Array]":
    case "[object Uint32Array]":
    case "[object Float32Array]":
    case "[object Float64Array]":
    case "[object BigInt64Array]":
    case "[object BigUint64Array]": {
      if (typeof safeBufferIsBuffer === "function" && safeBufferIsBuffer(value)) return `Buffer.from(${value.buffer.detached ? "/*detached ArrayBuffer*/" : stringifyInternal(safeArrayFrom(value.values()), currentValues, getAsyncContent)})`;
      const valuePrototype = safeObjectGetPrototypeOf$2(value);
      const className = valuePrototype && valuePrototype.constructor && valuePrototype.constructor.name;
      if (typeof className === "string") {
        const typedArray2 = value;
        if (typedArray2.buffer.detached) return `${className}.from(/*detached ArrayBuffer*/)`;
        const valuesFromTypedArr = typedArray2.values();
        return `${className}.from(${stringifyInternal(safeArrayFrom(valuesFromTypedArr), currentValues, getAsyncContent)})`;
      }
      break;
    }
  }
  try {
    return value.toString();
  } catch {
    return safeToString(value);
  }
}
function stringify(value) {
  return stringifyInternal(value, [], () => ({
    state: "unknown",
    value: void 0
  }));
}
function possiblyAsyncStringify(value) {
  const stillPendingMarker = SSymbol();
  const pendingPromisesForCache = [];
  const cache2 = new SMap$2();
  function createDelay0() {
    let handleId = null;
    const cancel = () => {
      if (handleId !== null) clearTimeout(handleId);
    };
    return {
      delay: new Promise((resolve2) => {
        handleId = setTimeout(() => {
          handleId = null;
          resolve2(stillPendingMarker);
        }, 0);
      }),
      cancel
    };
  }
  const unknownState = {
    state: "unknown",
    value: void 0
  };
  const getAsyncContent = function getAsyncContent2(data) {
    const cacheKey = data;
    if (cache2.has(cacheKey)) return cache2.get(cacheKey);
    const delay0 = createDelay0();
    const p = asyncToStringMethod in data ? Promise.resolve().then(() => data[asyncToStringMethod]()) : data;
    p.catch(() => {
    });
    pendingPromisesForCache.push(Promise.race([p, delay0.delay]).then((successValue) => {
      if (successValue === stillPendingMarker) cache2.set(cacheKey, {
        state: "pending",
        value: void 0
      });
      else cache2.set(cacheKey, {
        state: "fulfilled",
        value: successValue
      });
      delay0.cancel();
    }, (errorValue) => {
      cache2.set(cacheKey, {
        state: "rejected",
        value: errorValue
      });
      delay0.cancel();
    }));
    cache2.set(cacheKey, unknownState);
    return unknownState;
  };
  function loop() {
    const stringifiedValue = stringifyInternal(value, [], getAsyncContent);
    if (pendingPromisesForCache.length === 0) return stringifiedValue;
    return Promise.all(pendingPromisesForCache.splice(0)).then(loop);
  }
  return loop();
}
async function asyncStringify(value) {
  return Promise.resolve(possiblyAsyncStringify(value));
}
function fromSyncCached(cachedValue) {
  return cachedValue === null ? new PreconditionFailure() : cachedValue;
}
function fromCached$1(...data) {
  if (data[1]) return data[0].then(fromSyncCached);
  return fromSyncCached(data[0]);
}
function fromCachedUnsafe(cachedValue, isAsync) {
  return fromCached$1(cachedValue, isAsync);
}
var IgnoreEqualValuesProperty = class {
  constructor(property2, skipRuns) {
    this.property = property2;
    this.skipRuns = skipRuns;
    this.coveredCases = /* @__PURE__ */ new Map();
  }
  isAsync() {
    return this.property.isAsync();
  }
  generate(mrng, runId) {
    return this.property.generate(mrng, runId);
  }
  shrink(value) {
    return this.property.shrink(value);
  }
  run(v) {
    const stringifiedValue = stringify(v);
    if (this.coveredCases.has(stringifiedValue)) {
      const lastOutput = this.coveredCases.get(stringifiedValue);
      if (!this.skipRuns) return lastOutput;
      return fromCachedUnsafe(lastOutput, this.property.isAsync());
    }
    const out = this.property.run(v);
    this.coveredCases.set(stringifiedValue, out);
    return out;
  }
  runBeforeEach() {
    return this.property.runBeforeEach();
  }
  runAfterEach() {
    return this.property.runAfterEach();
  }
};
var safeDateNow = Date.now;
var safeSetTimeout$2 = setTimeout;
var safeClearTimeout$2 = clearTimeout;
function decorateProperty(rawProperty, qParams) {
  let prop = rawProperty;
  if (rawProperty.isAsync() && qParams.timeout !== void 0) prop = new TimeoutProperty(prop, qParams.timeout, safeSetTimeout$2, safeClearTimeout$2);
  if (qParams.unbiased) prop = new UnbiasedProperty(prop);
  if (qParams.skipAllAfterTimeLimit !== void 0) prop = new SkipAfterProperty(prop, safeDateNow, qParams.skipAllAfterTimeLimit, false, safeSetTimeout$2, safeClearTimeout$2);
  if (qParams.interruptAfterTimeLimit !== void 0) prop = new SkipAfterProperty(prop, safeDateNow, qParams.interruptAfterTimeLimit, true, safeSetTimeout$2, safeClearTimeout$2);
  if (qParams.skipEqualValues) prop = new IgnoreEqualValuesProperty(prop, true);
  if (qParams.ignoreEqualValues) prop = new IgnoreEqualValuesProperty(prop, false);
  return prop;
}
var ExecutionStatus = /* @__PURE__ */ (function(ExecutionStatus2) {
  ExecutionStatus2[ExecutionStatus2["Success"] = 0] = "Success";
  ExecutionStatus2[ExecutionStatus2["Skipped"] = -1] = "Skipped";
  ExecutionStatus2[ExecutionStatus2["Failure"] = 1] = "Failure";
  return ExecutionStatus2;
})({});
var RunExecution = class RunExecution2 {
  constructor(verbosity, interruptedAsFailure) {
    this.verbosity = verbosity;
    this.interruptedAsFailure = interruptedAsFailure;
    this.rootExecutionTrees = [];
    this.currentLevelExecutionTrees = this.rootExecutionTrees;
    this.failure = null;
    this.numSkips = 0;
    this.numSuccesses = 0;
    this.interrupted = false;
  }
  appendExecutionTree(status, value) {
    const currentTree = {
      status,
      value,
      children: []
    };
    this.currentLevelExecutionTrees.push(currentTree);
    return currentTree;
  }
  fail(value, id, failure) {
    if (this.verbosity >= 1) {
      const currentTree = this.appendExecutionTree(1, value);
      this.currentLevelExecutionTrees = currentTree.children;
    }
    if (this.pathToFailure === void 0) this.pathToFailure = `${id}`;
    else this.pathToFailure += `:${id}`;
    this.value = value;
    this.failure = failure;
  }
  skip(value) {
    if (this.verbosity >= 2) this.appendExecutionTree(-1, value);
    if (this.pathToFailure === void 0) ++this.numSkips;
  }
  success(value) {
    if (this.verbosity >= 2) this.appendExecutionTree(0, value);
    if (this.pathToFailure === void 0) ++this.numSuccesses;
  }
  interrupt() {
    this.interrupted = true;
  }
  isSuccess() {
    return this.pathToFailure === void 0;
  }
  firstFailure() {
    return this.pathToFailure !== void 0 ? +safeSplit(this.pathToFailure, ":")[0] : -1;
  }
  numShrinks() {
    return this.pathToFailure !== void 0 ? safeSplit(this.pathToFailure, ":").length - 1 : 0;
  }
  extractFailures() {
    if (this.isSuccess()) return [];
    const failures = [];
    let cursor = this.rootExecutionTrees;
    while (cursor.length > 0 && cursor[cursor.length - 1].status === 1) {
      const failureTree = cursor[cursor.length - 1];
      failures.push(failureTree.value);
      cursor = failureTree.children;
    }
    return failures;
  }
  static mergePaths(offsetPath, path) {
    if (offsetPath.length === 0) return path;
    const offsetItems = offsetPath.split(":");
    const remainingItems = path.split(":");
    const middle = +offsetItems[offsetItems.length - 1] + +remainingItems[0];
    return [
      ...offsetItems.slice(0, offsetItems.length - 1),
      `${middle}`,
      ...remainingItems.slice(1)
    ].join(":");
  }
  toRunDetails(seed, basePath, maxSkips, qParams) {
    if (!this.isSuccess()) return {
      failed: true,
      interrupted: this.interrupted,
      numRuns: this.firstFailure() + 1 - this.numSkips,
      numSkips: this.numSkips,
      numShrinks: this.numShrinks(),
      seed,
      counterexample: this.value,
      counterexamplePath: RunExecution2.mergePaths(basePath, this.pathToFailure),
      errorInstance: this.failure.error,
      failures: this.extractFailures(),
      executionSummary: this.rootExecutionTrees,
      verbose: this.verbosity,
      runConfiguration: qParams.toParameters()
    };
    const considerInterruptedAsFailure = this.interruptedAsFailure || this.numSuccesses === 0;
    return {
      failed: this.numSkips > maxSkips || this.interrupted && considerInterruptedAsFailure,
      interrupted: this.interrupted,
      numRuns: this.numSuccesses,
      numSkips: this.numSkips,
      numShrinks: 0,
      seed,
      counterexample: null,
      counterexamplePath: null,
      error: null,
      errorInstance: null,
      failures: [],
      executionSummary: this.rootExecutionTrees,
      verbose: this.verbosity,
      runConfiguration: qParams.toParameters()
    };
  }
};
var RunnerIterator = class {
  constructor(sourceValues, shrink, verbose, interruptedAsFailure) {
    this.sourceValues = sourceValues;
    this.shrink = shrink;
    this.runExecution = new RunExecution(verbose, interruptedAsFailure);
    this.currentIdx = -1;
    this.nextValues = sourceValues;
  }
  [Symbol.iterator]() {
    return this;
  }
  next() {
    const nextValue = this.nextValues.next();
    if (nextValue.done || this.runExecution.interrupted) return {
      done: true,
      value: void 0
    };
    this.currentValue = nextValue.value;
    ++this.currentIdx;
    return {
      done: false,
      value: nextValue.value.value_
    };
  }
  handleResult(result) {
    if (result !== null && typeof result === "object" && !PreconditionFailure.isFailure(result)) {
      this.runExecution.fail(this.currentValue.value_, this.currentIdx, result);
      this.currentIdx = -1;
      this.nextValues = this.shrink(this.currentValue);
    } else if (result !== null) {
      if (!result.interruptExecution) {
        this.runExecution.skip(this.currentValue.value_);
        this.sourceValues.skippedOne();
      } else this.runExecution.interrupt();
    } else this.runExecution.success(this.currentValue.value_);
  }
};
var SourceValuesIterator = class {
  constructor(initialValues, maxInitialIterations, remainingSkips) {
    this.initialValues = initialValues;
    this.maxInitialIterations = maxInitialIterations;
    this.remainingSkips = remainingSkips;
  }
  [Symbol.iterator]() {
    return this;
  }
  next() {
    if (--this.maxInitialIterations !== -1 && this.remainingSkips >= 0) {
      const n = this.initialValues.next();
      if (!n.done) return {
        value: n.value,
        done: false
      };
    }
    return {
      value: void 0,
      done: true
    };
  }
  skippedOne() {
    --this.remainingSkips;
    ++this.maxInitialIterations;
  }
};
var MIN_INT = -2147483648;
var MAX_INT = 2147483647;
var DBL_FACTOR = Math.pow(2, 27);
var DBL_DIVISOR = Math.pow(2, -53);
var Random = class Random2 {
  /**
  * Create a mutable random number generator by cloning the passed one and mutate it
  * @param sourceRng - Immutable random generator from pure-rand library, will not be altered (a clone will be)
  */
  constructor(sourceRng) {
    this.internalRng = adaptRandomGenerator(sourceRng.clone());
  }
  /**
  * Clone the random number generator
  */
  clone() {
    return new Random2(this.internalRng);
  }
  /**
  * Generate an integer having `bits` random bits
  * @param bits - Number of bits to generate
  * @deprecated Prefer {@link nextInt} with explicit bounds: `nextInt(0, (1 << bits) - 1)`
  */
  next(bits) {
    return uniformInt(this.internalRng, 0, (1 << bits) - 1);
  }
  /**
  * Generate a random boolean
  * @deprecated Prefer {@link nextInt} with explicit bounds: `nextInt(0, 1) === 1`
  */
  nextBoolean() {
    return uniformInt(this.internalRng, 0, 1) === 1;
  }
  nextInt(min, max) {
    return uniformInt(this.internalRng, min === void 0 ? MIN_INT : min, max === void 0 ? MAX_INT : max);
  }
  /**
  * Generate a random bigint between min (included) and max (included)
  * @param min - Minimal bigint value
  * @param max - Maximal bigint value
  */
  nextBigInt(min, max) {
    return uniformBigInt(this.internalRng, min, max);
  }
  /**
  * Generate a random floating point number between 0.0 (included) and 1.0 (excluded)
  * @deprecated Prefer {@link nextInt} with explicit bounds
  */
  nextDouble() {
    const a = this.next(26);
    const b = this.next(27);
    return (a * DBL_FACTOR + b) * DBL_DIVISOR;
  }
  /**
  * Extract the internal state of the internal RandomGenerator backing the current instance of Random
  */
  getState() {
    if ("getState" in this.internalRng && typeof this.internalRng.getState === "function") return this.internalRng.getState();
  }
};
function tossNext(generator, rng, index) {
  rng.jump();
  return generator.generate(new Random(rng), index);
}
function* toss(generator, seed, random, examples) {
  for (let idx = 0; idx !== examples.length; ++idx) yield new Value(examples[idx], void 0);
  for (let idx = 0, rng = random(seed); ; ++idx) yield tossNext(generator, rng, idx);
}
function lazyGenerate(generator, rng, idx) {
  return () => generator.generate(new Random(rng), idx);
}
function* lazyToss(generator, seed, random, examples) {
  yield* safeMap(examples, (e) => () => new Value(e, void 0));
  let idx = 0;
  const rng = adaptRandomGenerator(random(seed));
  for (; ; ) {
    rng.jump();
    yield lazyGenerate(generator, rng, idx++);
  }
}
function produce(producer) {
  return producer();
}
function pathWalk(path, initialProducers, shrink) {
  const producers = initialProducers;
  const segments = path.split(":").map((text2) => +text2);
  if (segments.length === 0) return producers.map(produce);
  if (!segments.every((v) => !Number.isNaN(v))) throw new Error(`Unable to replay, got invalid path=${path}`);
  let values2 = producers.drop(segments[0]).map(produce);
  for (const s of segments.slice(1)) {
    const valueToShrink = values2.getNthOrLast(0);
    if (valueToShrink === null) throw new Error(`Unable to replay, got wrong path=${path}`);
    values2 = shrink(valueToShrink).drop(s);
  }
  return values2;
}
var safeObjectAssign$6 = Object.assign;
function formatHints(hints) {
  if (hints.length === 1) return `Hint: ${hints[0]}`;
  return hints.map((h2, idx) => `Hint (${idx + 1}): ${h2}`).join("\n");
}
function formatFailures(failures, stringifyOne) {
  return `Encountered failures were:
- ${failures.map(stringifyOne).join("\n- ")}`;
}
function formatExecutionSummary(executionTrees, stringifyOne) {
  const summaryLines = [];
  const remainingTreesAndDepth = [];
  for (let i = executionTrees.length - 1; i >= 0; --i) remainingTreesAndDepth.push({
    depth: 1,
    tree: executionTrees[i]
  });
  while (remainingTreesAndDepth.length !== 0) {
    const currentTreeAndDepth = remainingTreesAndDepth.pop();
    const currentTree = currentTreeAndDepth.tree;
    const currentDepth = currentTreeAndDepth.depth;
    const statusIcon = currentTree.status === 0 ? "\x1B[32m\u221A\x1B[0m" : currentTree.status === 1 ? "\x1B[31m\xD7\x1B[0m" : "\x1B[33m!\x1B[0m";
    const leftPadding = currentDepth !== 0 ? ". ".repeat(currentDepth - 1) : "";
    summaryLines.push(`${leftPadding}${statusIcon} ${stringifyOne(currentTree.value)}`);
    for (let i = currentTree.children.length - 1; i >= 0; --i) remainingTreesAndDepth.push({
      depth: currentDepth + 1,
      tree: currentTree.children[i]
    });
  }
  return `Execution summary:
${summaryLines.join("\n")}`;
}
function preFormatTooManySkipped(out, stringifyOne) {
  const message2 = `Failed to run property, too many pre-condition failures encountered
{ seed: ${out.seed} }

Ran ${out.numRuns} time(s)
Skipped ${out.numSkips} time(s)`;
  let details = null;
  const hints = ["Try to reduce the number of rejected values by combining map, chain and built-in arbitraries", "Increase failure tolerance by setting maxSkipsPerRun to an higher value"];
  if (out.verbose >= 2) details = formatExecutionSummary(out.executionSummary, stringifyOne);
  else safePush(hints, "Enable verbose mode at level VeryVerbose in order to check all generated values and their associated status");
  return {
    message: message2,
    details,
    hints
  };
}
function prettyError(errorInstance) {
  if (errorInstance instanceof SError && errorInstance.stack !== void 0) return errorInstance.stack;
  try {
    return SString(errorInstance);
  } catch (_err) {
  }
  if (errorInstance instanceof SError) try {
    return safeErrorToString(errorInstance);
  } catch (_err) {
  }
  if (errorInstance !== null && typeof errorInstance === "object") try {
    return safeToString(errorInstance);
  } catch (_err) {
  }
  return "Failed to serialize errorInstance";
}
function preFormatFailure(out, stringifyOne) {
  const messageErrorPart = out.runConfiguration.includeErrorInReport ? `
Got ${safeReplace(prettyError(out.errorInstance), /^Error: /, "error: ")}` : "";
  const message2 = `Property failed after ${out.numRuns} tests
{ seed: ${out.seed}, path: "${out.counterexamplePath}", endOnFailure: true }
Counterexample: ${stringifyOne(out.counterexample)}
Shrunk ${out.numShrinks} time(s)${messageErrorPart}`;
  let details = null;
  const hints = [];
  if (out.verbose >= 2) details = formatExecutionSummary(out.executionSummary, stringifyOne);
  else if (out.verbose === 1) details = formatFailures(out.failures, stringifyOne);
  else safePush(hints, "Enable verbose mode in order to have the list of all failing values encountered during the run");
  return {
    message: message2,
    details,
    hints
  };
}
function preFormatEarlyInterrupted(out, stringifyOne) {
  const message2 = `Property interrupted after ${out.numRuns} tests
{ seed: ${out.seed} }`;
  let details = null;
  const hints = [];
  if (out.verbose >= 2) details = formatExecutionSummary(out.executionSummary, stringifyOne);
  else safePush(hints, "Enable verbose mode at level VeryVerbose in order to check all generated values and their associated status");
  return {
    message: message2,
    details,
    hints
  };
}
function defaultReportMessageInternal(out, stringifyOne) {
  if (!out.failed) return;
  const { message: message2, details, hints } = out.counterexamplePath === null ? out.interrupted ? preFormatEarlyInterrupted(out, stringifyOne) : preFormatTooManySkipped(out, stringifyOne) : preFormatFailure(out, stringifyOne);
  let errorMessage = message2;
  if (details !== null) errorMessage += `

${details}`;
  if (hints.length > 0) errorMessage += `

${formatHints(hints)}`;
  return errorMessage;
}
function defaultReportMessage(out) {
  return defaultReportMessageInternal(out, stringify);
}
async function asyncDefaultReportMessage(out) {
  const pendingStringifieds = [];
  function stringifyOne(value) {
    const stringified = possiblyAsyncStringify(value);
    if (typeof stringified === "string") return stringified;
    pendingStringifieds.push(Promise.all([value, stringified]));
    return "\u2026";
  }
  const firstTryMessage = defaultReportMessageInternal(out, stringifyOne);
  if (pendingStringifieds.length === 0) return firstTryMessage;
  const registeredValues = new SMap$2(await Promise.all(pendingStringifieds));
  function stringifySecond(value) {
    const asyncStringifiedIfRegistered = safeMapGet(registeredValues, value);
    if (asyncStringifiedIfRegistered !== void 0) return asyncStringifiedIfRegistered;
    return stringify(value);
  }
  return defaultReportMessageInternal(out, stringifySecond);
}
function buildError(errorMessage, out) {
  if (out.runConfiguration.includeErrorInReport) throw new SError(errorMessage);
  const error = new SError(errorMessage, { cause: out.errorInstance });
  if (!("cause" in error)) safeObjectAssign$6(error, { cause: out.errorInstance });
  return error;
}
function throwIfFailed(out) {
  if (!out.failed) return;
  throw buildError(defaultReportMessage(out), out);
}
async function asyncThrowIfFailed(out) {
  if (!out.failed) return;
  throw buildError(await asyncDefaultReportMessage(out), out);
}
function reportRunDetails(out) {
  if (out.runConfiguration.asyncReporter) return out.runConfiguration.asyncReporter(out);
  else if (out.runConfiguration.reporter) return out.runConfiguration.reporter(out);
  else return throwIfFailed(out);
}
async function asyncReportRunDetails(out) {
  if (out.runConfiguration.asyncReporter) return out.runConfiguration.asyncReporter(out);
  else if (out.runConfiguration.reporter) return out.runConfiguration.reporter(out);
  else return asyncThrowIfFailed(out);
}
var globalPlugins = {
  pre: [],
  post: []
};
function installGlobalPlugin(plugin, position = "pre") {
  globalPlugins[position].push(plugin);
}
function readInstalledGlobalPlugins(position) {
  return globalPlugins[position];
}
var SMap$1 = Map;
function runIt(run, shrink, sourceValues, verbose, interruptedAsFailure) {
  const runner = new RunnerIterator(sourceValues, shrink, verbose, interruptedAsFailure);
  for (const v of runner) {
    const out = run(v);
    runner.handleResult(out);
  }
  return runner.runExecution;
}
function propertyExecution(property2, v) {
  property2.runBeforeEach();
  const out = property2.run(v);
  property2.runAfterEach();
  return out;
}
async function asyncRunIt(run, shrink, sourceValues, verbose, interruptedAsFailure) {
  const runner = new RunnerIterator(sourceValues, shrink, verbose, interruptedAsFailure);
  for (const v of runner) {
    const out = await run(v);
    runner.handleResult(out);
  }
  return runner.runExecution;
}
async function asyncPropertyExecution(property2, v) {
  await property2.runBeforeEach();
  const out = await property2.run(v);
  await property2.runAfterEach();
  return out;
}
function runPluginCompletionHooksSync(pluginInstances, runDetails) {
  let interceptedOnce = false;
  let interceptedError = void 0;
  for (let index = 0; index !== pluginInstances.length; ++index) {
    const instance = pluginInstances[index];
    if (instance.onAllRunsComplete !== void 0) try {
      instance.onAllRunsComplete(runDetails);
    } catch (error) {
      if (!interceptedOnce) {
        interceptedOnce = true;
        interceptedError = error;
      }
    }
  }
  for (let index = pluginInstances.length - 1; index >= 0; --index) {
    const instance = pluginInstances[index];
    if (instance.afterAll !== void 0) try {
      instance.afterAll();
    } catch (error) {
      if (!interceptedOnce) {
        interceptedOnce = true;
        interceptedError = error;
      }
    }
  }
  if (interceptedOnce) throw interceptedError;
}
function runPluginCompletionHooks(pluginInstances, runDetailsPromise) {
  const followUps = [];
  for (let index = 0; index !== pluginInstances.length; ++index) {
    const instance = pluginInstances[index];
    if (instance.onAllRunsComplete !== void 0) followUps.push((runDetails) => instance.onAllRunsComplete(runDetails));
  }
  for (let index = pluginInstances.length - 1; index >= 0; --index) {
    const instance = pluginInstances[index];
    if (instance.afterAll !== void 0) followUps.push(() => instance.afterAll());
  }
  if (followUps.length === 0) return runDetailsPromise;
  return runDetailsPromise.then(async (details) => {
    let interceptedOnce = false;
    let interceptedError = void 0;
    for (const followUp of followUps) try {
      const out = followUp(details);
      if (out !== void 0) await out;
    } catch (error) {
      if (!interceptedOnce) {
        interceptedOnce = true;
        interceptedError = error;
      }
    }
    if (interceptedOnce) throw interceptedError;
    return details;
  });
}
function check(rawProperty, params) {
  if (rawProperty === null || rawProperty === void 0 || rawProperty.generate === null || rawProperty.generate === void 0) throw new Error("Invalid property encountered, please use a valid property");
  if (rawProperty.run === null || rawProperty.run === void 0) throw new Error("Invalid property encountered, please use a valid property not an arbitrary");
  const qParams = read({
    ...readConfigureGlobal(),
    ...params
  });
  if (qParams.reporter !== void 0 && qParams.asyncReporter !== void 0) throw new Error("Invalid parameters encountered, reporter and asyncReporter cannot be specified together");
  if (qParams.asyncReporter !== void 0 && !rawProperty.isAsync()) throw new Error("Invalid parameters encountered, only asyncProperty can be used when asyncReporter specified");
  const property2 = decorateProperty(rawProperty, qParams);
  const localPlugins = qParams.plugins;
  const pluginStore = new SMap$1();
  const pluginInstances = [];
  if (!qParams.noGlobalPlugins) {
    const globalPrePlugins = readInstalledGlobalPlugins("pre");
    for (let index = 0; index !== globalPrePlugins.length; ++index) pluginInstances.push(globalPrePlugins[index](pluginInstances.length, pluginStore));
  }
  for (let index = 0; index !== localPlugins.length; ++index) pluginInstances.push(localPlugins[index](pluginInstances.length, pluginStore));
  if (!qParams.noGlobalPlugins) {
    const globalPostPlugins = readInstalledGlobalPlugins("post");
    for (let index = 0; index !== globalPostPlugins.length; ++index) pluginInstances.push(globalPostPlugins[index](pluginInstances.length, pluginStore));
  }
  let surchargedGenerate = void 0;
  let run = property2.isAsync() ? async (v) => asyncPropertyExecution(property2, v) : (v) => propertyExecution(property2, v);
  for (let index = pluginInstances.length - 1; index >= 0; --index) {
    const pluginInstance = pluginInstances[index];
    if (pluginInstance.decorateGenerate !== void 0) {
      if (surchargedGenerate === void 0) surchargedGenerate = (mrng, runId) => property2.generate(mrng, runId);
      surchargedGenerate = pluginInstance.decorateGenerate(surchargedGenerate);
    }
    if (pluginInstance.decorateRun !== void 0) run = pluginInstance.decorateRun(run);
  }
  const generator = surchargedGenerate === void 0 ? property2 : { generate: surchargedGenerate };
  const maxInitialIterations = qParams.path.length === 0 || qParams.path.indexOf(":") === -1 ? qParams.numRuns : -1;
  const maxSkips = qParams.numRuns * qParams.maxSkipsPerRun;
  const shrink = (...args) => property2.shrink(...args);
  const sourceValues = new SourceValuesIterator(qParams.path.length === 0 ? toss(generator, qParams.seed, qParams.randomType, qParams.examples) : pathWalk(qParams.path, stream(lazyToss(generator, qParams.seed, qParams.randomType, qParams.examples)), shrink), maxInitialIterations, maxSkips);
  const finalShrink = !qParams.endOnFailure ? shrink : Stream2.nil;
  if (property2.isAsync()) return runPluginCompletionHooks(pluginInstances, asyncRunIt(run, finalShrink, sourceValues, qParams.verbose, qParams.markInterruptAsFailure).then((e) => e.toRunDetails(qParams.seed, qParams.path, maxSkips, qParams)));
  const out = runIt(run, finalShrink, sourceValues, qParams.verbose, qParams.markInterruptAsFailure).toRunDetails(qParams.seed, qParams.path, maxSkips, qParams);
  runPluginCompletionHooksSync(pluginInstances, out);
  return out;
}
function assert(property2, params) {
  const out = check(property2, params);
  if (property2.isAsync()) return out.then((runDetails2) => {
    if (!runDetails2.runConfiguration.noDefaultPlugins) return asyncReportRunDetails(runDetails2);
  });
  const runDetails = out;
  if (!runDetails.runConfiguration.noDefaultPlugins) reportRunDetails(runDetails);
}
function toProperty(generator, qParams) {
  const prop = !Object.prototype.hasOwnProperty.call(generator, "isAsync") ? new Property(generator, () => true) : generator;
  return qParams.unbiased === true ? new UnbiasedProperty(prop) : prop;
}
function streamSample(generator, params) {
  const qParams = read(typeof params === "number" ? {
    ...readConfigureGlobal(),
    numRuns: params
  } : {
    ...readConfigureGlobal(),
    ...params
  });
  const nextProperty = toProperty(generator, qParams);
  const shrink = nextProperty.shrink.bind(nextProperty);
  return (qParams.path.length === 0 ? stream(toss(nextProperty, qParams.seed, qParams.randomType, qParams.examples)) : pathWalk(qParams.path, stream(lazyToss(nextProperty, qParams.seed, qParams.randomType, qParams.examples)), shrink)).take(qParams.numRuns).map((s) => s.value_);
}
function sample(generator, params) {
  return [...streamSample(generator, params)];
}
function round2(n) {
  return (Math.round(n * 100) / 100).toFixed(2);
}
function statistics(generator, classify, params) {
  const qParams = read(typeof params === "number" ? {
    ...readConfigureGlobal(),
    numRuns: params
  } : {
    ...readConfigureGlobal(),
    ...params
  });
  const recorded = {};
  for (const g of streamSample(generator, params)) {
    const out = classify(g);
    const categories = Array.isArray(out) ? out : [out];
    for (const c of categories) recorded[c] = (recorded[c] || 0) + 1;
  }
  const data = Object.entries(recorded).sort((a, b) => b[1] - a[1]).map((i) => [i[0], `${round2(i[1] * 100 / qParams.numRuns)}%`]);
  const longestName = data.map((i) => i[0].length).reduce((p, c) => Math.max(p, c), 0);
  const longestPercent = data.map((i) => i[1].length).reduce((p, c) => Math.max(p, c), 0);
  for (const item of data) qParams.logger(`${item[0].padEnd(longestName, ".")}..${item[1].padStart(longestPercent, ".")}`);
}
var safeObjectAssign$5 = Object.assign;
function buildGeneratorValue(mrng, biasFactor, computePreBuiltValues, arbitraryCache) {
  const preBuiltValues = computePreBuiltValues();
  let localMrng = mrng.clone();
  const context3 = {
    mrng: mrng.clone(),
    biasFactor,
    history: []
  };
  const valueFunction = (arb) => {
    const preBuiltValue = preBuiltValues[context3.history.length];
    if (preBuiltValue !== void 0 && preBuiltValue.arb === arb) {
      const value = preBuiltValue.value;
      safePush(context3.history, {
        arb,
        value,
        context: preBuiltValue.context,
        mrng: preBuiltValue.mrng
      });
      localMrng = preBuiltValue.mrng.clone();
      return value;
    }
    const g = arb.generate(localMrng, biasFactor);
    safePush(context3.history, {
      arb,
      value: g.value_,
      context: g.context,
      mrng: localMrng.clone()
    });
    return g.value;
  };
  const memoedValueFunction = (arb, ...args) => {
    return valueFunction(arbitraryCache(arb, args));
  };
  return new Value(safeObjectAssign$5(memoedValueFunction, {
    values() {
      return safeMap(context3.history, (c) => c.value);
    },
    [cloneMethod]() {
      return buildGeneratorValue(mrng, biasFactor, computePreBuiltValues, arbitraryCache).value;
    },
    [toStringMethod]() {
      return stringify(safeMap(context3.history, (c) => c.value));
    }
  }), context3);
}
var safeArrayIsArray$3 = Array.isArray;
var safeObjectKeys$4 = Object.keys;
var safeObjectIs$7 = Object.is;
function buildStableArbitraryGeneratorCache(isEqual) {
  const previousCallsPerBuilder = new SMap$2();
  return function stableArbitraryGeneratorCache(builder, args) {
    const entriesForBuilder = safeMapGet(previousCallsPerBuilder, builder);
    if (entriesForBuilder === void 0) {
      const newValue2 = builder(...args);
      safeMapSet(previousCallsPerBuilder, builder, [{
        args,
        value: newValue2
      }]);
      return newValue2;
    }
    const safeEntriesForBuilder = entriesForBuilder;
    for (const entry of safeEntriesForBuilder) if (isEqual(args, entry.args)) return entry.value;
    const newValue = builder(...args);
    safePush(safeEntriesForBuilder, {
      args,
      value: newValue
    });
    return newValue;
  };
}
function naiveIsEqual(v1, v2) {
  if (v1 !== null && typeof v1 === "object" && v2 !== null && typeof v2 === "object") {
    if (safeArrayIsArray$3(v1)) {
      if (!safeArrayIsArray$3(v2)) return false;
      if (v1.length !== v2.length) return false;
    } else if (safeArrayIsArray$3(v2)) return false;
    if (safeObjectKeys$4(v1).length !== safeObjectKeys$4(v2).length) return false;
    for (const index in v1) {
      if (!(index in v2)) return false;
      if (!naiveIsEqual(v1[index], v2[index])) return false;
    }
    return true;
  } else return safeObjectIs$7(v1, v2);
}
var GeneratorArbitrary = class extends Arbitrary {
  constructor(..._args) {
    super(..._args);
    this.arbitraryCache = buildStableArbitraryGeneratorCache(naiveIsEqual);
  }
  generate(mrng, biasFactor) {
    return buildGeneratorValue(mrng, biasFactor, () => [], this.arbitraryCache);
  }
  canShrinkWithoutContext(_value) {
    return false;
  }
  shrink(_value, context3) {
    if (context3 === void 0) return Stream2.nil();
    const safeContext = context3;
    const mrng = safeContext.mrng;
    const biasFactor = safeContext.biasFactor;
    const history = safeContext.history;
    return tupleShrink(history.map((c) => c.arb), history.map((c) => c.value), history.map((c) => c.context)).map((shrink) => {
      function computePreBuiltValues() {
        const subValues = shrink.value;
        const subContexts = shrink.context;
        return safeMap(history, (entry, index) => ({
          arb: entry.arb,
          value: subValues[index],
          context: subContexts[index],
          mrng: entry.mrng
        }));
      }
      return buildGeneratorValue(mrng, biasFactor, computePreBuiltValues, this.arbitraryCache);
    });
  }
};
function gen() {
  return new GeneratorArbitrary();
}
var safeMathFloor$6 = Math.floor;
var safeMathLog$2 = Math.log;
function integerLogLike(v) {
  return safeMathFloor$6(safeMathLog$2(v) / safeMathLog$2(2));
}
function bigIntLogLike(v) {
  if (v === SBigInt2(0)) return SBigInt2(0);
  return SBigInt2(SString(v).length);
}
function biasNumericRange(min, max, logLike) {
  if (min === max) return [{
    min,
    max
  }];
  if (min < 0 && max > 0) {
    const logMin = logLike(-min);
    const logMax = logLike(max);
    return [
      {
        min: -logMin,
        max: logMax
      },
      {
        min: max - logMax,
        max
      },
      {
        min,
        max: min + logMin
      }
    ];
  }
  const logGap = logLike(max - min);
  const arbCloseToMin = {
    min,
    max: min + logGap
  };
  const arbCloseToMax = {
    min: max - logGap,
    max
  };
  return min < 0 ? [arbCloseToMax, arbCloseToMin] : [arbCloseToMin, arbCloseToMax];
}
var safeMathCeil = Math.ceil;
var safeMathFloor$5 = Math.floor;
function halvePosInteger(n) {
  return safeMathFloor$5(n / 2);
}
function halveNegInteger(n) {
  return safeMathCeil(n / 2);
}
function shrinkInteger(current2, target, tryTargetAsap) {
  const realGap = current2 - target;
  function* shrinkDecr() {
    let previous = tryTargetAsap ? void 0 : target;
    const gap = tryTargetAsap ? realGap : halvePosInteger(realGap);
    for (let toremove = gap; toremove > 0; toremove = halvePosInteger(toremove)) {
      const next = toremove === realGap ? target : current2 - toremove;
      yield new Value(next, previous);
      previous = next;
    }
  }
  function* shrinkIncr() {
    let previous = tryTargetAsap ? void 0 : target;
    const gap = tryTargetAsap ? realGap : halveNegInteger(realGap);
    for (let toremove = gap; toremove < 0; toremove = halveNegInteger(toremove)) {
      const next = toremove === realGap ? target : current2 - toremove;
      yield new Value(next, previous);
      previous = next;
    }
  }
  return realGap > 0 ? stream(shrinkDecr()) : stream(shrinkIncr());
}
var safeMathSign = Math.sign;
var safeNumberIsInteger$6 = Number.isInteger;
var safeObjectIs$6 = Object.is;
var IntegerArbitrary = class IntegerArbitrary2 extends Arbitrary {
  constructor(min, max) {
    super();
    this.min = min;
    this.max = max;
    this.ranges = biasNumericRange(min, max, integerLogLike);
  }
  generate(mrng, biasFactor) {
    if (biasFactor === void 0 || mrng.nextInt(1, biasFactor) !== 1) return new Value(mrng.nextInt(this.min, this.max), void 0);
    const ranges = this.ranges;
    if (ranges.length === 1) {
      const range2 = ranges[0];
      return new Value(mrng.nextInt(range2.min, range2.max), void 0);
    }
    const id = mrng.nextInt(-2 * (ranges.length - 1), ranges.length - 2);
    const range = id < 0 ? ranges[0] : ranges[id + 1];
    return new Value(mrng.nextInt(range.min, range.max), void 0);
  }
  canShrinkWithoutContext(value) {
    return typeof value === "number" && safeNumberIsInteger$6(value) && !safeObjectIs$6(value, -0) && this.min <= value && value <= this.max;
  }
  shrink(current2, context3) {
    if (!IntegerArbitrary2.isValidContext(current2, context3)) return shrinkInteger(current2, this.min <= 0 && this.max >= 0 ? 0 : this.min < 0 ? this.max : this.min, true);
    if (this.isLastChanceTry(current2, context3)) return Stream2.of(new Value(context3, void 0));
    return shrinkInteger(current2, context3, false);
  }
  isLastChanceTry(current2, context3) {
    if (current2 > 0) return current2 === context3 + 1 && current2 > this.min;
    if (current2 < 0) return current2 === context3 - 1 && current2 < this.max;
    return false;
  }
  static isValidContext(current2, context3) {
    if (context3 === void 0) return false;
    if (typeof context3 !== "number") throw new Error(`Invalid context type passed to IntegerArbitrary (#1)`);
    if (context3 !== 0 && safeMathSign(current2) !== safeMathSign(context3)) throw new Error(`Invalid context value passed to IntegerArbitrary (#2)`);
    return true;
  }
};
var safeNumberIsInteger$5 = Number.isInteger;
function buildCompleteIntegerConstraints(constraints) {
  return {
    min: constraints.min !== void 0 ? constraints.min : -2147483648,
    max: constraints.max !== void 0 ? constraints.max : 2147483647
  };
}
function integer2(constraints = {}) {
  const fullConstraints = buildCompleteIntegerConstraints(constraints);
  if (fullConstraints.min > fullConstraints.max) throw new Error("fc.integer maximum value should be equal or greater than the minimum one");
  if (!safeNumberIsInteger$5(fullConstraints.min)) throw new Error("fc.integer minimum value should be an integer");
  if (!safeNumberIsInteger$5(fullConstraints.max)) throw new Error("fc.integer maximum value should be an integer");
  return new IntegerArbitrary(fullConstraints.min, fullConstraints.max);
}
var depthContextCache = /* @__PURE__ */ new Map();
function getDepthContextFor(contextMeta) {
  if (contextMeta === void 0) return { depth: 0 };
  if (typeof contextMeta !== "string") return contextMeta;
  const cachedContext = safeMapGet(depthContextCache, contextMeta);
  if (cachedContext !== void 0) return cachedContext;
  const context3 = { depth: 0 };
  safeMapSet(depthContextCache, contextMeta, context3);
  return context3;
}
function createDepthIdentifier() {
  return { depth: 0 };
}
var NoopSlicedGenerator = class {
  constructor(arb, mrng, biasFactor) {
    this.arb = arb;
    this.mrng = mrng;
    this.biasFactor = biasFactor;
  }
  attemptExact() {
  }
  next() {
    return this.arb.generate(this.mrng, this.biasFactor);
  }
};
var safeMathMin$5 = Math.min;
var safeMathMax$2 = Math.max;
var SlicedBasedGenerator = class {
  constructor(arb, mrng, slices, biasFactor) {
    this.arb = arb;
    this.mrng = mrng;
    this.slices = slices;
    this.biasFactor = biasFactor;
    this.activeSliceIndex = 0;
    this.nextIndexInSlice = 0;
    this.lastIndexInSlice = -1;
  }
  attemptExact(targetLength) {
    if (targetLength !== 0 && this.mrng.nextInt(1, this.biasFactor) === 1) {
      const eligibleIndices = [];
      for (let index = 0; index !== this.slices.length; ++index) if (this.slices[index].length === targetLength) safePush(eligibleIndices, index);
      if (eligibleIndices.length === 0) return;
      this.activeSliceIndex = eligibleIndices[this.mrng.nextInt(0, eligibleIndices.length - 1)];
      this.nextIndexInSlice = 0;
      this.lastIndexInSlice = targetLength - 1;
    }
  }
  next() {
    if (this.nextIndexInSlice <= this.lastIndexInSlice) return new Value(this.slices[this.activeSliceIndex][this.nextIndexInSlice++], void 0);
    if (this.mrng.nextInt(1, this.biasFactor) !== 1) return this.arb.generate(this.mrng, this.biasFactor);
    this.activeSliceIndex = this.mrng.nextInt(0, this.slices.length - 1);
    const slice = this.slices[this.activeSliceIndex];
    if (this.mrng.nextInt(1, this.biasFactor) !== 1) {
      this.nextIndexInSlice = 1;
      this.lastIndexInSlice = slice.length - 1;
      return new Value(slice[0], void 0);
    }
    const rangeBoundaryA = this.mrng.nextInt(0, slice.length - 1);
    const rangeBoundaryB = this.mrng.nextInt(0, slice.length - 1);
    this.nextIndexInSlice = safeMathMin$5(rangeBoundaryA, rangeBoundaryB);
    this.lastIndexInSlice = safeMathMax$2(rangeBoundaryA, rangeBoundaryB);
    return new Value(slice[this.nextIndexInSlice++], void 0);
  }
};
function buildSlicedGenerator(arb, mrng, slices, biasFactor) {
  if (biasFactor === void 0 || slices.length === 0 || mrng.nextInt(1, biasFactor) !== 1) return new NoopSlicedGenerator(arb, mrng, biasFactor);
  return new SlicedBasedGenerator(arb, mrng, slices, biasFactor);
}
var safeMathFloor$4 = Math.floor;
var safeMathLog$1 = Math.log;
var safeArrayIsArray$2 = Array.isArray;
function biasedMaxLength(minLength, maxLength) {
  if (minLength === maxLength) return minLength;
  return minLength + safeMathFloor$4(safeMathLog$1(maxLength - minLength) / safeMathLog$1(2));
}
var ArrayArbitrary = class ArrayArbitrary2 extends Arbitrary {
  constructor(arb, minLength, maxGeneratedLength, maxLength, depthIdentifier, setBuilder, customSlices) {
    super();
    this.arb = arb;
    this.minLength = minLength;
    this.maxGeneratedLength = maxGeneratedLength;
    this.maxLength = maxLength;
    this.setBuilder = setBuilder;
    this.customSlices = customSlices;
    this.lengthArb = integer2({
      min: minLength,
      max: maxGeneratedLength
    });
    this.depthContext = getDepthContextFor(depthIdentifier);
    this.cachedBiasedMaxLength = biasedMaxLength(minLength, maxGeneratedLength);
  }
  preFilter(tab) {
    if (this.setBuilder === void 0) return tab;
    const s = this.setBuilder();
    for (let index = 0; index !== tab.length; ++index) s.tryAdd(tab[index]);
    return s.getData();
  }
  static makeItCloneable(vs, shrinkables) {
    vs[cloneMethod] = () => {
      const cloned = [];
      for (let idx = 0; idx !== shrinkables.length; ++idx) safePush(cloned, shrinkables[idx].value);
      this.makeItCloneable(cloned, shrinkables);
      return cloned;
    };
    return vs;
  }
  generateNItemsNoDuplicates(setBuilder, N2, mrng, biasFactorItems) {
    let numSkippedInRow = 0;
    const s = setBuilder();
    const slicedGenerator = buildSlicedGenerator(this.arb, mrng, this.customSlices, biasFactorItems);
    while (s.size() < N2 && numSkippedInRow < this.maxGeneratedLength) {
      const current2 = slicedGenerator.next();
      if (s.tryAdd(current2)) numSkippedInRow = 0;
      else numSkippedInRow += 1;
    }
    return s.getData();
  }
  safeGenerateNItemsNoDuplicates(setBuilder, N2, mrng, biasFactorItems) {
    const depthImpact = N2 - this.cachedBiasedMaxLength;
    if (depthImpact <= 0) return this.generateNItemsNoDuplicates(setBuilder, N2, mrng, biasFactorItems);
    this.depthContext.depth += depthImpact;
    try {
      return this.generateNItemsNoDuplicates(setBuilder, N2, mrng, biasFactorItems);
    } finally {
      this.depthContext.depth -= depthImpact;
    }
  }
  generateNItems(N2, mrng, biasFactorItems) {
    const items2 = [];
    const slicedGenerator = buildSlicedGenerator(this.arb, mrng, this.customSlices, biasFactorItems);
    slicedGenerator.attemptExact(N2);
    for (let index = 0; index !== N2; ++index) safePush(items2, slicedGenerator.next());
    return items2;
  }
  safeGenerateNItems(N2, mrng, biasFactorItems) {
    const depthImpact = N2 - this.cachedBiasedMaxLength;
    if (depthImpact <= 0) return this.generateNItems(N2, mrng, biasFactorItems);
    this.depthContext.depth += depthImpact;
    try {
      return this.generateNItems(N2, mrng, biasFactorItems);
    } finally {
      this.depthContext.depth -= depthImpact;
    }
  }
  wrapper(itemsRaw, shrunkOnce, itemsRawLengthContext, startIndex) {
    const items2 = shrunkOnce ? this.preFilter(itemsRaw) : itemsRaw;
    let cloneable = false;
    const vs = [];
    const itemsContexts = [];
    for (let idx = 0; idx !== items2.length; ++idx) {
      const s = items2[idx];
      cloneable = cloneable || s.hasToBeCloned;
      safePush(vs, s.value);
      safePush(itemsContexts, s.context);
    }
    if (cloneable) ArrayArbitrary2.makeItCloneable(vs, items2);
    return new Value(vs, {
      shrunkOnce,
      lengthContext: itemsRaw.length === items2.length && itemsRawLengthContext !== void 0 ? itemsRawLengthContext : void 0,
      itemsContexts,
      startIndex
    });
  }
  generate(mrng, biasFactor) {
    let targetSize;
    let biasFactorItems;
    if (biasFactor === void 0) targetSize = this.lengthArb.generate(mrng, void 0).value;
    else if (this.minLength === this.maxGeneratedLength) {
      targetSize = this.lengthArb.generate(mrng, void 0).value;
      biasFactorItems = biasFactor;
    } else if (mrng.nextInt(1, biasFactor) !== 1) targetSize = this.lengthArb.generate(mrng, void 0).value;
    else if (mrng.nextInt(1, biasFactor) !== 1) {
      targetSize = this.lengthArb.generate(mrng, void 0).value;
      biasFactorItems = biasFactor;
    } else {
      const maxBiasedLength = this.cachedBiasedMaxLength;
      targetSize = integer2({
        min: this.minLength,
        max: maxBiasedLength
      }).generate(mrng, void 0).value;
      biasFactorItems = biasFactor;
    }
    const items2 = this.setBuilder !== void 0 ? this.safeGenerateNItemsNoDuplicates(this.setBuilder, targetSize, mrng, biasFactorItems) : this.safeGenerateNItems(targetSize, mrng, biasFactorItems);
    return this.wrapper(items2, false, void 0, 0);
  }
  canShrinkWithoutContext(value) {
    if (!safeArrayIsArray$2(value) || this.minLength > value.length || value.length > this.maxLength) return false;
    for (let index = 0; index !== value.length; ++index) {
      if (!(index in value)) return false;
      if (!this.arb.canShrinkWithoutContext(value[index])) return false;
    }
    return this.preFilter(safeMap(value, (item) => new Value(item, void 0))).length === value.length;
  }
  shrinkItemByItem(value, safeContext, endIndex) {
    const shrinks = [];
    for (let index = safeContext.startIndex; index < endIndex; ++index) safePush(shrinks, makeLazy(() => this.arb.shrink(value[index], safeContext.itemsContexts[index]).map((v) => {
      const beforeCurrent = safeMap(safeSlice(value, 0, index), (v2, i) => new Value(cloneIfNeeded(v2), safeContext.itemsContexts[i]));
      const afterCurrent = safeMap(safeSlice(value, index + 1), (v2, i) => new Value(cloneIfNeeded(v2), safeContext.itemsContexts[i + index + 1]));
      return [
        [
          ...beforeCurrent,
          v,
          ...afterCurrent
        ],
        void 0,
        index
      ];
    })));
    return Stream2.nil().join(...shrinks);
  }
  shrinkImpl(value, context3) {
    if (value.length === 0) return Stream2.nil();
    const safeContext = context3 !== void 0 ? context3 : {
      shrunkOnce: false,
      lengthContext: void 0,
      itemsContexts: [],
      startIndex: 0
    };
    return this.lengthArb.shrink(value.length, safeContext.lengthContext).drop(safeContext.shrunkOnce && safeContext.lengthContext === void 0 && value.length > this.minLength + 1 ? 1 : 0).map((lengthValue) => {
      const sliceStart = value.length - lengthValue.value;
      return [
        safeMap(safeSlice(value, sliceStart), (v, index) => new Value(cloneIfNeeded(v), safeContext.itemsContexts[index + sliceStart])),
        lengthValue.context,
        0
      ];
    }).join(makeLazy(() => value.length > this.minLength ? this.shrinkItemByItem(value, safeContext, 1) : this.shrinkItemByItem(value, safeContext, value.length))).join(value.length > this.minLength ? makeLazy(() => {
      const subContext = {
        shrunkOnce: false,
        lengthContext: void 0,
        itemsContexts: safeSlice(safeContext.itemsContexts, 1),
        startIndex: 0
      };
      return this.shrinkImpl(safeSlice(value, 1), subContext).filter((v) => this.minLength <= v[0].length + 1).map((v) => {
        return [
          [new Value(cloneIfNeeded(value[0]), safeContext.itemsContexts[0]), ...v[0]],
          void 0,
          0
        ];
      });
    }) : Stream2.nil());
  }
  shrink(value, context3) {
    return this.shrinkImpl(value, context3).map((contextualValue) => this.wrapper(contextualValue[0], true, contextualValue[1], contextualValue[2]));
  }
};
var safeMathFloor$3 = Math.floor;
var safeMathMin$4 = Math.min;
var MaxLengthUpperBound = 2147483647;
var orderedSize = [
  "xsmall",
  "small",
  "medium",
  "large",
  "xlarge"
];
var orderedRelativeSize = [
  "-4",
  "-3",
  "-2",
  "-1",
  "=",
  "+1",
  "+2",
  "+3",
  "+4"
];
var DefaultSize = "small";
function maxLengthFromMinLength(minLength, size) {
  switch (size) {
    case "xsmall":
      return safeMathFloor$3(1.1 * minLength) + 1;
    case "small":
      return 2 * minLength + 10;
    case "medium":
      return 11 * minLength + 100;
    case "large":
      return 101 * minLength + 1e3;
    case "xlarge":
      return 1001 * minLength + 1e4;
    default:
      throw new Error(`Unable to compute lengths based on received size: ${size}`);
  }
}
function relativeSizeToSize(size, defaultSize) {
  const sizeInRelative = safeIndexOf(orderedRelativeSize, size);
  if (sizeInRelative === -1) return size;
  const defaultSizeInSize = safeIndexOf(orderedSize, defaultSize);
  if (defaultSizeInSize === -1) throw new Error(`Unable to offset size based on the unknown defaulted one: ${defaultSize}`);
  const resultingSizeInSize = defaultSizeInSize + sizeInRelative - 4;
  return resultingSizeInSize < 0 ? orderedSize[0] : resultingSizeInSize >= orderedSize.length ? orderedSize[orderedSize.length - 1] : orderedSize[resultingSizeInSize];
}
function maxGeneratedLengthFromSizeForArbitrary(size, minLength, maxLength, specifiedMaxLength) {
  const { baseSize: defaultSize = DefaultSize, defaultSizeToMaxWhenMaxSpecified } = readConfigureGlobal() || {};
  const definedSize = size !== void 0 ? size : specifiedMaxLength && defaultSizeToMaxWhenMaxSpecified ? "max" : defaultSize;
  if (definedSize === "max") return maxLength;
  const finalSize = relativeSizeToSize(definedSize, defaultSize);
  return safeMathMin$4(maxLengthFromMinLength(minLength, finalSize), maxLength);
}
function depthBiasFromSizeForArbitrary(depthSizeOrSize, specifiedMaxDepth) {
  if (typeof depthSizeOrSize === "number") return 1 / depthSizeOrSize;
  const { baseSize: defaultSize = DefaultSize, defaultSizeToMaxWhenMaxSpecified } = readConfigureGlobal() || {};
  const definedSize = depthSizeOrSize !== void 0 ? depthSizeOrSize : specifiedMaxDepth && defaultSizeToMaxWhenMaxSpecified ? "max" : defaultSize;
  if (definedSize === "max") return 0;
  switch (relativeSizeToSize(definedSize, defaultSize)) {
    case "xsmall":
      return 1;
    case "small":
      return 0.5;
    case "medium":
      return 0.25;
    case "large":
      return 0.125;
    case "xlarge":
      return 0.0625;
  }
}
function resolveSize(size) {
  const { baseSize: defaultSize = DefaultSize } = readConfigureGlobal() || {};
  if (size === void 0) return defaultSize;
  return relativeSizeToSize(size, defaultSize);
}
function array(arb, constraints = {}) {
  const size = constraints.size;
  const minLength = constraints.minLength || 0;
  const maxLengthOrUnset = constraints.maxLength;
  const depthIdentifier = constraints.depthIdentifier;
  const maxLength = maxLengthOrUnset !== void 0 ? maxLengthOrUnset : MaxLengthUpperBound;
  return new ArrayArbitrary(arb, minLength, maxGeneratedLengthFromSizeForArbitrary(size, minLength, maxLength, maxLengthOrUnset !== void 0), maxLength, depthIdentifier, void 0, constraints.experimentalCustomSlices || []);
}
function halveBigInt(n) {
  return n / SBigInt2(2);
}
function shrinkBigInt(current2, target, tryTargetAsap) {
  const realGap = current2 - target;
  function* shrinkDecr() {
    let previous = tryTargetAsap ? void 0 : target;
    const gap = tryTargetAsap ? realGap : halveBigInt(realGap);
    for (let toremove = gap; toremove > 0; toremove = halveBigInt(toremove)) {
      const next = current2 - toremove;
      yield new Value(next, previous);
      previous = next;
    }
  }
  function* shrinkIncr() {
    let previous = tryTargetAsap ? void 0 : target;
    const gap = tryTargetAsap ? realGap : halveBigInt(realGap);
    for (let toremove = gap; toremove < 0; toremove = halveBigInt(toremove)) {
      const next = current2 - toremove;
      yield new Value(next, previous);
      previous = next;
    }
  }
  return realGap > 0 ? stream(shrinkDecr()) : stream(shrinkIncr());
}
var BigIntArbitrary = class BigIntArbitrary2 extends Arbitrary {
  constructor(min, max) {
    super();
    this.min = min;
    this.max = max;
  }
  generate(mrng, biasFactor) {
    const range = this.computeGenerateRange(mrng, biasFactor);
    return new Value(mrng.nextBigInt(range.min, range.max), void 0);
  }
  computeGenerateRange(mrng, biasFactor) {
    if (biasFactor === void 0 || mrng.nextInt(1, biasFactor) !== 1) return {
      min: this.min,
      max: this.max
    };
    const ranges = biasNumericRange(this.min, this.max, bigIntLogLike);
    if (ranges.length === 1) return ranges[0];
    const id = mrng.nextInt(-2 * (ranges.length - 1), ranges.length - 2);
    return id < 0 ? ranges[0] : ranges[id + 1];
  }
  canShrinkWithoutContext(value) {
    return typeof value === "bigint" && this.min <= value && value <= this.max;
  }
  shrink(current2, context3) {
    if (!BigIntArbitrary2.isValidContext(current2, context3)) return shrinkBigInt(current2, this.defaultTarget(), true);
    if (this.isLastChanceTry(current2, context3)) return Stream2.of(new Value(context3, void 0));
    return shrinkBigInt(current2, context3, false);
  }
  defaultTarget() {
    if (this.min <= 0 && this.max >= 0) return SBigInt2(0);
    return this.min < 0 ? this.max : this.min;
  }
  isLastChanceTry(current2, context3) {
    if (current2 > 0) return current2 === context3 + SBigInt2(1) && current2 > this.min;
    if (current2 < 0) return current2 === context3 - SBigInt2(1) && current2 < this.max;
    return false;
  }
  static isValidContext(current2, context3) {
    if (context3 === void 0) return false;
    if (typeof context3 !== "bigint") throw new Error(`Invalid context type passed to BigIntArbitrary (#1)`);
    const differentSigns = current2 > 0 && context3 < 0 || current2 < 0 && context3 > 0;
    if (context3 !== SBigInt2(0) && differentSigns) throw new Error(`Invalid context value passed to BigIntArbitrary (#2)`);
    return true;
  }
};
function buildCompleteBigIntConstraints(constraints) {
  const DefaultMin = SBigInt2(-1) << SBigInt2(255);
  const DefaultMax = (SBigInt2(1) << SBigInt2(255)) - SBigInt2(1);
  const min = constraints.min;
  const max = constraints.max;
  return {
    min: min !== void 0 ? min : DefaultMin - (max !== void 0 && max < SBigInt2(0) ? max * max : SBigInt2(0)),
    max: max !== void 0 ? max : DefaultMax + (min !== void 0 && min > SBigInt2(0) ? min * min : SBigInt2(0))
  };
}
function extractBigIntConstraints(args) {
  if (args[0] === void 0) return {};
  if (args[1] === void 0) return args[0];
  return {
    min: args[0],
    max: args[1]
  };
}
function bigInt(...args) {
  const constraints = buildCompleteBigIntConstraints(extractBigIntConstraints(args));
  if (constraints.min > constraints.max) throw new Error("fc.bigInt expects max to be greater than or equal to min");
  return new BigIntArbitrary(constraints.min, constraints.max);
}
var stableObjectGetPrototypeOf$1 = Object.getPrototypeOf;
var NoBiasArbitrary = class extends Arbitrary {
  constructor(arb) {
    super();
    this.arb = arb;
  }
  generate(mrng, _biasFactor) {
    return this.arb.generate(mrng, void 0);
  }
  canShrinkWithoutContext(value) {
    return this.arb.canShrinkWithoutContext(value);
  }
  shrink(value, context3) {
    return this.arb.shrink(value, context3);
  }
};
function noBias(arb) {
  if (stableObjectGetPrototypeOf$1(arb) === NoBiasArbitrary.prototype && arb.generate === NoBiasArbitrary.prototype.generate && arb.canShrinkWithoutContext === NoBiasArbitrary.prototype.canShrinkWithoutContext && arb.shrink === NoBiasArbitrary.prototype.shrink) return arb;
  return new NoBiasArbitrary(arb);
}
function booleanMapper(v) {
  return v === 1;
}
function booleanUnmapper(v) {
  if (typeof v !== "boolean") throw new Error("Unsupported input type");
  return v === true ? 1 : 0;
}
function boolean() {
  return noBias(integer2({
    min: 0,
    max: 1
  }).map(booleanMapper, booleanUnmapper));
}
var safeObjectIs$5 = Object.is;
var FastConstantValuesLookup = class {
  constructor(values2) {
    this.values = values2;
    this.fastValues = new SSet(this.values);
    let hasMinusZero = false;
    let hasPlusZero = false;
    if (safeHas(this.fastValues, 0)) for (let idx = 0; idx !== this.values.length; ++idx) {
      const value = this.values[idx];
      hasMinusZero = hasMinusZero || safeObjectIs$5(value, -0);
      hasPlusZero = hasPlusZero || safeObjectIs$5(value, 0);
    }
    this.hasMinusZero = hasMinusZero;
    this.hasPlusZero = hasPlusZero;
  }
  has(value) {
    if (value === 0) {
      if (safeObjectIs$5(value, 0)) return this.hasPlusZero;
      return this.hasMinusZero;
    }
    return safeHas(this.fastValues, value);
  }
};
var ConstantArbitrary = class extends Arbitrary {
  constructor(values2) {
    super();
    this.values = values2;
  }
  generate(mrng, _biasFactor) {
    const idx = this.values.length === 1 ? 0 : mrng.nextInt(0, this.values.length - 1);
    const value = this.values[idx];
    if (!hasCloneMethod(value)) return new Value(value, idx);
    return new Value(value, idx, () => value[cloneMethod]());
  }
  canShrinkWithoutContext(value) {
    if (this.values.length === 1) return safeObjectIs$5(this.values[0], value);
    if (this.fastValues === void 0) this.fastValues = new FastConstantValuesLookup(this.values);
    return this.fastValues.has(value);
  }
  shrink(value, context3) {
    if (context3 === 0 || safeObjectIs$5(value, this.values[0])) return Stream2.nil();
    return Stream2.of(new Value(this.values[0], 0));
  }
};
function constantFrom(...values2) {
  if (values2.length === 0) throw new Error("fc.constantFrom expects at least one parameter");
  return new ConstantArbitrary(values2);
}
function falsy(constraints) {
  if (!constraints || !constraints.withBigInt) return constantFrom(false, null, void 0, 0, "", NaN);
  return constantFrom(false, null, void 0, 0, "", NaN, SBigInt2(0));
}
function constant(value) {
  return new ConstantArbitrary([value]);
}
var ContextImplem = class ContextImplem2 {
  constructor() {
    this.receivedLogs = [];
  }
  log(data) {
    this.receivedLogs.push(data);
  }
  size() {
    return this.receivedLogs.length;
  }
  toString() {
    return JSON.stringify({ logs: this.receivedLogs });
  }
  [cloneMethod]() {
    return new ContextImplem2();
  }
};
function context2() {
  return constant(new ContextImplem());
}
var safeNaN$2 = NaN;
var safeNumberIsNaN$4 = Number.isNaN;
function timeToDateMapper(time) {
  return new SDate(time);
}
function timeToDateUnmapper(value) {
  if (!(value instanceof SDate) || value.constructor !== SDate) throw new SError("Not a valid value for date unmapper");
  return safeGetTime(value);
}
function timeToDateMapperWithNaN(valueForNaN) {
  return (time) => {
    return time === valueForNaN ? new SDate(safeNaN$2) : timeToDateMapper(time);
  };
}
function timeToDateUnmapperWithNaN(valueForNaN) {
  return (value) => {
    const time = timeToDateUnmapper(value);
    return safeNumberIsNaN$4(time) ? valueForNaN : time;
  };
}
var safeNumberIsNaN$3 = Number.isNaN;
function date(constraints = {}) {
  const intMin = constraints.min !== void 0 ? safeGetTime(constraints.min) : -864e13;
  const intMax = constraints.max !== void 0 ? safeGetTime(constraints.max) : 864e13;
  const noInvalidDate = constraints.noInvalidDate;
  if (safeNumberIsNaN$3(intMin)) throw new Error("fc.date min must be valid instance of Date");
  if (safeNumberIsNaN$3(intMax)) throw new Error("fc.date max must be valid instance of Date");
  if (intMin > intMax) throw new Error("fc.date max must be greater or equal to min");
  if (noInvalidDate) return integer2({
    min: intMin,
    max: intMax
  }).map(timeToDateMapper, timeToDateUnmapper);
  const valueForNaN = intMax + 1;
  return integer2({
    min: intMin,
    max: intMax + 1
  }).map(timeToDateMapperWithNaN(valueForNaN), timeToDateUnmapperWithNaN(valueForNaN));
}
var ChainUntilArbitrary = class extends Arbitrary {
  constructor(startArb, chainer) {
    super();
    this.startArb = startArb;
    this.chainer = chainer;
  }
  generate(mrng, biasFactor) {
    const entries = [];
    const clonedMrng = mrng.clone();
    let current2 = this.startArb.generate(mrng, biasFactor);
    entries.push({
      arbitrary: this.startArb,
      value: current2.value_,
      context: current2.context,
      clonedMrng
    });
    while (true) {
      const nextArb = this.chainer(current2.value_);
      if (nextArb === void 0) break;
      const nextClonedMrng = mrng.clone();
      current2 = nextArb.generate(mrng, biasFactor);
      entries.push({
        arbitrary: nextArb,
        value: current2.value_,
        context: current2.context,
        clonedMrng: nextClonedMrng
      });
    }
    const ctx = {
      biasFactor,
      entries,
      currentShrinkLevel: 0
    };
    return new Value(current2.value_, ctx);
  }
  canShrinkWithoutContext(_value) {
    return false;
  }
  shrink(value, context3) {
    if (!this.isSafeContext(context3)) return Stream2.nil();
    return new Stream2(this.shrinkIterator(context3));
  }
  *shrinkIterator(context3) {
    const { entries, currentShrinkLevel, biasFactor } = context3;
    for (let level = currentShrinkLevel; level < entries.length; ++level) {
      const entry = entries[level];
      const shrinks = entry.arbitrary.shrink(entry.value, entry.context);
      for (const shrunkValue of shrinks) {
        const newEntries = entries.slice(0, level);
        newEntries.push({
          arbitrary: entry.arbitrary,
          value: shrunkValue.value_,
          context: shrunkValue.context,
          clonedMrng: entry.clonedMrng
        });
        let current2 = shrunkValue;
        const mrng = entry.clonedMrng.clone();
        while (true) {
          const nextArb = this.chainer(current2.value_);
          if (nextArb === void 0) break;
          const nextClonedMrng = mrng.clone();
          const next = nextArb.generate(mrng, biasFactor);
          newEntries.push({
            arbitrary: nextArb,
            value: next.value_,
            context: next.context,
            clonedMrng: nextClonedMrng
          });
          current2 = next;
        }
        const lastEntry = newEntries[newEntries.length - 1];
        const newContext = {
          biasFactor,
          entries: newEntries,
          currentShrinkLevel: level
        };
        yield new Value(lastEntry.value, newContext);
      }
    }
  }
  isSafeContext(context3) {
    return context3 !== null && context3 !== void 0 && typeof context3 === "object" && "biasFactor" in context3 && "entries" in context3 && "currentShrinkLevel" in context3;
  }
};
function chainUntil(startArb, chainer) {
  return new ChainUntilArbitrary(startArb, chainer);
}
var safeSymbolIterator = Symbol.iterator;
var safeIsArray = Array.isArray;
var safeObjectIs$4 = Object.is;
var CloneArbitrary = class CloneArbitrary2 extends Arbitrary {
  constructor(arb, numValues) {
    super();
    this.arb = arb;
    this.numValues = numValues;
  }
  generate(mrng, biasFactor) {
    const items2 = [];
    if (this.numValues <= 0) return this.wrapper(items2);
    for (let idx = 0; idx !== this.numValues - 1; ++idx) safePush(items2, this.arb.generate(mrng.clone(), biasFactor));
    safePush(items2, this.arb.generate(mrng, biasFactor));
    return this.wrapper(items2);
  }
  canShrinkWithoutContext(value) {
    if (!safeIsArray(value) || value.length !== this.numValues) return false;
    if (value.length === 0) return true;
    for (let index = 1; index < value.length; ++index) if (!safeObjectIs$4(value[0], value[index])) return false;
    return this.arb.canShrinkWithoutContext(value[0]);
  }
  shrink(value, context3) {
    if (value.length === 0) return Stream2.nil();
    return new Stream2(this.shrinkImpl(value, context3 !== void 0 ? context3 : [])).map((v) => this.wrapper(v));
  }
  *shrinkImpl(value, contexts) {
    const its = safeMap(value, (v, idx) => this.arb.shrink(v, contexts[idx])[safeSymbolIterator]());
    let cur = safeMap(its, (it) => it.next());
    while (!cur[0].done) {
      yield safeMap(cur, (c) => c.value);
      cur = safeMap(its, (it) => it.next());
    }
  }
  static makeItCloneable(vs, shrinkables) {
    vs[cloneMethod] = () => {
      const cloned = [];
      for (let idx = 0; idx !== shrinkables.length; ++idx) safePush(cloned, shrinkables[idx].value);
      this.makeItCloneable(cloned, shrinkables);
      return cloned;
    };
    return vs;
  }
  wrapper(items2) {
    let cloneable = false;
    const vs = [];
    const contexts = [];
    for (let idx = 0; idx !== items2.length; ++idx) {
      const s = items2[idx];
      cloneable = cloneable || s.hasToBeCloned;
      safePush(vs, s.value);
      safePush(contexts, s.context);
    }
    if (cloneable) CloneArbitrary2.makeItCloneable(vs, items2);
    return new Value(vs, contexts);
  }
};
function clone(arb, numValues) {
  return new CloneArbitrary(arb, numValues);
}
var CustomEqualSet = class {
  constructor(isEqual) {
    this.isEqual = isEqual;
    this.data = [];
  }
  tryAdd(value) {
    for (let idx = 0; idx !== this.data.length; ++idx) if (this.isEqual(this.data[idx], value)) return false;
    safePush(this.data, value);
    return true;
  }
  size() {
    return this.data.length;
  }
  getData() {
    return this.data;
  }
};
var safeNumberIsNaN$2 = Number.isNaN;
var StrictlyEqualSet = class {
  constructor(selector) {
    this.selector = selector;
    this.selectedItemsExceptNaN = new SSet();
    this.data = [];
  }
  tryAdd(value) {
    const selected = this.selector(value);
    if (safeNumberIsNaN$2(selected)) {
      safePush(this.data, value);
      return true;
    }
    const sizeBefore = this.selectedItemsExceptNaN.size;
    safeAdd(this.selectedItemsExceptNaN, selected);
    if (sizeBefore !== this.selectedItemsExceptNaN.size) {
      safePush(this.data, value);
      return true;
    }
    return false;
  }
  size() {
    return this.data.length;
  }
  getData() {
    return this.data;
  }
};
var safeObjectIs$3 = Object.is;
var SameValueSet = class {
  constructor(selector) {
    this.selector = selector;
    this.selectedItemsExceptMinusZero = new SSet();
    this.data = [];
    this.hasMinusZero = false;
  }
  tryAdd(value) {
    const selected = this.selector(value);
    if (safeObjectIs$3(selected, -0)) {
      if (this.hasMinusZero) return false;
      safePush(this.data, value);
      this.hasMinusZero = true;
      return true;
    }
    const sizeBefore = this.selectedItemsExceptMinusZero.size;
    safeAdd(this.selectedItemsExceptMinusZero, selected);
    if (sizeBefore !== this.selectedItemsExceptMinusZero.size) {
      safePush(this.data, value);
      return true;
    }
    return false;
  }
  size() {
    return this.data.length;
  }
  getData() {
    return this.data;
  }
};
var SameValueZeroSet = class {
  constructor(selector) {
    this.selector = selector;
    this.selectedItems = new SSet();
    this.data = [];
  }
  tryAdd(value) {
    const selected = this.selector(value);
    const sizeBefore = this.selectedItems.size;
    safeAdd(this.selectedItems, selected);
    if (sizeBefore !== this.selectedItems.size) {
      safePush(this.data, value);
      return true;
    }
    return false;
  }
  size() {
    return this.data.length;
  }
  getData() {
    return this.data;
  }
};
function buildUniqueArraySetBuilder(constraints) {
  if (typeof constraints.comparator === "function") {
    if (constraints.selector === void 0) {
      const comparator2 = constraints.comparator;
      const isEqualForBuilder2 = (nextA, nextB) => comparator2(nextA.value_, nextB.value_);
      return () => new CustomEqualSet(isEqualForBuilder2);
    }
    const comparator = constraints.comparator;
    const selector2 = constraints.selector;
    const refinedSelector2 = (next) => selector2(next.value_);
    const isEqualForBuilder = (nextA, nextB) => comparator(refinedSelector2(nextA), refinedSelector2(nextB));
    return () => new CustomEqualSet(isEqualForBuilder);
  }
  const selector = constraints.selector || ((v) => v);
  const refinedSelector = (next) => selector(next.value_);
  switch (constraints.comparator) {
    case "IsStrictlyEqual":
      return () => new StrictlyEqualSet(refinedSelector);
    case "SameValueZero":
      return () => new SameValueZeroSet(refinedSelector);
    case "SameValue":
    case void 0:
      return () => new SameValueSet(refinedSelector);
  }
}
function uniqueArray(arb, constraints = {}) {
  const minLength = constraints.minLength !== void 0 ? constraints.minLength : 0;
  const maxLength = constraints.maxLength !== void 0 ? constraints.maxLength : MaxLengthUpperBound;
  const maxGeneratedLength = maxGeneratedLengthFromSizeForArbitrary(constraints.size, minLength, maxLength, constraints.maxLength !== void 0);
  const depthIdentifier = constraints.depthIdentifier;
  const arrayArb = new ArrayArbitrary(arb, minLength, maxGeneratedLength, maxLength, depthIdentifier, buildUniqueArraySetBuilder(constraints), []);
  if (minLength === 0) return arrayArb;
  return arrayArb.filter((tab) => tab.length >= minLength);
}
var safeObjectCreate$5 = Object.create;
var safeObjectDefineProperty$2 = Object.defineProperty;
var safeObjectGetOwnPropertyDescriptor$2 = Object.getOwnPropertyDescriptor;
var safeObjectGetPrototypeOf$1 = Object.getPrototypeOf;
var safeObjectPrototype$1 = Object.prototype;
var safeReflectOwnKeys = Reflect.ownKeys;
function keyValuePairsToObjectMapper(definition) {
  const obj = definition[1] ? safeObjectCreate$5(null) : {};
  const keyValues = definition[0];
  for (let idx = 0; idx !== keyValues.length; ++idx) {
    const key = keyValues[idx][0];
    if (key === "__proto__") safeObjectDefineProperty$2(obj, key, {
      enumerable: true,
      configurable: true,
      writable: true,
      value: keyValues[idx][1]
    });
    else obj[key] = keyValues[idx][1];
  }
  return obj;
}
function isValidPropertyNameFilter(descriptor) {
  return descriptor !== void 0 && !!descriptor.configurable && !!descriptor.enumerable && !!descriptor.writable && descriptor.get === void 0 && descriptor.set === void 0;
}
function keyValuePairsToObjectUnmapper(value) {
  if (typeof value !== "object" || value === null) throw new SError("Incompatible instance received: should be a non-null object");
  const hasNullPrototype = safeObjectGetPrototypeOf$1(value) === null;
  const hasObjectPrototype = safeObjectGetPrototypeOf$1(value) === safeObjectPrototype$1;
  if (!hasNullPrototype && !hasObjectPrototype) throw new SError("Incompatible instance received: should be of exact type Object");
  const propertyDescriptors = safeMap(safeReflectOwnKeys(value), (key) => [key, safeObjectGetOwnPropertyDescriptor$2(value, key)]);
  if (!safeEvery(propertyDescriptors, ([, descriptor]) => isValidPropertyNameFilter(descriptor))) throw new SError("Incompatible instance received: should contain only c/e/w properties without get/set");
  return [safeMap(propertyDescriptors, ([key, descriptor]) => [key, descriptor.value]), hasNullPrototype];
}
function dictionaryKeyExtractor(entry) {
  return entry[0];
}
function dictionary(keyArb, valueArb, constraints = {}) {
  const noNullPrototype = !!constraints.noNullPrototype;
  return tuple(uniqueArray(tuple(keyArb, valueArb), {
    minLength: constraints.minKeys,
    maxLength: constraints.maxKeys,
    size: constraints.size,
    selector: dictionaryKeyExtractor,
    depthIdentifier: constraints.depthIdentifier
  }), noNullPrototype ? constant(false) : boolean()).map(keyValuePairsToObjectMapper, keyValuePairsToObjectUnmapper);
}
var safePositiveInfinity$7 = Number.POSITIVE_INFINITY;
var safeMaxSafeInteger$2 = Number.MAX_SAFE_INTEGER;
var safeNumberIsInteger$4 = Number.isInteger;
var safeMathFloor$2 = Math.floor;
var safeMathPow = Math.pow;
var safeMathMin$3 = Math.min;
var FrequencyArbitrary = class FrequencyArbitrary2 extends Arbitrary {
  static from(warbs, constraints, label) {
    if (warbs.length === 0) throw new Error(`${label} expects at least one weighted arbitrary`);
    let totalWeight = 0;
    for (let idx = 0; idx !== warbs.length; ++idx) {
      if (warbs[idx].arbitrary === void 0) throw new Error(`${label} expects arbitraries to be specified`);
      const currentWeight = warbs[idx].weight;
      totalWeight += currentWeight;
      if (!safeNumberIsInteger$4(currentWeight)) throw new Error(`${label} expects weights to be integer values`);
      if (currentWeight < 0) throw new Error(`${label} expects weights to be superior or equal to 0`);
    }
    if (totalWeight <= 0) throw new Error(`${label} expects the sum of weights to be strictly superior to 0`);
    const sanitizedConstraints = {
      depthBias: depthBiasFromSizeForArbitrary(constraints.depthSize, constraints.maxDepth !== void 0),
      maxDepth: constraints.maxDepth !== void 0 ? constraints.maxDepth : safePositiveInfinity$7,
      withCrossShrink: !!constraints.withCrossShrink
    };
    return new FrequencyArbitrary2(warbs, sanitizedConstraints, getDepthContextFor(constraints.depthIdentifier));
  }
  constructor(warbs, constraints, context3) {
    super();
    this.warbs = warbs;
    this.constraints = constraints;
    this.context = context3;
    let currentWeight = 0;
    this.cumulatedWeights = [];
    for (let idx = 0; idx !== warbs.length; ++idx) {
      currentWeight += warbs[idx].weight;
      safePush(this.cumulatedWeights, currentWeight);
    }
    this.totalWeight = currentWeight;
  }
  generate(mrng, biasFactor) {
    if (this.mustGenerateFirst()) return this.safeGenerateForIndex(mrng, 0, biasFactor);
    const selected = mrng.nextInt(this.computeNegDepthBenefit(), this.totalWeight - 1);
    for (let idx = 0; idx !== this.cumulatedWeights.length; ++idx) if (selected < this.cumulatedWeights[idx]) return this.safeGenerateForIndex(mrng, idx, biasFactor);
    throw new Error(`Unable to generate from fc.frequency`);
  }
  canShrinkWithoutContext(value) {
    return this.canShrinkWithoutContextIndex(value) !== -1;
  }
  shrink(value, context3) {
    if (context3 !== void 0) {
      const safeContext = context3;
      const selectedIndex = safeContext.selectedIndex;
      const originalBias = safeContext.originalBias;
      const originalShrinks = this.warbs[selectedIndex].arbitrary.shrink(value, safeContext.originalContext).map((v) => this.mapIntoValue(selectedIndex, v, null, originalBias));
      if (safeContext.clonedMrngForFallbackFirst !== null) {
        if (safeContext.cachedGeneratedForFirst === void 0) safeContext.cachedGeneratedForFirst = this.safeGenerateForIndex(safeContext.clonedMrngForFallbackFirst, 0, originalBias);
        const valueFromFirst = safeContext.cachedGeneratedForFirst;
        return Stream2.of(valueFromFirst).join(originalShrinks);
      }
      return originalShrinks;
    }
    const potentialSelectedIndex = this.canShrinkWithoutContextIndex(value);
    if (potentialSelectedIndex === -1) return Stream2.nil();
    return this.defaultShrinkForFirst(potentialSelectedIndex).join(this.warbs[potentialSelectedIndex].arbitrary.shrink(value, void 0).map((v) => this.mapIntoValue(potentialSelectedIndex, v, null, void 0)));
  }
  /** Generate shrink values for first arbitrary when no context and no value was provided */
  defaultShrinkForFirst(selectedIndex) {
    ++this.context.depth;
    try {
      if (!this.mustFallbackToFirstInShrink(selectedIndex) || this.warbs[0].fallbackValue === void 0) return Stream2.nil();
    } finally {
      --this.context.depth;
    }
    const rawShrinkValue = new Value(this.warbs[0].fallbackValue.default, void 0);
    return Stream2.of(this.mapIntoValue(0, rawShrinkValue, null, void 0));
  }
  /** Extract the index of the generator that would have been able to gennrate the value */
  canShrinkWithoutContextIndex(value) {
    if (this.mustGenerateFirst()) return this.warbs[0].arbitrary.canShrinkWithoutContext(value) ? 0 : -1;
    try {
      ++this.context.depth;
      for (let idx = 0; idx !== this.warbs.length; ++idx) {
        const warb = this.warbs[idx];
        if (warb.weight !== 0 && warb.arbitrary.canShrinkWithoutContext(value)) return idx;
      }
      return -1;
    } finally {
      --this.context.depth;
    }
  }
  /** Map the output of one of the children with the context of frequency */
  mapIntoValue(idx, value, clonedMrngForFallbackFirst, biasFactor) {
    const context3 = {
      selectedIndex: idx,
      originalBias: biasFactor,
      originalContext: value.context,
      clonedMrngForFallbackFirst
    };
    return new Value(value.value, context3);
  }
  /** Generate using Arbitrary at index idx and safely handle depth context */
  safeGenerateForIndex(mrng, idx, biasFactor) {
    ++this.context.depth;
    try {
      const value = this.warbs[idx].arbitrary.generate(mrng, biasFactor);
      const clonedMrngForFallbackFirst = this.mustFallbackToFirstInShrink(idx) ? mrng.clone() : null;
      return this.mapIntoValue(idx, value, clonedMrngForFallbackFirst, biasFactor);
    } finally {
      --this.context.depth;
    }
  }
  /** Check if generating a value based on the first arbitrary is compulsory */
  mustGenerateFirst() {
    return this.constraints.maxDepth <= this.context.depth;
  }
  /** Check if fallback on first arbitrary during shrinking is required */
  mustFallbackToFirstInShrink(idx) {
    return idx !== 0 && this.constraints.withCrossShrink && this.warbs[0].weight !== 0;
  }
  /** Compute the benefit for the current depth */
  computeNegDepthBenefit() {
    const depthBias = this.constraints.depthBias;
    if (depthBias <= 0 || this.warbs[0].weight === 0) return 0;
    const depthBenefit = safeMathFloor$2(safeMathPow(1 + depthBias, this.context.depth)) - 1;
    return -safeMathMin$3(this.totalWeight * depthBenefit, safeMaxSafeInteger$2) || 0;
  }
};
function isOneOfContraints(param) {
  return param !== null && param !== void 0 && typeof param === "object" && !("generate" in param) && !("arbitrary" in param) && !("weight" in param);
}
function toWeightedArbitrary(maybeWeightedArbitrary) {
  if (isArbitrary(maybeWeightedArbitrary)) return {
    arbitrary: maybeWeightedArbitrary,
    weight: 1
  };
  return maybeWeightedArbitrary;
}
function oneof(...args) {
  const constraints = args[0];
  if (isOneOfContraints(constraints)) {
    const weightedArbs2 = safeMap(safeSlice(args, 1), toWeightedArbitrary);
    return FrequencyArbitrary.from(weightedArbs2, constraints, "fc.oneof");
  }
  const weightedArbs = safeMap(args, toWeightedArbitrary);
  return FrequencyArbitrary.from(weightedArbs, {}, "fc.oneof");
}
var safeNumberIsInteger$3 = Number.isInteger;
function nat(arg) {
  const max = typeof arg === "number" ? arg : arg && arg.max !== void 0 ? arg.max : 2147483647;
  if (max < 0) throw new Error("fc.nat value should be greater than or equal to 0");
  if (!safeNumberIsInteger$3(max)) throw new Error("fc.nat maximum value should be an integer");
  return new IntegerArbitrary(0, max);
}
var safeObjectIs$2 = Object.is;
function buildDichotomyEntries(entries) {
  let currentFrom = 0;
  const dichotomyEntries = [];
  for (const entry of entries) {
    const from = currentFrom;
    currentFrom = from + entry.num;
    const to = currentFrom - 1;
    dichotomyEntries.push({
      from,
      to,
      entry
    });
  }
  return dichotomyEntries;
}
function findDichotomyEntry(dichotomyEntries, choiceIndex) {
  let min = 0;
  let max = dichotomyEntries.length;
  while (max - min > 1) {
    const mid = ~~((min + max) / 2);
    if (choiceIndex < dichotomyEntries[mid].from) max = mid;
    else min = mid;
  }
  return dichotomyEntries[min];
}
function indexToMappedConstantMapperFor(entries) {
  const dichotomyEntries = buildDichotomyEntries(entries);
  return function indexToMappedConstantMapper(choiceIndex) {
    const dichotomyEntry = findDichotomyEntry(dichotomyEntries, choiceIndex);
    return dichotomyEntry.entry.build(choiceIndex - dichotomyEntry.from);
  };
}
function buildReverseMapping(entries) {
  const reverseMapping = {
    mapping: new SMap$2(),
    negativeZeroIndex: void 0
  };
  let choiceIndex = 0;
  for (let entryIdx = 0; entryIdx !== entries.length; ++entryIdx) {
    const entry = entries[entryIdx];
    for (let idxInEntry = 0; idxInEntry !== entry.num; ++idxInEntry) {
      const value = entry.build(idxInEntry);
      if (value === 0 && 1 / value === SNumber.NEGATIVE_INFINITY) reverseMapping.negativeZeroIndex = choiceIndex;
      else safeMapSet(reverseMapping.mapping, value, choiceIndex);
      ++choiceIndex;
    }
  }
  return reverseMapping;
}
function indexToMappedConstantUnmapperFor(entries) {
  let reverseMapping = null;
  return function indexToMappedConstantUnmapper(value) {
    if (reverseMapping === null) reverseMapping = buildReverseMapping(entries);
    const choiceIndex = safeObjectIs$2(value, -0) ? reverseMapping.negativeZeroIndex : safeMapGet(reverseMapping.mapping, value);
    if (choiceIndex === void 0) throw new SError("Unknown value encountered cannot be built using this mapToConstant");
    return choiceIndex;
  };
}
function computeNumChoices(options) {
  if (options.length === 0) throw new SError(`fc.mapToConstant expects at least one option`);
  let numChoices = 0;
  for (let idx = 0; idx !== options.length; ++idx) {
    if (options[idx].num < 0) throw new SError(`fc.mapToConstant expects all options to have a number of entries greater or equal to zero`);
    numChoices += options[idx].num;
  }
  if (numChoices === 0) throw new SError(`fc.mapToConstant expects at least one choice among options`);
  return numChoices;
}
function mapToConstant(...entries) {
  return nat({ max: computeNumChoices(entries) - 1 }).map(indexToMappedConstantMapperFor(entries), indexToMappedConstantUnmapperFor(entries));
}
function tokenizeString(patternsArb, value, minLength, maxLength) {
  if (value.length === 0) {
    if (minLength > 0) return;
    return [];
  }
  if (maxLength <= 0) return;
  const stack = [{
    endIndexChunks: 0,
    nextStartIndex: 1,
    chunks: []
  }];
  const visited = new SMap$2();
  while (stack.length > 0) {
    const last = safePop$1(stack);
    for (let index = last.nextStartIndex; index <= value.length; ++index) {
      const chunk = safeSubstring(value, last.endIndexChunks, index);
      if (patternsArb.canShrinkWithoutContext(chunk)) {
        const newChunks = [...last.chunks, chunk];
        if (index === value.length) {
          if (newChunks.length < minLength) break;
          return newChunks;
        }
        safePush(stack, {
          endIndexChunks: last.endIndexChunks,
          nextStartIndex: index + 1,
          chunks: last.chunks
        });
        if (newChunks.length < maxLength) {
          const visitedLengths = safeMapGet(visited, index) || new SSet();
          if (!safeHas(visitedLengths, newChunks.length)) {
            safeAdd(visitedLengths, newChunks.length);
            safeMapSet(visited, index, visitedLengths);
            safePush(stack, {
              endIndexChunks: index,
              nextStartIndex: index + 1,
              chunks: newChunks
            });
          }
        }
        break;
      }
    }
  }
}
function patternsToStringMapper(tab) {
  return safeJoin(tab, "");
}
function minLengthFrom(constraints) {
  return constraints.minLength !== void 0 ? constraints.minLength : 0;
}
function maxLengthFrom(constraints) {
  return constraints.maxLength !== void 0 ? constraints.maxLength : MaxLengthUpperBound;
}
function patternsToStringUnmapperIsValidLength(tokens, constraints) {
  return minLengthFrom(constraints) <= tokens.length && tokens.length <= maxLengthFrom(constraints);
}
function patternsToStringUnmapperFor(patternsArb, constraints) {
  return function patternsToStringUnmapper(value) {
    if (typeof value !== "string") throw new SError("Unsupported value");
    const tokens = tokenizeString(patternsArb, value, minLengthFrom(constraints), maxLengthFrom(constraints));
    if (tokens === void 0) throw new SError("Unable to unmap received string");
    return tokens;
  };
}
var dangerousStrings = [
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "__proto__",
  "constructor",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "toString",
  "valueOf",
  "apply",
  "arguments",
  "bind",
  "call",
  "caller",
  "length",
  "name",
  "prototype",
  "key",
  "ref"
];
function computeCandidateStringLegacy(dangerous, charArbitrary, stringSplitter) {
  let candidate;
  try {
    candidate = stringSplitter(dangerous);
  } catch {
    return;
  }
  for (const entry of candidate) if (!charArbitrary.canShrinkWithoutContext(entry)) return;
  return candidate;
}
function createSlicesForStringLegacy(charArbitrary, stringSplitter) {
  const slicesForString = [];
  for (const dangerous of dangerousStrings) {
    const candidate = computeCandidateStringLegacy(dangerous, charArbitrary, stringSplitter);
    if (candidate !== void 0) safePush(slicesForString, candidate);
  }
  return slicesForString;
}
var slicesPerArbitrary = /* @__PURE__ */ new WeakMap();
function createSlicesForStringNoConstraints(charArbitrary) {
  const slicesForString = [];
  for (const dangerous of dangerousStrings) {
    const candidate = tokenizeString(charArbitrary, dangerous, 0, MaxLengthUpperBound);
    if (candidate !== void 0) safePush(slicesForString, candidate);
  }
  return slicesForString;
}
function createSlicesForString(charArbitrary, constraints) {
  let slices = safeGet(slicesPerArbitrary, charArbitrary);
  if (slices === void 0) {
    slices = createSlicesForStringNoConstraints(charArbitrary);
    safeSet(slicesPerArbitrary, charArbitrary, slices);
  }
  const slicesForConstraints = [];
  for (const slice of slices) if (patternsToStringUnmapperIsValidLength(slice, constraints)) safePush(slicesForConstraints, slice);
  return slicesForConstraints;
}
var asciiAlphabetRanges = [[0, 127]];
var fullAlphabetRanges = [[0, 55295], [57344, 1114111]];
var autonomousGraphemeRanges = [
  [32, 126],
  [160, 172],
  [174, 767],
  [880, 887],
  [890, 895],
  [900, 906],
  [908],
  [910, 929],
  [931, 1154],
  [1162, 1327],
  [1329, 1366],
  [1369, 1418],
  [1421, 1423],
  [1470],
  [1472],
  [1475],
  [1478],
  [1488, 1514],
  [1519, 1524],
  [1542, 1551],
  [1563],
  [1565, 1610],
  [1632, 1647],
  [1649, 1749],
  [1758],
  [1765, 1766],
  [1769],
  [1774, 1805],
  [1808],
  [1810, 1839],
  [1869, 1957],
  [1969],
  [1984, 2026],
  [2036, 2042],
  [2046, 2069],
  [2074],
  [2084],
  [2088],
  [2096, 2110],
  [2112, 2136],
  [2142],
  [2144, 2154],
  [2160, 2190],
  [2208, 2249],
  [2308, 2361],
  [2365],
  [2384],
  [2392, 2401],
  [2404, 2432],
  [2437, 2444],
  [2447, 2448],
  [2451, 2472],
  [2474, 2480],
  [2482],
  [2486, 2489],
  [2493],
  [2510],
  [2524, 2525],
  [2527, 2529],
  [2534, 2557],
  [2565, 2570],
  [2575, 2576],
  [2579, 2600],
  [2602, 2608],
  [2610, 2611],
  [2613, 2614],
  [2616, 2617],
  [2649, 2652],
  [2654],
  [2662, 2671],
  [2674, 2676],
  [2678],
  [2693, 2701],
  [2703, 2705],
  [2707, 2728],
  [2730, 2736],
  [2738, 2739],
  [2741, 2745],
  [2749],
  [2768],
  [2784, 2785],
  [2790, 2801],
  [2809],
  [2821, 2828],
  [2831, 2832],
  [2835, 2856],
  [2858, 2864],
  [2866, 2867],
  [2869, 2873],
  [2877],
  [2908, 2909],
  [2911, 2913],
  [2918, 2935],
  [2947],
  [2949, 2954],
  [2958, 2960],
  [2962, 2965],
  [2969, 2970],
  [2972],
  [2974, 2975],
  [2979, 2980],
  [2984, 2986],
  [2990, 3001],
  [3024],
  [3046, 3066],
  [3077, 3084],
  [3086, 3088],
  [3090, 3112],
  [3114, 3129],
  [3133],
  [3160, 3162],
  [3165],
  [3168, 3169],
  [3174, 3183],
  [3191, 3200],
  [3204, 3212],
  [3214, 3216],
  [3218, 3240],
  [3242, 3251],
  [3253, 3257],
  [3261],
  [3293, 3294],
  [3296, 3297],
  [3302, 3311],
  [3313, 3314],
  [3332, 3340],
  [3342, 3344],
  [3346, 3386],
  [3389],
  [3407],
  [3412, 3414],
  [3416, 3425],
  [3430, 3455],
  [3461, 3478],
  [3482, 3505],
  [3507, 3515],
  [3517],
  [3520, 3526],
  [3558, 3567],
  [3572],
  [3585, 3632],
  [3634],
  [3647, 3654],
  [3663, 3675],
  [3713, 3714],
  [3716],
  [3718, 3722],
  [3724, 3747],
  [3749],
  [3751, 3760],
  [3762],
  [3773],
  [3776, 3780],
  [3782],
  [3792, 3801],
  [3804, 3807],
  [3840, 3863],
  [3866, 3892],
  [3894],
  [3896],
  [3898, 3901],
  [3904, 3911],
  [3913, 3948],
  [3973],
  [3976, 3980],
  [4030, 4037],
  [4039, 4044],
  [4046, 4058],
  [4096, 4138],
  [4159, 4181],
  [4186, 4189],
  [4193],
  [4197, 4198],
  [4206, 4208],
  [4213, 4225],
  [4238],
  [4240, 4249],
  [4254, 4293],
  [4295],
  [4301],
  [4304, 4351],
  [4608, 4680],
  [4682, 4685],
  [4688, 4694],
  [4696],
  [4698, 4701],
  [4704, 4744],
  [4746, 4749],
  [4752, 4784],
  [4786, 4789],
  [4792, 4798],
  [4800],
  [4802, 4805],
  [4808, 4822],
  [4824, 4880],
  [4882, 4885],
  [4888, 4954],
  [4960, 4988],
  [4992, 5017],
  [5024, 5109],
  [5112, 5117],
  [5120, 5788],
  [5792, 5880],
  [5888, 5905],
  [5919, 5937],
  [5941, 5942],
  [5952, 5969],
  [5984, 5996],
  [5998, 6e3],
  [6016, 6067],
  [6100, 6108],
  [6112, 6121],
  [6128, 6137],
  [6144, 6154],
  [6160, 6169],
  [6176, 6264],
  [6272, 6276],
  [6279, 6312],
  [6314],
  [6320, 6389],
  [6400, 6430],
  [6464],
  [6468, 6509],
  [6512, 6516],
  [6528, 6571],
  [6576, 6601],
  [6608, 6618],
  [6622, 6678],
  [6686, 6740],
  [6784, 6793],
  [6800, 6809],
  [6816, 6829],
  [6917, 6963],
  [6981, 6988],
  [6992, 7018],
  [7028, 7038],
  [7043, 7072],
  [7086, 7141],
  [7164, 7203],
  [7227, 7241],
  [7245, 7304],
  [7312, 7354],
  [7357, 7367],
  [7379],
  [7401, 7404],
  [7406, 7411],
  [7413, 7414],
  [7418],
  [7424, 7615],
  [7680, 7957],
  [7960, 7965],
  [7968, 8005],
  [8008, 8013],
  [8016, 8023],
  [8025],
  [8027],
  [8029],
  [8031, 8061],
  [8064, 8116],
  [8118, 8132],
  [8134, 8147],
  [8150, 8155],
  [8157, 8175],
  [8178, 8180],
  [8182, 8190],
  [8192, 8202],
  [8208, 8233],
  [8239, 8287],
  [8304, 8305],
  [8308, 8334],
  [8336, 8348],
  [8352, 8384],
  [8448, 8587],
  [8592, 9254],
  [9280, 9290],
  [9312, 11123],
  [11126, 11157],
  [11159, 11502],
  [11506, 11507],
  [11513, 11557],
  [11559],
  [11565],
  [11568, 11623],
  [11631, 11632],
  [11648, 11670],
  [11680, 11686],
  [11688, 11694],
  [11696, 11702],
  [11704, 11710],
  [11712, 11718],
  [11720, 11726],
  [11728, 11734],
  [11736, 11742],
  [11776, 11869],
  [11904, 11929],
  [11931, 12019],
  [12032, 12245],
  [12272, 12329],
  [12336, 12351],
  [12353, 12438],
  [12443, 12543],
  [12549, 12591],
  [12593, 12686],
  [12688, 12771],
  [12783, 12830],
  [12832, 13312],
  [19903, 19968],
  [40959, 42124],
  [42128, 42182],
  [42192, 42539],
  [42560, 42606],
  [42611],
  [42622, 42653],
  [42656, 42735],
  [42738, 42743],
  [42752, 42954],
  [42960, 42961],
  [42963],
  [42965, 42969],
  [42994, 43009],
  [43011, 43013],
  [43015, 43018],
  [43020, 43042],
  [43048, 43051],
  [43056, 43065],
  [43072, 43127],
  [43138, 43187],
  [43214, 43225],
  [43250, 43262],
  [43264, 43301],
  [43310, 43334],
  [43359],
  [43396, 43442],
  [43457, 43469],
  [43471, 43481],
  [43486, 43492],
  [43494, 43518],
  [43520, 43560],
  [43584, 43586],
  [43588, 43595],
  [43600, 43609],
  [43612, 43642],
  [43646, 43695],
  [43697],
  [43701, 43702],
  [43705, 43709],
  [43712],
  [43714],
  [43739, 43754],
  [43760, 43764],
  [43777, 43782],
  [43785, 43790],
  [43793, 43798],
  [43808, 43814],
  [43816, 43822],
  [43824, 43883],
  [43888, 44002],
  [44011],
  [44016, 44025],
  [44032],
  [55203],
  [63744, 64109],
  [64112, 64217],
  [64256, 64262],
  [64275, 64279],
  [64285],
  [64287, 64310],
  [64312, 64316],
  [64318],
  [64320, 64321],
  [64323, 64324],
  [64326, 64450],
  [64467, 64911],
  [64914, 64967],
  [64975],
  [65008, 65023],
  [65040, 65049],
  [65072, 65106],
  [65108, 65126],
  [65128, 65131],
  [65136, 65140],
  [65142, 65276],
  [65281, 65437],
  [65440, 65470],
  [65474, 65479],
  [65482, 65487],
  [65490, 65495],
  [65498, 65500],
  [65504, 65510],
  [65512, 65518],
  [65532, 65533],
  [65536, 65547],
  [65549, 65574],
  [65576, 65594],
  [65596, 65597],
  [65599, 65613],
  [65616, 65629],
  [65664, 65786],
  [65792, 65794],
  [65799, 65843],
  [65847, 65934],
  [65936, 65948],
  [65952],
  [66e3, 66044],
  [66176, 66204],
  [66208, 66256],
  [66273, 66299],
  [66304, 66339],
  [66349, 66378],
  [66384, 66421],
  [66432, 66461],
  [66463, 66499],
  [66504, 66517],
  [66560, 66717],
  [66720, 66729],
  [66736, 66771],
  [66776, 66811],
  [66816, 66855],
  [66864, 66915],
  [66927, 66938],
  [66940, 66954],
  [66956, 66962],
  [66964, 66965],
  [66967, 66977],
  [66979, 66993],
  [66995, 67001],
  [67003, 67004],
  [67072, 67382],
  [67392, 67413],
  [67424, 67431],
  [67456, 67461],
  [67463, 67504],
  [67506, 67514],
  [67584, 67589],
  [67592],
  [67594, 67637],
  [67639, 67640],
  [67644],
  [67647, 67669],
  [67671, 67742],
  [67751, 67759],
  [67808, 67826],
  [67828, 67829],
  [67835, 67867],
  [67871, 67897],
  [67903],
  [67968, 68023],
  [68028, 68047],
  [68050, 68096],
  [68112, 68115],
  [68117, 68119],
  [68121, 68149],
  [68160, 68168],
  [68176, 68184],
  [68192, 68255],
  [68288, 68324],
  [68331, 68342],
  [68352, 68405],
  [68409, 68437],
  [68440, 68466],
  [68472, 68497],
  [68505, 68508],
  [68521, 68527],
  [68608, 68680],
  [68736, 68786],
  [68800, 68850],
  [68858, 68899],
  [68912, 68921],
  [69216, 69246],
  [69248, 69289],
  [69293],
  [69296, 69297],
  [69376, 69415],
  [69424, 69445],
  [69457, 69465],
  [69488, 69505],
  [69510, 69513],
  [69552, 69579],
  [69600, 69622],
  [69635, 69687],
  [69703, 69709],
  [69714, 69743],
  [69745, 69746],
  [69749],
  [69763, 69807],
  [69819, 69820],
  [69822, 69825],
  [69840, 69864],
  [69872, 69881],
  [69891, 69926],
  [69942, 69956],
  [69959],
  [69968, 70002],
  [70004, 70006],
  [70019, 70066],
  [70081],
  [70084, 70088],
  [70093],
  [70096, 70111],
  [70113, 70132],
  [70144, 70161],
  [70163, 70187],
  [70200, 70205],
  [70207, 70208],
  [70272, 70278],
  [70280],
  [70282, 70285],
  [70287, 70301],
  [70303, 70313],
  [70320, 70366],
  [70384, 70393],
  [70405, 70412],
  [70415, 70416],
  [70419, 70440],
  [70442, 70448],
  [70450, 70451],
  [70453, 70457],
  [70461],
  [70480],
  [70493, 70497],
  [70656, 70708],
  [70727, 70747],
  [70749],
  [70751, 70753],
  [70784, 70831],
  [70852, 70855],
  [70864, 70873],
  [71040, 71086],
  [71105, 71131],
  [71168, 71215],
  [71233, 71236],
  [71248, 71257],
  [71264, 71276],
  [71296, 71338],
  [71352, 71353],
  [71360, 71369],
  [71424, 71450],
  [71472, 71494],
  [71680, 71723],
  [71739],
  [71840, 71922],
  [71935, 71942],
  [71945],
  [71948, 71955],
  [71957, 71958],
  [71960, 71983],
  [72004, 72006],
  [72016, 72025],
  [72096, 72103],
  [72106, 72144],
  [72161, 72163],
  [72192],
  [72203, 72242],
  [72255, 72262],
  [72272],
  [72284, 72323],
  [72346, 72354],
  [72368, 72440],
  [72448, 72457],
  [72704, 72712],
  [72714, 72750],
  [72768, 72773],
  [72784, 72812],
  [72816, 72847],
  [72960, 72966],
  [72968, 72969],
  [72971, 73008],
  [73040, 73049],
  [73056, 73061],
  [73063, 73064],
  [73066, 73097],
  [73112],
  [73120, 73129],
  [73440, 73458],
  [73463, 73464],
  [73476, 73488],
  [73490, 73523],
  [73539, 73561],
  [73648],
  [73664, 73713],
  [73727, 74649],
  [74752, 74862],
  [74864, 74868],
  [74880, 75075],
  [77712, 77810],
  [77824, 78895],
  [78913, 78918],
  [82944, 83526],
  [92160, 92728],
  [92736, 92766],
  [92768, 92777],
  [92782, 92862],
  [92864, 92873],
  [92880, 92909],
  [92917],
  [92928, 92975],
  [92983, 92997],
  [93008, 93017],
  [93019, 93025],
  [93027, 93047],
  [93053, 93071],
  [93760, 93850],
  [93952, 94026],
  [94032],
  [94099, 94111],
  [94176, 94179],
  [94208],
  [100343],
  [100352, 101589],
  [101632],
  [101640],
  [110576, 110579],
  [110581, 110587],
  [110589, 110590],
  [110592, 110882],
  [110898],
  [110928, 110930],
  [110933],
  [110948, 110951],
  [110960, 111355],
  [113664, 113770],
  [113776, 113788],
  [113792, 113800],
  [113808, 113817],
  [113820],
  [113823],
  [118608, 118723],
  [118784, 119029],
  [119040, 119078],
  [119081, 119140],
  [119146, 119148],
  [119171, 119172],
  [119180, 119209],
  [119214, 119274],
  [119296, 119361],
  [119365],
  [119488, 119507],
  [119520, 119539],
  [119552, 119638],
  [119648, 119672],
  [119808, 119892],
  [119894, 119964],
  [119966, 119967],
  [119970],
  [119973, 119974],
  [119977, 119980],
  [119982, 119993],
  [119995],
  [119997, 120003],
  [120005, 120069],
  [120071, 120074],
  [120077, 120084],
  [120086, 120092],
  [120094, 120121],
  [120123, 120126],
  [120128, 120132],
  [120134],
  [120138, 120144],
  [120146, 120485],
  [120488, 120779],
  [120782, 121343],
  [121399, 121402],
  [121453, 121460],
  [121462, 121475],
  [121477, 121483],
  [122624, 122654],
  [122661, 122666],
  [122928, 122989],
  [123136, 123180],
  [123191, 123197],
  [123200, 123209],
  [123214, 123215],
  [123536, 123565],
  [123584, 123627],
  [123632, 123641],
  [123647],
  [124112, 124139],
  [124144, 124153],
  [124896, 124902],
  [124904, 124907],
  [124909, 124910],
  [124912, 124926],
  [124928, 125124],
  [125127, 125135],
  [125184, 125251],
  [125259],
  [125264, 125273],
  [125278, 125279],
  [126065, 126132],
  [126209, 126269],
  [126464, 126467],
  [126469, 126495],
  [126497, 126498],
  [126500],
  [126503],
  [126505, 126514],
  [126516, 126519],
  [126521],
  [126523],
  [126530],
  [126535],
  [126537],
  [126539],
  [126541, 126543],
  [126545, 126546],
  [126548],
  [126551],
  [126553],
  [126555],
  [126557],
  [126559],
  [126561, 126562],
  [126564],
  [126567, 126570],
  [126572, 126578],
  [126580, 126583],
  [126585, 126588],
  [126590],
  [126592, 126601],
  [126603, 126619],
  [126625, 126627],
  [126629, 126633],
  [126635, 126651],
  [126704, 126705],
  [126976, 127019],
  [127024, 127123],
  [127136, 127150],
  [127153, 127167],
  [127169, 127183],
  [127185, 127221],
  [127232, 127405],
  [127488, 127490],
  [127504, 127547],
  [127552, 127560],
  [127568, 127569],
  [127584, 127589],
  [127744, 127994],
  [128e3, 128727],
  [128732, 128748],
  [128752, 128764],
  [128768, 128886],
  [128891, 128985],
  [128992, 129003],
  [129008],
  [129024, 129035],
  [129040, 129095],
  [129104, 129113],
  [129120, 129159],
  [129168, 129197],
  [129200, 129201],
  [129280, 129619],
  [129632, 129645],
  [129648, 129660],
  [129664, 129672],
  [129680, 129725],
  [129727, 129733],
  [129742, 129755],
  [129760, 129768],
  [129776, 129784],
  [129792, 129938],
  [129940, 129994],
  [130032, 130041],
  [131072],
  [173791],
  [173824],
  [177977],
  [177984],
  [178205],
  [178208],
  [183969],
  [183984],
  [191456],
  [191472],
  [192093],
  [194560, 195101],
  [196608],
  [201546],
  [201552],
  [205743]
];
var autonomousDecomposableGraphemeRanges = [
  [192, 197],
  [199, 207],
  [209, 214],
  [217, 221],
  [224, 229],
  [231, 239],
  [241, 246],
  [249, 253],
  [255, 271],
  [274, 293],
  [296, 304],
  [308, 311],
  [313, 318],
  [323, 328],
  [332, 337],
  [340, 357],
  [360, 382],
  [416, 417],
  [431, 432],
  [461, 476],
  [478, 483],
  [486, 496],
  [500, 501],
  [504, 539],
  [542, 543],
  [550, 563],
  [901, 902],
  [904, 906],
  [908],
  [910, 912],
  [938, 944],
  [970, 974],
  [979, 980],
  [1024, 1025],
  [1027],
  [1031],
  [1036, 1038],
  [1049],
  [1081],
  [1104, 1105],
  [1107],
  [1111],
  [1116, 1118],
  [1142, 1143],
  [1217, 1218],
  [1232, 1235],
  [1238, 1239],
  [1242, 1247],
  [1250, 1255],
  [1258, 1269],
  [1272, 1273],
  [1570, 1574],
  [1728],
  [1730],
  [1747],
  [2345],
  [2353],
  [2356],
  [2392, 2399],
  [2524, 2525],
  [2527],
  [2611],
  [2614],
  [2649, 2651],
  [2654],
  [2908, 2909],
  [2964],
  [3907],
  [3917],
  [3922],
  [3927],
  [3932],
  [3945],
  [4134],
  [6918],
  [6920],
  [6922],
  [6924],
  [6926],
  [6930],
  [7680, 7833],
  [7835],
  [7840, 7929],
  [7936, 7957],
  [7960, 7965],
  [7968, 8005],
  [8008, 8013],
  [8016, 8023],
  [8025],
  [8027],
  [8029],
  [8031, 8048],
  [8050],
  [8052],
  [8054],
  [8056],
  [8058],
  [8060],
  [8064, 8116],
  [8118, 8122],
  [8124],
  [8129, 8132],
  [8134, 8136],
  [8138],
  [8140, 8146],
  [8150, 8154],
  [8157, 8162],
  [8164, 8170],
  [8172, 8173],
  [8178, 8180],
  [8182, 8184],
  [8186],
  [8188],
  [8602, 8603],
  [8622],
  [8653, 8655],
  [8708],
  [8713],
  [8716],
  [8740],
  [8742],
  [8769],
  [8772],
  [8775],
  [8777],
  [8800],
  [8802],
  [8813, 8817],
  [8820, 8821],
  [8824, 8825],
  [8832, 8833],
  [8836, 8837],
  [8840, 8841],
  [8876, 8879],
  [8928, 8931],
  [8938, 8941],
  [10972],
  [12364],
  [12366],
  [12368],
  [12370],
  [12372],
  [12374],
  [12376],
  [12378],
  [12380],
  [12382],
  [12384],
  [12386],
  [12389],
  [12391],
  [12393],
  [12400, 12401],
  [12403, 12404],
  [12406, 12407],
  [12409, 12410],
  [12412, 12413],
  [12436],
  [12446],
  [12460],
  [12462],
  [12464],
  [12466],
  [12468],
  [12470],
  [12472],
  [12474],
  [12476],
  [12478],
  [12480],
  [12482],
  [12485],
  [12487],
  [12489],
  [12496, 12497],
  [12499, 12500],
  [12502, 12503],
  [12505, 12506],
  [12508, 12509],
  [12532],
  [12535, 12538],
  [12542],
  [44032],
  [55203],
  [64285],
  [64287],
  [64298, 64310],
  [64312, 64316],
  [64318],
  [64320, 64321],
  [64323, 64324],
  [64326, 64334],
  [69786],
  [69788],
  [69803],
  [119134, 119140],
  [119227, 119232]
];
var safeStringFromCodePoint$3 = String.fromCodePoint;
var safeMathMin$2 = Math.min;
var safeMathMax$1 = Math.max;
function convertGraphemeRangeToMapToConstantEntry(range) {
  if (range.length === 1) {
    const codePointString = safeStringFromCodePoint$3(range[0]);
    return {
      num: 1,
      build: () => codePointString
    };
  }
  const rangeStart = range[0];
  return {
    num: range[1] - range[0] + 1,
    build: (idInGroup) => safeStringFromCodePoint$3(rangeStart + idInGroup)
  };
}
function intersectGraphemeRanges(rangesA, rangesB) {
  const mergedRanges = [];
  let cursorA = 0;
  let cursorB = 0;
  while (cursorA < rangesA.length && cursorB < rangesB.length) {
    const rangeA = rangesA[cursorA];
    const rangeAMin = rangeA[0];
    const rangeAMax = rangeA.length === 1 ? rangeA[0] : rangeA[1];
    const rangeB = rangesB[cursorB];
    const rangeBMin = rangeB[0];
    const rangeBMax = rangeB.length === 1 ? rangeB[0] : rangeB[1];
    if (rangeAMax < rangeBMin) cursorA += 1;
    else if (rangeBMax < rangeAMin) cursorB += 1;
    else {
      let min = safeMathMax$1(rangeAMin, rangeBMin);
      const max = safeMathMin$2(rangeAMax, rangeBMax);
      if (mergedRanges.length >= 1) {
        const lastMergedRange = mergedRanges[mergedRanges.length - 1];
        if ((lastMergedRange.length === 1 ? lastMergedRange[0] : lastMergedRange[1]) + 1 === min) {
          min = lastMergedRange[0];
          safePop$1(mergedRanges);
        }
      }
      safePush(mergedRanges, min === max ? [min] : [min, max]);
      if (rangeAMax <= max) cursorA += 1;
      if (rangeBMax <= max) cursorB += 1;
    }
  }
  return mergedRanges;
}
function buildCodePointRanges(ranges) {
  let from = 0;
  const codePointRanges = [];
  for (const range of ranges) {
    const first = range[0];
    const last = range.length === 1 ? range[0] : range[1];
    codePointRanges.push({
      from,
      first,
      last
    });
    from += last - first + 1;
  }
  return codePointRanges;
}
function findCodePointRange(codePointRanges, codePoint) {
  let min = 0;
  let max = codePointRanges.length;
  while (max - min > 1) {
    const mid = ~~((min + max) / 2);
    if (codePoint < codePointRanges[mid].first) max = mid;
    else min = mid;
  }
  return codePointRanges[min];
}
function indexToCodePointRangesUnmapperFor(ranges) {
  const codePointRanges = buildCodePointRanges(ranges);
  return function indexToCodePointRangesUnmapper(value) {
    if (typeof value === "string") {
      const codePoint = safeCodePointAt(value, 0);
      if (codePoint !== void 0 && value.length === (codePoint > 65535 ? 2 : 1)) {
        const range = findCodePointRange(codePointRanges, codePoint);
        if (range.first <= codePoint && codePoint <= range.last) return range.from + codePoint - range.first;
      }
    }
    throw new Error("Unknown value encountered cannot be built using these code point ranges");
  };
}
var registeredStringUnitInstancesMap = /* @__PURE__ */ Object.create(null);
function getAlphabetRanges(alphabet) {
  switch (alphabet) {
    case "full":
      return fullAlphabetRanges;
    case "ascii":
      return asciiAlphabetRanges;
  }
}
function getOrCreateStringUnitInstance(type, alphabet) {
  const key = `${type}:${alphabet}`;
  const registered = registeredStringUnitInstancesMap[key];
  if (registered !== void 0) return registered;
  const alphabetRanges = getAlphabetRanges(alphabet);
  const ranges = type === "binary" ? alphabetRanges : intersectGraphemeRanges(alphabetRanges, autonomousGraphemeRanges);
  const entries = [];
  for (const range of ranges) safePush(entries, convertGraphemeRangeToMapToConstantEntry(range));
  if (type === "grapheme") {
    const decomposedRanges = intersectGraphemeRanges(alphabetRanges, autonomousDecomposableGraphemeRanges);
    for (const range of decomposedRanges) {
      const rawEntry = convertGraphemeRangeToMapToConstantEntry(range);
      safePush(entries, {
        num: rawEntry.num,
        build: (idInGroup) => safeNormalize(rawEntry.build(idInGroup), "NFD")
      });
    }
  }
  const stringUnitInstance = type === "grapheme" ? mapToConstant(...entries) : nat({ max: safeReduce(entries, (acc, entry) => acc + entry.num, 0) - 1 }).map(indexToMappedConstantMapperFor(entries), indexToCodePointRangesUnmapperFor(ranges));
  registeredStringUnitInstancesMap[key] = stringUnitInstance;
  return stringUnitInstance;
}
function stringUnit(type, alphabet) {
  return getOrCreateStringUnitInstance(type, alphabet);
}
function extractUnitArbitrary(constraints) {
  if (typeof constraints.unit === "object") return constraints.unit;
  switch (constraints.unit) {
    case "grapheme":
      return stringUnit("grapheme", "full");
    case "grapheme-composite":
      return stringUnit("composite", "full");
    case "grapheme-ascii":
    case void 0:
      return stringUnit("grapheme", "ascii");
    case "binary":
      return stringUnit("binary", "full");
    case "binary-ascii":
      return stringUnit("binary", "ascii");
  }
}
function string(constraints = {}) {
  const charArbitrary = extractUnitArbitrary(constraints);
  const unmapper = patternsToStringUnmapperFor(charArbitrary, constraints);
  const experimentalCustomSlices = createSlicesForString(charArbitrary, constraints);
  return array(charArbitrary, {
    ...constraints,
    experimentalCustomSlices
  }).map(patternsToStringMapper, unmapper);
}
var SMap = Map;
var safeStringFromCharCode$1 = String.fromCharCode;
var lowerCaseMapper = {
  num: 26,
  build: (v) => safeStringFromCharCode$1(v + 97)
};
var upperCaseMapper = {
  num: 26,
  build: (v) => safeStringFromCharCode$1(v + 65)
};
var numericMapper = {
  num: 10,
  build: (v) => safeStringFromCharCode$1(v + 48)
};
function percentCharArbMapper(c) {
  const encoded = SencodeURIComponent(c);
  return c !== encoded ? encoded : `%${safeNumberToString(safeCharCodeAt(c, 0), 16)}`;
}
function percentCharArbUnmapper(value) {
  if (typeof value !== "string") throw new Error("Unsupported");
  return decodeURIComponent(value);
}
var percentCharArb = () => string({
  unit: "binary",
  minLength: 1,
  maxLength: 1
}).map(percentCharArbMapper, percentCharArbUnmapper);
var lowerAlphaArbitrary = void 0;
function getOrCreateLowerAlphaArbitrary() {
  if (lowerAlphaArbitrary === void 0) lowerAlphaArbitrary = mapToConstant(lowerCaseMapper);
  return lowerAlphaArbitrary;
}
var lowerAlphaNumericArbitraries = void 0;
function getOrCreateLowerAlphaNumericArbitrary(others) {
  if (lowerAlphaNumericArbitraries === void 0) lowerAlphaNumericArbitraries = new SMap();
  let match = safeMapGet(lowerAlphaNumericArbitraries, others);
  if (match === void 0) {
    match = mapToConstant(lowerCaseMapper, numericMapper, {
      num: others.length,
      build: (v) => others[v]
    });
    safeMapSet(lowerAlphaNumericArbitraries, others, match);
  }
  return match;
}
function buildAlphaNumericArbitrary(others) {
  return mapToConstant(lowerCaseMapper, upperCaseMapper, numericMapper, {
    num: others.length,
    build: (v) => others[v]
  });
}
var alphaNumericPercentArbitraries = void 0;
function getOrCreateAlphaNumericPercentArbitrary(others) {
  if (alphaNumericPercentArbitraries === void 0) alphaNumericPercentArbitraries = new SMap();
  let match = safeMapGet(alphaNumericPercentArbitraries, others);
  if (match === void 0) {
    match = oneof({
      weight: 10,
      arbitrary: buildAlphaNumericArbitrary(others)
    }, {
      weight: 1,
      arbitrary: percentCharArb()
    });
    safeMapSet(alphaNumericPercentArbitraries, others, match);
  }
  return match;
}
function option(arb, constraints = {}) {
  const freq = constraints.freq === void 0 ? 6 : constraints.freq;
  const nilValue = safeHasOwnProperty(constraints, "nil") ? constraints.nil : null;
  const weightedArbs = [{
    arbitrary: constant(nilValue),
    weight: 1,
    fallbackValue: { default: nilValue }
  }, {
    arbitrary: arb,
    weight: freq - 1
  }];
  const frequencyConstraints = {
    withCrossShrink: true,
    depthSize: constraints.depthSize,
    maxDepth: constraints.maxDepth,
    depthIdentifier: constraints.depthIdentifier
  };
  return FrequencyArbitrary.from(weightedArbs, frequencyConstraints, "fc.option");
}
function filterInvalidSubdomainLabel(subdomainLabel2) {
  if (subdomainLabel2.length > 63) return false;
  return subdomainLabel2.length < 4 || subdomainLabel2[0] !== "x" || subdomainLabel2[1] !== "n" || subdomainLabel2[2] !== "-" || subdomainLabel2[3] !== "-";
}
var AdaptedValue = Symbol("adapted-value");
function toAdapterValue(rawValue, adapter2) {
  const adapted = adapter2(rawValue.value_);
  if (!adapted.adapted) return rawValue;
  return new Value(adapted.value, AdaptedValue);
}
var AdapterArbitrary = class extends Arbitrary {
  constructor(sourceArb, adapter2) {
    super();
    this.sourceArb = sourceArb;
    this.adapter = adapter2;
    this.adaptValue = (rawValue) => toAdapterValue(rawValue, adapter2);
  }
  generate(mrng, biasFactor) {
    const rawValue = this.sourceArb.generate(mrng, biasFactor);
    return this.adaptValue(rawValue);
  }
  canShrinkWithoutContext(value) {
    return this.sourceArb.canShrinkWithoutContext(value) && !this.adapter(value).adapted;
  }
  shrink(value, context3) {
    if (context3 === AdaptedValue) {
      if (!this.sourceArb.canShrinkWithoutContext(value)) return Stream2.nil();
      return this.sourceArb.shrink(value, void 0).map(this.adaptValue);
    }
    return this.sourceArb.shrink(value, context3).map(this.adaptValue);
  }
};
function adapter(sourceArb, adapter2) {
  return new AdapterArbitrary(sourceArb, adapter2);
}
function toSubdomainLabelMapper([f, d]) {
  return d === null ? f : `${f}${d[0]}${d[1]}`;
}
function toSubdomainLabelUnmapper(value) {
  if (typeof value !== "string" || value.length === 0) throw new Error("Unsupported");
  if (value.length === 1) return [value[0], null];
  return [value[0], [safeSubstring(value, 1, value.length - 1), value[value.length - 1]]];
}
function subdomainLabel(size) {
  const alphaNumericArb = getOrCreateLowerAlphaNumericArbitrary("");
  return tuple(alphaNumericArb, option(tuple(string({
    unit: getOrCreateLowerAlphaNumericArbitrary("-"),
    size,
    maxLength: 61
  }), alphaNumericArb))).map(toSubdomainLabelMapper, toSubdomainLabelUnmapper).filter(filterInvalidSubdomainLabel);
}
function labelsMapper(elements) {
  return `${safeJoin(elements[0], ".")}.${elements[1]}`;
}
function labelsUnmapper(value) {
  if (typeof value !== "string") throw new Error("Unsupported type");
  const lastDotIndex = value.lastIndexOf(".");
  return [safeSplit(safeSubstring(value, 0, lastDotIndex), "."), safeSubstring(value, lastDotIndex + 1)];
}
function labelsAdapter(labels) {
  const [subDomains, suffix] = labels;
  let lengthNotIncludingIndex = suffix.length;
  for (let index = 0; index !== subDomains.length; ++index) {
    lengthNotIncludingIndex += 1 + subDomains[index].length;
    if (lengthNotIncludingIndex > 255) return {
      adapted: true,
      value: [safeSlice(subDomains, 0, index), suffix]
    };
  }
  return {
    adapted: false,
    value: labels
  };
}
function domain(constraints = {}) {
  const resolvedSize = resolveSize(constraints.size);
  const resolvedSizeMinusOne = relativeSizeToSize("-1", resolvedSize);
  const publicSuffixArb = string({
    unit: getOrCreateLowerAlphaArbitrary(),
    minLength: 2,
    maxLength: 63,
    size: resolvedSizeMinusOne
  });
  return adapter(tuple(array(subdomainLabel(resolvedSize), {
    size: resolvedSizeMinusOne,
    minLength: 1,
    maxLength: 127
  }), publicSuffixArb), labelsAdapter).map(labelsMapper, labelsUnmapper);
}
function dotAdapter(a) {
  let currentLength = a[0].length;
  for (let index = 1; index !== a.length; ++index) {
    currentLength += 1 + a[index].length;
    if (currentLength > 64) return {
      adapted: true,
      value: safeSlice(a, 0, index)
    };
  }
  return {
    adapted: false,
    value: a
  };
}
function dotMapper(a) {
  return safeJoin(a, ".");
}
function dotUnmapper(value) {
  if (typeof value !== "string") throw new Error("Unsupported");
  return safeSplit(value, ".");
}
function atMapper(data) {
  return `${data[0]}@${data[1]}`;
}
function atUnmapper(value) {
  if (typeof value !== "string") throw new Error("Unsupported");
  return safeSplit(value, "@", 2);
}
function emailAddress(constraints = {}) {
  return tuple(adapter(array(string({
    unit: getOrCreateLowerAlphaNumericArbitrary("!#$%&'*+-/=?^_`{|}~"),
    minLength: 1,
    maxLength: 64,
    size: constraints.size
  }), {
    minLength: 1,
    maxLength: 32,
    size: constraints.size
  }), dotAdapter).map(dotMapper, dotUnmapper), domain({ size: constraints.size })).map(atMapper, atUnmapper);
}
var safeNegativeInfinity$6 = SNumber.NEGATIVE_INFINITY;
var safePositiveInfinity$6 = SNumber.POSITIVE_INFINITY;
var safeEpsilon = SNumber.EPSILON;
var INDEX_POSITIVE_INFINITY$1 = SBigInt2(2146435072) * SBigInt2(4294967296);
var INDEX_NEGATIVE_INFINITY$1 = -INDEX_POSITIVE_INFINITY$1 - SBigInt2(1);
var num2Pow52 = 4503599627370496;
var big2Pow52Mask = SBigInt2(4503599627370495);
var big2Pow53 = SBigInt2("9007199254740992");
var f64 = /* @__PURE__ */ new Float64Array(1);
var u32$1 = new Uint32Array(f64.buffer, f64.byteOffset);
function bitCastDoubleToUInt64(f) {
  f64[0] = f;
  return [u32$1[1], u32$1[0]];
}
function decomposeDouble(d) {
  const { 0: hi, 1: lo } = bitCastDoubleToUInt64(d);
  const signBit = hi >>> 31;
  const exponentBits = hi >>> 20 & 2047;
  const significandBits = (hi & 1048575) * 4294967296 + lo;
  const exponent = exponentBits === 0 ? -1022 : exponentBits - 1023;
  let significand = exponentBits === 0 ? 0 : 1;
  significand += significandBits * safeEpsilon;
  significand *= signBit === 0 ? 1 : -1;
  return {
    exponent,
    significand
  };
}
function indexInDoubleFromDecomp(exponent, significand) {
  if (exponent === -1022) return SBigInt2(significand * num2Pow52);
  return SBigInt2((significand - 1) * num2Pow52) + (SBigInt2(exponent + 1023) << SBigInt2(52));
}
function doubleToIndex(d) {
  if (d === safePositiveInfinity$6) return INDEX_POSITIVE_INFINITY$1;
  if (d === safeNegativeInfinity$6) return INDEX_NEGATIVE_INFINITY$1;
  const decomp = decomposeDouble(d);
  const exponent = decomp.exponent;
  const significand = decomp.significand;
  if (d > 0 || d === 0 && 1 / d === safePositiveInfinity$6) return indexInDoubleFromDecomp(exponent, significand);
  else return -indexInDoubleFromDecomp(exponent, -significand) - SBigInt2(1);
}
function indexToDouble(index) {
  if (index < 0) return -indexToDouble(-index - SBigInt2(1));
  if (index === INDEX_POSITIVE_INFINITY$1) return safePositiveInfinity$6;
  if (index < big2Pow53) return SNumber(index) * 2 ** -1074;
  const postIndex = index - big2Pow53;
  const exponent = -1021 + SNumber(postIndex >> SBigInt2(52));
  return (1 + SNumber(postIndex & big2Pow52Mask) * safeEpsilon) * 2 ** exponent;
}
var safeNumberIsInteger$2 = Number.isInteger;
var safeObjectIs$1 = Object.is;
var safeNegativeInfinity$5 = Number.NEGATIVE_INFINITY;
var safePositiveInfinity$5 = Number.POSITIVE_INFINITY;
function refineConstraintsForFloatingOnly(constraints, maxValue, maxNonIntegerValue2, onlyIntegersAfterThisValue2) {
  const { noDefaultInfinity = false, minExcluded = false, maxExcluded = false, min = noDefaultInfinity ? -maxValue : safeNegativeInfinity$5, max = noDefaultInfinity ? maxValue : safePositiveInfinity$5 } = constraints;
  const effectiveMin = minExcluded ? min < -maxNonIntegerValue2 ? -onlyIntegersAfterThisValue2 : Math.max(min, -maxNonIntegerValue2) : min === safeNegativeInfinity$5 ? Math.max(min, -onlyIntegersAfterThisValue2) : Math.max(min, -maxNonIntegerValue2);
  const effectiveMax = maxExcluded ? max > maxNonIntegerValue2 ? onlyIntegersAfterThisValue2 : Math.min(max, maxNonIntegerValue2) : max === safePositiveInfinity$5 ? Math.min(max, onlyIntegersAfterThisValue2) : Math.min(max, maxNonIntegerValue2);
  return {
    noDefaultInfinity: false,
    minExcluded: minExcluded || (min !== safeNegativeInfinity$5 || minExcluded) && safeNumberIsInteger$2(effectiveMin),
    maxExcluded: maxExcluded || (max !== safePositiveInfinity$5 || maxExcluded) && safeNumberIsInteger$2(effectiveMax),
    min: safeObjectIs$1(effectiveMin, -0) ? 0 : effectiveMin,
    max: safeObjectIs$1(effectiveMax, 0) ? -0 : effectiveMax,
    noNaN: constraints.noNaN || false
  };
}
var safeNegativeInfinity$4 = Number.NEGATIVE_INFINITY;
var safePositiveInfinity$4 = Number.POSITIVE_INFINITY;
var safeMaxValue$2 = Number.MAX_VALUE;
var maxNonIntegerValue$1 = 45035996273704955e-1;
var onlyIntegersAfterThisValue$1 = 4503599627370496;
function refineConstraintsForDoubleOnly(constraints) {
  return refineConstraintsForFloatingOnly(constraints, safeMaxValue$2, maxNonIntegerValue$1, onlyIntegersAfterThisValue$1);
}
function doubleOnlyMapper(value) {
  return value === 4503599627370496 ? safePositiveInfinity$4 : value === -4503599627370496 ? safeNegativeInfinity$4 : value;
}
function doubleOnlyUnmapper(value) {
  if (typeof value !== "number") throw new Error("Unsupported type");
  return value === safePositiveInfinity$4 ? onlyIntegersAfterThisValue$1 : value === safeNegativeInfinity$4 ? -4503599627370496 : value;
}
var safeNumberIsInteger$1 = Number.isInteger;
var safeNumberIsNaN$1 = Number.isNaN;
var safeNegativeInfinity$3 = Number.NEGATIVE_INFINITY;
var safePositiveInfinity$3 = Number.POSITIVE_INFINITY;
var safeMaxValue$1 = Number.MAX_VALUE;
var safeNaN$1 = NaN;
function safeDoubleToIndex(d, constraintsLabel) {
  if (safeNumberIsNaN$1(d)) throw new Error("fc.double constraints." + constraintsLabel + " must be a 64-bit float");
  return doubleToIndex(d);
}
function unmapperDoubleToIndex(value) {
  if (typeof value !== "number") throw new Error("Unsupported type");
  return doubleToIndex(value);
}
function numberIsNotInteger$1(value) {
  return !safeNumberIsInteger$1(value);
}
function anyDouble(constraints) {
  const { noDefaultInfinity = false, noNaN = false, minExcluded = false, maxExcluded = false, min = noDefaultInfinity ? -safeMaxValue$1 : safeNegativeInfinity$3, max = noDefaultInfinity ? safeMaxValue$1 : safePositiveInfinity$3 } = constraints;
  const minIndexRaw = safeDoubleToIndex(min, "min");
  const minIndex = minExcluded ? minIndexRaw + SBigInt2(1) : minIndexRaw;
  const maxIndexRaw = safeDoubleToIndex(max, "max");
  const maxIndex = maxExcluded ? maxIndexRaw - SBigInt2(1) : maxIndexRaw;
  if (maxIndex < minIndex) throw new Error("fc.double constraints.min must be smaller or equal to constraints.max");
  if (noNaN) return bigInt({
    min: minIndex,
    max: maxIndex
  }).map(indexToDouble, unmapperDoubleToIndex);
  const positiveMaxIdx = maxIndex > SBigInt2(0);
  const minIndexWithNaN = positiveMaxIdx ? minIndex : minIndex - SBigInt2(1);
  const maxIndexWithNaN = positiveMaxIdx ? maxIndex + SBigInt2(1) : maxIndex;
  return bigInt({
    min: minIndexWithNaN,
    max: maxIndexWithNaN
  }).map((index) => {
    if (maxIndex < index || index < minIndex) return safeNaN$1;
    else return indexToDouble(index);
  }, (value) => {
    if (typeof value !== "number") throw new Error("Unsupported type");
    if (safeNumberIsNaN$1(value)) return maxIndex !== maxIndexWithNaN ? maxIndexWithNaN : minIndexWithNaN;
    return doubleToIndex(value);
  });
}
function double(constraints = {}) {
  if (!constraints.noInteger) return anyDouble(constraints);
  return anyDouble(refineConstraintsForDoubleOnly(constraints)).map(doubleOnlyMapper, doubleOnlyUnmapper).filter(numberIsNotInteger$1);
}
var safeNegativeInfinity$2 = Number.NEGATIVE_INFINITY;
var safePositiveInfinity$2 = Number.POSITIVE_INFINITY;
var safeMathImul = Math.imul;
var MAX_VALUE_32 = 2 ** 127 * (1 + (2 ** 23 - 1) / 2 ** 23);
var INDEX_POSITIVE_INFINITY = 2139095040;
var INDEX_NEGATIVE_INFINITY = -2139095041;
var f32 = /* @__PURE__ */ new Float32Array(1);
var u32 = new Uint32Array(f32.buffer, f32.byteOffset);
function bitCastFloatToUInt32(f) {
  f32[0] = f;
  return u32[0];
}
function decomposeFloat(f) {
  const bits = bitCastFloatToUInt32(f);
  const signBit = bits >>> 31;
  const exponentBits = bits >>> 23 & 255;
  const significandBits = bits & 8388607;
  const exponent = exponentBits === 0 ? -126 : exponentBits - 127;
  let significand = exponentBits === 0 ? 0 : 1;
  significand += significandBits / 2 ** 23;
  significand *= signBit === 0 ? 1 : -1;
  return {
    exponent,
    significand
  };
}
function indexInFloatFromDecomp(exponent, significand) {
  if (exponent === -126) return significand * 8388608;
  return safeMathImul(exponent + 127, 8388608) + (significand - 1) * 8388608;
}
function floatToIndex(f) {
  if (f === safePositiveInfinity$2) return INDEX_POSITIVE_INFINITY;
  if (f === safeNegativeInfinity$2) return INDEX_NEGATIVE_INFINITY;
  const decomp = decomposeFloat(f);
  const exponent = decomp.exponent;
  const significand = decomp.significand;
  if (f > 0 || f === 0 && 1 / f === safePositiveInfinity$2) return indexInFloatFromDecomp(exponent, significand);
  else return -indexInFloatFromDecomp(exponent, -significand) - 1;
}
function indexToFloat(index) {
  if (index < 0) return -indexToFloat(-index - 1);
  if (index === INDEX_POSITIVE_INFINITY) return safePositiveInfinity$2;
  if (index < 16777216) return index * 2 ** -149;
  const postIndex = index - 16777216;
  const exponent = -125 + (postIndex >> 23);
  return (1 + (postIndex & 8388607) / 8388608) * 2 ** exponent;
}
var safeNegativeInfinity$1 = Number.NEGATIVE_INFINITY;
var safePositiveInfinity$1 = Number.POSITIVE_INFINITY;
var safeMaxValue = MAX_VALUE_32;
var maxNonIntegerValue = 83886075e-1;
var onlyIntegersAfterThisValue = 8388608;
function refineConstraintsForFloatOnly(constraints) {
  return refineConstraintsForFloatingOnly(constraints, safeMaxValue, maxNonIntegerValue, onlyIntegersAfterThisValue);
}
function floatOnlyMapper(value) {
  return value === 8388608 ? safePositiveInfinity$1 : value === -8388608 ? safeNegativeInfinity$1 : value;
}
function floatOnlyUnmapper(value) {
  if (typeof value !== "number") throw new Error("Unsupported type");
  return value === safePositiveInfinity$1 ? onlyIntegersAfterThisValue : value === safeNegativeInfinity$1 ? -8388608 : value;
}
var safeNumberIsInteger = Number.isInteger;
var safeNumberIsNaN = Number.isNaN;
var safeMathFround = Math.fround;
var safeNegativeInfinity = Number.NEGATIVE_INFINITY;
var safePositiveInfinity = Number.POSITIVE_INFINITY;
var safeNaN = NaN;
function safeFloatToIndex(f, constraintsLabel) {
  const errorMessage = "fc.float constraints." + constraintsLabel + " must be a 32-bit float - you can convert any double to a 32-bit float by using `Math.fround(myDouble)`";
  if (safeNumberIsNaN(f) || safeMathFround(f) !== f) throw new Error(errorMessage);
  return floatToIndex(f);
}
function unmapperFloatToIndex(value) {
  if (typeof value !== "number") throw new Error("Unsupported type");
  return floatToIndex(value);
}
function numberIsNotInteger(value) {
  return !safeNumberIsInteger(value);
}
function anyFloat(constraints) {
  const { noDefaultInfinity = false, noNaN = false, minExcluded = false, maxExcluded = false, min = noDefaultInfinity ? -MAX_VALUE_32 : safeNegativeInfinity, max = noDefaultInfinity ? MAX_VALUE_32 : safePositiveInfinity } = constraints;
  const minIndexRaw = safeFloatToIndex(min, "min");
  const minIndex = minExcluded ? minIndexRaw + 1 : minIndexRaw;
  const maxIndexRaw = safeFloatToIndex(max, "max");
  const maxIndex = maxExcluded ? maxIndexRaw - 1 : maxIndexRaw;
  if (minIndex > maxIndex) throw new Error("fc.float constraints.min must be smaller or equal to constraints.max");
  if (noNaN) return integer2({
    min: minIndex,
    max: maxIndex
  }).map(indexToFloat, unmapperFloatToIndex);
  const minIndexWithNaN = maxIndex > 0 ? minIndex : minIndex - 1;
  const maxIndexWithNaN = maxIndex > 0 ? maxIndex + 1 : maxIndex;
  return integer2({
    min: minIndexWithNaN,
    max: maxIndexWithNaN
  }).map((index) => {
    if (index > maxIndex || index < minIndex) return safeNaN;
    else return indexToFloat(index);
  }, (value) => {
    if (typeof value !== "number") throw new Error("Unsupported type");
    if (safeNumberIsNaN(value)) return maxIndex !== maxIndexWithNaN ? maxIndexWithNaN : minIndexWithNaN;
    return floatToIndex(value);
  });
}
function float(constraints = {}) {
  if (!constraints.noInteger) return anyFloat(constraints);
  return anyFloat(refineConstraintsForFloatOnly(constraints)).map(floatOnlyMapper, floatOnlyUnmapper).filter(numberIsNotInteger);
}
function escapeForTemplateString(originalText) {
  return originalText.replace(/([$`\\])/g, "\\$1").replace(/\r/g, "\\r");
}
function escapeForMultilineComments(originalText) {
  return originalText.replace(/\*\//g, "*\\/");
}
var crc32Table = [
  0,
  1996959894,
  3993919788,
  2567524794,
  124634137,
  1886057615,
  3915621685,
  2657392035,
  249268274,
  2044508324,
  3772115230,
  2547177864,
  162941995,
  2125561021,
  3887607047,
  2428444049,
  498536548,
  1789927666,
  4089016648,
  2227061214,
  450548861,
  1843258603,
  4107580753,
  2211677639,
  325883990,
  1684777152,
  4251122042,
  2321926636,
  335633487,
  1661365465,
  4195302755,
  2366115317,
  997073096,
  1281953886,
  3579855332,
  2724688242,
  1006888145,
  1258607687,
  3524101629,
  2768942443,
  901097722,
  1119000684,
  3686517206,
  2898065728,
  853044451,
  1172266101,
  3705015759,
  2882616665,
  651767980,
  1373503546,
  3369554304,
  3218104598,
  565507253,
  1454621731,
  3485111705,
  3099436303,
  671266974,
  1594198024,
  3322730930,
  2970347812,
  795835527,
  1483230225,
  3244367275,
  3060149565,
  1994146192,
  31158534,
  2563907772,
  4023717930,
  1907459465,
  112637215,
  2680153253,
  3904427059,
  2013776290,
  251722036,
  2517215374,
  3775830040,
  2137656763,
  141376813,
  2439277719,
  3865271297,
  1802195444,
  476864866,
  2238001368,
  4066508878,
  1812370925,
  453092731,
  2181625025,
  4111451223,
  1706088902,
  314042704,
  2344532202,
  4240017532,
  1658658271,
  366619977,
  2362670323,
  4224994405,
  1303535960,
  984961486,
  2747007092,
  3569037538,
  1256170817,
  1037604311,
  2765210733,
  3554079995,
  1131014506,
  879679996,
  2909243462,
  3663771856,
  1141124467,
  855842277,
  2852801631,
  3708648649,
  1342533948,
  654459306,
  3188396048,
  3373015174,
  1466479909,
  544179635,
  3110523913,
  3462522015,
  1591671054,
  702138776,
  2966460450,
  3352799412,
  1504918807,
  783551873,
  3082640443,
  3233442989,
  3988292384,
  2596254646,
  62317068,
  1957810842,
  3939845945,
  2647816111,
  81470997,
  1943803523,
  3814918930,
  2489596804,
  225274430,
  2053790376,
  3826175755,
  2466906013,
  167816743,
  2097651377,
  4027552580,
  2265490386,
  503444072,
  1762050814,
  4150417245,
  2154129355,
  426522225,
  1852507879,
  4275313526,
  2312317920,
  282753626,
  1742555852,
  4189708143,
  2394877945,
  397917763,
  1622183637,
  3604390888,
  2714866558,
  953729732,
  1340076626,
  3518719985,
  2797360999,
  1068828381,
  1219638859,
  3624741850,
  2936675148,
  906185462,
  1090812512,
  3747672003,
  2825379669,
  829329135,
  1181335161,
  3412177804,
  3160834842,
  628085408,
  1382605366,
  3423369109,
  3138078467,
  570562233,
  1426400815,
  3317316542,
  2998733608,
  733239954,
  1555261956,
  3268935591,
  3050360625,
  752459403,
  1541320221,
  2607071920,
  3965973030,
  1969922972,
  40735498,
  2617837225,
  3943577151,
  1913087877,
  83908371,
  2512341634,
  3803740692,
  2075208622,
  213261112,
  2463272603,
  3855990285,
  2094854071,
  198958881,
  2262029012,
  4057260610,
  1759359992,
  534414190,
  2176718541,
  4139329115,
  1873836001,
  414664567,
  2282248934,
  4279200368,
  1711684554,
  285281116,
  2405801727,
  4167216745,
  1634467795,
  376229701,
  2685067896,
  3608007406,
  1308918612,
  956543938,
  2808555105,
  3495958263,
  1231636301,
  1047427035,
  2932959818,
  3654703836,
  1088359270,
  936918e3,
  2847714899,
  3736837829,
  1202900863,
  817233897,
  3183342108,
  3401237130,
  1404277552,
  615818150,
  3134207493,
  3453421203,
  1423857449,
  601450431,
  3009837614,
  3294710456,
  1567103746,
  711928724,
  3020668471,
  3272380065,
  1510334235,
  755167117
];
function hash(repr) {
  let crc = 4294967295;
  for (let idx = 0; idx < repr.length; ++idx) {
    const c = safeCharCodeAt(repr, idx);
    if (c < 128) crc = crc32Table[crc & 255 ^ c] ^ crc >> 8;
    else if (c < 2048) {
      crc = crc32Table[crc & 255 ^ (192 | c >> 6 & 31)] ^ crc >> 8;
      crc = crc32Table[crc & 255 ^ (128 | c & 63)] ^ crc >> 8;
    } else if (c >= 55296 && c < 57344) {
      const cNext = safeCharCodeAt(repr, ++idx);
      if (c >= 56320 || cNext < 56320 || cNext > 57343 || Number.isNaN(cNext)) {
        idx -= 1;
        crc = crc32Table[crc & 255 ^ 239] ^ crc >> 8;
        crc = crc32Table[crc & 255 ^ 191] ^ crc >> 8;
        crc = crc32Table[crc & 255 ^ 189] ^ crc >> 8;
      } else {
        const c1 = (c & 1023) + 64;
        const c2 = cNext & 1023;
        crc = crc32Table[crc & 255 ^ (240 | c1 >> 8 & 7)] ^ crc >> 8;
        crc = crc32Table[crc & 255 ^ (128 | c1 >> 2 & 63)] ^ crc >> 8;
        crc = crc32Table[crc & 255 ^ (128 | c2 >> 6 & 15 | (c1 & 3) << 4)] ^ crc >> 8;
        crc = crc32Table[crc & 255 ^ (128 | c2 & 63)] ^ crc >> 8;
      }
    } else {
      crc = crc32Table[crc & 255 ^ (224 | c >> 12 & 15)] ^ crc >> 8;
      crc = crc32Table[crc & 255 ^ (128 | c >> 6 & 63)] ^ crc >> 8;
      crc = crc32Table[crc & 255 ^ (128 | c & 63)] ^ crc >> 8;
    }
  }
  return (crc | 0) + 2147483648;
}
var stableObjectGetPrototypeOf = Object.getPrototypeOf;
var NoShrinkArbitrary = class extends Arbitrary {
  constructor(arb) {
    super();
    this.arb = arb;
  }
  generate(mrng, biasFactor) {
    return this.arb.generate(mrng, biasFactor);
  }
  canShrinkWithoutContext(value) {
    return this.arb.canShrinkWithoutContext(value);
  }
  shrink(_value, _context) {
    return Stream2.nil();
  }
};
function noShrink(arb) {
  if (stableObjectGetPrototypeOf(arb) === NoShrinkArbitrary.prototype && arb.generate === NoShrinkArbitrary.prototype.generate && arb.canShrinkWithoutContext === NoShrinkArbitrary.prototype.canShrinkWithoutContext && arb.shrink === NoShrinkArbitrary.prototype.shrink) return arb;
  return new NoShrinkArbitrary(arb);
}
var safeObjectAssign$4 = Object.assign;
var safeObjectKeys$3 = Object.keys;
function buildCompareFunctionArbitrary(cmp) {
  return tuple(noShrink(integer2()), noShrink(integer2({
    min: 1,
    max: 4294967295
  }))).map(([seed, hashEnvSize]) => {
    const producer = () => {
      const recorded = {};
      const f = (a, b) => {
        const reprA = stringify(a);
        const reprB = stringify(b);
        const val = cmp(hash(`${seed}${reprA}`) % hashEnvSize, hash(`${seed}${reprB}`) % hashEnvSize);
        recorded[`[${reprA},${reprB}]`] = val;
        return val;
      };
      return safeObjectAssign$4(f, {
        toString: () => {
          const seenValues = safeObjectKeys$3(recorded).sort().map((k) => `${k} => ${stringify(recorded[k])}`).map((line) => `/* ${escapeForMultilineComments(line)} */`);
          return `function(a, b) {
  // With hash and stringify coming from fast-check${seenValues.length !== 0 ? `
  ${safeJoin(seenValues, "\n  ")}` : ""}
  const cmp = ${cmp};
  const hA = hash('${seed}' + stringify(a)) % ${hashEnvSize};
  const hB = hash('${seed}' + stringify(b)) % ${hashEnvSize};
  return cmp(hA, hB);
}`;
        },
        [cloneMethod]: producer
      });
    };
    return producer();
  });
}
var safeObjectAssign$3 = Object.assign;
function compareBooleanFunc() {
  return buildCompareFunctionArbitrary(safeObjectAssign$3((hA, hB) => hA < hB, { toString() {
    return "(hA, hB) => hA < hB";
  } }));
}
var safeObjectAssign$2 = Object.assign;
function compareFunc() {
  return buildCompareFunctionArbitrary(safeObjectAssign$2((hA, hB) => hA - hB, { toString() {
    return "(hA, hB) => hA - hB";
  } }));
}
var safeObjectDefineProperties$1 = Object.defineProperties;
var safeObjectKeys$2 = Object.keys;
function func(arb) {
  return tuple(array(arb, { minLength: 1 }), noShrink(integer2())).map(([outs, seed]) => {
    const producer = () => {
      const recorded = {};
      const f = (...args) => {
        const repr = stringify(args);
        const val = outs[hash(`${seed}${repr}`) % outs.length];
        recorded[repr] = val;
        return hasCloneMethod(val) ? val[cloneMethod]() : val;
      };
      function prettyPrint2(stringifiedOuts) {
        const seenValues = safeMap(safeMap(safeSort(safeObjectKeys$2(recorded)), (k) => `${k} => ${stringify(recorded[k])}`), (line) => `/* ${escapeForMultilineComments(line)} */`);
        return `function(...args) {
  // With hash and stringify coming from fast-check${seenValues.length !== 0 ? `
  ${seenValues.join("\n  ")}` : ""}
  const outs = ${stringifiedOuts};
  return outs[hash('${seed}' + stringify(args)) % outs.length];
}`;
      }
      return safeObjectDefineProperties$1(f, {
        toString: { value: () => prettyPrint2(stringify(outs)) },
        [toStringMethod]: { value: () => prettyPrint2(stringify(outs)) },
        [asyncToStringMethod]: { value: async () => prettyPrint2(await asyncStringify(outs)) },
        [cloneMethod]: {
          value: producer,
          configurable: true
        }
      });
    };
    return producer();
  });
}
var safeMinSafeInteger = Number.MIN_SAFE_INTEGER;
var safeMaxSafeInteger$1 = Number.MAX_SAFE_INTEGER;
function maxSafeInteger() {
  return new IntegerArbitrary(safeMinSafeInteger, safeMaxSafeInteger$1);
}
var safeMaxSafeInteger = Number.MAX_SAFE_INTEGER;
function maxSafeNat() {
  return new IntegerArbitrary(0, safeMaxSafeInteger);
}
var safeNumberParseInt = Number.parseInt;
function natToStringifiedNatMapper(options) {
  const [style, v] = options;
  switch (style) {
    case "oct":
      return `0${safeNumberToString(v, 8)}`;
    case "hex":
      return `0x${safeNumberToString(v, 16)}`;
    default:
      return `${v}`;
  }
}
function tryParseStringifiedNat(stringValue, radix) {
  const parsedNat = safeNumberParseInt(stringValue, radix);
  if (safeNumberToString(parsedNat, radix) !== stringValue) throw new Error("Invalid value");
  return parsedNat;
}
function natToStringifiedNatUnmapper(value) {
  if (typeof value !== "string") throw new Error("Invalid type");
  if (value.length >= 2 && value[0] === "0") {
    if (value[1] === "x") return ["hex", tryParseStringifiedNat(safeSubstring(value, 2), 16)];
    return ["oct", tryParseStringifiedNat(safeSubstring(value, 1), 8)];
  }
  return ["dec", tryParseStringifiedNat(value, 10)];
}
function dotJoinerMapper$1(data) {
  return safeJoin(data, ".");
}
function dotJoinerUnmapper$1(value) {
  if (typeof value !== "string") throw new Error("Invalid type");
  return safeMap(safeSplit(value, "."), (v) => tryParseStringifiedNat(v, 10));
}
function ipV4() {
  return tuple(nat(255), nat(255), nat(255), nat(255)).map(dotJoinerMapper$1, dotJoinerUnmapper$1);
}
function buildStringifiedNatArbitrary(maxValue) {
  return tuple(constantFrom("dec", "oct", "hex"), nat(maxValue)).map(natToStringifiedNatMapper, natToStringifiedNatUnmapper);
}
function dotJoinerMapper(data) {
  return safeJoin(data, ".");
}
function dotJoinerUnmapper(value) {
  if (typeof value !== "string") throw new Error("Invalid type");
  return safeSplit(value, ".");
}
function ipV4Extended() {
  return oneof(tuple(buildStringifiedNatArbitrary(255), buildStringifiedNatArbitrary(255), buildStringifiedNatArbitrary(255), buildStringifiedNatArbitrary(255)).map(dotJoinerMapper, dotJoinerUnmapper), tuple(buildStringifiedNatArbitrary(255), buildStringifiedNatArbitrary(255), buildStringifiedNatArbitrary(65535)).map(dotJoinerMapper, dotJoinerUnmapper), tuple(buildStringifiedNatArbitrary(255), buildStringifiedNatArbitrary(16777215)).map(dotJoinerMapper, dotJoinerUnmapper), buildStringifiedNatArbitrary(4294967295));
}
function readBh(value) {
  if (value.length === 0) return [];
  else return safeSplit(value, ":");
}
function extractEhAndL(value) {
  const valueSplits = safeSplit(value, ":");
  if (valueSplits.length >= 2 && valueSplits[valueSplits.length - 1].length <= 4) return [safeSlice(valueSplits, 0, valueSplits.length - 2), `${valueSplits[valueSplits.length - 2]}:${valueSplits[valueSplits.length - 1]}`];
  return [safeSlice(valueSplits, 0, valueSplits.length - 1), valueSplits[valueSplits.length - 1]];
}
function fullySpecifiedMapper(data) {
  return `${safeJoin(data[0], ":")}:${data[1]}`;
}
function fullySpecifiedUnmapper(value) {
  if (typeof value !== "string") throw new Error("Invalid type");
  return extractEhAndL(value);
}
function onlyTrailingMapper(data) {
  return `::${safeJoin(data[0], ":")}:${data[1]}`;
}
function onlyTrailingUnmapper(value) {
  if (typeof value !== "string") throw new Error("Invalid type");
  if (!safeStartsWith(value, "::")) throw new Error("Invalid value");
  return extractEhAndL(safeSubstring(value, 2));
}
function multiTrailingMapper(data) {
  return `${safeJoin(data[0], ":")}::${safeJoin(data[1], ":")}:${data[2]}`;
}
function multiTrailingUnmapper(value) {
  if (typeof value !== "string") throw new Error("Invalid type");
  const [bhString, trailingString] = safeSplit(value, "::", 2);
  const [eh, l] = extractEhAndL(trailingString);
  return [
    readBh(bhString),
    eh,
    l
  ];
}
function multiTrailingMapperOne(data) {
  return multiTrailingMapper([
    data[0],
    [data[1]],
    data[2]
  ]);
}
function multiTrailingUnmapperOne(value) {
  const out = multiTrailingUnmapper(value);
  return [
    out[0],
    safeJoin(out[1], ":"),
    out[2]
  ];
}
function singleTrailingMapper(data) {
  return `${safeJoin(data[0], ":")}::${data[1]}`;
}
function singleTrailingUnmapper(value) {
  if (typeof value !== "string") throw new Error("Invalid type");
  const [bhString, trailing] = safeSplit(value, "::", 2);
  return [readBh(bhString), trailing];
}
function noTrailingMapper(data) {
  return `${safeJoin(data[0], ":")}::`;
}
function noTrailingUnmapper(value) {
  if (typeof value !== "string") throw new Error("Invalid type");
  if (!safeEndsWith(value, "::")) throw new Error("Invalid value");
  return [readBh(safeSubstring(value, 0, value.length - 2))];
}
function h16sTol32Mapper([a, b]) {
  return `${a}:${b}`;
}
function h16sTol32Unmapper(value) {
  if (typeof value !== "string") throw new SError("Invalid type");
  if (!value.includes(":")) throw new SError("Invalid value");
  return value.split(":", 2);
}
var items = "0123456789abcdef";
var cachedHexa = void 0;
function hexa() {
  if (cachedHexa === void 0) cachedHexa = integer2({
    min: 0,
    max: 15
  }).map((n) => items[n], (c) => {
    if (typeof c !== "string") throw new SError("Not a string");
    if (c.length !== 1) throw new SError("Invalid length");
    const code2 = safeCharCodeAt(c, 0);
    if (code2 <= 57) return code2 - 48;
    if (code2 < 97) throw new SError("Invalid character");
    return code2 - 87;
  });
  return cachedHexa;
}
function ipV6() {
  const h16Arb = string({
    unit: hexa(),
    minLength: 1,
    maxLength: 4,
    size: "max"
  });
  const ls32Arb = oneof(tuple(h16Arb, h16Arb).map(h16sTol32Mapper, h16sTol32Unmapper), ipV4());
  return oneof(tuple(array(h16Arb, {
    minLength: 6,
    maxLength: 6,
    size: "max"
  }), ls32Arb).map(fullySpecifiedMapper, fullySpecifiedUnmapper), tuple(array(h16Arb, {
    minLength: 5,
    maxLength: 5,
    size: "max"
  }), ls32Arb).map(onlyTrailingMapper, onlyTrailingUnmapper), tuple(array(h16Arb, {
    minLength: 0,
    maxLength: 1,
    size: "max"
  }), array(h16Arb, {
    minLength: 4,
    maxLength: 4,
    size: "max"
  }), ls32Arb).map(multiTrailingMapper, multiTrailingUnmapper), tuple(array(h16Arb, {
    minLength: 0,
    maxLength: 2,
    size: "max"
  }), array(h16Arb, {
    minLength: 3,
    maxLength: 3,
    size: "max"
  }), ls32Arb).map(multiTrailingMapper, multiTrailingUnmapper), tuple(array(h16Arb, {
    minLength: 0,
    maxLength: 3,
    size: "max"
  }), array(h16Arb, {
    minLength: 2,
    maxLength: 2,
    size: "max"
  }), ls32Arb).map(multiTrailingMapper, multiTrailingUnmapper), tuple(array(h16Arb, {
    minLength: 0,
    maxLength: 4,
    size: "max"
  }), h16Arb, ls32Arb).map(multiTrailingMapperOne, multiTrailingUnmapperOne), tuple(array(h16Arb, {
    minLength: 0,
    maxLength: 5,
    size: "max"
  }), ls32Arb).map(singleTrailingMapper, singleTrailingUnmapper), tuple(array(h16Arb, {
    minLength: 0,
    maxLength: 6,
    size: "max"
  }), h16Arb).map(singleTrailingMapper, singleTrailingUnmapper), tuple(array(h16Arb, {
    minLength: 0,
    maxLength: 7,
    size: "max"
  })).map(noTrailingMapper, noTrailingUnmapper));
}
var LazyArbitrary = class extends Arbitrary {
  constructor(name) {
    super();
    this.name = name;
    this.underlying = null;
  }
  generate(mrng, biasFactor) {
    if (this.underlying === null) throw new Error(`Lazy arbitrary ${JSON.stringify(this.name)} not correctly initialized`);
    return this.underlying.generate(mrng, biasFactor);
  }
  canShrinkWithoutContext(value) {
    if (this.underlying === null) throw new Error(`Lazy arbitrary ${JSON.stringify(this.name)} not correctly initialized`);
    return this.underlying.canShrinkWithoutContext(value);
  }
  shrink(value, context3) {
    if (this.underlying === null) throw new Error(`Lazy arbitrary ${JSON.stringify(this.name)} not correctly initialized`);
    return this.underlying.shrink(value, context3);
  }
};
var safeGetOwnPropertyNames = Object.getOwnPropertyNames;
function createLazyArbsPool() {
  const lazyArbsPool = new SMap$2();
  const getLazyFromPool = (key) => {
    let lazyArb = safeMapGet(lazyArbsPool, key);
    if (lazyArb !== void 0) return lazyArb;
    lazyArb = new LazyArbitrary(String(key));
    safeMapSet(lazyArbsPool, key, lazyArb);
    return lazyArb;
  };
  return getLazyFromPool;
}
function letrec(builder) {
  const getLazyFromPool = createLazyArbsPool();
  const strictArbs = builder(getLazyFromPool);
  const declaredArbitraryNames = safeGetOwnPropertyNames(strictArbs);
  for (const name of declaredArbitraryNames) {
    const lazyArb = getLazyFromPool(name);
    lazyArb.underlying = strictArbs[name];
  }
  return strictArbs;
}
function canHaveAtLeastOneItem(keys, constraints) {
  for (const key of keys) {
    const constraintsOnKey = constraints[key] || {};
    if (constraintsOnKey.maxLength === void 0 || constraintsOnKey.maxLength > 0) return true;
  }
  return false;
}
function initialPoolForEntityGraph(keys, constraints) {
  if (keys.length === 0) return constant([]);
  if (!canHaveAtLeastOneItem(keys, constraints)) throw new SError("Contraints on pool must accept at least one entity, maxLength cannot sum to 0");
  return tuple(...keys.map((key) => array(constant(key), constraints[key]))).map((values2) => safeFlat(values2)).filter((names) => names.length > 0);
}
var safeObjectAssign$1 = Object.assign;
var safeObjectCreate$4 = Object.create;
var safeObjectDefineProperty$1 = Object.defineProperty;
var safeObjectGetPrototypeOf = Object.getPrototypeOf;
var safeObjectPrototype = Object.prototype;
function withTargetStringifiedValue(stringifiedValue) {
  return safeObjectDefineProperty$1(safeObjectCreate$4(null), toStringMethod, {
    configurable: false,
    enumerable: false,
    writable: false,
    value: () => stringifiedValue
  });
}
function withReferenceStringifiedValue(type, index) {
  return withTargetStringifiedValue(`<${SString(type)}#${index}>`);
}
function unlinkedToLinkedEntitiesMapper(unlinkedEntities, producedLinks) {
  const linkedEntities = safeObjectCreate$4(safeObjectPrototype);
  for (const name in unlinkedEntities) {
    const unlinkedEntitiesForName = unlinkedEntities[name];
    const linkedEntitiesForName = [];
    for (const unlinkedEntity of unlinkedEntitiesForName) {
      const linkedEntity = safeObjectAssign$1(safeObjectCreate$4(safeObjectGetPrototypeOf(unlinkedEntity)), unlinkedEntity);
      linkedEntitiesForName.push(linkedEntity);
    }
    linkedEntities[name] = linkedEntitiesForName;
  }
  for (const name in producedLinks) {
    const entityLinks = producedLinks[name];
    for (let entityIndex = 0; entityIndex !== entityLinks.length; ++entityIndex) {
      const entityLinksForInstance = entityLinks[entityIndex];
      const linkedInstance = linkedEntities[name][entityIndex];
      for (const prop in entityLinksForInstance) {
        const propValue = entityLinksForInstance[prop];
        linkedInstance[prop] = propValue.index === void 0 ? void 0 : typeof propValue.index === "number" ? linkedEntities[propValue.type][propValue.index] : safeMap(propValue.index, (index) => linkedEntities[propValue.type][index]);
      }
      safeObjectDefineProperty$1(linkedInstance, toStringMethod, {
        configurable: false,
        enumerable: false,
        writable: false,
        value: () => {
          const unlinkedEntity = unlinkedEntities[name][entityIndex];
          const entity = safeObjectAssign$1(safeObjectCreate$4(safeObjectGetPrototypeOf(unlinkedEntity)), unlinkedEntity);
          for (const prop in entityLinksForInstance) {
            const propValue = entityLinksForInstance[prop];
            entity[prop] = propValue.index === void 0 ? void 0 : typeof propValue.index === "number" ? withReferenceStringifiedValue(propValue.type, propValue.index) : safeMap(propValue.index, (index) => withReferenceStringifiedValue(propValue.type, index));
          }
          return stringify(entity);
        }
      });
    }
  }
  return linkedEntities;
}
function buildInversedRelationsMapping(relations) {
  let foundInversedRelations = 0;
  const requestedInversedRelations = new SMap$2();
  for (const name in relations) {
    const relationsForName = relations[name];
    for (const fieldName in relationsForName) {
      const relation = relationsForName[fieldName];
      if (relation.arity !== "inverse") continue;
      let existingOnes = safeMapGet(requestedInversedRelations, relation.type);
      if (existingOnes === void 0) {
        existingOnes = new SMap$2();
        safeMapSet(requestedInversedRelations, relation.type, existingOnes);
      }
      if (safeMapHas(existingOnes, relation.forwardRelationship)) throw new SError(`Cannot declare multiple inverse relationships for the same forward relationship ${SString(relation.forwardRelationship)} on type ${SString(relation.type)}`);
      safeMapSet(existingOnes, relation.forwardRelationship, {
        type: name,
        property: fieldName
      });
      foundInversedRelations += 1;
    }
  }
  const inversedRelations = new SMap$2();
  if (foundInversedRelations === 0) return inversedRelations;
  for (const name in relations) {
    const relationsForName = relations[name];
    const requestedInversedRelationsForName = safeMapGet(requestedInversedRelations, name);
    if (requestedInversedRelationsForName === void 0) continue;
    for (const fieldName in relationsForName) {
      const relation = relationsForName[fieldName];
      if (relation.arity === "inverse") continue;
      const requestedIfAny = safeMapGet(requestedInversedRelationsForName, fieldName);
      if (requestedIfAny === void 0) continue;
      if (requestedIfAny.type !== relation.type) throw new SError(`Inverse relationship ${SString(requestedIfAny.property)} on type ${SString(requestedIfAny.type)} references forward relationship ${SString(fieldName)} but types do not match`);
      safeMapSet(inversedRelations, relation, requestedIfAny);
    }
  }
  if (inversedRelations.size !== foundInversedRelations) throw new SError(`Some inverse relationships could not be matched with their corresponding forward relationships`);
  return inversedRelations;
}
var safeObjectAssign = Object.assign;
var safeObjectCreate$3 = Object.create;
function produceLinkUnitaryIndexArbitrary(strategy, currentIndexIfSameType, countInTargetType) {
  switch (strategy) {
    case "exclusive":
      return constant(countInTargetType);
    case "successor":
      return noBias(integer2({
        min: currentIndexIfSameType !== void 0 ? currentIndexIfSameType + 1 : 0,
        max: countInTargetType
      }));
    case "any":
      return noBias(integer2({
        min: 0,
        max: countInTargetType
      }));
  }
}
function buildLinkIndexArbitrary(arity, strategy, currentIndexIfSameType, countInTargetType, currentEntityDepth) {
  const linkArbitrary = produceLinkUnitaryIndexArbitrary(strategy, currentIndexIfSameType, countInTargetType);
  switch (arity) {
    case "0-1":
      return option(linkArbitrary, {
        nil: void 0,
        depthIdentifier: currentEntityDepth
      });
    case "1":
      return linkArbitrary;
    case "many": {
      let randomUnicity = 0;
      return option(uniqueArray(linkArbitrary, {
        depthIdentifier: currentEntityDepth,
        selector: (v) => v === countInTargetType ? v + ++randomUnicity : v,
        minLength: 1
      }), {
        nil: [],
        depthIdentifier: currentEntityDepth
      }).map((values2) => {
        let offset = 0;
        return safeMap(values2, (v) => v === countInTargetType ? v + offset++ : v);
      });
    }
  }
}
function createEmptyLinksInstanceFor(relations, targetType) {
  const emptyLinksInstance = safeObjectCreate$3(null);
  const relationsForType = relations[targetType];
  for (const name in relationsForType) {
    const relation = relationsForType[name];
    if (relation.arity === "inverse") emptyLinksInstance[name] = {
      type: relation.type,
      index: []
    };
  }
  return emptyLinksInstance;
}
function assertAcceptableRelations(relations) {
  const nonExclusiveEntities = new SSet();
  const exclusiveEntities = new SSet();
  for (const name in relations) {
    const relationsForName = relations[name];
    for (const fieldName in relationsForName) {
      const relation = relationsForName[fieldName];
      if (relation.arity === "inverse") continue;
      if (relation.strategy === "exclusive") {
        if (safeHas(nonExclusiveEntities, relation.type)) throw new SError(`Cannot mix exclusive with other strategies for type ${SString(relation.type)}`);
        safeAdd(exclusiveEntities, relation.type);
      } else {
        if (safeHas(exclusiveEntities, relation.type)) throw new SError(`Cannot mix exclusive with other strategies for type ${SString(relation.type)}`);
        safeAdd(nonExclusiveEntities, relation.type);
      }
      if (relation.strategy === "successor" && relation.type !== name) throw new SError(`Cannot mix types for the strategy successor`);
      if (relation.strategy === "successor" && relation.arity === "1") throw new SError(`Cannot use an arity of 1 for the strategy successor`);
    }
  }
}
function draftNextProductionState(state, offset) {
  const { producedLinks, toBeProducedEntities } = state;
  const nextIndex = state.nextIndex + offset;
  const newProducedLinks = safeObjectAssign(safeObjectCreate$3(null), producedLinks);
  function getOrCreateProducedLinksFor(type) {
    if (newProducedLinks[type] === producedLinks[type]) newProducedLinks[type] = safeSlice(producedLinks[type]);
    return newProducedLinks[type];
  }
  function getOrCreateLinksFor(type, indexInType) {
    const producedLinksForType = getOrCreateProducedLinksFor(type);
    if (producedLinksForType[indexInType] === producedLinks[type][indexInType]) producedLinksForType[indexInType] = safeObjectAssign(safeObjectCreate$3(null), producedLinks[type][indexInType]);
    return producedLinksForType[indexInType];
  }
  function getOrCreateRelationFor(type, indexInType, property2) {
    const links = getOrCreateLinksFor(type, indexInType);
    const originalEntity = producedLinks[type][indexInType];
    if (originalEntity !== void 0 && links[property2] === originalEntity[property2]) {
      const sharedRelation = links[property2];
      links[property2] = {
        type: sharedRelation.type,
        index: typeof sharedRelation.index === "object" ? safeSlice(sharedRelation.index) : sharedRelation.index
      };
    }
    return links[property2];
  }
  let newToBeProducedEntities = void 0;
  const toBeProduced = toBeProducedEntities[nextIndex];
  return {
    setOutboundLink: (name, value) => {
      const currentLinks = getOrCreateLinksFor(toBeProduced.type, toBeProduced.indexInType);
      currentLinks[name] = value;
    },
    enqueueNewEntity: (relations, targetType) => {
      const producedLinksInTargetType = getOrCreateProducedLinksFor(targetType);
      const newEntityIndexInType = producedLinksInTargetType.length;
      if (newToBeProducedEntities === void 0) newToBeProducedEntities = safeSlice(toBeProducedEntities);
      safePush(newToBeProducedEntities, {
        type: targetType,
        indexInType: newEntityIndexInType,
        depth: toBeProduced.depth + 1
      });
      safePush(producedLinksInTargetType, createEmptyLinksInstanceFor(relations, targetType));
      return newEntityIndexInType;
    },
    appendBackReference: (targetType, indexInType, property2) => {
      const knownInversedLinks = getOrCreateRelationFor(targetType, indexInType, property2).index;
      safePush(knownInversedLinks, toBeProduced.indexInType);
    },
    commit: () => ({
      producedLinks: newProducedLinks,
      toBeProducedEntities: newToBeProducedEntities !== void 0 ? newToBeProducedEntities : toBeProducedEntities,
      nextIndex: nextIndex + 1
    })
  };
}
function buildInitialProductionState(relations, defaultEntities) {
  const producedLinks = safeObjectCreate$3(null);
  for (const name in relations) producedLinks[name] = [];
  const toBeProducedEntities = [];
  for (const name of defaultEntities) {
    safePush(toBeProducedEntities, {
      type: name,
      indexInType: producedLinks[name].length,
      depth: 0
    });
    safePush(producedLinks[name], createEmptyLinksInstanceFor(relations, name));
  }
  return {
    producedLinks,
    toBeProducedEntities,
    nextIndex: 0
  };
}
function buildEntityStepArbitrary(relations, inversedRelations, lastState, offset) {
  const lastProducedLinks = lastState.producedLinks;
  const currentEntity = lastState.toBeProducedEntities[lastState.nextIndex + offset];
  const currentRelations = relations[currentEntity.type];
  const currentEntityDepth = createDepthIdentifier();
  currentEntityDepth.depth = currentEntity.depth;
  const subArbitraries = [];
  const linkContexts = [];
  for (const name in currentRelations) {
    const relation = currentRelations[name];
    if (relation.arity === "inverse") continue;
    const targetType = relation.type;
    const countInTargetType = lastProducedLinks[targetType].length;
    safePush(subArbitraries, buildLinkIndexArbitrary(relation.arity, relation.strategy || "any", targetType === currentEntity.type ? currentEntity.indexInType : void 0, countInTargetType, currentEntityDepth));
    safePush(linkContexts, {
      name,
      relation,
      sentinelLinkIndex: countInTargetType
    });
  }
  if (subArbitraries.length === 0) return;
  return tuple(...subArbitraries).map((results) => {
    const state = draftNextProductionState(lastState, offset);
    for (let resultIndex = 0; resultIndex !== results.length; ++resultIndex) {
      const linkOrLinks = results[resultIndex];
      const { name, relation, sentinelLinkIndex } = linkContexts[resultIndex];
      const effectiveLinks = [];
      const links = linkOrLinks === void 0 ? [] : typeof linkOrLinks === "number" ? [linkOrLinks] : linkOrLinks;
      for (const link2 of links) {
        let newEntityIndexInType;
        if (link2 >= sentinelLinkIndex) newEntityIndexInType = state.enqueueNewEntity(relations, relation.type);
        else newEntityIndexInType = link2;
        safePush(effectiveLinks, newEntityIndexInType);
        const inversed = safeMapGet(inversedRelations, relation);
        if (inversed !== void 0) state.appendBackReference(relation.type, newEntityIndexInType, inversed.property);
      }
      state.setOutboundLink(name, {
        type: relation.type,
        index: linkOrLinks === void 0 ? void 0 : typeof linkOrLinks === "number" ? effectiveLinks[0] : effectiveLinks
      });
    }
    return state.commit();
  });
}
function onTheFlyLinksForEntityGraph(relations, defaultEntities) {
  assertAcceptableRelations(relations);
  const inversedRelations = buildInversedRelationsMapping(relations);
  return chainUntil(constant(buildInitialProductionState(relations, defaultEntities)), (state) => {
    if (state.nextIndex >= state.toBeProducedEntities.length) return;
    let offset = 0;
    let next = void 0;
    while (next === void 0 && state.nextIndex + offset < state.toBeProducedEntities.length) {
      next = buildEntityStepArbitrary(relations, inversedRelations, state, offset);
      offset += 1;
    }
    return next;
  }).map((state) => {
    return state.producedLinks;
  });
}
var safeObjectKeys$1 = Object.keys;
var safeObjectGetOwnPropertySymbols$1 = Object.getOwnPropertySymbols;
var safeObjectGetOwnPropertyDescriptor$1 = Object.getOwnPropertyDescriptor;
function extractEnumerableKeys(instance) {
  const keys = safeObjectKeys$1(instance);
  const symbols = safeObjectGetOwnPropertySymbols$1(instance);
  for (let index = 0; index !== symbols.length; ++index) {
    const symbol = symbols[index];
    const descriptor = safeObjectGetOwnPropertyDescriptor$1(instance, symbol);
    if (descriptor && descriptor.enumerable) keys.push(symbol);
  }
  return keys;
}
var safeObjectCreate$2 = Object.create;
var safeObjectDefineProperty = Object.defineProperty;
var safeObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
var safeObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
var safeObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
function buildValuesAndSeparateKeysToObjectMapper(keys, noKeyValue2) {
  return function valuesAndSeparateKeysToObjectMapper(definition) {
    const obj = definition[definition.length - 1] ? safeObjectCreate$2(null) : {};
    for (let idx = 0; idx !== keys.length; ++idx) {
      const valueWrapper = definition[idx];
      if (valueWrapper !== noKeyValue2) {
        const key = keys[idx];
        if (key === "__proto__") safeObjectDefineProperty(obj, key, {
          value: valueWrapper,
          configurable: true,
          enumerable: true,
          writable: true
        });
        else obj[key] = valueWrapper;
      }
    }
    return obj;
  };
}
function buildValuesAndSeparateKeysToObjectUnmapper(keys, noKeyValue2) {
  return function valuesAndSeparateKeysToObjectUnmapper(value) {
    if (typeof value !== "object" || value === null) throw new Error("Incompatible instance received: should be a non-null object");
    const hasNullPrototype = Object.getPrototypeOf(value) === null;
    const hasObjectPrototype = "constructor" in value && value.constructor === Object;
    if (!hasNullPrototype && !hasObjectPrototype) throw new Error("Incompatible instance received: should be of exact type Object");
    let extractedPropertiesCount = 0;
    const extractedValues = [];
    for (let idx = 0; idx !== keys.length; ++idx) {
      const descriptor = safeObjectGetOwnPropertyDescriptor(value, keys[idx]);
      if (descriptor !== void 0) {
        if (!descriptor.configurable || !descriptor.enumerable || !descriptor.writable) throw new Error("Incompatible instance received: should contain only c/e/w properties");
        if (descriptor.get !== void 0 || descriptor.set !== void 0) throw new Error("Incompatible instance received: should contain only no get/set properties");
        ++extractedPropertiesCount;
        safePush(extractedValues, descriptor.value);
      } else safePush(extractedValues, noKeyValue2);
    }
    const namePropertiesCount = safeObjectGetOwnPropertyNames(value).length;
    const symbolPropertiesCount = safeObjectGetOwnPropertySymbols(value).length;
    if (extractedPropertiesCount !== namePropertiesCount + symbolPropertiesCount) throw new Error("Incompatible instance received: should not contain extra properties");
    return [...extractedValues, hasNullPrototype];
  };
}
var noKeyValue = Symbol("no-key");
function buildPartialRecordArbitrary(recordModel, requiredKeys, noNullPrototype) {
  const keys = extractEnumerableKeys(recordModel);
  const arbs = [];
  for (let index = 0; index !== keys.length; ++index) {
    const k = keys[index];
    const requiredArbitrary = recordModel[k];
    if (requiredKeys === void 0 || safeIndexOf(requiredKeys, k) !== -1) safePush(arbs, requiredArbitrary);
    else safePush(arbs, option(requiredArbitrary, { nil: noKeyValue }));
  }
  return tuple(...arbs, noNullPrototype ? constant(false) : boolean()).map(buildValuesAndSeparateKeysToObjectMapper(keys, noKeyValue), buildValuesAndSeparateKeysToObjectUnmapper(keys, noKeyValue));
}
function record(recordModel, constraints) {
  const noNullPrototype = constraints !== void 0 && !!constraints.noNullPrototype;
  if (constraints === void 0) return buildPartialRecordArbitrary(recordModel, void 0, noNullPrototype);
  if (!("requiredKeys" in constraints && constraints.requiredKeys !== void 0)) return buildPartialRecordArbitrary(recordModel, void 0, noNullPrototype);
  const requiredKeys = ("requiredKeys" in constraints ? constraints.requiredKeys : void 0) || [];
  for (let idx = 0; idx !== requiredKeys.length; ++idx) {
    const descriptor = Object.getOwnPropertyDescriptor(recordModel, requiredKeys[idx]);
    if (descriptor === void 0) throw new Error(`requiredKeys cannot reference keys that have not been defined in recordModel`);
    if (!descriptor.enumerable) throw new Error(`requiredKeys cannot reference keys that are not enumerable in recordModel`);
  }
  return buildPartialRecordArbitrary(recordModel, requiredKeys, noNullPrototype);
}
var safeObjectCreate$1 = Object.create;
function unlinkedEntitiesForEntityGraph(arbitraries, countFor, unicityConstraintsFor, constraints) {
  const recordModel = safeObjectCreate$1(null);
  for (const name in arbitraries) {
    const entityRecordModel = arbitraries[name];
    const entityArbitrary = record(entityRecordModel, constraints);
    const count = countFor(name);
    const unicityConstraints = unicityConstraintsFor(name);
    const arrayConstraints = {
      minLength: count,
      maxLength: count
    };
    recordModel[name] = unicityConstraints !== void 0 ? uniqueArray(entityArbitrary, {
      ...arrayConstraints,
      selector: unicityConstraints
    }) : array(entityArbitrary, arrayConstraints);
  }
  return record(recordModel);
}
var safeObjectCreate = Object.create;
var safeObjectKeys = Object.keys;
function entityGraph(arbitraries, relations, constraints = {}) {
  const allKeys = safeObjectKeys(arbitraries);
  const initialPoolConstraints = constraints.initialPoolConstraints || safeObjectCreate(null);
  const unicityConstraints = constraints.unicityConstraints || safeObjectCreate(null);
  const unlinkedContraints = { noNullPrototype: constraints.noNullPrototype };
  return initialPoolForEntityGraph(allKeys, initialPoolConstraints).chain((defaultEntities) => onTheFlyLinksForEntityGraph(relations, defaultEntities).chain((producedLinks) => unlinkedEntitiesForEntityGraph(arbitraries, (name) => producedLinks[name].length, (name) => unicityConstraints[name], unlinkedContraints).map((unlinkedEntities) => unlinkedToLinkedEntitiesMapper(unlinkedEntities, producedLinks))));
}
function wordsToJoinedStringMapper(words) {
  return safeJoin(safeMap(words, (w) => w[w.length - 1] === "," ? safeSubstring(w, 0, w.length - 1) : w), " ");
}
function wordsToJoinedStringUnmapperFor(wordsArbitrary) {
  return function wordsToJoinedStringUnmapper(value) {
    if (typeof value !== "string") throw new Error("Unsupported type");
    const words = [];
    for (const candidate of safeSplit(value, " ")) if (wordsArbitrary.canShrinkWithoutContext(candidate)) safePush(words, candidate);
    else if (wordsArbitrary.canShrinkWithoutContext(candidate + ",")) safePush(words, candidate + ",");
    else throw new Error("Unsupported word");
    return words;
  };
}
function wordsToSentenceMapper(words) {
  let sentence = safeJoin(words, " ");
  if (sentence[sentence.length - 1] === ",") sentence = safeSubstring(sentence, 0, sentence.length - 1);
  return safeToUpperCase(sentence[0]) + safeSubstring(sentence, 1) + ".";
}
function wordsToSentenceUnmapperFor(wordsArbitrary) {
  return function wordsToSentenceUnmapper(value) {
    if (typeof value !== "string") throw new Error("Unsupported type");
    if (value.length < 2 || value[value.length - 1] !== "." || value[value.length - 2] === "," || safeToUpperCase(safeToLowerCase(value[0])) !== value[0]) throw new Error("Unsupported value");
    const adaptedValue = safeToLowerCase(value[0]) + safeSubstring(value, 1, value.length - 1);
    const words = [];
    const candidates = safeSplit(adaptedValue, " ");
    for (let idx = 0; idx !== candidates.length; ++idx) {
      const candidate = candidates[idx];
      if (wordsArbitrary.canShrinkWithoutContext(candidate)) safePush(words, candidate);
      else if (idx === candidates.length - 1 && wordsArbitrary.canShrinkWithoutContext(candidate + ",")) safePush(words, candidate + ",");
      else throw new Error("Unsupported word");
    }
    return words;
  };
}
function sentencesToParagraphMapper(sentences) {
  return safeJoin(sentences, " ");
}
function sentencesToParagraphUnmapper(value) {
  if (typeof value !== "string") throw new Error("Unsupported type");
  const sentences = safeSplit(value, ". ");
  for (let idx = 0; idx < sentences.length - 1; ++idx) sentences[idx] += ".";
  return sentences;
}
var h = (v, w) => {
  return {
    arbitrary: constant(v),
    weight: w
  };
};
function loremWord() {
  return oneof(h("non", 6), h("adipiscing", 5), h("ligula", 5), h("enim", 5), h("pellentesque", 5), h("in", 5), h("augue", 5), h("et", 5), h("nulla", 5), h("lorem", 4), h("sit", 4), h("sed", 4), h("diam", 4), h("fermentum", 4), h("ut", 4), h("eu", 4), h("aliquam", 4), h("mauris", 4), h("vitae", 4), h("felis", 4), h("ipsum", 3), h("dolor", 3), h("amet,", 3), h("elit", 3), h("euismod", 3), h("mi", 3), h("orci", 3), h("erat", 3), h("praesent", 3), h("egestas", 3), h("leo", 3), h("vel", 3), h("sapien", 3), h("integer", 3), h("curabitur", 3), h("convallis", 3), h("purus", 3), h("risus", 2), h("suspendisse", 2), h("lectus", 2), h("nec,", 2), h("ultricies", 2), h("sed,", 2), h("cras", 2), h("elementum", 2), h("ultrices", 2), h("maecenas", 2), h("massa,", 2), h("varius", 2), h("a,", 2), h("semper", 2), h("proin", 2), h("nec", 2), h("nisl", 2), h("amet", 2), h("duis", 2), h("congue", 2), h("libero", 2), h("vestibulum", 2), h("pede", 2), h("blandit", 2), h("sodales", 2), h("ante", 2), h("nibh", 2), h("ac", 2), h("aenean", 2), h("massa", 2), h("suscipit", 2), h("sollicitudin", 2), h("fusce", 2), h("tempus", 2), h("aliquam,", 2), h("nunc", 2), h("ullamcorper", 2), h("rhoncus", 2), h("metus", 2), h("faucibus,", 2), h("justo", 2), h("magna", 2), h("at", 2), h("tincidunt", 2), h("consectetur", 1), h("tortor,", 1), h("dignissim", 1), h("congue,", 1), h("non,", 1), h("porttitor,", 1), h("nonummy", 1), h("molestie,", 1), h("est", 1), h("eleifend", 1), h("mi,", 1), h("arcu", 1), h("scelerisque", 1), h("vitae,", 1), h("consequat", 1), h("in,", 1), h("pretium", 1), h("volutpat", 1), h("pharetra", 1), h("tempor", 1), h("bibendum", 1), h("odio", 1), h("dui", 1), h("primis", 1), h("faucibus", 1), h("luctus", 1), h("posuere", 1), h("cubilia", 1), h("curae,", 1), h("hendrerit", 1), h("velit", 1), h("mauris,", 1), h("gravida", 1), h("ornare", 1), h("ut,", 1), h("pulvinar", 1), h("varius,", 1), h("turpis", 1), h("nibh,", 1), h("eros", 1), h("id", 1), h("aliquet", 1), h("quis", 1), h("lobortis", 1), h("consectetuer", 1), h("morbi", 1), h("vehicula", 1), h("tortor", 1), h("tellus,", 1), h("id,", 1), h("eu,", 1), h("quam", 1), h("feugiat,", 1), h("posuere,", 1), h("iaculis", 1), h("lectus,", 1), h("tristique", 1), h("mollis,", 1), h("nisl,", 1), h("vulputate", 1), h("sem", 1), h("vivamus", 1), h("placerat", 1), h("imperdiet", 1), h("cursus", 1), h("rutrum", 1), h("iaculis,", 1), h("augue,", 1), h("lacus", 1));
}
function lorem(constraints = {}) {
  const { maxCount, mode = "words", size } = constraints;
  if (maxCount !== void 0 && maxCount < 1) throw new Error(`lorem has to produce at least one word/sentence`);
  const wordArbitrary = loremWord();
  if (mode === "sentences") return array(array(wordArbitrary, {
    minLength: 1,
    size: "small"
  }).map(wordsToSentenceMapper, wordsToSentenceUnmapperFor(wordArbitrary)), {
    minLength: 1,
    maxLength: maxCount,
    size
  }).map(sentencesToParagraphMapper, sentencesToParagraphUnmapper);
  else return array(wordArbitrary, {
    minLength: 1,
    maxLength: maxCount,
    size
  }).map(wordsToJoinedStringMapper, wordsToJoinedStringUnmapperFor(wordArbitrary));
}
function arrayToMapMapper(data) {
  return new Map(data);
}
function arrayToMapUnmapper(value) {
  if (typeof value !== "object" || value === null) throw new Error("Incompatible instance received: should be a non-null object");
  if (!("constructor" in value) || value.constructor !== Map) throw new Error("Incompatible instance received: should be of exact type Map");
  return Array.from(value);
}
function mapKeyExtractor(entry) {
  return entry[0];
}
function map(keyArb, valueArb, constraints = {}) {
  return uniqueArray(tuple(keyArb, valueArb), {
    minLength: constraints.minKeys,
    maxLength: constraints.maxKeys,
    size: constraints.size,
    selector: mapKeyExtractor,
    depthIdentifier: constraints.depthIdentifier,
    comparator: "SameValueZero"
  }).map(arrayToMapMapper, arrayToMapUnmapper);
}
var contextRemainingDepth = 10;
function memo(builder) {
  const previous = {};
  return ((maxDepth) => {
    const n = maxDepth !== void 0 ? maxDepth : contextRemainingDepth;
    if (!safeHasOwnProperty(previous, n)) {
      const prev = contextRemainingDepth;
      contextRemainingDepth = n - 1;
      previous[n] = builder(n);
      contextRemainingDepth = prev;
    }
    return previous[n];
  });
}
function countToggledBits(n) {
  let count = 0;
  while (n > SBigInt2(0)) {
    if (n & SBigInt2(1)) ++count;
    n >>= SBigInt2(1);
  }
  return count;
}
function computeNextFlags(flags, nextSize) {
  const allowedMask = (SBigInt2(1) << SBigInt2(nextSize)) - SBigInt2(1);
  const preservedFlags = flags & allowedMask;
  let numMissingFlags = countToggledBits(flags - preservedFlags);
  let nFlags = preservedFlags;
  for (let mask = SBigInt2(1); mask <= allowedMask && numMissingFlags !== 0; mask <<= SBigInt2(1)) if (!(nFlags & mask)) {
    nFlags |= mask;
    --numMissingFlags;
  }
  return nFlags;
}
function computeTogglePositions(chars, toggleCase) {
  const positions = [];
  for (let idx = chars.length - 1; idx !== -1; --idx) if (toggleCase(chars[idx]) !== chars[idx]) safePush(positions, idx);
  return positions;
}
function computeFlagsFromChars(untoggledChars, toggledChars, togglePositions) {
  let flags = SBigInt2(0);
  for (let idx = 0, mask = SBigInt2(1); idx !== togglePositions.length; ++idx, mask <<= SBigInt2(1)) if (untoggledChars[togglePositions[idx]] !== toggledChars[togglePositions[idx]]) flags |= mask;
  return flags;
}
function applyFlagsOnChars(chars, flags, togglePositions, toggleCase) {
  for (let idx = 0, mask = SBigInt2(1); idx !== togglePositions.length; ++idx, mask <<= SBigInt2(1)) if (flags & mask) chars[togglePositions[idx]] = toggleCase(chars[togglePositions[idx]]);
}
var MixedCaseArbitrary = class extends Arbitrary {
  constructor(stringArb, toggleCase, untoggleAll) {
    super();
    this.stringArb = stringArb;
    this.toggleCase = toggleCase;
    this.untoggleAll = untoggleAll;
  }
  /**
  * Create a proper context
  * @param rawStringValue
  * @param flagsValue
  */
  buildContextFor(rawStringValue, flagsValue) {
    return {
      rawString: rawStringValue.value,
      rawStringContext: rawStringValue.context,
      flags: flagsValue.value,
      flagsContext: flagsValue.context
    };
  }
  generate(mrng, biasFactor) {
    const rawStringValue = this.stringArb.generate(mrng, biasFactor);
    const chars = [...rawStringValue.value];
    const togglePositions = computeTogglePositions(chars, this.toggleCase);
    const flagsValue = bigInt(SBigInt2(0), (SBigInt2(1) << SBigInt2(togglePositions.length)) - SBigInt2(1)).generate(mrng, void 0);
    applyFlagsOnChars(chars, flagsValue.value, togglePositions, this.toggleCase);
    return new Value(safeJoin(chars, ""), this.buildContextFor(rawStringValue, flagsValue));
  }
  canShrinkWithoutContext(value) {
    if (typeof value !== "string") return false;
    return this.untoggleAll !== void 0 ? this.stringArb.canShrinkWithoutContext(this.untoggleAll(value)) : this.stringArb.canShrinkWithoutContext(value);
  }
  shrink(value, context3) {
    let contextSafe;
    if (context3 !== void 0) contextSafe = context3;
    else if (this.untoggleAll !== void 0) {
      const untoggledValue = this.untoggleAll(value);
      const valueChars = [...value];
      const untoggledValueChars = [...untoggledValue];
      contextSafe = {
        rawString: untoggledValue,
        rawStringContext: void 0,
        flags: computeFlagsFromChars(untoggledValueChars, valueChars, computeTogglePositions(untoggledValueChars, this.toggleCase)),
        flagsContext: void 0
      };
    } else contextSafe = {
      rawString: value,
      rawStringContext: void 0,
      flags: SBigInt2(0),
      flagsContext: void 0
    };
    const rawString = contextSafe.rawString;
    const flags = contextSafe.flags;
    return this.stringArb.shrink(rawString, contextSafe.rawStringContext).map((nRawStringValue) => {
      const nChars = [...nRawStringValue.value];
      const nTogglePositions = computeTogglePositions(nChars, this.toggleCase);
      const nFlags = computeNextFlags(flags, nTogglePositions.length);
      applyFlagsOnChars(nChars, nFlags, nTogglePositions, this.toggleCase);
      return new Value(safeJoin(nChars, ""), this.buildContextFor(nRawStringValue, new Value(nFlags, void 0)));
    }).join(makeLazy(() => {
      const chars = [...rawString];
      const togglePositions = computeTogglePositions(chars, this.toggleCase);
      return bigInt(SBigInt2(0), (SBigInt2(1) << SBigInt2(togglePositions.length)) - SBigInt2(1)).shrink(flags, contextSafe.flagsContext).map((nFlagsValue) => {
        const nChars = safeSlice(chars);
        applyFlagsOnChars(nChars, nFlagsValue.value, togglePositions, this.toggleCase);
        return new Value(safeJoin(nChars, ""), this.buildContextFor(new Value(rawString, contextSafe.rawStringContext), nFlagsValue));
      });
    }));
  }
};
function defaultToggleCase(rawChar) {
  const upper = safeToUpperCase(rawChar);
  if (upper !== rawChar) return upper;
  return safeToLowerCase(rawChar);
}
function mixedCase(stringArb, constraints) {
  return new MixedCaseArbitrary(stringArb, constraints && constraints.toggleCase || defaultToggleCase, constraints && constraints.untoggleAll);
}
function toTypedMapper$1(data) {
  return SFloat32Array.from(data);
}
function fromTypedUnmapper$1(value) {
  if (!(value instanceof SFloat32Array)) throw new Error("Unexpected type");
  return [...value];
}
function float32Array(constraints = {}) {
  return array(float(constraints), constraints).map(toTypedMapper$1, fromTypedUnmapper$1);
}
function toTypedMapper(data) {
  return SFloat64Array.from(data);
}
function fromTypedUnmapper(value) {
  if (!(value instanceof SFloat64Array)) throw new Error("Unexpected type");
  return [...value];
}
function float64Array(constraints = {}) {
  return array(double(constraints), constraints).map(toTypedMapper, fromTypedUnmapper);
}
function typedIntArrayArbitraryArbitraryBuilder(constraints, defaultMin, defaultMax, TypedArrayClass, arbitraryBuilder) {
  const generatorName = TypedArrayClass.name;
  const { min = defaultMin, max = defaultMax, ...arrayConstraints } = constraints;
  if (min > max) throw new Error(`Invalid range passed to ${generatorName}: min must be lower than or equal to max`);
  if (min < defaultMin) throw new Error(`Invalid min value passed to ${generatorName}: min must be greater than or equal to ${defaultMin}`);
  if (max > defaultMax) throw new Error(`Invalid max value passed to ${generatorName}: max must be lower than or equal to ${defaultMax}`);
  return array(arbitraryBuilder({
    min,
    max
  }), arrayConstraints).map((data) => TypedArrayClass.from(data), (value) => {
    if (!(value instanceof TypedArrayClass)) throw new Error("Invalid type");
    return [...value];
  });
}
function int16Array(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, -32768, 32767, SInt16Array, integer2);
}
function int32Array(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, -2147483648, 2147483647, SInt32Array, integer2);
}
function int8Array(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, -128, 127, SInt8Array, integer2);
}
function uint16Array(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, 0, 65535, SUint16Array, integer2);
}
function uint32Array(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, 0, 4294967295, SUint32Array, integer2);
}
function uint8Array(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, 0, 255, SUint8Array, integer2);
}
function uint8ClampedArray(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, 0, 255, SUint8ClampedArray, integer2);
}
function isSafeContext(context3) {
  return context3 !== void 0;
}
function toGeneratorValue(value) {
  if (value.hasToBeCloned) return new Value(value.value_, { generatorContext: value.context }, () => value.value);
  return new Value(value.value_, { generatorContext: value.context });
}
function toShrinkerValue(value) {
  if (value.hasToBeCloned) return new Value(value.value_, { shrinkerContext: value.context }, () => value.value);
  return new Value(value.value_, { shrinkerContext: value.context });
}
var WithShrinkFromOtherArbitrary = class extends Arbitrary {
  constructor(generatorArbitrary, shrinkerArbitrary) {
    super();
    this.generatorArbitrary = generatorArbitrary;
    this.shrinkerArbitrary = shrinkerArbitrary;
  }
  generate(mrng, biasFactor) {
    return toGeneratorValue(this.generatorArbitrary.generate(mrng, biasFactor));
  }
  canShrinkWithoutContext(value) {
    return this.shrinkerArbitrary.canShrinkWithoutContext(value);
  }
  shrink(value, context3) {
    if (!isSafeContext(context3)) return this.shrinkerArbitrary.shrink(value, void 0).map(toShrinkerValue);
    if ("generatorContext" in context3) return this.generatorArbitrary.shrink(value, context3.generatorContext).map(toGeneratorValue);
    return this.shrinkerArbitrary.shrink(value, context3.shrinkerContext).map(toShrinkerValue);
  }
};
function restrictedIntegerArbitraryBuilder(min, maxGenerated, max) {
  const generatorArbitrary = integer2({
    min,
    max: maxGenerated
  });
  if (maxGenerated === max) return generatorArbitrary;
  return new WithShrinkFromOtherArbitrary(generatorArbitrary, integer2({
    min,
    max
  }));
}
var safeMathMin$1 = Math.min;
var safeMathMax = Math.max;
var safeArrayIsArray$1 = SArray.isArray;
var safeObjectEntries = Object.entries;
function extractMaxIndex(indexesAndValues) {
  let maxIndex = -1;
  for (let index = 0; index !== indexesAndValues.length; ++index) maxIndex = safeMathMax(maxIndex, indexesAndValues[index][0]);
  return maxIndex;
}
function arrayFromItems(length, indexesAndValues) {
  const array2 = SArray(length);
  for (let index = 0; index !== indexesAndValues.length; ++index) {
    const it = indexesAndValues[index];
    if (it[0] < length) array2[it[0]] = it[1];
  }
  return array2;
}
function sparseArray(arb, constraints = {}) {
  const { size, minNumElements = 0, maxLength = MaxLengthUpperBound, maxNumElements = maxLength, noTrailingHole, depthIdentifier } = constraints;
  const maxGeneratedLength = maxGeneratedLengthFromSizeForArbitrary(size, maxGeneratedLengthFromSizeForArbitrary(size, minNumElements, maxNumElements, constraints.maxNumElements !== void 0), maxLength, constraints.maxLength !== void 0);
  if (minNumElements > maxLength) throw new Error(`The minimal number of non-hole elements cannot be higher than the maximal length of the array`);
  if (minNumElements > maxNumElements) throw new Error(`The minimal number of non-hole elements cannot be higher than the maximal number of non-holes`);
  const resultedMaxNumElements = safeMathMin$1(maxNumElements, maxLength);
  const resultedSizeMaxNumElements = constraints.maxNumElements !== void 0 || size !== void 0 ? size : "=";
  const sparseArrayNoTrailingHole = uniqueArray(tuple(restrictedIntegerArbitraryBuilder(0, safeMathMax(maxGeneratedLength - 1, 0), safeMathMax(maxLength - 1, 0)), arb), {
    size: resultedSizeMaxNumElements,
    minLength: minNumElements,
    maxLength: resultedMaxNumElements,
    selector: (item) => item[0],
    depthIdentifier
  }).map((items2) => {
    return arrayFromItems(extractMaxIndex(items2) + 1, items2);
  }, (value) => {
    if (!safeArrayIsArray$1(value)) throw new Error("Not supported entry type");
    if (noTrailingHole && value.length !== 0 && !(value.length - 1 in value)) throw new Error("No trailing hole");
    return safeMap(safeObjectEntries(value), (entry) => [Number(entry[0]), entry[1]]);
  });
  if (noTrailingHole || maxLength === minNumElements) return sparseArrayNoTrailingHole;
  return tuple(sparseArrayNoTrailingHole, restrictedIntegerArbitraryBuilder(minNumElements, maxGeneratedLength, maxLength)).map((data) => {
    const sparse = data[0];
    const targetLength = data[1];
    if (sparse.length >= targetLength) return sparse;
    const longerSparse = safeSlice(sparse);
    longerSparse.length = targetLength;
    return longerSparse;
  }, (value) => {
    if (!safeArrayIsArray$1(value)) throw new Error("Not supported entry type");
    return [value, value.length];
  });
}
function arrayToSetMapper(data) {
  return new Set(data);
}
function arrayToSetUnmapper(value) {
  if (typeof value !== "object" || value === null) throw new Error("Incompatible instance received: should be a non-null object");
  if (!("constructor" in value) || value.constructor !== Set) throw new Error("Incompatible instance received: should be of exact type Set");
  return Array.from(value);
}
function set(arb, constraints = {}) {
  return uniqueArray(arb, {
    minLength: constraints.minLength,
    maxLength: constraints.maxLength,
    size: constraints.size,
    depthIdentifier: constraints.depthIdentifier,
    comparator: "SameValueZero"
  }).map(arrayToSetMapper, arrayToSetUnmapper);
}
function dictOf(ka, va, maxKeys, size, depthIdentifier, withNullPrototype) {
  return dictionary(ka, va, {
    maxKeys,
    noNullPrototype: !withNullPrototype,
    size,
    depthIdentifier
  });
}
function typedArray(constraints) {
  return oneof(int8Array(constraints), uint8Array(constraints), uint8ClampedArray(constraints), int16Array(constraints), uint16Array(constraints), int32Array(constraints), uint32Array(constraints), float32Array(constraints), float64Array(constraints));
}
function anyArbitraryBuilder(constraints) {
  const arbitrariesForBase = constraints.values;
  const depthSize = constraints.depthSize;
  const depthIdentifier = createDepthIdentifier();
  const maxDepth = constraints.maxDepth;
  const maxKeys = constraints.maxKeys;
  const size = constraints.size;
  const baseArb = oneof(...arbitrariesForBase, ...constraints.withBigInt ? [bigInt()] : [], ...constraints.withDate ? [date()] : []);
  return letrec((tie) => ({
    anything: oneof({
      maxDepth,
      depthSize,
      depthIdentifier
    }, baseArb, tie("array"), tie("object"), ...constraints.withMap ? [tie("map")] : [], ...constraints.withSet ? [tie("set")] : [], ...constraints.withObjectString ? [tie("anything").map((o) => stringify(o))] : [], ...constraints.withTypedArray ? [typedArray({
      maxLength: maxKeys,
      size
    })] : [], ...constraints.withSparseArray ? [sparseArray(tie("anything"), {
      maxNumElements: maxKeys,
      size,
      depthIdentifier
    })] : []),
    keys: constraints.withObjectString ? oneof({
      arbitrary: constraints.key,
      weight: 10
    }, {
      arbitrary: tie("anything").map((o) => stringify(o)),
      weight: 1
    }) : constraints.key,
    array: array(tie("anything"), {
      maxLength: maxKeys,
      size,
      depthIdentifier
    }),
    set: set(tie("anything"), {
      maxLength: maxKeys,
      size,
      depthIdentifier
    }),
    map: oneof(map(tie("keys"), tie("anything"), {
      maxKeys,
      size,
      depthIdentifier
    }), map(tie("anything"), tie("anything"), {
      maxKeys,
      size,
      depthIdentifier
    })),
    object: dictOf(tie("keys"), tie("anything"), maxKeys, size, depthIdentifier, constraints.withNullPrototype)
  })).anything;
}
function unboxedToBoxedMapper(value) {
  switch (typeof value) {
    case "boolean":
      return new SBoolean(value);
    case "number":
      return new SNumber(value);
    case "string":
      return new SString(value);
    default:
      return value;
  }
}
function unboxedToBoxedUnmapper(value) {
  if (typeof value !== "object" || value === null || !("constructor" in value)) return value;
  return value.constructor === SBoolean || value.constructor === SNumber || value.constructor === SString ? value.valueOf() : value;
}
function boxedArbitraryBuilder(arb) {
  return arb.map(unboxedToBoxedMapper, unboxedToBoxedUnmapper);
}
function defaultValues(constraints, stringArbitrary) {
  return [
    boolean(),
    maxSafeInteger(),
    double(),
    stringArbitrary(constraints),
    oneof(stringArbitrary(constraints), constant(null), constant(void 0))
  ];
}
function boxArbitraries(arbs) {
  return arbs.map((arb) => boxedArbitraryBuilder(arb));
}
function boxArbitrariesIfNeeded(arbs, boxEnabled) {
  return boxEnabled ? boxArbitraries(arbs).concat(arbs) : arbs;
}
function toQualifiedObjectConstraints(settings = {}) {
  const valueConstraints = {
    size: settings.size,
    unit: "stringUnit" in settings ? settings.stringUnit : settings.withUnicodeString ? "binary" : void 0
  };
  return {
    key: settings.key !== void 0 ? settings.key : string(valueConstraints),
    values: boxArbitrariesIfNeeded(settings.values !== void 0 ? settings.values : defaultValues(valueConstraints, string), settings.withBoxedValues === true),
    depthSize: settings.depthSize,
    maxDepth: settings.maxDepth,
    maxKeys: settings.maxKeys,
    size: settings.size,
    withSet: settings.withSet === true,
    withMap: settings.withMap === true,
    withObjectString: settings.withObjectString === true,
    withNullPrototype: settings.withNullPrototype === true,
    withBigInt: settings.withBigInt === true,
    withDate: settings.withDate === true,
    withTypedArray: settings.withTypedArray === true,
    withSparseArray: settings.withSparseArray === true
  };
}
function objectInternal(constraints) {
  return dictionary(constraints.key, anyArbitraryBuilder(constraints), {
    maxKeys: constraints.maxKeys,
    noNullPrototype: !constraints.withNullPrototype,
    size: constraints.size
  });
}
function object(constraints) {
  return objectInternal(toQualifiedObjectConstraints(constraints));
}
function jsonConstraintsBuilder(stringArbitrary, constraints) {
  const { depthSize, maxDepth } = constraints;
  return {
    key: stringArbitrary,
    values: [
      boolean(),
      double({
        noDefaultInfinity: true,
        noNaN: true
      }),
      stringArbitrary,
      constant(null)
    ],
    depthSize,
    maxDepth
  };
}
function anything(constraints) {
  return anyArbitraryBuilder(toQualifiedObjectConstraints(constraints));
}
function jsonValue(constraints = {}) {
  const noUnicodeString = constraints.noUnicodeString === void 0 || constraints.noUnicodeString === true;
  return anything(jsonConstraintsBuilder("stringUnit" in constraints ? string({ unit: constraints.stringUnit }) : noUnicodeString ? string() : string({ unit: "binary" }), constraints));
}
var safeJsonStringify = JSON.stringify;
var safeJsonParse = JSON.parse;
function jsonStringUnmapper(value) {
  if (typeof value !== "string") throw new SError("Cannot unmap the passed value");
  return safeJsonParse(value);
}
function json(constraints = {}) {
  return jsonValue(constraints).map(safeJsonStringify, jsonStringUnmapper);
}
var safeObjectDefineProperties = Object.defineProperties;
function prettyPrint(numSeen, seenValuesStrings) {
  return `Stream(${seenValuesStrings !== void 0 ? `${safeJoin(seenValuesStrings, ",")}\u2026` : `${numSeen} emitted`})`;
}
var StreamArbitrary = class extends Arbitrary {
  constructor(arb, history) {
    super();
    this.arb = arb;
    this.history = history;
  }
  generate(mrng, biasFactor) {
    const appliedBiasFactor = biasFactor !== void 0 && mrng.nextInt(1, biasFactor) === 1 ? biasFactor : void 0;
    const enrichedProducer = () => {
      const seenValues = this.history ? [] : null;
      let numSeenValues = 0;
      const g = function* (arb, clonedMrng) {
        while (true) {
          const value = arb.generate(clonedMrng, appliedBiasFactor).value;
          numSeenValues++;
          if (seenValues !== null) safePush(seenValues, value);
          yield value;
        }
      };
      const s = new Stream2(g(this.arb, mrng.clone()));
      return safeObjectDefineProperties(s, {
        toString: { value: () => prettyPrint(numSeenValues, seenValues !== null ? seenValues.map(stringify) : void 0) },
        [toStringMethod]: { value: () => prettyPrint(numSeenValues, seenValues !== null ? seenValues.map(stringify) : void 0) },
        [asyncToStringMethod]: { value: async () => prettyPrint(numSeenValues, seenValues !== null ? await Promise.all(seenValues.map(asyncStringify)) : void 0) },
        [cloneMethod]: {
          value: enrichedProducer,
          enumerable: true
        }
      });
    };
    return new Value(enrichedProducer(), void 0);
  }
  canShrinkWithoutContext(_value) {
    return false;
  }
  shrink(_value, _context) {
    return Stream2.nil();
  }
};
function infiniteStream(arb, constraints) {
  return new StreamArbitrary(arb, constraints !== void 0 && typeof constraints === "object" && "noHistory" in constraints ? !constraints.noHistory : true);
}
function codePointsToStringMapper(tab) {
  return safeJoin(tab, "");
}
function codePointsToStringUnmapper(value) {
  if (typeof value !== "string") throw new Error("Cannot unmap the passed value");
  return [...value];
}
function stringToBase64Mapper(s) {
  switch (s.length % 4) {
    case 0:
      return s;
    case 3:
      return `${s}=`;
    case 2:
      return `${s}==`;
    default:
      return safeSubstring(s, 1);
  }
}
function stringToBase64Unmapper(value) {
  if (typeof value !== "string" || value.length % 4 !== 0) throw new Error("Invalid string received");
  const lastTrailingIndex = value.indexOf("=");
  if (lastTrailingIndex === -1) return value;
  if (value.length - lastTrailingIndex > 2) throw new Error("Cannot unmap the passed value");
  return safeSubstring(value, 0, lastTrailingIndex);
}
var safeStringFromCharCode = String.fromCharCode;
function base64Mapper(v) {
  if (v < 26) return safeStringFromCharCode(v + 65);
  if (v < 52) return safeStringFromCharCode(v + 97 - 26);
  if (v < 62) return safeStringFromCharCode(v + 48 - 52);
  return v === 62 ? "+" : "/";
}
function base64Unmapper(s) {
  if (typeof s !== "string" || s.length !== 1) throw new SError("Invalid entry");
  const v = safeCharCodeAt(s, 0);
  if (v >= 65 && v <= 90) return v - 65;
  if (v >= 97 && v <= 122) return v - 97 + 26;
  if (v >= 48 && v <= 57) return v - 48 + 52;
  return v === 43 ? 62 : v === 47 ? 63 : -1;
}
function base64() {
  return integer2({
    min: 0,
    max: 63
  }).map(base64Mapper, base64Unmapper);
}
function base64String(constraints = {}) {
  const { minLength: unscaledMinLength = 0, maxLength: unscaledMaxLength = MaxLengthUpperBound, size } = constraints;
  const minLength = unscaledMinLength + 3 - (unscaledMinLength + 3) % 4;
  const maxLength = unscaledMaxLength - unscaledMaxLength % 4;
  const requestedSize = constraints.maxLength === void 0 && size === void 0 ? "=" : size;
  if (minLength > maxLength) throw new SError("Minimal length should be inferior or equal to maximal length");
  if (minLength % 4 !== 0) throw new SError("Minimal length of base64 strings must be a multiple of 4");
  if (maxLength % 4 !== 0) throw new SError("Maximal length of base64 strings must be a multiple of 4");
  const charArbitrary = base64();
  return array(charArbitrary, {
    minLength,
    maxLength,
    size: requestedSize,
    experimentalCustomSlices: createSlicesForStringLegacy(charArbitrary, codePointsToStringUnmapper)
  }).map(codePointsToStringMapper, codePointsToStringUnmapper).map(stringToBase64Mapper, stringToBase64Unmapper);
}
var safeObjectIs = Object.is;
function isSubarrayOf(source, small) {
  const countMap = new SMap$2();
  let countMinusZero = 0;
  for (const sourceEntry of source) if (safeObjectIs(sourceEntry, -0)) ++countMinusZero;
  else safeMapSet(countMap, sourceEntry, (safeMapGet(countMap, sourceEntry) || 0) + 1);
  for (let index = 0; index !== small.length; ++index) {
    if (!(index in small)) return false;
    const smallEntry = small[index];
    if (safeObjectIs(smallEntry, -0)) {
      if (countMinusZero === 0) return false;
      --countMinusZero;
    } else {
      const oldCount = safeMapGet(countMap, smallEntry) || 0;
      if (oldCount === 0) return false;
      safeMapSet(countMap, smallEntry, oldCount - 1);
    }
  }
  return true;
}
var safeMathFloor$1 = Math.floor;
var safeMathLog = Math.log;
var safeArrayIsArray = Array.isArray;
var SubarrayArbitrary = class extends Arbitrary {
  constructor(originalArray, isOrdered, minLength, maxLength) {
    super();
    this.originalArray = originalArray;
    this.isOrdered = isOrdered;
    this.minLength = minLength;
    this.maxLength = maxLength;
    if (minLength < 0 || minLength > originalArray.length) throw new Error("fc.*{s|S}ubarrayOf expects the minimal length to be between 0 and the size of the original array");
    if (maxLength < 0 || maxLength > originalArray.length) throw new Error("fc.*{s|S}ubarrayOf expects the maximal length to be between 0 and the size of the original array");
    if (minLength > maxLength) throw new Error("fc.*{s|S}ubarrayOf expects the minimal length to be inferior or equal to the maximal length");
    this.lengthArb = new IntegerArbitrary(minLength, maxLength);
    this.biasedLengthArb = minLength !== maxLength ? new IntegerArbitrary(minLength, minLength + safeMathFloor$1(safeMathLog(maxLength - minLength) / safeMathLog(2))) : this.lengthArb;
  }
  generate(mrng, biasFactor) {
    const size = (biasFactor !== void 0 && mrng.nextInt(1, biasFactor) === 1 ? this.biasedLengthArb : this.lengthArb).generate(mrng, void 0);
    const sizeValue = size.value;
    const remainingElements = safeMap(this.originalArray, (_v, idx) => idx);
    const ids = [];
    for (let index = 0; index !== sizeValue; ++index) {
      const selectedIdIndex = mrng.nextInt(0, remainingElements.length - 1);
      safePush(ids, remainingElements[selectedIdIndex]);
      safeSplice(remainingElements, selectedIdIndex, 1);
    }
    if (this.isOrdered) safeSort(ids, (a, b) => a - b);
    return new Value(safeMap(ids, (i) => this.originalArray[i]), size.context);
  }
  canShrinkWithoutContext(value) {
    if (!safeArrayIsArray(value)) return false;
    if (!this.lengthArb.canShrinkWithoutContext(value.length)) return false;
    return isSubarrayOf(this.originalArray, value);
  }
  shrink(value, context3) {
    if (value.length === 0) return Stream2.nil();
    return this.lengthArb.shrink(value.length, context3).map((newSize) => {
      return new Value(safeSlice(value, value.length - newSize.value), newSize.context);
    }).join(value.length > this.minLength ? makeLazy(() => this.shrink(safeSlice(value, 1), void 0).filter((newValue) => this.minLength <= newValue.value.length + 1).map((newValue) => new Value([value[0], ...newValue.value], void 0))) : Stream2.nil());
  }
};
function subarray(originalArray, constraints = {}) {
  const { minLength = 0, maxLength = originalArray.length } = constraints;
  return new SubarrayArbitrary(originalArray, true, minLength, maxLength);
}
function shuffledSubarray(originalArray, constraints = {}) {
  const { minLength = 0, maxLength = originalArray.length } = constraints;
  return new SubarrayArbitrary(originalArray, false, minLength, maxLength);
}
var encodeSymbolLookupTable = {
  10: "A",
  11: "B",
  12: "C",
  13: "D",
  14: "E",
  15: "F",
  16: "G",
  17: "H",
  18: "J",
  19: "K",
  20: "M",
  21: "N",
  22: "P",
  23: "Q",
  24: "R",
  25: "S",
  26: "T",
  27: "V",
  28: "W",
  29: "X",
  30: "Y",
  31: "Z"
};
var decodeSymbolLookupTable = {
  "0": 0,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  "5": 5,
  "6": 6,
  "7": 7,
  "8": 8,
  "9": 9,
  A: 10,
  B: 11,
  C: 12,
  D: 13,
  E: 14,
  F: 15,
  G: 16,
  H: 17,
  J: 18,
  K: 19,
  M: 20,
  N: 21,
  P: 22,
  Q: 23,
  R: 24,
  S: 25,
  T: 26,
  V: 27,
  W: 28,
  X: 29,
  Y: 30,
  Z: 31
};
function encodeSymbol(symbol) {
  return symbol < 10 ? SString(symbol) : encodeSymbolLookupTable[symbol];
}
function pad(value, paddingLength) {
  let extraPadding = "";
  while (value.length + extraPadding.length < paddingLength) extraPadding += "0";
  return extraPadding + value;
}
function smallUintToBase32StringMapper(num) {
  let base32Str = "";
  for (let remaining = num; remaining !== 0; ) {
    const next = remaining >> 5;
    base32Str = encodeSymbol(remaining - (next << 5)) + base32Str;
    remaining = next;
  }
  return base32Str;
}
function uintToBase32StringMapper(num, paddingLength) {
  const head = ~~(num / 1073741824);
  const tail = num & 1073741823;
  return pad(smallUintToBase32StringMapper(head), paddingLength - 6) + pad(smallUintToBase32StringMapper(tail), 6);
}
function paddedUintToBase32StringMapper(paddingLength) {
  return function padded(num) {
    return uintToBase32StringMapper(num, paddingLength);
  };
}
function uintToBase32StringUnmapper(value) {
  if (typeof value !== "string") throw new SError("Unsupported type");
  let accumulated = 0;
  let power = 1;
  for (let index = value.length - 1; index >= 0; --index) {
    const char = value[index];
    const numericForChar = decodeSymbolLookupTable[char];
    if (numericForChar === void 0) throw new SError("Unsupported type");
    accumulated += numericForChar * power;
    power *= 32;
  }
  return accumulated;
}
var padded10Mapper = paddedUintToBase32StringMapper(10);
var padded8Mapper = paddedUintToBase32StringMapper(8);
function ulidMapper(parts) {
  return padded10Mapper(parts[0]) + padded8Mapper(parts[1]) + padded8Mapper(parts[2]);
}
function ulidUnmapper(value) {
  if (typeof value !== "string" || value.length !== 26) throw new Error("Unsupported type");
  return [
    uintToBase32StringUnmapper(value.slice(0, 10)),
    uintToBase32StringUnmapper(value.slice(10, 18)),
    uintToBase32StringUnmapper(value.slice(18))
  ];
}
function ulid() {
  return tuple(integer2({
    min: 0,
    max: 281474976710655
  }), integer2({
    min: 0,
    max: 1099511627775
  }), integer2({
    min: 0,
    max: 1099511627775
  })).map(ulidMapper, ulidUnmapper);
}
function numberToPaddedEightMapper(n) {
  return safePadStart(safeNumberToString(n, 16), 8, "0");
}
function numberToPaddedEightUnmapper(value) {
  if (typeof value !== "string") throw new Error("Unsupported type");
  if (value.length !== 8) throw new Error("Unsupported value: invalid length");
  const n = parseInt(value, 16);
  if (value !== numberToPaddedEightMapper(n)) throw new Error("Unsupported value: invalid content");
  return n;
}
function buildPaddedNumberArbitrary(min, max) {
  return integer2({
    min,
    max
  }).map(numberToPaddedEightMapper, numberToPaddedEightUnmapper);
}
function paddedEightsToUuidMapper(t) {
  return `${t[0]}-${safeSubstring(t[1], 4)}-${safeSubstring(t[1], 0, 4)}-${safeSubstring(t[2], 0, 4)}-${safeSubstring(t[2], 4)}${t[3]}`;
}
var UuidRegex = /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/;
function paddedEightsToUuidUnmapper(value) {
  if (typeof value !== "string") throw new Error("Unsupported type");
  const m = UuidRegex.exec(value);
  if (m === null) throw new Error("Unsupported type");
  return [
    m[1],
    m[3] + m[2],
    m[4] + safeSubstring(m[5], 0, 4),
    safeSubstring(m[5], 4)
  ];
}
var quickNumberToHexaString = "0123456789abcdef";
function buildVersionsAppliersForUuid(versions) {
  const mapping = {};
  const reversedMapping = {};
  for (let index = 0; index !== versions.length; ++index) {
    const from = quickNumberToHexaString[index];
    const to = quickNumberToHexaString[versions[index]];
    mapping[from] = to;
    reversedMapping[to] = from;
  }
  function versionsApplierMapper(value) {
    return mapping[value[0]] + safeSubstring(value, 1);
  }
  function versionsApplierUnmapper(value) {
    if (typeof value !== "string") throw new SError("Cannot produce non-string values");
    const rev = reversedMapping[value[0]];
    if (rev === void 0) throw new SError("Cannot produce strings not starting by the version in hexa code");
    return rev + safeSubstring(value, 1);
  }
  return {
    versionsApplierMapper,
    versionsApplierUnmapper
  };
}
function assertValidVersions(versions) {
  const found = {};
  for (const version2 of versions) {
    if (found[version2]) throw new SError(`Version ${version2} has been requested at least twice for uuid`);
    found[version2] = true;
    if (version2 < 1 || version2 > 15) throw new SError(`Version must be a value in [1-15] for uuid, but received ${version2}`);
    if (~~version2 !== version2) throw new SError(`Version must be an integer value for uuid, but received ${version2}`);
  }
  if (versions.length === 0) throw new SError(`Must provide at least one version for uuid`);
}
function uuid(constraints = {}) {
  const padded = buildPaddedNumberArbitrary(0, 4294967295);
  const version2 = constraints.version !== void 0 ? typeof constraints.version === "number" ? [constraints.version] : constraints.version : [
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8
  ];
  assertValidVersions(version2);
  const { versionsApplierMapper, versionsApplierUnmapper } = buildVersionsAppliersForUuid(version2);
  return tuple(padded, buildPaddedNumberArbitrary(0, 268435456 * version2.length - 1).map(versionsApplierMapper, versionsApplierUnmapper), buildPaddedNumberArbitrary(2147483648, 3221225471), padded).map(paddedEightsToUuidMapper, paddedEightsToUuidUnmapper);
}
function hostUserInfo(size) {
  return string({
    unit: getOrCreateAlphaNumericPercentArbitrary("-._~!$&'()*+,;=:"),
    size
  });
}
function userHostPortMapper([u, h2, p]) {
  return (u === null ? "" : `${u}@`) + h2 + (p === null ? "" : `:${p}`);
}
function userHostPortUnmapper(value) {
  if (typeof value !== "string") throw new Error("Unsupported");
  const atPosition = value.indexOf("@");
  const user = atPosition !== -1 ? value.substring(0, atPosition) : null;
  const m = /:(\d+)$/.exec(value);
  const port = m !== null ? Number(m[1]) : null;
  return [
    user,
    m !== null ? value.substring(atPosition + 1, value.length - m[1].length - 1) : value.substring(atPosition + 1),
    port
  ];
}
function bracketedMapper(s) {
  return `[${s}]`;
}
function bracketedUnmapper(value) {
  if (typeof value !== "string" || value[0] !== "[" || value[value.length - 1] !== "]") throw new Error("Unsupported");
  return value.substring(1, value.length - 1);
}
function webAuthority(constraints) {
  const c = constraints || {};
  const size = c.size;
  const hostnameArbs = [
    domain({ size }),
    ...c.withIPv4 === true ? [ipV4()] : [],
    ...c.withIPv6 === true ? [ipV6().map(bracketedMapper, bracketedUnmapper)] : [],
    ...c.withIPv4Extended === true ? [ipV4Extended()] : []
  ];
  return tuple(c.withUserInfo === true ? option(hostUserInfo(size)) : constant(null), oneof(...hostnameArbs), c.withPort === true ? option(nat(65535)) : constant(null)).map(userHostPortMapper, userHostPortUnmapper);
}
function buildUriQueryOrFragmentArbitrary(size) {
  return string({
    unit: getOrCreateAlphaNumericPercentArbitrary("-._~!$&'()*+,;=:@/?"),
    size
  });
}
function webFragments(constraints = {}) {
  return buildUriQueryOrFragmentArbitrary(constraints.size);
}
function webSegment(constraints = {}) {
  return string({
    unit: getOrCreateAlphaNumericPercentArbitrary("-._~!$&'()*+,;=:@"),
    size: constraints.size
  });
}
function segmentsToPathMapper(segments) {
  let path = "";
  for (let index = 0; index !== segments.length; ++index) path += "/" + segments[index];
  return path;
}
function segmentsToPathUnmapper(value) {
  if (typeof value !== "string") throw new Error("Incompatible value received: type");
  if (value.length !== 0 && value[0] !== "/") throw new Error("Incompatible value received: start");
  return safeSplice(safeSplit(value, "/"), 1);
}
function sqrtSize(size) {
  switch (size) {
    case "xsmall":
      return ["xsmall", "xsmall"];
    case "small":
      return ["small", "xsmall"];
    case "medium":
      return ["small", "small"];
    case "large":
      return ["medium", "small"];
    case "xlarge":
      return ["medium", "medium"];
  }
}
function buildUriPathArbitraryInternal(segmentSize, numSegmentSize) {
  return array(webSegment({ size: segmentSize }), { size: numSegmentSize }).map(segmentsToPathMapper, segmentsToPathUnmapper);
}
function buildUriPathArbitrary(resolvedSize) {
  const [segmentSize, numSegmentSize] = sqrtSize(resolvedSize);
  if (segmentSize === numSegmentSize) return buildUriPathArbitraryInternal(segmentSize, numSegmentSize);
  return oneof(buildUriPathArbitraryInternal(segmentSize, numSegmentSize), buildUriPathArbitraryInternal(numSegmentSize, segmentSize));
}
function webPath(constraints) {
  return buildUriPathArbitrary(resolveSize((constraints || {}).size));
}
function webQueryParameters(constraints = {}) {
  return buildUriQueryOrFragmentArbitrary(constraints.size);
}
function partsToUrlMapper(data) {
  const [scheme, authority, path] = data;
  return `${scheme}://${authority}${path}${data[3] === null ? "" : `?${data[3]}`}${data[4] === null ? "" : `#${data[4]}`}`;
}
var UrlSplitRegex = /^([[A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(\?[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*)?(#[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*)?$/;
function partsToUrlUnmapper(value) {
  if (typeof value !== "string") throw new Error("Incompatible value received: type");
  const m = UrlSplitRegex.exec(value);
  if (m === null) throw new Error("Incompatible value received");
  const scheme = m[1];
  const authority = m[2];
  const path = m[3];
  const query = m[4];
  const fragments = m[5];
  return [
    scheme,
    authority,
    path,
    query !== void 0 ? query.substring(1) : null,
    fragments !== void 0 ? fragments.substring(1) : null
  ];
}
function webUrl(constraints) {
  const c = constraints || {};
  const resolvedSize = resolveSize(c.size);
  const resolvedAuthoritySettingsSize = c.authoritySettings !== void 0 && c.authoritySettings.size !== void 0 ? relativeSizeToSize(c.authoritySettings.size, resolvedSize) : resolvedSize;
  const resolvedAuthoritySettings = {
    ...c.authoritySettings,
    size: resolvedAuthoritySettingsSize
  };
  return tuple(constantFrom(...c.validSchemes || ["http", "https"]), webAuthority(resolvedAuthoritySettings), webPath({ size: resolvedSize }), c.withQueryParameters === true ? option(webQueryParameters({ size: resolvedSize })) : constant(null), c.withFragments === true ? option(webFragments({ size: resolvedSize })) : constant(null)).map(partsToUrlMapper, partsToUrlUnmapper);
}
var CommandsIterable = class CommandsIterable2 {
  constructor(commands2, metadataForReplay) {
    this.commands = commands2;
    this.metadataForReplay = metadataForReplay;
    this[cloneMethod] = function() {
      return new CommandsIterable2(this.commands.map((c) => c.clone()), this.metadataForReplay);
    };
  }
  [Symbol.iterator]() {
    return this.commands[Symbol.iterator]();
  }
  toString() {
    const serializedCommands = this.commands.filter((c) => c.hasRan).map((c) => c.toString()).join(",");
    const metadata2 = this.metadataForReplay();
    return metadata2.length !== 0 ? `${serializedCommands} /*${metadata2}*/` : serializedCommands;
  }
};
var CommandWrapper = class CommandWrapper2 {
  constructor(cmd) {
    this.cmd = cmd;
    this.hasRan = false;
    if (hasToStringMethod(cmd)) {
      const method = cmd[toStringMethod];
      this[toStringMethod] = function toStringMethod2() {
        return method.call(cmd);
      };
    }
    if (hasAsyncToStringMethod(cmd)) {
      const method = cmd[asyncToStringMethod];
      this[asyncToStringMethod] = function asyncToStringMethod2() {
        return method.call(cmd);
      };
    }
  }
  check(m) {
    return this.cmd.check(m);
  }
  run(m, r) {
    this.hasRan = true;
    return this.cmd.run(m, r);
  }
  clone() {
    if (hasCloneMethod(this.cmd)) return new CommandWrapper2(this.cmd[cloneMethod]());
    return new CommandWrapper2(this.cmd);
  }
  toString() {
    return this.cmd.toString();
  }
};
var ReplayPath = class {
  /** Parse a serialized replayPath */
  static parse(replayPathStr) {
    const [serializedCount, serializedChanges] = replayPathStr.split(":");
    const counts = this.parseCounts(serializedCount);
    const changes = this.parseChanges(serializedChanges);
    return this.parseOccurences(counts, changes);
  }
  /** Stringify a replayPath */
  static stringify(replayPath) {
    const occurences = this.countOccurences(replayPath);
    return `${this.stringifyCounts(occurences)}:${this.stringifyChanges(occurences)}`;
  }
  /** Number to Base64 value */
  static intToB64(n) {
    if (n < 26) return String.fromCharCode(n + 65);
    if (n < 52) return String.fromCharCode(n + 97 - 26);
    if (n < 62) return String.fromCharCode(n + 48 - 52);
    return String.fromCharCode(n === 62 ? 43 : 47);
  }
  /** Base64 value to number */
  static b64ToInt(c) {
    if (c >= "a") return c.charCodeAt(0) - 97 + 26;
    if (c >= "A") return c.charCodeAt(0) - 65;
    if (c >= "0") return c.charCodeAt(0) - 48 + 52;
    return c === "+" ? 62 : 63;
  }
  /**
  * Divide an incoming replayPath into an array of {value, count}
  * with count is the number of consecutive occurences of value (with a max set to 64)
  *
  * Above 64, another {value, count} is created
  */
  static countOccurences(replayPath) {
    return replayPath.reduce((counts, cur) => {
      if (counts.length === 0 || counts[counts.length - 1].count === 64 || counts[counts.length - 1].value !== cur) counts.push({
        value: cur,
        count: 1
      });
      else counts[counts.length - 1].count += 1;
      return counts;
    }, []);
  }
  /**
  * Serialize an array of {value, count} back to its replayPath
  */
  static parseOccurences(counts, changes) {
    const replayPath = [];
    for (let idx = 0; idx !== counts.length; ++idx) {
      const count = counts[idx];
      const value = changes[idx];
      for (let num = 0; num !== count; ++num) replayPath.push(value);
    }
    return replayPath;
  }
  /**
  * Stringify the switch from true to false of occurences
  *
  * {value: 0}, {value: 1}, {value: 1}, {value: 0}
  * will be stringified as: 6 = (1 * 0) + (2 * 1) + (4 * 1) + (8 * 0)
  *
  * {value: 0}, {value: 1}, {value: 1}, {value: 0}, {value: 1}, {value: 0}, {value: 1}, {value: 0}
  * will be stringified as: 22, 1 [only 6 values encoded in one number]
  */
  static stringifyChanges(occurences) {
    let serializedChanges = "";
    for (let idx = 0; idx < occurences.length; idx += 6) {
      const changesInt = occurences.slice(idx, idx + 6).reduceRight((prev, cur) => (prev << 1) + (cur.value ? 1 : 0), 0);
      serializedChanges += this.intToB64(changesInt);
    }
    return serializedChanges;
  }
  /**
  * Parse switch of value
  */
  static parseChanges(serializedChanges) {
    const changesInt = serializedChanges.split("").map((c) => this.b64ToInt(c));
    const changes = [];
    for (let idx = 0; idx !== changesInt.length; ++idx) {
      let current2 = changesInt[idx];
      for (let n = 0; n !== 6; ++n, current2 >>= 1) changes.push(current2 % 2 === 1);
    }
    return changes;
  }
  /**
  * Stringify counts of occurences
  */
  static stringifyCounts(occurences) {
    return occurences.map(({ count }) => this.intToB64(count - 1)).join("");
  }
  /**
  * Parse counts
  */
  static parseCounts(serializedCount) {
    return serializedCount.split("").map((c) => this.b64ToInt(c) + 1);
  }
};
var CommandsArbitrary = class extends Arbitrary {
  constructor(commandArbs, maxGeneratedCommands, maxCommands, sourceReplayPath, disableReplayLog) {
    super();
    this.sourceReplayPath = sourceReplayPath;
    this.disableReplayLog = disableReplayLog;
    this.oneCommandArb = oneof(...commandArbs).map((c) => new CommandWrapper(c));
    this.lengthArb = restrictedIntegerArbitraryBuilder(0, maxGeneratedCommands, maxCommands);
    this.replayPath = [];
    this.replayPathPosition = 0;
  }
  metadataForReplay() {
    return this.disableReplayLog ? "" : `replayPath=${JSON.stringify(ReplayPath.stringify(this.replayPath))}`;
  }
  buildValueFor(items2, shrunkOnce) {
    const commands2 = items2.map((item) => item.value_);
    const context3 = {
      shrunkOnce,
      items: items2
    };
    return new Value(new CommandsIterable(commands2, () => this.metadataForReplay()), context3);
  }
  generate(mrng) {
    const sizeValue = this.lengthArb.generate(mrng, void 0).value;
    const items2 = Array(sizeValue);
    for (let idx = 0; idx !== sizeValue; ++idx) {
      const item = this.oneCommandArb.generate(mrng, void 0);
      items2[idx] = item;
    }
    this.replayPathPosition = 0;
    return this.buildValueFor(items2, false);
  }
  canShrinkWithoutContext(_value) {
    return false;
  }
  /** Filter commands based on the real status of the execution */
  filterOnExecution(itemsRaw) {
    const items2 = [];
    for (const c of itemsRaw) if (c.value_.hasRan) {
      this.replayPath.push(true);
      items2.push(c);
    } else this.replayPath.push(false);
    return items2;
  }
  /** Filter commands based on the internal replay state */
  filterOnReplay(itemsRaw) {
    return itemsRaw.filter((c, idx) => {
      const state = this.replayPath[this.replayPathPosition + idx];
      if (state === void 0) throw new Error(`Too short replayPath`);
      if (!state && c.value_.hasRan) throw new Error(`Mismatch between replayPath and real execution`);
      return state;
    });
  }
  /** Filter commands for shrinking purposes */
  filterForShrinkImpl(itemsRaw) {
    if (this.replayPathPosition === 0) this.replayPath = this.sourceReplayPath !== null ? ReplayPath.parse(this.sourceReplayPath) : [];
    const items2 = this.replayPathPosition < this.replayPath.length ? this.filterOnReplay(itemsRaw) : this.filterOnExecution(itemsRaw);
    this.replayPathPosition += itemsRaw.length;
    return items2;
  }
  shrink(_value, context3) {
    if (context3 === void 0) return Stream2.nil();
    const safeContext = context3;
    const shrunkOnce = safeContext.shrunkOnce;
    const itemsRaw = safeContext.items;
    const items2 = this.filterForShrinkImpl(itemsRaw);
    if (items2.length === 0) return Stream2.nil();
    const rootShrink = shrunkOnce ? Stream2.nil() : new Stream2([[]][Symbol.iterator]());
    const nextShrinks = [];
    for (let numToKeep = 0; numToKeep !== items2.length; ++numToKeep) nextShrinks.push(makeLazy(() => {
      const fixedStart = items2.slice(0, numToKeep);
      return this.lengthArb.shrink(items2.length - 1 - numToKeep, void 0).map((l) => fixedStart.concat(items2.slice(items2.length - (l.value + 1))));
    }));
    for (let itemAt = 0; itemAt !== items2.length; ++itemAt) nextShrinks.push(makeLazy(() => this.oneCommandArb.shrink(items2[itemAt].value_, items2[itemAt].context).map((v) => items2.slice(0, itemAt).concat([v], items2.slice(itemAt + 1)))));
    return rootShrink.join(...nextShrinks).map((shrinkables) => {
      return this.buildValueFor(shrinkables.map((c) => new Value(c.value_.clone(), c.context)), true);
    });
  }
};
function commands(commandArbs, constraints = {}) {
  const { size, maxCommands = MaxLengthUpperBound, disableReplayLog = false, replayPath = null } = constraints;
  return new CommandsArbitrary(commandArbs, maxGeneratedLengthFromSizeForArbitrary(size, 0, maxCommands, constraints.maxCommands !== void 0), maxCommands, replayPath, disableReplayLog);
}
var ScheduledCommand = class {
  constructor(s, cmd) {
    this.s = s;
    this.cmd = cmd;
  }
  async check(m) {
    let error = null;
    let checkPassed = false;
    if ((await this.s.scheduleSequence([{
      label: `check@${this.cmd.toString()}`,
      builder: async () => {
        try {
          checkPassed = await Promise.resolve(this.cmd.check(m));
        } catch (err) {
          error = err;
          throw err;
        }
      }
    }]).task).faulty) throw error;
    return checkPassed;
  }
  async run(m, r) {
    let error = null;
    if ((await this.s.scheduleSequence([{
      label: `run@${this.cmd.toString()}`,
      builder: async () => {
        try {
          await this.cmd.run(m, r);
        } catch (err) {
          error = err;
          throw err;
        }
      }
    }]).task).faulty) throw error;
  }
};
var scheduleCommands = function* (s, cmds) {
  for (const cmd of cmds) yield new ScheduledCommand(s, cmd);
};
var genericModelRun = (s, cmds, initialValue, runCmd, then) => {
  return s.then((o) => {
    const { model, real } = o;
    let state = initialValue;
    for (const c of cmds) state = then(state, () => {
      return runCmd(c, model, real);
    });
    return state;
  });
};
var internalModelRun = (s, cmds) => {
  const then = (_p, c) => c();
  const setupProducer = { then: (fun) => {
    fun(s());
  } };
  const runSync = (cmd, m, r) => {
    if (cmd.check(m)) cmd.run(m, r);
  };
  return genericModelRun(setupProducer, cmds, void 0, runSync, then);
};
var isAsyncSetup = (s) => {
  return typeof s.then === "function";
};
var internalAsyncModelRun = async (s, cmds, defaultPromise = Promise.resolve()) => {
  const then = (p, c) => p.then(c);
  const setupProducer = { then: (fun) => {
    const out = s();
    if (isAsyncSetup(out)) return out.then(fun);
    else return fun(out);
  } };
  const runAsync = async (cmd, m, r) => {
    if (await cmd.check(m)) await cmd.run(m, r);
  };
  return await genericModelRun(setupProducer, cmds, defaultPromise, runAsync, then);
};
function modelRun(s, cmds) {
  internalModelRun(s, cmds);
}
async function asyncModelRun(s, cmds) {
  await internalAsyncModelRun(s, cmds);
}
async function scheduledModelRun(scheduler2, s, cmds) {
  const scheduledCommands = scheduleCommands(scheduler2, cmds);
  const out = internalAsyncModelRun(s, scheduledCommands, scheduler2.schedule(Promise.resolve(), "startModel"));
  await scheduler2.waitFor(out);
  await scheduler2.waitAll();
}
var defaultSchedulerAct = (f) => f();
var SchedulerImplem = class SchedulerImplem2 {
  constructor(act, taskSelector) {
    this.act = act;
    this.taskSelector = taskSelector;
    this.lastTaskId = 0;
    this.sourceTaskSelector = taskSelector.clone();
    this.scheduledTasks = [];
    this.triggeredTasks = [];
    this.scheduledWatchers = [];
    this[cloneMethod] = function() {
      return new SchedulerImplem2(this.act, this.sourceTaskSelector.clone());
    };
  }
  static buildLog(reportItem) {
    return `[task\${${reportItem.taskId}}] ${reportItem.label.length !== 0 ? `${reportItem.schedulingType}::${reportItem.label}` : reportItem.schedulingType} ${reportItem.status}${reportItem.outputValue !== void 0 ? ` with value ${escapeForTemplateString(reportItem.outputValue)}` : ""}`;
  }
  log(schedulingType, taskId, label, metadata2, status, data) {
    this.triggeredTasks.push({
      status,
      schedulingType,
      taskId,
      label,
      metadata: metadata2,
      outputValue: data !== void 0 ? stringify(data) : void 0
    });
  }
  scheduleInternal(schedulingType, label, task, metadata2, customAct, thenTaskToBeAwaited) {
    const taskId = ++this.lastTaskId;
    let trigger = void 0;
    const scheduledPromise = new Promise((resolve2, reject) => {
      trigger = () => {
        const promise = Promise.resolve(thenTaskToBeAwaited !== void 0 ? task.then(() => thenTaskToBeAwaited()) : task);
        promise.then((data) => {
          this.log(schedulingType, taskId, label, metadata2, "resolved", data);
          resolve2(data);
        }, (err) => {
          this.log(schedulingType, taskId, label, metadata2, "rejected", err);
          reject(err);
        });
        return promise;
      };
    });
    this.scheduledTasks.push({
      original: task,
      trigger,
      schedulingType,
      taskId,
      label,
      metadata: metadata2,
      customAct
    });
    if (this.scheduledWatchers.length !== 0) this.scheduledWatchers[0]();
    return scheduledPromise;
  }
  schedule(task, label, metadata2, customAct) {
    return this.scheduleInternal("promise", label || "", task, metadata2, customAct || defaultSchedulerAct);
  }
  scheduleFunction(asyncFunction, customAct) {
    return (...args) => this.scheduleInternal("function", `${asyncFunction.name}(${args.map(stringify).join(",")})`, asyncFunction(...args), void 0, customAct || defaultSchedulerAct);
  }
  scheduleSequence(sequenceBuilders, customAct) {
    const status = {
      done: false,
      faulty: false
    };
    const dummyResolvedPromise = { then: (f) => f() };
    let resolveSequenceTask = () => {
    };
    const sequenceTask = new Promise((resolve2) => {
      resolveSequenceTask = () => resolve2({
        done: status.done,
        faulty: status.faulty
      });
    });
    const onFaultyItemNoThrow = () => {
      status.faulty = true;
      resolveSequenceTask();
    };
    const onDone = () => {
      status.done = true;
      resolveSequenceTask();
    };
    const registerNextBuilder = (index, previous) => {
      if (index >= sequenceBuilders.length) {
        previous.then(onDone, onFaultyItemNoThrow);
        return;
      }
      previous.then(() => {
        const item = sequenceBuilders[index];
        const [builder, label, metadata2] = typeof item === "function" ? [
          item,
          item.name,
          void 0
        ] : [
          item.builder,
          item.label,
          item.metadata
        ];
        const scheduled = this.scheduleInternal("sequence", label, dummyResolvedPromise, metadata2, customAct || defaultSchedulerAct, () => builder());
        registerNextBuilder(index + 1, scheduled);
      }, onFaultyItemNoThrow);
    };
    registerNextBuilder(0, dummyResolvedPromise);
    return Object.assign(status, { task: sequenceTask });
  }
  count() {
    return this.scheduledTasks.length;
  }
  internalWaitOne() {
    if (this.scheduledTasks.length === 0) throw new Error("No task scheduled");
    const taskIndex = this.taskSelector.nextTaskIndex(this.scheduledTasks);
    const [scheduledTask] = this.scheduledTasks.splice(taskIndex, 1);
    return scheduledTask.customAct(() => {
      return scheduledTask.trigger().catch((_err) => {
      });
    });
  }
  waitOne(customAct) {
    const waitAct = customAct || defaultSchedulerAct;
    return this.act(() => waitAct(() => this.internalWaitOne()));
  }
  async waitAll(customAct) {
    while (this.scheduledTasks.length > 0) await this.waitOne(customAct);
  }
  async internalWaitFor(unscheduledTask, options) {
    let taskResolved = false;
    const customAct = options.customAct;
    const onWaitStart = options.onWaitStart;
    const onWaitIdle = options.onWaitIdle;
    const launchAwaiterOnInit = options.launchAwaiterOnInit;
    let resolveFinal = void 0;
    let rejectFinal = void 0;
    let awaiterTicks = 0;
    let awaiterPromise = null;
    let awaiterScheduledTaskPromise = null;
    const awaiter = async () => {
      awaiterTicks = 50;
      for (awaiterTicks = 50; !taskResolved && awaiterTicks > 0; --awaiterTicks) await Promise.resolve();
      if (!taskResolved && this.scheduledTasks.length > 0) {
        if (onWaitStart !== void 0) onWaitStart();
        awaiterScheduledTaskPromise = this.waitOne(customAct);
        return awaiterScheduledTaskPromise.then(() => {
          awaiterScheduledTaskPromise = null;
          return awaiter();
        }, (err) => {
          awaiterScheduledTaskPromise = null;
          taskResolved = true;
          rejectFinal(err);
          throw err;
        });
      }
      if (!taskResolved && onWaitIdle !== void 0) onWaitIdle();
      awaiterPromise = null;
    };
    const handleNotified = () => {
      if (awaiterPromise !== null) {
        awaiterTicks = 51;
        return;
      }
      awaiterPromise = awaiter().catch(() => {
      });
    };
    const clearAndReplaceWatcher = () => {
      const handleNotifiedIndex = this.scheduledWatchers.indexOf(handleNotified);
      if (handleNotifiedIndex !== -1) this.scheduledWatchers.splice(handleNotifiedIndex, 1);
      if (handleNotifiedIndex === 0 && this.scheduledWatchers.length !== 0) this.scheduledWatchers[0]();
    };
    const finalTask = new Promise((resolve2, reject) => {
      resolveFinal = (value) => {
        clearAndReplaceWatcher();
        resolve2(value);
      };
      rejectFinal = (error) => {
        clearAndReplaceWatcher();
        reject(error);
      };
    });
    unscheduledTask.then((ret) => {
      taskResolved = true;
      if (awaiterScheduledTaskPromise === null) resolveFinal(ret);
      else awaiterScheduledTaskPromise.then(() => resolveFinal(ret), (error) => rejectFinal(error));
    }, (err) => {
      taskResolved = true;
      if (awaiterScheduledTaskPromise === null) rejectFinal(err);
      else awaiterScheduledTaskPromise.then(() => rejectFinal(err), () => rejectFinal(err));
    });
    if ((this.scheduledTasks.length > 0 || launchAwaiterOnInit) && this.scheduledWatchers.length === 0) handleNotified();
    this.scheduledWatchers.push(handleNotified);
    return finalTask;
  }
  waitNext(count, customAct) {
    let resolver = void 0;
    let remaining = count;
    const awaited = remaining <= 0 ? Promise.resolve() : new Promise((r) => {
      resolver = () => {
        if (--remaining <= 0) r();
      };
    });
    return this.internalWaitFor(awaited, {
      customAct,
      onWaitStart: resolver,
      onWaitIdle: void 0,
      launchAwaiterOnInit: false
    });
  }
  waitIdle(customAct) {
    let resolver = void 0;
    const awaited = new Promise((r) => resolver = r);
    return this.internalWaitFor(awaited, {
      customAct,
      onWaitStart: void 0,
      onWaitIdle: resolver,
      launchAwaiterOnInit: true
    });
  }
  waitFor(unscheduledTask, customAct) {
    return this.internalWaitFor(unscheduledTask, {
      customAct,
      onWaitStart: void 0,
      onWaitIdle: void 0,
      launchAwaiterOnInit: false
    });
  }
  report() {
    return [...this.triggeredTasks, ...this.scheduledTasks.map((t) => ({
      status: "pending",
      schedulingType: t.schedulingType,
      taskId: t.taskId,
      label: t.label,
      metadata: t.metadata
    }))];
  }
  toString() {
    return "schedulerFor()`\n" + this.report().map(SchedulerImplem2.buildLog).map((log) => `-> ${log}`).join("\n") + "`";
  }
};
function buildNextTaskIndex$1(ordering) {
  let numTasks = 0;
  return {
    clone: () => buildNextTaskIndex$1(ordering),
    nextTaskIndex: (scheduledTasks) => {
      if (ordering.length <= numTasks) throw new Error(`Invalid schedulerFor defined: too many tasks have been scheduled`);
      const taskIndex = scheduledTasks.findIndex((t) => t.taskId === ordering[numTasks]);
      if (taskIndex === -1) throw new Error(`Invalid schedulerFor defined: unable to find next task`);
      ++numTasks;
      return taskIndex;
    }
  };
}
function buildSchedulerFor(act, ordering) {
  return new SchedulerImplem(act, buildNextTaskIndex$1(ordering));
}
function buildNextTaskIndex(mrng) {
  const clonedMrng = mrng.clone();
  return {
    clone: () => buildNextTaskIndex(mrng),
    nextTaskIndex: (scheduledTasks) => {
      return clonedMrng.nextInt(0, scheduledTasks.length - 1);
    }
  };
}
var SchedulerArbitrary = class extends Arbitrary {
  constructor(act) {
    super();
    this.act = act;
  }
  generate(mrng, _biasFactor) {
    return new Value(new SchedulerImplem(this.act, buildNextTaskIndex(mrng.clone())), void 0);
  }
  canShrinkWithoutContext(_value) {
    return false;
  }
  shrink(_value, _context) {
    return Stream2.nil();
  }
};
function scheduler(constraints) {
  const { act = (f) => f() } = constraints || {};
  return new SchedulerArbitrary(act);
}
function schedulerFor(customOrderingOrConstraints, constraintsOrUndefined) {
  const { act = (f) => f() } = Array.isArray(customOrderingOrConstraints) ? constraintsOrUndefined || {} : customOrderingOrConstraints || {};
  if (Array.isArray(customOrderingOrConstraints)) return buildSchedulerFor(act, customOrderingOrConstraints);
  return function(_strs, ...ordering) {
    return buildSchedulerFor(act, ordering);
  };
}
function bigInt64Array(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, SBigInt2("-9223372036854775808"), SBigInt2("9223372036854775807"), SBigInt64Array, bigInt);
}
function bigUint64Array(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, SBigInt2(0), SBigInt2("18446744073709551615"), SBigUint64Array, bigInt);
}
function noSuchValue(_value, returnedValue) {
  return returnedValue;
}
var safeMathFloor = Math.floor;
var safeMathMin = Math.min;
function clampRegexAstInternal(astNode, maxLength) {
  switch (astNode.type) {
    case "Char":
      return {
        astNode,
        minLength: 1
      };
    case "Repetition":
      switch (astNode.quantifier.kind) {
        case "*": {
          const clamped = clampRegexAstInternal(astNode.expression, maxLength);
          return {
            astNode: {
              type: "Repetition",
              quantifier: {
                ...astNode.quantifier,
                kind: "Range",
                from: 0,
                to: maxLength
              },
              expression: clamped.astNode
            },
            minLength: 0
          };
        }
        case "+": {
          const clamped = clampRegexAstInternal(astNode.expression, maxLength);
          const scaledClampedMinLength = clamped.minLength > 1 ? clamped.minLength : 1;
          return {
            astNode: {
              type: "Repetition",
              quantifier: {
                ...astNode.quantifier,
                kind: "Range",
                from: 1,
                to: safeMathFloor(maxLength / scaledClampedMinLength)
              },
              expression: clamped.astNode
            },
            minLength: clamped.minLength
          };
        }
        case "?": {
          const clamped = clampRegexAstInternal(astNode.expression, maxLength);
          if (maxLength < clamped.minLength) return {
            astNode: {
              type: "Repetition",
              quantifier: {
                ...astNode.quantifier,
                kind: "Range",
                from: 0,
                to: 0
              },
              expression: clamped.astNode
            },
            minLength: 0
          };
          return {
            astNode: {
              ...astNode,
              expression: clamped.astNode
            },
            minLength: 0
          };
        }
        case "Range": {
          const scaledMaxLength = astNode.quantifier.from > 1 ? safeMathFloor(maxLength / astNode.quantifier.from) : maxLength;
          const clamped = clampRegexAstInternal(astNode.expression, scaledMaxLength);
          const scaledClampedMinLength = clamped.minLength > 1 ? clamped.minLength : 1;
          if (astNode.quantifier.to === void 0 || astNode.quantifier.to * scaledClampedMinLength > maxLength) return {
            astNode: {
              type: "Repetition",
              quantifier: {
                ...astNode.quantifier,
                kind: "Range",
                to: safeMathFloor(maxLength / scaledClampedMinLength)
              },
              expression: clamped.astNode
            },
            minLength: astNode.quantifier.from * clamped.minLength
          };
          return {
            astNode: {
              ...astNode,
              expression: clamped.astNode
            },
            minLength: astNode.quantifier.from * clamped.minLength
          };
        }
        default:
          return noSuchValue(astNode.quantifier, {
            astNode,
            minLength: 0
          });
      }
    case "Quantifier":
      return {
        astNode,
        minLength: 0
      };
    case "Alternative": {
      let totalMinLength = 0;
      const extendedClampeds = [];
      for (let index = 0; index !== astNode.expressions.length; ++index) {
        const temporaryAllowance = maxLength - totalMinLength;
        const clamped = clampRegexAstInternal(astNode.expressions[index], temporaryAllowance);
        totalMinLength += clamped.minLength;
        safePush(extendedClampeds, {
          value: clamped,
          allowance: temporaryAllowance
        });
      }
      const refinedExpressions = [];
      for (let index = 0; index !== extendedClampeds.length; ++index) {
        const current2 = extendedClampeds[index].value;
        const pastAllowance = extendedClampeds[index].allowance;
        const allowance = maxLength - totalMinLength + current2.minLength;
        safePush(refinedExpressions, (allowance !== pastAllowance ? clampRegexAstInternal(current2.astNode, allowance) : current2).astNode);
      }
      return {
        astNode: {
          ...astNode,
          expressions: refinedExpressions
        },
        minLength: totalMinLength
      };
    }
    case "CharacterClass":
      return {
        astNode,
        minLength: 1
      };
    case "ClassRange":
      return {
        astNode,
        minLength: 1
      };
    case "Group": {
      const clamped = clampRegexAstInternal(astNode.expression, maxLength);
      return {
        astNode: {
          ...astNode,
          expression: clamped.astNode
        },
        minLength: clamped.minLength
      };
    }
    case "Disjunction": {
      if (astNode.left === null) {
        if (astNode.right === null) return {
          astNode,
          minLength: 0
        };
        const clampedRight2 = clampRegexAstInternal(astNode.right, maxLength);
        const refinedRight = clampedRight2.minLength > maxLength ? null : clampedRight2.astNode;
        return {
          astNode: {
            ...astNode,
            left: null,
            right: refinedRight
          },
          minLength: 0
        };
      }
      if (astNode.right === null) {
        const clampLeft = clampRegexAstInternal(astNode.left, maxLength);
        const refinedLeft = clampLeft.minLength > maxLength ? null : clampLeft.astNode;
        return {
          astNode: {
            ...astNode,
            left: refinedLeft,
            right: null
          },
          minLength: 0
        };
      }
      const clampedLeft = clampRegexAstInternal(astNode.left, maxLength);
      const clampedRight = clampRegexAstInternal(astNode.right, maxLength);
      if (clampedLeft.minLength > maxLength) return clampedRight;
      if (clampedRight.minLength > maxLength) return clampedLeft;
      return {
        astNode: {
          ...astNode,
          left: clampedLeft.astNode,
          right: clampedRight.astNode
        },
        minLength: safeMathMin(clampedLeft.minLength, clampedRight.minLength)
      };
    }
    case "Assertion":
      return {
        astNode,
        minLength: 0
      };
    case "Backreference":
      return {
        astNode,
        minLength: 0
      };
    case "UnicodeProperty":
      return {
        astNode,
        minLength: 1
      };
  }
}
function clampRegexAst(astNode, maxLength) {
  return clampRegexAstInternal(astNode, maxLength).astNode;
}
function raiseUnsupportedASTNode$1(astNode) {
  return /* @__PURE__ */ new Error(`Unsupported AST node! Received: ${stringify(astNode)}`);
}
function addMissingDotStarTraversalAddMissing(astNode, isFirst, isLast) {
  if (!isFirst && !isLast) return astNode;
  const traversalResults = {
    hasStart: false,
    hasEnd: false
  };
  const revampedNode = addMissingDotStarTraversal(astNode, isFirst, isLast, traversalResults);
  const missingStart = isFirst && !traversalResults.hasStart;
  const missingEnd = isLast && !traversalResults.hasEnd;
  if (!missingStart && !missingEnd) return revampedNode;
  const expressions = [];
  if (missingStart) {
    expressions.push({
      type: "Assertion",
      kind: "^"
    });
    expressions.push({
      type: "Repetition",
      quantifier: {
        type: "Quantifier",
        kind: "*",
        greedy: true
      },
      expression: {
        type: "Char",
        kind: "meta",
        symbol: ".",
        value: ".",
        codePoint: NaN
      }
    });
  }
  expressions.push(revampedNode);
  if (missingEnd) {
    expressions.push({
      type: "Repetition",
      quantifier: {
        type: "Quantifier",
        kind: "*",
        greedy: true
      },
      expression: {
        type: "Char",
        kind: "meta",
        symbol: ".",
        value: ".",
        codePoint: NaN
      }
    });
    expressions.push({
      type: "Assertion",
      kind: "$"
    });
  }
  return {
    type: "Group",
    capturing: false,
    expression: {
      type: "Alternative",
      expressions
    }
  };
}
function addMissingDotStarTraversal(astNode, isFirst, isLast, traversalResults) {
  switch (astNode.type) {
    case "Char":
      return astNode;
    case "Repetition":
      return astNode;
    case "Quantifier":
      throw new Error(`Wrongly defined AST tree, Quantifier nodes not supposed to be scanned!`);
    case "Alternative":
      traversalResults.hasStart = true;
      traversalResults.hasEnd = true;
      return {
        ...astNode,
        expressions: astNode.expressions.map((node, index) => addMissingDotStarTraversalAddMissing(node, isFirst && index === 0, isLast && index === astNode.expressions.length - 1))
      };
    case "CharacterClass":
      return astNode;
    case "ClassRange":
      return astNode;
    case "Group":
      return {
        ...astNode,
        expression: addMissingDotStarTraversal(astNode.expression, isFirst, isLast, traversalResults)
      };
    case "Disjunction":
      traversalResults.hasStart = true;
      traversalResults.hasEnd = true;
      return {
        ...astNode,
        left: astNode.left !== null ? addMissingDotStarTraversalAddMissing(astNode.left, isFirst, isLast) : null,
        right: astNode.right !== null ? addMissingDotStarTraversalAddMissing(astNode.right, isFirst, isLast) : null
      };
    case "Assertion":
      if (astNode.kind === "^" || astNode.kind === "Lookahead") {
        traversalResults.hasStart = true;
        return astNode;
      } else if (astNode.kind === "$" || astNode.kind === "Lookbehind") {
        traversalResults.hasEnd = true;
        return astNode;
      } else throw new Error(`Assertions of kind ${astNode.kind} not implemented yet!`);
    case "Backreference":
      return astNode;
    case "UnicodeProperty":
      return astNode;
    default:
      throw raiseUnsupportedASTNode$1(astNode);
  }
}
function addMissingDotStar(astNode) {
  return addMissingDotStarTraversalAddMissing(astNode, true, true);
}
function charSizeAt(text2, pos) {
  return text2[pos] >= "\uD800" && text2[pos] <= "\uDBFF" && text2[pos + 1] >= "\uDC00" && text2[pos + 1] <= "\uDFFF" ? 2 : 1;
}
function isHexaDigit(char) {
  return char >= "0" && char <= "9" || char >= "a" && char <= "f" || char >= "A" && char <= "F";
}
function isDigit$1(char) {
  return char >= "0" && char <= "9";
}
function squaredBracketBlockContentEndFrom(text2, from) {
  for (let index = from; index !== text2.length; ++index) {
    const char = text2[index];
    if (char === "\\") index += 1;
    else if (char === "]") return index;
  }
  throw new Error(`Missing closing ']'`);
}
function parenthesisBlockContentEndFrom(text2, from) {
  let numExtraOpened = 0;
  for (let index = from; index !== text2.length; ++index) {
    const char = text2[index];
    if (char === "\\") index += 1;
    else if (char === ")") {
      if (numExtraOpened === 0) return index;
      numExtraOpened -= 1;
    } else if (char === "[") index = squaredBracketBlockContentEndFrom(text2, index);
    else if (char === "(") numExtraOpened += 1;
  }
  throw new Error(`Missing closing ')'`);
}
function curlyBracketBlockContentEndFrom(text2, from) {
  let foundComma = false;
  for (let index = from; index !== text2.length; ++index) {
    const char = text2[index];
    if (isDigit$1(char)) {
    } else if (from === index) return -1;
    else if (char === ",") {
      if (foundComma) return -1;
      foundComma = true;
    } else if (char === "}") return index;
    else return -1;
  }
  return -1;
}
function blockEndFrom(text2, from, unicodeMode, mode) {
  switch (text2[from]) {
    case "[":
      if (mode === 1) return from + 1;
      return squaredBracketBlockContentEndFrom(text2, from + 1) + 1;
    case "{": {
      if (mode === 1) return from + 1;
      const foundEnd = curlyBracketBlockContentEndFrom(text2, from + 1);
      if (foundEnd === -1) return from + 1;
      return foundEnd + 1;
    }
    case "(":
      if (mode === 1) return from + 1;
      return parenthesisBlockContentEndFrom(text2, from + 1) + 1;
    case "]":
    case "}":
    case ")":
      return from + 1;
    case "\\": {
      const next1 = text2[from + 1];
      switch (next1) {
        case "x":
          if (isHexaDigit(text2[from + 2]) && isHexaDigit(text2[from + 3])) return from + 4;
          if (!unicodeMode) return from + 2;
          throw new Error(`Unexpected token '${text2.substring(from, from + 4)}' found`);
        case "u":
          if (text2[from + 2] === "{") {
            if (!unicodeMode) return from + 2;
            let end = from + 3;
            while (end < text2.length && isHexaDigit(text2[end])) ++end;
            if (end === from + 3 || text2[end] !== "}" || Number.parseInt(text2.substring(from + 3, end), 16) > 1114111) throw new Error(`Unexpected token '${text2.substring(from, end + 1)}' found`);
            return end + 1;
          }
          if (isHexaDigit(text2[from + 2]) && isHexaDigit(text2[from + 3]) && isHexaDigit(text2[from + 4]) && isHexaDigit(text2[from + 5])) {
            if (unicodeMode && text2[from + 6] === "\\" && text2[from + 7] === "u" && isHexaDigit(text2[from + 8]) && isHexaDigit(text2[from + 9]) && isHexaDigit(text2[from + 10]) && isHexaDigit(text2[from + 11])) {
              const lead = Number.parseInt(text2.substring(from + 2, from + 6), 16);
              const trail = Number.parseInt(text2.substring(from + 8, from + 12), 16);
              if (lead >= 55296 && lead <= 56319 && trail >= 56320 && trail <= 57343) return from + 12;
            }
            return from + 6;
          }
          if (!unicodeMode) return from + 2;
          throw new Error(`Unexpected token '${text2.substring(from, from + 6)}' found`);
        case "p":
        case "P": {
          if (!unicodeMode) return from + 2;
          let subIndex = from + 2;
          for (; subIndex < text2.length && text2[subIndex] !== "}"; subIndex += text2[subIndex] === "\\" ? 2 : 1) ;
          if (text2[subIndex] !== "}") throw new Error(`Invalid \\P definition`);
          return subIndex + 1;
        }
        case "k": {
          let subIndex = from + 2;
          for (; subIndex < text2.length && text2[subIndex] !== ">"; ++subIndex) ;
          if (text2[subIndex] !== ">") {
            if (!unicodeMode) return from + 2;
            throw new Error(`Invalid \\k definition`);
          }
          return subIndex + 1;
        }
        default:
          if (isDigit$1(next1)) {
            const maxIndex = unicodeMode ? text2.length : Math.min(from + 4, text2.length);
            let subIndex = from + 2;
            for (; subIndex < maxIndex && isDigit$1(text2[subIndex]); ++subIndex) ;
            return subIndex;
          }
          return from + (unicodeMode ? charSizeAt(text2, from + 1) : 1) + 1;
      }
    }
    default:
      return from + (unicodeMode ? charSizeAt(text2, from) : 1);
  }
}
function readFrom(text2, from, unicodeMode, mode) {
  const to = blockEndFrom(text2, from, unicodeMode, mode);
  return text2.substring(from, to);
}
var NON_BINARY_ALIASES_TO_PROP_NAMES = {
  gc: "General_Category",
  sc: "Script",
  scx: "Script_Extensions"
};
var BINARY_PROP_NAMES_TO_ALIASES = {
  ASCII: "ASCII",
  ASCII_Hex_Digit: "AHex",
  Alphabetic: "Alpha",
  Any: "Any",
  Assigned: "Assigned",
  Bidi_Control: "Bidi_C",
  Bidi_Mirrored: "Bidi_M",
  Case_Ignorable: "CI",
  Cased: "Cased",
  Changes_When_Casefolded: "CWCF",
  Changes_When_Casemapped: "CWCM",
  Changes_When_Lowercased: "CWL",
  Changes_When_NFKC_Casefolded: "CWKCF",
  Changes_When_Titlecased: "CWT",
  Changes_When_Uppercased: "CWU",
  Dash: "Dash",
  Default_Ignorable_Code_Point: "DI",
  Deprecated: "Dep",
  Diacritic: "Dia",
  Emoji: "Emoji",
  Emoji_Component: "Emoji_Component",
  Emoji_Modifier: "Emoji_Modifier",
  Emoji_Modifier_Base: "Emoji_Modifier_Base",
  Emoji_Presentation: "Emoji_Presentation",
  Extended_Pictographic: "Extended_Pictographic",
  Extender: "Ext",
  Grapheme_Base: "Gr_Base",
  Grapheme_Extend: "Gr_Ext",
  Hex_Digit: "Hex",
  IDS_Binary_Operator: "IDSB",
  IDS_Trinary_Operator: "IDST",
  ID_Continue: "IDC",
  ID_Start: "IDS",
  Ideographic: "Ideo",
  Join_Control: "Join_C",
  Logical_Order_Exception: "LOE",
  Lowercase: "Lower",
  Math: "Math",
  Noncharacter_Code_Point: "NChar",
  Pattern_Syntax: "Pat_Syn",
  Pattern_White_Space: "Pat_WS",
  Quotation_Mark: "QMark",
  Radical: "Radical",
  Regional_Indicator: "RI",
  Sentence_Terminal: "STerm",
  Soft_Dotted: "SD",
  Terminal_Punctuation: "Term",
  Unified_Ideograph: "UIdeo",
  Uppercase: "Upper",
  Variation_Selector: "VS",
  White_Space: "space",
  XID_Continue: "XIDC",
  XID_Start: "XIDS"
};
var BINARY_ALIASES_TO_PROP_NAMES = inverseMap(BINARY_PROP_NAMES_TO_ALIASES);
var GENERAL_CATEGORY_VALUE_TO_ALIASES = {
  Cased_Letter: "LC",
  Close_Punctuation: "Pe",
  Connector_Punctuation: "Pc",
  Control: ["Cc", "cntrl"],
  Currency_Symbol: "Sc",
  Dash_Punctuation: "Pd",
  Decimal_Number: ["Nd", "digit"],
  Enclosing_Mark: "Me",
  Final_Punctuation: "Pf",
  Format: "Cf",
  Initial_Punctuation: "Pi",
  Letter: "L",
  Letter_Number: "Nl",
  Line_Separator: "Zl",
  Lowercase_Letter: "Ll",
  Mark: ["M", "Combining_Mark"],
  Math_Symbol: "Sm",
  Modifier_Letter: "Lm",
  Modifier_Symbol: "Sk",
  Nonspacing_Mark: "Mn",
  Number: "N",
  Open_Punctuation: "Ps",
  Other: "C",
  Other_Letter: "Lo",
  Other_Number: "No",
  Other_Punctuation: "Po",
  Other_Symbol: "So",
  Paragraph_Separator: "Zp",
  Private_Use: "Co",
  Punctuation: ["P", "punct"],
  Separator: "Z",
  Space_Separator: "Zs",
  Spacing_Mark: "Mc",
  Surrogate: "Cs",
  Symbol: "S",
  Titlecase_Letter: "Lt",
  Unassigned: "Cn",
  Uppercase_Letter: "Lu"
};
var GENERAL_CATEGORY_VALUE_ALIASES_TO_VALUES = inverseMap(GENERAL_CATEGORY_VALUE_TO_ALIASES);
var SCRIPT_VALUE_TO_ALIASES = {
  Adlam: "Adlm",
  Ahom: "Ahom",
  Anatolian_Hieroglyphs: "Hluw",
  Arabic: "Arab",
  Armenian: "Armn",
  Avestan: "Avst",
  Balinese: "Bali",
  Bamum: "Bamu",
  Bassa_Vah: "Bass",
  Batak: "Batk",
  Bengali: "Beng",
  Bhaiksuki: "Bhks",
  Bopomofo: "Bopo",
  Brahmi: "Brah",
  Braille: "Brai",
  Buginese: "Bugi",
  Buhid: "Buhd",
  Canadian_Aboriginal: "Cans",
  Carian: "Cari",
  Caucasian_Albanian: "Aghb",
  Chakma: "Cakm",
  Cham: "Cham",
  Cherokee: "Cher",
  Common: "Zyyy",
  Coptic: ["Copt", "Qaac"],
  Cuneiform: "Xsux",
  Cypriot: "Cprt",
  Cyrillic: "Cyrl",
  Deseret: "Dsrt",
  Devanagari: "Deva",
  Dogra: "Dogr",
  Duployan: "Dupl",
  Egyptian_Hieroglyphs: "Egyp",
  Elbasan: "Elba",
  Ethiopic: "Ethi",
  Georgian: "Geor",
  Glagolitic: "Glag",
  Gothic: "Goth",
  Grantha: "Gran",
  Greek: "Grek",
  Gujarati: "Gujr",
  Gunjala_Gondi: "Gong",
  Gurmukhi: "Guru",
  Han: "Hani",
  Hangul: "Hang",
  Hanifi_Rohingya: "Rohg",
  Hanunoo: "Hano",
  Hatran: "Hatr",
  Hebrew: "Hebr",
  Hiragana: "Hira",
  Imperial_Aramaic: "Armi",
  Inherited: ["Zinh", "Qaai"],
  Inscriptional_Pahlavi: "Phli",
  Inscriptional_Parthian: "Prti",
  Javanese: "Java",
  Kaithi: "Kthi",
  Kannada: "Knda",
  Katakana: "Kana",
  Kayah_Li: "Kali",
  Kharoshthi: "Khar",
  Khmer: "Khmr",
  Khojki: "Khoj",
  Khudawadi: "Sind",
  Lao: "Laoo",
  Latin: "Latn",
  Lepcha: "Lepc",
  Limbu: "Limb",
  Linear_A: "Lina",
  Linear_B: "Linb",
  Lisu: "Lisu",
  Lycian: "Lyci",
  Lydian: "Lydi",
  Mahajani: "Mahj",
  Makasar: "Maka",
  Malayalam: "Mlym",
  Mandaic: "Mand",
  Manichaean: "Mani",
  Marchen: "Marc",
  Medefaidrin: "Medf",
  Masaram_Gondi: "Gonm",
  Meetei_Mayek: "Mtei",
  Mende_Kikakui: "Mend",
  Meroitic_Cursive: "Merc",
  Meroitic_Hieroglyphs: "Mero",
  Miao: "Plrd",
  Modi: "Modi",
  Mongolian: "Mong",
  Mro: "Mroo",
  Multani: "Mult",
  Myanmar: "Mymr",
  Nabataean: "Nbat",
  New_Tai_Lue: "Talu",
  Newa: "Newa",
  Nko: "Nkoo",
  Nushu: "Nshu",
  Ogham: "Ogam",
  Ol_Chiki: "Olck",
  Old_Hungarian: "Hung",
  Old_Italic: "Ital",
  Old_North_Arabian: "Narb",
  Old_Permic: "Perm",
  Old_Persian: "Xpeo",
  Old_Sogdian: "Sogo",
  Old_South_Arabian: "Sarb",
  Old_Turkic: "Orkh",
  Oriya: "Orya",
  Osage: "Osge",
  Osmanya: "Osma",
  Pahawh_Hmong: "Hmng",
  Palmyrene: "Palm",
  Pau_Cin_Hau: "Pauc",
  Phags_Pa: "Phag",
  Phoenician: "Phnx",
  Psalter_Pahlavi: "Phlp",
  Rejang: "Rjng",
  Runic: "Runr",
  Samaritan: "Samr",
  Saurashtra: "Saur",
  Sharada: "Shrd",
  Shavian: "Shaw",
  Siddham: "Sidd",
  SignWriting: "Sgnw",
  Sinhala: "Sinh",
  Sogdian: "Sogd",
  Sora_Sompeng: "Sora",
  Soyombo: "Soyo",
  Sundanese: "Sund",
  Syloti_Nagri: "Sylo",
  Syriac: "Syrc",
  Tagalog: "Tglg",
  Tagbanwa: "Tagb",
  Tai_Le: "Tale",
  Tai_Tham: "Lana",
  Tai_Viet: "Tavt",
  Takri: "Takr",
  Tamil: "Taml",
  Tangut: "Tang",
  Telugu: "Telu",
  Thaana: "Thaa",
  Thai: "Thai",
  Tibetan: "Tibt",
  Tifinagh: "Tfng",
  Tirhuta: "Tirh",
  Ugaritic: "Ugar",
  Vai: "Vaii",
  Warang_Citi: "Wara",
  Yi: "Yiii",
  Zanabazar_Square: "Zanb"
};
var SCRIPT_VALUE_ALIASES_TO_VALUES = inverseMap(SCRIPT_VALUE_TO_ALIASES);
function inverseMap(data) {
  const inverse = {};
  for (const name of Object.keys(data)) {
    const value = data[name];
    if (Array.isArray(value)) for (let i = 0; i !== value.length; ++i) inverse[value[i]] = name;
    else inverse[value] = name;
  }
  return inverse;
}
function isGeneralCategoryValue(value) {
  return value in GENERAL_CATEGORY_VALUE_TO_ALIASES || value in GENERAL_CATEGORY_VALUE_ALIASES_TO_VALUES;
}
function isBinaryPropertyName(name) {
  return name in BINARY_PROP_NAMES_TO_ALIASES || name in BINARY_ALIASES_TO_PROP_NAMES;
}
function getCanonicalName(name) {
  if (name in NON_BINARY_ALIASES_TO_PROP_NAMES) return NON_BINARY_ALIASES_TO_PROP_NAMES[name];
  if (name in BINARY_ALIASES_TO_PROP_NAMES) return BINARY_ALIASES_TO_PROP_NAMES[name];
  if (name in BINARY_PROP_NAMES_TO_ALIASES || name === "General_Category" || name === "Script" || name === "Script_Extensions") return name;
  throw new Error(`Unknown Unicode property name: ${name}`);
}
function getCanonicalValue(value) {
  if (value in GENERAL_CATEGORY_VALUE_ALIASES_TO_VALUES) return GENERAL_CATEGORY_VALUE_ALIASES_TO_VALUES[value];
  if (value in SCRIPT_VALUE_ALIASES_TO_VALUES) return SCRIPT_VALUE_ALIASES_TO_VALUES[value];
  if (value in BINARY_ALIASES_TO_PROP_NAMES) return BINARY_ALIASES_TO_PROP_NAMES[value];
  if (value in GENERAL_CATEGORY_VALUE_TO_ALIASES || value in SCRIPT_VALUE_TO_ALIASES || value in BINARY_PROP_NAMES_TO_ALIASES) return value;
  throw new Error(`Unknown Unicode property value: ${value}`);
}
function resolveUnicodeProperty(propertySpec, negative) {
  const equalIndex = propertySpec.indexOf("=");
  if (equalIndex !== -1) {
    const name = propertySpec.substring(0, equalIndex);
    const value = propertySpec.substring(equalIndex + 1);
    return {
      type: "UnicodeProperty",
      name,
      value,
      negative,
      shorthand: false,
      binary: false,
      canonicalName: getCanonicalName(name),
      canonicalValue: getCanonicalValue(value)
    };
  }
  if (isGeneralCategoryValue(propertySpec)) return {
    type: "UnicodeProperty",
    name: "General_Category",
    value: propertySpec,
    negative,
    shorthand: true,
    binary: false,
    canonicalName: "General_Category",
    canonicalValue: getCanonicalValue(propertySpec)
  };
  if (isBinaryPropertyName(propertySpec)) {
    const canonicalName = getCanonicalName(propertySpec);
    return {
      type: "UnicodeProperty",
      name: propertySpec,
      value: propertySpec,
      negative,
      shorthand: false,
      binary: true,
      canonicalName,
      canonicalValue: canonicalName
    };
  }
  throw new Error(`Invalid Unicode property: ${propertySpec}`);
}
var safeStringFromCodePoint$2 = String.fromCodePoint;
function safePop(tokens) {
  const previous = tokens.pop();
  if (previous === void 0) throw new Error("Unable to extract token preceeding the currently parsed one");
  return previous;
}
function isDigit(char) {
  return char >= "0" && char <= "9";
}
function simpleChar(char, escaped) {
  const code2 = char.codePointAt(0);
  return {
    type: "Char",
    kind: "simple",
    symbol: char,
    value: char,
    codePoint: code2 !== void 0 ? code2 : -1,
    escaped
  };
}
function metaEscapedChar(block, symbol) {
  return {
    type: "Char",
    kind: "meta",
    symbol,
    value: block,
    codePoint: symbol.codePointAt(0)
  };
}
function toSingleToken(tokens, allowEmpty) {
  if (tokens.length > 1) return {
    type: "Alternative",
    expressions: tokens
  };
  if (!allowEmpty && tokens.length === 0) throw new Error(`Unsupported no token`);
  return tokens[0];
}
function blockToCharToken(block) {
  if (block[0] === "\\") {
    const next = block[1];
    switch (next) {
      case "x": {
        if (block === "\\x") return simpleChar("x", true);
        const allDigits = block.substring(2);
        const codePoint = Number.parseInt(allDigits, 16);
        return {
          type: "Char",
          kind: "hex",
          symbol: safeStringFromCodePoint$2(codePoint),
          value: block,
          codePoint
        };
      }
      case "u": {
        if (block === "\\u") return simpleChar("u", true);
        if (block[2] !== "{" && block.length === 12) {
          const lead = Number.parseInt(block.substring(2, 6), 16);
          const trail = Number.parseInt(block.substring(8), 16);
          const codePoint2 = (lead - 55296) * 1024 + (trail - 56320) + 65536;
          return {
            type: "Char",
            kind: "unicode",
            symbol: String.fromCodePoint(codePoint2),
            value: block,
            codePoint: codePoint2,
            isSurrogatePair: true
          };
        }
        const allDigits = block[2] === "{" ? block.substring(3, block.length - 1) : block.substring(2);
        const codePoint = Number.parseInt(allDigits, 16);
        return {
          type: "Char",
          kind: "unicode",
          symbol: safeStringFromCodePoint$2(codePoint),
          value: block,
          codePoint
        };
      }
      case "0":
        return {
          type: "Char",
          kind: "decimal",
          symbol: "\0",
          value: block,
          codePoint: 0
        };
      case "n":
        return metaEscapedChar(block, "\n");
      case "f":
        return metaEscapedChar(block, "\f");
      case "r":
        return metaEscapedChar(block, "\r");
      case "t":
        return metaEscapedChar(block, "	");
      case "v":
        return metaEscapedChar(block, "\v");
      case "w":
      case "W":
      case "d":
      case "D":
      case "s":
      case "S":
      case "b":
      case "B":
        return {
          type: "Char",
          kind: "meta",
          symbol: void 0,
          value: block,
          codePoint: NaN
        };
      default:
        if (isDigit(next)) {
          const allDigits = block.substring(1);
          const codePoint = Number(allDigits);
          return {
            type: "Char",
            kind: "decimal",
            symbol: safeStringFromCodePoint$2(codePoint),
            value: block,
            codePoint
          };
        }
        if (block.length > 2 && (next === "p" || next === "P")) {
          const negative = next === "P";
          return resolveUnicodeProperty(block.substring(3, block.length - 1), negative);
        }
        return simpleChar(block.substring(1), true);
    }
  }
  return simpleChar(block);
}
function pushTokens(tokens, regexSource, unicodeMode, groups) {
  let disjunctions = null;
  for (let index = 0, block = readFrom(regexSource, index, unicodeMode, 0); index !== regexSource.length; index += block.length, block = readFrom(regexSource, index, unicodeMode, 0)) {
    const firstInBlock = block[0];
    switch (firstInBlock) {
      case "|":
        if (disjunctions === null) disjunctions = [];
        disjunctions.push(toSingleToken(tokens.splice(0), true) || null);
        break;
      case ".":
        tokens.push({
          type: "Char",
          kind: "meta",
          symbol: block,
          value: block,
          codePoint: NaN
        });
        break;
      case "*":
      case "+": {
        const previous = safePop(tokens);
        tokens.push({
          type: "Repetition",
          expression: previous,
          quantifier: {
            type: "Quantifier",
            kind: firstInBlock,
            greedy: true
          }
        });
        break;
      }
      case "?": {
        const previous = safePop(tokens);
        if (previous.type === "Repetition") {
          previous.quantifier.greedy = false;
          tokens.push(previous);
        } else tokens.push({
          type: "Repetition",
          expression: previous,
          quantifier: {
            type: "Quantifier",
            kind: firstInBlock,
            greedy: true
          }
        });
        break;
      }
      case "{": {
        if (block === "{") {
          tokens.push(simpleChar(block));
          break;
        }
        const previous = safePop(tokens);
        const quantifierTokens = block.substring(1, block.length - 1).split(",");
        const from = Number(quantifierTokens[0]);
        const to = quantifierTokens.length === 1 ? from : quantifierTokens[1].length !== 0 ? Number(quantifierTokens[1]) : void 0;
        tokens.push({
          type: "Repetition",
          expression: previous,
          quantifier: {
            type: "Quantifier",
            kind: "Range",
            greedy: true,
            from,
            to
          }
        });
        break;
      }
      case "[": {
        const blockContent = block.substring(1, block.length - 1);
        const subTokens = [];
        let negative = void 0;
        let previousWasSimpleDash = false;
        for (let subIndex = 0, subBlock = readFrom(blockContent, subIndex, unicodeMode, 1); subIndex !== blockContent.length; subIndex += subBlock.length, subBlock = readFrom(blockContent, subIndex, unicodeMode, 1)) {
          if (subIndex === 0 && subBlock === "^") {
            negative = true;
            continue;
          }
          const newToken = blockToCharToken(subBlock);
          if (subBlock === "-") {
            subTokens.push(newToken);
            previousWasSimpleDash = true;
          } else {
            const operand1Token = subTokens.length >= 2 ? subTokens[subTokens.length - 2] : void 0;
            if (previousWasSimpleDash && operand1Token !== void 0 && operand1Token.type === "Char" && newToken.type === "Char") {
              subTokens.pop();
              subTokens.pop();
              subTokens.push({
                type: "ClassRange",
                from: operand1Token,
                to: newToken
              });
            } else subTokens.push(newToken);
            previousWasSimpleDash = false;
          }
        }
        tokens.push({
          type: "CharacterClass",
          expressions: subTokens,
          negative
        });
        break;
      }
      case "(": {
        const blockContent = block.substring(1, block.length - 1);
        const subTokens = [];
        if (blockContent[0] === "?") {
          if (blockContent[1] === ":") {
            pushTokens(subTokens, blockContent.substring(2), unicodeMode, groups);
            tokens.push({
              type: "Group",
              capturing: false,
              expression: toSingleToken(subTokens)
            });
          } else if (blockContent[1] === "=" || blockContent[1] === "!") {
            pushTokens(subTokens, blockContent.substring(2), unicodeMode, groups);
            tokens.push({
              type: "Assertion",
              kind: "Lookahead",
              negative: blockContent[1] === "!" ? true : void 0,
              assertion: toSingleToken(subTokens)
            });
          } else if (blockContent[1] === "<" && (blockContent[2] === "=" || blockContent[2] === "!")) {
            pushTokens(subTokens, blockContent.substring(3), unicodeMode, groups);
            tokens.push({
              type: "Assertion",
              kind: "Lookbehind",
              negative: blockContent[2] === "!" ? true : void 0,
              assertion: toSingleToken(subTokens)
            });
          } else {
            const chunks = blockContent.split(">");
            if (chunks.length < 2 || chunks[0][1] !== "<") throw new Error(`Unsupported regex content found at ${JSON.stringify(block)}`);
            const groupIndex = ++groups.lastIndex;
            const nameRaw = chunks[0].substring(2);
            groups.named.set(nameRaw, groupIndex);
            pushTokens(subTokens, chunks.slice(1).join(">"), unicodeMode, groups);
            tokens.push({
              type: "Group",
              capturing: true,
              nameRaw,
              name: nameRaw,
              number: groupIndex,
              expression: toSingleToken(subTokens)
            });
          }
        } else {
          const groupIndex = ++groups.lastIndex;
          pushTokens(subTokens, blockContent, unicodeMode, groups);
          tokens.push({
            type: "Group",
            capturing: true,
            number: groupIndex,
            expression: toSingleToken(subTokens)
          });
        }
        break;
      }
      default:
        if (block === "^") tokens.push({
          type: "Assertion",
          kind: block
        });
        else if (block === "$") tokens.push({
          type: "Assertion",
          kind: block
        });
        else if (block[0] === "\\" && isDigit(block[1])) {
          const reference = Number(block.substring(1));
          if (reference !== 0 && (unicodeMode || reference <= groups.lastIndex)) tokens.push({
            type: "Backreference",
            kind: "number",
            number: reference,
            reference
          });
          else tokens.push(blockToCharToken(block));
        } else if (block[0] === "\\" && block[1] === "k" && block.length !== 2) {
          const referenceRaw = block.substring(3, block.length - 1);
          tokens.push({
            type: "Backreference",
            kind: "name",
            number: groups.named.get(referenceRaw) || 0,
            referenceRaw,
            reference: referenceRaw
          });
        } else tokens.push(blockToCharToken(block));
    }
  }
  if (disjunctions !== null) {
    disjunctions.push(toSingleToken(tokens.splice(0), true) || null);
    let currentDisjunction = {
      type: "Disjunction",
      left: disjunctions[0],
      right: disjunctions[1]
    };
    for (let index = 2; index < disjunctions.length; ++index) currentDisjunction = {
      type: "Disjunction",
      left: currentDisjunction,
      right: disjunctions[index]
    };
    tokens.push(currentDisjunction);
  }
}
function tokenizeRegex(regex) {
  const unicodeMode = safeIndexOf([...regex.flags], "u") !== -1;
  const regexSource = regex.source;
  const tokens = [];
  pushTokens(tokens, regexSource, unicodeMode, {
    lastIndex: 0,
    named: /* @__PURE__ */ new Map()
  });
  return toSingleToken(tokens);
}
var safeStringFromCodePoint$1 = String.fromCodePoint;
function getPropertySpec(astNode) {
  if (astNode.binary || astNode.shorthand) return astNode.canonicalValue;
  return `${astNode.canonicalName}=${astNode.canonicalValue}`;
}
function appendRangesForRegex(regex, from, to, ranges) {
  let currentRangeStart = -1;
  for (let cp = from; cp <= to; ++cp) if (regex.test(safeStringFromCodePoint$1(cp))) {
    if (currentRangeStart === -1) currentRangeStart = cp;
  } else if (currentRangeStart !== -1) {
    const rangeEnd = cp - 1;
    ranges.push(currentRangeStart === rangeEnd ? [rangeEnd] : [currentRangeStart, rangeEnd]);
    currentRangeStart = -1;
  }
  if (currentRangeStart !== -1) ranges.push(currentRangeStart === to ? [to] : [currentRangeStart, to]);
}
function extractRangesForProperty(propertySpec, negative) {
  const regex = new RegExp(`^\\${negative ? "P" : "p"}{${propertySpec}}$`, "u");
  const ranges = [];
  appendRangesForRegex(regex, 0, 55295, ranges);
  appendRangesForRegex(regex, 57344, 1114111, ranges);
  return ranges;
}
var cache = /* @__PURE__ */ new Map();
function extractRangesForPropertyOrFromCache(propertySpec, negative) {
  const cacheKey = `${negative ? "P" : "p"}:${propertySpec}`;
  const cachedRanges = cache.get(cacheKey);
  if (cachedRanges !== void 0) return cachedRanges;
  const ranges = extractRangesForProperty(propertySpec, negative);
  cache.set(cacheKey, ranges);
  return ranges;
}
function unicodePropertyArbitrary(astNode) {
  return mapToConstant(...safeMap(extractRangesForPropertyOrFromCache(getPropertySpec(astNode), astNode.negative), (range) => convertGraphemeRangeToMapToConstantEntry(range)));
}
var safeStringFromCodePoint = String.fromCodePoint;
var wordChars = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"];
var digitChars = [..."0123456789"];
var spaceChars = [..." 	\r\n\v\f"];
var newLineChars = [..."\r\n"];
var terminatorChars = [...""];
var newLineAndTerminatorChars = [...newLineChars, ...terminatorChars];
var wordCharsSet = new SSet(wordChars);
var digitCharsSet = new SSet(digitChars);
var spaceCharsSet = new SSet(spaceChars);
var terminatorCharsSet = new SSet(terminatorChars);
var newLineAndTerminatorCharsSet = new SSet(newLineAndTerminatorChars);
var defaultChar = () => string({
  unit: "grapheme-ascii",
  minLength: 1,
  maxLength: 1
});
function raiseUnsupportedASTNode(astNode) {
  return new SError(`Unsupported AST node! Received: ${stringify(astNode)}`);
}
function toMatchingArbitrary(astNode, constraints, flags) {
  switch (astNode.type) {
    case "Char":
      if (astNode.kind === "meta") switch (astNode.value) {
        case "\\w":
          return constantFrom(...wordChars);
        case "\\W":
          return defaultChar().filter((c) => !safeHas(wordCharsSet, c));
        case "\\d":
          return constantFrom(...digitChars);
        case "\\D":
          return defaultChar().filter((c) => !safeHas(digitCharsSet, c));
        case "\\s":
          return constantFrom(...spaceChars);
        case "\\S":
          return defaultChar().filter((c) => !safeHas(spaceCharsSet, c));
        case "\\b":
        case "\\B":
          throw new SError(`Meta character ${astNode.value} not implemented yet!`);
        case ".": {
          const forbiddenChars = flags.dotAll ? terminatorCharsSet : newLineAndTerminatorCharsSet;
          return defaultChar().filter((c) => !safeHas(forbiddenChars, c));
        }
      }
      if (astNode.symbol === void 0) throw new SError(`Unexpected undefined symbol received for non-meta Char! Received: ${stringify(astNode)}`);
      return constant(astNode.symbol);
    case "Repetition": {
      const node = toMatchingArbitrary(astNode.expression, constraints, flags);
      switch (astNode.quantifier.kind) {
        case "*":
          return string({
            ...constraints,
            unit: node
          });
        case "+":
          return string({
            ...constraints,
            minLength: 1,
            unit: node
          });
        case "?":
          return string({
            ...constraints,
            minLength: 0,
            maxLength: 1,
            unit: node
          });
        case "Range":
          return string({
            ...constraints,
            minLength: astNode.quantifier.from,
            maxLength: astNode.quantifier.to,
            unit: node
          });
        default:
          throw raiseUnsupportedASTNode(astNode.quantifier);
      }
    }
    case "Quantifier":
      throw new SError(`Wrongly defined AST tree, Quantifier nodes not supposed to be scanned!`);
    case "Alternative": {
      const childrenArbitraries = [];
      let pendingAggregatedValue = "";
      for (const n of astNode.expressions) if (n.type === "Char" && n.kind !== "meta" && n.symbol !== void 0) pendingAggregatedValue += n.symbol;
      else if (flags.multiline || n.type !== "Assertion" || n.kind !== "^" && n.kind !== "$") {
        if (pendingAggregatedValue !== "") {
          safePush(childrenArbitraries, constant(pendingAggregatedValue));
          pendingAggregatedValue = "";
        }
        safePush(childrenArbitraries, toMatchingArbitrary(n, constraints, flags));
      }
      if (pendingAggregatedValue !== "") safePush(childrenArbitraries, constant(pendingAggregatedValue));
      if (childrenArbitraries.length === 0) return constant("");
      if (childrenArbitraries.length === 1) return childrenArbitraries[0];
      return tuple(...childrenArbitraries).map((vs) => safeJoin(vs, ""));
    }
    case "CharacterClass":
      if (astNode.negative) {
        const childrenArbitraries = safeMap(astNode.expressions, (n) => toMatchingArbitrary(n, constraints, flags));
        return defaultChar().filter((c) => safeEvery(childrenArbitraries, (arb) => !arb.canShrinkWithoutContext(c)));
      }
      return oneof(...safeMap(astNode.expressions, (n) => toMatchingArbitrary(n, constraints, flags)));
    case "ClassRange": {
      const min = astNode.from.codePoint;
      const max = astNode.to.codePoint;
      return integer2({
        min,
        max
      }).map((n) => safeStringFromCodePoint(n), (c) => {
        if (typeof c !== "string") throw new SError("Invalid type");
        if ([...c].length !== 1) throw new SError("Invalid length");
        return safeCodePointAt(c, 0);
      });
    }
    case "Group":
      return toMatchingArbitrary(astNode.expression, constraints, flags);
    case "Disjunction": {
      const stack = [astNode.left, astNode.right];
      const branches = [];
      for (let i = 0; i !== stack.length; ++i) {
        const node = stack[i];
        if (node === null) safePush(branches, constant(""));
        else if (node.type === "Disjunction") {
          safePush(stack, node.left);
          safePush(stack, node.right);
        } else safePush(branches, toMatchingArbitrary(node, constraints, flags));
      }
      return oneof(...branches);
    }
    case "Assertion":
      if (astNode.kind === "^" || astNode.kind === "$") {
        if (flags.multiline) {
          if (astNode.kind === "^") return oneof(constant(""), tuple(string({ unit: defaultChar() }), constantFrom(...newLineChars)).map((t) => `${t[0]}${t[1]}`, (value) => {
            if (typeof value !== "string" || value.length === 0) throw new SError("Invalid type");
            return [safeSubstring(value, 0, value.length - 1), value[value.length - 1]];
          }));
          else return oneof(constant(""), tuple(constantFrom(...newLineChars), string({ unit: defaultChar() })).map((t) => `${t[0]}${t[1]}`, (value) => {
            if (typeof value !== "string" || value.length === 0) throw new SError("Invalid type");
            return [value[0], safeSubstring(value, 1)];
          }));
        }
        return constant("");
      }
      throw new SError(`Assertions of kind ${astNode.kind} not implemented yet!`);
    case "Backreference":
      throw new SError(`Backreference nodes not implemented yet!`);
    case "UnicodeProperty":
      return unicodePropertyArbitrary(astNode);
    default:
      throw raiseUnsupportedASTNode(astNode);
  }
}
function stringMatching(regex, constraints = {}) {
  for (const flag of regex.flags) if (flag !== "d" && flag !== "g" && flag !== "m" && flag !== "s" && flag !== "u") throw new SError(`Unable to use "stringMatching" against a regex using the flag ${flag}`);
  const maxLength = constraints.maxLength;
  const sanitizedConstraints = {
    size: constraints.size,
    maxLength
  };
  const flags = {
    multiline: regex.multiline,
    dotAll: regex.dotAll
  };
  let regexRootToken = addMissingDotStar(tokenizeRegex(regex));
  if (maxLength !== void 0) regexRootToken = clampRegexAst(regexRootToken, maxLength);
  const baseArbitrary = toMatchingArbitrary(regexRootToken, sanitizedConstraints, flags);
  if (maxLength !== void 0) return baseArbitrary.filter((s) => [...s].length <= maxLength);
  return baseArbitrary;
}
function initZippedValues(its) {
  const vs = [];
  for (let index = 0; index !== its.length; ++index) vs.push(its[index].next());
  return vs;
}
function nextZippedValues(its, vs) {
  for (let index = 0; index !== its.length; ++index) vs[index] = its[index].next();
}
function isDoneZippedValues(vs) {
  for (let index = 0; index !== vs.length; ++index) if (vs[index].done) return true;
  return false;
}
function* zipIterableIterators(...its) {
  const vs = initZippedValues(its);
  while (!isDoneZippedValues(vs)) {
    yield vs.map((v) => v.value);
    nextZippedValues(its, vs);
  }
}
function* iotaFrom(startValue) {
  let value = startValue;
  while (true) {
    yield value;
    ++value;
  }
}
var LimitedShrinkArbitrary = class extends Arbitrary {
  constructor(arb, maxShrinks) {
    super();
    this.arb = arb;
    this.maxShrinks = maxShrinks;
  }
  generate(mrng, biasFactor) {
    const value = this.arb.generate(mrng, biasFactor);
    return this.valueMapper(value, 0);
  }
  canShrinkWithoutContext(value) {
    return this.arb.canShrinkWithoutContext(value);
  }
  shrink(value, context3) {
    if (this.isSafeContext(context3)) return this.safeShrink(value, context3.originalContext, context3.length);
    return this.safeShrink(value, void 0, 0);
  }
  safeShrink(value, originalContext, currentLength) {
    const remaining = this.maxShrinks - currentLength;
    if (remaining <= 0) return Stream2.nil();
    return new Stream2(zipIterableIterators(this.arb.shrink(value, originalContext), iotaFrom(currentLength + 1))).take(remaining).map((valueAndLength) => this.valueMapper(valueAndLength[0], valueAndLength[1]));
  }
  valueMapper(v, newLength) {
    const context3 = {
      originalContext: v.context,
      length: newLength
    };
    return new Value(v.value, context3);
  }
  isSafeContext(context3) {
    return context3 !== null && context3 !== void 0 && typeof context3 === "object" && "originalContext" in context3 && "length" in context3;
  }
};
function limitShrink(arbitrary, maxShrinks) {
  return new LimitedShrinkArbitrary(arbitrary, maxShrinks);
}
var LifeCyclePluginSymbol = Symbol.for("fast-check/plugin/life-cycle");
function computeResultingAfterHooks(teardownFunctions, hooks) {
  if (teardownFunctions.length === 0) return hooks.afterHooks;
  if (hooks.afterHooks.length === 0) return teardownFunctions.map((details) => details.fn);
  const afterAndPluginIndices = [];
  for (const value of teardownFunctions) {
    const { index, fn } = value;
    afterAndPluginIndices.push({
      index: hooks.beforeHooksIndices[index],
      fn
    });
  }
  for (let index = 0; index !== hooks.afterHooks.length; ++index) afterAndPluginIndices.push({
    index: hooks.afterHooksIndices[index],
    fn: hooks.afterHooks[index]
  });
  afterAndPluginIndices.sort((a, b) => a.index - b.index);
  return afterAndPluginIndices.map((details) => details.fn);
}
function lifeCycleHooksRunner(hooks, nestedRun, value) {
  let wrappedRunOutput = null;
  let wrappedRunContinuation = void 0;
  const teardownFunctions = [];
  if (hooks.beforeHooks.length !== 0) try {
    for (let index = 0; index !== hooks.beforeHooks.length; ++index) {
      const before = hooks.beforeHooks[index];
      if (wrappedRunContinuation === void 0) {
        const out = before();
        if (typeof out === "function") teardownFunctions.push({
          index,
          fn: out
        });
        if (typeof out === "object") wrappedRunContinuation = out.then((beforeOut) => {
          if (beforeOut !== void 0) teardownFunctions.push({
            index,
            fn: beforeOut
          });
          return null;
        });
      } else wrappedRunContinuation = wrappedRunContinuation.then(() => {
        const beforeOut = before();
        if (beforeOut === void 0) return null;
        if (typeof beforeOut === "function") {
          teardownFunctions.push({
            index,
            fn: beforeOut
          });
          return null;
        }
        return beforeOut.then((beforeOutNested) => {
          if (beforeOutNested !== void 0) teardownFunctions.push({
            index,
            fn: beforeOutNested
          });
          return null;
        });
      });
    }
  } catch (error) {
    wrappedRunOutput = { error };
  }
  if (wrappedRunOutput === null) {
    if (wrappedRunContinuation === void 0) {
      const out = nestedRun(value);
      if (out !== null && "then" in out) wrappedRunContinuation = out;
      else wrappedRunOutput = out;
    } else wrappedRunContinuation = wrappedRunContinuation.then(() => nestedRun(value), (error) => ({ error }));
  }
  if (wrappedRunContinuation === void 0) {
    const resultingAfterHooks = computeResultingAfterHooks(teardownFunctions, hooks);
    for (let index = resultingAfterHooks.length - 1; index >= 0; --index) {
      const after = resultingAfterHooks[index];
      if (wrappedRunContinuation === void 0) try {
        const out = after();
        if (typeof out === "object") wrappedRunContinuation = out.then(() => wrappedRunOutput, (error) => wrappedRunOutput || { error });
      } catch (error) {
        wrappedRunOutput = { error };
      }
      else wrappedRunContinuation = wrappedRunContinuation.then((previous) => {
        try {
          const out = after();
          if (typeof out === "object") return out.then(() => previous, (error) => previous || { error });
          return previous;
        } catch (error) {
          return previous || { error };
        }
      });
    }
  } else wrappedRunContinuation = wrappedRunContinuation.then((previousBeforeAfters) => {
    const resultingAfterHooks = computeResultingAfterHooks(teardownFunctions, hooks);
    if (resultingAfterHooks.length === 0) return previousBeforeAfters;
    let afterContinuation = Promise.resolve(previousBeforeAfters);
    for (let index = resultingAfterHooks.length - 1; index >= 0; --index) {
      const after = resultingAfterHooks[index];
      afterContinuation = afterContinuation.then((previous) => {
        try {
          const out = after();
          return out === void 0 ? previous : out.then(() => previous, (error) => previous || { error });
        } catch (error) {
          return previous || { error };
        }
      });
    }
    return afterContinuation;
  });
  return wrappedRunContinuation === void 0 ? wrappedRunOutput : wrappedRunContinuation;
}
function beforeEach(fn) {
  return (pluginIndex, pluginStore) => {
    let lifeCycleHooks = pluginStore.get(LifeCyclePluginSymbol);
    if (lifeCycleHooks !== void 0 && lifeCycleHooks.lastPluginIndex === pluginIndex - 1) {
      lifeCycleHooks.lastPluginIndex = pluginIndex;
      lifeCycleHooks.beforeHooks.push(fn);
      lifeCycleHooks.beforeHooksIndices.push(pluginIndex);
      return {};
    }
    lifeCycleHooks = {
      lastPluginIndex: pluginIndex,
      beforeHooks: [fn],
      beforeHooksIndices: [pluginIndex],
      afterHooks: [],
      afterHooksIndices: []
    };
    pluginStore.set(LifeCyclePluginSymbol, lifeCycleHooks);
    return { decorateRun: (nestedRun) => (value) => lifeCycleHooksRunner(lifeCycleHooks, nestedRun, value) };
  };
}
function afterEach(fn) {
  return (pluginIndex, pluginStore) => {
    let lifeCycleHooks = pluginStore.get(LifeCyclePluginSymbol);
    if (lifeCycleHooks !== void 0 && lifeCycleHooks.lastPluginIndex === pluginIndex - 1) {
      lifeCycleHooks.lastPluginIndex = pluginIndex;
      lifeCycleHooks.afterHooks.push(fn);
      lifeCycleHooks.afterHooksIndices.push(pluginIndex);
      return {};
    }
    lifeCycleHooks = {
      lastPluginIndex: pluginIndex,
      beforeHooks: [],
      beforeHooksIndices: [],
      afterHooks: [fn],
      afterHooksIndices: [pluginIndex]
    };
    pluginStore.set(LifeCyclePluginSymbol, lifeCycleHooks);
    return { decorateRun: (nestedRun) => (value) => lifeCycleHooksRunner(lifeCycleHooks, nestedRun, value) };
  };
}
function unbiased() {
  return () => {
    return { decorateGenerate: (nestedGenerate) => (mrng, _runId) => nestedGenerate(mrng, void 0) };
  };
}
function fromSyncCachedForAsyncPath(cachedValue) {
  return cachedValue === null ? new PreconditionFailure() : cachedValue;
}
function fromCached(cachedValue) {
  if (cachedValue !== null) {
    if ("then" in cachedValue) return cachedValue.then(fromSyncCachedForAsyncPath);
    else return cachedValue;
  }
  return new PreconditionFailure();
}
function equalValuesRunner(coveredCases, nestedRun, value, skipRuns) {
  const stringifiedValue = stringify(value);
  if (coveredCases.has(stringifiedValue)) {
    const lastOutput = coveredCases.get(stringifiedValue);
    return skipRuns ? fromCached(lastOutput) : lastOutput;
  }
  const out = nestedRun(value);
  coveredCases.set(stringifiedValue, out);
  return out;
}
function ignoreEqualValues() {
  return () => {
    const coveredCases = /* @__PURE__ */ new Map();
    return { decorateRun: (nestedRun) => (value) => equalValuesRunner(coveredCases, nestedRun, value, false) };
  };
}
function skipEqualValues() {
  return () => {
    const coveredCases = /* @__PURE__ */ new Map();
    return { decorateRun: (nestedRun) => (value) => equalValuesRunner(coveredCases, nestedRun, value, true) };
  };
}
var safeSetTimeout$1 = setTimeout;
var safeClearTimeout$1 = clearTimeout;
var safePerformanceNow = typeof performance !== "undefined" ? performance.now.bind(performance) : Date.now.bind(Date);
function interruptAfterDelay(timeMs, probe) {
  const limitTime = safePerformanceNow() + timeMs;
  let timeoutHandle = void 0;
  return {
    expired: () => safePerformanceNow() >= limitTime,
    clear: () => safeClearTimeout$1(timeoutHandle),
    promise: new Promise((resolve2) => {
      timeoutHandle = safeSetTimeout$1(() => {
        if (probe.running) probe.interruptedWhileRunning = true;
        resolve2(new PreconditionFailure(true));
      }, timeMs);
    })
  };
}
function timeLimitRunner(interrupt, nestedRun, value, probe) {
  probe.running = true;
  if (interrupt.expired()) {
    probe.interruptedWhileRunning = true;
    probe.running = false;
    return new PreconditionFailure(true);
  }
  const runOut = nestedRun(value);
  if (runOut === null || !("then" in runOut)) {
    probe.running = false;
    return runOut;
  }
  runOut.finally(() => probe.running = false);
  return Promise.race([runOut, interrupt.promise]);
}
function interruptAfterTimeLimit(timeLimitMs, options = {}) {
  return () => {
    const probe = {
      interruptedWhileRunning: false,
      running: false
    };
    const interrupt = interruptAfterDelay(timeLimitMs, probe);
    return {
      decorateRun: (nestedRun) => (value) => timeLimitRunner(interrupt, nestedRun, value, probe),
      onAllRunsComplete: (runDetails) => {
        interrupt.clear();
        if (options.failOnInterrupt && !runDetails.failed && runDetails.interrupted && probe.interruptedWhileRunning) return reportRunDetails({
          ...runDetails,
          failed: true,
          interrupted: true
        });
      }
    };
  };
}
var safeSetTimeout = setTimeout;
var safeClearTimeout = clearTimeout;
function timeoutAfter(timeMs) {
  let timeoutHandle = void 0;
  return {
    clear: () => safeClearTimeout(timeoutHandle),
    promise: new Promise((resolve2) => {
      timeoutHandle = safeSetTimeout(() => {
        resolve2({ error: new SError(`Property timeout: exceeded limit of ${timeMs} milliseconds`) });
      }, timeMs);
    })
  };
}
function timeoutRunner(timeMs, nestedRun, value) {
  const t = timeoutAfter(timeMs);
  const runOut = nestedRun(value);
  if (runOut === null || !("then" in runOut)) {
    t.clear();
    return runOut;
  }
  const propRun = Promise.race([runOut, t.promise]);
  propRun.then(t.clear, t.clear);
  return propRun;
}
function timeout(timeMs) {
  return () => {
    return { decorateRun: (nestedRun) => (value) => timeoutRunner(timeMs, nestedRun, value) };
  };
}
var fast_check_default_exports = /* @__PURE__ */ __exportAll({
  Arbitrary: () => Arbitrary,
  ExecutionStatus: () => ExecutionStatus,
  PreconditionFailure: () => PreconditionFailure,
  Random: () => Random,
  Stream: () => Stream2,
  Value: () => Value,
  VerbosityLevel: () => VerbosityLevel,
  __commitHash: () => __commitHash,
  __type: () => __type,
  __version: () => __version,
  afterEach: () => afterEach,
  anything: () => anything,
  array: () => array,
  assert: () => assert,
  asyncDefaultReportMessage: () => asyncDefaultReportMessage,
  asyncModelRun: () => asyncModelRun,
  asyncProperty: () => asyncProperty,
  asyncStringify: () => asyncStringify,
  asyncToStringMethod: () => asyncToStringMethod,
  base64String: () => base64String,
  beforeEach: () => beforeEach,
  bigInt: () => bigInt,
  bigInt64Array: () => bigInt64Array,
  bigUint64Array: () => bigUint64Array,
  boolean: () => boolean,
  chainUntil: () => chainUntil,
  check: () => check,
  clone: () => clone,
  cloneIfNeeded: () => cloneIfNeeded,
  cloneMethod: () => cloneMethod,
  commands: () => commands,
  compareBooleanFunc: () => compareBooleanFunc,
  compareFunc: () => compareFunc,
  configureGlobal: () => configureGlobal,
  constant: () => constant,
  constantFrom: () => constantFrom,
  context: () => context2,
  createDepthIdentifier: () => createDepthIdentifier,
  date: () => date,
  defaultReportMessage: () => defaultReportMessage,
  dictionary: () => dictionary,
  domain: () => domain,
  double: () => double,
  emailAddress: () => emailAddress,
  entityGraph: () => entityGraph,
  falsy: () => falsy,
  float: () => float,
  float32Array: () => float32Array,
  float64Array: () => float64Array,
  func: () => func,
  gen: () => gen,
  getDepthContextFor: () => getDepthContextFor,
  hasAsyncToStringMethod: () => hasAsyncToStringMethod,
  hasCloneMethod: () => hasCloneMethod,
  hasToStringMethod: () => hasToStringMethod,
  hash: () => hash,
  ignoreEqualValues: () => ignoreEqualValues,
  infiniteStream: () => infiniteStream,
  installGlobalPlugin: () => installGlobalPlugin,
  int16Array: () => int16Array,
  int32Array: () => int32Array,
  int8Array: () => int8Array,
  integer: () => integer2,
  interruptAfterTimeLimit: () => interruptAfterTimeLimit,
  ipV4: () => ipV4,
  ipV4Extended: () => ipV4Extended,
  ipV6: () => ipV6,
  json: () => json,
  jsonValue: () => jsonValue,
  letrec: () => letrec,
  limitShrink: () => limitShrink,
  lorem: () => lorem,
  map: () => map,
  mapToConstant: () => mapToConstant,
  maxSafeInteger: () => maxSafeInteger,
  maxSafeNat: () => maxSafeNat,
  memo: () => memo,
  mixedCase: () => mixedCase,
  modelRun: () => modelRun,
  nat: () => nat,
  noBias: () => noBias,
  noShrink: () => noShrink,
  object: () => object,
  oneof: () => oneof,
  option: () => option,
  pre: () => pre,
  property: () => property,
  readConfigureGlobal: () => readConfigureGlobal,
  record: () => record,
  resetConfigureGlobal: () => resetConfigureGlobal,
  sample: () => sample,
  scheduledModelRun: () => scheduledModelRun,
  scheduler: () => scheduler,
  schedulerFor: () => schedulerFor,
  set: () => set,
  shuffledSubarray: () => shuffledSubarray,
  skipEqualValues: () => skipEqualValues,
  sparseArray: () => sparseArray,
  statistics: () => statistics,
  stream: () => stream,
  string: () => string,
  stringMatching: () => stringMatching,
  stringify: () => stringify,
  subarray: () => subarray,
  timeout: () => timeout,
  toStringMethod: () => toStringMethod,
  tuple: () => tuple,
  uint16Array: () => uint16Array,
  uint32Array: () => uint32Array,
  uint8Array: () => uint8Array,
  uint8ClampedArray: () => uint8ClampedArray,
  ulid: () => ulid,
  unbiased: () => unbiased,
  uniqueArray: () => uniqueArray,
  uuid: () => uuid,
  webAuthority: () => webAuthority,
  webFragments: () => webFragments,
  webPath: () => webPath,
  webQueryParameters: () => webQueryParameters,
  webSegment: () => webSegment,
  webUrl: () => webUrl
});
var __type = "module";
var __version = "4.11.0";
var __commitHash = "60d68efc639aba994f489bd0dedeceba2be4cf51";
var fast_check_default = fast_check_default_exports;

// src/testing/wire.ts
function sessionBytes(session2) {
  return Buffer.concat(session2.segments.map((s) => s.bytes));
}
function sessionWrites(session2) {
  const bytes = sessionBytes(session2);
  const writes = [];
  let start = 0;
  for (const cut of session2.cuts) {
    if (cut > start && cut < bytes.length) {
      writes.push(bytes.subarray(start, cut));
      start = cut;
    }
  }
  if (start < bytes.length || writes.length === 0) writes.push(bytes.subarray(start));
  return writes;
}
function frameBytes(flags, body, long = body.length > 255) {
  const headerSize2 = long ? 9 : 2;
  const out = Buffer.allocUnsafe(headerSize2 + body.length);
  out[0] = flags & (FLAG_MORE | FLAG_COMMAND) | (long ? FLAG_LONG : 0);
  if (long) out.writeBigUInt64BE(BigInt(body.length), 1);
  else out[1] = body.length;
  out.set(body, headerSize2);
  return out;
}

// src/testing/grammar.ts
function greeting(options = {}) {
  return fast_check_default.record({
    padding: fast_check_default.uint8Array({ minLength: 8, maxLength: 8 }),
    minor: options.minor === void 0 ? fast_check_default.constantFrom(0, 1) : fast_check_default.constant(options.minor),
    mechanism: options.mechanism === void 0 ? fast_check_default.constantFrom("NULL", "PLAIN", "CURVE") : fast_check_default.constant(options.mechanism),
    asServer: options.asServer === void 0 ? fast_check_default.boolean() : fast_check_default.constant(options.asServer),
    filler: fast_check_default.uint8Array({ minLength: 31, maxLength: 31 })
  }).map(({ padding, minor, mechanism, asServer, filler }) => {
    const g = Buffer.alloc(64);
    g[0] = 255;
    g.set(padding, 1);
    g[9] = 127;
    g[10] = 3;
    g[11] = minor;
    g.write(mechanism, 12, "latin1");
    g[32] = asServer ? 1 : 0;
    g.set(filler, 33);
    return g;
  });
}
var NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+";
function propertyName(maxLength = 24) {
  return fast_check_default.string({ unit: fast_check_default.constantFrom(...NAME_CHARS), minLength: 1, maxLength });
}
function metadataProperty() {
  return fast_check_default.tuple(
    propertyName(20).map((n) => `X-${n}`),
    fast_check_default.uint8Array({ maxLength: 64 }).map((v) => Buffer.from(v))
  );
}
function metadata(options) {
  const sendsIdentity2 = ["REQ", "DEALER", "ROUTER"].includes(options.socketType);
  const identity = options.identity !== void 0 ? fast_check_default.constant(options.identity) : fast_check_default.oneof(
    fast_check_default.constant(Buffer.alloc(0)),
    fast_check_default.uint8Array({ minLength: 1, maxLength: 32 }).filter((b) => b[0] !== 0).map((b) => Buffer.from(b))
  );
  return fast_check_default.tuple(identity, fast_check_default.array(metadataProperty(), { maxLength: 3 })).map(([id, extra]) => {
    const properties = [["Socket-Type", Buffer.from(options.socketType, "latin1")]];
    if (sendsIdentity2) properties.push(["Identity", id]);
    return [...properties, ...extra];
  });
}
function commandSegment(name, data = Buffer.alloc(0), long = false) {
  const body = commandBody(name, data);
  return { kind: "command", label: name, bytes: frameBytes(FLAG_COMMAND, body, long || body.length > 255) };
}
function readySegment(properties) {
  return commandSegment("READY", encodeProperties(properties));
}
function trafficCommand() {
  const topic = fast_check_default.uint8Array({ maxLength: 32 });
  const context3 = fast_check_default.uint8Array({ maxLength: 16 });
  return fast_check_default.oneof(
    topic.map((t) => commandSegment("SUBSCRIBE", t)),
    topic.map((t) => commandSegment("CANCEL", t)),
    fast_check_default.tuple(fast_check_default.integer({ min: 0, max: 65535 }), context3).map(([ttl2, ctx]) => {
      const data = Buffer.alloc(2 + ctx.length);
      data.writeUInt16BE(ttl2, 0);
      data.set(ctx, 2);
      return commandSegment("PING", data);
    }),
    context3.map((ctx) => commandSegment("PONG", ctx))
  );
}
function message(options = {}) {
  return fast_check_default.array(fast_check_default.tuple(fast_check_default.uint8Array({ maxLength: options.maxSize ?? 300 }), fast_check_default.boolean()), {
    minLength: 1,
    maxLength: options.maxParts ?? 4
  }).map(
    (parts) => parts.map(([body, long], i) => {
      const more = i < parts.length - 1;
      return {
        kind: "data",
        label: `data ${body.length}B${more ? " more" : ""}`,
        bytes: frameBytes(more ? FLAG_MORE : 0, body, long || body.length > 255)
      };
    })
  );
}

// src/testing/sessions.ts
var credential = fast_check_default.string({ maxLength: 16, unit: fast_check_default.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789") });
function helloSegment(username, password) {
  const user = Buffer.from(username, "latin1");
  const pass = Buffer.from(password, "latin1");
  return commandSegment("HELLO", Buffer.concat([Buffer.from([user.length]), user, Buffer.from([pass.length]), pass]));
}
function handshake(options) {
  const mechanism = options.mechanism ?? "NULL";
  return fast_check_default.record({
    greeting: greeting({ mechanism, asServer: false, minor: options.minor }),
    properties: metadata({ socketType: options.socketType, identity: options.identity }),
    username: options.username === void 0 ? credential : fast_check_default.constant(options.username),
    password: options.password === void 0 ? credential : fast_check_default.constant(options.password)
  }).map(({ greeting: g, properties, username, password }) => {
    const head = { kind: "greeting", label: `greeting 3.${g[11]} ${mechanism}`, bytes: g };
    if (mechanism === "NULL") return [head, readySegment(properties)];
    return [head, helloSegment(username, password), commandSegment("INITIATE", encodeProperties(properties))];
  });
}
function traffic(socketType2, options = {}) {
  const messages = message({ maxSize: options.maxSize });
  const request = messages.map((parts) => [
    { kind: "data", label: "data 0B more", bytes: Buffer.from([1, 0]) },
    ...parts
  ]);
  const body = socketType2 === "REQ" ? request : messages;
  const subscribing = socketType2 === "SUB" || socketType2 === "XSUB";
  const subscription = fast_check_default.uint8Array({ maxLength: 16 }).map(
    (topic) => options.minor === 0 ? [
      {
        kind: "data",
        label: "subscribe-message",
        bytes: Buffer.concat([Buffer.from([0, topic.length + 1, 1]), topic])
      }
    ] : [commandSegment("SUBSCRIBE", topic)]
  );
  const item = fast_check_default.oneof(
    { weight: 3, arbitrary: subscribing ? subscription : body },
    {
      weight: 1,
      arbitrary: trafficCommand().filter((s) => subscribing || s.label !== "SUBSCRIBE" && s.label !== "CANCEL").map((s) => [s])
    }
  );
  return fast_check_default.array(item, { maxLength: options.maxTraffic ?? 6 }).map((items2) => items2.flat());
}
function chunking(length) {
  return fast_check_default.oneof(
    { weight: 2, arbitrary: fast_check_default.constant([]) },
    {
      weight: 3,
      arbitrary: fast_check_default.uniqueArray(fast_check_default.integer({ min: 1, max: Math.max(1, length - 1) }), { maxLength: 8 }).map((c) => c.sort((a, b) => a - b))
    },
    { weight: 1, arbitrary: fast_check_default.constant(Array.from({ length: Math.min(length - 1, 16) }, (_, i) => i + 1)) }
  );
}
function session(options) {
  const minor = options.minor === void 0 ? fast_check_default.constantFrom(0, 1) : fast_check_default.constant(options.minor);
  return minor.chain(
    (m) => fast_check_default.tuple(
      handshake({ ...options, minor: m }),
      traffic(options.socketType, { minor: m, maxTraffic: options.maxTraffic, maxSize: options.maxSize })
    )
  ).chain(([hs, items2]) => {
    const segments = [...hs, ...items2];
    return chunking(sessionBytes({ segments }).length).map((cuts) => ({ segments, cuts }));
  });
}

// src/testing/mutations.ts
var ABSURD_SIZES = [
  0n,
  1n,
  255n,
  256n,
  0x7fffffffn,
  0x80000000n,
  0xffffffffn,
  0x100000000n,
  2n ** 53n - 1n,
  2n ** 53n,
  2n ** 63n - 1n,
  2n ** 63n,
  2n ** 64n - 1n
];
var HOSTILE_NAMES = [
  "READY",
  "ERROR",
  "PING",
  "PONG",
  "SUBSCRIBE",
  "CANCEL",
  "HELLO",
  "WELCOME",
  "INITIATE",
  "MESSAGE",
  "JOIN",
  "ready",
  "R",
  "\0",
  "X".repeat(255)
];
function mutation() {
  const index = fast_check_default.nat({ max: 63 });
  return fast_check_default.oneof(
    {
      weight: 4,
      arbitrary: fast_check_default.record({ op: fast_check_default.constant("bitflip"), segment: index, bit: fast_check_default.nat({ max: 8 * 600 }) })
    },
    {
      weight: 2,
      arbitrary: fast_check_default.record({
        op: fast_check_default.constant("byte"),
        segment: index,
        at: fast_check_default.nat({ max: 600 }),
        value: fast_check_default.constantFrom(0, 1, 127, 128, 255, 2, 4, 6)
      })
    },
    { weight: 2, arbitrary: fast_check_default.record({ op: fast_check_default.constant("truncate"), at: fast_check_default.nat({ max: 4e3 }) }) },
    { weight: 2, arbitrary: fast_check_default.record({ op: fast_check_default.constant("duplicate"), segment: index }) },
    { weight: 2, arbitrary: fast_check_default.record({ op: fast_check_default.constant("drop"), segment: index }) },
    { weight: 2, arbitrary: fast_check_default.record({ op: fast_check_default.constant("swap"), a: index, b: index }) },
    {
      weight: 3,
      arbitrary: fast_check_default.record({
        op: fast_check_default.constant("length"),
        segment: index,
        size: fast_check_default.oneof(fast_check_default.constantFrom(...ABSURD_SIZES), fast_check_default.bigInt({ min: 0n, max: 2n ** 64n - 1n }))
      })
    },
    {
      weight: 1,
      arbitrary: fast_check_default.record({
        op: fast_check_default.constant("insert"),
        segment: index,
        bytes: fast_check_default.uint8Array({ minLength: 1, maxLength: 24 }).map((b) => Buffer.from(b))
      })
    },
    {
      weight: 2,
      arbitrary: fast_check_default.record({
        op: fast_check_default.constant("command"),
        segment: index,
        name: fast_check_default.constantFrom(...HOSTILE_NAMES)
      })
    }
  );
}
function describe(m) {
  switch (m.op) {
    case "bitflip":
      return `bitflip seg ${m.segment} bit ${m.bit}`;
    case "byte":
      return `byte seg ${m.segment}[${m.at}]=0x${m.value.toString(16)}`;
    case "truncate":
      return `truncate at ${m.at}`;
    case "duplicate":
      return `duplicate seg ${m.segment}`;
    case "drop":
      return `drop seg ${m.segment}`;
    case "swap":
      return `swap seg ${m.a} <-> ${m.b}`;
    case "length":
      return `length seg ${m.segment} = ${m.size}`;
    case "insert":
      return `insert ${m.bytes.length}B before seg ${m.segment}`;
    case "command":
      return `rename command seg ${m.segment} to ${JSON.stringify(m.name)}`;
  }
}
function withLength(segment, size) {
  if (segment.kind === "greeting" || segment.bytes.length < 2) return segment;
  const flags = segment.bytes[0];
  const headerSize2 = (flags & FLAG_LONG) !== 0 ? 9 : 2;
  const header = Buffer.alloc(9);
  header[0] = flags | FLAG_LONG;
  header.writeBigUInt64BE(size, 1);
  return {
    kind: segment.kind,
    label: `${segment.label} (len ${size})`,
    bytes: Buffer.concat([header, segment.bytes.subarray(headerSize2)])
  };
}
function renamed(segment, name) {
  if (segment.kind !== "command") return segment;
  const flags = segment.bytes[0];
  const headerSize2 = (flags & FLAG_LONG) !== 0 ? 9 : 2;
  const body = segment.bytes.subarray(headerSize2);
  const data = body.length > 0 ? body.subarray(1 + Math.min(body[0], body.length - 1)) : body;
  const newBody = Buffer.concat([Buffer.from([name.length]), Buffer.from(name, "latin1"), data]);
  const header = Buffer.alloc(9);
  header[0] = flags | FLAG_LONG;
  header.writeBigUInt64BE(BigInt(newBody.length), 1);
  return { kind: "command", label: name, bytes: Buffer.concat([header, newBody]) };
}
function applyMutations(session2, mutations) {
  let segments = [...session2.segments];
  let truncateAt;
  for (const m of mutations) {
    const n = segments.length;
    if (n === 0) break;
    const at = (i) => i % n;
    switch (m.op) {
      case "bitflip": {
        const s = segments[at(m.segment)];
        if (s.bytes.length === 0) break;
        const bytes = Buffer.from(s.bytes);
        const bit = m.bit % (bytes.length * 8);
        bytes[bit >> 3] ^= 1 << (bit & 7);
        segments[at(m.segment)] = { ...s, bytes };
        break;
      }
      case "byte": {
        const s = segments[at(m.segment)];
        if (s.bytes.length === 0) break;
        const bytes = Buffer.from(s.bytes);
        bytes[m.at % bytes.length] = m.value;
        segments[at(m.segment)] = { ...s, bytes };
        break;
      }
      case "truncate":
        truncateAt = m.at;
        break;
      case "duplicate":
        segments.splice(at(m.segment), 0, segments[at(m.segment)]);
        break;
      case "drop":
        segments.splice(at(m.segment), 1);
        break;
      case "swap": {
        const a = at(m.a);
        const b = at(m.b);
        [segments[a], segments[b]] = [segments[b], segments[a]];
        break;
      }
      case "length":
        segments[at(m.segment)] = withLength(segments[at(m.segment)], m.size);
        break;
      case "insert":
        segments.splice(at(m.segment), 0, { kind: "raw", label: `raw ${m.bytes.length}B`, bytes: m.bytes });
        break;
      case "command":
        segments[at(m.segment)] = renamed(segments[at(m.segment)], m.name);
        break;
    }
  }
  if (truncateAt !== void 0) {
    const bytes = sessionBytes({ segments });
    const keep = bytes.length === 0 ? 0 : truncateAt % bytes.length;
    segments = [{ kind: "raw", label: `truncated ${keep}B`, bytes: bytes.subarray(0, keep) }];
  }
  const length = sessionBytes({ segments }).length;
  return { segments, cuts: session2.cuts.filter((c) => c < length), mutations: mutations.map(describe) };
}
function hostile(sessions, options = {}) {
  return fast_check_default.tuple(sessions, fast_check_default.array(mutation(), { minLength: 1, maxLength: options.maxMutations ?? 4 })).map(([s, ms]) => applyMutations(s, ms));
}

// src/cli/fuzz/curve-wire.ts
import { createHash } from "crypto";
function seededBytes(seed, label, length) {
  const out = new Uint8Array(length);
  for (let block = 0, at = 0; at < length; block++, at += 32) {
    const digest = createHash("sha256").update(`purezmq-fuzz/${seed}/${label}/${block}`).digest();
    out.set(digest.subarray(0, Math.min(32, length - at)), at);
  }
  return out;
}
function seededKeyPair(seed, label) {
  const secretKey = seededBytes(seed, label, 32);
  return { secretKey, publicKey: publicKeyOf(secretKey) };
}
var LOW_ORDER_KEYS = [new Uint8Array(32), Uint8Array.from({ length: 32 }, (_, i) => i === 0 ? 1 : 0)];
var NAMES = {
  HELLO: Buffer.from("HELLO", "latin1"),
  WELCOME: Buffer.from("\x07WELCOME", "latin1"),
  INITIATE: Buffer.from("\bINITIATE", "latin1"),
  READY: Buffer.from("READY", "latin1"),
  MESSAGE: Buffer.from("\x07MESSAGE", "latin1")
};
function counterBytes(counter) {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt.asUintN(64, counter));
  return b;
}
function flipBit(bytes, at, bit) {
  if (bytes.length > 0) bytes[at % bytes.length] ^= 1 << (bit & 7);
}
function generic(body, m) {
  if (m.op === "flip") {
    const copy = Buffer.from(body);
    flipBit(copy, m.a, m.b);
    return copy;
  }
  if (m.op === "length") {
    if (m.a >= 0) return body.subarray(0, Math.max(0, body.length - 1 - m.a % body.length));
    return Buffer.concat([body, Buffer.alloc(-m.a, m.b & 255)]);
  }
  return body;
}
function frameFlags(mutations, flags = FLAG_COMMAND) {
  let f = flags;
  for (const m of mutations) if (m.op === "frame-flags") f = m.a & 7;
  return f;
}
function frame2(body, mutations, flags = FLAG_COMMAND) {
  return frameBytes(
    frameFlags(mutations, flags),
    body,
    body.length > 255 || mutations.some((m) => m.op === "long-header")
  );
}
var of = (mutations, stage, index) => mutations.filter((m) => m.stage === stage && (index === void 0 || m.index === index));
function greetingBytes(mutations) {
  const g = Buffer.alloc(64);
  g[0] = 255;
  g[9] = 127;
  g[10] = 3;
  g[11] = 1;
  g.write("CURVE", 12, "latin1");
  for (const m of of(mutations, "greeting")) {
    if (m.op === "minor") g[11] = m.a & 255;
    else if (m.op === "mechanism") g.write(["NULL\0", "PLAIN", "curve", "CURVF", "GSSAPI"][m.a % 5], 12, "latin1");
    else if (m.op === "as-server") g[32] = m.a & 255;
    else if (m.op === "flip") flipBit(g, 10 + m.a % 54, m.b);
  }
  return g;
}
function helloFrame(identity, transient, mutations) {
  const ms = of(mutations, "hello");
  let counter = 1n;
  let transientPublic = transient.publicKey;
  for (const m of ms) {
    if (m.op === "nonce") counter = [0n, 1n, 2n ** 63n, 2n ** 64n - 1n][m.a % 4];
    if (m.op === "key")
      transientPublic = m.a % 2 === 0 ? LOW_ORDER_KEYS[m.b % 2] : seededKeyPair(m.a + m.b, "other-transient").publicKey;
  }
  const helloKey = precompute(transient.secretKey, identity.serverKey);
  const reference = Buffer.alloc(200);
  NAMES.HELLO.copy(reference, 0);
  reference[6] = 1;
  reference.set(transient.publicKey, 80);
  reference.set(counterBytes(counter), 112);
  if (helloKey)
    reference.set(seal(helloKey, nonce("CurveZMQHELLO---", counterBytes(counter)), new Uint8Array(64)), 120);
  const body = Buffer.from(reference);
  body.set(transientPublic, 80);
  for (const m of ms) {
    if (m.op === "version") {
      body[6] = m.a & 255;
      body[7] = m.b & 255;
    } else if (m.op === "padding") body[8 + m.a % 72] = m.b & 255 || 1;
    else if (m.op === "box-flip") flipBit(body.subarray(120), m.a, m.b);
  }
  let out = body;
  for (const m of ms) if (m.op === "flip" || m.op === "length") out = generic(out, m);
  let refuse;
  if ((frameFlags(ms) & FLAG_COMMAND) === 0) refuse = "HELLO in a data frame";
  else if (out.length !== 200) refuse = "HELLO is not 200 bytes";
  else if (!out.subarray(0, 6).equals(reference.subarray(0, 6))) refuse = "HELLO with a changed name";
  else if (out[6] !== 1 || out[7] !== 0) refuse = "HELLO version is not 1.0";
  else if (!out.subarray(80).equals(reference.subarray(80)))
    refuse = "HELLO box does not authenticate (key, nonce or box changed)";
  return { frame: frame2(out, ms), helloKey, refuse };
}
function openWelcome(helloKey, body) {
  if (helloKey === void 0 || body.length !== 168 || !body.subarray(0, 8).equals(NAMES.WELCOME)) return void 0;
  const plain = open(helloKey, nonce("WELCOME-", body.subarray(8, 24)), body.subarray(24));
  if (plain === void 0) return void 0;
  return { serverTransient: plain.slice(0, 32), cookie: Buffer.from(plain.subarray(32, 128)) };
}
function initiateMetadata(socketType2, ms) {
  const properties = [["Socket-Type", Buffer.from(socketType2)]];
  if (socketType2 === "REQ" || socketType2 === "DEALER" || socketType2 === "ROUTER")
    properties.push(["Identity", Buffer.alloc(0)]);
  let bytes = encodeProperties(properties);
  for (const m of ms) {
    if (m.op !== "metadata") continue;
    switch (m.a % 6) {
      case 0:
        bytes = encodeProperties([["X-Fuzz", Buffer.from("1")]]);
        break;
      case 1:
        bytes = encodeProperties([["Socket-Type", Buffer.from("GATHERER")]]);
        break;
      case 2:
        bytes = Buffer.concat([bytes, Buffer.from([4, 65, 66, 67, 68, 255, 255, 255, m.b & 255])]);
        break;
      case 3:
        bytes = bytes.subarray(0, 1 + m.b % Math.max(1, bytes.length - 1));
        break;
      case 4:
        bytes = Buffer.concat([bytes, Buffer.from([0, 0, 0, 0, 0])]);
        break;
      default:
        bytes = Buffer.concat([
          bytes,
          encodeProperties(Array.from({ length: 200 + (m.b & 255) }, (_, i) => [`X-${i}`, Buffer.alloc(8)]))
        ]);
    }
  }
  const parsed = parseProperties(bytes, void 0, { maxProperties: -1, maxBytes: -1 });
  let refuse;
  if (parsed instanceof Error) refuse = `INITIATE metadata malformed (${parsed.message})`;
  else {
    const type = getProperty(parsed, "Socket-Type")?.toString("latin1");
    if (type !== void 0 && !KNOWN_TYPES.has(type)) refuse = "INITIATE metadata with an unknown Socket-Type";
  }
  return { bytes, refuse };
}
var KNOWN_TYPES = /* @__PURE__ */ new Set(["PAIR", "PUB", "SUB", "REQ", "REP", "DEALER", "ROUTER", "PULL", "PUSH", "XPUB", "XSUB"]);
function initiateFrame(identity, transient, welcome, socketType2, vouchNonce, mutations) {
  const ms = of(mutations, "initiate");
  const serverTransient = welcome?.serverTransient ?? new Uint8Array(32);
  const cookie = Buffer.from(welcome?.cookie ?? Buffer.alloc(96));
  let counter = 2n;
  let vouchServerKey = identity.serverKey;
  let vouchTransient = transient.publicKey;
  let clientPublic = identity.clientPublic;
  for (const m of ms) {
    if (m.op === "cookie-flip") flipBit(cookie, m.a, m.b);
    else if (m.op === "nonce") counter = [0n, 1n, 3n, 2n ** 64n - 1n][m.a % 4];
    else if (m.op === "vouch-server-key") vouchServerKey = seededBytes(m.b, "other-server", 32);
    else if (m.op === "vouch-transient") vouchTransient = seededBytes(m.b, "other-transient", 32);
    else if (m.op === "client-key")
      clientPublic = m.a % 2 === 0 ? LOW_ORDER_KEYS[m.b % 2] : seededKeyPair(m.b, "other-client").publicKey;
  }
  const sessionKey = precompute(transient.secretKey, serverTransient);
  const vouchKey = precompute(identity.clientSecret, serverTransient);
  const vouchPlain = new Uint8Array(64);
  vouchPlain.set(vouchTransient, 0);
  vouchPlain.set(vouchServerKey, 32);
  const sealedVouch = vouchKey ? seal(vouchKey, nonce("VOUCH---", vouchNonce), vouchPlain) : new Uint8Array(80);
  const vouch = Uint8Array.from(sealedVouch);
  for (const m of ms) if (m.op === "vouch-flip") flipBit(vouch, m.a, m.b);
  const metadata2 = initiateMetadata(socketType2, ms);
  const inner = Buffer.concat([clientPublic, vouchNonce, vouch, metadata2.bytes]);
  const box = sessionKey ? seal(sessionKey, nonce("CurveZMQINITIATE", counterBytes(counter)), inner) : new Uint8Array(inner.length + 16);
  const reference = Buffer.concat([NAMES.INITIATE, welcome?.cookie ?? Buffer.alloc(96), counterBytes(counter), box]);
  let body = Buffer.concat([NAMES.INITIATE, cookie, counterBytes(counter), box]);
  for (const m of ms) if (m.op === "box-flip") flipBit(body.subarray(113), m.a, m.b);
  for (const m of ms) if (m.op === "flip" || m.op === "length") body = generic(body, m);
  let refuse;
  if (welcome === void 0) refuse = "INITIATE without a cookie from WELCOME";
  else if ((frameFlags(ms) & FLAG_COMMAND) === 0) refuse = "INITIATE in a data frame";
  else if (!body.subarray(0, 9).equals(NAMES.INITIATE)) refuse = "INITIATE with a changed name";
  else if (!body.subarray(9, 105).equals(reference.subarray(9, 105))) refuse = "INITIATE cookie does not authenticate";
  else if (!body.equals(reference)) refuse = "INITIATE box does not authenticate (nonce, box or length changed)";
  else if (!equalBytes(clientPublic, identity.clientPublic))
    refuse = "INITIATE vouch not sealed by the client key it names";
  else if (!equalBytes(vouch, sealedVouch)) refuse = "INITIATE vouch does not authenticate";
  else if (!equalBytes(vouchTransient, transient.publicKey)) refuse = "INITIATE vouch for another transient key";
  else refuse = metadata2.refuse;
  return { frame: frame2(body, ms), sessionKey, refuse };
}
function equalBytes(a, b) {
  return Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);
}
function openReady(sessionKey, body) {
  if (sessionKey === void 0 || body.length < 30 || !body.subarray(0, 6).equals(NAMES.READY)) return void 0;
  const plain = open(sessionKey, nonce("CurveZMQREADY---", body.subarray(6, 14)), body.subarray(14));
  if (plain === void 0) return void 0;
  return { counter: body.readBigUInt64BE(6), metadata: Buffer.from(plain) };
}
function messageFrame(sessionKey, counter, last, plain, index, mutations, noncePrefix = "CurveZMQMESSAGEC") {
  const ms = of(mutations, "message", index);
  let used = counter;
  let inner = ((plain.flags & 1) !== 0 ? 1 : 0) | ((plain.flags & FLAG_COMMAND) !== 0 ? 2 : 0);
  for (const m of ms) {
    if (m.op === "nonce-replay") used = last;
    else if (m.op === "nonce-lower") used = [0n, 1n, last > 1n ? last - 1n : 0n][m.a % 3];
    else if (m.op === "nonce-skip") used = counter + BigInt(1 + m.a % 1e3);
    else if (m.op === "nonce-max") used = 2n ** 64n - 1n;
    else if (m.op === "inner-flags") inner = m.a & 255;
  }
  const payload = Buffer.concat([Buffer.from([inner]), Buffer.from(plain.hex, "hex")]);
  const box = sessionKey ? seal(sessionKey, nonce(noncePrefix, counterBytes(used)), payload) : new Uint8Array(payload.length + 16);
  const reference = Buffer.concat([NAMES.MESSAGE, counterBytes(used), box]);
  let body = Buffer.from(reference);
  for (const m of ms) {
    if (m.op === "mac-flip") flipBit(body.subarray(16), m.a, m.b);
    else if (m.op === "name") body[1 + m.a % 7] ^= 32;
  }
  for (const m of ms) {
    if (m.op === "short") body = body.subarray(0, m.a % 33);
    else if (m.op === "flip" || m.op === "length") body = generic(body, m);
  }
  let refuse;
  if (!sessionKey) refuse = "MESSAGE without a session key";
  else if (used >= 2n ** 64n) refuse = "MESSAGE after the nonce reached 2^64 - 1";
  else if (used <= last) refuse = "MESSAGE nonce does not increase";
  else if (body.length < 33) refuse = "MESSAGE shorter than name, nonce and tag";
  else if (!body.subarray(0, 8).equals(NAMES.MESSAGE)) refuse = "MESSAGE with a changed name";
  else if (!body.equals(reference)) refuse = "MESSAGE box does not authenticate";
  const next = used >= counter ? used + 1n : counter;
  return { frame: frame2(body, ms, 0), next, refuse };
}
function strayCommand(which, seed) {
  switch (which % 5) {
    case 0:
      return frameBytes(FLAG_COMMAND, Buffer.concat([NAMES.WELCOME, seededBytes(seed, "stray", 160)]));
    case 1:
      return frameBytes(FLAG_COMMAND, Buffer.concat([NAMES.READY, seededBytes(seed, "stray", 40)]));
    case 2:
      return frameBytes(FLAG_COMMAND, Buffer.from("ERROR400", "latin1"));
    case 3:
      return frameBytes(FLAG_COMMAND, Buffer.from("PING\0\n", "latin1"));
    default:
      return frameBytes(FLAG_COMMAND, readyBody([["Socket-Type", Buffer.from("DEALER")]]));
  }
}
var STRAY_NAMES = ["WELCOME", "READY", "ERROR", "PING", "plaintext READY"];

// src/cli/fuzz/curve-plan.ts
var ORDERS = [
  "initiate-early",
  "hello-twice",
  "skip-hello",
  "stray-before-hello",
  "stray-after-hello",
  "message-early",
  "message-instead-of-initiate"
];
var SERVER_ORDERS = ["stray-before-hello", "skip-hello", "hello-twice", "message-early"];
var OPS = {
  greeting: ["minor", "mechanism", "as-server", "flip"],
  // As the server, no mechanism mismatch and no ERROR: a client must stop reconnecting after either (G-8, H-14).
  "server-greeting": ["minor", "as-server", "flip"],
  welcome: ["box-flip", "flip", "length", "frame-flags", "long-header"],
  ready: ["box-flip", "nonce", "metadata", "flip", "length", "frame-flags", "long-header"],
  hello: ["version", "padding", "nonce", "box-flip", "key", "flip", "length", "frame-flags", "long-header"],
  initiate: [
    "cookie-flip",
    "nonce",
    "box-flip",
    "vouch-flip",
    "vouch-server-key",
    "vouch-transient",
    "client-key",
    "metadata",
    "metadata",
    "flip",
    "length",
    "frame-flags",
    "long-header"
  ],
  message: [
    "mac-flip",
    "nonce-replay",
    "nonce-lower",
    "nonce-skip",
    "nonce-max",
    "inner-flags",
    "name",
    "short",
    "flip",
    "length",
    "frame-flags",
    "long-header"
  ]
};
function framesOf(segments) {
  const decoder = new FrameDecoder(1024 * 1024);
  decoder.push(Buffer.concat(segments.map((s) => s.bytes)));
  const frames = [];
  while (decoder.next() === FRAME) frames.push({ flags: decoder.flags, hex: decoder.body.toString("hex") });
  return frames;
}
function mutationArbitrary(messages, role) {
  const position = fast_check_default.nat({ max: 4095 });
  const of3 = (stage, index, ops = OPS[stage]) => fast_check_default.record({ op: fast_check_default.constantFrom(...ops), a: position, b: fast_check_default.nat({ max: 255 }) }).map(({ op, a, b }) => index === void 0 ? { stage, op, a, b } : { stage, op, a, b, index });
  const stages = [
    { weight: 1, arbitrary: of3("greeting", void 0, role === "client" ? OPS.greeting : OPS["server-greeting"]) },
    { weight: 4, arbitrary: of3(role === "client" ? "hello" : "welcome") },
    { weight: 5, arbitrary: of3(role === "client" ? "initiate" : "ready") }
  ];
  if (messages > 0)
    stages.push({ weight: 5, arbitrary: fast_check_default.nat({ max: messages - 1 }).chain((index) => of3("message", index)) });
  return fast_check_default.oneof(...stages);
}
function validCurvePlan(socketType2) {
  return fast_check_default.record({
    keySeed: fast_check_default.nat(),
    segments: traffic(socketType2, { minor: 1, maxTraffic: 4, maxSize: 300 }),
    chunk: fast_check_default.constantFrom(0, 0, 0, 1, 7, 64)
  }).map(({ keySeed, segments, chunk }) => ({ keySeed, mutations: [], frames: framesOf(segments), chunk }));
}
function hostileCurvePlan(socketType2, role = "client") {
  return validCurvePlan(socketType2).chain((plan) => {
    const frames = Math.max(plan.frames.length, 1);
    const withFrames = plan.frames.length > 0 ? plan.frames : [{ flags: 0, hex: "00" }];
    return fast_check_default.record({
      order: fast_check_default.option(fast_check_default.constantFrom(...role === "client" ? ORDERS : SERVER_ORDERS), { freq: 4 }),
      stray: fast_check_default.nat({ max: STRAY_NAMES.length - 1 }).filter((i) => role === "client" || STRAY_NAMES[i] !== "ERROR"),
      mutations: fast_check_default.array(mutationArbitrary(frames, role), { minLength: 1, maxLength: 3 })
    }).map(({ order, stray, mutations }) => {
      const out = { ...plan, frames: withFrames, mutations };
      if (order !== null) {
        out.order = order;
        if (order.startsWith("stray")) out.stray = stray;
      }
      return out;
    });
  });
}
function describePlan(plan) {
  const lines = plan.mutations.map(
    (m) => `${m.stage}${m.index === void 0 ? "" : `#${m.index}`} ${m.op}(${m.a},${m.b})`
  );
  if (plan.order) lines.unshift(plan.stray === void 0 ? plan.order : `${plan.order} ${STRAY_NAMES[plan.stray]}`);
  if (plan.chunk > 0) lines.push(`chunks of ${plan.chunk}`);
  return lines;
}
function* simplerPlans(plan) {
  if (plan.order) yield { ...plan, order: void 0, stray: void 0 };
  for (let i = 0; i < plan.mutations.length; i++)
    yield { ...plan, mutations: plan.mutations.filter((_, j) => j !== i) };
  if (plan.chunk > 0) yield { ...plan, chunk: 0 };
  const used = new Set(plan.mutations.map((m) => m.index).filter((i) => i !== void 0));
  for (let i = plan.frames.length - 1; i >= 0; i--) {
    if (used.has(i)) continue;
    yield {
      ...plan,
      frames: plan.frames.filter((_, j) => j !== i),
      mutations: plan.mutations.map((m) => m.index !== void 0 && m.index > i ? { ...m, index: m.index - 1 } : m)
    };
  }
}

// src/cli/fuzz/engine.ts
import { setTimeout as sleep } from "timers/promises";

// src/cli/fuzz/curve-server-wire.ts
var COUNTER = (n) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt.asUintN(64, n));
  return b;
};
var of2 = (mutations, stage, index) => mutations.filter((m) => m.stage === stage && (index === void 0 || m.index === index));
function flip(bytes, at, bit) {
  if (bytes.length > 0) bytes[at % bytes.length] ^= 1 << (bit & 7);
}
function frameOf(body, ms, flags = FLAG_COMMAND) {
  let f = flags;
  for (const m of ms) if (m.op === "frame-flags") f = m.a & 7;
  return frameBytes(f, body, body.length > 255 || ms.some((m) => m.op === "long-header"));
}
function blind(body, ms) {
  let out = Buffer.from(body);
  for (const m of ms) {
    if (m.op === "flip") flip(out, m.a, m.b);
    else if (m.op === "length")
      out = m.a % 2 === 0 ? out.subarray(0, Math.max(0, out.length - 1 - m.a % 40)) : Buffer.concat([out, Buffer.alloc(1 + m.b % 40)]);
  }
  return out;
}
function openHello(serverSecret2, body) {
  if (body.length !== 200 || body.toString("latin1", 0, 6) !== "HELLO") return void 0;
  const clientTransient = body.subarray(80, 112);
  const key = precompute(serverSecret2, clientTransient);
  if (!key || !open(key, nonce("CurveZMQHELLO---", body.subarray(112, 120)), body.subarray(120, 200))) return void 0;
  return Uint8Array.from(clientTransient);
}
function welcomeFrame(serverSecret2, clientTransient, transient, keySeed, mutations) {
  const ms = of2(mutations, "welcome");
  const key = precompute(serverSecret2, clientTransient);
  const welcomeNonce = seededBytes(keySeed, "welcome-nonce", 16);
  const plain = new Uint8Array(128);
  plain.set(transient.publicKey, 0);
  plain.set(seededBytes(keySeed, "cookie", 96), 32);
  const reference = Buffer.concat([
    Buffer.from("\x07WELCOME", "latin1"),
    welcomeNonce,
    key ? seal(key, nonce("WELCOME-", welcomeNonce), plain) : new Uint8Array(144)
  ]);
  let body = Buffer.from(reference);
  for (const m of ms) if (m.op === "box-flip") flip(body.subarray(24), m.a, m.b);
  body = blind(body, ms);
  let refuse;
  if ((ms.reduce((f, m) => m.op === "frame-flags" ? m.a & 7 : f, FLAG_COMMAND) & FLAG_COMMAND) === 0)
    refuse = "WELCOME in a data frame";
  else if (body.length !== 168) refuse = "WELCOME is not 168 bytes";
  else if (!body.equals(reference)) refuse = "WELCOME box does not authenticate";
  return { frame: frameOf(body, ms), refuse };
}
function openInitiate(sessionKey, body) {
  if (!sessionKey || body.length < 257 || body.toString("latin1", 0, 9) !== "\bINITIATE") return void 0;
  const inner = open(sessionKey, nonce("CurveZMQINITIATE", body.subarray(105, 113)), body.subarray(113));
  return inner ? { counter: body.readBigUInt64BE(105) } : void 0;
}
function readyFrame(sessionKey, socketType2, mutations) {
  const ms = of2(mutations, "ready");
  let counter = 1n;
  let metadata2 = encodeProperties([["Socket-Type", Buffer.from(socketType2)]]);
  let badMetadata;
  for (const m of ms) {
    if (m.op === "nonce") counter = [0n, 2n ** 63n, 2n ** 64n - 1n][m.a % 3];
    if (m.op === "metadata") {
      const variant = m.a % 3;
      if (variant === 0) {
        metadata2 = Buffer.from([11, ...Buffer.from("Socket-Type"), 255, 255, 255, 255]);
        badMetadata = "READY metadata malformed (value length past the end)";
      } else if (variant === 1) {
        metadata2 = Buffer.alloc(0);
        badMetadata = void 0;
      } else {
        metadata2 = encodeProperties([["Socket-Type", Buffer.from("GATHERER")]]);
        badMetadata = "READY from an unknown Socket-Type";
      }
    }
  }
  const reference = Buffer.concat([
    Buffer.from("READY", "latin1"),
    COUNTER(counter),
    sessionKey ? seal(sessionKey, nonce("CurveZMQREADY---", COUNTER(counter)), metadata2) : new Uint8Array(16)
  ]);
  let body = Buffer.from(reference);
  for (const m of ms) if (m.op === "box-flip") flip(body.subarray(14), m.a, m.b);
  body = blind(body, ms);
  let refuse;
  if ((ms.reduce((f, m) => m.op === "frame-flags" ? m.a & 7 : f, FLAG_COMMAND) & FLAG_COMMAND) === 0)
    refuse = "READY in a data frame";
  else if (body.length < 30) refuse = "READY shorter than 30 bytes";
  else if (!body.equals(reference)) refuse = "READY box does not authenticate";
  else refuse = badMetadata;
  return { frame: frameOf(body, ms), refuse, counter };
}

// src/cli/fuzz/oracle.ts
var MECHANISMS = /* @__PURE__ */ new Set(["NULL", "PLAIN", "CURVE", "GSSAPI"]);
function sentZmtp3(sent) {
  return sent.length >= 11 && sent[0] === 255 && (sent[9] & 1) === 1 && sent[10] >= 3;
}
function violation(sent, response, mechanism) {
  if (response.length === 0) return void 0;
  if (response[0] !== 255)
    return `greeting signature starts with 0x${response[0].toString(16)}, not 0xff (RFC 23 \xA72.2)`;
  if (response.length >= 10 && (response[9] & 1) !== 1)
    return `greeting signature byte 9 is 0x${response[9].toString(16)}, low bit must be 1`;
  if (!sentZmtp3(sent) || response.length < 11) return void 0;
  if (response[10] < 3) return `answered our ZMTP 3 greeting with major version ${response[10]}`;
  if (response.length < 64) return void 0;
  const name = response.toString("latin1", 12, 32).replace(/\0+$/, "");
  if (!MECHANISMS.has(name) || /\0/.test(name))
    return `greeting mechanism ${JSON.stringify(response.toString("latin1", 12, 32))} is not NUL-padded known name`;
  if (response[32] > 1) return `greeting as-server byte is ${response[32]}, must be 0 or 1`;
  if (name !== mechanism) return void 0;
  const decoder = new FrameDecoder(64 * 1024 * 1024);
  decoder.push(response.subarray(64));
  let index = 0;
  for (; ; ) {
    const result = decoder.next();
    if (result === NEED_MORE) return void 0;
    if (result === DECODE_ERROR) return `undecodable frame after the greeting: ${decoder.error?.message}`;
    if (result !== FRAME) return void 0;
    const problem = judgeFrame(decoder.flags, decoder.body, index++, mechanism);
    if (problem) return problem;
  }
}
function judgeFrame(flags, body, index, mechanism) {
  const isCommand = (flags & FLAG_COMMAND) !== 0;
  if (index === 0 && !isCommand) return "first frame after the greeting is a data frame, not a handshake command";
  if (!isCommand) return void 0;
  const name = commandName(body);
  if (name === void 0)
    return `malformed command frame (${body.length} bytes: ${body.subarray(0, 16).toString("hex")})`;
  const data = commandData(body);
  if (index === 0) {
    const expected = mechanism === "NULL" ? ["READY", "ERROR"] : mechanism === "PLAIN" ? ["WELCOME", "ERROR", "HELLO"] : [];
    if (expected.length > 0 && !expected.includes(name))
      return `first command is ${name}, expected ${expected.join(" or ")}`;
  }
  if (name === "ERROR" && parseErrorReason(data) === void 0) return "malformed ERROR command";
  if (name === "READY" || name === "INITIATE") {
    const properties = parseProperties(data);
    if (properties instanceof Error) return `${name} metadata does not parse: ${properties.message}`;
    if (!properties.has("Socket-Type")) return `${name} without Socket-Type`;
  }
  return void 0;
}
function handshakeAnswered(response, mechanism, role = "client") {
  if (response.length < 64 || response[0] !== 255) return false;
  const decoder = new FrameDecoder(64 * 1024 * 1024);
  decoder.push(response.subarray(64));
  while (decoder.next() === FRAME) {
    if ((decoder.flags & FLAG_COMMAND) === 0) continue;
    const name = commandName(decoder.body);
    if (name === "READY" || mechanism !== "NULL" && name === "WELCOME") return true;
    if (role === "server" && mechanism === "CURVE" && name === "HELLO") return true;
  }
  return false;
}

// src/cli/fuzz/curve-session.ts
var Conversation = class {
  constructor(socket) {
    this.socket = socket;
    socket.on("data", (chunk) => {
      if (this.received.length < 1024 * 1024) this.received = Buffer.concat([this.received, chunk]);
      this.decode();
      this.wake?.();
    });
    socket.on("error", () => {
    });
    socket.on("close", () => {
      this.closed = true;
      this.wake?.();
    });
  }
  sent = [];
  received = Buffer.alloc(0);
  frames = [];
  decodeError;
  closed = false;
  reached = "nothing";
  decoder = new FrameDecoder(64 * 1024 * 1024);
  decoded = 0;
  wake;
  decode() {
    if (this.received.length < 64 || this.decodeError) return;
    if (this.decoded < 64) this.decoded = 64;
    this.decoder.push(this.received.subarray(this.decoded));
    this.decoded = this.received.length;
    for (; ; ) {
      const result = this.decoder.next();
      if (result === FRAME) this.frames.push({ flags: this.decoder.flags, body: Buffer.from(this.decoder.body) });
      else {
        if (result === DECODE_ERROR) this.decodeError = this.decoder.error?.message ?? "undecodable frame";
        return;
      }
    }
  }
  write(bytes, chunk) {
    this.sent.push(bytes);
    if (this.socket.destroyed) return;
    if (chunk <= 0) this.socket.write(bytes);
    else for (let at = 0; at < bytes.length; at += chunk) this.socket.write(bytes.subarray(at, at + chunk));
  }
  /** Until `done()` holds, the peer closes, or `ms` pass. */
  async until(done, ms) {
    const stopAt = Date.now() + ms;
    while (!done() && !this.closed && Date.now() < stopAt) {
      await new Promise((resolve2) => {
        const timer = setTimeout(resolve2, stopAt - Date.now());
        this.wake = () => {
          clearTimeout(timer);
          resolve2();
        };
      });
      this.wake = void 0;
    }
  }
  /** Until the peer has been quiet for `quietMs` (or closes), at most `ms`. */
  async settle(quietMs, ms) {
    const stopAt = Date.now() + ms;
    let seen = -1;
    while (!this.closed && seen !== this.received.length && Date.now() < stopAt) {
      seen = this.received.length;
      await this.until(() => this.received.length !== seen, Math.min(quietMs, stopAt - Date.now()));
    }
  }
  hangUp() {
    this.socket.removeAllListeners("data");
    this.socket.destroy();
  }
};
function malformedCommand(frame3) {
  if ((frame3.flags & FLAG_COMMAND) === 0) return "a data frame where a CURVE handshake command belongs";
  const name = commandName(frame3.body);
  if (name === void 0)
    return `malformed command frame (${frame3.body.length} bytes: ${frame3.body.subarray(0, 16).toString("hex")})`;
  if (name === "ERROR" && parseErrorReason(frame3.body.subarray(6)) === void 0) return "malformed ERROR command";
  return void 0;
}
function judgeMessages(frames, sessionKey, readyCounter, noncePrefix = "CurveZMQMESSAGES", who = "server") {
  let last = readyCounter;
  for (const frame3 of frames) {
    const body = frame3.body;
    if (body.length < 33 || body.toString("latin1", 0, 8) !== "\x07MESSAGE")
      return `expected a CURVE MESSAGE from the ${who} after READY, got ${body.length} bytes: ${body.subarray(0, 16).toString("hex")}`;
    const counter = body.readBigUInt64BE(8);
    if (counter <= last) return `${who} MESSAGE nonce ${counter} does not increase (previous ${last})`;
    last = counter;
    const plain = open(sessionKey, nonce(noncePrefix, body.subarray(8, 16)), body.subarray(16));
    if (plain === void 0) return `${who} MESSAGE (nonce ${counter}) does not authenticate`;
    if ((plain[0] & ~3) !== 0) return `${who} MESSAGE inner flags 0x${plain[0].toString(16)} has undefined bits`;
    if ((plain[0] & 2) !== 0 && commandName(Buffer.from(plain.subarray(1))) === void 0)
      return `${who} MESSAGE carries a malformed command`;
  }
  return void 0;
}
async function runCurveCase(target, plan, context3) {
  const socket = await target.open(context3.exchange.openMs);
  if (typeof socket === "string") return { unreachable: socket, sent: [], reached: "nothing" };
  const talk = new Conversation(socket);
  try {
    const problem = await converse(talk, plan, context3);
    return { problem: context3.checkAnswers ? problem : void 0, sent: talk.sent, reached: talk.reached };
  } finally {
    talk.hangUp();
  }
}
async function converse(talk, plan, context3) {
  const { identity, socketType: socketType2, exchange: exchange2 } = context3;
  const transient = seededKeyPair(plan.keySeed, "transient");
  const vouchNonce = seededBytes(plan.keySeed, "vouch", 16);
  const greeting2 = greetingBytes(plan.mutations);
  const judge = !plan.mutations.some((m) => m.stage === "greeting");
  const hello = helloFrame(identity, transient, plan.mutations);
  const stray = strayCommand(plan.stray ?? 0, plan.keySeed);
  const early = () => initiateFrame(identity, transient, void 0, socketType2, vouchNonce, plan.mutations).frame;
  let first = greeting2;
  let noWelcome = hello.refuse;
  if (plan.order === "stray-before-hello") {
    first = Buffer.concat([first, stray, hello.frame]);
    noWelcome = `${STRAY_NAMES[plan.stray ?? 0]} before HELLO`;
  } else if (plan.order === "skip-hello") {
    first = Buffer.concat([first, early()]);
    noWelcome = "INITIATE without HELLO";
  } else first = Buffer.concat([first, hello.frame]);
  let noReady;
  if (plan.order === "initiate-early") {
    first = Buffer.concat([first, early()]);
    noReady = "INITIATE sent before WELCOME (no cookie)";
  }
  if (plan.order === "stray-after-hello") {
    first = Buffer.concat([first, stray]);
    noReady = `${STRAY_NAMES[plan.stray ?? 0]} where INITIATE belongs`;
  }
  talk.write(first, plan.chunk);
  const settle = () => talk.settle(exchange2.settleMs, exchange2.maxMs);
  await talk.until(
    () => talk.frames.length >= 1 || talk.decodeError !== void 0,
    noWelcome === void 0 ? context3.deadlineMs : exchange2.settleMs * 4
  );
  const greetingProblem = violation(greeting2, talk.received.subarray(0, 64), "CURVE");
  if (greetingProblem) return greetingProblem;
  if (!judge) return settle().then(() => void 0);
  if (talk.decodeError) return `undecodable frame after the greeting: ${talk.decodeError}`;
  const welcomeFrame2 = talk.frames[0];
  if (welcomeFrame2 === void 0) return void 0;
  const bad = malformedCommand(welcomeFrame2);
  if (bad) return bad;
  const firstName = commandName(welcomeFrame2.body);
  if (firstName === "ERROR") return void 0;
  if (firstName !== "WELCOME") return `first command is ${firstName}, expected WELCOME or ERROR`;
  if (noWelcome) return `WELCOME in answer to a HELLO that must be refused: ${noWelcome}`;
  const welcome = openWelcome(hello.helloKey, welcomeFrame2.body);
  if (welcome === void 0) return `WELCOME (${welcomeFrame2.body.length} bytes) does not open with our transient key`;
  talk.reached = "WELCOME";
  let sessionKey;
  let last = 2n;
  let pending2 = plan.frames;
  if (plan.order === "hello-twice") {
    talk.write(hello.frame, plan.chunk);
    noReady = "a second HELLO where INITIATE belongs";
  } else if (plan.order === "message-instead-of-initiate") {
    const initiate = initiateFrame(identity, transient, welcome, socketType2, vouchNonce, []);
    talk.write(
      messageFrame(initiate.sessionKey, 3n, 2n, plan.frames[0] ?? { flags: 0, hex: "" }, -1, []).frame,
      plan.chunk
    );
    noReady = "MESSAGE where INITIATE belongs";
  } else if (noReady === void 0) {
    const initiate = initiateFrame(identity, transient, welcome, socketType2, vouchNonce, plan.mutations);
    sessionKey = initiate.sessionKey;
    noReady = initiate.refuse;
    const nonceOp = plan.mutations.find((m) => m.stage === "initiate" && m.op === "nonce");
    if (nonceOp) last = [0n, 1n, 3n, 2n ** 64n - 1n][nonceOp.a % 4];
    let bytes = initiate.frame;
    if (plan.order === "message-early" && pending2.length > 0) {
      const m = messageFrame(sessionKey, last + 1n, last, pending2[0], 0, plan.mutations);
      bytes = Buffer.concat([bytes, m.frame]);
      last = m.next - 1n;
      pending2 = pending2.slice(1);
    }
    talk.write(bytes, plan.chunk);
  }
  await talk.until(
    () => talk.frames.length >= 2 || talk.decodeError !== void 0,
    noReady === void 0 ? context3.deadlineMs : exchange2.settleMs * 4
  );
  if (talk.decodeError) return `undecodable frame: ${talk.decodeError}`;
  const readyFrame2 = talk.frames[1];
  if (readyFrame2 === void 0) return void 0;
  const badReady = malformedCommand(readyFrame2);
  if (badReady) return badReady;
  const secondName = commandName(readyFrame2.body);
  if (secondName === "ERROR") return void 0;
  if (secondName !== "READY") return `second command is ${secondName}, expected READY or ERROR`;
  if (noReady) return `READY in answer to an INITIATE that must be refused: ${noReady}`;
  const ready = openReady(sessionKey, readyFrame2.body);
  if (ready === void 0) return `READY (${readyFrame2.body.length} bytes) does not open with the session key`;
  const properties = parseProperties(ready.metadata);
  if (properties instanceof Error) return `READY metadata does not parse: ${properties.message}`;
  if (!properties.has("Socket-Type")) return "READY without Socket-Type";
  talk.reached = "READY";
  let forged;
  for (let i = plan.order === "message-early" ? 1 : 0; i < plan.frames.length && pending2.length > 0; i++) {
    const m = messageFrame(sessionKey, last + 1n, last, pending2[0], i, plan.mutations);
    pending2 = pending2.slice(1);
    talk.write(m.frame, plan.chunk);
    last = m.next - 1n;
    if (m.refuse) {
      forged = m.refuse;
      break;
    }
  }
  if (forged) await talk.until(() => false, context3.deadlineMs);
  else await settle();
  const messages = judgeMessages(talk.frames.slice(2), sessionKey, ready.counter);
  if (messages) return messages;
  if (talk.frames.length > 2) talk.reached = "MESSAGE";
  if (forged && !talk.closed) return `connection still open ${context3.deadlineMs} ms after a forged MESSAGE: ${forged}`;
  return void 0;
}

// src/cli/fuzz/curve-server-session.ts
async function runCurveServerCase(target, plan, serverSecret2, context3) {
  const socket = await target.open(context3.exchange.openMs);
  if (typeof socket === "string") return { unreachable: socket, sent: [], reached: "nothing" };
  const talk = new Conversation(socket);
  try {
    const problem = await serve(talk, plan, serverSecret2, context3);
    return { problem: context3.checkAnswers ? problem : void 0, sent: talk.sent, reached: talk.reached };
  } finally {
    talk.hangUp();
  }
}
function serverGreeting(plan) {
  const g = greetingBytes(plan.mutations);
  if (!plan.mutations.some((m) => m.stage === "greeting" && m.op === "as-server")) g[32] = 1;
  return g;
}
async function serve(talk, plan, serverSecret2, context3) {
  const { exchange: exchange2 } = context3;
  const transient = seededKeyPair(plan.keySeed, "server-transient");
  const greeting2 = serverGreeting(plan);
  const judge = !plan.mutations.some((m) => m.stage === "greeting");
  talk.write(greeting2, plan.chunk);
  await talk.until(() => talk.frames.length >= 1 || talk.decodeError !== void 0, context3.deadlineMs);
  const greetingProblem = violation(greeting2, talk.received.subarray(0, 64), "CURVE");
  if (greetingProblem) return greetingProblem;
  if (!judge) return talk.settle(exchange2.settleMs, exchange2.maxMs).then(() => void 0);
  if (talk.decodeError) return `undecodable frame after the greeting: ${talk.decodeError}`;
  const helloFrame2 = talk.frames[0];
  if (helloFrame2 === void 0) return void 0;
  const bad = malformedCommand(helloFrame2);
  if (bad) return bad;
  const first = commandName(helloFrame2.body);
  if (first !== "HELLO") return `first command from a CURVE client is ${first}, expected HELLO`;
  const clientTransient = openHello(serverSecret2, helloFrame2.body);
  if (!clientTransient) return "HELLO is not a 200-byte HELLO 1.0 that opens with the server key";
  const sessionKey = precompute(transient.secretKey, clientTransient);
  let noInitiate;
  if (plan.order === "stray-before-hello") {
    talk.write(strayCommand(plan.stray ?? 0, plan.keySeed), plan.chunk);
    noInitiate = `${STRAY_NAMES[plan.stray ?? 0]} where WELCOME belongs`;
  } else if (plan.order === "skip-hello") {
    talk.write(readyFrame(sessionKey, context3.socketType, []).frame, plan.chunk);
    noInitiate = "READY before WELCOME";
  }
  const welcome = welcomeFrame(serverSecret2, clientTransient, transient, plan.keySeed, plan.mutations);
  talk.write(welcome.frame, plan.chunk);
  noInitiate ??= welcome.refuse;
  let mustClose;
  if (plan.order === "hello-twice") {
    talk.write(welcome.frame, plan.chunk);
    mustClose = "a second WELCOME";
  }
  await talk.until(
    () => talk.frames.length >= 2 || talk.decodeError !== void 0,
    noInitiate === void 0 ? context3.deadlineMs : exchange2.settleMs * 4
  );
  if (talk.decodeError) return `undecodable frame: ${talk.decodeError}`;
  const initiateFrame2 = talk.frames[1];
  if (initiateFrame2 === void 0) return void 0;
  const badInitiate = malformedCommand(initiateFrame2);
  if (badInitiate) return badInitiate;
  const second = commandName(initiateFrame2.body);
  if (second === "ERROR") return void 0;
  if (second !== "INITIATE") return `second command from a CURVE client is ${second}, expected INITIATE or ERROR`;
  if (noInitiate) return `INITIATE in answer to a WELCOME that must be refused: ${noInitiate}`;
  const initiate = openInitiate(sessionKey, initiateFrame2.body);
  if (!initiate) return "INITIATE does not open with the session key";
  talk.reached = "WELCOME";
  let last = 0n;
  if (plan.order === "message-early" && plan.frames.length > 0) {
    talk.write(messageFrame(sessionKey, 2n, 1n, plan.frames[0], -1, [], "CurveZMQMESSAGES").frame, plan.chunk);
    mustClose ??= "MESSAGE before READY";
  }
  const ready = readyFrame(sessionKey, context3.socketType, plan.mutations);
  talk.write(ready.frame, plan.chunk);
  mustClose ??= ready.refuse;
  last = ready.counter;
  if (!mustClose) {
    talk.reached = "READY";
    for (let i = 0; i < plan.frames.length; i++) {
      const m = messageFrame(sessionKey, last + 1n, last, plan.frames[i], i, plan.mutations, "CurveZMQMESSAGES");
      talk.write(m.frame, plan.chunk);
      last = m.next - 1n;
      if (m.refuse) {
        mustClose = m.refuse;
        break;
      }
    }
  }
  if (mustClose) await talk.until(() => false, context3.deadlineMs);
  else await talk.settle(exchange2.settleMs, exchange2.maxMs);
  const messages = judgeMessages(talk.frames.slice(2), sessionKey, initiate.counter, "CurveZMQMESSAGEC", "client");
  if (messages) return messages;
  if (talk.frames.length > 2) talk.reached = "MESSAGE";
  if (mustClose && !talk.closed) return `connection still open ${context3.deadlineMs} ms after ${mustClose}`;
  return void 0;
}

// src/cli/fuzz/generate.ts
var VALID_EVERY = 10;
var CaseGenerator = class {
  constructor(seed, spec, identity, role = "client") {
    this.seed = seed;
    this.identity = identity;
    if (spec.mechanism === "CURVE")
      this.curve = { valid: validCurvePlan(spec.socketType), hostile: hostileCurvePlan(spec.socketType, role) };
    const options = {
      socketType: spec.socketType,
      mechanism: spec.mechanism,
      username: spec.username,
      password: spec.password
    };
    const plainOptions = { ...options, mechanism: spec.mechanism === "CURVE" ? "NULL" : spec.mechanism };
    this.valid = session(plainOptions);
    this.mutated = hostile(session(plainOptions));
  }
  valid;
  mutated;
  curve;
  case(index) {
    const seed = Math.imul(this.seed, 2654435761) + index | 0;
    if (this.curve) return this.curveCase(index, seed);
    if (index % VALID_EVERY === VALID_EVERY - 1) {
      const [s] = fast_check_default.sample(this.valid, { seed, numRuns: 1 });
      return { index, writes: sessionWrites(s), mutations: [], segments: s.segments.map((x) => x.label) };
    }
    const [h2] = fast_check_default.sample(this.mutated, { seed, numRuns: 1 });
    return { index, writes: sessionWrites(h2), mutations: h2.mutations, segments: h2.segments.map((x) => x.label) };
  }
  curveCase(index, seed) {
    const valid = index % VALID_EVERY === VALID_EVERY - 1;
    const [plan] = fast_check_default.sample(valid ? this.curve.valid : this.curve.hostile, { seed, numRuns: 1 });
    const writes = this.identity ? [curveOpening(plan, this.identity)] : [greetingBytes(plan.mutations)];
    return {
      index,
      writes,
      mutations: describePlan(plan),
      segments: ["greeting", "HELLO", "INITIATE", `${plan.frames.length} MESSAGE`],
      plan
    };
  }
};
function curveOpening(plan, identity) {
  const hello = helloFrame(identity, seededKeyPair(plan.keySeed, "transient"), plan.mutations);
  return Buffer.concat([greetingBytes(plan.mutations), hello.frame]);
}
function probeBytes(spec, identity) {
  if (spec.mechanism === "CURVE") return curveOpening({ keySeed: 0, mutations: [], frames: [], chunk: 0 }, identity);
  const [segments] = fast_check_default.sample(
    handshake({
      socketType: spec.socketType,
      mechanism: spec.mechanism,
      minor: 1,
      username: spec.username,
      password: spec.password,
      identity: Buffer.alloc(0)
    }),
    { seed: 1, numRuns: 1 }
  );
  const sent = spec.mechanism === "PLAIN" ? segments.slice(0, 2) : segments;
  return Buffer.concat(sent.map((s) => s.bytes));
}

// src/cli/fuzz/target.ts
import { createConnection, createServer as createServer2 } from "net";
function netAddress(endpoint, purpose) {
  let parsed;
  try {
    parsed = parseEndpoint(endpoint, purpose);
  } catch (error) {
    throw new CliError(`bad endpoint ${endpoint}: ${error.message}`, 2);
  }
  if (parsed.transport === "tcp") return { host: parsed.host === "*" ? "0.0.0.0" : parsed.host, port: parsed.port };
  if (parsed.transport === "ipc") return { path: parsed.abstract ? `\0${parsed.path}` : parsed.path };
  throw new CliError(`fuzz needs a tcp:// or ipc:// endpoint, not ${endpoint}`, 2);
}
function dialTarget(endpoint) {
  const address2 = netAddress(endpoint, "connect");
  return {
    description: endpoint,
    open(timeoutMs) {
      return new Promise((resolve2) => {
        const socket = createConnection(address2);
        const timer = setTimeout(() => {
          socket.destroy();
          resolve2("ETIMEDOUT");
        }, timeoutMs);
        socket.once("connect", () => {
          clearTimeout(timer);
          socket.setNoDelay(true);
          resolve2(socket);
        });
        socket.once("error", (error) => {
          clearTimeout(timer);
          resolve2(error.code ?? "ECONNREFUSED");
        });
      });
    },
    async close() {
    }
  };
}
async function listenTarget(endpoint) {
  const address2 = netAddress(endpoint, "bind");
  const waiting = [];
  const wanted = [];
  const server = createServer2((socket) => {
    socket.setNoDelay(true);
    socket.on("error", () => {
    });
    const take = wanted.shift();
    if (take) take(socket);
    else waiting.push(socket);
  });
  await new Promise((resolve2, reject) => {
    server.once(
      "error",
      (error) => reject(new CliError(`cannot listen on ${endpoint}: ${error.code ?? error.message}`, 2))
    );
    server.listen(address2, () => resolve2());
  });
  const bound = server.address();
  const description = typeof bound === "object" && bound ? `tcp://${bound.address}:${bound.port}` : endpoint;
  const target = {
    description,
    open(timeoutMs) {
      let ready = waiting.shift();
      while (ready?.destroyed) ready = waiting.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve2) => {
        const take = (socket) => {
          clearTimeout(timer);
          resolve2(socket);
        };
        const timer = setTimeout(() => {
          wanted.splice(wanted.indexOf(take), 1);
          resolve2("ETIMEDOUT");
        }, timeoutMs);
        wanted.push(take);
      });
    },
    close() {
      for (const s of waiting) s.destroy();
      return new Promise((resolve2) => server.close(() => resolve2()));
    }
  };
  return target;
}
async function exchange(target, writes, options) {
  const socket = await target.open(options.openMs);
  if (typeof socket === "string") return { unreachable: socket, response: Buffer.alloc(0), closedByPeer: true };
  const received = [];
  let size = 0;
  return new Promise((resolve2) => {
    let closedByPeer = false;
    let settle;
    let written = false;
    const finish = () => {
      clearTimeout(settle);
      clearTimeout(cap);
      socket.removeAllListeners("data");
      socket.destroy();
      resolve2({ response: Buffer.concat(received, size), closedByPeer });
    };
    const rearm = () => {
      clearTimeout(settle);
      if (written) settle = setTimeout(finish, options.settleMs);
    };
    const cap = setTimeout(finish, options.maxMs);
    socket.on("data", (chunk) => {
      if (size < 1024 * 1024) {
        received.push(chunk);
        size += chunk.length;
      }
      if (options.enough?.(Buffer.concat(received, size))) finish();
      else rearm();
    });
    socket.on("error", () => {
      closedByPeer = true;
    });
    socket.on("close", () => {
      closedByPeer = true;
      finish();
    });
    void (async () => {
      for (const write of writes) {
        if (socket.destroyed) return;
        socket.write(write);
        if (writes.length > 1) await new Promise((r) => setImmediate(r));
      }
      written = true;
      rearm();
    })();
  });
}

// src/cli/fuzz/engine.ts
var Engine = class {
  constructor(o) {
    this.o = o;
    this.probe = o.curveServerSecret ? serverGreeting({ keySeed: 0, mutations: [], frames: [], chunk: 0 }) : probeBytes(o.spec, o.curve);
  }
  probe;
  /** CURVE cases by how far their handshake got: evidence the fuzzer reaches past HELLO. */
  reached = { nothing: 0, WELCOME: 0, READY: 0, MESSAGE: 0 };
  /** Which side of the handshake the fuzzer plays. */
  get role() {
    return this.o.curveServerSecret ? "server" : "client";
  }
  /** Is the target alive and answering a valid handshake? */
  async liveness() {
    const mechanism = this.o.spec.mechanism;
    const answer = await exchange(this.o.target, [this.probe], {
      ...this.o.exchange,
      openMs: this.o.deadlineMs,
      settleMs: this.o.deadlineMs,
      maxMs: this.o.deadlineMs,
      enough: (r) => handshakeAnswered(r, mechanism, this.role)
    });
    if (answer.unreachable) {
      return {
        kind: "crash",
        detail: this.o.process?.deathReport() ?? `endpoint stopped accepting connections (${answer.unreachable})`
      };
    }
    if (handshakeAnswered(answer.response, mechanism, this.role)) return void 0;
    if (answer.closedByPeer)
      return {
        kind: "refused",
        detail: `a valid ${this.o.spec.socketType} handshake was refused (connection closed after ${answer.response.length} bytes)`
      };
    return {
      kind: "hang",
      detail: `no answer to a valid ${this.o.spec.socketType} handshake within ${this.o.deadlineMs} ms (${answer.response.length} bytes came back)`
    };
  }
  /** Liveness, asked up to three times so a transient hiccup (full backlog, slow scheduler) is not a finding. */
  async confirmedLiveness() {
    let verdict;
    for (let attempt = 0; attempt < 3; attempt++) {
      verdict = await this.liveness();
      if (!verdict) return void 0;
      if (this.o.process?.exit) return { kind: "crash", detail: this.o.process.deathReport() };
      await sleep(200 * (attempt + 1));
    }
    return verdict;
  }
  /** Run one case of bytes; a verdict when it found something. */
  run(writes, probeAfter) {
    return this.judge(async () => {
      const answer = await exchange(this.o.target, writes, this.o.exchange);
      if (answer.unreachable || !this.o.checkAnswers) return { unreachable: answer.unreachable };
      return { problem: violation(Buffer.concat(writes), answer.response, this.o.spec.mechanism) };
    }, probeAfter);
  }
  /** Run one CURVE plan (an interactive session); a verdict when it found something. */
  runCurve(plan, probeAfter) {
    return this.judge(async () => {
      const context3 = {
        socketType: this.o.spec.socketType,
        exchange: this.o.exchange,
        deadlineMs: this.o.deadlineMs,
        checkAnswers: this.o.checkAnswers
      };
      const result = this.o.curveServerSecret ? await runCurveServerCase(this.o.target, plan, this.o.curveServerSecret, context3) : await runCurveCase(this.o.target, plan, { ...context3, identity: this.o.curve });
      this.reached[result.reached]++;
      return result;
    }, probeAfter);
  }
  async judge(attempt, probeAfter) {
    const outcome = await attempt();
    if (outcome.unreachable) {
      const verdict = await this.confirmedLiveness();
      if (verdict) return { kind: verdict.kind, detail: `${verdict.detail} (already before this case was sent)` };
      return void 0;
    }
    if (outcome.problem) return { kind: "violation", detail: outcome.problem };
    if (this.o.process?.exit) return { kind: "crash", detail: this.o.process.deathReport() };
    if (!probeAfter) return void 0;
    return this.confirmedLiveness();
  }
  /** Whether `bytes` (sent in one write) or a CURVE plan still produce a finding of `kind` (restarting a dead target first). */
  async reproduces(kind, input) {
    if (kind !== "violation" && this.o.process) {
      if (this.o.process.exit || await this.liveness()) await this.restartTarget();
    }
    const probeAfter = kind !== "violation";
    const verdict = Buffer.isBuffer(input) ? await this.run([input], probeAfter) : await this.runCurve(input, probeAfter);
    return verdict?.kind === kind;
  }
  /** Restart the target process and wait until it answers again. */
  async restartTarget() {
    if (!this.o.process) return false;
    await this.o.process.restart();
    for (let i = 0; i < 100; i++) {
      await sleep(100);
      if (this.o.process.exit) return false;
      if (!await this.liveness()) return true;
    }
    return false;
  }
};

// src/cli/fuzz/exec.ts
import { spawn as spawn2 } from "child_process";
var TargetProcess = class {
  constructor(command2) {
    this.command = command2;
  }
  child;
  stderrTail = "";
  exit;
  start() {
    this.exit = void 0;
    this.stderrTail = "";
    const child = spawn2("sh", ["-c", this.command], { stdio: ["ignore", "ignore", "pipe"], detached: true });
    child.stderr.setEncoding("utf8").on("data", (d) => {
      this.stderrTail = (this.stderrTail + d).slice(-2e3);
    });
    child.once("exit", (code2, signal) => {
      if (this.child === child) this.exit = { code: code2, signal };
    });
    this.child = child;
  }
  /** Why the target died, if it did: exit status or signal, and the last line of its stderr. */
  deathReport() {
    if (!this.exit) return void 0;
    const how = this.exit.signal ? `killed by ${this.exit.signal}` : `exited with status ${this.exit.code}`;
    const last = this.stderrTail.trim().split("\n").slice(-2).join(" / ");
    return `target ${how}${last ? `: ${last}` : ""}`;
  }
  async stop() {
    const child = this.child;
    this.child = void 0;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((resolve2) => {
      child.once("exit", () => resolve2());
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        resolve2();
      }
    });
  }
  async restart() {
    await this.stop();
    this.start();
  }
};

// src/cli/fuzz/reproducer.ts
import { mkdirSync, readFileSync as readFileSync2, writeFileSync } from "fs";
import { join as join2, resolve } from "path";
function writeReproducer(dir, finding) {
  mkdirSync(dir, { recursive: true });
  const file = resolve(
    join2(dir, `${finding.kind}-${finding.type.toLowerCase()}-seed${finding.seed}-case${finding.case}.json`)
  );
  const reproducer = {
    ...finding,
    replay: `purezmq fuzz --replay ${file}`,
    foundAt: (/* @__PURE__ */ new Date()).toISOString()
  };
  writeFileSync(file, `${JSON.stringify(reproducer, null, 2)}
`);
  return file;
}
function readReproducer(file) {
  let text2;
  try {
    text2 = readFileSync2(file, "utf8");
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${error.code ?? error.message}`, 2);
  }
  try {
    const parsed = JSON.parse(text2);
    if (typeof parsed.hex !== "string" || typeof parsed.type !== "string") throw new Error("missing hex or type");
    return parsed;
  } catch (error) {
    throw new CliError(`${file} is not a purezmq fuzz reproducer: ${error.message}`, 2);
  }
}

// src/cli/fuzz/shrink.ts
async function shrinkBytes(input, stillFails, maxAttempts = 400) {
  let best = input;
  let attempts = 0;
  let run = Math.max(1, best.length >> 1);
  while (run >= 1 && attempts < maxAttempts) {
    let removed = false;
    for (let at = 0; at < best.length && attempts < maxAttempts; ) {
      const candidate = Buffer.concat([best.subarray(0, at), best.subarray(at + run)]);
      attempts++;
      if (candidate.length < best.length && await stillFails(candidate)) {
        best = candidate;
        removed = true;
      } else {
        at += run;
      }
    }
    if (!removed) run >>= 1;
    else run = Math.min(run, Math.max(1, best.length >> 1));
  }
  return { bytes: best, attempts };
}

// src/cli/fuzz/command.ts
var TYPES = ["PUB", "SUB", "XPUB", "XSUB", "REQ", "REP", "DEALER", "ROUTER", "PUSH", "PULL", "PAIR"];
var HELP2 = `Usage: purezmq fuzz ENDPOINT --type TYPE [options]
       purezmq fuzz --replay FILE [ENDPOINT] [--exec CMD]
       purezmq fuzz --list --type TYPE [--cases N] [--seed S]

Grammar-aware mutation fuzzer for any ZMTP 3 implementation. Each case is a valid session of a TYPE peer
(greeting, handshake, traffic) with 1-4 mutations: bit flips, truncation, duplicated, dropped or reordered
segments, absurd frame lengths, out-of-place commands; every tenth case is left valid. After each case a valid
handshake checks the target is still alive. Findings:
  crash      the endpoint stops accepting connections (or --exec's process dies)
  hang       no answer to a valid handshake within --deadline
  refused    a valid handshake is closed without an answer
  violation  what came back breaks ZMTP (bad greeting, undecodable frame, malformed command, ...)
A finding is shrunk to a minimal byte sequence and written to --out as JSON with its hex and a replay command.
Cases depend only on (seed, case number): the same seed generates the same bytes. CURVE cases are interactive
sessions (a real handshake: WELCOME opened, INITIATE built on the server's cookie, then MESSAGE boxes) with
mutations of HELLO, INITIATE and MESSAGE fields (version, padding, lengths, nonces, boxes, cookie, vouch,
metadata, inner flags) and commands out of order; the client's transient keys come from the seed, so a CURVE
reproducer stores the session plan and replays it against the server's fresh keys.

Options:
  --type TYPE           socket type the fuzzer plays toward the endpoint: ${TYPES.join(", ")}
  --mechanism M         null (default), plain or curve
  --username U, --password P   PLAIN credentials (default: fuzz / fuzz)
  --curve-server-key K  CURVE: the server's public key (Z85, or @FILE: the key or a zcert file); required
  --curve-public-key K, --curve-secret-key K
                        CURVE: the client's long-term keys (default: a key pair derived from --seed);
                        with --listen the fuzzer is the CURVE server and --curve-secret-key is the server's
  --cases N             number of cases (default 1000)
  --duration S          stop after S seconds instead (whichever comes first with --cases)
  --seed S              seed (default 1)
  --out DIR             where reproducers go (default ./fuzz-findings)
  --listen              bind ENDPOINT and fuzz the clients that connect to it (ZMTP clients reconnect after each case);
                        NULL or CURVE (WELCOME, READY and MESSAGE mutations)
  --exec CMD            run the target with sh -c CMD, restart it after a crash or hang (needed to shrink those)
  --deadline MS         liveness deadline (default 2000)
  --settle MS           quiet time before hanging up on a case (default 15)
  --max-findings N      stop after N distinct findings (default 1; the same kind and detail again is only counted)
  --no-check-answers    count only crashes and hangs, not protocol violations in answers
  --replay FILE         send a reproducer's bytes again and say whether the finding reproduces
  --list                print the cases (hex, mutations) instead of sending them
  -h, --help            this help

Exit status: 0 nothing found (or a replay that did not reproduce), 1 finding written (or reproduced), 2 usage error
or unreachable target.

Examples:
  purezmq fuzz tcp://127.0.0.1:5555 --type DEALER --cases 5000 --seed 7
  purezmq fuzz tcp://127.0.0.1:5555 --type REQ --duration 600 --exec "python3 server.py" --max-findings 10
  purezmq fuzz tcp://127.0.0.1:5555 --type DEALER --mechanism curve --curve-server-key @server.key
  purezmq fuzz --replay fuzz-findings/crash-dealer-seed7-case123.json
`;
var OPTIONS = {
  type: { type: "string" },
  mechanism: { type: "string" },
  username: { type: "string" },
  password: { type: "string" },
  "curve-server-key": { type: "string" },
  "curve-public-key": { type: "string" },
  "curve-secret-key": { type: "string" },
  cases: { type: "string" },
  duration: { type: "string" },
  seed: { type: "string" },
  out: { type: "string" },
  listen: { type: "boolean" },
  exec: { type: "string" },
  deadline: { type: "string" },
  settle: { type: "string" },
  "max-findings": { type: "string" },
  "no-check-answers": { type: "boolean" },
  replay: { type: "string" },
  list: { type: "boolean" }
};
function socketType(value) {
  if (value === void 0) throw new UsageError("--type TYPE is required", "fuzz");
  const type = value.toUpperCase();
  if (!TYPES.includes(type))
    throw new UsageError(`unknown --type ${JSON.stringify(value)} (use one of ${TYPES.join(", ")})`, "fuzz");
  return type;
}
function mechanismOf(value) {
  const m = (value ?? "null").toUpperCase();
  if (m !== "NULL" && m !== "PLAIN" && m !== "CURVE")
    throw new UsageError(`unknown --mechanism ${JSON.stringify(value)} (null, plain, curve)`, "fuzz");
  return m;
}
function curveIdentity(values2, seed) {
  const serverKey = curveKeyFlag(values2, "curve-server-key");
  if (serverKey === void 0) throw new UsageError("--mechanism curve needs --curve-server-key", "fuzz");
  const secret = curveKeyFlag(values2, "curve-secret-key");
  const given = curveKeyFlag(values2, "curve-public-key");
  if (given !== void 0 && secret === void 0)
    throw new UsageError("--curve-public-key needs --curve-secret-key too", "fuzz");
  const pair = secret === void 0 ? seededKeyPair(seed, "client") : { secretKey: secret, publicKey: given ?? publicKeyOf(secret) };
  return {
    identity: { serverKey, clientPublic: pair.publicKey, clientSecret: pair.secretKey },
    keys: {
      serverKey: z85Encode(serverKey),
      clientPublicKey: z85Encode(pair.publicKey),
      clientKeySeed: secret === void 0 ? seed : void 0
    }
  };
}
var fuzzCommand = {
  name: "fuzz",
  summary: "grammar-aware mutation fuzzer for ZMTP servers and clients",
  help: HELP2,
  async run(args) {
    const { values: values2, positionals } = parse("fuzz", args, OPTIONS);
    if (positionals.length > 1) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[1])}`, "fuzz");
    if (values2.replay !== void 0)
      return replay(values2.replay, positionals[0], values2, integer("fuzz", "deadline", values2.deadline, 1));
    const spec = {
      socketType: socketType(values2.type),
      mechanism: mechanismOf(values2.mechanism),
      username: values2.username ?? "fuzz",
      password: values2.password ?? "fuzz"
    };
    if (values2.listen && spec.mechanism === "PLAIN")
      throw new UsageError("--listen supports --mechanism null and curve", "fuzz");
    const cases = integer("fuzz", "cases", values2.cases, 1) ?? (values2.duration === void 0 ? 1e3 : Number.MAX_SAFE_INTEGER);
    const duration = integer("fuzz", "duration", values2.duration, 1);
    const seed = integer("fuzz", "seed", values2.seed, 0) ?? 1;
    const curveServer = spec.mechanism === "CURVE" && values2.listen ? serverSecret(values2) : void 0;
    const curve = spec.mechanism === "CURVE" && !values2.listen ? curveIdentity(values2, seed) : void 0;
    const generator = new CaseGenerator(seed, spec, curve?.identity, curveServer ? "server" : "client");
    if (values2.list) {
      for (let i = 0; i < cases; i++) {
        const c = generator.case(i);
        process.stdout.write(
          `${i}	${c.writes.map((w) => w.toString("hex")).join(" ")}	${c.mutations.join("; ") || "valid"}
`
        );
      }
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError("give the ENDPOINT to fuzz", "fuzz");
    const endpoint = positionals[0];
    const deadline = integer("fuzz", "deadline", values2.deadline, 1) ?? 2e3;
    const settle = integer("fuzz", "settle", values2.settle, 1) ?? 15;
    const maxFindings = integer("fuzz", "max-findings", values2["max-findings"], 1) ?? 1;
    const out = values2.out ?? "fuzz-findings";
    const target = values2.listen ? await listenTarget(endpoint) : dialTarget(endpoint);
    const process_ = values2.exec === void 0 ? void 0 : new TargetProcess(values2.exec);
    const engine = new Engine({
      target,
      spec,
      exchange: { settleMs: settle, maxMs: Math.max(deadline, 500), openMs: deadline },
      deadlineMs: deadline,
      process: process_,
      checkAnswers: values2["no-check-answers"] !== true,
      curve: curve?.identity,
      curveServerSecret: curveServer
    });
    const progress = new Progress();
    const started = Date.now();
    let findings = 0;
    let duplicates = 0;
    let ran = 0;
    const seen = /* @__PURE__ */ new Set();
    try {
      if (process_) {
        process_.start();
        if (!await engine.restartTarget())
          throw new CliError(
            `--exec target did not come up at ${endpoint}: ${process_.deathReport() ?? "no answer"}`,
            2
          );
      } else {
        const verdict = await engine.liveness();
        if (verdict) throw new CliError(`cannot fuzz ${endpoint}: ${verdict.detail}`, 2);
      }
      const stopAt = duration === void 0 ? Infinity : started + duration * 1e3;
      for (let i = 0; i < cases && Date.now() < stopAt; i++) {
        const c = generator.case(i);
        const verdict = c.plan ? await engine.runCurve(c.plan, true) : await engine.run(c.writes, true);
        ran++;
        progress.update(
          () => `fuzz ${target.description} as ${spec.socketType}: ${rateText(ran, started, "cases")} \xB7 ${findings} findings`
        );
        if (!verdict) continue;
        const key = `${verdict.kind}: ${verdict.detail}`;
        if (seen.has(key)) {
          duplicates++;
          if (verdict.kind !== "violation" && !await engine.restartTarget()) break;
          continue;
        }
        seen.add(key);
        findings++;
        progress.clear();
        const file = await record2(engine, verdict, c.writes, {
          endpoint,
          listen: values2.listen === true,
          spec,
          seed,
          index: i,
          mutations: c.mutations,
          segments: c.segments,
          out,
          plan: c.plan,
          curve: curve ?? (curveServer && { keys: serverKeys(curveServer) })
        });
        process.stderr.write(`purezmq fuzz: ${verdict.kind} at case ${i}: ${verdict.detail}
  reproducer: ${file}
`);
        if (findings >= maxFindings) break;
        if (verdict.kind !== "violation" && !await engine.restartTarget()) {
          process.stderr.write("purezmq fuzz: target is down and cannot be restarted (no --exec): stopping\n");
          break;
        }
      }
    } finally {
      progress.clear();
      await target.close();
      await process_?.stop();
    }
    const seconds = ((Date.now() - started) / 1e3).toFixed(1);
    const again = duplicates > 0 ? ` (+${duplicates} repeats of ${findings === 1 ? "it" : "them"})` : "";
    const r = engine.reached;
    const depth = spec.mechanism === "CURVE" ? `; handshakes reached WELCOME ${r.WELCOME + r.READY + r.MESSAGE}, READY ${r.READY + r.MESSAGE}, MESSAGE back ${r.MESSAGE}` : "";
    process.stdout.write(
      `fuzzed ${endpoint} as ${spec.socketType}/${spec.mechanism}: ${ran} cases in ${seconds} s (seed ${seed}), ${findings} finding${findings === 1 ? "" : "s"}${again}${depth}
`
    );
    return findings > 0 ? 1 : 0;
  }
};
function serverSecret(values2) {
  const secret = curveKeyFlag(values2, "curve-secret-key");
  if (secret === void 0)
    throw new UsageError("--listen --mechanism curve needs the server's --curve-secret-key", "fuzz");
  return secret;
}
function serverKeys(secret) {
  const publicKey2 = z85Encode(publicKeyOf(secret));
  return { serverKey: publicKey2, clientPublicKey: "", asServer: true };
}
async function shrinkPlan(plan, stillFails, maxAttempts) {
  let best = plan;
  let attempts = 0;
  for (let progress = true; progress && attempts < maxAttempts; ) {
    progress = false;
    for (const candidate of simplerPlans(best)) {
      if (attempts++ >= maxAttempts) break;
      if (await stillFails(candidate)) {
        best = candidate;
        progress = true;
        break;
      }
    }
  }
  return { plan: best, attempts };
}
async function record2(engine, verdict, writes, context3) {
  const whole = Buffer.concat(writes);
  let bytes = whole;
  let attempts = 0;
  let plan = context3.plan;
  const canRetry = verdict.kind === "violation" || await engine.restartTarget();
  if (plan && canRetry && await engine.reproduces(verdict.kind, plan)) {
    const shrunk = await shrinkPlan(
      plan,
      (p) => engine.reproduces(verdict.kind, p),
      verdict.kind === "violation" ? 60 : 20
    );
    plan = shrunk.plan;
    attempts = shrunk.attempts;
    bytes = context3.curve?.identity ? curveOpening(plan, context3.curve.identity) : serverGreeting(plan);
  } else if (!plan && canRetry && await engine.reproduces(verdict.kind, whole)) {
    const shrunk = await shrinkBytes(
      whole,
      (candidate) => engine.reproduces(verdict.kind, candidate),
      verdict.kind === "violation" ? 2e3 : 150
    );
    bytes = shrunk.bytes;
    attempts = shrunk.attempts;
  }
  return writeReproducer(context3.out, {
    kind: verdict.kind,
    detail: verdict.detail,
    endpoint: context3.endpoint,
    listen: context3.listen,
    type: context3.spec.socketType,
    mechanism: context3.spec.mechanism,
    username: context3.spec.username,
    password: context3.spec.password,
    seed: context3.seed,
    case: context3.index,
    mutations: context3.mutations,
    segments: context3.segments,
    hex: bytes.toString("hex"),
    originalWrites: writes.map((w) => w.toString("hex")),
    shrinkAttempts: attempts,
    ...plan ? { plan, curve: context3.curve?.keys } : {}
  });
}
function replayIdentity(r, values2) {
  const keys = r.curve;
  if (!keys || !r.plan) throw new CliError(`${r.replay}: a CURVE reproducer without its plan and keys`, 2);
  const serverKey = curveKeyFlag(values2, "curve-server-key") ?? z85Decode(keys.serverKey);
  if (keys.clientKeySeed !== void 0) {
    const pair = seededKeyPair(keys.clientKeySeed, "client");
    return { serverKey, clientPublic: pair.publicKey, clientSecret: pair.secretKey };
  }
  const secret = curveKeyFlag(values2, "curve-secret-key");
  if (secret === void 0)
    throw new UsageError("this reproducer used your own client keys: give --curve-secret-key again", "fuzz");
  return { serverKey, clientPublic: z85Decode(keys.clientPublicKey), clientSecret: secret };
}
async function replay(file, endpointOverride, values2, deadlineOption) {
  const exec = values2.exec;
  const r = readReproducer(file);
  const curveServer = r.mechanism === "CURVE" && r.curve?.asServer ? serverSecret(values2) : void 0;
  const curve = r.mechanism === "CURVE" && !curveServer ? replayIdentity(r, values2) : void 0;
  const endpoint = endpointOverride ?? r.endpoint;
  const spec = {
    socketType: r.type,
    mechanism: r.mechanism,
    username: r.username,
    password: r.password
  };
  const target = r.listen ? await listenTarget(endpoint) : dialTarget(endpoint);
  const process_ = exec === void 0 ? void 0 : new TargetProcess(exec);
  const deadline = deadlineOption ?? 2e3;
  const engine = new Engine({
    target,
    spec,
    exchange: { settleMs: 50, maxMs: deadline, openMs: deadline },
    deadlineMs: deadline,
    process: process_,
    checkAnswers: true,
    curve,
    curveServerSecret: curveServer
  });
  try {
    if (process_) {
      process_.start();
      if (!await engine.restartTarget()) throw new CliError(`--exec target did not come up at ${endpoint}`, 2);
    } else if (await engine.liveness()) {
      throw new CliError(`cannot replay against ${endpoint}: it does not answer a valid handshake`, 2);
    }
    const verdict = r.plan ? await engine.runCurve(r.plan, true) : await engine.run([Buffer.from(r.hex, "hex")], true);
    if (verdict) {
      process.stdout.write(`reproduced: ${verdict.kind}: ${verdict.detail}
`);
      return 1;
    }
    process.stdout.write(
      `not reproduced: ${endpoint} handled ${r.plan ? "the CURVE session" : `the ${r.hex.length / 2} bytes`} (recorded: ${r.kind}: ${r.detail})
`
    );
    return 0;
  } finally {
    await target.close();
    await process_?.stop();
  }
}

// src/cli/socket-command.ts
import { setTimeout as sleep3 } from "timers/promises";

// src/cli/input.ts
import { createInterface } from "readline";
import { setTimeout as sleep2 } from "timers/promises";
async function* inputLines(data, count) {
  if (data.length > 0) {
    const total = count ?? data.length;
    for (let i = 0; i < total; i++) yield data[i % data.length];
    return;
  }
  let sent = 0;
  if (count === 0) return;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      yield line;
      if (count !== void 0 && ++sent >= count) break;
    }
  } finally {
    lines.close();
    process.stdin.pause();
  }
}
var Pacer = class {
  interval;
  start = performance.now();
  n = 0;
  constructor(rate) {
    this.interval = rate === void 0 ? 0 : 1e3 / rate;
  }
  async next() {
    if (this.interval === 0) return;
    const due = this.start + this.n++ * this.interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep2(wait);
  }
};

// src/codecs/codec.ts
var CodecError = class extends Error {
  constructor(codec, message2, offset) {
    super(`${codec}: ${message2}${offset === void 0 ? "" : ` (at byte ${offset})`}`);
    this.codec = codec;
    this.offset = offset;
    this.name = "CodecError";
  }
};
function asBuffer2(frame3) {
  return Buffer.isBuffer(frame3) ? frame3 : Buffer.from(frame3.buffer, frame3.byteOffset, frame3.byteLength);
}
function safeInteger(value) {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

// src/codecs/text.ts
var string2 = {
  name: "string",
  encode: (value) => Buffer.from(value, "utf8"),
  decode: (frame3) => asBuffer2(frame3).toString("utf8")
};
var json2 = {
  name: "json",
  encode: (value) => Buffer.from(JSON.stringify(value), "utf8"),
  decode(frame3) {
    const text2 = asBuffer2(frame3).toString("utf8");
    try {
      return JSON.parse(text2);
    } catch (error) {
      throw new CodecError("json", error.message);
    }
  }
};

// src/codecs/msgpack.ts
import { Decoder, Encoder, ExtData, ExtensionCodec } from "@msgpack/msgpack";
var MiB = 1024 * 1024;
function msgpackCodec(options = {}) {
  const encoderOptions = { useBigInt64: true, extensionCodec: options.extensionCodec };
  const decoderOptions = {
    useBigInt64: true,
    extensionCodec: options.extensionCodec,
    maxStrLength: options.maxStrLength ?? 16 * MiB,
    maxBinLength: options.maxBinLength ?? 16 * MiB,
    maxArrayLength: options.maxArrayLength ?? MiB,
    maxMapLength: options.maxMapLength ?? MiB,
    maxExtLength: options.maxExtLength ?? 16 * MiB
  };
  const maxDepth = options.maxDepth ?? 256;
  const encoder = new Encoder(encoderOptions);
  const decoder = new Decoder(decoderOptions);
  return {
    name: "msgpack",
    encode: (value) => asBuffer2(encoder.encode(value)),
    decode(frame3) {
      const bytes = asBuffer2(frame3);
      try {
        checkDepth(bytes, maxDepth);
      } catch (error) {
        if (error instanceof CodecError) throw error;
      }
      let value;
      try {
        value = decoder.decode(bytes);
      } catch (error) {
        const match = /buffer\[(\d+)\]/.exec(error.message);
        const pos = decoder.pos;
        throw new CodecError(
          "msgpack",
          error.message,
          match ? Number(match[1]) : typeof pos === "number" ? pos : void 0
        );
      }
      return narrowBigInts(value);
    }
  };
}
var msgpack = msgpackCodec();
function narrowBigInts(value) {
  if (typeof value === "bigint") return safeInteger(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = narrowBigInts(value[i]);
    return value;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) value.set(k, narrowBigInts(v));
    return value;
  }
  if (value !== null && typeof value === "object" && !ArrayBuffer.isView(value)) {
    const record3 = value;
    for (const key of Object.keys(record3)) record3[key] = narrowBigInts(record3[key]);
  }
  return value;
}
function checkDepth(bytes, maxDepth) {
  const pending2 = [];
  let remaining = 1;
  let offset = 0;
  while (offset < bytes.length && (remaining > 0 || pending2.length > 0)) {
    if (remaining === 0) {
      remaining = pending2.pop();
      continue;
    }
    remaining--;
    const type = bytes[offset];
    offset++;
    let children = 0;
    if (type <= 127 || type >= 224 || type === 192 || type === 194 || type === 195) continue;
    if ((type & 240) === 144) children = type & 15;
    else if ((type & 240) === 128) children = (type & 15) * 2;
    else if ((type & 224) === 160) offset += type & 31;
    else {
      switch (type) {
        case 220:
          children = bytes.readUInt16BE(offset);
          offset += 2;
          break;
        case 221:
          children = bytes.readUInt32BE(offset);
          offset += 4;
          break;
        case 222:
          children = bytes.readUInt16BE(offset) * 2;
          offset += 2;
          break;
        case 223:
          children = bytes.readUInt32BE(offset) * 2;
          offset += 4;
          break;
        case 196:
        case 217:
          offset += 1 + bytes[offset];
          break;
        case 197:
        case 218:
          offset += 2 + bytes.readUInt16BE(offset);
          break;
        case 198:
        case 219:
          offset += 4 + bytes.readUInt32BE(offset);
          break;
        case 199:
          offset += 2 + bytes[offset];
          break;
        case 200:
          offset += 3 + bytes.readUInt16BE(offset);
          break;
        case 201:
          offset += 5 + bytes.readUInt32BE(offset);
          break;
        case 202:
          offset += 4;
          break;
        case 203:
          offset += 8;
          break;
        case 204:
        case 208:
          offset += 1;
          break;
        case 205:
        case 209:
          offset += 2;
          break;
        case 206:
        case 210:
          offset += 4;
          break;
        case 207:
        case 211:
          offset += 8;
          break;
        case 212:
          offset += 2;
          break;
        case 213:
          offset += 3;
          break;
        case 214:
          offset += 5;
          break;
        case 215:
          offset += 9;
          break;
        case 216:
          offset += 17;
          break;
        default:
          return;
      }
    }
    if (children > 0) {
      pending2.push(remaining);
      if (pending2.length > maxDepth) throw new CodecError("msgpack", `nesting deeper than ${maxDepth}`, offset);
      remaining = children;
    }
  }
}

// src/codecs/pickle/decoder.ts
import { isUtf8 } from "buffer";

// src/codecs/pickle/values.ts
var PyTuple = class _PyTuple extends Array {
  static of(...items2) {
    return _PyTuple.adopt(items2);
  }
  /** Turn this array itself into a tuple (no copy). */
  static adopt(items2) {
    return Object.setPrototypeOf(items2, _PyTuple.prototype);
  }
};
var PyFrozenSet = class extends Set {
};
var PyByteArray = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
};
var PyGlobal = class {
  constructor(module, name) {
    this.module = module;
    this.name = name;
  }
  get path() {
    return `${this.module}.${this.name}`;
  }
};
var PyObject = class {
  constructor(module, name, args, kwargs) {
    this.module = module;
    this.name = name;
    this.args = args;
    this.kwargs = kwargs;
  }
  state = void 0;
  get path() {
    return `${this.module}.${this.name}`;
  }
};

// src/codecs/pickle/decoder.ts
var MAX_DECIMAL_DIGITS = 4300;
function decimal(reader, text2, at) {
  if (!/^[-+]?\d+$/.test(text2)) reader.fail("bad INT/LONG", at);
  if (text2.length > MAX_DECIMAL_DIGITS + 1) reader.fail(`integer of more than ${MAX_DECIMAL_DIGITS} digits`, at);
  return safeInteger(BigInt(text2));
}
var Reader = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  offset = 0;
  fail(message2, at = this.offset) {
    throw new CodecError("pickle", message2, at);
  }
  need(n) {
    if (n < 0 || this.offset + n > this.bytes.length) this.fail(`truncated: needs ${n} more bytes`);
  }
  u8() {
    this.need(1);
    return this.bytes[this.offset++];
  }
  u16() {
    this.need(2);
    const v = this.bytes.readUInt16LE(this.offset);
    this.offset += 2;
    return v;
  }
  u32() {
    this.need(4);
    const v = this.bytes.readUInt32LE(this.offset);
    this.offset += 4;
    return v;
  }
  i32() {
    this.need(4);
    const v = this.bytes.readInt32LE(this.offset);
    this.offset += 4;
    return v;
  }
  u64() {
    this.need(8);
    const lo = this.bytes.readUInt32LE(this.offset);
    const hi = this.bytes.readUInt32LE(this.offset + 4);
    if (hi > 2097151) this.fail("64-bit length out of range");
    this.offset += 8;
    return hi * 4294967296 + lo;
  }
  take(n) {
    this.need(n);
    const slice = this.bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return slice;
  }
  /** A UTF-8 string of n bytes; short ASCII (most keys and names) skips validation and the subarray. */
  utf8(n, at) {
    this.need(n);
    const { bytes, offset } = this;
    const end = offset + n;
    this.offset = end;
    if (n <= 64) {
      let ascii = true;
      for (let i = offset; i < end; i++) if (bytes[i] >= 128) ascii = false;
      if (ascii) return bytes.toString("latin1", offset, end);
    }
    if (!isUtf8(bytes.subarray(offset, end))) this.fail("invalid UTF-8 in string", at);
    return bytes.toString("utf8", offset, end);
  }
  line() {
    const end = this.bytes.indexOf(10, this.offset);
    if (end < 0) this.fail("truncated: missing newline");
    const text2 = this.bytes.toString("latin1", this.offset, end);
    this.offset = end + 1;
    return text2;
  }
};
function decodeLong(bytes) {
  if (bytes.length === 0) return 0;
  if (bytes.length <= 6) return bytes.readIntLE(0, bytes.length);
  let value = BigInt(`0x${Buffer.from(bytes).reverse().toString("hex")}`);
  if (bytes[bytes.length - 1] & 128) value -= 1n << BigInt(bytes.length * 8);
  return safeInteger(value);
}
function unquote(reader, text2, at) {
  const quote = text2[0];
  if (quote !== "'" && quote !== '"' || text2[text2.length - 1] !== quote || text2.length < 2) {
    reader.fail("STRING argument is not quoted", at);
  }
  return text2.slice(1, -1).replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/g, (_m, e) => {
    if (e[0] === "x") return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return { n: "\n", r: "\r", t: "	", "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", v: "\v" }[e] ?? `\\${e}`;
  });
}
function rawUnicode(text2) {
  return text2.replace(
    /\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g,
    (_m, four, eight) => String.fromCodePoint(parseInt(four ?? eight, 16))
  );
}
var Machine = class {
  constructor(reader) {
    this.reader = reader;
  }
  stack = [];
  marks = [];
  memo = /* @__PURE__ */ new Map();
  pop() {
    const { stack, marks } = this;
    if (stack.length === 0 || marks.length > 0 && stack.length <= marks[marks.length - 1])
      this.reader.fail("stack underflow", this.reader.offset - 1);
    return stack.pop();
  }
  top() {
    if (this.stack.length === 0) this.reader.fail("stack underflow", this.reader.offset - 1);
    return this.stack[this.stack.length - 1];
  }
  popMark() {
    const mark = this.marks.pop();
    if (mark === void 0) this.reader.fail("no MARK on the stack", this.reader.offset - 1);
    return this.stack.splice(mark);
  }
  setItems(target, items2, at) {
    if (items2.length % 2 !== 0) this.reader.fail("odd number of items for a dict", at);
    if (target instanceof Map) {
      for (let i = 0; i < items2.length; i += 2) target.set(items2[i], items2[i + 1]);
    } else if (target instanceof PyObject) {
      target.state ??= /* @__PURE__ */ new Map();
      const state = target.state;
      for (let i = 0; i < items2.length; i += 2) state.set(items2[i], items2[i + 1]);
    } else {
      this.reader.fail("SETITEM(S) on a value that is not a dict", at);
    }
  }
  append(target, items2, at) {
    if (Array.isArray(target) && !(target instanceof PyTuple)) for (const item of items2) target.push(item);
    else if (target instanceof PyObject) for (const item of items2) target.args.push(item);
    else this.reader.fail("APPEND(S) on a value that is not a list", at);
  }
  construct(callable, args, at, kwargs) {
    if (!(callable instanceof PyGlobal)) this.reader.fail("REDUCE/NEWOBJ on a value that is not a class reference", at);
    if (!Array.isArray(args)) this.reader.fail("REDUCE/NEWOBJ arguments are not a tuple", at);
    const cls = args[0];
    if (callable.module === "copyreg" && callable.name === "_reconstructor" && cls instanceof PyGlobal) {
      return new PyObject(cls.module, cls.name, []);
    }
    return new PyObject(callable.module, callable.name, [...args], kwargs);
  }
};
function unpickle(input, options = {}) {
  const bytes = asBuffer2(input);
  const maxLength = options.maxLength ?? 64 * 1024 * 1024;
  if (bytes.length > maxLength)
    throw new CodecError("pickle", `pickle of ${bytes.length} bytes exceeds the limit of ${maxLength}`);
  const dicts = options.dicts ?? "auto";
  const reader = new Reader(bytes);
  const m = new Machine(reader);
  const { stack, marks, memo: memo2 } = m;
  for (; ; ) {
    const at = reader.offset;
    const op = reader.u8();
    switch (op) {
      case 128:
        if (reader.u8() > 5) reader.fail("unsupported pickle protocol", at);
        break;
      case 149:
        reader.need(reader.u64());
        break;
      case 46:
        if (stack.length !== 1 || marks.length > 0) reader.fail("STOP with an unbalanced stack", at);
        return new Finisher(reader, options.revivers, dicts, options.maxDepth ?? 1e3).visit(stack[0], 0);
      case 40:
        marks.push(stack.length);
        break;
      case 48:
        if (marks.length > 0 && marks[marks.length - 1] === stack.length) marks.pop();
        else m.pop();
        break;
      case 49:
        m.popMark();
        break;
      case 50:
        stack.push(m.top());
        break;
      case 78:
        stack.push(null);
        break;
      case 136:
        stack.push(true);
        break;
      case 137:
        stack.push(false);
        break;
      case 73: {
        const text2 = reader.line();
        if (text2 === "01" || text2 === "00") stack.push(text2 === "01");
        else stack.push(decimal(reader, text2, at));
        break;
      }
      case 74:
        stack.push(reader.i32());
        break;
      case 75:
        stack.push(reader.u8());
        break;
      case 77:
        stack.push(reader.u16());
        break;
      case 76: {
        stack.push(decimal(reader, reader.line().replace(/L$/, ""), at));
        break;
      }
      case 138:
        stack.push(decodeLong(reader.take(reader.u8())));
        break;
      case 139: {
        const n = reader.i32();
        if (n < 0) reader.fail("negative LONG4 length", at);
        stack.push(decodeLong(reader.take(n)));
        break;
      }
      case 70: {
        const value = Number(reader.line());
        stack.push(value);
        break;
      }
      case 71:
        reader.need(8);
        stack.push(bytes.readDoubleBE(reader.offset));
        reader.offset += 8;
        break;
      case 83:
        stack.push(unquote(reader, reader.line(), at));
        break;
      case 84: {
        const n = reader.i32();
        if (n < 0) reader.fail("negative BINSTRING length", at);
        stack.push(reader.take(n).toString("latin1"));
        break;
      }
      case 85:
        stack.push(reader.take(reader.u8()).toString("latin1"));
        break;
      case 86:
        stack.push(rawUnicode(reader.line()));
        break;
      case 88:
        stack.push(reader.utf8(reader.u32(), at));
        break;
      case 140:
        stack.push(reader.utf8(reader.u8(), at));
        break;
      case 141:
        stack.push(reader.utf8(reader.u64(), at));
        break;
      case 66:
        stack.push(Buffer.from(reader.take(reader.u32())));
        break;
      case 67:
        stack.push(Buffer.from(reader.take(reader.u8())));
        break;
      case 142:
        stack.push(Buffer.from(reader.take(reader.u64())));
        break;
      case 150:
        stack.push(new PyByteArray(Buffer.from(reader.take(reader.u64()))));
        break;
      case 93:
        stack.push([]);
        break;
      case 108:
        stack.push(m.popMark());
        break;
      case 97: {
        const item = m.pop();
        m.append(m.top(), [item], at);
        break;
      }
      case 101: {
        const items2 = m.popMark();
        m.append(m.top(), items2, at);
        break;
      }
      case 41:
        stack.push(PyTuple.of());
        break;
      case 116:
        stack.push(PyTuple.adopt(m.popMark()));
        break;
      case 133:
        stack.push(PyTuple.of(m.pop()));
        break;
      case 134: {
        const b = m.pop();
        const a = m.pop();
        stack.push(PyTuple.of(a, b));
        break;
      }
      case 135: {
        const c = m.pop();
        const b = m.pop();
        const a = m.pop();
        stack.push(PyTuple.of(a, b, c));
        break;
      }
      case 125:
        stack.push(/* @__PURE__ */ new Map());
        break;
      case 100: {
        const items2 = m.popMark();
        const dict = /* @__PURE__ */ new Map();
        m.setItems(dict, items2, at);
        stack.push(dict);
        break;
      }
      case 115: {
        const value = m.pop();
        const key = m.pop();
        m.setItems(m.top(), [key, value], at);
        break;
      }
      case 117: {
        const items2 = m.popMark();
        m.setItems(m.top(), items2, at);
        break;
      }
      case 143:
        stack.push(/* @__PURE__ */ new Set());
        break;
      case 144: {
        const items2 = m.popMark();
        const target = m.top();
        if (!(target instanceof Set)) reader.fail("ADDITEMS on a value that is not a set", at);
        for (const item of items2) target.add(item);
        break;
      }
      case 145:
        stack.push(new PyFrozenSet(m.popMark()));
        break;
      case 103:
        stack.push(memoGet(reader, memo2, Number(reader.line()), at));
        break;
      case 104:
        stack.push(memoGet(reader, memo2, reader.u8(), at));
        break;
      case 106:
        stack.push(memoGet(reader, memo2, reader.u32(), at));
        break;
      case 112:
        memo2.set(Number(reader.line()), m.top());
        break;
      case 113:
        memo2.set(reader.u8(), m.top());
        break;
      case 114:
        memo2.set(reader.u32(), m.top());
        break;
      case 148:
        memo2.set(memo2.size, m.top());
        break;
      case 99: {
        const module = reader.line();
        stack.push(new PyGlobal(module, reader.line()));
        break;
      }
      case 147: {
        const name = m.pop();
        const module = m.pop();
        if (typeof module !== "string" || typeof name !== "string") reader.fail("STACK_GLOBAL needs two strings", at);
        stack.push(new PyGlobal(module, name));
        break;
      }
      case 82:
      // REDUCE
      case 129: {
        const args = m.pop();
        stack.push(m.construct(m.pop(), args, at));
        break;
      }
      case 146: {
        const kwargs = m.pop();
        const args = m.pop();
        stack.push(m.construct(m.pop(), args, at, kwargs));
        break;
      }
      case 105: {
        const module = reader.line();
        const name = reader.line();
        stack.push(m.construct(new PyGlobal(module, name), m.popMark(), at));
        break;
      }
      case 111: {
        const items2 = m.popMark();
        if (items2.length === 0) reader.fail("OBJ without a class", at);
        stack.push(m.construct(items2[0], items2.slice(1), at));
        break;
      }
      case 98: {
        const state = m.pop();
        const target = m.top();
        if (target instanceof PyObject) target.state = state;
        else reader.fail("BUILD on a value that is not an object", at);
        break;
      }
      case 130:
      // EXT1
      case 131:
      // EXT2
      case 132: {
        const code2 = op === 130 ? reader.u8() : op === 131 ? reader.u16() : reader.i32();
        stack.push(new PyGlobal("copyreg.extension", String(code2)));
        break;
      }
      case 80:
      // PERSID
      case 81:
        reader.fail("persistent ids are not supported", at);
        break;
      case 151:
      // NEXT_BUFFER
      case 152:
        reader.fail("out-of-band buffers are not supported", at);
        break;
      default:
        reader.fail(`unknown opcode 0x${op.toString(16).padStart(2, "0")}`, at);
    }
  }
}
function memoGet(reader, memo2, index, at) {
  if (!memo2.has(index)) reader.fail(`memo entry ${index} is missing`, at);
  return memo2.get(index);
}
var bytesOf = (items2) => Buffer.isBuffer(items2) ? items2 : Array.isArray(items2) && items2.every((n) => Number.isInteger(n)) ? Buffer.from(items2) : void 0;
var BUILTIN_REVIVERS = {};
for (const module of ["builtins", "__builtin__"]) {
  BUILTIN_REVIVERS[`${module}.bytes`] = (o) => o.args.length === 0 ? Buffer.alloc(0) : bytesOf(o.args[0]) ?? o;
  BUILTIN_REVIVERS[`${module}.bytearray`] = (o) => {
    if (o.args.length === 0) return new PyByteArray(Buffer.alloc(0));
    const [data, encoding] = o.args;
    if (typeof data === "string" && (encoding === "latin1" || encoding === "latin-1"))
      return new PyByteArray(Buffer.from(data, "latin1"));
    const bytes = bytesOf(data);
    return bytes ? new PyByteArray(bytes) : o;
  };
  BUILTIN_REVIVERS[`${module}.set`] = (o) => o.args.length === 0 ? /* @__PURE__ */ new Set() : Array.isArray(o.args[0]) ? new Set(o.args[0]) : o;
  BUILTIN_REVIVERS[`${module}.frozenset`] = (o) => o.args.length === 0 ? new PyFrozenSet() : Array.isArray(o.args[0]) ? new PyFrozenSet(o.args[0]) : o;
}
BUILTIN_REVIVERS["_codecs.encode"] = (o) => {
  const [text2, encoding] = o.args;
  return typeof text2 === "string" && (encoding === "latin1" || encoding === "latin-1") ? Buffer.from(text2, "latin1") : o;
};
var Finisher = class {
  constructor(reader, revivers, dicts, maxDepth) {
    this.reader = reader;
    this.revivers = revivers;
    this.dicts = dicts;
    this.maxDepth = maxDepth;
  }
  done = /* @__PURE__ */ new Map();
  visit(value, depth) {
    if (value === null || typeof value !== "object") return value;
    const done = this.done;
    if (done.has(value)) return done.get(value);
    if (depth > this.maxDepth) this.reader.fail(`nesting deeper than ${this.maxDepth}`, this.reader.offset - 1);
    const inner = depth + 1;
    if (value instanceof Map) {
      const asObject = this.dicts === "object" || this.dicts === "auto" && allStringKeys(value);
      if (asObject) {
        const record3 = /* @__PURE__ */ Object.create(null);
        done.set(value, record3);
        for (const [k, v] of value) record3[String(k)] = this.visit(v, inner);
        return record3;
      }
      done.set(value, value);
      for (const [k, v] of value) value.set(k, this.visit(v, inner));
      return value;
    }
    if (Array.isArray(value)) {
      done.set(value, value);
      for (let i = 0; i < value.length; i++) value[i] = this.visit(value[i], inner);
      return value;
    }
    if (value instanceof Set) {
      done.set(value, value);
      const items2 = [...value];
      value.clear();
      for (const item of items2) value.add(this.visit(item, inner));
      return value;
    }
    if (value instanceof PyObject) {
      done.set(value, value);
      for (let i = 0; i < value.args.length; i++) value.args[i] = this.visit(value.args[i], inner);
      value.state = this.visit(value.state, inner);
      const reviver = this.revivers?.[value.path] ?? (value.state === void 0 ? BUILTIN_REVIVERS[value.path] : void 0);
      if (reviver !== void 0) {
        const revived = reviver(value);
        done.set(value, revived);
        return revived;
      }
    }
    return value;
  }
};
function allStringKeys(map2) {
  for (const key of map2.keys()) if (typeof key !== "string") return false;
  return true;
}

// src/codecs/pickle/encoder.ts
var Output = class {
  buffer = Buffer.allocUnsafe(256);
  length = 0;
  reserve(n) {
    if (this.length + n <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + n));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }
  byte(value) {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }
  u16(value) {
    this.reserve(2);
    this.buffer.writeUInt16LE(value, this.length);
    this.length += 2;
  }
  u32(value) {
    this.reserve(4);
    this.buffer.writeUInt32LE(value, this.length);
    this.length += 4;
  }
  i32(value) {
    this.reserve(4);
    this.buffer.writeInt32LE(value, this.length);
    this.length += 4;
  }
  f64be(value) {
    this.reserve(8);
    this.buffer.writeDoubleBE(value, this.length);
    this.length += 8;
  }
  bytes(data) {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }
  result() {
    return this.buffer.subarray(0, this.length);
  }
};
var OP = {
  PROTO: 128,
  FRAME: 149,
  STOP: 46,
  MARK: 40,
  NONE: 78,
  NEWTRUE: 136,
  NEWFALSE: 137,
  BININT: 74,
  BININT1: 75,
  BININT2: 77,
  LONG1: 138,
  LONG4: 139,
  BINFLOAT: 71,
  SHORT_BINUNICODE: 140,
  BINUNICODE: 88,
  SHORT_BINBYTES: 67,
  BINBYTES: 66,
  EMPTY_LIST: 93,
  APPENDS: 101,
  EMPTY_TUPLE: 41,
  TUPLE: 116,
  EMPTY_DICT: 125,
  SETITEMS: 117,
  EMPTY_SET: 143,
  ADDITEMS: 144,
  FROZENSET: 145,
  STACK_GLOBAL: 147,
  REDUCE: 82,
  TUPLE1: 133,
  BUILD: 98
};
function longBytes(value) {
  if (value === 0n) return Buffer.alloc(0);
  const out = [];
  let v = value;
  for (; ; ) {
    out.push(Number(v & 0xffn));
    v >>= 8n;
    const sign = out[out.length - 1] & 128;
    if (v === 0n && !sign || v === -1n && sign) break;
  }
  return Buffer.from(out);
}
var Pickler = class {
  constructor(maxDepth) {
    this.maxDepth = maxDepth;
  }
  out = new Output();
  active = /* @__PURE__ */ new Set();
  /** An opcode with a length-prefixed argument: the one-byte-length form under 256 bytes, else the 4-byte form. */
  sized(shortOp, longOp, data) {
    if (data.length < 256) {
      this.out.byte(shortOp);
      this.out.byte(data.length);
    } else {
      this.out.byte(longOp);
      this.out.u32(data.length);
    }
    this.out.bytes(data);
  }
  str(text2) {
    this.sized(OP.SHORT_BINUNICODE, OP.BINUNICODE, Buffer.from(text2, "utf8"));
  }
  int(n) {
    if (typeof n === "number" && n >= 0 && n < 256) {
      this.out.byte(OP.BININT1);
      this.out.byte(n);
    } else if (typeof n === "number" && n >= 0 && n < 65536) {
      this.out.byte(OP.BININT2);
      this.out.u16(n);
    } else if (typeof n === "number" && n >= -2147483648 && n <= 2147483647) {
      this.out.byte(OP.BININT);
      this.out.i32(n);
    } else {
      this.sized(OP.LONG1, OP.LONG4, longBytes(BigInt(n)));
    }
  }
  bytes(data) {
    this.sized(OP.SHORT_BINBYTES, OP.BINBYTES, data);
  }
  global(module, name) {
    this.str(module);
    this.str(name);
    this.out.byte(OP.STACK_GLOBAL);
  }
  write(item, depth) {
    if (depth > this.maxDepth) throw new CodecError("pickle", `nesting deeper than ${this.maxDepth}`);
    if (item === null || item === void 0) return this.out.byte(OP.NONE);
    switch (typeof item) {
      case "boolean":
        return this.out.byte(item ? OP.NEWTRUE : OP.NEWFALSE);
      case "number":
        if (Number.isInteger(item) && !Object.is(item, -0)) return this.int(item);
        this.out.byte(OP.BINFLOAT);
        return this.out.f64be(item);
      case "bigint":
        return this.int(item);
      case "string":
        return this.str(item);
      case "object":
        break;
      default:
        throw new CodecError("pickle", `cannot pickle a ${typeof item}`);
    }
    const object2 = item;
    if (object2 instanceof Uint8Array) return this.bytes(object2);
    if (object2 instanceof PyByteArray) {
      this.global("builtins", "bytearray");
      this.bytes(object2.bytes);
      this.out.byte(OP.TUPLE1);
      return this.out.byte(OP.REDUCE);
    }
    if (object2 instanceof PyGlobal) return this.global(object2.module, object2.name);
    if (this.active.has(object2)) throw new CodecError("pickle", "cannot pickle a cyclic structure");
    this.active.add(object2);
    if (object2 instanceof PyObject) {
      this.global(object2.module, object2.name);
      this.write(PyTuple.of(...object2.args), depth + 1);
      this.out.byte(OP.REDUCE);
      if (object2.state !== void 0) {
        this.write(object2.state, depth + 1);
        this.out.byte(OP.BUILD);
      }
    } else if (object2 instanceof PyTuple) {
      if (object2.length === 0) this.out.byte(OP.EMPTY_TUPLE);
      else {
        this.out.byte(OP.MARK);
        for (const element of object2) this.write(element, depth + 1);
        this.out.byte(OP.TUPLE);
      }
    } else if (Array.isArray(object2)) {
      this.out.byte(OP.EMPTY_LIST);
      if (object2.length > 0) {
        this.out.byte(OP.MARK);
        for (const element of object2) this.write(element, depth + 1);
        this.out.byte(OP.APPENDS);
      }
    } else if (object2 instanceof PyFrozenSet) {
      this.out.byte(OP.MARK);
      for (const element of object2) this.write(element, depth + 1);
      this.out.byte(OP.FROZENSET);
    } else if (object2 instanceof Set) {
      this.out.byte(OP.EMPTY_SET);
      if (object2.size > 0) {
        this.out.byte(OP.MARK);
        for (const element of object2) this.write(element, depth + 1);
        this.out.byte(OP.ADDITEMS);
      }
    } else if (object2 instanceof Map) {
      this.out.byte(OP.EMPTY_DICT);
      if (object2.size > 0) {
        this.out.byte(OP.MARK);
        for (const [k, v] of object2) {
          this.write(k, depth + 1);
          this.write(v, depth + 1);
        }
        this.out.byte(OP.SETITEMS);
      }
    } else {
      const proto = Object.getPrototypeOf(object2);
      if (proto !== Object.prototype && proto !== null) {
        throw new CodecError(
          "pickle",
          `cannot pickle an instance of ${object2.constructor.name ?? "a class"}`
        );
      }
      const entries = Object.entries(object2);
      this.out.byte(OP.EMPTY_DICT);
      if (entries.length > 0) {
        this.out.byte(OP.MARK);
        for (const [k, v] of entries) {
          this.str(k);
          this.write(v, depth + 1);
        }
        this.out.byte(OP.SETITEMS);
      }
    }
    this.active.delete(object2);
  }
};
function pickle(value, options = {}) {
  const pickler = new Pickler(options.maxDepth ?? 1e3);
  const out = pickler.out;
  out.byte(OP.PROTO);
  out.byte(4);
  out.byte(OP.FRAME);
  out.u32(0);
  out.u32(0);
  const bodyStart = out.length;
  pickler.write(value, 0);
  out.byte(OP.STOP);
  const result = Buffer.from(out.result());
  result.writeUInt32LE(result.length - bodyStart, bodyStart - 8);
  return result;
}

// src/codecs/pyobj.ts
function pyobjCodec(options = {}) {
  return {
    name: "pyobj",
    encode: (value) => pickle(value, options),
    decode(frame3) {
      try {
        return unpickle(frame3, options);
      } catch (error) {
        if (error instanceof CodecError) throw error;
        throw new CodecError("pyobj", error.message);
      }
    }
  };
}
var pyobj = pyobjCodec();

// src/cli/payload.ts
var CODECS = ["string", "json", "msgpack", "pyobj", "hex", "base64"];
function codecName(command2, value) {
  const name = value ?? "string";
  if (!CODECS.includes(name)) {
    throw new UsageError(`unknown codec ${JSON.stringify(name)} (use one of ${CODECS.join(", ")})`, command2);
  }
  return name;
}
function toJson(value) {
  return JSON.stringify(value, (_key, v) => {
    if (typeof v === "bigint") return v.toString();
    if (v instanceof Uint8Array) return { $bytes: Buffer.from(v).toString("hex") };
    if (v instanceof Map) return Object.fromEntries(v);
    if (v instanceof Set) return [...v];
    return v;
  });
}
function parseJson(text2, codec) {
  try {
    return JSON.parse(text2);
  } catch {
    throw new CliError(
      `input ${JSON.stringify(text2.length > 40 ? `${text2.slice(0, 40)}\u2026` : text2)} is not JSON (needed by --codec ${codec})`
    );
  }
}
function encodeFrame(codec, text2) {
  switch (codec) {
    case "string":
      return string2.encode(text2);
    case "json":
      return json2.encode(parseJson(text2, codec));
    case "msgpack":
      return msgpack.encode(parseJson(text2, codec));
    case "pyobj":
      return pyobj.encode(parseJson(text2, codec));
    case "hex": {
      const clean = text2.replace(/\s+/g, "");
      if (!/^([0-9a-fA-F]{2})*$/.test(clean))
        throw new CliError(`input ${JSON.stringify(text2)} is not hex (needed by --codec hex)`);
      return Buffer.from(clean, "hex");
    }
    case "base64":
      if (!/^[A-Za-z0-9+/=_-]*$/.test(text2.trim()))
        throw new CliError(`input ${JSON.stringify(text2)} is not base64 (needed by --codec base64)`);
      return Buffer.from(text2.trim(), "base64");
  }
}
function decodeFrame(codec, frame3) {
  try {
    switch (codec) {
      case "string":
        return frame3.toString("utf8");
      case "json":
        return toJson(json2.decode(frame3));
      case "msgpack":
        return toJson(msgpack.decode(frame3));
      case "pyobj":
        return toJson(pyobj.decode(frame3));
      case "hex":
        return frame3.toString("hex");
      case "base64":
        return frame3.toString("base64");
    }
  } catch (error) {
    throw new CliError(
      `received a frame that is not ${codec} (${frame3.length} bytes: ${frame3.subarray(0, 16).toString("hex")}): ${error.message}`
    );
  }
}

// src/cli/socket-command.ts
var TYPES2 = {
  pub: {
    cls: Publisher,
    sends: true,
    receives: false,
    example: "purezmq pub --bind tcp://127.0.0.1:5556 --topic weather --delay 500 --data sunny"
  },
  sub: {
    cls: Subscriber,
    sends: false,
    receives: true,
    envelope: "topic",
    example: "purezmq sub --connect tcp://127.0.0.1:5556 --subscribe weather --count 1"
  },
  xpub: {
    cls: XPublisher,
    sends: true,
    receives: true,
    example: "purezmq xpub --bind tcp://127.0.0.1:5556 --codec hex"
  },
  xsub: {
    cls: XSubscriber,
    sends: true,
    receives: true,
    example: "echo 01 | purezmq xsub --connect tcp://127.0.0.1:5556 --codec hex"
  },
  req: {
    cls: Request,
    sends: true,
    receives: true,
    example: "purezmq req --connect tcp://127.0.0.1:5555 --data hello --timeout 2000"
  },
  rep: {
    cls: Reply,
    sends: false,
    receives: true,
    example: "purezmq rep --bind tcp://127.0.0.1:5555 --echo"
  },
  push: {
    cls: Push,
    sends: true,
    receives: false,
    example: "seq 3 | purezmq push --connect tcp://127.0.0.1:5557"
  },
  pull: {
    cls: Pull,
    sends: false,
    receives: true,
    example: "purezmq pull --bind tcp://127.0.0.1:5557 --count 3"
  },
  dealer: {
    cls: Dealer,
    sends: true,
    receives: true,
    example: "purezmq dealer --connect tcp://127.0.0.1:5555 --separator , --data ',hello' --count 1"
  },
  router: {
    cls: Router,
    sends: true,
    receives: true,
    envelope: "identity",
    example: "purezmq router --bind tcp://127.0.0.1:5555 --separator ,"
  },
  pair: {
    cls: Pair,
    sends: true,
    receives: true,
    example: "purezmq pair --connect ipc:///tmp/pair.sock --data ping --count 1"
  }
};
var SOCKET_TYPES2 = Object.keys(TYPES2);
function socketClass(command2, name) {
  const spec = TYPES2[name.toLowerCase()];
  if (!spec)
    throw new UsageError(
      `unknown socket type ${JSON.stringify(name)} (use one of ${SOCKET_TYPES2.join(", ")})`,
      command2
    );
  return spec.cls;
}
var OPTIONS2 = {
  bind: { type: "string", short: "b", multiple: true },
  connect: { type: "string", short: "c", multiple: true },
  data: { type: "string", short: "d", multiple: true },
  separator: { type: "string", short: "s" },
  topic: { type: "string", short: "t" },
  subscribe: { type: "string", multiple: true },
  codec: { type: "string" },
  count: { type: "string", short: "n" },
  rate: { type: "string" },
  timeout: { type: "string" },
  delay: { type: "string" },
  linger: { type: "string" },
  identity: { type: "string" },
  echo: { type: "boolean" },
  reply: { type: "string" },
  ...SECURITY_OPTIONS
};
function helpFor(type, spec) {
  const sendLine = spec.sends ? "Sends each --data value, or each stdin line, as one message." : "";
  const extra = [];
  if (type === "pub") extra.push("  -t, --topic TOPIC             send TOPIC as the first frame of every message");
  if (type === "sub")
    extra.push(
      "  --subscribe TOPIC             subscribe to a prefix (repeatable; default: everything)",
      "  -t, --topic TOPIC             same as --subscribe"
    );
  if (type === "rep")
    extra.push(
      "  --echo                        answer every request with itself",
      "  --reply TEXT                  answer every request with TEXT (encoded with --codec)"
    );
  if (type === "req" || type === "dealer" || type === "router")
    extra.push("  --identity ID                 routing id to announce");
  return `Usage: purezmq ${type} (--bind|--connect) ENDPOINT [options]

A ${type.toUpperCase()} socket. ${sendLine}${spec.receives ? " Prints every message it receives, one per line, frames joined by the separator." : ""}

Options:
  -b, --bind ENDPOINT           bind (repeatable): tcp://127.0.0.1:5555, ipc:///tmp/x.sock, tcp://*:0
  -c, --connect ENDPOINT        connect (repeatable)
  -d, --data TEXT               message to send instead of reading stdin (repeatable)
  -s, --separator SEP           split input lines into frames at SEP; join received frames with SEP (default: tab)
  --codec NAME                  ${CODECS.join("|")} for input and output (default: string)
  -n, --count N                 stop after N messages ${spec.sends && !spec.receives ? "sent (--data values repeat)" : "received"}
  --rate N                      send at most N messages per second
  --timeout MS                  fail when no message arrives (or a send cannot complete) within MS ms
  --delay MS                    wait MS ms after bind/connect before the first send (PUB: let subscribers join)
  --linger MS                   how long queued messages may take to leave at exit (default: until sent)
${extra.length > 0 ? `${extra.join("\n")}
` : ""}${SECURITY_HELP}
  -h, --help                    this help

Exit status: 0 done, 1 error (bad endpoint, timeout, undecodable input), 2 usage error.

Example:
  ${spec.example}
`;
}
function lineToFrames(run, line, topic) {
  const pieces = run.separator === void 0 ? [line] : line.split(run.separator);
  const frames = [];
  pieces.forEach((piece, i) => {
    if (i === 0 && run.type === "router")
      frames.push(piece.startsWith("0x") ? Buffer.from(piece.slice(2), "hex") : Buffer.from(piece));
    else frames.push(encodeFrame(run.codec, piece));
  });
  return topic === void 0 ? frames : [Buffer.from(topic), ...frames];
}
function envelopeText(frame3) {
  return frame3.length > 0 && frame3.every((b) => b >= 32 && b < 127) ? frame3.toString("latin1") : `0x${frame3.toString("hex")}`;
}
function messageText(run, parts) {
  const texts = parts.map(
    (frame3, i) => i === 0 && parts.length > 1 && run.spec.envelope !== void 0 ? envelopeText(frame3) : decodeFrame(run.codec, frame3)
  );
  return texts.join(run.separator ?? "	");
}
async function receiveOne(run, timeout2) {
  try {
    return await run.socket.receive();
  } catch (error) {
    if (error.code === "EAGAIN")
      throw new CliError(`no message within ${timeout2} ms (--timeout)`);
    throw error;
  }
}
async function sendOne(run, frames, timeout2) {
  try {
    await run.socket.send(frames);
  } catch (error) {
    if (error.code === "EAGAIN")
      throw new CliError(`could not send within ${timeout2} ms (--timeout): no peer ready`);
    throw error;
  }
}
async function endpoints(socket, binds, connects) {
  for (const address2 of binds) {
    try {
      await socket.bind(address2);
    } catch (error) {
      throw new CliError(`cannot bind ${address2}: ${describeError(error).replace(`${address2}: `, "")}`);
    }
    if (/:(0|\*)$/.test(address2)) process.stderr.write(`bound ${socket.lastEndpoint}
`);
  }
  for (const address2 of connects) {
    try {
      socket.connect(address2);
    } catch (error) {
      throw new CliError(`cannot connect ${address2}: ${describeError(error).replace(`${address2}: `, "")}`);
    }
  }
}
function makeCommand(type, spec) {
  return {
    name: type,
    summary: `${type.toUpperCase()} socket${spec.sends ? ": send stdin lines or --data" : ""}${spec.receives ? spec.sends ? ", print replies" : ": print what arrives" : ""}`,
    help: helpFor(type, spec),
    async run(args) {
      const { values: values2, positionals } = parse(type, args, OPTIONS2);
      if (positionals.length > 0)
        throw new UsageError(
          `unexpected argument ${JSON.stringify(positionals[0])} (endpoints go after --bind or --connect)`,
          type
        );
      const binds = values2.bind ?? [];
      const connects = values2.connect ?? [];
      if (binds.length + connects.length === 0)
        throw new UsageError("give at least one --bind or --connect ENDPOINT", type);
      const codec = codecName(type, values2.codec);
      const count = integer(type, "count", values2.count);
      const rate = positive(type, "rate", values2.rate);
      const timeout2 = integer(type, "timeout", values2.timeout, 1);
      const delay = integer(type, "delay", values2.delay) ?? 0;
      const linger = integer(type, "linger", values2.linger, -1);
      const data = values2.data ?? [];
      if (type === "rep" && !values2.echo && values2.reply === void 0)
        throw new UsageError("rep needs --echo or --reply TEXT", type);
      if (values2.echo && type !== "rep") throw new UsageError("--echo is for rep", type);
      if (values2.reply !== void 0 && type !== "rep") throw new UsageError("--reply is for rep", type);
      if (data.length > 0 && !spec.sends)
        throw new UsageError(`${type} does not send: --data is for sending sockets`, type);
      if (values2.topic !== void 0 && type !== "pub" && type !== "sub")
        throw new UsageError("--topic is for pub and sub", type);
      if (values2.subscribe !== void 0 && type !== "sub") throw new UsageError("--subscribe is for sub", type);
      if (values2.identity !== void 0 && !["req", "dealer", "router"].includes(type))
        throw new UsageError("--identity is for req, dealer and router", type);
      if (values2.separator === "") throw new UsageError("--separator must not be empty", type);
      const options = securityOptions(values2, spec.cls.prototype);
      if (timeout2 !== void 0) {
        if (spec.receives) options.receiveTimeout = timeout2;
        if (spec.sends || type === "rep") options.sendTimeout = timeout2;
      }
      if (values2.identity !== void 0) options.routingId = values2.identity;
      if (linger !== void 0) options.linger = linger;
      let socket;
      try {
        socket = new spec.cls(options);
      } catch (error) {
        throw new CliError(describeError(error));
      }
      const run = { type, spec, socket, codec, separator: values2.separator, count, progress: new Progress() };
      try {
        await endpoints(socket, binds, connects);
        if (type === "sub") {
          const topics = [...values2.subscribe ?? [], ...values2.topic !== void 0 ? [values2.topic] : []];
          const sub = socket;
          if (topics.length === 0) sub.subscribe();
          else sub.subscribe(...topics);
        }
        if (delay > 0) await sleep3(delay);
        await drive(run, {
          data,
          rate,
          timeout: timeout2,
          topic: type === "pub" ? values2.topic : void 0,
          echo: values2.echo === true,
          reply: values2.reply
        });
      } finally {
        run.progress.clear();
        socket.close();
      }
      return 0;
    }
  };
}
async function drive(run, o) {
  const started = Date.now();
  let received = 0;
  let sent = 0;
  const show = () => run.progress.update(() => `${rateText(received, started, "received")} \xB7 ${sent.toLocaleString("en-US")} sent`);
  const receiveLoop = async (limit) => {
    while (limit === void 0 || received < limit) {
      const parts = await receiveOne(run, o.timeout);
      received++;
      await printLine(run.progress, messageText(run, parts));
      show();
    }
  };
  if (run.type === "rep") {
    const fixed = o.reply === void 0 ? void 0 : lineToFrames(run, o.reply, void 0);
    while (run.count === void 0 || received < run.count) {
      const parts = await receiveOne(run, o.timeout);
      received++;
      await printLine(run.progress, messageText(run, parts));
      await sendOne(run, fixed ?? parts, o.timeout);
      sent++;
      show();
    }
    return;
  }
  if (run.type === "req") {
    const pacer = new Pacer(o.rate);
    for await (const line of inputLines(o.data, run.count)) {
      await pacer.next();
      await sendOne(run, lineToFrames(run, line, void 0), o.timeout);
      sent++;
      await receiveLoop(received + 1);
    }
    return;
  }
  const sendLoop = async () => {
    const pacer = new Pacer(o.rate);
    const limit = run.spec.receives ? void 0 : run.count;
    for await (const line of inputLines(o.data, limit)) {
      await pacer.next();
      await sendOne(run, lineToFrames(run, line, o.topic), o.timeout);
      sent++;
      show();
    }
  };
  if (!run.spec.receives) return sendLoop();
  if (!run.spec.sends) return receiveLoop(run.count);
  const receiving = receiveLoop(run.count);
  const sending = sendLoop();
  await Promise.race([receiving, sending.then(() => receiving)]);
}
var socketCommands = Object.entries(TYPES2).map(([type, spec]) => makeCommand(type, spec));

// src/cli/monitor.ts
var HELP3 = `Usage: purezmq monitor ENDPOINT [--bind] [--type TYPE] [options]

Connects to ENDPOINT (or binds it with --bind) and prints the socket's events as they happen: connect, handshake,
disconnect, handshake errors with their reason, ... one per line with a timestamp. Messages that arrive are
counted, not printed.

Options:
  --bind                        bind ENDPOINT instead of connecting to it
  --type TYPE                   socket type to use (default: dealer); pick one the peer accepts
  --json                        one JSON object per event
  -n, --count N                 exit after N events
  --until EVENT                 exit after the first EVENT (e.g. handshake, disconnect)
  --timeout MS                  exit (status 1) when no event arrives within MS ms
${SECURITY_HELP}
  -h, --help                    this help

Examples:
  purezmq monitor tcp://127.0.0.1:5555 --type req
  purezmq monitor tcp://127.0.0.1:5555 --type req --until handshake --timeout 5000
  purezmq monitor tcp://127.0.0.1:5556 --bind --type pub --json --count 3
`;
var monitorCommand = {
  name: "monitor",
  summary: "connect or bind and print socket events as they happen",
  help: HELP3,
  async run(args) {
    const { values: values2, positionals } = parse("monitor", args, {
      bind: { type: "boolean" },
      type: { type: "string" },
      json: { type: "boolean" },
      count: { type: "string", short: "n" },
      until: { type: "string" },
      timeout: { type: "string" },
      ...SECURITY_OPTIONS
    });
    if (positionals.length !== 1) throw new UsageError("give exactly one ENDPOINT", "monitor");
    const endpoint = positionals[0];
    const cls = socketClass("monitor", values2.type ?? "dealer");
    const count = integer("monitor", "count", values2.count, 1);
    const timeout2 = integer("monitor", "timeout", values2.timeout, 1);
    let socket;
    try {
      socket = new cls(securityOptions(values2, cls.prototype));
    } catch (error) {
      throw new CliError(describeError(error));
    }
    const events = socket.events;
    let seen = 0;
    let timer;
    const armTimer = (reject) => {
      if (timeout2 === void 0) return;
      clearTimeout(timer);
      timer = setTimeout(() => reject(new CliError(`no event within ${timeout2} ms (--timeout)`)), timeout2);
    };
    let messages = 0;
    const readable = socket;
    try {
      const done = new Promise((resolve2, reject) => {
        armTimer(reject);
        void (async () => {
          try {
            for await (const event2 of events) {
              seen++;
              const { type, ...rest } = event2;
              const detail = rest.error ? `${rest.error.message}${rest.error.code ? ` (${rest.error.code})` : ""}` : "";
              const line = values2.json ? JSON.stringify({
                time: (/* @__PURE__ */ new Date()).toISOString(),
                event: type,
                address: rest.address,
                error: detail || void 0,
                messages
              }) : `${(/* @__PURE__ */ new Date()).toISOString()}  ${type.padEnd(26)} ${rest.address ?? ""}${detail ? `  ${detail}` : ""}`;
              await printLine(void 0, line);
              armTimer(reject);
              if (count !== void 0 && seen >= count || type === values2.until) return resolve2();
            }
            resolve2();
          } catch (error) {
            reject(error);
          }
        })();
      });
      if (values2.bind) {
        try {
          await socket.bind(endpoint);
        } catch (error) {
          throw new CliError(`cannot bind ${endpoint}: ${describeError(error).replace(`${endpoint}: `, "")}`);
        }
      } else {
        try {
          socket.connect(endpoint);
        } catch (error) {
          throw new CliError(`cannot connect ${endpoint}: ${describeError(error).replace(`${endpoint}: `, "")}`);
        }
      }
      if (typeof readable.receive === "function" && (values2.type ?? "dealer") !== "pub") {
        void (async () => {
          for (; ; ) {
            try {
              await readable.receive.call(socket);
              messages++;
            } catch {
              return;
            }
          }
        })();
      }
      await done;
    } finally {
      clearTimeout(timer);
      socket.close();
    }
    return 0;
  }
};

// src/cli/spy.ts
import { createConnection as createConnection2, createServer as createServer3 } from "net";

// src/cli/wire-trace.ts
var TRACE_FRAME_LIMIT = 256 * 1024 * 1024;
function printable(value) {
  return value.every((b) => b >= 32 && b < 127) ? value.toString("latin1") : `0x${value.toString("hex")}`;
}
function commandFields(name, data) {
  switch (name) {
    case "READY":
    case "INITIATE": {
      if (name === "INITIATE" && data.length >= 248) return { curve: true, bytes: data.length };
      const properties = parseProperties(data);
      if (properties instanceof Error) return { malformed: properties.message };
      return Object.fromEntries([...properties].map(([k, v]) => [k, printable(v)]));
    }
    case "SUBSCRIBE":
    case "CANCEL":
      return { topic: printable(data) };
    case "PING": {
      const { ttl: ttl2, context: context3 } = parsePing(data);
      return { ttl: ttl2 * 100, context: context3.toString("hex") };
    }
    case "PONG":
      return { context: data.toString("hex") };
    case "ERROR": {
      const reason = parseErrorReason(data);
      return reason === void 0 ? { malformed: "reason longer than the command" } : { reason };
    }
    case "HELLO": {
      if (data.length >= 194) return { curve: true, bytes: data.length };
      const userLength = data[0] ?? 0;
      return { username: data.toString("latin1", 1, 1 + userLength), password: "***" };
    }
    default:
      return { bytes: data.length };
  }
}
var WireTracer = class {
  constructor(emit) {
    this.emit = emit;
  }
  greeting = Buffer.alloc(0);
  decoder = new FrameDecoder(TRACE_FRAME_LIMIT);
  lost = false;
  push(chunk) {
    if (this.lost) {
      this.emit({ kind: "raw", size: chunk.length, preview: preview(chunk), why: "not decoded" });
      return;
    }
    if (this.greeting !== void 0) {
      const bytes = Buffer.concat([this.greeting, chunk]);
      if (bytes[0] !== 255 || bytes.length >= 10 && (bytes[9] & 1) === 0 || bytes.length >= 11 && bytes[10] < 3) {
        this.lost = true;
        this.greeting = void 0;
        this.emit({ kind: "raw", size: bytes.length, preview: preview(bytes), why: "not a ZMTP 3 greeting" });
        return;
      }
      if (bytes.length < GREETING_SIZE) {
        this.greeting = bytes;
        return;
      }
      this.greeting = void 0;
      this.emit({
        kind: "greeting",
        version: `${bytes[10]}.${bytes[11]}`,
        mechanism: bytes.toString("latin1", 12, 32).replace(/\0+$/, ""),
        asServer: bytes[32] === 1
      });
      chunk = bytes.subarray(GREETING_SIZE);
    }
    this.decoder.push(chunk);
    for (; ; ) {
      const result = this.decoder.next();
      if (result === FRAME) this.frame(this.decoder.flags, this.decoder.body);
      else if (result === DECODE_ERROR) {
        this.lost = true;
        this.emit({ kind: "error", message: this.decoder.error?.message ?? "undecodable frame" });
        return;
      } else return;
    }
  }
  frame(flags, body) {
    if ((flags & FLAG_COMMAND) === 0) {
      this.emit({ kind: "frame", size: body.length, more: (flags & FLAG_MORE) !== 0, preview: preview(body) });
      return;
    }
    const name = commandName(body);
    if (name === void 0) {
      this.emit({
        kind: "command",
        name: "?",
        size: body.length,
        fields: { malformed: body.subarray(0, 16).toString("hex") }
      });
      return;
    }
    this.emit({ kind: "command", name, size: body.length, fields: commandFields(name, commandData(body)) });
  }
};
function describeEvent(event2) {
  switch (event2.kind) {
    case "greeting":
      return `greeting ZMTP ${event2.version} ${event2.mechanism} as-server=${event2.asServer ? 1 : 0}`;
    case "command": {
      const fields = Object.entries(event2.fields).map(([k, v]) => `${k}=${typeof v === "string" ? JSON.stringify(v) : String(v)}`).join(" ");
      return `${event2.name}${fields ? ` ${fields}` : ""}`;
    }
    case "frame":
      return `frame ${event2.size}B${event2.more ? " MORE" : ""} ${event2.preview}`;
    case "raw":
      return `raw ${event2.size}B (${event2.why}) ${event2.preview}`;
    case "error":
      return `cannot decode further: ${event2.message}`;
  }
}

// src/cli/spy.ts
var HELP4 = `Usage: purezmq spy --listen ENDPOINT --forward ENDPOINT [--json]

A man-in-the-middle proxy for ZMTP over tcp:// or ipc://: point a client at --listen, and every connection is
relayed to --forward while both directions are decoded and printed with timestamps: greetings (version,
mechanism, as-server), commands (READY/INITIATE metadata, SUBSCRIBE/CANCEL topics, PING/PONG, ERROR reasons,
PLAIN HELLO user names), message frames (size, MORE flag, a preview). Bytes pass through unchanged.

Options:
  --listen ENDPOINT     where clients connect (tcp://127.0.0.1:6000, ipc:///tmp/spy.sock)
  --forward ENDPOINT    the real server
  --json                one JSON object per line: {time, conn, dir, kind, ...}
  -n, --count N         exit after N connections have closed
  -h, --help            this help

Examples:
  purezmq spy --listen tcp://127.0.0.1:6000 --forward tcp://127.0.0.1:5555
  purezmq spy --listen tcp://127.0.0.1:6000 --forward tcp://127.0.0.1:5555 --json | jq .
`;
function address(command2, endpoint, purpose) {
  let parsed;
  try {
    parsed = parseEndpoint(endpoint, purpose);
  } catch (error) {
    throw new UsageError(`bad endpoint ${endpoint}: ${error.message}`, command2);
  }
  if (parsed.transport === "tcp") return { host: parsed.host === "*" ? "0.0.0.0" : parsed.host, port: parsed.port };
  if (parsed.transport === "ipc") return { path: parsed.abstract ? `\0${parsed.path}` : parsed.path };
  throw new UsageError(`spy relays tcp:// and ipc:// only, not ${endpoint}`, command2);
}
var spyCommand = {
  name: "spy",
  summary: "man-in-the-middle proxy that decodes ZMTP both ways",
  help: HELP4,
  async run(args) {
    const { values: values2, positionals } = parse("spy", args, {
      listen: { type: "string" },
      forward: { type: "string" },
      json: { type: "boolean" },
      count: { type: "string", short: "n" }
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`, "spy");
    if (!values2.listen || !values2.forward) throw new UsageError("give --listen ENDPOINT and --forward ENDPOINT", "spy");
    const listenAt = address("spy", values2.listen, "bind");
    const forwardTo = address("spy", values2.forward, "connect");
    const count = integer("spy", "count", values2.count, 1);
    let connections = 0;
    let closed = 0;
    let finish = () => {
    };
    const done = new Promise((resolve2) => finish = resolve2);
    const print = (conn, dir, event2) => {
      const time = (/* @__PURE__ */ new Date()).toISOString();
      if (values2.json) void printLine(void 0, JSON.stringify({ time, conn, dir, ...event2 }));
      else
        void printLine(
          void 0,
          `${time.slice(11, 23)} #${conn} ${dir.padEnd(3)} ${"detail" in event2 ? `${event2.kind} ${event2.detail}` : describeEvent(event2)}`
        );
    };
    const server = createServer3((client) => {
      const conn = ++connections;
      const upstream = createConnection2(forwardTo);
      const peer = `${client.remoteAddress ?? "local"}${client.remotePort ? `:${client.remotePort}` : ""}`;
      print(conn, "--", { kind: "open", detail: `${peer} -> ${values2.forward}` });
      const toServer = new WireTracer((e) => print(conn, "c>s", e));
      const toClient = new WireTracer((e) => print(conn, "s>c", e));
      let ended = false;
      const end = (why) => {
        if (ended) return;
        ended = true;
        client.destroy();
        upstream.destroy();
        print(conn, "--", { kind: "close", detail: why });
        if (count !== void 0 && ++closed >= count) finish();
      };
      client.on("data", (chunk) => {
        toServer.push(chunk);
        if (!upstream.write(chunk)) client.pause();
      });
      upstream.on("data", (chunk) => {
        toClient.push(chunk);
        if (!client.write(chunk)) upstream.pause();
      });
      upstream.on("drain", () => client.resume());
      client.on("drain", () => upstream.resume());
      client.on("close", () => end("client closed"));
      upstream.on("close", () => end("server closed"));
      client.on(
        "error",
        (e) => end(e.code === "EPIPE" || e.code === "ECONNRESET" ? "client closed" : `client error ${e.code ?? e.message}`)
      );
      upstream.on("error", (e) => end(`cannot reach ${values2.forward}: ${e.code ?? e.message}`));
    });
    await new Promise((resolve2, reject) => {
      server.once(
        "error",
        (e) => reject(new CliError(`cannot listen on ${values2.listen}: ${e.code ?? e.message}`))
      );
      server.listen(listenAt, () => resolve2());
    });
    const bound = server.address();
    process.stderr.write(
      `spy: listening on ${typeof bound === "object" && bound ? `tcp://${bound.address}:${bound.port}` : values2.listen}, forwarding to ${values2.forward}
`
    );
    await done;
    server.close();
    return 0;
  }
};

// src/cli/main.ts
var COMMANDS = [...socketCommands, monitorCommand, spyCommand, benchCommand, fuzzCommand];
var HIDDEN = [benchPeerCommand];
var HELP5 = `Usage: purezmq COMMAND [options]      (purezmq COMMAND --help for details and examples)

ZeroMQ from the shell, in pure TypeScript: talk to ZeroMQ services, watch their wire traffic, fuzz them.

Sockets:
${socketCommands.map((c) => `  ${c.name.padEnd(9)}${c.summary}`).join("\n")}

Tools:
${[monitorCommand, spyCommand, benchCommand, fuzzCommand].map((c) => `  ${c.name.padEnd(9)}${c.summary}`).join("\n")}

Examples:
  purezmq rep --bind tcp://127.0.0.1:5555 --echo
  purezmq req --connect tcp://127.0.0.1:5555 --data hello
  purezmq spy --listen tcp://127.0.0.1:6000 --forward tcp://127.0.0.1:5555
  purezmq fuzz tcp://127.0.0.1:5555 --type DEALER --cases 1000 --seed 1

Options:
  -h, --help     this help
  -V, --version  print the version
`;
function packageVersion() {
  for (const path of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync3(new URL(path, import.meta.url), "utf8"));
      if (pkg.name === "purezmq" && pkg.version) return pkg.version;
    } catch {
    }
  }
  return "unknown";
}
function fail(message2, code2, command2) {
  const hint = code2 === 2 ? ` (see purezmq ${command2 ? `${command2} ` : ""}--help)` : "";
  process.stderr.write(`purezmq${command2 ? ` ${command2}` : ""}: ${message2}${hint}
`);
  return code2;
}
async function main(argv) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "-h" || name === "--help" || name === "help") {
    const topic = name === "help" ? rest[0] : void 0;
    const command3 = COMMANDS.find((c) => c.name === topic);
    process.stdout.write(command3 ? command3.help : HELP5);
    return 0;
  }
  if (name === "-V" || name === "--version") {
    process.stdout.write(`purezmq ${packageVersion()} (behaves as libzmq ${version})
`);
    return 0;
  }
  const command2 = [...COMMANDS, ...HIDDEN].find((c) => c.name === name);
  if (!command2) return fail(`unknown command ${JSON.stringify(name)}`, 2);
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(command2.help);
    return 0;
  }
  try {
    return await command2.run(rest);
  } catch (error) {
    if (process.env.PUREZMQ_DEBUG) console.error(error);
    if (error instanceof UsageError) return fail(error.message, 2, command2.name);
    if (error instanceof CliError) return fail(error.message, error.exitCode, command2.name);
    return fail(describeError(error), 1, command2.name);
  }
}
process.on("unhandledRejection", (error) => {
  process.exit(fail(describeError(error), 1));
});
var code = await main(process.argv.slice(2));
if (code !== 0) process.exit(code);
process.exitCode = code;
process.stdin.destroy();
//# sourceMappingURL=cli.js.map