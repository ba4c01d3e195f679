import fc from "fast-check";
import protobufjs from "protobufjs";
import { describe, expect, it } from "vitest";
import {
  CodecError,
  ExtData,
  ExtensionCodec,
  json,
  msgpack,
  msgpackCodec,
  pickle,
  protobuf,
  protobufBytes,
  PyByteArray,
  PyFrozenSet,
  PyObject,
  PyTuple,
  pyobj,
  pyobjCodec,
  string,
  unpickle,
} from "../../src/codecs/index.js";

const hex = (text: string): Buffer => Buffer.from(text.replace(/\s+/g, ""), "hex");

/** Values the pickle encoder handles and the decoder gives back unchanged (dicts with string keys as objects). */
const pickleable: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc
      .bigInt({ min: -(2n ** 200n), max: 2n ** 200n })
      .filter((b) => b > BigInt(Number.MAX_SAFE_INTEGER) || b < BigInt(Number.MIN_SAFE_INTEGER)),
    fc.double({ noNaN: true }).filter((d) => !Number.isInteger(d)),
    fc.string({ unit: "binary" }),
    fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.array(tie("value"), { maxLength: 4 }).map((items) => PyTuple.of(...items)),
    fc.dictionary(fc.string(), tie("value"), { maxKeys: 4 }).map((d) => Object.assign(Object.create(null), d)),
    fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 4 }).map((items) => new Set(items)),
  ),
})).value;

describe("string and json", () => {
  it("round-trip", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => string.decode(string.encode(s)) === s));
    fc.assert(fc.property(fc.jsonValue(), (v) => JSON.stringify(json.decode(json.encode(v))) === JSON.stringify(v)));
  });

  it("fuzz: arbitrary bytes give a string, and a JSON value or a CodecError", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(typeof string.decode(bytes)).toBe("string");
        try {
          json.decode(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(CodecError);
        }
      }),
    );
  });

  it("bad JSON is a CodecError naming the codec", () => {
    expect(() => json.decode(Buffer.from("{oops"))).toThrow(CodecError);
    expect(() => json.decode(Buffer.from("{oops"))).toThrow(/^json:/);
  });
});

describe("msgpack", () => {
  it("round-trips maps, binary, bigints and nested values", () => {
    const value = {
      a: 1,
      b: "x",
      bin: new Uint8Array([1, 2, 3]),
      big: 2n ** 62n,
      neg: -(2n ** 60n),
      list: [1.5, null, true],
    };
    const back = msgpack.decode(msgpack.encode(value)) as typeof value;
    expect(back.big).toBe(2n ** 62n);
    expect(back.neg).toBe(-(2n ** 60n));
    expect(Buffer.from(back.bin)).toEqual(Buffer.from([1, 2, 3]));
    expect(back.list).toEqual([1.5, null, true]);
  });

  it("extension types: a registered ExtensionCodec encodes/decodes; unknown ones stay ExtData", () => {
    class Point {
      constructor(
        readonly x: number,
        readonly y: number,
      ) {}
    }
    const extensionCodec = new ExtensionCodec();
    extensionCodec.register({
      type: 7,
      encode: (v) => (v instanceof Point ? Buffer.from([v.x, v.y]) : null),
      decode: (data) => new Point(data[0]!, data[1]!),
    });
    const codec = msgpackCodec({ extensionCodec });
    const bytes = codec.encode([new Point(1, 2)]);
    expect(bytes.toString("hex")).toBe("91" + "d5070102");
    expect(codec.decode(bytes)).toEqual([new Point(1, 2)]);
    const unknown = msgpack.decode(bytes) as ExtData[];
    expect(unknown[0]).toBeInstanceOf(ExtData);
    expect([unknown[0]!.type, Buffer.from(unknown[0]!.data as Uint8Array)]).toEqual([7, Buffer.from([1, 2])]);
  });

  it("64-bit integers that fit a safe number decode as numbers", () => {
    expect(msgpack.decode(hex("cf 00 00 00 01 00 00 00 00"))).toBe(2 ** 32);
  });

  it("property: round trip", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        // @msgpack/msgpack refuses a "__proto__" map key (prototype pollution guard): covered below.
        fc.pre(!JSON.stringify(v).includes('"__proto__"'));
        // -0 travels as the integer 0, as JSON would have it.
        expect(msgpack.decode(msgpack.encode(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });

  it("a __proto__ key is refused, not merged into the prototype", () => {
    expect(() => msgpack.decode(hex("81 a9 5f 5f 70 72 6f 74 6f 5f 5f c3"))).toThrow(CodecError);
  });

  it("limits: absurd lengths and nesting give CodecError, never a crash", () => {
    expect(() => msgpack.decode(hex("db ff ff ff ff"))).toThrow(CodecError);
    const deep = Buffer.concat([Buffer.alloc(1000, 0x91), Buffer.from([0xc0])]);
    expect(() => msgpackCodec({ maxDepth: 100 }).decode(deep)).toThrow(/nesting deeper than 100/);
  });

  it("fuzz: arbitrary bytes yield a value or a CodecError", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          msgpack.decode(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(CodecError);
        }
      }),
    );
  });
});

describe("protobuf", () => {
  const root = protobufjs.loadSync("examples/proto/camera.proto");
  const CameraProp = root.lookupType("camera_prop");

  it("round-trips camera_prop from a .proto loaded at run time", () => {
    const codec = protobuf(CameraProp);
    const bytes = codec.encode(CameraProp.create({ name: "cam", width: 640, height: 480 }));
    expect(bytes.toString("hex")).toBe("0a0363616d108005" + "18e003");
    expect(CameraProp.toObject(codec.decode(bytes))).toEqual({ name: "cam", width: 640, height: 480 });
  });

  it("decoding garbage is a CodecError", () => {
    expect(() => protobuf(CameraProp).decode(hex("10 ff"))).toThrow(CodecError);
  });
});

describe("pickle (pyobj)", () => {
  it("decodes protocol 2 and 5 vectors written by CPython 3.11", () => {
    // pickle.dumps([1, 2, 3], 2)
    expect(unpickle(hex("80 02 5d 71 00 28 4b 01 4b 02 4b 03 65 2e"))).toEqual([1, 2, 3]);
    // pickle.dumps({"a": (1, None)}, 5)
    const dict = unpickle(hex("80 05 95 0d 00 00 00 00 00 00 00 7d 94 8c 01 61 94 4b 01 4e 86 94 73 2e")) as Record<
      string,
      unknown
    >;
    expect(dict.a).toBeInstanceOf(PyTuple);
    expect([...(dict.a as unknown[])]).toEqual([1, null]);
  });

  it("keeps shared references from the memo", () => {
    const shared = [1];
    const value = unpickle(hex("80 04 95 0c 00 00 00 00 00 00 00 5d 94 28 5d 94 4b 01 61 68 01 65 2e")) as unknown[][];
    expect(value[0]).toBe(value[1]);
    expect(value[0]).toEqual(shared);
  });

  it("class references become inert PyObject records; nothing runs", () => {
    // pickle of os.system("echo pwned") via REDUCE: must decode to a record, not run anything.
    const evil = Buffer.concat([
      hex("80 04 8c 02"),
      Buffer.from("os"),
      hex("8c 06"),
      Buffer.from("system"),
      hex("93 8c 0a"),
      Buffer.from("echo pwned"),
      hex("85 52 2e"),
    ]);
    const value = unpickle(evil) as PyObject;
    expect(value).toBeInstanceOf(PyObject);
    expect(value.path).toBe("os.system");
    expect(value.args).toEqual(["echo pwned"]);
  });

  it("a pickled protobuf message yields its serialized bytes", () => {
    // pickle.dumps(camera_prop(name="cam", width=640, height=480), 5) with Debian's python3-protobuf
    const bytes = Buffer.concat([
      hex("80 05 95 3d 00 00 00 00 00 00 00 8c 07"),
      Buffer.from("msg_pb2"),
      hex("94 8c 0b"),
      Buffer.from("camera_prop"),
      hex("94 93 94 29 52 94 7d 94 8c 0a"),
      Buffer.from("serialized"),
      hex("94 43 0b 0a 03 63 61 6d 10 80 05 18 e0 03 94 73 62 2e"),
    ]);
    const value = unpickle(bytes) as PyObject;
    expect(value.path).toBe("msg_pb2.camera_prop");
    expect(protobufBytes(value)!.toString("hex")).toBe("0a0363616d108005" + "18e003");
    const revived = unpickle(bytes, {
      revivers: { "msg_pb2.camera_prop": (o) => ({ revived: protobufBytes(o)!.length }) },
    });
    expect(revived).toEqual({ revived: 11 });
  });

  it("property: encode → decode round trip of plain values", () => {
    fc.assert(
      fc.property(pickleable, (value) => {
        expect(unpickle(pickle(value))).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it("encodes sets, frozensets, bytearrays and Maps with non-string keys", () => {
    const value = new Map<unknown, unknown>([
      [1, new PyFrozenSet(["a"])],
      [PyTuple.of(1, 2), new PyByteArray(Buffer.from("xy"))],
    ]);
    const back = unpickle(pickle(value)) as Map<unknown, unknown>;
    expect(back).toBeInstanceOf(Map);
    expect(back.get(1)).toBeInstanceOf(PyFrozenSet);
    const bytearray = [...back.values()][1] as PyByteArray;
    expect(bytearray).toBeInstanceOf(PyByteArray);
    expect(bytearray.bytes.toString()).toBe("xy");
  });

  it("refuses cycles, functions and class instances when encoding", () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(() => pyobj.encode(cyclic)).toThrow(/cyclic/);
    expect(() => pyobj.encode(() => 1)).toThrow(CodecError);
    expect(() => pyobj.encode(new Date())).toThrow(CodecError);
  });

  it("bad input: truncation, unknown opcodes, absurd lengths name the codec and offset", () => {
    expect(() => unpickle(hex("80 04 8c 05 61"))).toThrow(/pickle: truncated.*at byte 4/);
    expect(() => unpickle(hex("80 04 ff"))).toThrow(/unknown opcode 0xff \(at byte 2\)/);
    expect(() => unpickle(hex("80 04 8e ff ff ff ff ff ff 1f 00"))).toThrow(CodecError);
    expect(() => unpickle(hex("80 04 2e"))).toThrow(/unbalanced/);
    expect(() => pyobjCodec({ maxLength: 4 }).decode(hex("80 04 4e 2e 00"))).toThrow(/exceeds the limit/);
  });

  it("fuzz: sequences of real opcodes with random operands yield a value or a CodecError", () => {
    const opcodes = [
      ..."()0125NIJKLMFGSTUVXBC]lae)tud}sgqhjprcRbio.\x80\x81\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96",
    ];
    const chunk = fc.tuple(fc.constantFrom(...opcodes.map((c) => c.charCodeAt(0))), fc.uint8Array({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 40 }), (chunks) => {
        const bytes = Buffer.concat(chunks.map(([op, operand]) => Buffer.concat([Buffer.from([op]), operand])));
        try {
          unpickle(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(CodecError);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("fuzz: arbitrary bytes yield a value or a CodecError, quickly", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        try {
          unpickle(Buffer.concat([hex("80 04"), bytes]));
        } catch (error) {
          expect(error).toBeInstanceOf(CodecError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
