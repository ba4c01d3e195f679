import { osErrno } from "#platform";

/**
 * Errors as zeromq.js raises them: plain `Error` objects carrying a POSIX-style `code`, libzmq's `errno` and,
 * for endpoint operations, the `address`.
 */
export interface ZmqError extends Error {
  code: string;
  errno: number;
  address?: string;
}

/** libzmq's own error numbers (ZMQ_HAUSNUMERO + n), for codes the OS does not define. */
const ZMQ_ERRNO: Record<string, number> = {
  EFSM: 156384763,
  ENOCOMPATPROTO: 156384764,
  ETERM: 156384765,
  EMTHREAD: 156384766,
};

/** Messages zeromq.js overrides, and zmq_strerror's text for the rest we raise. */
const MESSAGES: Record<string, string> = {
  EFAULT: "Context is closed",
  EAGAIN: "Operation was not possible or timed out",
  EMFILE: "Too many open file descriptors",
  ENOENT: "No such endpoint",
  EBUSY: "Socket is busy",
  EBADF: "Socket is closed",
  ENOTSOCK: "Socket operation on non-socket",
  EADDRINUSE: "Address already in use",
  EFSM: "Operation cannot be accomplished in current state",
  EHOSTUNREACH: "Host unreachable",
  EINVAL: "Invalid argument",
  EPROTONOSUPPORT: "Protocol not supported",
  ENOTSUP: "Operation not supported",
  ETERM: "Context was terminated",
  ENOCOMPATPROTO: "The protocol is not compatible with the socket type",
  EADDRNOTAVAIL: "Cannot assign requested address",
  ENODEV: "No such device",
  ECONNREFUSED: "Connection refused",
  EACCES: "Permission denied",
};

export function errnoOf(code: string): number {
  return osErrno(code) ?? ZMQ_ERRNO[code] ?? 0;
}

/** Build a zeromq.js-shaped error. `message` overrides the default text for `code`. */
export function zmqError(code: string, message?: string, address?: string): ZmqError {
  const error = new Error(message ?? MESSAGES[code] ?? code) as ZmqError;
  error.code = code;
  error.errno = errnoOf(code);
  if (address !== undefined) error.address = address;
  return error;
}
