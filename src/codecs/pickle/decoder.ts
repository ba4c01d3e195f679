import { isUtf8 } from "node:buffer";
import { asBuffer, CodecError, safeInteger } from "../codec.js";
import { PyByteArray, PyFrozenSet, PyGlobal, PyObject, PyTuple } from "./values.js";

export type Reviver = (object: PyObject) => unknown;

export interface UnpickleOptions {
  /** Turn inert objects of a class path ("module.name") into values of your own. */
  revivers?: Record<string, Reviver>;
  /** Python dicts as Map, as null-prototype objects, or ("auto", default) objects when every key is a string. */
  dicts?: "auto" | "map" | "object";
  /** Largest pickle accepted, in bytes (default 64 MiB). */
  maxLength?: number;
  /** Deepest nesting of containers and objects accepted (default 1000). */
  maxDepth?: number;
}

/** Python itself refuses to convert longer decimal integers (sys.int_info.default_max_str_digits). */
const MAX_DECIMAL_DIGITS = 4300;

function decimal(reader: Reader, text: string, at: number): number | bigint {
  if (!/^[-+]?\d+$/.test(text)) reader.fail("bad INT/LONG", at);
  if (text.length > MAX_DECIMAL_DIGITS + 1) reader.fail(`integer of more than ${MAX_DECIMAL_DIGITS} digits`, at);
  return safeInteger(BigInt(text));
}

class Reader {
  offset = 0;
  constructor(readonly bytes: Buffer) {}

  fail(message: string, at = this.offset): never {
    throw new CodecError("pickle", message, at);
  }

  need(n: number): void {
    if (n < 0 || this.offset + n > this.bytes.length) this.fail(`truncated: needs ${n} more bytes`);
  }

  u8(): number {
    this.need(1);
    return this.bytes[this.offset++]!;
  }

  u16(): number {
    this.need(2);
    const v = this.bytes.readUInt16LE(this.offset);
    this.offset += 2;
    return v;
  }

  u32(): number {
    this.need(4);
    const v = this.bytes.readUInt32LE(this.offset);
    this.offset += 4;
    return v;
  }

  i32(): number {
    this.need(4);
    const v = this.bytes.readInt32LE(this.offset);
    this.offset += 4;
    return v;
  }

  u64(): number {
    this.need(8);
    const lo = this.bytes.readUInt32LE(this.offset);
    const hi = this.bytes.readUInt32LE(this.offset + 4);
    if (hi > 0x1fffff) this.fail("64-bit length out of range");
    this.offset += 8;
    return hi * 0x100000000 + lo;
  }

  take(n: number): Buffer {
    this.need(n);
    const slice = this.bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return slice;
  }

  /** A UTF-8 string of n bytes; short ASCII (most keys and names) skips validation and the subarray. */
  utf8(n: number, at: number): string {
    this.need(n);
    const { bytes, offset } = this;
    const end = offset + n;
    this.offset = end;
    if (n <= 64) {
      let ascii = true;
      for (let i = offset; i < end; i++) if (bytes[i]! >= 0x80) ascii = false;
      if (ascii) return bytes.toString("latin1", offset, end);
    }
    if (!isUtf8(bytes.subarray(offset, end))) this.fail("invalid UTF-8 in string", at);
    return bytes.toString("utf8", offset, end);
  }

  line(): string {
    const end = this.bytes.indexOf(0x0a, this.offset);
    if (end < 0) this.fail("truncated: missing newline");
    const text = this.bytes.toString("latin1", this.offset, end);
    this.offset = end + 1;
    return text;
  }
}

/** Little-endian two's complement (LONG1 / LONG4). */
function decodeLong(bytes: Buffer): number | bigint {
  if (bytes.length === 0) return 0;
  if (bytes.length <= 6) return bytes.readIntLE(0, bytes.length);
  // via hex: linear in the length, where byte-by-byte shifting would be quadratic
  let value = BigInt(`0x${Buffer.from(bytes).reverse().toString("hex")}`);
  if (bytes[bytes.length - 1]! & 0x80) value -= 1n << BigInt(bytes.length * 8);
  return safeInteger(value);
}

/** Python's repr of a str, as written by protocol 0's STRING opcode ('...' or "..." with escapes). */
function unquote(reader: Reader, text: string, at: number): string {
  const quote = text[0];
  if ((quote !== "'" && quote !== '"') || text[text.length - 1] !== quote || text.length < 2) {
    reader.fail("STRING argument is not quoted", at);
  }
  return text.slice(1, -1).replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/g, (_m, e: string) => {
    if (e[0] === "x") return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return (
      (
        { n: "\n", r: "\r", t: "\t", "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", v: "\v" } as Record<
          string,
          string
        >
      )[e] ?? `\\${e}`
    );
  });
}

/** raw-unicode-escape, as written by protocol 0's UNICODE opcode. */
function rawUnicode(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_m, four?: string, eight?: string) =>
    String.fromCodePoint(parseInt((four ?? eight)!, 16)),
  );
}

/** The pickle machine's state; methods rather than per-call closures (see ARCHITECTURE.md, performance rules). */
class Machine {
  readonly stack: unknown[] = [];
  readonly marks: number[] = [];
  readonly memo = new Map<number, unknown>();
  constructor(readonly reader: Reader) {}

  pop(): unknown {
    const { stack, marks } = this;
    if (stack.length === 0 || (marks.length > 0 && stack.length <= marks[marks.length - 1]!))
      this.reader.fail("stack underflow", this.reader.offset - 1);
    return stack.pop();
  }

  top(): unknown {
    if (this.stack.length === 0) this.reader.fail("stack underflow", this.reader.offset - 1);
    return this.stack[this.stack.length - 1];
  }

  popMark(): unknown[] {
    const mark = this.marks.pop();
    if (mark === undefined) this.reader.fail("no MARK on the stack", this.reader.offset - 1);
    return this.stack.splice(mark);
  }

  setItems(target: unknown, items: unknown[], at: number): void {
    if (items.length % 2 !== 0) this.reader.fail("odd number of items for a dict", at);
    if (target instanceof Map) {
      for (let i = 0; i < items.length; i += 2) target.set(items[i], items[i + 1]);
    } else if (target instanceof PyObject) {
      target.state ??= new Map();
      const state = target.state as Map<unknown, unknown>;
      for (let i = 0; i < items.length; i += 2) state.set(items[i], items[i + 1]);
    } else {
      this.reader.fail("SETITEM(S) on a value that is not a dict", at);
    }
  }

  append(target: unknown, items: unknown[], at: number): void {
    // a loop, not push(...items): a spread of millions of items overflows the call stack
    if (Array.isArray(target) && !(target instanceof PyTuple)) for (const item of items) target.push(item);
    else if (target instanceof PyObject) for (const item of items) target.args.push(item);
    else this.reader.fail("APPEND(S) on a value that is not a list", at);
  }

  construct(callable: unknown, args: unknown, at: number, kwargs?: unknown): PyObject {
    if (!(callable instanceof PyGlobal)) this.reader.fail("REDUCE/NEWOBJ on a value that is not a class reference", at);
    if (!Array.isArray(args)) this.reader.fail("REDUCE/NEWOBJ arguments are not a tuple", at);
    // protocols 0 and 1 build instances as copyreg._reconstructor(cls, base, state): record cls itself
    const cls: unknown = args[0];
    if (callable.module === "copyreg" && callable.name === "_reconstructor" && cls instanceof PyGlobal) {
      return new PyObject(cls.module, cls.name, []);
    }
    return new PyObject(callable.module, callable.name, [...args], kwargs as Map<unknown, unknown> | undefined);
  }
}

/**
 * Decode a Python pickle (protocols 0–5) into JavaScript values without executing or importing anything: class
 * references become `PyGlobal`, constructed objects become inert `PyObject` records (see values.ts).
 */
export function unpickle(input: Uint8Array, options: UnpickleOptions = {}): unknown {
  const bytes = asBuffer(input);
  const maxLength = options.maxLength ?? 64 * 1024 * 1024;
  if (bytes.length > maxLength)
    throw new CodecError("pickle", `pickle of ${bytes.length} bytes exceeds the limit of ${maxLength}`);
  const dicts = options.dicts ?? "auto";
  const reader: Reader = new Reader(bytes);
  const m = new Machine(reader);
  const { stack, marks, memo } = m;

  for (;;) {
    const at = reader.offset;
    const op = reader.u8();
    switch (op) {
      case 0x80: // PROTO
        if (reader.u8() > 5) reader.fail("unsupported pickle protocol", at);
        break;
      case 0x95: // FRAME: a length hint; frames hold whole opcodes, so read straight through
        reader.need(reader.u64());
        break;
      case 0x2e: // STOP
        if (stack.length !== 1 || marks.length > 0) reader.fail("STOP with an unbalanced stack", at);
        return new Finisher(reader, options.revivers, dicts, options.maxDepth ?? 1000).visit(stack[0], 0);
      case 0x28: // MARK
        marks.push(stack.length);
        break;
      case 0x30: // POP
        if (marks.length > 0 && marks[marks.length - 1] === stack.length) marks.pop();
        else m.pop();
        break;
      case 0x31: // POP_MARK
        m.popMark();
        break;
      case 0x32: // DUP
        stack.push(m.top());
        break;
      case 0x4e: // NONE
        stack.push(null);
        break;
      case 0x88: // NEWTRUE
        stack.push(true);
        break;
      case 0x89: // NEWFALSE
        stack.push(false);
        break;
      case 0x49: {
        // INT (protocol 0): "01"/"00" are bools
        const text = reader.line();
        if (text === "01" || text === "00") stack.push(text === "01");
        else stack.push(decimal(reader, text, at));
        break;
      }
      case 0x4a: // BININT
        stack.push(reader.i32());
        break;
      case 0x4b: // BININT1
        stack.push(reader.u8());
        break;
      case 0x4d: // BININT2
        stack.push(reader.u16());
        break;
      case 0x4c: {
        // LONG (protocol 0): "123L"
        stack.push(decimal(reader, reader.line().replace(/L$/, ""), at));
        break;
      }
      case 0x8a: // LONG1
        stack.push(decodeLong(reader.take(reader.u8())));
        break;
      case 0x8b: {
        // LONG4
        const n = reader.i32();
        if (n < 0) reader.fail("negative LONG4 length", at);
        stack.push(decodeLong(reader.take(n)));
        break;
      }
      case 0x46: {
        // FLOAT (protocol 0)
        const value = Number(reader.line());
        stack.push(value);
        break;
      }
      case 0x47: // BINFLOAT
        reader.need(8);
        stack.push(bytes.readDoubleBE(reader.offset));
        reader.offset += 8;
        break;
      case 0x53: // STRING (protocol 0, Python 2 str)
        stack.push(unquote(reader, reader.line(), at));
        break;
      case 0x54: {
        // BINSTRING
        const n = reader.i32();
        if (n < 0) reader.fail("negative BINSTRING length", at);
        stack.push(reader.take(n).toString("latin1"));
        break;
      }
      case 0x55: // SHORT_BINSTRING
        stack.push(reader.take(reader.u8()).toString("latin1"));
        break;
      case 0x56: // UNICODE (protocol 0)
        stack.push(rawUnicode(reader.line()));
        break;
      case 0x58: // BINUNICODE
        stack.push(reader.utf8(reader.u32(), at));
        break;
      case 0x8c: // SHORT_BINUNICODE
        stack.push(reader.utf8(reader.u8(), at));
        break;
      case 0x8d: // BINUNICODE8
        stack.push(reader.utf8(reader.u64(), at));
        break;
      case 0x42: // BINBYTES
        stack.push(Buffer.from(reader.take(reader.u32())));
        break;
      case 0x43: // SHORT_BINBYTES
        stack.push(Buffer.from(reader.take(reader.u8())));
        break;
      case 0x8e: // BINBYTES8
        stack.push(Buffer.from(reader.take(reader.u64())));
        break;
      case 0x96: // BYTEARRAY8
        stack.push(new PyByteArray(Buffer.from(reader.take(reader.u64()))));
        break;
      case 0x5d: // EMPTY_LIST
        stack.push([]);
        break;
      case 0x6c: // LIST
        stack.push(m.popMark());
        break;
      case 0x61: {
        // APPEND
        const item = m.pop();
        m.append(m.top(), [item], at);
        break;
      }
      case 0x65: {
        // APPENDS
        const items = m.popMark();
        m.append(m.top(), items, at);
        break;
      }
      case 0x29: // EMPTY_TUPLE
        stack.push(PyTuple.of());
        break;
      case 0x74: // TUPLE
        stack.push(PyTuple.adopt(m.popMark()));
        break;
      case 0x85: // TUPLE1
        stack.push(PyTuple.of(m.pop()));
        break;
      case 0x86: {
        // TUPLE2
        const b = m.pop();
        const a = m.pop();
        stack.push(PyTuple.of(a, b));
        break;
      }
      case 0x87: {
        // TUPLE3
        const c = m.pop();
        const b = m.pop();
        const a = m.pop();
        stack.push(PyTuple.of(a, b, c));
        break;
      }
      case 0x7d: // EMPTY_DICT
        stack.push(new Map());
        break;
      case 0x64: {
        // DICT
        const items = m.popMark();
        const dict = new Map();
        m.setItems(dict, items, at);
        stack.push(dict);
        break;
      }
      case 0x73: {
        // SETITEM
        const value = m.pop();
        const key = m.pop();
        m.setItems(m.top(), [key, value], at);
        break;
      }
      case 0x75: {
        // SETITEMS
        const items = m.popMark();
        m.setItems(m.top(), items, at);
        break;
      }
      case 0x8f: // EMPTY_SET
        stack.push(new Set());
        break;
      case 0x90: {
        // ADDITEMS
        const items = m.popMark();
        const target = m.top();
        if (!(target instanceof Set)) reader.fail("ADDITEMS on a value that is not a set", at);
        for (const item of items) target.add(item);
        break;
      }
      case 0x91: // FROZENSET
        stack.push(new PyFrozenSet(m.popMark()));
        break;
      case 0x67: // GET
        stack.push(memoGet(reader, memo, Number(reader.line()), at));
        break;
      case 0x68: // BINGET
        stack.push(memoGet(reader, memo, reader.u8(), at));
        break;
      case 0x6a: // LONG_BINGET
        stack.push(memoGet(reader, memo, reader.u32(), at));
        break;
      case 0x70: // PUT
        memo.set(Number(reader.line()), m.top());
        break;
      case 0x71: // BINPUT
        memo.set(reader.u8(), m.top());
        break;
      case 0x72: // LONG_BINPUT
        memo.set(reader.u32(), m.top());
        break;
      case 0x94: // MEMOIZE
        memo.set(memo.size, m.top());
        break;
      case 0x63: {
        // GLOBAL "module\nname\n"
        const module = reader.line();
        stack.push(new PyGlobal(module, reader.line()));
        break;
      }
      case 0x93: {
        // STACK_GLOBAL
        const name = m.pop();
        const module = m.pop();
        if (typeof module !== "string" || typeof name !== "string") reader.fail("STACK_GLOBAL needs two strings", at);
        stack.push(new PyGlobal(module, name));
        break;
      }
      case 0x52: // REDUCE
      case 0x81: {
        // NEWOBJ
        const args = m.pop();
        stack.push(m.construct(m.pop(), args, at));
        break;
      }
      case 0x92: {
        // NEWOBJ_EX
        const kwargs = m.pop();
        const args = m.pop();
        stack.push(m.construct(m.pop(), args, at, kwargs));
        break;
      }
      case 0x69: {
        // INST "module\nname\n" with MARKed args
        const module = reader.line();
        const name = reader.line();
        stack.push(m.construct(new PyGlobal(module, name), m.popMark(), at));
        break;
      }
      case 0x6f: {
        // OBJ: MARK class args...
        const items = m.popMark();
        if (items.length === 0) reader.fail("OBJ without a class", at);
        stack.push(m.construct(items[0], items.slice(1), at));
        break;
      }
      case 0x62: {
        // BUILD
        const state = m.pop();
        const target = m.top();
        if (target instanceof PyObject) target.state = state;
        else reader.fail("BUILD on a value that is not an object", at);
        break;
      }
      case 0x82: // EXT1
      case 0x83: // EXT2
      case 0x84: {
        // EXT4: a code from the copyreg extension registry, which we do not have
        const code = op === 0x82 ? reader.u8() : op === 0x83 ? reader.u16() : reader.i32();
        stack.push(new PyGlobal("copyreg.extension", String(code)));
        break;
      }
      case 0x50: // PERSID
      case 0x51: // BINPERSID
        reader.fail("persistent ids are not supported", at);
        break;
      case 0x97: // NEXT_BUFFER
      case 0x98: // READONLY_BUFFER
        reader.fail("out-of-band buffers are not supported", at);
        break;
      default:
        reader.fail(`unknown opcode 0x${op.toString(16).padStart(2, "0")}`, at);
    }
  }
}

function memoGet(reader: Reader, memo: Map<number, unknown>, index: number, at: number): unknown {
  if (!memo.has(index)) reader.fail(`memo entry ${index} is missing`, at);
  return memo.get(index);
}

const bytesOf = (items: unknown): Buffer | undefined =>
  Buffer.isBuffer(items)
    ? items
    : Array.isArray(items) && items.every((n) => Number.isInteger(n))
      ? Buffer.from(items as number[])
      : undefined;

/**
 * Data constructors that protocols 2–3 use for bytes, bytearray, set and frozenset. Recognising them by name yields
 * plain values; nothing is looked up or called.
 */
const BUILTIN_REVIVERS: Record<string, Reviver> = {};
for (const module of ["builtins", "__builtin__"]) {
  BUILTIN_REVIVERS[`${module}.bytes`] = (o) => (o.args.length === 0 ? Buffer.alloc(0) : (bytesOf(o.args[0]) ?? o));
  BUILTIN_REVIVERS[`${module}.bytearray`] = (o) => {
    if (o.args.length === 0) return new PyByteArray(Buffer.alloc(0));
    const [data, encoding] = o.args;
    if (typeof data === "string" && (encoding === "latin1" || encoding === "latin-1"))
      return new PyByteArray(Buffer.from(data, "latin1"));
    const bytes = bytesOf(data);
    return bytes ? new PyByteArray(bytes) : o;
  };
  BUILTIN_REVIVERS[`${module}.set`] = (o) =>
    o.args.length === 0 ? new Set() : Array.isArray(o.args[0]) ? new Set(o.args[0] as unknown[]) : o;
  BUILTIN_REVIVERS[`${module}.frozenset`] = (o) =>
    o.args.length === 0 ? new PyFrozenSet() : Array.isArray(o.args[0]) ? new PyFrozenSet(o.args[0] as unknown[]) : o;
}
BUILTIN_REVIVERS["_codecs.encode"] = (o) => {
  const [text, encoding] = o.args;
  return typeof text === "string" && (encoding === "latin1" || encoding === "latin-1")
    ? Buffer.from(text, "latin1")
    : o;
};

/** Converts dicts to the requested shape and applies revivers, preserving shared references and cycles. */
class Finisher {
  private readonly done = new Map<unknown, unknown>();
  constructor(
    private readonly reader: Reader,
    private readonly revivers: Record<string, Reviver> | undefined,
    private readonly dicts: "auto" | "map" | "object",
    private readonly maxDepth: number,
  ) {}

  visit(value: unknown, depth: number): unknown {
    if (value === null || typeof value !== "object") return value;
    const done = this.done;
    if (done.has(value)) return done.get(value);
    if (depth > this.maxDepth) this.reader.fail(`nesting deeper than ${this.maxDepth}`, this.reader.offset - 1);
    const inner = depth + 1;
    if (value instanceof Map) {
      const asObject = this.dicts === "object" || (this.dicts === "auto" && allStringKeys(value));
      if (asObject) {
        const record = Object.create(null) as Record<string, unknown>;
        done.set(value, record);
        for (const [k, v] of value) record[String(k)] = this.visit(v, inner);
        return record;
      }
      done.set(value, value);
      for (const [k, v] of value) value.set(k, this.visit(v, inner));
      return value;
    }
    if (Array.isArray(value)) {
      done.set(value, value);
      for (let i = 0; i < value.length; i++) value[i] = this.visit(value[i], inner);
      return value;
    }
    if (value instanceof Set) {
      done.set(value, value);
      const items = [...value];
      value.clear();
      for (const item of items) value.add(this.visit(item, inner));
      return value;
    }
    if (value instanceof PyObject) {
      done.set(value, value);
      for (let i = 0; i < value.args.length; i++) value.args[i] = this.visit(value.args[i], inner);
      value.state = this.visit(value.state, inner);
      const reviver =
        this.revivers?.[value.path] ?? (value.state === undefined ? BUILTIN_REVIVERS[value.path] : undefined);
      if (reviver !== undefined) {
        const revived = reviver(value);
        done.set(value, revived);
        return revived;
      }
    }
    return value;
  }
}

function allStringKeys(map: Map<unknown, unknown>): boolean {
  for (const key of map.keys()) if (typeof key !== "string") return false;
  return true;
}
