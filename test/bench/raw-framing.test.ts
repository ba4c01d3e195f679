// The raw node:net ceilings in bench/ must count and hand out messages correctly however the stream is cut,
// or the table compares purezmq against a broken baseline.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LengthCounter, LengthPrefixedParser } from "../../bench/lib/raw-framing.js";

function frame(messages: Buffer[]): Buffer {
  return Buffer.concat(
    messages.flatMap((msg) => {
      const prefix = Buffer.alloc(4);
      prefix.writeUInt32LE(msg.length, 0);
      return [prefix, msg];
    }),
  );
}

/** Cuts `stream` at the given offsets (taken modulo its length, sorted, deduplicated). */
function cut(stream: Buffer, offsets: number[]): Buffer[] {
  const points = [...new Set(offsets.map((o) => o % (stream.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const point of [...points, stream.length]) {
    if (point > from) chunks.push(stream.subarray(from, point));
    from = Math.max(from, point);
  }
  return chunks;
}

const messages = fc.array(
  fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
  { maxLength: 20 },
);
const offsets = fc.array(fc.nat(), { maxLength: 40 });

describe("raw framing", () => {
  it("LengthPrefixedParser hands out every message intact, whatever the chunking", () => {
    fc.assert(
      fc.property(messages, offsets, (sent, cuts) => {
        const got: Buffer[] = [];
        const parser = new LengthPrefixedParser((msg) => got.push(Buffer.from(msg)));
        for (const chunk of cut(frame(sent), cuts)) parser.push(chunk);
        expect(got).toEqual(sent);
      }),
    );
  });

  it("LengthPrefixedParser copies only a message that straddles chunks", () => {
    const stream = frame([Buffer.from("ab"), Buffer.from("cdef"), Buffer.from("g")]);
    const got: Buffer[] = [];
    const parser = new LengthPrefixedParser((msg) => got.push(msg));
    parser.push(stream.subarray(0, 12)); // "ab" whole, then "cdef"'s prefix and "cd"
    parser.push(stream.subarray(12));
    expect(got.map(String)).toEqual(["ab", "cdef", "g"]);
    stream.fill(0x2e);
    expect(got.map(String)).toEqual(["..", "cdef", "."]); // whole messages are views of the chunk, "cdef" a copy
  });

  it("LengthCounter counts every message length from a reused read buffer", () => {
    fc.assert(
      fc.property(messages, offsets, (sent, cuts) => {
        const lengths: number[] = [];
        const counter = new LengthCounter((length) => lengths.push(length) > 0);
        const reused = Buffer.alloc(4096);
        for (const chunk of cut(frame(sent), cuts)) {
          reused.fill(0xee);
          chunk.copy(reused);
          counter.feed(reused, chunk.length);
        }
        expect(lengths).toEqual(sent.map((m) => m.length));
      }),
    );
  });
});
