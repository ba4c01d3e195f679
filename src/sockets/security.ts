import { zmqError } from "../errors.js";
import { publicKeyOf } from "../zmtp/curve-crypto.js";
import { CurveClient } from "../zmtp/curve-client.js";
import { CurveServer } from "../zmtp/curve-server.js";
import type { Mechanism } from "../zmtp/mechanism.js";
import { NullMechanism } from "../zmtp/null-mechanism.js";
import { PlainClient, PlainServer } from "../zmtp/plain-mechanism.js";
import type { ZapClient } from "../zmtp/zap.js";
import { z85Decode } from "../zmtp/z85.js";

/**
 * A socket's security settings as libzmq keeps them (options.cpp): one current mechanism and an as-server flag,
 * which the PLAIN/CURVE options switch as they are set; usernames, passwords and keys are remembered separately.
 */
export interface SecurityState {
  mechanism: "null" | "plain" | "curve";
  asServer: boolean;
}

export const SECURITY_OPTIONS = new Set([
  "plainServer",
  "plainUsername",
  "plainPassword",
  "curveServer",
  "curvePublicKey",
  "curveSecretKey",
  "curveServerKey",
  "securityMechanism",
]);

/** A CURVE key option value as 32 bytes: 40 Z85 characters (string or bytes, optionally NUL-terminated) or 32 raw bytes. */
export function coerceCurveKey(value: unknown): Buffer {
  if (typeof value !== "string" && !Buffer.isBuffer(value) && value !== null) {
    throw new TypeError("Option value must be a string or buffer");
  }
  if (Buffer.isBuffer(value) && value.length === 32) return Buffer.from(value);
  if (value !== null) {
    let text = typeof value === "string" ? value : value.toString("latin1");
    if (text.length === 41 && text.endsWith("\0")) text = text.slice(0, 40);
    const key = text.length === 40 ? z85Decode(text) : undefined;
    if (key !== undefined) return Buffer.from(key);
  }
  throw zmqError("EINVAL");
}

/** Apply a write of a security option to the mechanism state, as libzmq's setsockopt does. */
export function applySecurityOption(state: SecurityState, name: string, value: unknown): void {
  switch (name) {
    case "plainServer":
      state.asServer = value === true;
      state.mechanism = value === true ? "plain" : "null";
      return;
    case "curveServer":
      state.asServer = value === true;
      state.mechanism = value === true ? "curve" : "null";
      return;
    case "plainUsername":
    case "plainPassword":
      if (value === null) {
        state.mechanism = "null";
      } else {
        if (Buffer.byteLength(value as string, "utf8") > 255) throw zmqError("EINVAL");
        state.asServer = false;
        state.mechanism = "plain";
      }
      return;
    case "curvePublicKey":
    case "curveSecretKey":
    case "curveServerKey":
      state.mechanism = "curve";
      return;
  }
}

/** Reads of the options whose value depends on the mechanism state; undefined for the others. */
export function readSecurityOption(state: SecurityState, name: string): unknown {
  switch (name) {
    case "securityMechanism":
      return state.mechanism === "null" ? null : state.mechanism;
    case "plainServer":
      return state.asServer && state.mechanism === "plain";
    case "curveServer":
      return state.asServer && state.mechanism === "curve";
    default:
      return undefined;
  }
}

const ZERO_KEY = Buffer.alloc(32);

/**
 * The mechanism for one new connection. `zap` makes the ZAP client for it; it is consulted where libzmq consults
 * ZAP (session_base.cpp zap_enabled: any mechanism but NULL, or NULL with a zapDomain).
 */
export function createMechanism(
  state: SecurityState,
  options: Record<string, unknown>,
  zap: () => ZapClient,
): Mechanism {
  if (state.mechanism === "plain") {
    if (state.asServer) return new PlainServer(zap());
    return new PlainClient(utf8(options.plainUsername), utf8(options.plainPassword));
  }
  if (state.mechanism === "curve") {
    const secretKey = (options.curveSecretKey as Buffer | null) ?? ZERO_KEY;
    if (state.asServer) return new CurveServer(secretKey, zap());
    // libzmq sends the configured public key; with none set, the one that belongs to the secret key.
    const publicKey = (options.curvePublicKey as Buffer | null) ?? Buffer.from(publicKeyOf(secretKey));
    return new CurveClient((options.curveServerKey as Buffer | null) ?? ZERO_KEY, publicKey, secretKey);
  }
  return new NullMechanism(typeof options.zapDomain === "string" && options.zapDomain !== "" ? zap() : undefined);
}

function utf8(value: unknown): Buffer {
  return typeof value === "string" ? Buffer.from(value, "utf8") : Buffer.alloc(0);
}
