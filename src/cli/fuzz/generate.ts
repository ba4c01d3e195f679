import fc from "fast-check";
import { type CurvePlan, type CurveRole, describePlan, hostileCurvePlan, validCurvePlan } from "./curve-plan.js";
import { type CurveIdentity, greetingBytes, helloFrame, seededKeyPair } from "./curve-wire.js";
import {
  handshake,
  hostile,
  session,
  sessionWrites,
  type HostileInput,
  type WireSession,
} from "../../testing/index.js";

export type FuzzMechanism = "NULL" | "PLAIN" | "CURVE";

export interface CaseSpec {
  /** The socket type the fuzzer plays, uppercase. */
  socketType: string;
  mechanism: FuzzMechanism;
  username: string;
  password: string;
}

/** One generated case: the writes to make and how they were made. */
export interface FuzzCase {
  readonly index: number;
  readonly writes: Buffer[];
  readonly mutations: readonly string[];
  readonly segments: readonly string[];
  /** CURVE: the session to run (the writes then only show its opening: greeting and HELLO). */
  readonly plan?: CurvePlan;
}

/** Every tenth case is a valid session: its answer must be entirely valid, which hostile ones cannot promise. */
const VALID_EVERY = 10;

/**
 * Deterministic cases: case `i` of seed `s` is always the same bytes (fast-check's generator seeded per case), so a
 * finding can be regenerated from (seed, index) alone and runs can be split or resumed.
 */
export class CaseGenerator {
  private readonly valid: fc.Arbitrary<WireSession>;
  private readonly mutated: fc.Arbitrary<HostileInput>;
  private readonly curve: { valid: fc.Arbitrary<CurvePlan>; hostile: fc.Arbitrary<CurvePlan> } | undefined;

  constructor(
    private readonly seed: number,
    spec: CaseSpec,
    private readonly identity?: CurveIdentity,
    role: CurveRole = "client",
  ) {
    if (spec.mechanism === "CURVE")
      this.curve = { valid: validCurvePlan(spec.socketType), hostile: hostileCurvePlan(spec.socketType, role) };
    const options = {
      socketType: spec.socketType,
      mechanism: spec.mechanism,
      username: spec.username,
      password: spec.password,
    };
    const plainOptions = { ...options, mechanism: spec.mechanism === "CURVE" ? ("NULL" as const) : spec.mechanism };
    this.valid = session(plainOptions);
    this.mutated = hostile(session(plainOptions));
  }

  case(index: number): FuzzCase {
    const seed = (Math.imul(this.seed, 0x9e3779b1) + index) | 0;
    if (this.curve) return this.curveCase(index, seed);
    if (index % VALID_EVERY === VALID_EVERY - 1) {
      const [s] = fc.sample(this.valid, { seed, numRuns: 1 });
      return { index, writes: sessionWrites(s!), mutations: [], segments: s!.segments.map((x) => x.label) };
    }
    const [h] = fc.sample(this.mutated, { seed, numRuns: 1 });
    return { index, writes: sessionWrites(h!), mutations: h!.mutations, segments: h!.segments.map((x) => x.label) };
  }

  private curveCase(index: number, seed: number): FuzzCase {
    const valid = index % VALID_EVERY === VALID_EVERY - 1;
    const [plan] = fc.sample(valid ? this.curve!.valid : this.curve!.hostile, { seed, numRuns: 1 });
    const writes = this.identity ? [curveOpening(plan!, this.identity)] : [greetingBytes(plan!.mutations)];
    return {
      index,
      writes,
      mutations: describePlan(plan!),
      segments: ["greeting", "HELLO", "INITIATE", `${plan!.frames.length} MESSAGE`],
      plan,
    };
  }
}

/** The first bytes a CURVE plan writes (greeting and HELLO, without reordering): what `--list` shows. */
export function curveOpening(plan: CurvePlan, identity: CurveIdentity): Buffer {
  const hello = helloFrame(identity, seededKeyPair(plan.keySeed, "transient"), plan.mutations);
  return Buffer.concat([greetingBytes(plan.mutations), hello.frame]);
}

/**
 * The fixed valid handshake the liveness probe sends (no identity, minimal metadata). For PLAIN only greeting +
 * HELLO: RFC 24 has the client wait for WELCOME before INITIATE, and libzmq drops a connection whose INITIATE
 * arrives while its ZAP request is pending. WELCOME is answer enough to show the target is alive.
 */
export function probeBytes(spec: CaseSpec, identity?: CurveIdentity): Buffer {
  if (spec.mechanism === "CURVE") return curveOpening({ keySeed: 0, mutations: [], frames: [], chunk: 0 }, identity!);
  const [segments] = fc.sample(
    handshake({
      socketType: spec.socketType,
      mechanism: spec.mechanism,
      minor: 1,
      username: spec.username,
      password: spec.password,
      identity: Buffer.alloc(0),
    }),
    { seed: 1, numRuns: 1 },
  );
  const sent = spec.mechanism === "PLAIN" ? segments!.slice(0, 2) : segments!;
  return Buffer.concat(sent.map((s) => s.bytes));
}
