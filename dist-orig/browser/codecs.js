// src/platform/buffer-global.ts
import { Buffer } from "buffer";

// src/codecs/codec.ts
var CodecError = class extends Error {
  constructor(codec, message, offset) {
    super(`${codec}: ${message}${offset === void 0 ? "" : ` (at byte ${offset})`}`);
    this.codec = codec;
    this.offset = offset;
    this.name = "CodecError";
  }
};
function asBuffer(frame) {
  return Buffer.isBuffer(frame) ? frame : Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength);
}
function safeInteger(value) {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

// src/codecs/text.ts
var string = {
  name: "string",
  encode: (value) => Buffer.from(value, "utf8"),
  decode: (frame) => asBuffer(frame).toString("utf8")
};
var json = {
  name: "json",
  encode: (value) => Buffer.from(JSON.stringify(value), "utf8"),
  decode(frame) {
    const text = asBuffer(frame).toString("utf8");
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new CodecError("json", error.message);
    }
  }
};

// src/codecs/msgpack.ts
import { Decoder, Encoder, ExtData, ExtensionCodec } from "@msgpack/msgpack";
var MiB = 1024 * 1024;
function msgpackCodec(options = {}) {
  const encoderOptions = { useBigInt64: true, extensionCodec: options.extensionCodec };
  const decoderOptions = {
    useBigInt64: true,
    extensionCodec: options.extensionCodec,
    maxStrLength: options.maxStrLength ?? 16 * MiB,
    maxBinLength: options.maxBinLength ?? 16 * MiB,
    maxArrayLength: options.maxArrayLength ?? MiB,
    maxMapLength: options.maxMapLength ?? MiB,
    maxExtLength: options.maxExtLength ?? 16 * MiB
  };
  const maxDepth = options.maxDepth ?? 256;
  const encoder = new Encoder(encoderOptions);
  const decoder = new Decoder(decoderOptions);
  return {
    name: "msgpack",
    encode: (value) => asBuffer(encoder.encode(value)),
    decode(frame) {
      const bytes = asBuffer(frame);
      try {
        checkDepth(bytes, maxDepth);
      } catch (error) {
        if (error instanceof CodecError) throw error;
      }
      let value;
      try {
        value = decoder.decode(bytes);
      } catch (error) {
        const match = /buffer\[(\d+)\]/.exec(error.message);
        const pos = decoder.pos;
        throw new CodecError(
          "msgpack",
          error.message,
          match ? Number(match[1]) : typeof pos === "number" ? pos : void 0
        );
      }
      return narrowBigInts(value);
    }
  };
}
var msgpack = msgpackCodec();
function narrowBigInts(value) {
  if (typeof value === "bigint") return safeInteger(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = narrowBigInts(value[i]);
    return value;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) value.set(k, narrowBigInts(v));
    return value;
  }
  if (value !== null && typeof value === "object" && !ArrayBuffer.isView(value)) {
    const record = value;
    for (const key of Object.keys(record)) record[key] = narrowBigInts(record[key]);
  }
  return value;
}
function checkDepth(bytes, maxDepth) {
  const pending = [];
  let remaining = 1;
  let offset = 0;
  while (offset < bytes.length && (remaining > 0 || pending.length > 0)) {
    if (remaining === 0) {
      remaining = pending.pop();
      continue;
    }
    remaining--;
    const type = bytes[offset];
    offset++;
    let children = 0;
    if (type <= 127 || type >= 224 || type === 192 || type === 194 || type === 195) continue;
    if ((type & 240) === 144) children = type & 15;
    else if ((type & 240) === 128) children = (type & 15) * 2;
    else if ((type & 224) === 160) offset += type & 31;
    else {
      switch (type) {
        case 220:
          children = bytes.readUInt16BE(offset);
          offset += 2;
          break;
        case 221:
          children = bytes.readUInt32BE(offset);
          offset += 4;
          break;
        case 222:
          children = bytes.readUInt16BE(offset) * 2;
          offset += 2;
          break;
        case 223:
          children = bytes.readUInt32BE(offset) * 2;
          offset += 4;
          break;
        case 196:
        case 217:
          offset += 1 + bytes[offset];
          break;
        case 197:
        case 218:
          offset += 2 + bytes.readUInt16BE(offset);
          break;
        case 198:
        case 219:
          offset += 4 + bytes.readUInt32BE(offset);
          break;
        case 199:
          offset += 2 + bytes[offset];
          break;
        case 200:
          offset += 3 + bytes.readUInt16BE(offset);
          break;
        case 201:
          offset += 5 + bytes.readUInt32BE(offset);
          break;
        case 202:
          offset += 4;
          break;
        case 203:
          offset += 8;
          break;
        case 204:
        case 208:
          offset += 1;
          break;
        case 205:
        case 209:
          offset += 2;
          break;
        case 206:
        case 210:
          offset += 4;
          break;
        case 207:
        case 211:
          offset += 8;
          break;
        case 212:
          offset += 2;
          break;
        case 213:
          offset += 3;
          break;
        case 214:
          offset += 5;
          break;
        case 215:
          offset += 9;
          break;
        case 216:
          offset += 17;
          break;
        default:
          return;
      }
    }
    if (children > 0) {
      pending.push(remaining);
      if (pending.length > maxDepth) throw new CodecError("msgpack", `nesting deeper than ${maxDepth}`, offset);
      remaining = children;
    }
  }
}

// src/codecs/protobuf.ts
function protobuf(type) {
  return {
    name: "protobuf",
    encode(message) {
      let value = message;
      if (type.verify && type.fromObject && message !== null && typeof message === "object") {
        const problem = type.verify(message);
        if (problem !== null) throw new CodecError("protobuf", problem);
        value = type.fromObject(message);
      }
      return asBuffer(type.encode(value).finish());
    },
    decode(frame) {
      try {
        return type.decode(asBuffer(frame));
      } catch (error) {
        const match = /out of range: (\d+)|offset (\d+)/.exec(error.message);
        throw new CodecError("protobuf", error.message, match ? Number(match[1] ?? match[2]) : void 0);
      }
    }
  };
}

// src/platform/node-buffer.browser.ts
import { Buffer as Buffer2, kMaxLength } from "buffer";
var constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: (1 << 29) - 24 };
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function isUtf8(bytes) {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// src/codecs/pickle/values.ts
var PyTuple = class _PyTuple extends Array {
  static of(...items) {
    return _PyTuple.adopt(items);
  }
  /** Turn this array itself into a tuple (no copy). */
  static adopt(items) {
    return Object.setPrototypeOf(items, _PyTuple.prototype);
  }
};
var PyFrozenSet = class extends Set {
};
var PyByteArray = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
};
var PyGlobal = class {
  constructor(module, name) {
    this.module = module;
    this.name = name;
  }
  get path() {
    return `${this.module}.${this.name}`;
  }
};
var PyObject = class {
  constructor(module, name, args, kwargs) {
    this.module = module;
    this.name = name;
    this.args = args;
    this.kwargs = kwargs;
  }
  state = void 0;
  get path() {
    return `${this.module}.${this.name}`;
  }
};
function protobufBytes(value) {
  if (!(value instanceof PyObject)) return void 0;
  const state = value.state;
  if (state instanceof Map) {
    const bytes = state.get("serialized");
    return Buffer.isBuffer(bytes) ? bytes : void 0;
  }
  if (state !== null && typeof state === "object") {
    const bytes = state.serialized;
    return Buffer.isBuffer(bytes) ? bytes : void 0;
  }
  return void 0;
}
function pickledProtobuf(module, name, serialized) {
  const object = new PyObject(module, name, []);
  object.state = { serialized: asBuffer(serialized) };
  return object;
}

// src/codecs/pickle/decoder.ts
var MAX_DECIMAL_DIGITS = 4300;
function decimal(reader, text, at) {
  if (!/^[-+]?\d+$/.test(text)) reader.fail("bad INT/LONG", at);
  if (text.length > MAX_DECIMAL_DIGITS + 1) reader.fail(`integer of more than ${MAX_DECIMAL_DIGITS} digits`, at);
  return safeInteger(BigInt(text));
}
var Reader = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  offset = 0;
  fail(message, at = this.offset) {
    throw new CodecError("pickle", message, at);
  }
  need(n) {
    if (n < 0 || this.offset + n > this.bytes.length) this.fail(`truncated: needs ${n} more bytes`);
  }
  u8() {
    this.need(1);
    return this.bytes[this.offset++];
  }
  u16() {
    this.need(2);
    const v = this.bytes.readUInt16LE(this.offset);
    this.offset += 2;
    return v;
  }
  u32() {
    this.need(4);
    const v = this.bytes.readUInt32LE(this.offset);
    this.offset += 4;
    return v;
  }
  i32() {
    this.need(4);
    const v = this.bytes.readInt32LE(this.offset);
    this.offset += 4;
    return v;
  }
  u64() {
    this.need(8);
    const lo = this.bytes.readUInt32LE(this.offset);
    const hi = this.bytes.readUInt32LE(this.offset + 4);
    if (hi > 2097151) this.fail("64-bit length out of range");
    this.offset += 8;
    return hi * 4294967296 + lo;
  }
  take(n) {
    this.need(n);
    const slice = this.bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return slice;
  }
  /** A UTF-8 string of n bytes; short ASCII (most keys and names) skips validation and the subarray. */
  utf8(n, at) {
    this.need(n);
    const { bytes, offset } = this;
    const end = offset + n;
    this.offset = end;
    if (n <= 64) {
      let ascii = true;
      for (let i = offset; i < end; i++) if (bytes[i] >= 128) ascii = false;
      if (ascii) return bytes.toString("latin1", offset, end);
    }
    if (!isUtf8(bytes.subarray(offset, end))) this.fail("invalid UTF-8 in string", at);
    return bytes.toString("utf8", offset, end);
  }
  line() {
    const end = this.bytes.indexOf(10, this.offset);
    if (end < 0) this.fail("truncated: missing newline");
    const text = this.bytes.toString("latin1", this.offset, end);
    this.offset = end + 1;
    return text;
  }
};
function decodeLong(bytes) {
  if (bytes.length === 0) return 0;
  if (bytes.length <= 6) return bytes.readIntLE(0, bytes.length);
  let value = BigInt(`0x${Buffer.from(bytes).reverse().toString("hex")}`);
  if (bytes[bytes.length - 1] & 128) value -= 1n << BigInt(bytes.length * 8);
  return safeInteger(value);
}
function unquote(reader, text, at) {
  const quote = text[0];
  if (quote !== "'" && quote !== '"' || text[text.length - 1] !== quote || text.length < 2) {
    reader.fail("STRING argument is not quoted", at);
  }
  return text.slice(1, -1).replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/g, (_m, e) => {
    if (e[0] === "x") return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return { n: "\n", r: "\r", t: "	", "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", v: "\v" }[e] ?? `\\${e}`;
  });
}
function rawUnicode(text) {
  return text.replace(
    /\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g,
    (_m, four, eight) => String.fromCodePoint(parseInt(four ?? eight, 16))
  );
}
var Machine = class {
  constructor(reader) {
    this.reader = reader;
  }
  stack = [];
  marks = [];
  memo = /* @__PURE__ */ new Map();
  pop() {
    const { stack, marks } = this;
    if (stack.length === 0 || marks.length > 0 && stack.length <= marks[marks.length - 1])
      this.reader.fail("stack underflow", this.reader.offset - 1);
    return stack.pop();
  }
  top() {
    if (this.stack.length === 0) this.reader.fail("stack underflow", this.reader.offset - 1);
    return this.stack[this.stack.length - 1];
  }
  popMark() {
    const mark = this.marks.pop();
    if (mark === void 0) this.reader.fail("no MARK on the stack", this.reader.offset - 1);
    return this.stack.splice(mark);
  }
  setItems(target, items, at) {
    if (items.length % 2 !== 0) this.reader.fail("odd number of items for a dict", at);
    if (target instanceof Map) {
      for (let i = 0; i < items.length; i += 2) target.set(items[i], items[i + 1]);
    } else if (target instanceof PyObject) {
      target.state ??= /* @__PURE__ */ new Map();
      const state = target.state;
      for (let i = 0; i < items.length; i += 2) state.set(items[i], items[i + 1]);
    } else {
      this.reader.fail("SETITEM(S) on a value that is not a dict", at);
    }
  }
  append(target, items, at) {
    if (Array.isArray(target) && !(target instanceof PyTuple)) for (const item of items) target.push(item);
    else if (target instanceof PyObject) for (const item of items) target.args.push(item);
    else this.reader.fail("APPEND(S) on a value that is not a list", at);
  }
  construct(callable, args, at, kwargs) {
    if (!(callable instanceof PyGlobal)) this.reader.fail("REDUCE/NEWOBJ on a value that is not a class reference", at);
    if (!Array.isArray(args)) this.reader.fail("REDUCE/NEWOBJ arguments are not a tuple", at);
    const cls = args[0];
    if (callable.module === "copyreg" && callable.name === "_reconstructor" && cls instanceof PyGlobal) {
      return new PyObject(cls.module, cls.name, []);
    }
    return new PyObject(callable.module, callable.name, [...args], kwargs);
  }
};
function unpickle(input, options = {}) {
  const bytes = asBuffer(input);
  const maxLength = options.maxLength ?? 64 * 1024 * 1024;
  if (bytes.length > maxLength)
    throw new CodecError("pickle", `pickle of ${bytes.length} bytes exceeds the limit of ${maxLength}`);
  const dicts = options.dicts ?? "auto";
  const reader = new Reader(bytes);
  const m = new Machine(reader);
  const { stack, marks, memo } = m;
  for (; ; ) {
    const at = reader.offset;
    const op = reader.u8();
    switch (op) {
      case 128:
        if (reader.u8() > 5) reader.fail("unsupported pickle protocol", at);
        break;
      case 149:
        reader.need(reader.u64());
        break;
      case 46:
        if (stack.length !== 1 || marks.length > 0) reader.fail("STOP with an unbalanced stack", at);
        return new Finisher(reader, options.revivers, dicts, options.maxDepth ?? 1e3).visit(stack[0], 0);
      case 40:
        marks.push(stack.length);
        break;
      case 48:
        if (marks.length > 0 && marks[marks.length - 1] === stack.length) marks.pop();
        else m.pop();
        break;
      case 49:
        m.popMark();
        break;
      case 50:
        stack.push(m.top());
        break;
      case 78:
        stack.push(null);
        break;
      case 136:
        stack.push(true);
        break;
      case 137:
        stack.push(false);
        break;
      case 73: {
        const text = reader.line();
        if (text === "01" || text === "00") stack.push(text === "01");
        else stack.push(decimal(reader, text, at));
        break;
      }
      case 74:
        stack.push(reader.i32());
        break;
      case 75:
        stack.push(reader.u8());
        break;
      case 77:
        stack.push(reader.u16());
        break;
      case 76: {
        stack.push(decimal(reader, reader.line().replace(/L$/, ""), at));
        break;
      }
      case 138:
        stack.push(decodeLong(reader.take(reader.u8())));
        break;
      case 139: {
        const n = reader.i32();
        if (n < 0) reader.fail("negative LONG4 length", at);
        stack.push(decodeLong(reader.take(n)));
        break;
      }
      case 70: {
        const value = Number(reader.line());
        stack.push(value);
        break;
      }
      case 71:
        reader.need(8);
        stack.push(bytes.readDoubleBE(reader.offset));
        reader.offset += 8;
        break;
      case 83:
        stack.push(unquote(reader, reader.line(), at));
        break;
      case 84: {
        const n = reader.i32();
        if (n < 0) reader.fail("negative BINSTRING length", at);
        stack.push(reader.take(n).toString("latin1"));
        break;
      }
      case 85:
        stack.push(reader.take(reader.u8()).toString("latin1"));
        break;
      case 86:
        stack.push(rawUnicode(reader.line()));
        break;
      case 88:
        stack.push(reader.utf8(reader.u32(), at));
        break;
      case 140:
        stack.push(reader.utf8(reader.u8(), at));
        break;
      case 141:
        stack.push(reader.utf8(reader.u64(), at));
        break;
      case 66:
        stack.push(Buffer.from(reader.take(reader.u32())));
        break;
      case 67:
        stack.push(Buffer.from(reader.take(reader.u8())));
        break;
      case 142:
        stack.push(Buffer.from(reader.take(reader.u64())));
        break;
      case 150:
        stack.push(new PyByteArray(Buffer.from(reader.take(reader.u64()))));
        break;
      case 93:
        stack.push([]);
        break;
      case 108:
        stack.push(m.popMark());
        break;
      case 97: {
        const item = m.pop();
        m.append(m.top(), [item], at);
        break;
      }
      case 101: {
        const items = m.popMark();
        m.append(m.top(), items, at);
        break;
      }
      case 41:
        stack.push(PyTuple.of());
        break;
      case 116:
        stack.push(PyTuple.adopt(m.popMark()));
        break;
      case 133:
        stack.push(PyTuple.of(m.pop()));
        break;
      case 134: {
        const b = m.pop();
        const a = m.pop();
        stack.push(PyTuple.of(a, b));
        break;
      }
      case 135: {
        const c = m.pop();
        const b = m.pop();
        const a = m.pop();
        stack.push(PyTuple.of(a, b, c));
        break;
      }
      case 125:
        stack.push(/* @__PURE__ */ new Map());
        break;
      case 100: {
        const items = m.popMark();
        const dict = /* @__PURE__ */ new Map();
        m.setItems(dict, items, at);
        stack.push(dict);
        break;
      }
      case 115: {
        const value = m.pop();
        const key = m.pop();
        m.setItems(m.top(), [key, value], at);
        break;
      }
      case 117: {
        const items = m.popMark();
        m.setItems(m.top(), items, at);
        break;
      }
      case 143:
        stack.push(/* @__PURE__ */ new Set());
        break;
      case 144: {
        const items = m.popMark();
        const target = m.top();
        if (!(target instanceof Set)) reader.fail("ADDITEMS on a value that is not a set", at);
        for (const item of items) target.add(item);
        break;
      }
      case 145:
        stack.push(new PyFrozenSet(m.popMark()));
        break;
      case 103:
        stack.push(memoGet(reader, memo, Number(reader.line()), at));
        break;
      case 104:
        stack.push(memoGet(reader, memo, reader.u8(), at));
        break;
      case 106:
        stack.push(memoGet(reader, memo, reader.u32(), at));
        break;
      case 112:
        memo.set(Number(reader.line()), m.top());
        break;
      case 113:
        memo.set(reader.u8(), m.top());
        break;
      case 114:
        memo.set(reader.u32(), m.top());
        break;
      case 148:
        memo.set(memo.size, m.top());
        break;
      case 99: {
        const module = reader.line();
        stack.push(new PyGlobal(module, reader.line()));
        break;
      }
      case 147: {
        const name = m.pop();
        const module = m.pop();
        if (typeof module !== "string" || typeof name !== "string") reader.fail("STACK_GLOBAL needs two strings", at);
        stack.push(new PyGlobal(module, name));
        break;
      }
      case 82:
      // REDUCE
      case 129: {
        const args = m.pop();
        stack.push(m.construct(m.pop(), args, at));
        break;
      }
      case 146: {
        const kwargs = m.pop();
        const args = m.pop();
        stack.push(m.construct(m.pop(), args, at, kwargs));
        break;
      }
      case 105: {
        const module = reader.line();
        const name = reader.line();
        stack.push(m.construct(new PyGlobal(module, name), m.popMark(), at));
        break;
      }
      case 111: {
        const items = m.popMark();
        if (items.length === 0) reader.fail("OBJ without a class", at);
        stack.push(m.construct(items[0], items.slice(1), at));
        break;
      }
      case 98: {
        const state = m.pop();
        const target = m.top();
        if (target instanceof PyObject) target.state = state;
        else reader.fail("BUILD on a value that is not an object", at);
        break;
      }
      case 130:
      // EXT1
      case 131:
      // EXT2
      case 132: {
        const code = op === 130 ? reader.u8() : op === 131 ? reader.u16() : reader.i32();
        stack.push(new PyGlobal("copyreg.extension", String(code)));
        break;
      }
      case 80:
      // PERSID
      case 81:
        reader.fail("persistent ids are not supported", at);
        break;
      case 151:
      // NEXT_BUFFER
      case 152:
        reader.fail("out-of-band buffers are not supported", at);
        break;
      default:
        reader.fail(`unknown opcode 0x${op.toString(16).padStart(2, "0")}`, at);
    }
  }
}
function memoGet(reader, memo, index, at) {
  if (!memo.has(index)) reader.fail(`memo entry ${index} is missing`, at);
  return memo.get(index);
}
var bytesOf = (items) => Buffer.isBuffer(items) ? items : Array.isArray(items) && items.every((n) => Number.isInteger(n)) ? Buffer.from(items) : void 0;
var BUILTIN_REVIVERS = {};
for (const module of ["builtins", "__builtin__"]) {
  BUILTIN_REVIVERS[`${module}.bytes`] = (o) => o.args.length === 0 ? Buffer.alloc(0) : bytesOf(o.args[0]) ?? o;
  BUILTIN_REVIVERS[`${module}.bytearray`] = (o) => {
    if (o.args.length === 0) return new PyByteArray(Buffer.alloc(0));
    const [data, encoding] = o.args;
    if (typeof data === "string" && (encoding === "latin1" || encoding === "latin-1"))
      return new PyByteArray(Buffer.from(data, "latin1"));
    const bytes = bytesOf(data);
    return bytes ? new PyByteArray(bytes) : o;
  };
  BUILTIN_REVIVERS[`${module}.set`] = (o) => o.args.length === 0 ? /* @__PURE__ */ new Set() : Array.isArray(o.args[0]) ? new Set(o.args[0]) : o;
  BUILTIN_REVIVERS[`${module}.frozenset`] = (o) => o.args.length === 0 ? new PyFrozenSet() : Array.isArray(o.args[0]) ? new PyFrozenSet(o.args[0]) : o;
}
BUILTIN_REVIVERS["_codecs.encode"] = (o) => {
  const [text, encoding] = o.args;
  return typeof text === "string" && (encoding === "latin1" || encoding === "latin-1") ? Buffer.from(text, "latin1") : o;
};
var Finisher = class {
  constructor(reader, revivers, dicts, maxDepth) {
    this.reader = reader;
    this.revivers = revivers;
    this.dicts = dicts;
    this.maxDepth = maxDepth;
  }
  done = /* @__PURE__ */ new Map();
  visit(value, depth) {
    if (value === null || typeof value !== "object") return value;
    const done = this.done;
    if (done.has(value)) return done.get(value);
    if (depth > this.maxDepth) this.reader.fail(`nesting deeper than ${this.maxDepth}`, this.reader.offset - 1);
    const inner = depth + 1;
    if (value instanceof Map) {
      const asObject = this.dicts === "object" || this.dicts === "auto" && allStringKeys(value);
      if (asObject) {
        const record = /* @__PURE__ */ Object.create(null);
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
      const reviver = this.revivers?.[value.path] ?? (value.state === void 0 ? BUILTIN_REVIVERS[value.path] : void 0);
      if (reviver !== void 0) {
        const revived = reviver(value);
        done.set(value, revived);
        return revived;
      }
    }
    return value;
  }
};
function allStringKeys(map) {
  for (const key of map.keys()) if (typeof key !== "string") return false;
  return true;
}

// src/codecs/pickle/encoder.ts
var Output = class {
  buffer = Buffer.allocUnsafe(256);
  length = 0;
  reserve(n) {
    if (this.length + n <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + n));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }
  byte(value) {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }
  u16(value) {
    this.reserve(2);
    this.buffer.writeUInt16LE(value, this.length);
    this.length += 2;
  }
  u32(value) {
    this.reserve(4);
    this.buffer.writeUInt32LE(value, this.length);
    this.length += 4;
  }
  i32(value) {
    this.reserve(4);
    this.buffer.writeInt32LE(value, this.length);
    this.length += 4;
  }
  f64be(value) {
    this.reserve(8);
    this.buffer.writeDoubleBE(value, this.length);
    this.length += 8;
  }
  bytes(data) {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }
  result() {
    return this.buffer.subarray(0, this.length);
  }
};
var OP = {
  PROTO: 128,
  FRAME: 149,
  STOP: 46,
  MARK: 40,
  NONE: 78,
  NEWTRUE: 136,
  NEWFALSE: 137,
  BININT: 74,
  BININT1: 75,
  BININT2: 77,
  LONG1: 138,
  LONG4: 139,
  BINFLOAT: 71,
  SHORT_BINUNICODE: 140,
  BINUNICODE: 88,
  SHORT_BINBYTES: 67,
  BINBYTES: 66,
  EMPTY_LIST: 93,
  APPENDS: 101,
  EMPTY_TUPLE: 41,
  TUPLE: 116,
  EMPTY_DICT: 125,
  SETITEMS: 117,
  EMPTY_SET: 143,
  ADDITEMS: 144,
  FROZENSET: 145,
  STACK_GLOBAL: 147,
  REDUCE: 82,
  TUPLE1: 133,
  BUILD: 98
};
function longBytes(value) {
  if (value === 0n) return Buffer.alloc(0);
  const out = [];
  let v = value;
  for (; ; ) {
    out.push(Number(v & 0xffn));
    v >>= 8n;
    const sign = out[out.length - 1] & 128;
    if (v === 0n && !sign || v === -1n && sign) break;
  }
  return Buffer.from(out);
}
var Pickler = class {
  constructor(maxDepth) {
    this.maxDepth = maxDepth;
  }
  out = new Output();
  active = /* @__PURE__ */ new Set();
  /** An opcode with a length-prefixed argument: the one-byte-length form under 256 bytes, else the 4-byte form. */
  sized(shortOp, longOp, data) {
    if (data.length < 256) {
      this.out.byte(shortOp);
      this.out.byte(data.length);
    } else {
      this.out.byte(longOp);
      this.out.u32(data.length);
    }
    this.out.bytes(data);
  }
  str(text) {
    this.sized(OP.SHORT_BINUNICODE, OP.BINUNICODE, Buffer.from(text, "utf8"));
  }
  int(n) {
    if (typeof n === "number" && n >= 0 && n < 256) {
      this.out.byte(OP.BININT1);
      this.out.byte(n);
    } else if (typeof n === "number" && n >= 0 && n < 65536) {
      this.out.byte(OP.BININT2);
      this.out.u16(n);
    } else if (typeof n === "number" && n >= -2147483648 && n <= 2147483647) {
      this.out.byte(OP.BININT);
      this.out.i32(n);
    } else {
      this.sized(OP.LONG1, OP.LONG4, longBytes(BigInt(n)));
    }
  }
  bytes(data) {
    this.sized(OP.SHORT_BINBYTES, OP.BINBYTES, data);
  }
  global(module, name) {
    this.str(module);
    this.str(name);
    this.out.byte(OP.STACK_GLOBAL);
  }
  write(item, depth) {
    if (depth > this.maxDepth) throw new CodecError("pickle", `nesting deeper than ${this.maxDepth}`);
    if (item === null || item === void 0) return this.out.byte(OP.NONE);
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
    const object = item;
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
      this.global(object.module, object.name);
      this.write(PyTuple.of(...object.args), depth + 1);
      this.out.byte(OP.REDUCE);
      if (object.state !== void 0) {
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
      const proto = Object.getPrototypeOf(object);
      if (proto !== Object.prototype && proto !== null) {
        throw new CodecError(
          "pickle",
          `cannot pickle an instance of ${object.constructor.name ?? "a class"}`
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
};
function pickle(value, options = {}) {
  const pickler = new Pickler(options.maxDepth ?? 1e3);
  const out = pickler.out;
  out.byte(OP.PROTO);
  out.byte(4);
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

// src/codecs/pyobj.ts
function pyobjCodec(options = {}) {
  return {
    name: "pyobj",
    encode: (value) => pickle(value, options),
    decode(frame) {
      try {
        return unpickle(frame, options);
      } catch (error) {
        if (error instanceof CodecError) throw error;
        throw new CodecError("pyobj", error.message);
      }
    }
  };
}
var pyobj = pyobjCodec();

// src/codecs/helpers.ts
function sendWith(socket, codec, value) {
  return socket.send(codec.encode(value));
}
async function receiveWith(socket, codec) {
  const [frame] = await socket.receive();
  return codec.decode(frame ?? Buffer.alloc(0));
}
var sendString = (socket, text) => sendWith(socket, string, text);
var receiveString = (socket) => receiveWith(socket, string);
var sendJson = (socket, value) => sendWith(socket, json, value);
var receiveJson = (socket) => receiveWith(socket, json);
var sendPyobj = (socket, value) => sendWith(socket, pyobj, value);
var receivePyobj = (socket) => receiveWith(socket, pyobj);
function sendMultipart(socket, parts) {
  return socket.send(parts.map((part) => typeof part === "string" ? Buffer.from(part, "utf8") : asBuffer(part)));
}
export {
  CodecError,
  ExtData,
  ExtensionCodec,
  PyByteArray,
  PyFrozenSet,
  PyGlobal,
  PyObject,
  PyTuple,
  json,
  msgpack,
  msgpackCodec,
  pickle,
  pickledProtobuf,
  protobuf,
  protobufBytes,
  pyobj,
  pyobjCodec,
  receiveJson,
  receivePyobj,
  receiveString,
  receiveWith,
  sendJson,
  sendMultipart,
  sendPyobj,
  sendString,
  sendWith,
  string,
  unpickle
};
//# sourceMappingURL=codecs.js.map