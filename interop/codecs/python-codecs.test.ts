import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import protobufjs from "protobufjs";
import { expect, it, onTestFinished } from "vitest";
import {
  ExtData,
  msgpack,
  pickle,
  pickledProtobuf,
  protobuf,
  protobufBytes,
  PyByteArray,
  PyFrozenSet,
  PyObject,
  PyTuple,
  unpickle,
} from "../../src/codecs/index.js";
import { describeInterop, runPythonSync } from "../helpers/python.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const SCRIPT = resolve(HERE, "../peers/codec_describe.py");

function python<T>(command: object): T {
  return JSON.parse(
    runPythonSync(`exec(open(${JSON.stringify(SCRIPT)}).read())`, JSON.stringify(command)).toString(),
  ) as T;
}

type Described = { t: string; v?: unknown };

/** The same tagged description codec_describe.py gives, computed from our decoded values. */
function describe(v: unknown): Described {
  if (v === null || v === undefined) return { t: "none" };
  if (typeof v === "boolean") return { t: "bool", v };
  if (typeof v === "bigint") return { t: "int", v: v.toString() };
  if (typeof v === "number") {
    if (Number.isInteger(v) && !Object.is(v, -0)) return { t: "int", v: BigInt(v).toString() };
    return { t: "float", v: pyFloatRepr(v) };
  }
  if (typeof v === "string") return { t: "str", v };
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return { t: "bytes", v: Buffer.from(v).toString("hex") };
  if (v instanceof PyByteArray) return { t: "bytearray", v: v.bytes.toString("hex") };
  if (v instanceof PyObject && v.path === "builtins.bytearray")
    return { t: "bytearray", v: Buffer.from(v.args[0] as Buffer).toString("hex") };
  if (v instanceof PyTuple) return { t: "tuple", v: [...v].map(describe) };
  if (Array.isArray(v)) return { t: "list", v: v.map(describe) };
  if (v instanceof Set) {
    const items = [...v].map(describe).sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
    return { t: v instanceof PyFrozenSet ? "frozenset" : "set", v: items };
  }
  if (v instanceof Map) return { t: "dict", v: [...v].map(([k, x]) => [describe(k), describe(x)]) };
  if (typeof v === "object") return { t: "dict", v: Object.entries(v).map(([k, x]) => [describe(k), describe(x)]) };
  return { t: "other", v: String(v) };
}

/** json.dumps(d, sort_keys=True) as Python writes it, for ordering set members the same way. */
function sortKey(d: unknown): string {
  const canon = (x: unknown): unknown =>
    Array.isArray(x)
      ? x.map(canon)
      : x && typeof x === "object"
        ? Object.fromEntries(
            Object.keys(x)
              .sort()
              .map((k) => [k, canon((x as Record<string, unknown>)[k])]),
          )
        : x;
  return JSON.stringify(canon(d))
    .replace(/":/g, '": ')
    .replace(/,"/g, ', "')
    .replace(/,\[/g, ", [")
    .replace(/,\{/g, ", {");
}

/** What a Python value looks like after msgpack: without use_bin_type bytes travel as str; @msgpack/msgpack decodes
 * maps to objects, so an integer key becomes its decimal string. */
function asMsgpackSees(d: Described, useBinType: boolean): Described {
  if (d.t === "bytes" && !useBinType) return { t: "str", v: Buffer.from(d.v as string, "hex").toString("utf8") };
  if (d.t === "list" || d.t === "tuple")
    return { t: "list", v: (d.v as Described[]).map((x) => asMsgpackSees(x, useBinType)) };
  if (d.t === "dict") {
    return {
      t: "dict",
      v: (d.v as Described[][]).map(([k, x]) => [
        k!.t === "int" ? { t: "str", v: k!.v } : asMsgpackSees(k!, useBinType),
        asMsgpackSees(x!, useBinType),
      ]),
    };
  }
  return d;
}

/** Python floats with an integral value become JS integers: compare them as ints. */
function integralFloatsAsInts(d: Described): Described {
  if (d.t === "float" && Number.isInteger(Number(d.v))) return { t: "int", v: BigInt(Number(d.v)).toString() };
  if (Array.isArray(d.v)) {
    return {
      t: d.t,
      v: (d.v as unknown[]).map((x) =>
        Array.isArray(x) ? x.map((y) => integralFloatsAsInts(y as Described)) : integralFloatsAsInts(x as Described),
      ),
    };
  }
  return d;
}

function pyFloatRepr(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  let text = String(v);
  if (/e/.test(text)) text = text.replace(/e\+?/, "e").replace(/e(-?)(\d)$/, "e$10$2");
  else if (!text.includes(".")) text += ".0";
  return text;
}

describeInterop("pickle with CPython", [], () => {
  it("decodes what Python pickles with protocols 0 to 5, as Python describes it", () => {
    const cases = python<Array<{ protocol: number; hex: string; describe: Described; shared?: boolean }>>({
      kind: "pickle-samples",
      protocols: [0, 1, 2, 3, 4, 5],
    });
    expect(cases.length).toBeGreaterThan(250);
    for (const c of cases) {
      const value = unpickle(Buffer.from(c.hex, "hex"), { dicts: "map" });
      expect({ protocol: c.protocol, value: describe(value) }).toEqual({
        protocol: c.protocol,
        value: integralFloatsAsInts(c.describe),
      });
      if (c.shared) expect((value as unknown[])[0]).toBe((value as unknown[])[1]);
    }
  });

  it("Python loads what we pickle, and we load what it pickles back (generated values)", () => {
    const leaf = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.bigInt({ min: -(2n ** 100n), max: 2n ** 100n }),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Number.isInteger(d)),
      fc.string({ unit: "binary", maxLength: 20 }),
      fc.uint8Array({ maxLength: 20 }).map((a) => Buffer.from(a)),
    );
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: "small" },
        leaf,
        fc.array(tie("v"), { maxLength: 4 }),
        fc.array(tie("v"), { maxLength: 3 }).map((items) => PyTuple.of(...items)),
        fc.dictionary(fc.string({ maxLength: 5 }), tie("v"), { maxKeys: 3 }),
        fc.uniqueArray(fc.integer(), { maxLength: 4 }).map((items) => new Set(items)),
      ),
    })).v;
    const samples = fc.sample(value, { numRuns: 150, seed: 42 });
    const results = python<Array<{ describe: Described; hex: string }>>({
      kind: "pickle-roundtrip",
      payloads: samples.map((s) => pickle(s).toString("hex")),
    });
    samples.forEach((sample, i) => {
      const normalised = describe(sample);
      expect(results[i]!.describe).toEqual(normalised);
      expect(describe(unpickle(Buffer.from(results[i]!.hex, "hex"), { dicts: "map" }))).toEqual(normalised);
    });
  });
});

describeInterop("msgpack with python3-msgpack", ["msgpack"], () => {
  it("decodes packb output with and without use_bin_type", () => {
    const cases = python<Array<{ use_bin_type: boolean; hex: string; describe: Described }>>({
      kind: "msgpack-samples",
    });
    for (const c of cases) {
      const value = msgpack.decode(Buffer.from(c.hex, "hex"));
      const expected = asMsgpackSees(c.describe, c.use_bin_type);
      expect(describe(value)).toEqual(expected);
    }
  });

  it("extension types and timestamps travel both ways (msgpack.ExtType, Timestamp)", () => {
    const ours = msgpack.encode([new ExtData(42, Buffer.from("xyz")), new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678))]);
    const result = python<{ parsed: string; packed: string }>({ kind: "msgpack-ext", ours: ours.toString("hex") });
    expect(result.parsed).toBe("ExtType(code=42, data=b'xyz')|1704164645.678000000");
    const [ext, date] = msgpack.decode(Buffer.from(result.packed, "hex")) as [ExtData, Date];
    expect([ext.type, Buffer.from(ext.data as Uint8Array).toString()]).toEqual([5, "abc"]);
    expect(date.toISOString()).toBe("2024-01-02T03:04:05.678Z");
  });

  it("Python unpacks what we pack (raw=False) and packs it back identically (generated values)", () => {
    const samples = fc.sample(
      fc.jsonValue({ maxDepth: 3 }).filter((v) => !JSON.stringify(v).includes('"__proto__"')),
      { numRuns: 100, seed: 7 },
    );
    const results = python<Array<{ describe: Described; hex: string }>>({
      kind: "msgpack-roundtrip",
      payloads: samples.map((s) => msgpack.encode(s).toString("hex")),
    });
    samples.forEach((sample, i) => {
      expect(results[i]!.hex).toBe(msgpack.encode(sample).toString("hex"));
      expect(describe(msgpack.decode(Buffer.from(results[i]!.hex, "hex")))).toEqual(
        describe(msgpack.decode(msgpack.encode(sample))),
      );
    });
  });
});

describeInterop("protobuf with python3-protobuf", ["google.protobuf"], () => {
  it("camera_prop round-trips with Python's generated msg_pb2, as bytes and as a pickled message", () => {
    const dir = mkdtempSync(join(tmpdir(), "purezmq-proto-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const protoDir = resolve(HERE, "../../examples/proto");
    copyFileSync(join(protoDir, "camera.proto"), join(dir, "msg.proto"));
    execFileSync("protoc", [`--python_out=${dir}`, `-I${dir}`, join(dir, "msg.proto")], { timeout: 20_000 });
    const CameraProp = protobufjs.loadSync(join(protoDir, "camera.proto")).lookupType("camera_prop");
    const codec = protobuf(CameraProp);
    const ours = codec.encode(CameraProp.create({ name: "front", width: 1920, height: 1080 }));
    const result = python<{
      serialized: string;
      pickled: string;
      pickled_old: string[];
      parsed: object;
      unpickled: object | null;
    }>({
      kind: "protobuf",
      dir,
      name: "cam",
      width: 640,
      height: 480,
      ours: ours.toString("hex"),
      ours_pickled: pickle(pickledProtobuf("msg_pb2", "camera_prop", ours)).toString("hex"),
    });
    // send_pyobj(camera_prop) from TypeScript: Python's recv_pyobj rebuilds the message.
    expect(result.unpickled).toEqual({ type: "camera_prop", name: "front", width: 1920, height: 1080 });
    expect(result.parsed).toEqual({ name: "front", width: 1920, height: 1080 });
    expect(CameraProp.toObject(codec.decode(Buffer.from(result.serialized, "hex")))).toEqual({
      name: "cam",
      width: 640,
      height: 480,
    });
    for (const hex of [result.pickled, ...result.pickled_old]) {
      const pickled = unpickle(Buffer.from(hex, "hex")) as PyObject;
      expect(pickled.path).toBe("msg_pb2.camera_prop");
      expect(CameraProp.toObject(codec.decode(protobufBytes(pickled)!))).toEqual({
        name: "cam",
        width: 640,
        height: 480,
      });
    }
  });
});
