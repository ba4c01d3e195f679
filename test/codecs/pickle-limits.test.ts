import { describe, expect, it } from "vitest";
import { CodecError, pickle, pyobj, pyobjCodec, PyObject, unpickle } from "../../src/codecs/index.js";

const hex = (text: string): Buffer => Buffer.from(text.replace(/\s+/g, ""), "hex");
const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

function codecError(run: () => unknown): CodecError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CodecError);
    return error as CodecError;
  }
  throw new Error("expected a CodecError");
}

describe("pickle encoder output", () => {
  it("is a framed protocol-4 pickle whose FRAME length covers the body up to STOP", () => {
    const bytes = pickle([1, 2, 3]);
    // PROTO 4, FRAME <u64 len>, EMPTY_LIST MARK BININT1 1 BININT1 2 BININT1 3 APPENDS STOP
    expect(bytes.toString("hex")).toBe("8004" + "95" + "0a00000000000000" + "5d284b014b024b03652e");
  });
});

describe("pickle decoder limits", () => {
  it("nesting deeper than maxDepth is a CodecError, not a stack overflow", () => {
    const deep = Buffer.concat([hex("8004"), Buffer.alloc(200_000, 0x5d), Buffer.alloc(199_999, 0x61), hex("2e")]);
    expect(codecError(() => unpickle(deep)).message).toMatch(/nesting deeper than 1000/);
    const shallow = Buffer.concat([hex("8004"), Buffer.alloc(50, 0x5d), Buffer.alloc(49, 0x61), hex("2e")]);
    expect(() => pyobjCodec({ maxDepth: 10 }).decode(shallow)).toThrow(/nesting deeper than 10/);
    expect(pyobjCodec({ maxDepth: 60 }).decode(shallow)).toBeInstanceOf(Array);
  });

  it("a 300k-item tuple or list decodes without overflowing the call stack", () => {
    const n = 300_000;
    const items = Buffer.alloc(n, 0x4e); // NONE
    const tuple = unpickle(Buffer.concat([hex("8004 28"), items, hex("74 2e")])) as unknown[];
    expect(tuple.length).toBe(n);
    const list = unpickle(Buffer.concat([hex("8004 5d 28"), items, hex("65 2e")])) as unknown[];
    expect(list.length).toBe(n);
  });

  it("huge LONG4 integers decode in linear time; decimal INT is capped like CPython", () => {
    const n = 1_000_000;
    const started = performance.now();
    const big = unpickle(Buffer.concat([hex("8004 8b"), u32(n), Buffer.alloc(n - 1, 0xff), hex("7f 2e")])) as bigint;
    expect(big).toBe((1n << BigInt(8 * n - 1)) - 1n);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(
      codecError(() => unpickle(Buffer.concat([hex("49"), Buffer.from("9".repeat(5000)), hex("0a 2e")]))).message,
    ).toMatch(/4300 digits/);
    expect(unpickle(Buffer.from("L-12345678901234567890L\n.", "latin1"))).toBe(-12345678901234567890n);
  });

  it("absurd declared lengths fail before allocating", () => {
    expect(codecError(() => unpickle(hex("8004 58 ffffffff"))).offset).toBe(7); // where the 4 GiB string would start
    expect(codecError(() => unpickle(hex("8004 8b ffffff7f"))).message).toMatch(/truncated/);
    expect(codecError(() => unpickle(hex("8004 95 ffffffffffff0000"))).message).toMatch(/truncated|out of range/);
    expect(codecError(() => unpickle(hex("8004 8d ffffffffffffffff"))).message).toMatch(/out of range/);
  });

  it("corrupt structure: underflow, missing memo, bad UTF-8, wrong targets", () => {
    expect(codecError(() => unpickle(hex("8004 61 2e"))).message).toMatch(/stack underflow/);
    expect(codecError(() => unpickle(hex("8004 68 07 2e"))).message).toMatch(/memo entry 7 is missing \(at byte 2\)/);
    expect(codecError(() => unpickle(hex("8004 8c 02 c3 28 2e"))).message).toMatch(/invalid UTF-8/);
    expect(codecError(() => unpickle(hex("8004 4b 01 4b 02 61 2e"))).message).toMatch(/not a list/);
    expect(codecError(() => unpickle(hex("8004 4b 01 29 52 2e"))).message).toMatch(/not a class reference/);
    expect(codecError(() => unpickle(hex("8006 4e 2e"))).message).toMatch(/unsupported pickle protocol/);
    expect(codecError(() => unpickle(hex("8005 97 2e"))).message).toMatch(/out-of-band/);
    expect(codecError(() => unpickle(Buffer.alloc(0))).offset).toBe(0);
  });

  it("protocol 0/1 class pickles (GLOBAL, INST, OBJ) stay inert records", () => {
    const inst = unpickle(Buffer.from("(S'rm -rf /'\nios\nsystem\n.", "latin1")) as PyObject;
    expect(inst).toBeInstanceOf(PyObject);
    expect([inst.path, inst.args]).toEqual(["os.system", ["rm -rf /"]]);
    const obj = unpickle(Buffer.from("(csubprocess\nPopen\nS'ls'\no.", "latin1")) as PyObject;
    expect([obj.path, obj.args]).toEqual(["subprocess.Popen", ["ls"]]);
  });

  it("pyobj wraps a throwing reviver's failure as a CodecError", () => {
    const codec = pyobjCodec({
      revivers: {
        "os.system": () => {
          throw new Error("nope");
        },
      },
    });
    const evil = Buffer.from("(S'x'\nios\nsystem\n.", "latin1");
    expect(() => codec.decode(evil)).toThrow(/^pyobj: nope/);
    expect(pyobj.decode(pyobj.encode({ ok: [1n << 80n] }))).toEqual({ ok: [1n << 80n] });
  });
});
