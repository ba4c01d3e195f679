import { errnoOf, zmqError, type ZmqError } from "../errors.js";

/** zmq_strerror's text for OS errors that src/errors.ts has no message for. */
const STRERROR: Record<string, string> = {
  ENOTDIR: "Not a directory",
  ENAMETOOLONG: "File name too long",
  EPERM: "Operation not permitted",
  EROFS: "Read-only file system",
  ELOOP: "Too many levels of symbolic links",
  EAFNOSUPPORT: "Address family not supported by protocol",
};

/** A node:net listen/connect error as zeromq.js reports it: an OS code with libzmq's text and the endpoint. */
export function transportError(error: NodeJS.ErrnoException, address: string): ZmqError {
  const code = error.code;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_FAIL")
    return zmqError("ENODEV", undefined, address);
  if (code === undefined || errnoOf(code) === 0) return zmqError("EINVAL", undefined, address);
  return zmqError(code, STRERROR[code], address);
}
