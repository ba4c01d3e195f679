import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGreeting, GreetingReader } from "../../src/zmtp/greeting.js";
import { hex } from "./helpers/bytes.js";

const ours = buildGreeting("NULL", false);

describe("GreetingReader", () => {
  it("G-12: accepts the greeting one byte at a time", () => {
    const reader = new GreetingReader();
    for (let i = 0; i < 63; i++) expect(reader.push(ours.subarray(i, i + 1))).toBe(false);
    expect(reader.push(ours.subarray(63))).toBe(true);
    expect(reader.greeting).toMatchObject({ major: 3, minor: 1 });
  });

  it("G-12: any split of a greeting (3.x or 2.0, with bytes after it) reads as the whole one does", () => {
    const zmtp2 = Buffer.from([0xff, 0, 0, 0, 0, 0, 0, 0, 1, 0x7f, 1, 5]);
    const curve = buildGreeting("CURVE", true);
    curve[11] = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(ours, curve, zmtp2),
        fc.uint8Array({ maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 80 }), { minLength: 1, maxLength: 20 }),
        (greeting, after, cuts) => {
          const bytes = Buffer.concat([greeting, after]);
          const whole = new GreetingReader();
          whole.push(bytes);
          const pieces = new GreetingReader();
          let offset = 0;
          let done = false;
          for (let i = 0; offset < bytes.length && !done; i++) {
            const end = Math.min(bytes.length, offset + cuts[i % cuts.length]!);
            done = pieces.push(bytes.subarray(offset, end));
            offset = end;
          }
          expect(done).toBe(true);
          expect(pieces.error).toBeUndefined();
          expect(pieces.greeting).toEqual(whole.greeting);
          expect(Buffer.concat([pieces.rest ?? Buffer.alloc(0), bytes.subarray(offset)])).toEqual(Buffer.from(after));
        },
      ),
    );
  });

  it("G-11/E-4: keeps the bytes that follow the greeting in the same chunk", () => {
    const reader = new GreetingReader();
    const ready = hex(`04 19 05 "READY" 0b "Socket-Type" 00 00 00 03 "PUB"`);
    reader.push(ours.subarray(0, 30));
    expect(reader.push(Buffer.concat([ours.subarray(30), ready]))).toBe(true);
    expect(reader.rest).toEqual(ready);
  });

  it("G-7: minor 0 is ZMTP 3.0; any major >= 3 and any minor accepted", () => {
    for (const [major, minor] of [
      [3, 0],
      [3, 7],
      [4, 0],
    ]) {
      const g = Buffer.from(ours);
      g[10] = major!;
      g[11] = minor!;
      const reader = new GreetingReader();
      reader.push(g);
      expect(reader.error).toBeUndefined();
      expect(reader.greeting).toMatchObject({ major, minor });
    }
  });

  it("G-2: refuses a bad signature as soon as the first byte arrives", () => {
    const reader = new GreetingReader();
    expect(reader.push(Buffer.from("G"))).toBe(true);
    expect(reader.error).toMatchObject({ kind: "protocol", code: "ERR_ZMTP_UNSPECIFIED" });
  });

  it("G-3: refuses a ZMTP 1.0 peer (byte 9 bit 0 clear) at 10 bytes", () => {
    const reader = new GreetingReader();
    expect(reader.push(hex(`ff ${"00 ".repeat(8)} 7e`))).toBe(true);
    expect(reader.error?.message).toMatch(/1\.0/);
  });

  it("RFC 15: revision 0x01 is a 12-byte ZMTP 2.0 greeting ending in the socket-type byte", () => {
    const reader = new GreetingReader();
    expect(reader.push(hex("ff 00 00 00 00 00 00 00 01 7f"))).toBe(false);
    expect(reader.major).toBeUndefined();
    expect(reader.push(hex("01"))).toBe(false);
    expect(reader.major).toBe(1);
    expect(reader.push(hex(`02 00 01 "x"`))).toBe(true);
    expect(reader.error).toBeUndefined();
    expect(reader.greeting).toMatchObject({ major: 1, socketType: 2 });
    expect(reader.rest).toEqual(hex(`00 01 "x"`));
  });

  it("reports the major version as soon as byte 10 arrives, before the rest of a 3.x greeting", () => {
    const reader = new GreetingReader();
    expect(reader.push(ours.subarray(0, 11))).toBe(false);
    expect(reader.major).toBe(3);
    expect(reader.greeting).toBeUndefined();
  });

  it("G-6/E-5: refuses major 0 and 2 at byte 10, without waiting for the rest", () => {
    for (const major of [0, 2]) {
      const reader = new GreetingReader();
      expect(reader.push(hex(`ff 00 00 00 00 00 00 00 01 7f 0${major}`))).toBe(true);
      expect(reader.error?.message).toMatch(/major version/);
    }
  });

  it("G-9: as-server byte is reported, not validated", () => {
    const g = Buffer.from(ours);
    g[32] = 1;
    const reader = new GreetingReader();
    reader.push(g);
    expect(reader.error).toBeUndefined();
    expect(reader.greeting!.asServer).toBe(true);
  });
});
