import fc from "fast-check";
import { FRAME, FrameDecoder } from "../../zmtp/decoder.js";
import { traffic } from "../../testing/index.js";
import type { CurveMutation, CurveStage, PlainFrameSpec } from "./curve-wire.js";
import { STRAY_NAMES } from "./curve-wire.js";

/**
 * Out-of-order variants of the client's side of the CURVE handshake. `initiate-early`: INITIATE (zero cookie) right
 * after HELLO, without waiting for WELCOME; `hello-twice`: a second HELLO where INITIATE belongs; `skip-hello`:
 * INITIATE first; `stray-before-hello` / `stray-after-hello`: a command a client never sends in the handshake
 * (WELCOME, READY, ERROR, PING, plaintext READY); `message-early`: a MESSAGE box right behind INITIATE, before READY;
 * `message-instead-of-initiate`: a MESSAGE where INITIATE belongs.
 */
export const ORDERS = [
  "initiate-early",
  "hello-twice",
  "skip-hello",
  "stray-before-hello",
  "stray-after-hello",
  "message-early",
  "message-instead-of-initiate",
] as const;
export type CurveOrder = (typeof ORDERS)[number];

/**
 * The orders that mean something when the fuzzer is the server (`--listen`): `stray-before-hello` a stray command
 * where WELCOME belongs, `skip-hello` READY before WELCOME, `hello-twice` WELCOME twice, `message-early` a MESSAGE
 * before READY.
 */
export const SERVER_ORDERS = ["stray-before-hello", "skip-hello", "hello-twice", "message-early"] as const;

/** Which side the fuzzer plays. */
export type CurveRole = "client" | "server";

/**
 * One CURVE case: everything the fuzzer's client does, as data. The bytes also depend on what the server answers
 * (its transient key and cookie), so a case is replayed by running the plan again, not by resending bytes.
 */
export interface CurvePlan {
  /** Seed of the client's transient key pair and vouch nonce for this case. */
  keySeed: number;
  order?: CurveOrder;
  /** Which stray command `stray-*` sends (index into STRAY_NAMES). */
  stray?: number;
  mutations: CurveMutation[];
  /** Post-handshake frames, each sent as one MESSAGE box. */
  frames: PlainFrameSpec[];
  /** Cut each write into pieces this long (0: whole). */
  chunk: number;
}

/** Ops per stage: the HELLO, INITIATE and MESSAGE fields the RFC defines, plus blind bit flips and lengths. */
const OPS: Record<CurveStage | "server-greeting", readonly string[]> = {
  greeting: ["minor", "mechanism", "as-server", "flip"],
  // As the server, no mechanism mismatch and no ERROR: a client must stop reconnecting after either (G-8, H-14).
  "server-greeting": ["minor", "as-server", "flip"],
  welcome: ["box-flip", "flip", "length", "frame-flags", "long-header"],
  ready: ["box-flip", "nonce", "metadata", "flip", "length", "frame-flags", "long-header"],
  hello: ["version", "padding", "nonce", "box-flip", "key", "flip", "length", "frame-flags", "long-header"],
  initiate: [
    "cookie-flip",
    "nonce",
    "box-flip",
    "vouch-flip",
    "vouch-server-key",
    "vouch-transient",
    "client-key",
    "metadata",
    "metadata",
    "flip",
    "length",
    "frame-flags",
    "long-header",
  ],
  message: [
    "mac-flip",
    "nonce-replay",
    "nonce-lower",
    "nonce-skip",
    "nonce-max",
    "inner-flags",
    "name",
    "short",
    "flip",
    "length",
    "frame-flags",
    "long-header",
  ],
} as const;

/** Split traffic segments (already ZMTP frames) back into (flags, body) for encryption. */
function framesOf(segments: ReadonlyArray<{ bytes: Buffer }>): PlainFrameSpec[] {
  const decoder = new FrameDecoder(1024 * 1024);
  decoder.push(Buffer.concat(segments.map((s) => s.bytes)));
  const frames: PlainFrameSpec[] = [];
  while (decoder.next() === FRAME) frames.push({ flags: decoder.flags, hex: decoder.body.toString("hex") });
  return frames;
}

function mutationArbitrary(messages: number, role: CurveRole): fc.Arbitrary<CurveMutation> {
  const position = fc.nat({ max: 4095 });
  const of = (stage: CurveStage, index?: number, ops: readonly string[] = OPS[stage]): fc.Arbitrary<CurveMutation> =>
    fc
      .record({ op: fc.constantFrom(...ops), a: position, b: fc.nat({ max: 255 }) })
      .map(({ op, a, b }) => (index === undefined ? { stage, op, a, b } : { stage, op, a, b, index }));
  const stages: Array<fc.WeightedArbitrary<CurveMutation>> = [
    { weight: 1, arbitrary: of("greeting", undefined, role === "client" ? OPS.greeting : OPS["server-greeting"]) },
    { weight: 4, arbitrary: of(role === "client" ? "hello" : "welcome") },
    { weight: 5, arbitrary: of(role === "client" ? "initiate" : "ready") },
  ];
  if (messages > 0)
    stages.push({ weight: 5, arbitrary: fc.nat({ max: messages - 1 }).chain((index) => of("message", index)) });
  return fc.oneof(...stages);
}

/** Valid CURVE sessions of a `socketType` client: no mutations, in order, traffic after the handshake. */
export function validCurvePlan(socketType: string): fc.Arbitrary<CurvePlan> {
  return fc
    .record({
      keySeed: fc.nat(),
      segments: traffic(socketType, { minor: 1, maxTraffic: 4, maxSize: 300 }),
      chunk: fc.constantFrom(0, 0, 0, 1, 7, 64),
    })
    .map(({ keySeed, segments, chunk }) => ({ keySeed, mutations: [], frames: framesOf(segments), chunk }));
}

/** Hostile CURVE sessions: a valid plan with 1-3 grammar-aware mutations and/or an out-of-order variant. */
export function hostileCurvePlan(socketType: string, role: CurveRole = "client"): fc.Arbitrary<CurvePlan> {
  return validCurvePlan(socketType).chain((plan) => {
    const frames = Math.max(plan.frames.length, 1);
    const withFrames = plan.frames.length > 0 ? plan.frames : [{ flags: 0, hex: "00" }];
    return fc
      .record({
        order: fc.option(fc.constantFrom<CurveOrder>(...(role === "client" ? ORDERS : SERVER_ORDERS)), { freq: 4 }),
        stray: fc.nat({ max: STRAY_NAMES.length - 1 }).filter((i) => role === "client" || STRAY_NAMES[i] !== "ERROR"),
        mutations: fc.array(mutationArbitrary(frames, role), { minLength: 1, maxLength: 3 }),
      })
      .map(({ order, stray, mutations }) => {
        const out: CurvePlan = { ...plan, frames: withFrames, mutations };
        if (order !== null) {
          out.order = order;
          if (order.startsWith("stray")) out.stray = stray;
        }
        return out;
      });
  });
}

/** One line per mutation, for the report and `--list`. */
export function describePlan(plan: CurvePlan): string[] {
  const lines = plan.mutations.map(
    (m) => `${m.stage}${m.index === undefined ? "" : `#${m.index}`} ${m.op}(${m.a},${m.b})`,
  );
  if (plan.order) lines.unshift(plan.stray === undefined ? plan.order : `${plan.order} ${STRAY_NAMES[plan.stray]}`);
  if (plan.chunk > 0) lines.push(`chunks of ${plan.chunk}`);
  return lines;
}

/** Smaller plans to try when shrinking a finding: fewer mutations, no reordering, fewer frames, whole writes. */
export function* simplerPlans(plan: CurvePlan): Generator<CurvePlan> {
  if (plan.order) yield { ...plan, order: undefined, stray: undefined };
  for (let i = 0; i < plan.mutations.length; i++)
    yield { ...plan, mutations: plan.mutations.filter((_, j) => j !== i) };
  if (plan.chunk > 0) yield { ...plan, chunk: 0 };
  const used = new Set(plan.mutations.map((m) => m.index).filter((i) => i !== undefined));
  for (let i = plan.frames.length - 1; i >= 0; i--) {
    if (used.has(i)) continue;
    yield {
      ...plan,
      frames: plan.frames.filter((_, j) => j !== i),
      mutations: plan.mutations.map((m) => (m.index !== undefined && m.index > i ? { ...m, index: m.index - 1 } : m)),
    };
  }
}
