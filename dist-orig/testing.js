// src/testing/grammar.ts
import fc from "fast-check";

// src/zmtp/constants.ts
var FLAG_MORE = 1;
var FLAG_LONG = 2;
var FLAG_COMMAND = 4;
var HANDSHAKE_FRAME_LIMIT = 1024 * 1024;
var EMPTY = Buffer.alloc(0);
var BATCH_LIMIT = 256 * 1024;

// src/zmtp/metadata.ts
function encodeProperties(properties) {
  const pieces = [];
  for (const [name, value] of properties) {
    const nameBytes = Buffer.from(name, "latin1");
    if (nameBytes.length < 1 || nameBytes.length > 255) throw new RangeError(`bad property name: ${name}`);
    const head = Buffer.allocUnsafe(1 + nameBytes.length + 4);
    head[0] = nameBytes.length;
    nameBytes.copy(head, 1);
    head.writeUInt32BE(value.length, 1 + nameBytes.length);
    pieces.push(head, Buffer.from(value));
  }
  return Buffer.concat(pieces);
}
var DEFAULT_METADATA_LIMITS = { maxBytes: 64 * 1024, maxProperties: 64 };

// src/zmtp/commands.ts
function commandBody(name, data = EMPTY) {
  const body = Buffer.allocUnsafe(1 + name.length + data.length);
  body[0] = name.length;
  body.write(name, 1, "latin1");
  body.set(data, 1 + name.length);
  return body;
}

// src/testing/wire.ts
function sessionBytes(session2) {
  return Buffer.concat(session2.segments.map((s) => s.bytes));
}
function sessionWrites(session2) {
  const bytes = sessionBytes(session2);
  const writes = [];
  let start = 0;
  for (const cut of session2.cuts) {
    if (cut > start && cut < bytes.length) {
      writes.push(bytes.subarray(start, cut));
      start = cut;
    }
  }
  if (start < bytes.length || writes.length === 0) writes.push(bytes.subarray(start));
  return writes;
}
function frameBytes(flags, body, long = body.length > 255) {
  const headerSize = long ? 9 : 2;
  const out = Buffer.allocUnsafe(headerSize + body.length);
  out[0] = flags & (FLAG_MORE | FLAG_COMMAND) | (long ? FLAG_LONG : 0);
  if (long) out.writeBigUInt64BE(BigInt(body.length), 1);
  else out[1] = body.length;
  out.set(body, headerSize);
  return out;
}

// src/testing/grammar.ts
function greeting(options = {}) {
  return fc.record({
    padding: fc.uint8Array({ minLength: 8, maxLength: 8 }),
    minor: options.minor === void 0 ? fc.constantFrom(0, 1) : fc.constant(options.minor),
    mechanism: options.mechanism === void 0 ? fc.constantFrom("NULL", "PLAIN", "CURVE") : fc.constant(options.mechanism),
    asServer: options.asServer === void 0 ? fc.boolean() : fc.constant(options.asServer),
    filler: fc.uint8Array({ minLength: 31, maxLength: 31 })
  }).map(({ padding, minor, mechanism, asServer, filler }) => {
    const g = Buffer.alloc(64);
    g[0] = 255;
    g.set(padding, 1);
    g[9] = 127;
    g[10] = 3;
    g[11] = minor;
    g.write(mechanism, 12, "latin1");
    g[32] = asServer ? 1 : 0;
    g.set(filler, 33);
    return g;
  });
}
function frame(options = {}) {
  const maxSize = options.maxSize ?? 300;
  return fc.record({
    more: options.command === true ? fc.constant(false) : fc.boolean(),
    body: fc.oneof(
      { weight: 5, arbitrary: fc.uint8Array({ maxLength: Math.min(maxSize, 40) }) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: maxSize }) }
    ),
    forceLong: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) })
  }).map(({ more, body, forceLong }) => {
    const flags = (more ? FLAG_MORE : 0) | (options.command === true ? FLAG_COMMAND : 0);
    const buffer = Buffer.from(body);
    return { flags, body: buffer, long: forceLong || buffer.length > 255 };
  });
}
function encodeFrameValue(value) {
  return frameBytes(value.flags, value.body, value.long);
}
var NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+";
function propertyName(maxLength = 24) {
  return fc.string({ unit: fc.constantFrom(...NAME_CHARS), minLength: 1, maxLength });
}
function metadataProperty() {
  return fc.tuple(
    propertyName(20).map((n) => `X-${n}`),
    fc.uint8Array({ maxLength: 64 }).map((v) => Buffer.from(v))
  );
}
function metadata(options) {
  const sendsIdentity = ["REQ", "DEALER", "ROUTER"].includes(options.socketType);
  const identity = options.identity !== void 0 ? fc.constant(options.identity) : fc.oneof(
    fc.constant(Buffer.alloc(0)),
    fc.uint8Array({ minLength: 1, maxLength: 32 }).filter((b) => b[0] !== 0).map((b) => Buffer.from(b))
  );
  return fc.tuple(identity, fc.array(metadataProperty(), { maxLength: 3 })).map(([id, extra]) => {
    const properties = [["Socket-Type", Buffer.from(options.socketType, "latin1")]];
    if (sendsIdentity) properties.push(["Identity", id]);
    return [...properties, ...extra];
  });
}
function commandSegment(name, data = Buffer.alloc(0), long = false) {
  const body = commandBody(name, data);
  return { kind: "command", label: name, bytes: frameBytes(FLAG_COMMAND, body, long || body.length > 255) };
}
function readySegment(properties) {
  return commandSegment("READY", encodeProperties(properties));
}
function trafficCommand() {
  const topic = fc.uint8Array({ maxLength: 32 });
  const context = fc.uint8Array({ maxLength: 16 });
  return fc.oneof(
    topic.map((t) => commandSegment("SUBSCRIBE", t)),
    topic.map((t) => commandSegment("CANCEL", t)),
    fc.tuple(fc.integer({ min: 0, max: 65535 }), context).map(([ttl, ctx]) => {
      const data = Buffer.alloc(2 + ctx.length);
      data.writeUInt16BE(ttl, 0);
      data.set(ctx, 2);
      return commandSegment("PING", data);
    }),
    context.map((ctx) => commandSegment("PONG", ctx))
  );
}
function errorCommand() {
  return fc.string({ maxLength: 60 }).map((reason) => {
    const text = Buffer.from(reason, "latin1").subarray(0, 255);
    return commandSegment("ERROR", Buffer.concat([Buffer.from([text.length]), text]));
  });
}
function command(socketType = "DEALER") {
  return fc.oneof(
    metadata({ socketType }).map((p) => readySegment(p)),
    trafficCommand(),
    errorCommand()
  );
}
function message(options = {}) {
  return fc.array(fc.tuple(fc.uint8Array({ maxLength: options.maxSize ?? 300 }), fc.boolean()), {
    minLength: 1,
    maxLength: options.maxParts ?? 4
  }).map(
    (parts) => parts.map(([body, long], i) => {
      const more = i < parts.length - 1;
      return {
        kind: "data",
        label: `data ${body.length}B${more ? " more" : ""}`,
        bytes: frameBytes(more ? FLAG_MORE : 0, body, long || body.length > 255)
      };
    })
  );
}

// src/testing/sessions.ts
import fc2 from "fast-check";
var credential = fc2.string({ maxLength: 16, unit: fc2.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789") });
function helloSegment(username, password) {
  const user = Buffer.from(username, "latin1");
  const pass = Buffer.from(password, "latin1");
  return commandSegment("HELLO", Buffer.concat([Buffer.from([user.length]), user, Buffer.from([pass.length]), pass]));
}
function handshake(options) {
  const mechanism = options.mechanism ?? "NULL";
  return fc2.record({
    greeting: greeting({ mechanism, asServer: false, minor: options.minor }),
    properties: metadata({ socketType: options.socketType, identity: options.identity }),
    username: options.username === void 0 ? credential : fc2.constant(options.username),
    password: options.password === void 0 ? credential : fc2.constant(options.password)
  }).map(({ greeting: g, properties, username, password }) => {
    const head = { kind: "greeting", label: `greeting 3.${g[11]} ${mechanism}`, bytes: g };
    if (mechanism === "NULL") return [head, readySegment(properties)];
    return [head, helloSegment(username, password), commandSegment("INITIATE", encodeProperties(properties))];
  });
}
function traffic(socketType, options = {}) {
  const messages = message({ maxSize: options.maxSize });
  const request = messages.map((parts) => [
    { kind: "data", label: "data 0B more", bytes: Buffer.from([1, 0]) },
    ...parts
  ]);
  const body = socketType === "REQ" ? request : messages;
  const subscribing = socketType === "SUB" || socketType === "XSUB";
  const subscription = fc2.uint8Array({ maxLength: 16 }).map(
    (topic) => options.minor === 0 ? [
      {
        kind: "data",
        label: "subscribe-message",
        bytes: Buffer.concat([Buffer.from([0, topic.length + 1, 1]), topic])
      }
    ] : [commandSegment("SUBSCRIBE", topic)]
  );
  const item = fc2.oneof(
    { weight: 3, arbitrary: subscribing ? subscription : body },
    {
      weight: 1,
      arbitrary: trafficCommand().filter((s) => subscribing || s.label !== "SUBSCRIBE" && s.label !== "CANCEL").map((s) => [s])
    }
  );
  return fc2.array(item, { maxLength: options.maxTraffic ?? 6 }).map((items) => items.flat());
}
function chunking(length) {
  return fc2.oneof(
    { weight: 2, arbitrary: fc2.constant([]) },
    {
      weight: 3,
      arbitrary: fc2.uniqueArray(fc2.integer({ min: 1, max: Math.max(1, length - 1) }), { maxLength: 8 }).map((c) => c.sort((a, b) => a - b))
    },
    { weight: 1, arbitrary: fc2.constant(Array.from({ length: Math.min(length - 1, 16) }, (_, i) => i + 1)) }
  );
}
function session(options) {
  const minor = options.minor === void 0 ? fc2.constantFrom(0, 1) : fc2.constant(options.minor);
  return minor.chain(
    (m) => fc2.tuple(
      handshake({ ...options, minor: m }),
      traffic(options.socketType, { minor: m, maxTraffic: options.maxTraffic, maxSize: options.maxSize })
    )
  ).chain(([hs, items]) => {
    const segments = [...hs, ...items];
    return chunking(sessionBytes({ segments }).length).map((cuts) => ({ segments, cuts }));
  });
}

// src/testing/mutations.ts
import fc3 from "fast-check";
var ABSURD_SIZES = [
  0n,
  1n,
  255n,
  256n,
  0x7fffffffn,
  0x80000000n,
  0xffffffffn,
  0x100000000n,
  2n ** 53n - 1n,
  2n ** 53n,
  2n ** 63n - 1n,
  2n ** 63n,
  2n ** 64n - 1n
];
var HOSTILE_NAMES = [
  "READY",
  "ERROR",
  "PING",
  "PONG",
  "SUBSCRIBE",
  "CANCEL",
  "HELLO",
  "WELCOME",
  "INITIATE",
  "MESSAGE",
  "JOIN",
  "ready",
  "R",
  "\0",
  "X".repeat(255)
];
function mutation() {
  const index = fc3.nat({ max: 63 });
  return fc3.oneof(
    {
      weight: 4,
      arbitrary: fc3.record({ op: fc3.constant("bitflip"), segment: index, bit: fc3.nat({ max: 8 * 600 }) })
    },
    {
      weight: 2,
      arbitrary: fc3.record({
        op: fc3.constant("byte"),
        segment: index,
        at: fc3.nat({ max: 600 }),
        value: fc3.constantFrom(0, 1, 127, 128, 255, 2, 4, 6)
      })
    },
    { weight: 2, arbitrary: fc3.record({ op: fc3.constant("truncate"), at: fc3.nat({ max: 4e3 }) }) },
    { weight: 2, arbitrary: fc3.record({ op: fc3.constant("duplicate"), segment: index }) },
    { weight: 2, arbitrary: fc3.record({ op: fc3.constant("drop"), segment: index }) },
    { weight: 2, arbitrary: fc3.record({ op: fc3.constant("swap"), a: index, b: index }) },
    {
      weight: 3,
      arbitrary: fc3.record({
        op: fc3.constant("length"),
        segment: index,
        size: fc3.oneof(fc3.constantFrom(...ABSURD_SIZES), fc3.bigInt({ min: 0n, max: 2n ** 64n - 1n }))
      })
    },
    {
      weight: 1,
      arbitrary: fc3.record({
        op: fc3.constant("insert"),
        segment: index,
        bytes: fc3.uint8Array({ minLength: 1, maxLength: 24 }).map((b) => Buffer.from(b))
      })
    },
    {
      weight: 2,
      arbitrary: fc3.record({
        op: fc3.constant("command"),
        segment: index,
        name: fc3.constantFrom(...HOSTILE_NAMES)
      })
    }
  );
}
function describe(m) {
  switch (m.op) {
    case "bitflip":
      return `bitflip seg ${m.segment} bit ${m.bit}`;
    case "byte":
      return `byte seg ${m.segment}[${m.at}]=0x${m.value.toString(16)}`;
    case "truncate":
      return `truncate at ${m.at}`;
    case "duplicate":
      return `duplicate seg ${m.segment}`;
    case "drop":
      return `drop seg ${m.segment}`;
    case "swap":
      return `swap seg ${m.a} <-> ${m.b}`;
    case "length":
      return `length seg ${m.segment} = ${m.size}`;
    case "insert":
      return `insert ${m.bytes.length}B before seg ${m.segment}`;
    case "command":
      return `rename command seg ${m.segment} to ${JSON.stringify(m.name)}`;
  }
}
function withLength(segment, size) {
  if (segment.kind === "greeting" || segment.bytes.length < 2) return segment;
  const flags = segment.bytes[0];
  const headerSize = (flags & FLAG_LONG) !== 0 ? 9 : 2;
  const header = Buffer.alloc(9);
  header[0] = flags | FLAG_LONG;
  header.writeBigUInt64BE(size, 1);
  return {
    kind: segment.kind,
    label: `${segment.label} (len ${size})`,
    bytes: Buffer.concat([header, segment.bytes.subarray(headerSize)])
  };
}
function renamed(segment, name) {
  if (segment.kind !== "command") return segment;
  const flags = segment.bytes[0];
  const headerSize = (flags & FLAG_LONG) !== 0 ? 9 : 2;
  const body = segment.bytes.subarray(headerSize);
  const data = body.length > 0 ? body.subarray(1 + Math.min(body[0], body.length - 1)) : body;
  const newBody = Buffer.concat([Buffer.from([name.length]), Buffer.from(name, "latin1"), data]);
  const header = Buffer.alloc(9);
  header[0] = flags | FLAG_LONG;
  header.writeBigUInt64BE(BigInt(newBody.length), 1);
  return { kind: "command", label: name, bytes: Buffer.concat([header, newBody]) };
}
function applyMutations(session2, mutations) {
  let segments = [...session2.segments];
  let truncateAt;
  for (const m of mutations) {
    const n = segments.length;
    if (n === 0) break;
    const at = (i) => i % n;
    switch (m.op) {
      case "bitflip": {
        const s = segments[at(m.segment)];
        if (s.bytes.length === 0) break;
        const bytes = Buffer.from(s.bytes);
        const bit = m.bit % (bytes.length * 8);
        bytes[bit >> 3] ^= 1 << (bit & 7);
        segments[at(m.segment)] = { ...s, bytes };
        break;
      }
      case "byte": {
        const s = segments[at(m.segment)];
        if (s.bytes.length === 0) break;
        const bytes = Buffer.from(s.bytes);
        bytes[m.at % bytes.length] = m.value;
        segments[at(m.segment)] = { ...s, bytes };
        break;
      }
      case "truncate":
        truncateAt = m.at;
        break;
      case "duplicate":
        segments.splice(at(m.segment), 0, segments[at(m.segment)]);
        break;
      case "drop":
        segments.splice(at(m.segment), 1);
        break;
      case "swap": {
        const a = at(m.a);
        const b = at(m.b);
        [segments[a], segments[b]] = [segments[b], segments[a]];
        break;
      }
      case "length":
        segments[at(m.segment)] = withLength(segments[at(m.segment)], m.size);
        break;
      case "insert":
        segments.splice(at(m.segment), 0, { kind: "raw", label: `raw ${m.bytes.length}B`, bytes: m.bytes });
        break;
      case "command":
        segments[at(m.segment)] = renamed(segments[at(m.segment)], m.name);
        break;
    }
  }
  if (truncateAt !== void 0) {
    const bytes = sessionBytes({ segments });
    const keep = bytes.length === 0 ? 0 : truncateAt % bytes.length;
    segments = [{ kind: "raw", label: `truncated ${keep}B`, bytes: bytes.subarray(0, keep) }];
  }
  const length = sessionBytes({ segments }).length;
  return { segments, cuts: session2.cuts.filter((c) => c < length), mutations: mutations.map(describe) };
}
function hostile(sessions, options = {}) {
  return fc3.tuple(sessions, fc3.array(mutation(), { minLength: 1, maxLength: options.maxMutations ?? 4 })).map(([s, ms]) => applyMutations(s, ms));
}
export {
  ABSURD_SIZES,
  applyMutations,
  chunking,
  command,
  commandSegment,
  encodeFrameValue,
  errorCommand,
  frame,
  frameBytes,
  greeting,
  handshake,
  helloSegment,
  hostile,
  message,
  metadata,
  metadataProperty,
  mutation,
  propertyName,
  readySegment,
  session,
  sessionBytes,
  sessionWrites,
  traffic,
  trafficCommand
};
//# sourceMappingURL=testing.js.map