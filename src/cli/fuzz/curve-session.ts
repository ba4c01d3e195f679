import type { Socket } from "node:net";
import { commandName, parseErrorReason } from "../../zmtp/commands.js";
import { FLAG_COMMAND } from "../../zmtp/constants.js";
import { nonce, open } from "../../zmtp/curve-crypto.js";
import { DECODE_ERROR, FRAME, FrameDecoder } from "../../zmtp/decoder.js";
import { parseProperties } from "../../zmtp/metadata.js";
import type { CurvePlan } from "./curve-plan.js";
import {
  type CurveIdentity,
  greetingBytes,
  helloFrame,
  initiateFrame,
  messageFrame,
  openReady,
  openWelcome,
  seededBytes,
  seededKeyPair,
  STRAY_NAMES,
  strayCommand,
  type Welcome,
} from "./curve-wire.js";
import { violation } from "./oracle.js";
import type { ExchangeOptions, Target } from "./target.js";

/** What one CURVE case did: unreachable target, a protocol problem in the answer, and the bytes we sent. */
export interface CurveCaseResult {
  unreachable?: string;
  problem?: string;
  sent: Buffer[];
  /** How far the handshake got: the last thing the server sent that we could open. */
  reached: CurveMilestone;
}

export type CurveMilestone = "nothing" | "WELCOME" | "READY" | "MESSAGE";

export interface CurveCaseContext {
  identity: CurveIdentity;
  socketType: string;
  exchange: ExchangeOptions;
  /** How long to wait for an answer the target owes us (WELCOME, READY, closing after a forged MESSAGE). */
  deadlineMs: number;
  checkAnswers: boolean;
}

export interface Frame {
  flags: number;
  body: Buffer;
}

/** One connection seen from the fuzzer: what we wrote, what came back, decoded into frames as it arrives. */
export class Conversation {
  readonly sent: Buffer[] = [];
  received = Buffer.alloc(0);
  readonly frames: Frame[] = [];
  decodeError: string | undefined;
  closed = false;
  reached: CurveMilestone = "nothing";
  private readonly decoder = new FrameDecoder(64 * 1024 * 1024);
  private decoded = 0;
  private wake: (() => void) | undefined;

  constructor(private readonly socket: Socket) {
    socket.on("data", (chunk: Buffer) => {
      if (this.received.length < 1024 * 1024) this.received = Buffer.concat([this.received, chunk]);
      this.decode();
      this.wake?.();
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      this.closed = true;
      this.wake?.();
    });
  }

  private decode(): void {
    if (this.received.length < 64 || this.decodeError) return;
    if (this.decoded < 64) this.decoded = 64;
    this.decoder.push(this.received.subarray(this.decoded));
    this.decoded = this.received.length;
    for (;;) {
      const result = this.decoder.next();
      if (result === FRAME) this.frames.push({ flags: this.decoder.flags, body: Buffer.from(this.decoder.body) });
      else {
        if (result === DECODE_ERROR) this.decodeError = this.decoder.error?.message ?? "undecodable frame";
        return;
      }
    }
  }

  write(bytes: Buffer, chunk: number): void {
    this.sent.push(bytes);
    if (this.socket.destroyed) return;
    if (chunk <= 0) this.socket.write(bytes);
    else for (let at = 0; at < bytes.length; at += chunk) this.socket.write(bytes.subarray(at, at + chunk));
  }

  /** Until `done()` holds, the peer closes, or `ms` pass. */
  async until(done: () => boolean, ms: number): Promise<void> {
    const stopAt = Date.now() + ms;
    while (!done() && !this.closed && Date.now() < stopAt) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, stopAt - Date.now());
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  /** Until the peer has been quiet for `quietMs` (or closes), at most `ms`. */
  async settle(quietMs: number, ms: number): Promise<void> {
    const stopAt = Date.now() + ms;
    let seen = -1;
    while (!this.closed && seen !== this.received.length && Date.now() < stopAt) {
      seen = this.received.length;
      await this.until(() => this.received.length !== seen, Math.min(quietMs, stopAt - Date.now()));
    }
  }

  hangUp(): void {
    this.socket.removeAllListeners("data");
    this.socket.destroy();
  }
}

/** Why a command frame from a CURVE server is malformed, or undefined. */
export function malformedCommand(frame: Frame): string | undefined {
  if ((frame.flags & FLAG_COMMAND) === 0) return "a data frame where a CURVE handshake command belongs";
  const name = commandName(frame.body);
  if (name === undefined)
    return `malformed command frame (${frame.body.length} bytes: ${frame.body.subarray(0, 16).toString("hex")})`;
  if (name === "ERROR" && parseErrorReason(frame.body.subarray(6)) === undefined) return "malformed ERROR command";
  return undefined;
}

/** Judge the server's MESSAGE boxes after READY: framing, strictly increasing nonces, authentication, inner flags. */
export function judgeMessages(
  frames: readonly Frame[],
  sessionKey: Uint8Array,
  readyCounter: bigint,
  noncePrefix = "CurveZMQMESSAGES",
  who = "server",
): string | undefined {
  let last = readyCounter;
  for (const frame of frames) {
    const body = frame.body;
    if (body.length < 33 || body.toString("latin1", 0, 8) !== "\x07MESSAGE")
      return `expected a CURVE MESSAGE from the ${who} after READY, got ${body.length} bytes: ${body.subarray(0, 16).toString("hex")}`;
    const counter = body.readBigUInt64BE(8);
    if (counter <= last) return `${who} MESSAGE nonce ${counter} does not increase (previous ${last})`;
    last = counter;
    const plain = open(sessionKey, nonce(noncePrefix, body.subarray(8, 16)), body.subarray(16));
    if (plain === undefined) return `${who} MESSAGE (nonce ${counter}) does not authenticate`;
    if ((plain[0]! & ~0x03) !== 0) return `${who} MESSAGE inner flags 0x${plain[0]!.toString(16)} has undefined bits`;
    if ((plain[0]! & 0x02) !== 0 && commandName(Buffer.from(plain.subarray(1))) === undefined)
      return `${who} MESSAGE carries a malformed command`;
  }
  return undefined;
}

/**
 * Run one CURVE plan against a server: greeting and HELLO, WELCOME opened with the case's transient key, INITIATE
 * built on the server's cookie, READY opened, then MESSAGE boxes; mutations and reorderings as the plan says. The
 * answer is judged where RFC 26 leaves the server no choice: a WELCOME or READY to a HELLO or INITIATE that must be
 * refused, boxes that do not authenticate, nonces that do not increase, a session kept open after a forged MESSAGE.
 */
export async function runCurveCase(
  target: Target,
  plan: CurvePlan,
  context: CurveCaseContext,
): Promise<CurveCaseResult> {
  const socket = await target.open(context.exchange.openMs);
  if (typeof socket === "string") return { unreachable: socket, sent: [], reached: "nothing" };
  const talk = new Conversation(socket);
  try {
    const problem = await converse(talk, plan, context);
    return { problem: context.checkAnswers ? problem : undefined, sent: talk.sent, reached: talk.reached };
  } finally {
    talk.hangUp();
  }
}

async function converse(talk: Conversation, plan: CurvePlan, context: CurveCaseContext): Promise<string | undefined> {
  const { identity, socketType, exchange } = context;
  const transient = seededKeyPair(plan.keySeed, "transient");
  const vouchNonce = seededBytes(plan.keySeed, "vouch", 16);
  const greeting = greetingBytes(plan.mutations);
  // A mangled greeting may make the server downgrade or answer another mechanism: judge only crashes and hangs.
  const judge = !plan.mutations.some((m) => m.stage === "greeting");
  const hello = helloFrame(identity, transient, plan.mutations);
  const stray = strayCommand(plan.stray ?? 0, plan.keySeed);
  const early = (): Buffer =>
    initiateFrame(identity, transient, undefined, socketType, vouchNonce, plan.mutations).frame;

  let first = greeting;
  // Why the server must not answer WELCOME / READY, when it must not.
  let noWelcome = hello.refuse;
  if (plan.order === "stray-before-hello") {
    first = Buffer.concat([first, stray, hello.frame]);
    noWelcome = `${STRAY_NAMES[plan.stray ?? 0]} before HELLO`;
  } else if (plan.order === "skip-hello") {
    first = Buffer.concat([first, early()]);
    noWelcome = "INITIATE without HELLO";
  } else first = Buffer.concat([first, hello.frame]);
  let noReady: string | undefined;
  if (plan.order === "initiate-early") {
    first = Buffer.concat([first, early()]);
    noReady = "INITIATE sent before WELCOME (no cookie)";
  }
  if (plan.order === "stray-after-hello") {
    first = Buffer.concat([first, stray]);
    noReady = `${STRAY_NAMES[plan.stray ?? 0]} where INITIATE belongs`;
  }
  talk.write(first, plan.chunk);

  const settle = (): Promise<void> => talk.settle(exchange.settleMs, exchange.maxMs);
  await talk.until(
    () => talk.frames.length >= 1 || talk.decodeError !== undefined,
    noWelcome === undefined ? context.deadlineMs : exchange.settleMs * 4,
  );
  const greetingProblem = violation(greeting, talk.received.subarray(0, 64), "CURVE");
  if (greetingProblem) return greetingProblem;
  if (!judge) return settle().then(() => undefined);
  if (talk.decodeError) return `undecodable frame after the greeting: ${talk.decodeError}`;
  const welcomeFrame = talk.frames[0];
  if (welcomeFrame === undefined) return undefined; // refused by closing, or silent: liveness decides
  const bad = malformedCommand(welcomeFrame);
  if (bad) return bad;
  const firstName = commandName(welcomeFrame.body)!;
  if (firstName === "ERROR") return undefined;
  if (firstName !== "WELCOME") return `first command is ${firstName}, expected WELCOME or ERROR`;
  if (noWelcome) return `WELCOME in answer to a HELLO that must be refused: ${noWelcome}`;
  const welcome: Welcome | undefined = openWelcome(hello.helloKey, welcomeFrame.body);
  if (welcome === undefined) return `WELCOME (${welcomeFrame.body.length} bytes) does not open with our transient key`;
  talk.reached = "WELCOME";

  let sessionKey: Uint8Array | undefined;
  let last = 2n;
  let pending = plan.frames;
  if (plan.order === "hello-twice") {
    talk.write(hello.frame, plan.chunk);
    noReady = "a second HELLO where INITIATE belongs";
  } else if (plan.order === "message-instead-of-initiate") {
    const initiate = initiateFrame(identity, transient, welcome, socketType, vouchNonce, []);
    talk.write(
      messageFrame(initiate.sessionKey, 3n, 2n, plan.frames[0] ?? { flags: 0, hex: "" }, -1, []).frame,
      plan.chunk,
    );
    noReady = "MESSAGE where INITIATE belongs";
  } else if (noReady === undefined) {
    const initiate = initiateFrame(identity, transient, welcome, socketType, vouchNonce, plan.mutations);
    sessionKey = initiate.sessionKey;
    noReady = initiate.refuse;
    const nonceOp = plan.mutations.find((m) => m.stage === "initiate" && m.op === "nonce");
    if (nonceOp) last = [0n, 1n, 3n, 2n ** 64n - 1n][nonceOp.a % 4]!;
    let bytes = initiate.frame;
    if (plan.order === "message-early" && pending.length > 0) {
      const m = messageFrame(sessionKey, last + 1n, last, pending[0]!, 0, plan.mutations);
      bytes = Buffer.concat([bytes, m.frame]);
      last = m.next - 1n;
      pending = pending.slice(1);
    }
    talk.write(bytes, plan.chunk);
  }

  await talk.until(
    () => talk.frames.length >= 2 || talk.decodeError !== undefined,
    noReady === undefined ? context.deadlineMs : exchange.settleMs * 4,
  );
  if (talk.decodeError) return `undecodable frame: ${talk.decodeError}`;
  const readyFrame = talk.frames[1];
  if (readyFrame === undefined) return undefined;
  const badReady = malformedCommand(readyFrame);
  if (badReady) return badReady;
  const secondName = commandName(readyFrame.body)!;
  if (secondName === "ERROR") return undefined;
  if (secondName !== "READY") return `second command is ${secondName}, expected READY or ERROR`;
  if (noReady) return `READY in answer to an INITIATE that must be refused: ${noReady}`;
  const ready = openReady(sessionKey, readyFrame.body);
  if (ready === undefined) return `READY (${readyFrame.body.length} bytes) does not open with the session key`;
  const properties = parseProperties(ready.metadata);
  if (properties instanceof Error) return `READY metadata does not parse: ${properties.message}`;
  if (!properties.has("Socket-Type")) return "READY without Socket-Type";
  talk.reached = "READY";

  let forged: string | undefined;
  for (let i = plan.order === "message-early" ? 1 : 0; i < plan.frames.length && pending.length > 0; i++) {
    const m = messageFrame(sessionKey, last + 1n, last, pending[0]!, i, plan.mutations);
    pending = pending.slice(1);
    talk.write(m.frame, plan.chunk);
    last = m.next - 1n;
    if (m.refuse) {
      forged = m.refuse;
      break;
    }
  }
  if (forged) await talk.until(() => false, context.deadlineMs);
  else await settle();
  const messages = judgeMessages(talk.frames.slice(2), sessionKey!, ready.counter);
  if (messages) return messages;
  if (talk.frames.length > 2) talk.reached = "MESSAGE";
  if (forged && !talk.closed) return `connection still open ${context.deadlineMs} ms after a forged MESSAGE: ${forged}`;
  return undefined;
}
