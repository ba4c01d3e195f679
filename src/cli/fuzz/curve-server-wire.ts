import { FLAG_COMMAND } from "../../zmtp/constants.js";
import { type KeyPair, nonce, open, precompute, seal } from "../../zmtp/curve-crypto.js";
import { encodeProperties } from "../../zmtp/metadata.js";
import { frameBytes } from "../../testing/wire.js";
import { type CurveMutation, seededBytes } from "./curve-wire.js";

/**
 * The CURVE server's side of a fuzz session (`purezmq fuzz --listen --mechanism curve`): open the client's HELLO and
 * INITIATE with the server's long-term secret and the case's seeded transient key, and write WELCOME, READY and
 * MESSAGE boxes with grammar-aware mutations. Each writer says why a correct client must refuse what it wrote.
 */

const COUNTER = (n: bigint): Buffer => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt.asUintN(64, n));
  return b;
};

const of = (mutations: readonly CurveMutation[], stage: string, index?: number) =>
  mutations.filter((m) => m.stage === stage && (index === undefined || m.index === index));

function flip(bytes: Uint8Array, at: number, bit: number): void {
  if (bytes.length > 0) bytes[at % bytes.length]! ^= 1 << (bit & 7);
}

function frameOf(body: Buffer, ms: readonly CurveMutation[], flags = FLAG_COMMAND): Buffer {
  let f = flags;
  for (const m of ms) if (m.op === "frame-flags") f = m.a & 0x07;
  return frameBytes(f, body, body.length > 255 || ms.some((m) => m.op === "long-header"));
}

/** Byte-level ops shared by the stages: a bit flip anywhere, a cut or an extension. */
function blind(body: Buffer, ms: readonly CurveMutation[]): Buffer {
  let out: Buffer = Buffer.from(body);
  for (const m of ms) {
    if (m.op === "flip") flip(out, m.a, m.b);
    else if (m.op === "length")
      out =
        m.a % 2 === 0
          ? out.subarray(0, Math.max(0, out.length - 1 - (m.a % 40)))
          : Buffer.concat([out, Buffer.alloc(1 + (m.b % 40))]);
  }
  return out;
}

/** The client's transient key from a HELLO, if it is a 200-byte HELLO 1.0 whose box opens. */
export function openHello(serverSecret: Uint8Array, body: Buffer): Uint8Array | undefined {
  if (body.length !== 200 || body.toString("latin1", 0, 6) !== "\x05HELLO") return undefined;
  const clientTransient = body.subarray(80, 112);
  const key = precompute(serverSecret, clientTransient);
  if (!key || !open(key, nonce("CurveZMQHELLO---", body.subarray(112, 120)), body.subarray(120, 200))) return undefined;
  return Uint8Array.from(clientTransient);
}

/** WELCOME: name, 16-byte nonce, box of [server transient key, cookie] for the client's transient key. */
export function welcomeFrame(
  serverSecret: Uint8Array,
  clientTransient: Uint8Array,
  transient: KeyPair,
  keySeed: number,
  mutations: readonly CurveMutation[],
): { frame: Buffer; refuse: string | undefined } {
  const ms = of(mutations, "welcome");
  const key = precompute(serverSecret, clientTransient);
  const welcomeNonce = seededBytes(keySeed, "welcome-nonce", 16);
  const plain = new Uint8Array(128);
  plain.set(transient.publicKey, 0);
  plain.set(seededBytes(keySeed, "cookie", 96), 32);
  const reference = Buffer.concat([
    Buffer.from("\x07WELCOME", "latin1"),
    welcomeNonce,
    key ? seal(key, nonce("WELCOME-", welcomeNonce), plain) : new Uint8Array(144),
  ]);
  let body: Buffer = Buffer.from(reference);
  for (const m of ms) if (m.op === "box-flip") flip(body.subarray(24), m.a, m.b);
  body = blind(body, ms);
  let refuse: string | undefined;
  if ((ms.reduce((f, m) => (m.op === "frame-flags" ? m.a & 7 : f), FLAG_COMMAND) & FLAG_COMMAND) === 0)
    refuse = "WELCOME in a data frame";
  else if (body.length !== 168) refuse = "WELCOME is not 168 bytes";
  else if (!body.equals(reference)) refuse = "WELCOME box does not authenticate";
  return { frame: frameOf(body, ms), refuse };
}

/** The client's INITIATE: its short nonce and metadata, if the box opens with the session key. */
export function openInitiate(sessionKey: Uint8Array | undefined, body: Buffer): { counter: bigint } | undefined {
  if (!sessionKey || body.length < 257 || body.toString("latin1", 0, 9) !== "\x08INITIATE") return undefined;
  const inner = open(sessionKey, nonce("CurveZMQINITIATE", body.subarray(105, 113)), body.subarray(113));
  return inner ? { counter: body.readBigUInt64BE(105) } : undefined;
}

/** READY: name, short nonce, box of our metadata. */
export function readyFrame(
  sessionKey: Uint8Array | undefined,
  socketType: string,
  mutations: readonly CurveMutation[],
): { frame: Buffer; refuse: string | undefined; counter: bigint } {
  const ms = of(mutations, "ready");
  let counter = 1n;
  let metadata = encodeProperties([["Socket-Type", Buffer.from(socketType)]]);
  let badMetadata: string | undefined;
  for (const m of ms) {
    if (m.op === "nonce") counter = [0n, 2n ** 63n, 2n ** 64n - 1n][m.a % 3]!;
    if (m.op === "metadata") {
      const variant = m.a % 3;
      if (variant === 0) {
        metadata = Buffer.from([11, ...Buffer.from("Socket-Type"), 0xff, 0xff, 0xff, 0xff]);
        badMetadata = "READY metadata malformed (value length past the end)";
      } else if (variant === 1) {
        metadata = Buffer.alloc(0); // no Socket-Type: accepted (H-8)
        badMetadata = undefined;
      } else {
        metadata = encodeProperties([["Socket-Type", Buffer.from("GATHERER")]]);
        badMetadata = "READY from an unknown Socket-Type";
      }
    }
  }
  const reference = Buffer.concat([
    Buffer.from("\x05READY", "latin1"),
    COUNTER(counter),
    sessionKey ? seal(sessionKey, nonce("CurveZMQREADY---", COUNTER(counter)), metadata) : new Uint8Array(16),
  ]);
  let body: Buffer = Buffer.from(reference);
  for (const m of ms) if (m.op === "box-flip") flip(body.subarray(14), m.a, m.b);
  body = blind(body, ms);
  let refuse: string | undefined;
  if ((ms.reduce((f, m) => (m.op === "frame-flags" ? m.a & 7 : f), FLAG_COMMAND) & FLAG_COMMAND) === 0)
    refuse = "READY in a data frame";
  else if (body.length < 30) refuse = "READY shorter than 30 bytes";
  else if (!body.equals(reference)) refuse = "READY box does not authenticate";
  else refuse = badMetadata;
  return { frame: frameOf(body, ms), refuse, counter };
}
