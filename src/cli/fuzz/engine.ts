import { setTimeout as sleep } from "node:timers/promises";
import type { CurvePlan } from "./curve-plan.js";
import { runCurveServerCase, serverGreeting } from "./curve-server-session.js";
import { type CurveMilestone, runCurveCase } from "./curve-session.js";
import type { CurveIdentity } from "./curve-wire.js";
import type { TargetProcess } from "./exec.js";
import { probeBytes, type CaseSpec } from "./generate.js";
import { handshakeAnswered, violation } from "./oracle.js";
import type { FindingKind } from "./reproducer.js";
import { exchange, type ExchangeOptions, type Target } from "./target.js";

export interface Verdict {
  kind: FindingKind;
  detail: string;
}

export interface EngineOptions {
  target: Target;
  spec: CaseSpec;
  exchange: ExchangeOptions;
  /** How long a valid handshake may wait for its answer before the target counts as hung. */
  deadlineMs: number;
  process?: TargetProcess;
  /** Also judge what comes back (off: only crashes and hangs count). */
  checkAnswers: boolean;
  /** CURVE keys (with mechanism CURVE, playing the client). */
  curve?: CurveIdentity;
  /** The server's long-term secret (with mechanism CURVE, playing the server: --listen). */
  curveServerSecret?: Uint8Array;
}

/** What one attempt at a case produced, before liveness is checked. */
interface Outcome {
  unreachable?: string;
  problem?: string;
}

/** Runs one case at a time against the target and says what, if anything, went wrong. */
export class Engine {
  private readonly probe: Buffer;
  /** CURVE cases by how far their handshake got: evidence the fuzzer reaches past HELLO. */
  readonly reached: Record<CurveMilestone, number> = { nothing: 0, WELCOME: 0, READY: 0, MESSAGE: 0 };

  constructor(private readonly o: EngineOptions) {
    this.probe = o.curveServerSecret
      ? serverGreeting({ keySeed: 0, mutations: [], frames: [], chunk: 0 })
      : probeBytes(o.spec, o.curve);
  }

  /** Which side of the handshake the fuzzer plays. */
  private get role(): "client" | "server" {
    return this.o.curveServerSecret ? "server" : "client";
  }

  /** Is the target alive and answering a valid handshake? */
  async liveness(): Promise<Verdict | undefined> {
    const mechanism = this.o.spec.mechanism;
    const answer = await exchange(this.o.target, [this.probe], {
      ...this.o.exchange,
      openMs: this.o.deadlineMs,
      settleMs: this.o.deadlineMs,
      maxMs: this.o.deadlineMs,
      enough: (r) => handshakeAnswered(r, mechanism, this.role),
    });
    if (answer.unreachable) {
      return {
        kind: "crash",
        detail: this.o.process?.deathReport() ?? `endpoint stopped accepting connections (${answer.unreachable})`,
      };
    }
    if (handshakeAnswered(answer.response, mechanism, this.role)) return undefined;
    if (answer.closedByPeer)
      return {
        kind: "refused",
        detail: `a valid ${this.o.spec.socketType} handshake was refused (connection closed after ${answer.response.length} bytes)`,
      };
    return {
      kind: "hang",
      detail: `no answer to a valid ${this.o.spec.socketType} handshake within ${this.o.deadlineMs} ms (${answer.response.length} bytes came back)`,
    };
  }

  /** Liveness, asked up to three times so a transient hiccup (full backlog, slow scheduler) is not a finding. */
  async confirmedLiveness(): Promise<Verdict | undefined> {
    let verdict: Verdict | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      verdict = await this.liveness();
      if (!verdict) return undefined;
      if (this.o.process?.exit) return { kind: "crash", detail: this.o.process.deathReport()! };
      await sleep(200 * (attempt + 1));
    }
    return verdict;
  }

  /** Run one case of bytes; a verdict when it found something. */
  run(writes: readonly Buffer[], probeAfter: boolean): Promise<Verdict | undefined> {
    return this.judge(async () => {
      const answer = await exchange(this.o.target, writes, this.o.exchange);
      if (answer.unreachable || !this.o.checkAnswers) return { unreachable: answer.unreachable };
      return { problem: violation(Buffer.concat(writes), answer.response, this.o.spec.mechanism) };
    }, probeAfter);
  }

  /** Run one CURVE plan (an interactive session); a verdict when it found something. */
  runCurve(plan: CurvePlan, probeAfter: boolean): Promise<Verdict | undefined> {
    return this.judge(async () => {
      const context = {
        socketType: this.o.spec.socketType,
        exchange: this.o.exchange,
        deadlineMs: this.o.deadlineMs,
        checkAnswers: this.o.checkAnswers,
      };
      const result = this.o.curveServerSecret
        ? await runCurveServerCase(this.o.target, plan, this.o.curveServerSecret, context)
        : await runCurveCase(this.o.target, plan, { ...context, identity: this.o.curve! });
      this.reached[result.reached]++;
      return result;
    }, probeAfter);
  }

  private async judge(attempt: () => Promise<Outcome>, probeAfter: boolean): Promise<Verdict | undefined> {
    const outcome = await attempt();
    if (outcome.unreachable) {
      const verdict = await this.confirmedLiveness();
      // Unreachable before our bytes went out: whatever broke it happened earlier. Report it all the same.
      if (verdict) return { kind: verdict.kind, detail: `${verdict.detail} (already before this case was sent)` };
      return undefined;
    }
    if (outcome.problem) return { kind: "violation", detail: outcome.problem };
    if (this.o.process?.exit) return { kind: "crash", detail: this.o.process.deathReport()! };
    if (!probeAfter) return undefined;
    return this.confirmedLiveness();
  }

  /** Whether `bytes` (sent in one write) or a CURVE plan still produce a finding of `kind` (restarting a dead target first). */
  async reproduces(kind: FindingKind, input: Buffer | CurvePlan): Promise<boolean> {
    if (kind !== "violation" && this.o.process) {
      if (this.o.process.exit || (await this.liveness())) await this.restartTarget();
    }
    const probeAfter = kind !== "violation";
    const verdict = Buffer.isBuffer(input)
      ? await this.run([input], probeAfter)
      : await this.runCurve(input, probeAfter);
    return verdict?.kind === kind;
  }

  /** Restart the target process and wait until it answers again. */
  async restartTarget(): Promise<boolean> {
    if (!this.o.process) return false;
    await this.o.process.restart();
    for (let i = 0; i < 100; i++) {
      await sleep(100);
      if (this.o.process.exit) return false;
      if (!(await this.liveness())) return true;
    }
    return false;
  }
}
