import { GREETING_SIZE, MECHANISM_SIZE } from "./constants.js";
import { protocolError } from "./errors.js";
import type { LinkError } from "./link.js";

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
  major: number;
  minor: number;
  /** The raw 20-byte mechanism field. */
  mechanism: Buffer;
  asServer: boolean;
}

/**
 * Reads the peer's greeting from any fragmentation (G-12), refusing as early as possible (G-2, G-3, G-6) and never
 * looking at the padding (G-4, E-2).
 *
 * A peer that is not ZMTP >= 3 is reported with ERR_ZMTP_UNSPECIFIED (libzmq itself just disconnects there without
 * a protocol event; we still say why).
 */
export class GreetingReader {
  private readonly bytes = Buffer.alloc(GREETING_SIZE);
  private received = 0;
  error: LinkError | undefined;
  greeting: PeerGreeting | undefined;
  /** Bytes that followed the greeting in the last chunk (G-11). */
  rest: Buffer | undefined;

  /** Feed bytes; returns true once the greeting is complete or refused (check `error`). */
  push(chunk: Buffer): boolean {
    if (this.error || this.greeting) return true;
    const take = Math.min(chunk.length, GREETING_SIZE - this.received);
    chunk.copy(this.bytes, this.received, 0, take);
    const before = this.received;
    this.received += take;
    this.error = this.check(before);
    if (this.error) return true;
    if (this.received < GREETING_SIZE) return false;
    const b = this.bytes;
    this.greeting = {
      major: b[10]!,
      minor: b[11]!,
      mechanism: Buffer.from(b.subarray(12, 12 + MECHANISM_SIZE)),
      asServer: b[32] === 1,
    };
    if (take < chunk.length) this.rest = chunk.subarray(take);
    return true;
  }

  /** Checks the bytes that became available since `before`. */
  private check(before: number): LinkError | undefined {
    const b = this.bytes;
    const n = this.received;
    if (before < 1 && n >= 1 && b[0] !== 0xff) {
      return protocolError("ERR_ZMTP_UNSPECIFIED", "peer is not a ZMTP 3 peer: bad signature");
    }
    if (before < 10 && n >= 10 && (b[9]! & 1) === 0) {
      return protocolError("ERR_ZMTP_UNSPECIFIED", "peer speaks ZMTP 1.0, not supported");
    }
    if (before < 11 && n >= 11 && b[10]! < 3) {
      return protocolError("ERR_ZMTP_UNSPECIFIED", `peer speaks ZMTP major version ${b[10]}, need 3 or later`);
    }
    return undefined;
  }
}
