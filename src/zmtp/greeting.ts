import { GREETING_SIZE, MECHANISM_SIZE } from "./constants.js";
import { protocolError } from "./errors.js";
import type { LinkError } from "./link.js";

/** Signature (10 bytes) + major version: what we send before knowing the peer's version (RFC 23 §Version Negotiation). */
export const GREETING_HEAD_SIZE = 11;
/** A ZMTP 2.0 greeting (RFC 15): signature, revision 0x01, socket-type byte. */
export const ZMTP2_GREETING_SIZE = 12;
/** The revision byte of a ZMTP 2.0 peer (RFC 15 §Version Negotiation). */
export const ZMTP2_REVISION = 1;

/** Our 64-byte greeting (§1.1): zero padding (G-5), version 3.1 (G-13). */
export function buildGreeting(mechanism: string, asServer: boolean): Buffer {
  const greeting = Buffer.alloc(GREETING_SIZE);
  greeting[0] = 0xff;
  greeting[9] = 0x7f;
  greeting[10] = 3;
  greeting[11] = 1;
  greeting.set(mechanismField(mechanism), 12);
  greeting[32] = asServer ? 1 : 0;
  return greeting;
}

/** The 20-byte NUL-padded mechanism field for a name such as "NULL". */
export function mechanismField(name: string): Buffer {
  const field = Buffer.alloc(MECHANISM_SIZE);
  if (name.length > MECHANISM_SIZE || field.write(name, "latin1") !== name.length) {
    throw new RangeError(`mechanism name too long: ${name}`);
  }
  return field;
}

/** What the peer's greeting said. */
export interface PeerGreeting {
  /** 1 for a ZMTP 2.0 peer (its revision byte), else the ZMTP 3.x major version. */
  major: number;
  minor: number;
  /** The raw 20-byte mechanism field (empty for a ZMTP 2.0 peer). */
  mechanism: Buffer;
  asServer: boolean;
  /** ZMTP 2.0 only: the peer's socket-type byte (RFC 15). */
  socketType?: number;
}

/**
 * Reads the peer's greeting from any fragmentation (G-12), refusing as early as possible (G-2, G-3, G-6) and never
 * looking at the padding (G-4, E-2). A peer whose revision byte is 0x01 speaks ZMTP 2.0 (RFC 15): its greeting ends
 * with one socket-type byte, 12 bytes in all; any other accepted peer sends 64 bytes.
 *
 * `major` is known as soon as byte 10 is in: the adapter sends the rest of its own greeting only then, in the form
 * that peer understands (RFC 23 §Version Negotiation), as libzmq does.
 *
 * A peer that is neither ZMTP 2.0 nor >= 3 is reported with ERR_ZMTP_UNSPECIFIED (libzmq itself just disconnects
 * there without a protocol event; we still say why).
 */
export class GreetingReader {
  /**
   * Bytes from offset 11 on of a greeting whose rest arrives in pieces, made only then: bytes 0–10 are checked
   * as they arrive and need no keeping, and a rest that comes in one chunk is read from that chunk.
   */
  private bytes: Buffer | undefined;
  private received = 0;
  error: LinkError | undefined;
  greeting: PeerGreeting | undefined;
  /** The peer's major version (revision byte), once byte 10 has arrived. */
  major: number | undefined;
  /** Bytes that followed the greeting in the last chunk (G-11). */
  rest: Buffer | undefined;

  /** Feed bytes; returns true once the greeting is complete or refused (check `error`). */
  push(chunk: Buffer): boolean {
    if (this.error || this.greeting) return true;
    let offset = 0;
    while (offset < chunk.length) {
      const size = this.expectedSize();
      const before = this.received;
      const take = Math.min(chunk.length - offset, size - before);
      const base = offset - before; // greeting byte i, for i in [before, before + take), is chunk[base + i]
      offset += take;
      this.received = before + take;
      this.error = this.check(chunk, base, before);
      if (this.error) return true;
      if (this.received === size && size !== GREETING_HEAD_SIZE) {
        if (before <= GREETING_HEAD_SIZE) {
          this.greeting = this.parse(chunk, base);
        } else {
          this.keep(chunk, base, before);
          this.greeting = this.parse(this.bytes!, 0);
        }
        this.bytes = undefined;
        if (offset < chunk.length) this.rest = chunk.subarray(offset);
        return true;
      }
      if (this.received > GREETING_HEAD_SIZE) this.keep(chunk, base, before);
    }
    return false;
  }

  /** Keep the bytes from offset 11 on that this chunk brought, until the greeting is complete. */
  private keep(chunk: Buffer, base: number, before: number): void {
    const from = Math.max(before, GREETING_HEAD_SIZE);
    this.bytes ??= Buffer.alloc(GREETING_SIZE);
    chunk.copy(this.bytes, from, base + from, base + this.received);
  }

  /** Bytes the greeting has, as far as is known yet: 11 until the version byte is in. */
  private expectedSize(): number {
    if (this.major === undefined) return GREETING_HEAD_SIZE;
    return this.major === ZMTP2_REVISION ? ZMTP2_GREETING_SIZE : GREETING_SIZE;
  }

  /** The complete greeting, byte i at `b[base + i]` for i >= 11. */
  private parse(b: Buffer, base: number): PeerGreeting {
    if (this.major === ZMTP2_REVISION) {
      return {
        major: ZMTP2_REVISION,
        minor: 0,
        mechanism: Buffer.alloc(0),
        asServer: false,
        socketType: b[base + 11]!,
      };
    }
    return {
      major: this.major!,
      minor: b[base + 11]!,
      mechanism: Buffer.from(b.subarray(base + 12, base + 12 + MECHANISM_SIZE)),
      asServer: b[base + 32] === 1,
    };
  }

  /** Checks the bytes that became available since `before`: greeting byte i is `b[base + i]`. */
  private check(b: Buffer, base: number, before: number): LinkError | undefined {
    const n = this.received;
    if (before >= GREETING_HEAD_SIZE) return undefined;
    if (before < 1 && n >= 1 && b[base]! !== 0xff) {
      return protocolError("ERR_ZMTP_UNSPECIFIED", "peer is not a ZMTP peer: bad signature");
    }
    if (before < 10 && n >= 10 && (b[base + 9]! & 1) === 0) {
      return protocolError("ERR_ZMTP_UNSPECIFIED", "peer speaks ZMTP 1.0, not supported");
    }
    if (before < 11 && n >= 11) {
      const major = b[base + 10]!;
      if (major !== ZMTP2_REVISION && major < 3) {
        return protocolError(
          "ERR_ZMTP_UNSPECIFIED",
          `peer speaks ZMTP major version ${major}, need 2.0 or 3 and later`,
        );
      }
      this.major = major;
    }
    return undefined;
  }
}
