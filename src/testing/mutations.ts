import fc from "fast-check";
import { FLAG_LONG } from "../zmtp/constants.js";
import { sessionBytes, type HostileInput, type Segment, type WireSession } from "./wire.js";

/** One grammar-aware change to a session. Indexes are taken modulo the session's size when applied. */
export type Mutation =
  | { op: "bitflip"; segment: number; bit: number }
  | { op: "byte"; segment: number; at: number; value: number }
  | { op: "truncate"; at: number }
  | { op: "duplicate"; segment: number }
  | { op: "drop"; segment: number }
  | { op: "swap"; a: number; b: number }
  | { op: "length"; segment: number; size: bigint }
  | { op: "insert"; segment: number; bytes: Buffer }
  | { op: "command"; segment: number; name: string };

/** Sizes that break naive decoders: 0, around 255/256, around 2^31/2^32, 2^53, 2^63, 2^64-1. */
export const ABSURD_SIZES: readonly bigint[] = [
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
  2n ** 64n - 1n,
];

/** Command names a peer may send at the wrong time, misspelled or empty-ish. */
const HOSTILE_NAMES = [
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
  "\u0000",
  "X".repeat(255),
];

export function mutation(): fc.Arbitrary<Mutation> {
  const index = fc.nat({ max: 63 });
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({ op: fc.constant("bitflip" as const), segment: index, bit: fc.nat({ max: 8 * 600 }) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant("byte" as const),
        segment: index,
        at: fc.nat({ max: 600 }),
        value: fc.constantFrom(0, 1, 0x7f, 0x80, 0xff, 2, 4, 6),
      }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant("truncate" as const), at: fc.nat({ max: 4000 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant("duplicate" as const), segment: index }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant("drop" as const), segment: index }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant("swap" as const), a: index, b: index }) },
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant("length" as const),
        segment: index,
        size: fc.oneof(fc.constantFrom(...ABSURD_SIZES), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n })),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant("insert" as const),
        segment: index,
        bytes: fc.uint8Array({ minLength: 1, maxLength: 24 }).map((b) => Buffer.from(b)),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant("command" as const),
        segment: index,
        name: fc.constantFrom(...HOSTILE_NAMES),
      }),
    },
  );
}

function describe(m: Mutation): string {
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

/** Rewrite a frame header to announce `size` (long form), keeping its flags and body. Greetings are left alone. */
function withLength(segment: Segment, size: bigint): Segment {
  if (segment.kind === "greeting" || segment.bytes.length < 2) return segment;
  const flags = segment.bytes[0]!;
  const headerSize = (flags & FLAG_LONG) !== 0 ? 9 : 2;
  const header = Buffer.alloc(9);
  header[0] = flags | FLAG_LONG;
  header.writeBigUInt64BE(size, 1);
  return {
    kind: segment.kind,
    label: `${segment.label} (len ${size})`,
    bytes: Buffer.concat([header, segment.bytes.subarray(headerSize)]),
  };
}

function renamed(segment: Segment, name: string): Segment {
  if (segment.kind !== "command") return segment;
  const flags = segment.bytes[0]!;
  const headerSize = (flags & FLAG_LONG) !== 0 ? 9 : 2;
  const body = segment.bytes.subarray(headerSize);
  const data = body.length > 0 ? body.subarray(1 + Math.min(body[0]!, body.length - 1)) : body;
  const newBody = Buffer.concat([Buffer.from([name.length]), Buffer.from(name, "latin1"), data]);
  const header = Buffer.alloc(9);
  header[0] = flags | FLAG_LONG;
  header.writeBigUInt64BE(BigInt(newBody.length), 1);
  return { kind: "command", label: name, bytes: Buffer.concat([header, newBody]) };
}

/** Apply mutations in order; the result never throws, whatever the indexes. */
export function applyMutations(session: WireSession, mutations: readonly Mutation[]): HostileInput {
  let segments = [...session.segments];
  let truncateAt: number | undefined;
  for (const m of mutations) {
    const n = segments.length;
    if (n === 0) break;
    const at = (i: number): number => i % n;
    switch (m.op) {
      case "bitflip": {
        const s = segments[at(m.segment)]!;
        if (s.bytes.length === 0) break;
        const bytes = Buffer.from(s.bytes);
        const bit = m.bit % (bytes.length * 8);
        bytes[bit >> 3]! ^= 1 << (bit & 7);
        segments[at(m.segment)] = { ...s, bytes };
        break;
      }
      case "byte": {
        const s = segments[at(m.segment)]!;
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
        segments.splice(at(m.segment), 0, segments[at(m.segment)]!);
        break;
      case "drop":
        segments.splice(at(m.segment), 1);
        break;
      case "swap": {
        const a = at(m.a);
        const b = at(m.b);
        [segments[a], segments[b]] = [segments[b]!, segments[a]!];
        break;
      }
      case "length":
        segments[at(m.segment)] = withLength(segments[at(m.segment)]!, m.size);
        break;
      case "insert":
        segments.splice(at(m.segment), 0, { kind: "raw", label: `raw ${m.bytes.length}B`, bytes: m.bytes });
        break;
      case "command":
        segments[at(m.segment)] = renamed(segments[at(m.segment)]!, m.name);
        break;
    }
  }
  if (truncateAt !== undefined) {
    const bytes = sessionBytes({ segments });
    const keep = bytes.length === 0 ? 0 : truncateAt % bytes.length;
    segments = [{ kind: "raw", label: `truncated ${keep}B`, bytes: bytes.subarray(0, keep) }];
  }
  const length = sessionBytes({ segments }).length;
  return { segments, cuts: session.cuts.filter((c) => c < length), mutations: mutations.map(describe) };
}

/** Hostile versions of sessions: 1..4 grammar-aware mutations applied to each. */
export function hostile(
  sessions: fc.Arbitrary<WireSession>,
  options: { maxMutations?: number } = {},
): fc.Arbitrary<HostileInput> {
  return fc
    .tuple(sessions, fc.array(mutation(), { minLength: 1, maxLength: options.maxMutations ?? 4 }))
    .map(([s, ms]) => applyMutations(s, ms));
}
