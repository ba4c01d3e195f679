import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodecError, unpickle } from "../../src/codecs/index.js";

const PROTO4 = Buffer.from("8004", "hex");
const STOP = Buffer.from("2e", "hex");
/**
 * Containers as opened, ended, and filled with a child: a list takes its child with APPEND, a dict (key 1 already
 * pushed) with SETITEM, a tuple collects everything above its MARK at TUPLE.
 */
const CONTAINERS = [
  { open: Buffer.from("5d", "hex"), end: Buffer.alloc(0), takeChild: Buffer.from("61", "hex") },
  { open: Buffer.from("7d4b01", "hex"), end: Buffer.alloc(0), takeChild: Buffer.from("73", "hex") },
  { open: Buffer.from("28", "hex"), end: Buffer.from("74", "hex"), takeChild: Buffer.alloc(0) },
];

/** A well-formed pickle nesting `depth` containers of the given kinds (cycled) around None. */
function nested(kinds: number[], depth: number): Buffer {
  const levels = Array.from({ length: depth }, (_, i) => CONTAINERS[kinds[i % kinds.length]!]!);
  const closing: Buffer[] = [];
  for (let i = depth - 1; i >= 0; i--) {
    closing.push(levels[i]!.end);
    if (i > 0) closing.push(levels[i - 1]!.takeChild);
  }
  const innermost = levels[depth - 1]!.takeChild;
  return Buffer.concat([PROTO4, ...levels.map((l) => l.open), Buffer.from("4e", "hex"), innermost, ...closing, STOP]);
}

function expectCodecErrorOrValue(bytes: Buffer): void {
  try {
    unpickle(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(CodecError); // never a RangeError (stack), TypeError or out-of-memory
  }
}

describe("unpickle with extreme depth and size", () => {
  it("arbitrary opcode soup never throws anything but CodecError", () => {
    const opcode = fc.constantFrom(
      ...[
        0x28, 0x29, 0x2e, 0x4b, 0x4e, 0x5d, 0x61, 0x65, 0x73, 0x74, 0x7d, 0x85, 0x86, 0x87, 0x88, 0x89, 0x94, 0x68,
        0x71, 0x72, 0x8c, 0x43, 0x58, 0x4a, 0x8a, 0x8b, 0x93, 0x52, 0x81, 0x62,
      ],
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(opcode, fc.integer({ min: 0, max: 255 })), { maxLength: 300 }), (ops) => {
        expectCodecErrorOrValue(Buffer.concat([PROTO4, Buffer.from(ops), STOP]));
      }),
      { numRuns: 3000 },
    );
  });

  it("nesting of any depth (up to 100,000) and any mix of containers: a value or a CodecError", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 100_000 }),
        (kinds, depth) => {
          const bytes = nested(kinds, depth);
          if (depth <= 900)
            expect(() => unpickle(bytes)).not.toThrow(); // within maxDepth (1000): a value
          else expectCodecErrorOrValue(bytes);
        },
      ),
      { numRuns: 10 },
    );
    expect(() => unpickle(nested([0, 1, 2], 150_000))).toThrow(/nesting deeper than 1000/);
  }, 60_000);

  it("declared sizes far beyond the input (strings, bytes, frames, longs) are CodecErrors, not allocations", () => {
    const u32 = (n: number) => {
      const b = Buffer.alloc(4);
      b.writeUInt32LE(n >>> 0);
      return b;
    };
    fc.assert(
      fc.property(
        fc.constantFrom(0x42, 0x58, 0x8b, 0x8d, 0x8e, 0x96),
        fc.integer({ min: 1000, max: 0xffffffff }),
        (op, size) => {
          const head = op === 0x8d || op === 0x8e || op === 0x96 ? Buffer.concat([u32(size), u32(0x7fff)]) : u32(size);
          expectCodecErrorOrValue(Buffer.concat([PROTO4, Buffer.from([op]), head, Buffer.alloc(16), STOP]));
        },
      ),
      { numRuns: 500 },
    );
  });
});
