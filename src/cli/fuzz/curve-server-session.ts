import { commandName } from "../../zmtp/commands.js";
import { precompute } from "../../zmtp/curve-crypto.js";
import type { CurvePlan } from "./curve-plan.js";
import { openHello, openInitiate, readyFrame, welcomeFrame } from "./curve-server-wire.js";
import {
  type CurveCaseContext,
  type CurveCaseResult,
  Conversation,
  judgeMessages,
  malformedCommand,
} from "./curve-session.js";
import { greetingBytes, messageFrame, STRAY_NAMES, seededKeyPair, strayCommand } from "./curve-wire.js";
import { violation } from "./oracle.js";
import type { Target } from "./target.js";

/**
 * Play the CURVE server toward a client under test (`--listen`): our greeting, the client's HELLO opened with the
 * server's long-term secret, a WELCOME with the case's seeded transient key, the client's INITIATE opened, READY,
 * then MESSAGE boxes; mutations and reorderings as the plan says. Judged where RFC 26 leaves the client no choice:
 * no INITIATE after a WELCOME it must refuse, no MESSAGE (and a closed connection) after a READY or MESSAGE it must
 * refuse, its own boxes authentic with increasing nonces.
 */
export async function runCurveServerCase(
  target: Target,
  plan: CurvePlan,
  serverSecret: Uint8Array,
  context: Omit<CurveCaseContext, "identity">,
): Promise<CurveCaseResult> {
  const socket = await target.open(context.exchange.openMs);
  if (typeof socket === "string") return { unreachable: socket, sent: [], reached: "nothing" };
  const talk = new Conversation(socket);
  try {
    const problem = await serve(talk, plan, serverSecret, context);
    return { problem: context.checkAnswers ? problem : undefined, sent: talk.sent, reached: talk.reached };
  } finally {
    talk.hangUp();
  }
}

/** Our greeting as a CURVE server: the client's greeting mutations, with as-server set unless a mutation set it. */
export function serverGreeting(plan: CurvePlan): Buffer {
  const g = greetingBytes(plan.mutations);
  if (!plan.mutations.some((m) => m.stage === "greeting" && m.op === "as-server")) g[32] = 1;
  return g;
}

async function serve(
  talk: Conversation,
  plan: CurvePlan,
  serverSecret: Uint8Array,
  context: Omit<CurveCaseContext, "identity">,
): Promise<string | undefined> {
  const { exchange } = context;
  const transient = seededKeyPair(plan.keySeed, "server-transient");
  const greeting = serverGreeting(plan);
  const judge = !plan.mutations.some((m) => m.stage === "greeting");
  talk.write(greeting, plan.chunk);
  await talk.until(() => talk.frames.length >= 1 || talk.decodeError !== undefined, context.deadlineMs);
  const greetingProblem = violation(greeting, talk.received.subarray(0, 64), "CURVE");
  if (greetingProblem) return greetingProblem;
  if (!judge) return talk.settle(exchange.settleMs, exchange.maxMs).then(() => undefined);
  if (talk.decodeError) return `undecodable frame after the greeting: ${talk.decodeError}`;
  const helloFrame = talk.frames[0];
  if (helloFrame === undefined) return undefined;
  const bad = malformedCommand(helloFrame);
  if (bad) return bad;
  const first = commandName(helloFrame.body);
  if (first !== "HELLO") return `first command from a CURVE client is ${first}, expected HELLO`;
  const clientTransient = openHello(serverSecret, helloFrame.body);
  if (!clientTransient) return "HELLO is not a 200-byte HELLO 1.0 that opens with the server key";
  const sessionKey = precompute(transient.secretKey, clientTransient);

  // Why the client must not answer with INITIATE, when it must not.
  let noInitiate: string | undefined;
  if (plan.order === "stray-before-hello") {
    talk.write(strayCommand(plan.stray ?? 0, plan.keySeed), plan.chunk);
    noInitiate = `${STRAY_NAMES[plan.stray ?? 0]} where WELCOME belongs`;
  } else if (plan.order === "skip-hello") {
    talk.write(readyFrame(sessionKey, context.socketType, []).frame, plan.chunk);
    noInitiate = "READY before WELCOME";
  }
  const welcome = welcomeFrame(serverSecret, clientTransient, transient, plan.keySeed, plan.mutations);
  talk.write(welcome.frame, plan.chunk);
  noInitiate ??= welcome.refuse;
  let mustClose: string | undefined;
  if (plan.order === "hello-twice") {
    talk.write(welcome.frame, plan.chunk);
    mustClose = "a second WELCOME";
  }
  await talk.until(
    () => talk.frames.length >= 2 || talk.decodeError !== undefined,
    noInitiate === undefined ? context.deadlineMs : exchange.settleMs * 4,
  );
  if (talk.decodeError) return `undecodable frame: ${talk.decodeError}`;
  const initiateFrame = talk.frames[1];
  if (initiateFrame === undefined) return undefined;
  const badInitiate = malformedCommand(initiateFrame);
  if (badInitiate) return badInitiate;
  const second = commandName(initiateFrame.body);
  if (second === "ERROR") return undefined;
  if (second !== "INITIATE") return `second command from a CURVE client is ${second}, expected INITIATE or ERROR`;
  if (noInitiate) return `INITIATE in answer to a WELCOME that must be refused: ${noInitiate}`;
  const initiate = openInitiate(sessionKey, initiateFrame.body);
  if (!initiate) return "INITIATE does not open with the session key";
  talk.reached = "WELCOME";

  let last = 0n;
  if (plan.order === "message-early" && plan.frames.length > 0) {
    talk.write(messageFrame(sessionKey, 2n, 1n, plan.frames[0]!, -1, [], "CurveZMQMESSAGES").frame, plan.chunk);
    mustClose ??= "MESSAGE before READY";
  }
  const ready = readyFrame(sessionKey, context.socketType, plan.mutations);
  talk.write(ready.frame, plan.chunk);
  mustClose ??= ready.refuse;
  last = ready.counter;
  if (!mustClose) {
    talk.reached = "READY";
    for (let i = 0; i < plan.frames.length; i++) {
      const m = messageFrame(sessionKey, last + 1n, last, plan.frames[i]!, i, plan.mutations, "CurveZMQMESSAGES");
      talk.write(m.frame, plan.chunk);
      last = m.next - 1n;
      if (m.refuse) {
        mustClose = m.refuse;
        break;
      }
    }
  }
  if (mustClose) await talk.until(() => false, context.deadlineMs);
  else await talk.settle(exchange.settleMs, exchange.maxMs);
  const messages = judgeMessages(talk.frames.slice(2), sessionKey!, initiate.counter, "CurveZMQMESSAGEC", "client");
  if (messages) return messages;
  if (talk.frames.length > 2) talk.reached = "MESSAGE";
  if (mustClose && !talk.closed) return `connection still open ${context.deadlineMs} ms after ${mustClose}`;
  return undefined;
}
