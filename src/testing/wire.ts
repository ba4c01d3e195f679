import { FLAG_COMMAND, FLAG_LONG, FLAG_MORE } from "../zmtp/constants.js";

/**
 * One piece of a ZMTP byte stream as the fuzzing kit builds it: a greeting, a command frame or a data frame.
 * Keeping the pieces apart is what makes mutations grammar-aware (drop the READY, swap two commands, give one frame
 * an absurd length) instead of blind byte noise.
 */
export interface Segment {
  readonly kind: "greeting" | "command" | "data" | "raw";
  /** Human-readable summary, e.g. `READY`, `data 12B more`, `greeting 3.1 NULL`. */
  readonly label: string;
  readonly bytes: Buffer;
}

/** A byte stream a peer sends, as segments plus where it is cut into writes (offsets into the concatenation). */
export interface WireSession {
  readonly segments: readonly Segment[];
  /** Write boundaries as byte offsets, ascending; empty = one write. */
  readonly cuts: readonly number[];
}

/** What a hostile input is: the session it came from, the mutations applied, the bytes to send. */
export interface HostileInput extends WireSession {
  readonly mutations: readonly string[];
}

export function sessionBytes(session: Pick<WireSession, "segments">): Buffer {
  return Buffer.concat(session.segments.map((s) => s.bytes));
}

/** The session's bytes split at its cuts: the writes a fuzzer makes. */
export function sessionWrites(session: WireSession): Buffer[] {
  const bytes = sessionBytes(session);
  const writes: Buffer[] = [];
  let start = 0;
  for (const cut of session.cuts) {
    if (cut > start && cut < bytes.length) {
      writes.push(bytes.subarray(start, cut));
      start = cut;
    }
  }
  if (start < bytes.length || writes.length === 0) writes.push(bytes.subarray(start));
  return writes;
}

/**
 * A frame with the header form chosen by the caller: `long` forces the 8-byte size even for a small body (legal,
 * RFC 23 §2.3 only says short sizes "may" use the short form).
 */
export function frameBytes(flags: number, body: Uint8Array, long = body.length > 255): Buffer {
  const headerSize = long ? 9 : 2;
  const out = Buffer.allocUnsafe(headerSize + body.length);
  out[0] = (flags & (FLAG_MORE | FLAG_COMMAND)) | (long ? FLAG_LONG : 0);
  if (long) out.writeBigUInt64BE(BigInt(body.length), 1);
  else out[1] = body.length;
  out.set(body, headerSize);
  return out;
}
