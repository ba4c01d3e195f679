import { CodecError } from "../codec.js";
import { PyByteArray, PyFrozenSet, PyGlobal, PyObject, PyTuple } from "./values.js";

/** A growable byte buffer for the pickler. */
class Output {
  private buffer = Buffer.allocUnsafe(256);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + n));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }

  byte(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }

  u16(value: number): void {
    this.reserve(2);
    this.buffer.writeUInt16LE(value, this.length);
    this.length += 2;
  }

  u32(value: number): void {
    this.reserve(4);
    this.buffer.writeUInt32LE(value, this.length);
    this.length += 4;
  }

  i32(value: number): void {
    this.reserve(4);
    this.buffer.writeInt32LE(value, this.length);
    this.length += 4;
  }

  f64be(value: number): void {
    this.reserve(8);
    this.buffer.writeDoubleBE(value, this.length);
    this.length += 8;
  }

  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  result(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

const OP = {
  PROTO: 0x80,
  FRAME: 0x95,
  STOP: 0x2e,
  MARK: 0x28,
  NONE: 0x4e,
  NEWTRUE: 0x88,
  NEWFALSE: 0x89,
  BININT: 0x4a,
  BININT1: 0x4b,
  BININT2: 0x4d,
  LONG1: 0x8a,
  LONG4: 0x8b,
  BINFLOAT: 0x47,
  SHORT_BINUNICODE: 0x8c,
  BINUNICODE: 0x58,
  SHORT_BINBYTES: 0x43,
  BINBYTES: 0x42,
  EMPTY_LIST: 0x5d,
  APPENDS: 0x65,
  EMPTY_TUPLE: 0x29,
  TUPLE: 0x74,
  EMPTY_DICT: 0x7d,
  SETITEMS: 0x75,
  EMPTY_SET: 0x8f,
  ADDITEMS: 0x90,
  FROZENSET: 0x91,
  STACK_GLOBAL: 0x93,
  REDUCE: 0x52,
  TUPLE1: 0x85,
  BUILD: 0x62,
} as const;

/** Two's complement little-endian, shortest form (LONG1 / LONG4). */
function longBytes(value: bigint): Buffer {
  if (value === 0n) return Buffer.alloc(0);
  const out: number[] = [];
  let v = value;
  for (;;) {
    out.push(Number(v & 0xffn));
    v >>= 8n;
    const sign = out[out.length - 1]! & 0x80;
    if ((v === 0n && !sign) || (v === -1n && sign)) break;
  }
  return Buffer.from(out);
}

export interface PickleOptions {
  /** Deepest nesting accepted (default 1000, like Python's recursion limit). */
  maxDepth?: number;
}

/** Writes one pickle; methods rather than per-call closures (see ARCHITECTURE.md, performance rules). */
class Pickler {
  readonly out = new Output();
  private readonly active = new Set<object>();
  constructor(private readonly maxDepth: number) {}

  /** An opcode with a length-prefixed argument: the one-byte-length form under 256 bytes, else the 4-byte form. */
  sized(shortOp: number, longOp: number, data: Uint8Array): void {
    if (data.length < 256) {
      this.out.byte(shortOp);
      this.out.byte(data.length);
    } else {
      this.out.byte(longOp);
      this.out.u32(data.length);
    }
    this.out.bytes(data);
  }

  str(text: string): void {
    this.sized(OP.SHORT_BINUNICODE, OP.BINUNICODE, Buffer.from(text, "utf8"));
  }

  int(n: number | bigint): void {
    if (typeof n === "number" && n >= 0 && n < 256) {
      this.out.byte(OP.BININT1);
      this.out.byte(n);
    } else if (typeof n === "number" && n >= 0 && n < 65536) {
      this.out.byte(OP.BININT2);
      this.out.u16(n);
    } else if (typeof n === "number" && n >= -0x80000000 && n <= 0x7fffffff) {
      this.out.byte(OP.BININT);
      this.out.i32(n);
    } else {
      this.sized(OP.LONG1, OP.LONG4, longBytes(BigInt(n)));
    }
  }

  bytes(data: Uint8Array): void {
    this.sized(OP.SHORT_BINBYTES, OP.BINBYTES, data);
  }

  global(module: string, name: string): void {
    this.str(module);
    this.str(name);
    this.out.byte(OP.STACK_GLOBAL);
  }

  write(item: unknown, depth: number): void {
    if (depth > this.maxDepth) throw new CodecError("pickle", `nesting deeper than ${this.maxDepth}`);
    if (item === null || item === undefined) return this.out.byte(OP.NONE);
    switch (typeof item) {
      case "boolean":
        return this.out.byte(item ? OP.NEWTRUE : OP.NEWFALSE);
      case "number":
        if (Number.isInteger(item) && !Object.is(item, -0)) return this.int(item);
        this.out.byte(OP.BINFLOAT);
        return this.out.f64be(item);
      case "bigint":
        return this.int(item);
      case "string":
        return this.str(item);
      case "object":
        break;
      default:
        throw new CodecError("pickle", `cannot pickle a ${typeof item}`);
    }
    const object = item as object;
    if (object instanceof Uint8Array) return this.bytes(object);
    if (object instanceof PyByteArray) {
      this.global("builtins", "bytearray");
      this.bytes(object.bytes);
      this.out.byte(OP.TUPLE1);
      return this.out.byte(OP.REDUCE);
    }
    if (object instanceof PyGlobal) return this.global(object.module, object.name);
    if (this.active.has(object)) throw new CodecError("pickle", "cannot pickle a cyclic structure");
    this.active.add(object);
    if (object instanceof PyObject) {
      // class(*args), then BUILD with the state: how Python pickles e.g. a protobuf message
      this.global(object.module, object.name);
      this.write(PyTuple.of(...object.args), depth + 1);
      this.out.byte(OP.REDUCE);
      if (object.state !== undefined) {
        this.write(object.state, depth + 1);
        this.out.byte(OP.BUILD);
      }
    } else if (object instanceof PyTuple) {
      if (object.length === 0) this.out.byte(OP.EMPTY_TUPLE);
      else {
        this.out.byte(OP.MARK);
        for (const element of object) this.write(element, depth + 1);
        this.out.byte(OP.TUPLE);
      }
    } else if (Array.isArray(object)) {
      this.out.byte(OP.EMPTY_LIST);
      if (object.length > 0) {
        this.out.byte(OP.MARK);
        for (const element of object) this.write(element, depth + 1);
        this.out.byte(OP.APPENDS);
      }
    } else if (object instanceof PyFrozenSet) {
      this.out.byte(OP.MARK);
      for (const element of object) this.write(element, depth + 1);
      this.out.byte(OP.FROZENSET);
    } else if (object instanceof Set) {
      this.out.byte(OP.EMPTY_SET);
      if (object.size > 0) {
        this.out.byte(OP.MARK);
        for (const element of object) this.write(element, depth + 1);
        this.out.byte(OP.ADDITEMS);
      }
    } else if (object instanceof Map) {
      this.out.byte(OP.EMPTY_DICT);
      if (object.size > 0) {
        this.out.byte(OP.MARK);
        for (const [k, v] of object) {
          this.write(k, depth + 1);
          this.write(v, depth + 1);
        }
        this.out.byte(OP.SETITEMS);
      }
    } else {
      const proto = Object.getPrototypeOf(object) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        throw new CodecError(
          "pickle",
          `cannot pickle an instance of ${(object.constructor as { name?: string }).name ?? "a class"}`,
        );
      }
      const entries = Object.entries(object);
      this.out.byte(OP.EMPTY_DICT);
      if (entries.length > 0) {
        this.out.byte(OP.MARK);
        for (const [k, v] of entries) {
          this.str(k);
          this.write(v, depth + 1);
        }
        this.out.byte(OP.SETITEMS);
      }
    }
    this.active.delete(object);
  }
}

/**
 * Encode JavaScript values as a framed protocol-4 pickle that Python's `pickle.loads` (and pyzmq's `recv_pyobj`) loads:
 * null/undefined → None, boolean, number (integral → int, else float), bigint → int, string → str,
 * Buffer/Uint8Array → bytes, PyByteArray → bytearray, Array → list, PyTuple → tuple, Map and plain objects → dict,
 * Set → set, PyFrozenSet → frozenset, PyGlobal → a class reference, PyObject → `class(*args)` plus its state (the
 * receiving Python constructs it, as with any pickle). Anything else (functions, symbols, class instances, cycles) is
 * refused.
 */
export function pickle(value: unknown, options: PickleOptions = {}): Buffer {
  const pickler = new Pickler(options.maxDepth ?? 1000);
  const out = pickler.out;
  out.byte(OP.PROTO);
  out.byte(4);
  // one FRAME around the whole body, as Python's own protocol-4 pickler writes; its length is patched in at the end
  out.byte(OP.FRAME);
  out.u32(0);
  out.u32(0);
  const bodyStart = out.length;
  pickler.write(value, 0);
  out.byte(OP.STOP);
  const result = Buffer.from(out.result());
  result.writeUInt32LE(result.length - bodyStart, bodyStart - 8);
  return result;
}
