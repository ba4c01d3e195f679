import { createHash } from "node:crypto";
import { readyBody } from "../../zmtp/commands.js";
import { FLAG_COMMAND } from "../../zmtp/constants.js";
import { type KeyPair, nonce, open, precompute, publicKeyOf, seal } from "../../zmtp/curve-crypto.js";
import { encodeProperties, getProperty, parseProperties } from "../../zmtp/metadata.js";
import { frameBytes } from "../../testing/wire.js";

/**
 * The CURVE handshake and MESSAGE boxes as the fuzzer's client writes them (RFC 26 as libzmq speaks it), each field
 * reachable by a mutation. Pure functions of their inputs: the transient key and vouch nonce come from the case's
 * seed (`seededBytes`), never from the library's CSPRNG, so a case is the same session every time it runs. The
 * library's own CurveClient is not used: it must keep drawing fresh keys from the CSPRNG.
 */

export type CurveStage = "greeting" | "hello" | "initiate" | "welcome" | "ready" | "message";

/**
 * One grammar-aware change. `a` and `b` are the op's parameters (a position, a value, a variant); `index` is the
 * MESSAGE it applies to. Plain numbers, so a plan is JSON and a reproducer replays it exactly.
 */
export interface CurveMutation {
  stage: CurveStage;
  op: string;
  a: number;
  b: number;
  index?: number;
}

/** The long-term keys of a CURVE session: the server's public key, the client's pair. */
export interface CurveIdentity {
  serverKey: Uint8Array;
  clientPublic: Uint8Array;
  clientSecret: Uint8Array;
}

/** Deterministic bytes for (seed, label): SHA-256 in counter mode. Not a CSPRNG for real keys: fuzzing only. */
export function seededBytes(seed: number, label: string, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let block = 0, at = 0; at < length; block++, at += 32) {
    const digest = createHash("sha256").update(`purezmq-fuzz/${seed}/${label}/${block}`).digest();
    out.set(digest.subarray(0, Math.min(32, length - at)), at);
  }
  return out;
}

export function seededKeyPair(seed: number, label: string): KeyPair {
  const secretKey = seededBytes(seed, label, 32);
  return { secretKey, publicKey: publicKeyOf(secretKey) };
}

/** The little-endian u-coordinate 0 and 1: low-order points whose shared secret is all zero. */
const LOW_ORDER_KEYS = [new Uint8Array(32), Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? 1 : 0))];

const NAMES = {
  HELLO: Buffer.from("\x05HELLO", "latin1"),
  WELCOME: Buffer.from("\x07WELCOME", "latin1"),
  INITIATE: Buffer.from("\x08INITIATE", "latin1"),
  READY: Buffer.from("\x05READY", "latin1"),
  MESSAGE: Buffer.from("\x07MESSAGE", "latin1"),
};

function counterBytes(counter: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt.asUintN(64, counter));
  return b;
}

function flipBit(bytes: Uint8Array, at: number, bit: number): void {
  if (bytes.length > 0) bytes[at % bytes.length]! ^= 1 << (bit & 7);
}

/** Apply the generic (grammar-blind) ops every stage shares to a finished command body. */
function generic(body: Buffer, m: CurveMutation): Buffer {
  if (m.op === "flip") {
    const copy = Buffer.from(body);
    flipBit(copy, m.a, m.b);
    return copy;
  }
  if (m.op === "length") {
    // a: how many bytes to cut (negative: append b-valued bytes)
    if (m.a >= 0) return body.subarray(0, Math.max(0, body.length - 1 - (m.a % body.length)));
    return Buffer.concat([body, Buffer.alloc(-m.a, m.b & 0xff)]);
  }
  return body;
}

/** The frame flags after the `frame-flags` ops (the last one wins). */
function frameFlags(mutations: readonly CurveMutation[], flags = FLAG_COMMAND): number {
  let f = flags;
  for (const m of mutations) if (m.op === "frame-flags") f = m.a & 0x07;
  return f;
}

/** Frame a command body, with the ops that change the frame rather than the body. */
function frame(body: Buffer, mutations: readonly CurveMutation[], flags = FLAG_COMMAND): Buffer {
  return frameBytes(
    frameFlags(mutations, flags),
    body,
    body.length > 255 || mutations.some((m) => m.op === "long-header"),
  );
}

const of = (mutations: readonly CurveMutation[], stage: CurveStage, index?: number) =>
  mutations.filter((m) => m.stage === stage && (index === undefined || m.index === index));

/** ZMTP 3.1 greeting for a CURVE client. */
export function greetingBytes(mutations: readonly CurveMutation[]): Buffer {
  const g = Buffer.alloc(64);
  g[0] = 0xff;
  g[9] = 0x7f;
  g[10] = 3;
  g[11] = 1;
  g.write("CURVE", 12, "latin1");
  for (const m of of(mutations, "greeting")) {
    if (m.op === "minor") g[11] = m.a & 0xff;
    else if (m.op === "mechanism") g.write(["NULL\0", "PLAIN", "curve", "CURVF", "GSSAPI"][m.a % 5]!, 12, "latin1");
    else if (m.op === "as-server") g[32] = m.a & 0xff;
    else if (m.op === "flip") flipBit(g, 10 + (m.a % 54), m.b);
  }
  return g;
}

export interface HelloResult {
  frame: Buffer;
  /** Box key between our transient key and the server's long-term key: opens WELCOME. */
  helloKey: Uint8Array | undefined;
  /** Why RFC 26 / libzmq leave the server no choice but to refuse this HELLO (no WELCOME may come back). */
  refuse: string | undefined;
}

/** HELLO: name, version 1.0, 72 bytes of padding, client transient key, short nonce, box of 64 zero bytes. */
export function helloFrame(
  identity: CurveIdentity,
  transient: KeyPair,
  mutations: readonly CurveMutation[],
): HelloResult {
  const ms = of(mutations, "hello");
  let counter = 1n;
  let transientPublic: Uint8Array = transient.publicKey;
  for (const m of ms) {
    if (m.op === "nonce") counter = [0n, 1n, 2n ** 63n, 2n ** 64n - 1n][m.a % 4]!;
    if (m.op === "key")
      transientPublic =
        m.a % 2 === 0 ? LOW_ORDER_KEYS[m.b % 2]! : seededKeyPair(m.a + m.b, "other-transient").publicKey;
  }
  const helloKey = precompute(transient.secretKey, identity.serverKey);
  const reference = Buffer.alloc(200);
  NAMES.HELLO.copy(reference, 0);
  reference[6] = 1;
  reference.set(transient.publicKey, 80);
  reference.set(counterBytes(counter), 112);
  if (helloKey)
    reference.set(seal(helloKey, nonce("CurveZMQHELLO---", counterBytes(counter)), new Uint8Array(64)), 120);
  const body = Buffer.from(reference);
  body.set(transientPublic, 80);
  // In-place field ops first, then the ops that copy or resize the body.
  for (const m of ms) {
    if (m.op === "version") {
      body[6] = m.a & 0xff;
      body[7] = m.b & 0xff;
    } else if (m.op === "padding") body[8 + (m.a % 72)] = m.b & 0xff || 1;
    else if (m.op === "box-flip") flipBit(body.subarray(120), m.a, m.b);
  }
  let out: Buffer = body;
  for (const m of ms) if (m.op === "flip" || m.op === "length") out = generic(out, m);
  // Judged on the bytes, not the ops: two flips of one bit cancel, a version op and a flip may restore 1.0.
  let refuse: string | undefined;
  if ((frameFlags(ms) & FLAG_COMMAND) === 0) refuse = "HELLO in a data frame";
  else if (out.length !== 200) refuse = "HELLO is not 200 bytes";
  else if (!out.subarray(0, 6).equals(reference.subarray(0, 6))) refuse = "HELLO with a changed name";
  else if (out[6] !== 1 || out[7] !== 0) refuse = "HELLO version is not 1.0";
  else if (!out.subarray(80).equals(reference.subarray(80)))
    refuse = "HELLO box does not authenticate (key, nonce or box changed)";
  return { frame: frame(out, ms), helloKey, refuse };
}

export interface Welcome {
  serverTransient: Uint8Array;
  cookie: Buffer;
}

/** Open a WELCOME body; undefined when it is not a 168-byte WELCOME whose box authenticates. */
export function openWelcome(helloKey: Uint8Array | undefined, body: Buffer): Welcome | undefined {
  if (helloKey === undefined || body.length !== 168 || !body.subarray(0, 8).equals(NAMES.WELCOME)) return undefined;
  const plain = open(helloKey, nonce("WELCOME-", body.subarray(8, 24)), body.subarray(24));
  if (plain === undefined) return undefined;
  return { serverTransient: plain.slice(0, 32), cookie: Buffer.from(plain.subarray(32, 128)) };
}

export interface InitiateResult {
  frame: Buffer;
  /** Box key between both transient keys: READY and MESSAGE boxes. */
  sessionKey: Uint8Array | undefined;
  refuse: string | undefined;
}

/** Metadata inside INITIATE, with the ops that break it. */
function initiateMetadata(
  socketType: string,
  ms: readonly CurveMutation[],
): { bytes: Buffer; refuse: string | undefined } {
  const properties: Array<[string, Buffer]> = [["Socket-Type", Buffer.from(socketType)]];
  if (socketType === "REQ" || socketType === "DEALER" || socketType === "ROUTER")
    properties.push(["Identity", Buffer.alloc(0)]);
  let bytes = encodeProperties(properties);
  for (const m of ms) {
    if (m.op !== "metadata") continue;
    switch (m.a % 6) {
      case 0: // no Socket-Type: accepted (RFC 37 asks for one, but libzmq and purezmq, H-8, take READY without)
        bytes = encodeProperties([["X-Fuzz", Buffer.from("1")]]);
        break;
      case 1: // a type no ZMTP socket pairs with
        bytes = encodeProperties([["Socket-Type", Buffer.from("GATHERER")]]);
        break;
      case 2: // value length far past the end
        bytes = Buffer.concat([bytes, Buffer.from([4, 0x41, 0x42, 0x43, 0x44, 0xff, 0xff, 0xff, m.b & 0xff])]);
        break;
      case 3: // cut somewhere (inside a property, or on a boundary)
        bytes = bytes.subarray(0, 1 + (m.b % Math.max(1, bytes.length - 1)));
        break;
      case 4: // zero-length property name (RFC 23: name = OCTET 1*255name-char)
        bytes = Buffer.concat([bytes, Buffer.from([0, 0, 0, 0, 0])]);
        break;
      default: // many properties
        bytes = Buffer.concat([
          bytes,
          encodeProperties(Array.from({ length: 200 + (m.b & 0xff) }, (_, i) => [`X-${i}`, Buffer.alloc(8)])),
        ]);
    }
  }
  // Judged on the final bytes by the RFC grammar (purezmq's parser, without its size limits).
  const parsed = parseProperties(bytes, undefined, { maxProperties: -1, maxBytes: -1 });
  let refuse: string | undefined;
  if (parsed instanceof Error) refuse = `INITIATE metadata malformed (${parsed.message})`;
  else {
    const type = getProperty(parsed, "Socket-Type")?.toString("latin1");
    if (type !== undefined && !KNOWN_TYPES.has(type)) refuse = "INITIATE metadata with an unknown Socket-Type";
  }
  return { bytes, refuse };
}

const KNOWN_TYPES = new Set(["PAIR", "PUB", "SUB", "REQ", "REP", "DEALER", "ROUTER", "PULL", "PUSH", "XPUB", "XSUB"]);

/** INITIATE: name, cookie, short nonce, box of [client long-term key, vouch nonce, vouch box, metadata]. */
export function initiateFrame(
  identity: CurveIdentity,
  transient: KeyPair,
  welcome: Welcome | undefined,
  socketType: string,
  vouchNonce: Uint8Array,
  mutations: readonly CurveMutation[],
): InitiateResult {
  const ms = of(mutations, "initiate");
  // Without a WELCOME (INITIATE sent early, or after a WELCOME we could not open): a cookie and key of zeros.
  const serverTransient = welcome?.serverTransient ?? new Uint8Array(32);
  const cookie = Buffer.from(welcome?.cookie ?? Buffer.alloc(96));
  let counter = 2n;
  let vouchServerKey: Uint8Array = identity.serverKey;
  let vouchTransient: Uint8Array = transient.publicKey;
  let clientPublic: Uint8Array = identity.clientPublic;
  for (const m of ms) {
    if (m.op === "cookie-flip") flipBit(cookie, m.a, m.b);
    else if (m.op === "nonce") counter = [0n, 1n, 3n, 2n ** 64n - 1n][m.a % 4]!;
    else if (m.op === "vouch-server-key") vouchServerKey = seededBytes(m.b, "other-server", 32);
    else if (m.op === "vouch-transient") vouchTransient = seededBytes(m.b, "other-transient", 32);
    else if (m.op === "client-key")
      clientPublic = m.a % 2 === 0 ? LOW_ORDER_KEYS[m.b % 2]! : seededKeyPair(m.b, "other-client").publicKey;
  }
  const sessionKey = precompute(transient.secretKey, serverTransient);
  const vouchKey = precompute(identity.clientSecret, serverTransient);
  const vouchPlain = new Uint8Array(64);
  vouchPlain.set(vouchTransient, 0);
  vouchPlain.set(vouchServerKey, 32);
  const sealedVouch = vouchKey ? seal(vouchKey, nonce("VOUCH---", vouchNonce), vouchPlain) : new Uint8Array(80);
  const vouch = Uint8Array.from(sealedVouch);
  for (const m of ms) if (m.op === "vouch-flip") flipBit(vouch, m.a, m.b);
  const metadata = initiateMetadata(socketType, ms);
  const inner = Buffer.concat([clientPublic, vouchNonce, vouch, metadata.bytes]);
  const box = sessionKey
    ? seal(sessionKey, nonce("CurveZMQINITIATE", counterBytes(counter)), inner)
    : new Uint8Array(inner.length + 16);
  const reference = Buffer.concat([NAMES.INITIATE, welcome?.cookie ?? Buffer.alloc(96), counterBytes(counter), box]);
  let body: Buffer = Buffer.concat([NAMES.INITIATE, cookie, counterBytes(counter), box]);
  for (const m of ms) if (m.op === "box-flip") flipBit(body.subarray(113), m.a, m.b);
  for (const m of ms) if (m.op === "flip" || m.op === "length") body = generic(body, m);
  // Judged on the bytes, not the ops (two flips of one bit cancel).
  let refuse: string | undefined;
  if (welcome === undefined) refuse = "INITIATE without a cookie from WELCOME";
  else if ((frameFlags(ms) & FLAG_COMMAND) === 0) refuse = "INITIATE in a data frame";
  else if (!body.subarray(0, 9).equals(NAMES.INITIATE)) refuse = "INITIATE with a changed name";
  else if (!body.subarray(9, 105).equals(reference.subarray(9, 105))) refuse = "INITIATE cookie does not authenticate";
  else if (!body.equals(reference)) refuse = "INITIATE box does not authenticate (nonce, box or length changed)";
  else if (!equalBytes(clientPublic, identity.clientPublic))
    refuse = "INITIATE vouch not sealed by the client key it names";
  else if (!equalBytes(vouch, sealedVouch)) refuse = "INITIATE vouch does not authenticate";
  else if (!equalBytes(vouchTransient, transient.publicKey)) refuse = "INITIATE vouch for another transient key";
  else refuse = metadata.refuse;
  return { frame: frame(body, ms), sessionKey, refuse };
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);
}

export interface Ready {
  counter: bigint;
  metadata: Buffer;
}

/** Open a READY body; undefined when it is too short or its box does not authenticate. */
export function openReady(sessionKey: Uint8Array | undefined, body: Buffer): Ready | undefined {
  if (sessionKey === undefined || body.length < 30 || !body.subarray(0, 6).equals(NAMES.READY)) return undefined;
  const plain = open(sessionKey, nonce("CurveZMQREADY---", body.subarray(6, 14)), body.subarray(14));
  if (plain === undefined) return undefined;
  return { counter: body.readBigUInt64BE(6), metadata: Buffer.from(plain) };
}

/** A post-handshake frame as the fuzzer sends it: ZMTP flags (MORE 0x01, COMMAND 0x04) and body. */
export interface PlainFrameSpec {
  flags: number;
  hex: string;
}

export interface MessageResult {
  frame: Buffer;
  /** The counter the next MESSAGE should use to be valid. */
  next: bigint;
  refuse: string | undefined;
}

/**
 * MESSAGE (libzmq 4.3): an outer frame without flags carrying name, short nonce and a box of [inner flags, body];
 * inner flags bit 0 MORE, bit 1 COMMAND. `counter` is the valid next nonce, `last` the last one we sent.
 */
export function messageFrame(
  sessionKey: Uint8Array | undefined,
  counter: bigint,
  last: bigint,
  plain: PlainFrameSpec,
  index: number,
  mutations: readonly CurveMutation[],
  noncePrefix = "CurveZMQMESSAGEC",
): MessageResult {
  const ms = of(mutations, "message", index);
  let used = counter;
  let inner = ((plain.flags & 0x01) !== 0 ? 0x01 : 0) | ((plain.flags & FLAG_COMMAND) !== 0 ? 0x02 : 0);
  for (const m of ms) {
    if (m.op === "nonce-replay") used = last;
    else if (m.op === "nonce-lower") used = [0n, 1n, last > 1n ? last - 1n : 0n][m.a % 3]!;
    else if (m.op === "nonce-skip") used = counter + BigInt(1 + (m.a % 1000));
    else if (m.op === "nonce-max") used = 2n ** 64n - 1n;
    else if (m.op === "inner-flags") inner = m.a & 0xff;
  }
  const payload = Buffer.concat([Buffer.from([inner]), Buffer.from(plain.hex, "hex")]);
  const box = sessionKey
    ? seal(sessionKey, nonce(noncePrefix, counterBytes(used)), payload)
    : new Uint8Array(payload.length + 16);
  const reference = Buffer.concat([NAMES.MESSAGE, counterBytes(used), box]);
  let body: Buffer = Buffer.from(reference);
  for (const m of ms) {
    if (m.op === "mac-flip") flipBit(body.subarray(16), m.a, m.b);
    else if (m.op === "name") body[1 + (m.a % 7)] ^= 0x20;
  }
  for (const m of ms) {
    if (m.op === "short") body = body.subarray(0, m.a % 33);
    else if (m.op === "flip" || m.op === "length") body = generic(body, m);
  }
  // Judged on the bytes, not the ops (two flips of one bit cancel).
  let refuse: string | undefined;
  if (!sessionKey) refuse = "MESSAGE without a session key";
  else if (used >= 2n ** 64n) refuse = "MESSAGE after the nonce reached 2^64 - 1";
  else if (used <= last) refuse = "MESSAGE nonce does not increase";
  else if (body.length < 33) refuse = "MESSAGE shorter than name, nonce and tag";
  else if (!body.subarray(0, 8).equals(NAMES.MESSAGE)) refuse = "MESSAGE with a changed name";
  else if (!body.equals(reference)) refuse = "MESSAGE box does not authenticate";
  const next = used >= counter ? used + 1n : counter;
  return { frame: frame(body, ms, 0), next, refuse };
}

/** Command frames a client has no business sending in a CURVE handshake (for the out-of-order ops). */
export function strayCommand(which: number, seed: number): Buffer {
  switch (which % 5) {
    case 0:
      return frameBytes(FLAG_COMMAND, Buffer.concat([NAMES.WELCOME, seededBytes(seed, "stray", 160)]));
    case 1:
      return frameBytes(FLAG_COMMAND, Buffer.concat([NAMES.READY, seededBytes(seed, "stray", 40)]));
    case 2:
      return frameBytes(FLAG_COMMAND, Buffer.from("\x05ERROR\x03400", "latin1"));
    case 3:
      return frameBytes(FLAG_COMMAND, Buffer.from("\x04PING\x00\x0a", "latin1"));
    default:
      return frameBytes(FLAG_COMMAND, readyBody([["Socket-Type", Buffer.from("DEALER")]]));
  }
}

export const STRAY_NAMES = ["WELCOME", "READY", "ERROR", "PING", "plaintext READY"];
