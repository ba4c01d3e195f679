import { CodecError } from "../codec.js";
import { PyByteArray, PyFrozenSet, PyGlobal, PyObject, PyTuple } from "./values.js";

export type Reviver = (object: PyObject) => unknown;

export interface UnpickleOptions {
  /** Turn inert objects of a class path ("module.name") into values of your own. */
  revivers?: Record<string, Reviver>;
  /** Python dicts as Map, as null-prototype objects, or ("auto", default) objects when every key is a string. */
  dicts?: "auto" | "map" | "object";
  /** Largest pickle accepted, in bytes (default 64 MiB). */
  maxLength?: number;
}

const MARK = Symbol("mark");
const decoder = new TextDecoder("utf-8", { fatal: true });

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

  line(): string {
    const end = this.bytes.indexOf(0x0a, this.offset);
    if (end < 0) this.fail("truncated: missing newline");
    const text = this.bytes.toString("latin1", this.offset, end);
    this.offset = end + 1;
    return text;
  }
}

function narrow(value: bigint): number | bigint {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

/** Little-endian two's complement (LONG1 / LONG4). */
function decodeLong(bytes: Buffer): number | bigint {
  if (bytes.length === 0) return 0;
  if (bytes.length <= 6) return bytes.readIntLE(0, bytes.length);
  let value = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]!);
  if (bytes[bytes.length - 1]! & 0x80) value -= 1n << BigInt(bytes.length * 8);
  return narrow(value);
}

function utf8(reader: Reader, bytes: Buffer, at: number): string {
  try {
    return decoder.decode(bytes);
  } catch {
    return reader.fail("invalid UTF-8 in string", at);
  }
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
    return ({ n: "\n", r: "\r", t: "\t", "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", v: "\v" } as Record<string, string>)[e] ?? `\\${e}`;
  });
}

/** raw-unicode-escape, as written by protocol 0's UNICODE opcode. */
function rawUnicode(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_m, four?: string, eight?: string) =>
    String.fromCodePoint(parseInt((four ?? eight)!, 16)),
  );
}

/**
 * Decode a Python pickle (protocols 0–5) into JavaScript values without executing or importing anything: class
 * references become `PyGlobal`, constructed objects become inert `PyObject` records (see values.ts).
 */
export function unpickle(input: Uint8Array, options: UnpickleOptions = {}): unknown {
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const maxLength = options.maxLength ?? 64 * 1024 * 1024;
  if (bytes.length > maxLength) throw new CodecError("pickle", `pickle of ${bytes.length} bytes exceeds the limit of ${maxLength}`);
  const dicts = options.dicts ?? "auto";
  const reader: Reader = new Reader(bytes);
  const stack: unknown[] = [];
  const marks: number[] = [];
  const memo = new Map<number, unknown>();
  const objects: PyObject[] = [];

  const pop = (): unknown => {
    if (stack.length === 0 || (marks.length > 0 && stack.length <= marks[marks.length - 1]!)) reader.fail("stack underflow", reader.offset - 1);
    return stack.pop();
  };
  const top = (): unknown => {
    if (stack.length === 0) reader.fail("stack underflow", reader.offset - 1);
    return stack[stack.length - 1];
  };
  const popMark = (): unknown[] => {
    const mark = marks.pop();
    if (mark === undefined) reader.fail("no MARK on the stack", reader.offset - 1);
    return stack.splice(mark);
  };
  const newDict = (): Map<unknown, unknown> => new Map();
  const setItems = (target: unknown, items: unknown[], at: number): void => {
    if (items.length % 2 !== 0) reader.fail("odd number of items for a dict", at);
    if (target instanceof Map) {
      for (let i = 0; i < items.length; i += 2) target.set(dictKey(items[i]), items[i + 1]);
    } else if (target instanceof PyObject) {
      const state = (target.state ??= new Map()) as Map<unknown, unknown>;
      for (let i = 0; i < items.length; i += 2) state.set(dictKey(items[i]), items[i + 1]);
    } else {
      reader.fail("SETITEM(S) on a value that is not a dict", at);
    }
  };
  const append = (target: unknown, items: unknown[], at: number): void => {
    if (Array.isArray(target) && !(target instanceof PyTuple)) target.push(...items);
    else if (target instanceof PyObject) target.args.push(...items);
    else reader.fail("APPEND(S) on a value that is not a list", at);
  };
  const construct = (callable: unknown, args: unknown, at: number, kwargs?: unknown): PyObject => {
    if (!(callable instanceof PyGlobal)) reader.fail("REDUCE/NEWOBJ on a value that is not a class reference", at);
    if (!Array.isArray(args)) reader.fail("REDUCE/NEWOBJ arguments are not a tuple", at);
    const object = new PyObject(callable.module, callable.name, [...args], kwargs as Map<unknown, unknown> | undefined);
    objects.push(object);
    return object;
  };

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
        return finish(stack[0], objects, options.revivers, dicts);
      case 0x28: // MARK
        marks.push(stack.length);
        break;
      case 0x30: // POP
        if (marks.length > 0 && marks[marks.length - 1] === stack.length) marks.pop();
        else pop();
        break;
      case 0x31: // POP_MARK
        popMark();
        break;
      case 0x32: // DUP
        stack.push(top());
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
        else if (/^[-+]?\d+$/.test(text)) stack.push(narrow(BigInt(text)));
        else reader.fail("bad INT", at);
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
        const text = reader.line().replace(/L$/, "");
        if (!/^[-+]?\d+$/.test(text)) reader.fail("bad LONG", at);
        stack.push(narrow(BigInt(text)));
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
        stack.push(utf8(reader, reader.take(reader.u32()), at));
        break;
      case 0x8c: // SHORT_BINUNICODE
        stack.push(utf8(reader, reader.take(reader.u8()), at));
        break;
      case 0x8d: // BINUNICODE8
        stack.push(utf8(reader, reader.take(reader.u64()), at));
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
        stack.push(popMark());
        break;
      case 0x61: {
        // APPEND
        const item = pop();
        append(top(), [item], at);
        break;
      }
      case 0x65: {
        // APPENDS
        const items = popMark();
        append(top(), items, at);
        break;
      }
      case 0x29: // EMPTY_TUPLE
        stack.push(PyTuple.of());
        break;
      case 0x74: // TUPLE
        stack.push(PyTuple.of(...popMark()));
        break;
      case 0x85: // TUPLE1
        stack.push(PyTuple.of(pop()));
        break;
      case 0x86: {
        // TUPLE2
        const b = pop();
        const a = pop();
        stack.push(PyTuple.of(a, b));
        break;
      }
      case 0x87: {
        // TUPLE3
        const c = pop();
        const b = pop();
        const a = pop();
        stack.push(PyTuple.of(a, b, c));
        break;
      }
      case 0x7d: // EMPTY_DICT
        stack.push(newDict());
        break;
      case 0x64: {
        // DICT
        const items = popMark();
        const dict = newDict();
        setItems(dict, items, at);
        stack.push(dict);
        break;
      }
      case 0x73: {
        // SETITEM
        const value = pop();
        const key = pop();
        setItems(top(), [key, value], at);
        break;
      }
      case 0x75: {
        // SETITEMS
        const items = popMark();
        setItems(top(), items, at);
        break;
      }
      case 0x8f: // EMPTY_SET
        stack.push(new Set());
        break;
      case 0x90: {
        // ADDITEMS
        const items = popMark();
        const target = top();
        if (!(target instanceof Set)) reader.fail("ADDITEMS on a value that is not a set", at);
        for (const item of items) target.add(item);
        break;
      }
      case 0x91: // FROZENSET
        stack.push(new PyFrozenSet(popMark()));
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
        memo.set(Number(reader.line()), top());
        break;
      case 0x71: // BINPUT
        memo.set(reader.u8(), top());
        break;
      case 0x72: // LONG_BINPUT
        memo.set(reader.u32(), top());
        break;
      case 0x94: // MEMOIZE
        memo.set(memo.size, top());
        break;
      case 0x63: {
        // GLOBAL "module\nname\n"
        const module = reader.line();
        stack.push(new PyGlobal(module, reader.line()));
        break;
      }
      case 0x93: {
        // STACK_GLOBAL
        const name = pop();
        const module = pop();
        if (typeof module !== "string" || typeof name !== "string") reader.fail("STACK_GLOBAL needs two strings", at);
        stack.push(new PyGlobal(module, name));
        break;
      }
      case 0x52: {
        // REDUCE
        const args = pop();
        stack.push(construct(pop(), args, at));
        break;
      }
      case 0x81: {
        // NEWOBJ
        const args = pop();
        stack.push(construct(pop(), args, at));
        break;
      }
      case 0x92: {
        // NEWOBJ_EX
        const kwargs = pop();
        const args = pop();
        stack.push(construct(pop(), args, at, kwargs));
        break;
      }
      case 0x69: {
        // INST "module\nname\n" with MARKed args
        const module = reader.line();
        const name = reader.line();
        stack.push(construct(new PyGlobal(module, name), popMark(), at));
        break;
      }
      case 0x6f: {
        // OBJ: MARK class args...
        const items = popMark();
        if (items.length === 0) reader.fail("OBJ without a class", at);
        stack.push(construct(items[0], items.slice(1), at));
        break;
      }
      case 0x62: {
        // BUILD
        const state = pop();
        const target = top();
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

  function dictKey(key: unknown): unknown {
    return key;
  }
}

function memoGet(reader: Reader, memo: Map<number, unknown>, index: number, at: number): unknown {
  if (!memo.has(index)) reader.fail(`memo entry ${index} is missing`, at);
  return memo.get(index);
}

const bytesOf = (items: unknown): Buffer | undefined =>
  Buffer.isBuffer(items) ? items : Array.isArray(items) && items.every((n) => Number.isInteger(n)) ? Buffer.from(items as number[]) : undefined;

/**
 * Data constructors that protocols 2–3 use for bytes, bytearray, set and frozenset. Recognising them by name yields
 * plain values; nothing is looked up or called.
 */
const BUILTIN_REVIVERS: Record<string, Reviver> = {};
for (const module of ["builtins", "__builtin__"]) {
  BUILTIN_REVIVERS[`${module}.bytes`] = (o) => (o.args.length === 0 ? Buffer.alloc(0) : bytesOf(o.args[0]) ?? o);
  BUILTIN_REVIVERS[`${module}.bytearray`] = (o) => {
    if (o.args.length === 0) return new PyByteArray(Buffer.alloc(0));
    const [data, encoding] = o.args;
    if (typeof data === "string" && (encoding === "latin1" || encoding === "latin-1")) return new PyByteArray(Buffer.from(data, "latin1"));
    const bytes = bytesOf(data);
    return bytes ? new PyByteArray(bytes) : o;
  };
  BUILTIN_REVIVERS[`${module}.set`] = (o) => (o.args.length === 0 ? new Set() : Array.isArray(o.args[0]) ? new Set(o.args[0] as unknown[]) : o);
  BUILTIN_REVIVERS[`${module}.frozenset`] = (o) =>
    o.args.length === 0 ? new PyFrozenSet() : Array.isArray(o.args[0]) ? new PyFrozenSet(o.args[0] as unknown[]) : o;
}
BUILTIN_REVIVERS["_codecs.encode"] = (o) => {
  const [text, encoding] = o.args;
  return typeof text === "string" && (encoding === "latin1" || encoding === "latin-1") ? Buffer.from(text, "latin1") : o;
};

/** Convert dicts to the requested shape and apply revivers, preserving shared references and cycles. */
function finish(root: unknown, objects: PyObject[], revivers: Record<string, Reviver> | undefined, dicts: "auto" | "map" | "object"): unknown {
  if (dicts === "map" && objects.length === 0) return root;
  const done = new Map<unknown, unknown>();
  const visit = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    if (done.has(value)) return done.get(value);
    if (value instanceof Map) {
      const asObject = dicts === "object" || (dicts === "auto" && [...value.keys()].every((k) => typeof k === "string"));
      if (asObject) {
        const record = Object.create(null) as Record<string, unknown>;
        done.set(value, record);
        for (const [k, v] of value) record[String(k)] = visit(v);
        return record;
      }
      done.set(value, value);
      for (const [k, v] of value) value.set(k, visit(v));
      return value;
    }
    if (Array.isArray(value)) {
      done.set(value, value);
      for (let i = 0; i < value.length; i++) value[i] = visit(value[i]);
      return value;
    }
    if (value instanceof Set) {
      done.set(value, value);
      const items = [...value];
      value.clear();
      for (const item of items) value.add(visit(item));
      return value;
    }
    if (value instanceof PyObject) {
      done.set(value, value);
      for (let i = 0; i < value.args.length; i++) value.args[i] = visit(value.args[i]);
      value.state = visit(value.state);
      const reviver = revivers?.[value.path] ?? (value.state === undefined ? BUILTIN_REVIVERS[value.path] : undefined);
      if (reviver !== undefined) {
        const revived = reviver(value);
        done.set(value, revived);
        return revived;
      }
      return value;
    }
    return value;
  };
  return visit(root);
}
