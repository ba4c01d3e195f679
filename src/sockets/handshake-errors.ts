import { zmqError, type ZmqError } from "../errors.js";
import type { LinkError } from "../zmtp/link.js";
import type { Event } from "./observer.js";

const AUTH_MESSAGES: Record<number, string> = {
  300: "Temporary error",
  400: "Authentication failure",
  500: "Internal error",
};

/**
 * The handshake:error:* event for a link that failed before its handshake completed, worded exactly as
 * zeromq.js words it ("ZMTP protocol error", "ZAP protocol error", "Authentication failure", ...). Our own
 * explanation of what went wrong stays available as `error.cause`.
 */
export function handshakeEventError(address: string, error: LinkError | undefined): Event {
  if (error?.kind === "protocol") {
    const message = error.code.startsWith("ERR_ZAP_") ? "ZAP protocol error" : "ZMTP protocol error";
    const proto = new Error(message, { cause: error }) as Error & { code: string };
    proto.code = error.code;
    return { type: "handshake:error:protocol", address, error: proto };
  }
  if (error?.kind === "auth" && error.status !== undefined && AUTH_MESSAGES[error.status] !== undefined) {
    const auth = new Error(AUTH_MESSAGES[error.status], { cause: error }) as Error & { status: 300 | 400 | 500 };
    auth.status = error.status as 300 | 400 | 500;
    return { type: "handshake:error:auth", address, error: auth };
  }
  if (error?.code === "EFAULT") {
    return { type: "handshake:error:other", address, error: zmqError("EFAULT") };
  }
  const other = (error ?? zmqError("ECONNRESET", "Connection reset by peer")) as ZmqError;
  if (other.errno === undefined) other.errno = 0;
  return { type: "handshake:error:other", address, error: other };
}
