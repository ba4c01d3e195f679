import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_METADATA_LIMITS, encodeProperties, parseProperties } from "../../src/zmtp/metadata.js";

const property = fc.tuple(
  fc.string({ minLength: 1, maxLength: 20 }).map((s) => Buffer.from(s, "latin1").subarray(0, 255).toString("latin1")),
  fc.uint8Array({ maxLength: 64 }),
);

describe("parseProperties with extreme inputs", () => {
  it("never throws on arbitrary bytes: a Map within the limits, or a protocol error", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.integer({ min: -1, max: 50 }), (bytes, maxProperties) => {
        const result = parseProperties(Buffer.from(bytes), undefined, { maxBytes: 1000, maxProperties });
        if (result instanceof Error) {
          expect(result).toMatchObject({ kind: "protocol", code: "ERR_ZMTP_INVALID_METADATA" });
        } else {
          expect(bytes.length).toBeLessThanOrEqual(1000);
          if (maxProperties >= 0) expect(result.size).toBeLessThanOrEqual(maxProperties);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips any property list within the limits; one property or byte more is refused", () => {
    fc.assert(
      fc.property(fc.array(property, { minLength: 1, maxLength: 30 }), (props) => {
        const names = new Set(props.map(([name]) => name));
        const data = encodeProperties(props);
        const limits = { maxBytes: data.length, maxProperties: props.length };
        const parsed = parseProperties(data, undefined, limits) as Map<string, Buffer>;
        expect(parsed.size).toBe(names.size);
        const last = new Map(props.map(([name, value]) => [name, Buffer.from(value)]));
        for (const [name, value] of last) expect(parsed.get(name)).toEqual(value);
        expect(parseProperties(data, undefined, { ...limits, maxProperties: props.length - 1 })).toBeInstanceOf(Error);
        expect(parseProperties(data, undefined, { ...limits, maxBytes: data.length - 1 })).toBeInstanceOf(Error);
      }),
      { numRuns: 300 },
    );
  });

  it("defaults: 200,000 one-byte properties or 1 MiB of metadata are refused before anything is built", () => {
    const many = Buffer.alloc(200_000 * 6);
    for (let at = 0; at < many.length; at += 6) many.set([1, 0x78, 0, 0, 0, 0], at);
    expect(parseProperties(many.subarray(0, 65_000 - (65_000 % 6)))).toMatchObject({
      message: `metadata has more than ${DEFAULT_METADATA_LIMITS.maxProperties} properties`,
    });
    expect(parseProperties(many)).toMatchObject({ message: /exceeds the limit of 65536/ });
    const unlimited = parseProperties(many, undefined, { maxBytes: -1, maxProperties: -1 });
    expect(unlimited).toBeInstanceOf(Map); // the same name repeated: one entry
  });

  it("values are views into one copy, not into the caller's buffer", () => {
    const data = encodeProperties([
      ["Socket-Type", Buffer.from("PUB")],
      ["X-A", Buffer.from("v")],
    ]);
    const parsed = parseProperties(data) as Map<string, Buffer>;
    data.fill(0);
    expect(parsed.get("Socket-Type")).toEqual(Buffer.from("PUB"));
    expect(parsed.get("Socket-Type")!.buffer).toBe(parsed.get("X-A")!.buffer);
  });
});
