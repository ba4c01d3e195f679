/**
 * XSalsa20-Poly1305 (NaCl crypto_secretbox) for the CurveZMQ MESSAGE stream, working in place on preallocated
 * state: no allocation, key copy or typed-array view per box.
 *
 * Why not @noble/ciphers here: the handshake's few boxes still use it, but a MESSAGE box per frame through its
 * one-shot API pays per call for key/nonce copies, alignment checks, fresh word views and a fresh Poly1305
 * instance — most of the cost of a small message (CPU profile of a CURVE PUSH→PULL: those copies 18 %, more than
 * the Salsa20 core). This file is the same arithmetic (Salsa20 per the Salsa20 specification, Poly1305 per
 * RFC 8439 §2.5 in double-precision limbs) without that overhead; test/security/secretbox-stream.test.ts checks it
 * byte for byte against @noble/ciphers and the NaCl secretbox vector, and interop/security against libzmq.
 *
 * The caller derives the XSalsa20 subkey (HSalsa20 of the key and the first 16 nonce bytes) once per stream;
 * each box then takes the last 8 nonce bytes. Requires a little-endian platform (as @noble/ciphers does).
 */

const TAG = 16;

export class SecretboxStream {
  /** Salsa20 input words: constants, subkey, nonce tail, block counter. */
  private readonly input = new Uint32Array(16);
  private readonly block = new Uint32Array(16);
  private readonly blockBytes = new Uint8Array(this.block.buffer);
  private readonly poly = new Poly1305();

  /** `subkey`: the 32-byte XSalsa20 subkey. */
  constructor(subkey: Uint8Array) {
    if (subkey.length !== 32) throw new RangeError("subkey must be 32 bytes");
    const input = this.input;
    input[0] = 0x61707865;
    input[5] = 0x3320646e;
    input[10] = 0x79622d32;
    input[15] = 0x6b206574;
    for (let i = 0; i < 4; i++) {
      input[1 + i] = readWord(subkey, 4 * i);
      input[11 + i] = readWord(subkey, 16 + 4 * i);
    }
  }

  /** `box` holds [16-byte tag slot][plaintext]; afterwards [tag][ciphertext]. `tail`: nonce bytes 16..23. */
  sealInPlace(tail: Uint8Array, box: Uint8Array): void {
    const text = box.subarray(TAG);
    this.start(tail);
    this.xorStream(text);
    this.poly.mac(text, box);
  }

  /**
   * Check [tag][ciphertext] and decrypt the ciphertext into `output` (its length); false (output untouched) when
   * the tag does not match.
   */
  openInto(tail: Uint8Array, box: Uint8Array, output: Uint8Array): boolean {
    const cipher = box.subarray(TAG);
    this.start(tail);
    if (!this.poly.verify(cipher, box)) return false;
    output.set(cipher);
    this.xorStream(output);
    return true;
  }

  /** Block 0 of the keystream: its first 32 bytes key Poly1305; its last 32 encrypt the first 32 text bytes. */
  private start(tail: Uint8Array): void {
    const input = this.input;
    input[6] = readWord(tail, 0);
    input[7] = readWord(tail, 4);
    input[8] = 0;
    input[9] = 0;
    this.block.fill(0);
    salsa20Xor(input, this.block, 0);
    this.poly.init(this.blockBytes);
  }

  private xorStream(text: Uint8Array): void {
    const ks = this.blockBytes;
    const length = text.length;
    const head = Math.min(length, 32);
    for (let i = 0; i < head; i++) text[i] ^= ks[32 + i]!;
    const input = this.input;
    let at = 32;
    const fullBlocks = (length - at) >> 6;
    if (fullBlocks > 0 && (text.byteOffset & 3) === 0) {
      // Whole 64-byte blocks of 4-byte-aligned text: XOR the keystream in as words, in place.
      const words = new Uint32Array(text.buffer, text.byteOffset + at, fullBlocks * 16);
      for (let w = 0; w < words.length; w += 16) {
        if (++input[8]! === 0) input[9]!++;
        salsa20Xor(input, words, w);
      }
      at += fullBlocks * 64;
    }
    for (; at < length; at += 64) {
      if (++input[8]! === 0) input[9]!++;
      this.block.fill(0);
      salsa20Xor(input, this.block, 0);
      const n = Math.min(length - at, 64);
      for (let i = 0; i < n; i++) text[at + i] ^= ks[i]!;
    }
  }
}

function readWord(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** One Salsa20/20 block XORed into `out[at..at + 16)` (little-endian words). */
function salsa20Xor(input: Uint32Array, out: Uint32Array, at: number): void {
  const j0 = input[0]!,
    j1 = input[1]!,
    j2 = input[2]!,
    j3 = input[3]!;
  const j4 = input[4]!,
    j5 = input[5]!,
    j6 = input[6]!,
    j7 = input[7]!;
  const j8 = input[8]!,
    j9 = input[9]!,
    j10 = input[10]!,
    j11 = input[11]!;
  const j12 = input[12]!,
    j13 = input[13]!,
    j14 = input[14]!,
    j15 = input[15]!;
  let x0 = j0,
    x1 = j1,
    x2 = j2,
    x3 = j3,
    x4 = j4,
    x5 = j5,
    x6 = j6,
    x7 = j7;
  let x8 = j8,
    x9 = j9,
    x10 = j10,
    x11 = j11,
    x12 = j12,
    x13 = j13,
    x14 = j14,
    x15 = j15;
  let u: number;
  for (let round = 0; round < 20; round += 2) {
    // Column round.
    u = (x0 + x12) | 0;
    x4 ^= (u << 7) | (u >>> 25);
    u = (x4 + x0) | 0;
    x8 ^= (u << 9) | (u >>> 23);
    u = (x8 + x4) | 0;
    x12 ^= (u << 13) | (u >>> 19);
    u = (x12 + x8) | 0;
    x0 ^= (u << 18) | (u >>> 14);
    u = (x5 + x1) | 0;
    x9 ^= (u << 7) | (u >>> 25);
    u = (x9 + x5) | 0;
    x13 ^= (u << 9) | (u >>> 23);
    u = (x13 + x9) | 0;
    x1 ^= (u << 13) | (u >>> 19);
    u = (x1 + x13) | 0;
    x5 ^= (u << 18) | (u >>> 14);
    u = (x10 + x6) | 0;
    x14 ^= (u << 7) | (u >>> 25);
    u = (x14 + x10) | 0;
    x2 ^= (u << 9) | (u >>> 23);
    u = (x2 + x14) | 0;
    x6 ^= (u << 13) | (u >>> 19);
    u = (x6 + x2) | 0;
    x10 ^= (u << 18) | (u >>> 14);
    u = (x15 + x11) | 0;
    x3 ^= (u << 7) | (u >>> 25);
    u = (x3 + x15) | 0;
    x7 ^= (u << 9) | (u >>> 23);
    u = (x7 + x3) | 0;
    x11 ^= (u << 13) | (u >>> 19);
    u = (x11 + x7) | 0;
    x15 ^= (u << 18) | (u >>> 14);
    // Row round.
    u = (x0 + x3) | 0;
    x1 ^= (u << 7) | (u >>> 25);
    u = (x1 + x0) | 0;
    x2 ^= (u << 9) | (u >>> 23);
    u = (x2 + x1) | 0;
    x3 ^= (u << 13) | (u >>> 19);
    u = (x3 + x2) | 0;
    x0 ^= (u << 18) | (u >>> 14);
    u = (x5 + x4) | 0;
    x6 ^= (u << 7) | (u >>> 25);
    u = (x6 + x5) | 0;
    x7 ^= (u << 9) | (u >>> 23);
    u = (x7 + x6) | 0;
    x4 ^= (u << 13) | (u >>> 19);
    u = (x4 + x7) | 0;
    x5 ^= (u << 18) | (u >>> 14);
    u = (x10 + x9) | 0;
    x11 ^= (u << 7) | (u >>> 25);
    u = (x11 + x10) | 0;
    x8 ^= (u << 9) | (u >>> 23);
    u = (x8 + x11) | 0;
    x9 ^= (u << 13) | (u >>> 19);
    u = (x9 + x8) | 0;
    x10 ^= (u << 18) | (u >>> 14);
    u = (x15 + x14) | 0;
    x12 ^= (u << 7) | (u >>> 25);
    u = (x12 + x15) | 0;
    x13 ^= (u << 9) | (u >>> 23);
    u = (x13 + x12) | 0;
    x14 ^= (u << 13) | (u >>> 19);
    u = (x14 + x13) | 0;
    x15 ^= (u << 18) | (u >>> 14);
  }
  out[at + 0] ^= x0 + j0;
  out[at + 1] ^= x1 + j1;
  out[at + 2] ^= x2 + j2;
  out[at + 3] ^= x3 + j3;
  out[at + 4] ^= x4 + j4;
  out[at + 5] ^= x5 + j5;
  out[at + 6] ^= x6 + j6;
  out[at + 7] ^= x7 + j7;
  out[at + 8] ^= x8 + j8;
  out[at + 9] ^= x9 + j9;
  out[at + 10] ^= x10 + j10;
  out[at + 11] ^= x11 + j11;
  out[at + 12] ^= x12 + j12;
  out[at + 13] ^= x13 + j13;
  out[at + 14] ^= x14 + j14;
  out[at + 15] ^= x15 + j15;
}

/**
 * Poly1305 (RFC 8439 §2.5) with the accumulator in ten 13-bit limbs and r in five 26-bit ones, so every product and sum stays an exact
 * double; one instance is re-keyed per box.
 */
class Poly1305 {
  private readonly r = new Float64Array(10);
  private readonly pad = new Uint16Array(8);
  private readonly h = new Float64Array(10);
  private readonly last = new Uint8Array(16);
  private readonly hFinal = new Int32Array(10);
  private readonly g = new Int32Array(10);
  private readonly words = new Uint16Array(8);

  /** Key from the first 32 bytes of `key`: r (clamped) then s. */
  init(key: Uint8Array): void {
    const t0 = key[0]! | (key[1]! << 8),
      t1 = key[2]! | (key[3]! << 8);
    const t2 = key[4]! | (key[5]! << 8),
      t3 = key[6]! | (key[7]! << 8);
    const t4 = key[8]! | (key[9]! << 8),
      t5 = key[10]! | (key[11]! << 8);
    const t6 = key[12]! | (key[13]! << 8),
      t7 = key[14]! | (key[15]! << 8);
    const r = this.r;
    // The masks apply the clamp of RFC 8439 §2.5.1 (r &= 0x0ffffffc0ffffffc0ffffffc0fffffff).
    r[0] = t0 & 0x1fff;
    r[1] = ((t0 >>> 13) | (t1 << 3)) & 0x1fff;
    r[2] = ((t1 >>> 10) | (t2 << 6)) & 0x1f03;
    r[3] = ((t2 >>> 7) | (t3 << 9)) & 0x1fff;
    r[4] = ((t3 >>> 4) | (t4 << 12)) & 0x00ff;
    r[5] = (t4 >>> 1) & 0x1ffe;
    r[6] = ((t4 >>> 14) | (t5 << 2)) & 0x1fff;
    r[7] = ((t5 >>> 11) | (t6 << 5)) & 0x1f81;
    r[8] = ((t6 >>> 8) | (t7 << 8)) & 0x1fff;
    r[9] = (t7 >>> 5) & 0x007f;
    for (let i = 0; i < 8; i++) this.pad[i] = key[16 + 2 * i]! | (key[17 + 2 * i]! << 8);
    this.h.fill(0);
  }

  /** Write the tag of `message` into `out[0..16)`. */
  mac(message: Uint8Array, out: Uint8Array): void {
    this.absorb(message);
    this.finish(out, false);
  }

  /** Whether `tag[0..16)` is the tag of `message` (constant time in the tag's content). */
  verify(message: Uint8Array, tag: Uint8Array): boolean {
    this.absorb(message);
    return this.finish(tag, true);
  }

  private absorb(message: Uint8Array): void {
    const full = message.length & ~15;
    if (full > 0) this.blocks(message, 0, full, 1 << 11);
    const rest = message.length - full;
    if (rest > 0) {
      const last = this.last;
      last.fill(0);
      last.set(message.subarray(full));
      last[rest] = 1;
      this.blocks(last, 0, 16, 0);
    }
  }

  /** For each 16 bytes in `m[at..end)`: h = (h + block + hibit·2^128) · r mod 2^130 − 5. */
  private blocks(m: Uint8Array, at: number, end: number, hibit: number): void {
    const h = this.h,
      r = this.r;
    // r in five 26-bit limbs (pairs of the 13-bit ones): a product of a 13-bit h limb and a 26-bit r limb is
    // below 2^43 even times 5, so each output column sums five of them exactly in a double — half the
    // multiplications of limb-by-limb 13-bit arithmetic.
    const q0 = r[0]! + r[1]! * 8192,
      q1 = r[2]! + r[3]! * 8192,
      q2 = r[4]! + r[5]! * 8192;
    const q3 = r[6]! + r[7]! * 8192,
      q4 = r[8]! + r[9]! * 8192;
    const p1 = 5 * q1,
      p2 = 5 * q2,
      p3 = 5 * q3,
      p4 = 5 * q4;
    let a0 = h[0]!,
      a1 = h[1]!,
      a2 = h[2]!,
      a3 = h[3]!,
      a4 = h[4]!;
    let a5 = h[5]!,
      a6 = h[6]!,
      a7 = h[7]!,
      a8 = h[8]!,
      a9 = h[9]!;
    for (; at < end; at += 16) {
      const t0 = m[at]! | (m[at + 1]! << 8),
        t1 = m[at + 2]! | (m[at + 3]! << 8);
      const t2 = m[at + 4]! | (m[at + 5]! << 8),
        t3 = m[at + 6]! | (m[at + 7]! << 8);
      const t4 = m[at + 8]! | (m[at + 9]! << 8),
        t5 = m[at + 10]! | (m[at + 11]! << 8);
      const t6 = m[at + 12]! | (m[at + 13]! << 8),
        t7 = m[at + 14]! | (m[at + 15]! << 8);
      const h0 = a0 + (t0 & 0x1fff);
      const h1 = a1 + (((t0 >>> 13) | (t1 << 3)) & 0x1fff);
      const h2 = a2 + (((t1 >>> 10) | (t2 << 6)) & 0x1fff);
      const h3 = a3 + (((t2 >>> 7) | (t3 << 9)) & 0x1fff);
      const h4 = a4 + (((t3 >>> 4) | (t4 << 12)) & 0x1fff);
      const h5 = a5 + ((t4 >>> 1) & 0x1fff);
      const h6 = a6 + (((t4 >>> 14) | (t5 << 2)) & 0x1fff);
      const h7 = a7 + (((t5 >>> 11) | (t6 << 5)) & 0x1fff);
      const h8 = a8 + (((t6 >>> 8) | (t7 << 8)) & 0x1fff);
      const h9 = a9 + ((t7 >>> 5) | hibit);
      let c: number;
      let d = h0 * q0 + h8 * p1 + h6 * p2 + h4 * p3 + h2 * p4;
      c = Math.floor(d / 8192);
      a0 = d - c * 8192;
      d = c + h1 * q0 + h9 * p1 + h7 * p2 + h5 * p3 + h3 * p4;
      c = Math.floor(d / 8192);
      a1 = d - c * 8192;
      d = c + h2 * q0 + h0 * q1 + h8 * p2 + h6 * p3 + h4 * p4;
      c = Math.floor(d / 8192);
      a2 = d - c * 8192;
      d = c + h3 * q0 + h1 * q1 + h9 * p2 + h7 * p3 + h5 * p4;
      c = Math.floor(d / 8192);
      a3 = d - c * 8192;
      d = c + h4 * q0 + h2 * q1 + h0 * q2 + h8 * p3 + h6 * p4;
      c = Math.floor(d / 8192);
      a4 = d - c * 8192;
      d = c + h5 * q0 + h3 * q1 + h1 * q2 + h9 * p3 + h7 * p4;
      c = Math.floor(d / 8192);
      a5 = d - c * 8192;
      d = c + h6 * q0 + h4 * q1 + h2 * q2 + h0 * q3 + h8 * p4;
      c = Math.floor(d / 8192);
      a6 = d - c * 8192;
      d = c + h7 * q0 + h5 * q1 + h3 * q2 + h1 * q3 + h9 * p4;
      c = Math.floor(d / 8192);
      a7 = d - c * 8192;
      d = c + h8 * q0 + h6 * q1 + h4 * q2 + h2 * q3 + h0 * q4;
      c = Math.floor(d / 8192);
      a8 = d - c * 8192;
      d = c + h9 * q0 + h7 * q1 + h5 * q2 + h3 * q3 + h1 * q4;
      c = Math.floor(d / 8192);
      a9 = d - c * 8192;
      // 2^130 ≡ 5: fold the carry out of the top limb back into the bottom.
      d = a0 + c * 5;
      c = Math.floor(d / 8192);
      a0 = d - c * 8192;
      d = a1 + c; // the carry here can reach 2^22: pass it on so every limb stays below 2^14 for the next block
      c = Math.floor(d / 8192);
      a1 = d - c * 8192;
      a2 += c;
    }
    h[0] = a0;
    h[1] = a1;
    h[2] = a2;
    h[3] = a3;
    h[4] = a4;
    h[5] = a5;
    h[6] = a6;
    h[7] = a7;
    h[8] = a8;
    h[9] = a9;
  }

  /** Fully reduce h, add s, and write (or, with `compare`, compare against) the tag at `tag[0..16)`. */
  private finish(tag: Uint8Array, compare: boolean): boolean {
    const h = this.hFinal;
    for (let i = 0; i < 10; i++) h[i] = this.h[i]!;
    let c = h[1]! >>> 13;
    h[1]! &= 0x1fff;
    for (let i = 2; i < 10; i++) {
      h[i]! += c;
      c = h[i]! >>> 13;
      h[i]! &= 0x1fff;
    }
    h[0]! += c * 5;
    c = h[0]! >>> 13;
    h[0]! &= 0x1fff;
    h[1]! += c;
    c = h[1]! >>> 13;
    h[1]! &= 0x1fff;
    h[2]! += c;
    // g = h + 5 − 2^130; use it when h ≥ 2^130 − 5 (no borrow out of the top limb).
    const g = this.g;
    g[0] = h[0]! + 5;
    c = g[0]! >>> 13;
    g[0]! &= 0x1fff;
    for (let i = 1; i < 10; i++) {
      g[i] = h[i]! + c;
      c = g[i]! >>> 13;
      g[i]! &= 0x1fff;
    }
    let mask = (c ^ 1) - 1;
    for (let i = 0; i < 10; i++) g[i]! &= mask;
    mask = ~mask;
    for (let i = 0; i < 10; i++) h[i] = (h[i]! & mask) | g[i]!;
    const w = this.words; // Uint16Array: stores keep the low 16 bits
    w[0] = h[0]! | (h[1]! << 13);
    w[1] = (h[1]! >>> 3) | (h[2]! << 10);
    w[2] = (h[2]! >>> 6) | (h[3]! << 7);
    w[3] = (h[3]! >>> 9) | (h[4]! << 4);
    w[4] = (h[4]! >>> 12) | (h[5]! << 1) | (h[6]! << 14);
    w[5] = (h[6]! >>> 2) | (h[7]! << 11);
    w[6] = (h[7]! >>> 5) | (h[8]! << 8);
    w[7] = (h[8]! >>> 8) | (h[9]! << 5);
    let f = 0;
    let difference = 0;
    for (let i = 0; i < 8; i++) {
      f = w[i]! + this.pad[i]! + (f >>> 16);
      const lo = f & 0xff,
        hi = (f >>> 8) & 0xff;
      if (compare) difference |= (tag[2 * i]! ^ lo) | (tag[2 * i + 1]! ^ hi);
      else {
        tag[2 * i] = lo;
        tag[2 * i + 1] = hi;
      }
    }
    return difference === 0;
  }
}
