import { EMPTY } from "./constants.js";
import { encodeProperties } from "./metadata.js";

/** Command names as written on the wire (§1.4, case-sensitive). */
export const READY = "READY";
export const ERROR = "ERROR";
export const SUBSCRIBE = "SUBSCRIBE";
export const CANCEL = "CANCEL";
export const PING = "PING";
export const PONG = "PONG";

/** Largest PING/PONG context (K-1, K-2). */
export const MAX_PING_CONTEXT = 16;
/** Largest TTL that fits the 16-bit decisecond field (E-23). */
export const MAX_TTL_DECISECONDS = 0xffff;

/** A command frame body: name-length, name, data (§1.4). */
export function commandBody(name: string, data: Uint8Array = EMPTY): Buffer {
  const body = Buffer.allocUnsafe(1 + name.length + data.length);
  body[0] = name.length;
  body.write(name, 1, "latin1");
  body.set(data, 1 + name.length);
  return body;
}

/**
 * The name of a command body, or undefined when the body is malformed (empty, zero-length name, name longer than
 * the body: X-2).
 */
export function commandName(body: Buffer): string | undefined {
  if (body.length < 2) return undefined;
  const length = body[0]!;
  if (length === 0 || length > body.length - 1) return undefined;
  return body.toString("latin1", 1, 1 + length);
}

/** The data after a command's name (call only after `commandName` succeeded). */
export function commandData(body: Buffer): Buffer {
  return body.subarray(1 + body[0]!);
}

/** READY bodies of frozen (shared) property lists, encoded once: they are only ever read. */
const readyBodies = new WeakMap<object, Buffer>();

export function readyBody(properties: Iterable<readonly [string, Uint8Array]>): Buffer {
  if (!Object.isFrozen(properties)) return commandBody(READY, encodeProperties(properties));
  let body = readyBodies.get(properties);
  if (body === undefined) {
    body = commandBody(READY, encodeProperties(properties));
    readyBodies.set(properties, body);
  }
  return body;
}

/** ERROR with a reason of at most 255 bytes (§1.6). */
export function errorBody(reason: string): Buffer {
  const text = Buffer.from(reason, "latin1").subarray(0, 255);
  return commandBody(ERROR, Buffer.concat([Buffer.from([text.length]), text]));
}

/** The reason of an ERROR's data, or undefined when malformed (reason longer than the command). */
export function parseErrorReason(data: Buffer): string | undefined {
  if (data.length < 1 || data[0]! > data.length - 1) return undefined;
  return data.toString("latin1", 1, 1 + data[0]!);
}

export function subscribeBody(topic: Uint8Array): Buffer {
  return commandBody(SUBSCRIBE, topic);
}

export function cancelBody(topic: Uint8Array): Buffer {
  return commandBody(CANCEL, topic);
}

/** PING: TTL in deciseconds (u16) + context (truncated to 16 bytes). */
export function pingBody(ttlDeciseconds: number, context: Uint8Array = EMPTY): Buffer {
  const ctx = context.subarray(0, MAX_PING_CONTEXT);
  const data = Buffer.allocUnsafe(2 + ctx.length);
  data.writeUInt16BE(Math.max(0, Math.min(MAX_TTL_DECISECONDS, Math.floor(ttlDeciseconds))), 0);
  data.set(ctx, 2);
  return commandBody(PING, data);
}

/** Milliseconds as the wire's deciseconds (E-23: integer division, capped at 65535). */
export function ttlToDeciseconds(ms: number): number {
  return Math.min(MAX_TTL_DECISECONDS, Math.max(0, Math.floor(ms / 100)));
}

/** A PING's data: TTL (deciseconds) and context; a PING without the 2 TTL bytes has TTL 0 and no context (K-3). */
export function parsePing(data: Buffer): { ttl: number; context: Buffer } {
  if (data.length < 2) return { ttl: 0, context: EMPTY };
  return { ttl: data.readUInt16BE(0), context: data.subarray(2, 2 + MAX_PING_CONTEXT) };
}

/** Bytes before a PING's context: name-length, "PING", TTL. */
const PING_HEAD = 7;

/** Whether a command body is a PING, checked on its bytes (a flood of PINGs allocates nothing to be recognised). */
export function isPing(body: Buffer): boolean {
  return (
    body.length >= 5 && body[0] === 4 && body[1] === 0x50 && body[2] === 0x49 && body[3] === 0x4e && body[4] === 0x47
  );
}

/** TTL (deciseconds) of a PING body (`isPing`); 0 without the 2 TTL bytes (K-3). */
export function pingTtl(body: Buffer): number {
  return body.length < PING_HEAD ? 0 : body.readUInt16BE(5);
}

/** Context of a PING body (`isPing`), at most 16 bytes (K-1); none without the TTL bytes (K-3). */
export function pingContext(body: Buffer): Buffer {
  return body.length < PING_HEAD ? EMPTY : body.subarray(PING_HEAD, PING_HEAD + MAX_PING_CONTEXT);
}

/** PONG echoing `context` (truncated to 16 bytes, K-1). */
export function pongBody(context: Uint8Array): Buffer {
  return commandBody(PONG, context.subarray(0, MAX_PING_CONTEXT));
}
