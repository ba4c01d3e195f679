/**
 * XSalsa20-Poly1305 (NaCl crypto_secretbox) for the CurveZMQ MESSAGE stream, working in place on preallocated
 * state: no allocation, key copy or typed-array view per box (beyond one word view of long aligned text).
 *
 * Why not @noble/ciphers here: the handshake's few boxes still use it, but a MESSAGE box per frame through its
 * one-shot API pays per call for key/nonce copies, alignment checks, fresh word views and a fresh Poly1305
 * instance — most of the cost of a small message (CPU profile of a CURVE PUSH→PULL: those copies 18 %, more than
 * the Salsa20 core). This file is the same arithmetic (Salsa20 per the Salsa20 specification, Poly1305 per
 * RFC 8439 §2.5 in poly1305.ts) without that overhead; test/security/secretbox-stream.test.ts checks it byte for
 * byte against @noble/ciphers and the NaCl secretbox vector, and interop/security against libzmq.
 *
 * The caller derives the XSalsa20 subkey (HSalsa20 of the key and the first 16 nonce bytes) once per stream;
 * each box then takes the last 8 nonce bytes. Boxes are addressed as `buf[at..end)` so callers need no subarray
 * per frame. Requires a little-endian platform (as @noble/ciphers does).
 */
import { Poly1305 } from "./poly1305.js";

const TAG = 16;
/** Unaligned text is encrypted through an aligned scratch of this many bytes (a multiple of the 64-byte block). */
const SCRATCH_BYTES = 4096;
/** Shared by every stream: each use is synchronous, start to finish (per stream it would cost every connection). */
const scratch = new Uint32Array(SCRATCH_BYTES / 4);
const scratchBytes = new Uint8Array(scratch.buffer);

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

  /**
   * `box[at..end)` holds [16-byte tag slot][plaintext]; afterwards [tag][ciphertext]. The nonce's last 8 bytes are
   * `tail[tailAt..tailAt + 8)`.
   */
  sealInPlace(tail: Uint8Array, tailAt: number, box: Uint8Array, at: number, end: number): void {
    this.start(tail, tailAt);
    this.xorStream(box, at + TAG, end);
    this.poly.update(box, at + TAG, end);
    this.poly.digestInto(box, at);
  }

  /**
   * Check `box[at..end)` = [tag][ciphertext] and decrypt the ciphertext where it lies (for a received frame that
   * nothing else reads); false (box untouched) when the tag does not match.
   */
  openInPlace(tail: Uint8Array, tailAt: number, box: Uint8Array, at: number, end: number): boolean {
    this.start(tail, tailAt);
    this.poly.update(box, at + TAG, end);
    if (!this.poly.matches(box, at)) return false;
    this.xorStream(box, at + TAG, end);
    return true;
  }

  /** Block 0 of the keystream: its first 32 bytes key Poly1305; its last 32 encrypt the first 32 text bytes. */
  private start(tail: Uint8Array, tailAt: number): void {
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
  private xorStream(text: Uint8Array, at: number, end: number): void {
    const ks = this.blockBytes;
    const head = Math.min(end - at, 32);
    for (let i = 0; i < head; i++) text[at + i] ^= ks[32 + i]!;
    at += head;
    const input = this.input;
    const fullBlocks = (end - at) >> 6;
    if (fullBlocks > 0) {
      if (((text.byteOffset + at) & 3) === 0) {
        // Whole 64-byte blocks of 4-byte-aligned text: XOR the keystream in as words, in place.
        const words = new Uint32Array(text.buffer, text.byteOffset + at, fullBlocks * 16);
        for (let w = 0; w < words.length; w += 16) {
          if (++input[8]! === 0) input[9]!++;
          salsa20Xor(input, words, w);
        }
      } else {
        // Unaligned text (a frame at any offset of a received chunk or of the write batch): through an aligned
        // scratch, a chunk at a time — two memory copies cost less than unaligned word access (DataView).
        for (let left = fullBlocks * 64; left > 0; ) {
          const n = Math.min(left, SCRATCH_BYTES);
          scratchBytes.set(text.subarray(at, at + n));
          for (let w = 0; w < n >> 2; w += 16) {
            if (++input[8]! === 0) input[9]!++;
            salsa20Xor(input, scratch, w);
          }
          text.set(n === SCRATCH_BYTES ? scratchBytes : scratchBytes.subarray(0, n), at);
          at += n;
          left -= n;
        }
        at -= fullBlocks * 64;
      }
      at += fullBlocks * 64;
    }
    for (; at < end; at += 64) {
      if (++input[8]! === 0) input[9]!++;
      this.block.fill(0);
      salsa20Xor(input, this.block, 0);
      const n = Math.min(end - at, 64);
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
  out[at + 0] ^= (x0 + j0) | 0;
  out[at + 1] ^= (x1 + j1) | 0;
  out[at + 2] ^= (x2 + j2) | 0;
  out[at + 3] ^= (x3 + j3) | 0;
  out[at + 4] ^= (x4 + j4) | 0;
  out[at + 5] ^= (x5 + j5) | 0;
  out[at + 6] ^= (x6 + j6) | 0;
  out[at + 7] ^= (x7 + j7) | 0;
  out[at + 8] ^= (x8 + j8) | 0;
  out[at + 9] ^= (x9 + j9) | 0;
  out[at + 10] ^= (x10 + j10) | 0;
  out[at + 11] ^= (x11 + j11) | 0;
  out[at + 12] ^= (x12 + j12) | 0;
  out[at + 13] ^= (x13 + j13) | 0;
  out[at + 14] ^= (x14 + j14) | 0;
  out[at + 15] ^= (x15 + j15) | 0;
}
