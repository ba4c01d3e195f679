import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FLAG_MORE } from "../../src/zmtp/constants.js";
import { DECODE_ERROR, FRAME, FrameDecoder, NEED_MORE } from "../../src/zmtp/decoder.js";
import { encodeMessage } from "../../src/zmtp/encoder.js";
import { frame, hostile, session, sessionWrites } from "../../src/testing/index.js";
import { decodeAll, hex, splitAt } from "./helpers/bytes.js";

// Parts from the purezmq/testing kit: short and long bodies across the 255/256 header boundary.
const message = fc.array(
  frame({ maxSize: 700 }).map((f) => f.body),
  { minLength: 1, maxLength: 5 },
);

describe("FrameDecoder properties", () => {
  it("F-1/F-5/F-6: encode → decode round-trips multipart messages under any chunking", () => {
    fc.assert(
      fc.property(
        fc.array(message, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        (messages, cuts) => {
          const wire = Buffer.concat(messages.map((m) => encodeMessage(m.map((p) => Buffer.from(p)))));
          const frames = decodeAll(
            splitAt(
              wire,
              cuts.map((c) => c % (wire.length + 1)),
            ),
          );
          const expected = messages.flatMap((m) =>
            m.map((p, i) => ({ flags: i < m.length - 1 ? FLAG_MORE : 0, body: Buffer.from(p) })),
          );
          expect(frames).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("G-12/F-*: round trip fed one byte at a time", () => {
    fc.assert(
      fc.property(message, (m) => {
        const wire = encodeMessage(m.map((p) => Buffer.from(p)));
        const oneByte = [...wire].map((b) => Buffer.from([b]));
        expect(decodeAll(oneByte).map((f) => f.body)).toEqual(m.map((p) => Buffer.from(p)));
      }),
      { numRuns: 50 },
    );
  });

  it("M-1/E-25: on arbitrary bytes the decoder only yields frames or a typed error, never throws", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.integer({ min: -1, max: 300 }),
        (bytes, cuts, limit) => {
          const decoder = new FrameDecoder(limit);
          for (const chunk of splitAt(
            Buffer.from(bytes),
            cuts.map((c) => c % (bytes.length + 1)),
          )) {
            decoder.push(chunk);
            let result: number;
            for (result = decoder.next(); result === FRAME; result = decoder.next()) {
              expect(decoder.body.length).toBeLessThanOrEqual(limit < 0 ? Infinity : limit);
            }
            if (result === DECODE_ERROR) {
              expect(decoder.error).toMatchObject({ kind: "protocol", code: "ERR_ZMTP_UNSPECIFIED" });
              return;
            }
            expect(result).toBe(NEED_MORE);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("hostile sessions (purezmq/testing) under their own chunking: frames or a typed error, never a throw", () => {
    const sessions = fc
      .constantFrom("DEALER", "SUB", "REQ", "PUSH")
      .chain((socketType) => hostile(session({ socketType })));
    fc.assert(
      fc.property(sessions, fc.constantFrom(-1, 0, 255, 4096), (input, limit) => {
        const decoder = new FrameDecoder(limit);
        const writes = sessionWrites(input);
        // Skip the 64-byte greeting when the session still starts with one: what follows is frames.
        let skip = input.segments[0]?.kind === "greeting" ? 64 : 0;
        for (let chunk of writes) {
          const drop = Math.min(skip, chunk.length);
          skip -= drop;
          chunk = chunk.subarray(drop);
          decoder.push(chunk);
          let result: number;
          for (result = decoder.next(); result === FRAME; result = decoder.next())
            expect(decoder.body.length).toBeLessThanOrEqual(limit < 0 ? Infinity : limit);
          if (result === DECODE_ERROR) {
            expect(decoder.error).toMatchObject({ kind: "protocol" });
            return;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("F-7/F-8/E-26: any long header above the limit is refused from the header alone, before allocating", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), fc.integer({ min: -1, max: 1 << 20 }), (size, limit) => {
        const header = Buffer.alloc(9);
        header[0] = 0x02;
        header.writeBigUInt64BE(size, 1);
        const decoder = new FrameDecoder(limit);
        decoder.push(header);
        const result = decoder.next();
        const tooBig = size >= 2n ** 53n || (limit >= 0 && size > BigInt(limit));
        if (tooBig) expect(result).toBe(DECODE_ERROR);
        else expect(result).toBe(size === 0n ? FRAME : NEED_MORE);
      }),
      { numRuns: 500 },
    );
  });

  it("F-7: a header announcing 2^62 bytes is refused even when unlimited, allocating nothing", () => {
    const decoder = new FrameDecoder(-1);
    decoder.push(hex("02 40 00 00 00 00 00 00 00"));
    expect(decoder.next()).toBe(DECODE_ERROR);
    expect(decoder.error!.message).toMatch(/2\^53/);
    expect(decoder.bufferedBytes).toBe(0);
  });

  it("F-8: size equal to the limit is fine, one more is refused (commands too)", () => {
    expect(decodeAll([hex(`00 05 "hello"`)], 5)).toHaveLength(1);
    expect(() => decodeAll([hex(`00 06 "hello!"`)], 5)).toThrow(/exceeds maxMessageSize 5/);
    expect(() => decodeAll([hex(`04 06 04 "PING"`)], 5)).toThrow(/exceeds/);
  });

  it("F-2: a non-canonical long header for a small body decodes", () => {
    expect(decodeAll([hex(`02 00 00 00 00 00 00 00 03 "abc"`)])).toEqual([{ flags: 0, body: Buffer.from("abc") }]);
  });

  it("F-3/F-4: reserved bits are ignored, MORE on a command is dropped", () => {
    expect(decodeAll([hex(`f9 01 "a"`), hex(`05 01 "b"`)])).toEqual([
      { flags: FLAG_MORE, body: Buffer.from("a") },
      { flags: 0x04, body: Buffer.from("b") },
    ]);
  });

  it("zero-copy: a body inside one chunk is a view of that chunk; a straddling body is a copy", () => {
    const chunk = Buffer.alloc(10); // not pool-allocated: its ArrayBuffer is its own
    hex(`01 03 "abc" 00 03 "def"`).copy(chunk);
    const decoder = new FrameDecoder();
    decoder.push(chunk.subarray(0, 7));
    expect(decoder.next()).toBe(FRAME);
    expect(decoder.body.buffer).toBe(chunk.buffer);
    expect(decoder.body.byteOffset).toBe(chunk.byteOffset + 2);
    decoder.push(chunk.subarray(7, 8));
    expect(decoder.next()).toBe(NEED_MORE);
    decoder.push(chunk.subarray(8));
    expect(decoder.next()).toBe(FRAME);
    expect(decoder.body.toString()).toBe("def");
    expect(decoder.body.buffer).not.toBe(chunk.buffer);
  });

  it("a straddling body is copied as its chunks arrive, so the decoder holds no chunk it has used", () => {
    const wire = encodeMessage([Buffer.alloc(5000, 0x61), Buffer.from("tail")]);
    const decoder = new FrameDecoder();
    const pieces = [wire.subarray(0, 1000), Buffer.from(wire.subarray(1000, 3000)), wire.subarray(3000)];
    decoder.push(pieces[0]!);
    expect(decoder.next()).toBe(NEED_MORE);
    decoder.push(pieces[1]!);
    pieces[1]!.fill(0x7a); // a caller reusing its read buffer must not corrupt the body
    decoder.push(pieces[2]!);
    expect(decoder.next()).toBe(FRAME);
    expect(decoder.body.equals(Buffer.alloc(5000, 0x61))).toBe(true);
    expect(decoder.next()).toBe(FRAME);
    expect(decoder.body.toString()).toBe("tail");
    expect(decoder.bufferedBytes).toBe(0);
  });

  it("a body of several MiB fed in 64 KiB reads decodes intact, with the next frame in its last read", () => {
    const big = Buffer.alloc(3 * 1024 * 1024 + 17);
    for (let i = 0; i < big.length; i += 4096) big[i] = i & 0xff;
    const wire = encodeMessage([big, Buffer.from("next")]);
    const reads: Buffer[] = [];
    for (let at = 0; at < wire.length; at += 65536) reads.push(wire.subarray(at, at + 65536));
    const frames = decodeAll(reads);
    expect(frames.map((f) => f.flags)).toEqual([FLAG_MORE, 0]);
    expect(frames[0]!.body.equals(big)).toBe(true);
    expect(frames[1]!.body.toString()).toBe("next");
  });

  it("E-26: a header announcing 256 MiB (no limit) allocates nothing near that before a sixteenth has arrived", () => {
    const decoder = new FrameDecoder(-1);
    const before = process.memoryUsage().arrayBuffers;
    decoder.push(hex("02 00 00 00 00 10 00 00 00")); // 0x10000000 bytes
    decoder.push(Buffer.alloc(1024 * 1024));
    expect(decoder.next()).toBe(NEED_MORE);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
    expect(decoder.bufferedBytes).toBe(1024 * 1024);
  });
});
