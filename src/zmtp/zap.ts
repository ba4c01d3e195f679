import { linkError, protocolError } from "./errors.js";
import type { LinkError } from "./link.js";
import { parseProperties } from "./metadata.js";

/**
 * ZAP (RFC 27) as the mechanisms see it, without I/O: the socket layer supplies a `ZapClient` that carries the
 * request to the handler bound at inproc://zeromq.zap.01 and hands back the reply frames.
 */
export interface ZapClient {
  /** The socket's zapDomain ("" when unset). */
  readonly domain: string;
  /** The socket's zapEnforceDomain option. */
  readonly enforceDomain: boolean;
  /**
   * Send a request for `mechanism` with its credentials. Returns undefined at once when no handler is bound
   * (libzmq checks this synchronously too); otherwise the reply frames, starting with the empty delimiter.
   */
  request(mechanism: "NULL" | "PLAIN" | "CURVE", credentials: Buffer[]): Promise<Buffer[]> | undefined;
  /** Abandon an outstanding request (the connection closed). */
  cancel?(): void;
}

export type ZapVerdict =
  | { readonly allowed: true; readonly properties: Map<string, Buffer> }
  | { readonly allowed: false; readonly status: 300 | 400 | 500; readonly error: LinkError };

const AUTH_MESSAGES: Record<number, string> = {
  300: "Temporary error",
  400: "Authentication failure",
  500: "Internal error",
};

/** An authentication failure with ZAP status `status`, worded as zeromq.js words it. */
export function authError(status: 300 | 400 | 500): LinkError {
  const error = linkError("auth", "EACCES", AUTH_MESSAGES[status]!);
  error.status = status;
  return error;
}

/** libzmq's verdict when ZAP is required but no handler is bound: EFAULT, no ERROR command (zap_client.cpp). */
export function zapUnavailable(): LinkError {
  return linkError("transport", "EFAULT", "ZAP is required but no handler is bound at inproc://zeromq.zap.01");
}

/**
 * Check a reply as libzmq's zap_client.cpp does: exactly 7 frames (delimiter, version "1.0", request id "1",
 * status code 200/300/400/500, status text, user id, metadata), each failure with its ERR_ZAP_* code.
 */
export function parseZapReply(frames: readonly Buffer[]): ZapVerdict | LinkError {
  if (frames.length !== 7) return protocolError("ERR_ZAP_MALFORMED_REPLY", "ZAP reply must have 7 frames");
  const [delimiter, version, requestId, status, , userId, metadata] = frames as [
    Buffer,
    Buffer,
    Buffer,
    Buffer,
    Buffer,
    Buffer,
    Buffer,
  ];
  if (delimiter.length > 0) return protocolError("ERR_ZAP_UNSPECIFIED", "ZAP reply without an empty delimiter");
  if (version.toString("latin1") !== "1.0") return protocolError("ERR_ZAP_BAD_VERSION", "ZAP reply version is not 1.0");
  if (requestId.toString("latin1") !== "1")
    return protocolError("ERR_ZAP_BAD_REQUEST_ID", "ZAP reply for another request");
  const code = status.toString("latin1");
  if (!/^[2-5]00$/.test(code))
    return protocolError("ERR_ZAP_INVALID_STATUS_CODE", "ZAP reply status is not 200/300/400/500");
  const properties = parseProperties(metadata);
  if (properties instanceof Error) return protocolError("ERR_ZAP_INVALID_METADATA", "ZAP reply metadata is malformed");
  if (code !== "200") {
    const numeric = Number(code) as 300 | 400 | 500;
    return { allowed: false, status: numeric, error: authError(numeric) };
  }
  if (userId.length > 0) properties.set("User-Id", Buffer.from(userId));
  return { allowed: true, properties };
}

export type ZapOutcome = ZapVerdict | LinkError | "no-handler";

/**
 * Ask the handler and report once through `done`. A handler that fails (the promise rejects) counts as a
 * malformed exchange (ERR_ZAP_UNSPECIFIED).
 */
export function askZap(
  zap: ZapClient,
  mechanism: "NULL" | "PLAIN" | "CURVE",
  credentials: Buffer[],
  done: (outcome: ZapOutcome) => void,
): void {
  const pending = zap.request(mechanism, credentials);
  if (pending === undefined) {
    done("no-handler");
    return;
  }
  pending.then(
    (frames) => done(parseZapReply(frames)),
    () => done(protocolError("ERR_ZAP_UNSPECIFIED", "ZAP request failed")),
  );
}

/** The frames of an ERROR command telling the client the ZAP status (RFC 27 §ERROR); none for 300. */
export function zapErrorReason(status: 300 | 400 | 500): string | undefined {
  return status === 300 ? undefined : String(status);
}

/**
 * Act on a ZAP outcome in a server mechanism: on success the extra peer properties (User-Id, ZAP metadata); on
 * failure the host has been failed (with the ERROR command `errorCommand` builds for 400/500) and undefined is
 * returned. `noHandler` says whether a missing handler lets the client in (libzmq: CURVE, NULL) or not (PLAIN).
 */
export function settleZap(
  host: { sendCommand(body: Buffer): void; fail(error: LinkError): void },
  outcome: ZapOutcome,
  noHandler: "allow" | "fail",
  errorCommand: (reason: string) => Buffer,
): Map<string, Buffer> | undefined {
  if (outcome === "no-handler") {
    if (noHandler === "allow") return new Map();
    host.fail(zapUnavailable());
    return undefined;
  }
  if (outcome instanceof Error) {
    host.fail(outcome);
    return undefined;
  }
  if (outcome.allowed) return outcome.properties;
  const reason = zapErrorReason(outcome.status);
  if (reason !== undefined) host.sendCommand(errorCommand(reason));
  host.fail(outcome.error);
  return undefined;
}
