import fc from "fast-check";
import { hsalsa, xsalsa20poly1305 } from "@noble/ciphers/salsa";
import { describe, expect, it } from "vitest";
import { SecretboxStream } from "../../src/zmtp/secretbox-stream.js";

const SIGMA = new Uint32Array(new TextEncoder().encode("expand 32-byte k").buffer);

/** The stream for `key` and the first 16 bytes of `nonce` (HSalsa20 subkey, as XSalsa20 derives it). */
function streamFor(key: Uint8Array, nonce: Uint8Array): SecretboxStream {
  const subkey = new Uint32Array(8);
  hsalsa(SIGMA, new Uint32Array(key.slice().buffer), new Uint32Array(nonce.slice(0, 16).buffer), subkey);
  return new SecretboxStream(new Uint8Array(subkey.buffer));
}

function seal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array): Uint8Array {
  const box = new Uint8Array(16 + plaintext.length);
  box.set(plaintext, 16);
  streamFor(key, nonce).sealInPlace(nonce, 16, box, 0, box.length);
  return box;
}

const hex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "hex"));

describe("in-place XSalsa20-Poly1305 (crypto_secretbox) for CURVE MESSAGE boxes", () => {
  it("reproduces NaCl's secretbox test vector (tests/secretbox.c: firstkey, nonce, m → c)", () => {
    const key = hex("1b27556473e985d462cd51197a9a46c76009549eac6474f206c4ee0844f68389");
    const nonce = hex("69696ee955b62b73cd62bda875fc73d68219e0036b7a0b37");
    const message = hex(
      "be075fc53c81f2d5cf141316ebeb0c7b5228c52a4c62cbd44b66849b64244ffce5ecbaaf33bd751a1ac728d45e6c61296cdc3c0" +
        "1233561f41db66cce314adb310e3be8250c46f06dceea3a7fa1348057e2f6556ad6b1318a024a838f21af1fde048977eb48f59f" +
        "fd4924ca1c60902e52f0a089bc76897040e082f937763848645e0705",
    );
    const box =
      "f3ffc7703f9400e52a7dfb4b3d3305d98e993b9f48681273c29650ba32fc76ce48332ea7164d96a4476fb8c531a1186ac0dfc17c98" +
      "dce87b4da7f011ec48c97271d2c20f9b928fe2270d6fb863d51738b48eeee314a7cc8ab932164548e526ae90224368517acfeabd6bb" +
      "3732bc0e9da99832b61ca01b6de56244a9e88d5f9b37973f622a43d14a6599b1f654cb45a74e355a5";
    expect(Buffer.from(seal(key, nonce, message)).toString("hex")).toBe(box);
    const opened = hex(box);
    expect(streamFor(key, nonce).openInPlace(nonce, 16, opened, 0, opened.length)).toBe(true);
    expect(opened.subarray(16)).toEqual(message);
  });

  it("seals and opens exactly as @noble/ciphers for every length around the block edges and at random", () => {
    const lengths = fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 5000 }));
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 24, maxLength: 24 }),
        lengths,
        fc.integer(),
        (key, nonce, length, seed) => {
          const plaintext = new Uint8Array(length).map((_, i) => (i * 131 + seed) & 0xff);
          const expected = xsalsa20poly1305(key, nonce).encrypt(plaintext);
          expect(seal(key, nonce, plaintext)).toEqual(expected);
          const opened = expected.slice();
          expect(streamFor(key, nonce).openInPlace(nonce, 16, opened, 0, opened.length)).toBe(true);
          expect(opened.subarray(16)).toEqual(plaintext);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("one stream seals many boxes (state fully reset per box), including Poly1305 inputs near 2^130 - 5", () => {
    const key = new Uint8Array(32).fill(0xff);
    const nonce = new Uint8Array(24).fill(0xff);
    const stream = streamFor(key, nonce);
    for (let counter = 0; counter < 64; counter++) {
      nonce[23] = counter;
      const plaintext = new Uint8Array(counter * 17).fill(0xff); // all-ones blocks push h towards the modulus
      const box = new Uint8Array(16 + plaintext.length);
      box.set(plaintext, 16);
      stream.sealInPlace(nonce, 16, box, 0, box.length);
      expect(box).toEqual(xsalsa20poly1305(key, nonce).encrypt(plaintext));
    }
  });

  it("gives the same box for text that is not 4-byte aligned (byte path) as for aligned text (word path)", () => {
    const key = new Uint8Array(32).fill(1);
    const nonce = new Uint8Array(24).fill(2);
    const plaintext = new Uint8Array(1000).map((_, i) => i & 0xff);
    const expected = xsalsa20poly1305(key, nonce).encrypt(plaintext);
    const backing = new Uint8Array(1 + 16 + plaintext.length);
    const box = backing.subarray(1);
    box.set(plaintext, 16);
    streamFor(key, nonce).sealInPlace(nonce, 16, box, 0, box.length);
    expect(box).toEqual(expected);
    const unaligned = new Uint8Array(1 + expected.length).subarray(1);
    unaligned.set(expected);
    expect(streamFor(key, nonce).openInPlace(nonce, 16, unaligned, 0, unaligned.length)).toBe(true);
    expect(unaligned.subarray(16)).toEqual(plaintext);
  });

  it("rejects any flipped bit in tag or ciphertext and leaves the box untouched", () => {
    const key = new Uint8Array(32).fill(9);
    const nonce = new Uint8Array(24).fill(4);
    const box = seal(key, nonce, new Uint8Array(100).fill(0x5a));
    const stream = streamFor(key, nonce);
    for (let bit = 0; bit < box.length * 8; bit += 7) {
      const forged = box.slice();
      forged[bit >> 3]! ^= 1 << (bit & 7);
      const untouched = forged.slice();
      expect(stream.openInPlace(nonce, 16, forged, 0, forged.length)).toBe(false);
      expect(forged).toEqual(untouched);
    }
  });

  it("seals and opens a box lying anywhere inside a larger buffer, touching nothing outside it", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 24, maxLength: 24 }),
        // past 4096 bytes, unaligned text goes through the scratch in more than one piece
        fc.oneof(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 4000, max: 9000 })),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 7 }),
        (key, nonce, length, before, after) => {
          const plaintext = new Uint8Array(length).map((_, i) => (i * 29 + 3) & 0xff);
          const expected = xsalsa20poly1305(key, nonce).encrypt(plaintext);
          // The nonce tail sits at an offset in its own buffer too, as in a received MESSAGE frame.
          const tail = new Uint8Array(3 + 8);
          tail.set(nonce.subarray(16), 3);
          const buffer = new Uint8Array(before + 16 + length + after).fill(0xee);
          buffer.set(plaintext, before + 16);
          streamFor(key, nonce).sealInPlace(tail, 3, buffer, before, before + 16 + length);
          expect(buffer.subarray(before, before + 16 + length)).toEqual(expected);
          expect(buffer.subarray(0, before).every((b) => b === 0xee)).toBe(true);
          expect(buffer.subarray(before + 16 + length).every((b) => b === 0xee)).toBe(true);
          expect(streamFor(key, nonce).openInPlace(tail, 3, buffer, before, before + 16 + length)).toBe(true);
          expect(buffer.subarray(before + 16, before + 16 + length)).toEqual(plaintext);
          expect(buffer.subarray(0, before).every((b) => b === 0xee)).toBe(true);
          expect(buffer.subarray(before + 16 + length).every((b) => b === 0xee)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
