/**
 * Poly1305 (RFC 8439 §2.5) in double-precision arithmetic, for the CURVE stream cipher (secretbox-stream.ts).
 *
 * The accumulator h and the key part r are six 22-bit limbs (bit 0, 22, … 110). A product of two limbs is below
 * 2^49 even when one side is multiplied by 20 (2^132 ≡ 20 mod 2^130 − 5), and a column of six such products stays
 * below 2^53, so every multiply-add is exact in a double: 36 multiplications per 16-byte block. Carries use the
 * round-to-nearest trick `(d + 1.5·2^74) − 1.5·2^74`, which rounds d to a multiple of 2^22 in two additions (no
 * floor, no division); limbs are therefore signed, in [−2^21, 2^21] after each block, and `finish` brings them
 * back to the canonical value. The carry chain is the serial part of a block: 7 steps here against 12
 * floor-and-divide steps in a 13-bit-limb layout.
 *
 * Bounds per block: |h limb| < 2^21 + 2^13 before adding a message limb (< 2^22), so |h + m| < 2^22.6; r limbs are
 * below 2^22, 20·r below 2^26.4; six products below 2^51.5.
 */

/** Adding then subtracting this rounds a double below 2^73 in magnitude to the nearest multiple of 2^22. */
const ROUND22 = 1.5 * 2 ** 74;
const INV22 = 2 ** -22;
const LIMB = 2 ** 22;

export class Poly1305 {
  private r0 = 0;
  private r1 = 0;
  private r2 = 0;
  private r3 = 0;
  private r4 = 0;
  private r5 = 0;
  /** s = the key's second half, as four little-endian 32-bit words. */
  private readonly s = new Float64Array(4);
  private readonly h = new Float64Array(6);
  private readonly last = new Uint8Array(16);

  /** Key from `key[at..at + 32)`: r (clamped per RFC 8439 §2.5.1), then s. */
  init(key: Uint8Array, at = 0): void {
    const t0 = le32(key, at) & 0x0fffffff;
    const t1 = le32(key, at + 4) & 0x0ffffffc;
    const t2 = le32(key, at + 8) & 0x0ffffffc;
    const t3 = le32(key, at + 12) & 0x0ffffffc;
    this.r0 = t0 & 0x3fffff;
    this.r1 = (t0 >>> 22) | ((t1 & 0xfff) << 10);
    this.r2 = (t1 >>> 12) | ((t2 & 0x3) << 20);
    this.r3 = (t2 >>> 2) & 0x3fffff;
    this.r4 = (t2 >>> 24) | ((t3 & 0x3fff) << 8);
    this.r5 = t3 >>> 14;
    for (let i = 0; i < 4; i++) this.s[i] = le32(key, at + 16 + 4 * i) >>> 0;
    this.h.fill(0);
  }

  /** Absorb `m[at..end)` as a whole message (the last partial block padded per RFC 8439). */
  update(m: Uint8Array, at: number, end: number): void {
    const full = at + ((end - at) & ~15);
    if (full > at) this.blocks(m, at, full, 1 << 18);
    const rest = end - full;
    if (rest > 0) {
      const last = this.last;
      last.fill(0);
      for (let i = 0; i < rest; i++) last[i] = m[full + i]!;
      last[rest] = 1;
      this.blocks(last, 0, 16, 0);
    }
  }

  /** Write the tag into `out[at..at + 16)`. */
  digestInto(out: Uint8Array, at: number): void {
    this.finish(out, at, false);
  }

  /** Whether `tag[at..at + 16)` is the tag (constant time in the tag's content). */
  matches(tag: Uint8Array, at: number): boolean {
    return this.finish(tag, at, true);
  }

  /** For each 16 bytes in `m[at..end)`: h = (h + block + hibit·2^128) · r mod 2^130 − 5 (hibit as 2^18 in limb 5). */
  private blocks(m: Uint8Array, at: number, end: number, hibit: number): void {
    const r0 = this.r0,
      r1 = this.r1,
      r2 = this.r2,
      r3 = this.r3,
      r4 = this.r4,
      r5 = this.r5;
    const s1 = 20 * r1,
      s2 = 20 * r2,
      s3 = 20 * r3,
      s4 = 20 * r4,
      s5 = 20 * r5;
    const h = this.h;
    let a0 = h[0]!,
      a1 = h[1]!,
      a2 = h[2]!,
      a3 = h[3]!,
      a4 = h[4]!,
      a5 = h[5]!;
    for (; at < end; at += 16) {
      const w0 = le32(m, at),
        w1 = le32(m, at + 4),
        w2 = le32(m, at + 8),
        w3 = le32(m, at + 12);
      const h0 = a0 + (w0 & 0x3fffff);
      const h1 = a1 + ((w0 >>> 22) | ((w1 & 0xfff) << 10));
      const h2 = a2 + ((w1 >>> 12) | ((w2 & 0x3) << 20));
      const h3 = a3 + ((w2 >>> 2) & 0x3fffff);
      const h4 = a4 + ((w2 >>> 24) | ((w3 & 0x3fff) << 8));
      const h5 = a5 + ((w3 >>> 14) | hibit);
      const d0 = h0 * r0 + h1 * s5 + h2 * s4 + h3 * s3 + h4 * s2 + h5 * s1;
      let d1 = h0 * r1 + h1 * r0 + h2 * s5 + h3 * s4 + h4 * s3 + h5 * s2;
      let d2 = h0 * r2 + h1 * r1 + h2 * r0 + h3 * s5 + h4 * s4 + h5 * s3;
      let d3 = h0 * r3 + h1 * r2 + h2 * r1 + h3 * r0 + h4 * s5 + h5 * s4;
      let d4 = h0 * r4 + h1 * r3 + h2 * r2 + h3 * r1 + h4 * r0 + h5 * s5;
      let d5 = h0 * r5 + h1 * r4 + h2 * r3 + h3 * r2 + h4 * r1 + h5 * r0;
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
      // Bits from 132 up wrap around times 20; then one more step so limb 0 is back within ±2^21.
      a0 += 20 * c * INV22;
      c = a0 + ROUND22 - ROUND22;
      a0 -= c;
      a1 += c * INV22;
    }
    h[0] = a0;
    h[1] = a1;
    h[2] = a2;
    h[3] = a3;
    h[4] = a4;
    h[5] = a5;
  }

  /** Reduce h fully mod 2^130 − 5, add s, and write (or, with `compare`, compare against) the tag. */
  private finish(tag: Uint8Array, at: number, compare: boolean): boolean {
    const h = this.h;
    // Signed limbs may make h negative (down to about −2^131): add 4p = 2^132 − 20 first. All values are then
    // non-negative integers below 2^31, so the carries are integer shifts.
    let h0 = h[0]! - 20,
      h1 = h[1]!,
      h2 = h[2]!,
      h3 = h[3]!,
      h4 = h[4]!,
      h5 = h[5]! + LIMB;
    let c: number;
    for (let pass = 0; pass < 2; pass++) {
      c = h0 >> 22;
      h0 &= 0x3fffff;
      h1 += c;
      c = h1 >> 22;
      h1 &= 0x3fffff;
      h2 += c;
      c = h2 >> 22;
      h2 &= 0x3fffff;
      h3 += c;
      c = h3 >> 22;
      h3 &= 0x3fffff;
      h4 += c;
      c = h4 >> 22;
      h4 &= 0x3fffff;
      h5 += c;
      c = h5 >> 20; // bit 130 and up: 2^130 ≡ 5
      h5 &= 0xfffff;
      h0 += 5 * c;
    }
    // Now h < 2^130 + 5·2 in canonical limbs (h0 may exceed 22 bits by the last fold; the g chain carries it).
    // g = h + 5 − 2^130: take it when h ≥ 2^130 − 5, that is when h + 5 reaches bit 130.
    let g0 = h0 + 5;
    c = g0 >> 22;
    g0 &= 0x3fffff;
    let g1 = h1 + c;
    c = g1 >> 22;
    g1 &= 0x3fffff;
    let g2 = h2 + c;
    c = g2 >> 22;
    g2 &= 0x3fffff;
    let g3 = h3 + c;
    c = g3 >> 22;
    g3 &= 0x3fffff;
    let g4 = h4 + c;
    c = g4 >> 22;
    g4 &= 0x3fffff;
    let g5 = h5 + c;
    const useG = -(g5 >> 20); // all ones when h + 5 ≥ 2^130
    g5 &= 0xfffff;
    const keep = ~useG;
    // h0 can only exceed 22 bits when h ≥ 2^130 (then g is taken), so masking it is safe.
    h0 = (h0 & 0x3fffff & keep) | (g0 & useG);
    h1 = (h1 & keep) | (g1 & useG);
    h2 = (h2 & keep) | (g2 & useG);
    h3 = (h3 & keep) | (g3 & useG);
    h4 = (h4 & keep) | (g4 & useG);
    h5 = (h5 & keep) | (g5 & useG);
    // The low 128 bits as four words, plus s, mod 2^128.
    const s = this.s;
    let f = ((h0 | (h1 << 22)) >>> 0) + s[0]!;
    const o0 = f >>> 0;
    f = (((h1 >>> 10) | (h2 << 12)) >>> 0) + s[1]! + (f > 0xffffffff ? 1 : 0);
    const o1 = f >>> 0;
    f = (((h2 >>> 20) | (h3 << 2) | (h4 << 24)) >>> 0) + s[2]! + (f > 0xffffffff ? 1 : 0);
    const o2 = f >>> 0;
    f = (((h4 >>> 8) | (h5 << 14)) >>> 0) + s[3]! + (f > 0xffffffff ? 1 : 0);
    const o3 = f >>> 0;
    if (compare) {
      const difference =
        (le32(tag, at) ^ o0) | (le32(tag, at + 4) ^ o1) | (le32(tag, at + 8) ^ o2) | (le32(tag, at + 12) ^ o3);
      return difference === 0;
    }
    put32(tag, at, o0);
    put32(tag, at + 4, o1);
    put32(tag, at + 8, o2);
    put32(tag, at + 12, o3);
    return true;
  }
}

function le32(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24);
}

function put32(bytes: Uint8Array, at: number, word: number): void {
  bytes[at] = word;
  bytes[at + 1] = word >>> 8;
  bytes[at + 2] = word >>> 16;
  bytes[at + 3] = word >>> 24;
}
