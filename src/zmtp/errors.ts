import type { LinkError, LinkErrorKind } from "./link.js";

/** zeromq.js ProtoError codes (native.d.ts `ProtoError.code`). */
export type ProtoErrorCode =
  | "ERR_ZMTP_UNSPECIFIED"
  | "ERR_ZMTP_UNEXPECTED_COMMAND"
  | "ERR_ZMTP_INVALID_SEQUENCE"
  | "ERR_ZMTP_KEY_EXCHANGE"
  | "ERR_ZMTP_MALFORMED_COMMAND_UNSPECIFIED"
  | "ERR_ZMTP_MALFORMED_COMMAND_MESSAGE"
  | "ERR_ZMTP_MALFORMED_COMMAND_HELLO"
  | "ERR_ZMTP_MALFORMED_COMMAND_INITIATE"
  | "ERR_ZMTP_MALFORMED_COMMAND_ERROR"
  | "ERR_ZMTP_MALFORMED_COMMAND_READY"
  | "ERR_ZMTP_MALFORMED_COMMAND_WELCOME"
  | "ERR_ZMTP_INVALID_METADATA"
  | "ERR_ZMTP_CRYPTOGRAPHIC"
  | "ERR_ZMTP_MECHANISM_MISMATCH"
  | "ERR_ZAP_UNSPECIFIED"
  | "ERR_ZAP_MALFORMED_REPLY"
  | "ERR_ZAP_BAD_REQUEST_ID"
  | "ERR_ZAP_BAD_VERSION"
  | "ERR_ZAP_INVALID_STATUS_CODE"
  | "ERR_ZAP_INVALID_METADATA";

export function linkError(kind: LinkErrorKind, code: string, message: string): LinkError {
  const error = new Error(message) as LinkError;
  error.kind = kind;
  error.code = code;
  return error;
}

/** A ZMTP protocol violation by the peer; `message` says what exactly. */
export function protocolError(code: ProtoErrorCode, message: string): LinkError {
  return linkError("protocol", code, message);
}

/**
 * The peer sent an ERROR command (H-14): the dialer must not reconnect. A 3-digit ZAP status as reason makes it an
 * authentication failure (libzmq's handle_error_reason); any other reason is reported as a protocol error.
 */
export function peerErrorCommand(reason: string): LinkError {
  const status = /^[345]00$/.test(reason) ? Number(reason) : undefined;
  const error =
    status === undefined
      ? linkError("protocol", "ERR_ZMTP_UNSPECIFIED", `peer sent ERROR: ${reason}`)
      : linkError("auth", "EACCES", `peer sent ERROR ${reason}`);
  if (status !== undefined) error.status = status;
  error.fatal = true;
  return error;
}

export function isLinkError(value: unknown): value is LinkError {
  return value instanceof Error && typeof (value as Partial<LinkError>).kind === "string";
}
