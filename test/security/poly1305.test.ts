import { poly1305 } from "@noble/ciphers/_poly1305";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Poly1305 } from "../../src/zmtp/poly1305.js";

const hex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text.replace(/\s+/g, ""), "hex"));

function tagOf(key: Uint8Array, message: Uint8Array): Uint8Array {
  const mac = new Poly1305();
  mac.init(key);
  mac.update(message, 0, message.length);
  const tag = new Uint8Array(16);
  mac.digestInto(tag, 0);
  return tag;
}

/** RFC 8439 §2.5.2 and Appendix A.3 (#1, #5–#11: the reduction and overflow corner cases). */
const VECTORS: { key: string; message: string; tag: string }[] = [
  {
    key: "85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b",
    message: Buffer.from("Cryptographic Forum Research Group").toString("hex"),
    tag: "a8061dc1305136c6c22b8baf0c0127a9",
  },
  { key: "00".repeat(32), message: "00".repeat(64), tag: "00".repeat(16) },
  { key: `02${"00".repeat(31)}`, message: "ff".repeat(16), tag: `03${"00".repeat(15)}` },
  { key: `02${"00".repeat(15)}${"ff".repeat(16)}`, message: `02${"00".repeat(15)}`, tag: `03${"00".repeat(15)}` },
  {
    key: `01${"00".repeat(31)}`,
    message: `${"ff".repeat(16)}f0${"ff".repeat(15)}11${"00".repeat(15)}`,
    tag: `05${"00".repeat(15)}`,
  },
  {
    key: `01${"00".repeat(31)}`,
    message: `${"ff".repeat(16)}fb${"fe".repeat(15)}${"01".repeat(16)}`,
    tag: "00".repeat(16),
  },
  { key: `02${"00".repeat(31)}`, message: `fd${"ff".repeat(15)}`, tag: `fa${"ff".repeat(15)}` },
  {
    key: `0100000000000000040000000000000000${"00".repeat(15)}`,
    message:
      "e33594d7505e43b90000000000000000 3394d7505e4379cd0100000000000000 00000000000000000000000000000000 01000000000000000000000000000000",
    tag: "14000000000000005500000000000000",
  },
  {
    key: `0100000000000000040000000000000000${"00".repeat(15)}`,
    message: "e33594d7505e43b90000000000000000 3394d7505e4379cd0100000000000000 00000000000000000000000000000000",
    tag: "13000000000000000000000000000000",
  },
];

describe("Poly1305 in 22-bit double limbs", () => {
  it("reproduces RFC 8439's test vectors, including the final-reduction and s-overflow corner cases", () => {
    for (const vector of VECTORS) {
      const key = hex(vector.key);
      const message = hex(vector.message);
      expect(Buffer.from(poly1305(message, key)).toString("hex")).toBe(vector.tag); // the vector itself is right
      expect(Buffer.from(tagOf(key, message)).toString("hex")).toBe(vector.tag);
    }
  });

  it("matches @noble/ciphers for random keys and messages of every length around the 16-byte blocks", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.oneof(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 3000 })),
        fc.integer({ min: 0, max: 255 }),
        fc.integer(),
        (key, length, fill, seed) => {
          // Half the messages are one repeated byte (0xff pushes h towards 2^130 − 5), half are mixed.
          const message = new Uint8Array(length).map((_, i) => (seed & 1 ? fill : (i * 167 + seed) & 0xff));
          expect(tagOf(key, message)).toEqual(poly1305(message, key));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("matches @noble/ciphers at extreme keys (r with every unclamped bit set, s all ones) and all-ones input", () => {
    const key = new Uint8Array(32).fill(0xff);
    for (let length = 0; length <= 1100; length += length < 70 ? 1 : 61) {
      const message = new Uint8Array(length).fill(0xff);
      expect(tagOf(key, message)).toEqual(poly1305(message, key));
    }
  });

  it("reads the key and the message at offsets, and verifies tags only when every bit matches", () => {
    const key = new Uint8Array(32).map((_, i) => i * 7 + 1);
    const message = new Uint8Array(100).map((_, i) => i);
    const framed = new Uint8Array(5 + 32 + 100 + 16);
    framed.set(key, 5);
    framed.set(message, 37);
    const mac = new Poly1305();
    mac.init(framed, 5);
    mac.update(framed, 37, 137);
    mac.digestInto(framed, 137);
    expect(framed.subarray(137)).toEqual(poly1305(message, key));
    for (let bit = 0; bit < 128; bit++) {
      const tag = framed.slice(137);
      tag[bit >> 3]! ^= 1 << (bit & 7);
      mac.init(key);
      mac.update(message, 0, message.length);
      expect(mac.matches(tag, 0)).toBe(false);
    }
    mac.init(key);
    mac.update(message, 0, message.length);
    expect(mac.matches(framed, 137)).toBe(true);
  });
});
