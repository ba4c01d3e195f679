import { constants as bufferConstants } from "node:buffer";
import { EMPTY, FLAG_COMMAND, FLAG_LONG, FLAG_MORE } from "./constants.js";
import { protocolError } from "./errors.js";
import type { LinkError } from "./link.js";

/** `FrameDecoder.next()` results. */
export const NEED_MORE = 0;
export const FRAME = 1;
export const DECODE_ERROR = 2;

const IN_HEADER = 0;
const IN_BODY = 1;
/** Long sizes with a high word at or above this are >= 2^53 (F-7, E-26). */
const HIGH_WORD_2_53 = 0x200000;
const TWO_32 = 0x1_0000_0000;
/**
 * A body that straddles chunks is assembled as its chunks arrive (each copied while still in cache, then released).
 * Its buffer is allocated up front only up to this size; beyond it, once a sixteenth of the body has arrived, so a
 * peer cannot make us allocate much more than it has sent.
 */
const ASSEMBLE_UPFRONT = 1024 * 1024;
const ASSEMBLE_AFTER_SHARE = 16;

/**
 * Incremental ZMTP frame decoder over a list of received chunks (F-1..F-10). Caller-driven, so a paused consumer
 * simply stops calling `next()`:
 *
 *   decoder.push(chunk);
 *   while (decoder.next() === FRAME) use(decoder.flags, decoder.body);
 *
 * A body lying inside one chunk is a `subarray` of it; a body straddling chunks is copied, once, into a buffer of
 * its size as its bytes arrive. Sizes are checked against `limit` straight from the header, before anything is
 * allocated.
 */
export class FrameDecoder {
  /** Flags of the last frame: MORE and COMMAND only (reserved bits dropped, F-3; MORE cleared on commands, F-4). */
  flags = 0;
  body: Buffer = EMPTY;
  error: LinkError | undefined;
  /** Largest accepted frame body in bytes; -1 = unlimited (F-8). */
  limit: number;

  private chunks: Buffer[] = [];
  /** Read position within chunks[0]. */
  private offset = 0;
  private buffered = 0;
  private state = IN_HEADER;
  private pendingFlags = 0;
  private pendingSize = 0;
  /** Scratch for a header split across chunks; allocated the first time one is. */
  private header: Buffer | undefined;
  /** The body being assembled across chunks, and how many of its bytes have arrived. */
  private assembly: Buffer | undefined;
  private assembled = 0;

  constructor(limit = -1) {
    this.limit = limit;
  }

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.buffered += chunk.length;
    const assembly = this.assembly;
    if (assembly !== undefined) {
      const copied = chunk.copy(assembly, this.assembled);
      this.assembled += copied;
      if (copied === chunk.length) return;
      chunk = chunk.subarray(copied);
    }
    this.chunks.push(chunk);
  }

  /** Bytes received but not yet returned as frames. */
  get bufferedBytes(): number {
    return this.buffered;
  }

  /** Decode the next frame: FRAME (see `flags`/`body`), NEED_MORE, or DECODE_ERROR (see `error`, sticky). */
  next(): number {
    if (this.error !== undefined) return DECODE_ERROR;
    if (this.state === IN_HEADER) {
      if (this.buffered < 2) return NEED_MORE;
      let src = this.chunks[0]!;
      let at = this.offset;
      const flags = src[at]!;
      const headerSize = (flags & FLAG_LONG) === 0 ? 2 : 9;
      if (this.buffered < headerSize) return NEED_MORE;
      if (src.length - at < headerSize) {
        this.header ??= Buffer.alloc(9);
        const header = this.header;
        this.peek(header, headerSize);
        src = header;
        at = 0;
      }
      let size: number;
      if (headerSize === 2) {
        size = src[at + 1]!;
      } else {
        const high = src.readUInt32BE(at + 1);
        const low = src.readUInt32BE(at + 5);
        if (high >= HIGH_WORD_2_53) return this.fail(`frame size ${high * TWO_32 + low} (>= 2^53) refused`);
        size = high * TWO_32 + low;
      }
      if (this.limit >= 0 && size > this.limit) {
        return this.fail(`frame of ${size} bytes exceeds maxMessageSize ${this.limit}`);
      }
      if (size > bufferConstants.MAX_LENGTH) return this.fail(`frame of ${size} bytes is too large to hold`);
      this.skip(headerSize);
      this.pendingFlags = (flags & FLAG_COMMAND) === 0 ? flags & FLAG_MORE : FLAG_COMMAND;
      this.pendingSize = size;
      this.state = IN_BODY;
    }
    const size = this.pendingSize;
    if (this.buffered < size) {
      if (this.assembly === undefined && (size <= ASSEMBLE_UPFRONT || this.buffered * ASSEMBLE_AFTER_SHARE >= size)) {
        this.startAssembly(size);
      }
      return NEED_MORE;
    }
    if (this.assembly !== undefined) {
      this.body = this.assembly;
      this.assembly = undefined;
      this.buffered -= size;
    } else {
      this.body = size === 0 ? EMPTY : this.take(size);
    }
    this.flags = this.pendingFlags;
    this.state = IN_HEADER;
    return FRAME;
  }

  /** Every buffered byte belongs to the body (it is incomplete): move them into a buffer of its size. */
  private startAssembly(size: number): void {
    const body = Buffer.allocUnsafe(size);
    this.peek(body, this.buffered);
    this.assembled = this.buffered;
    this.assembly = body;
    this.chunks = [];
    this.offset = 0;
  }

  private fail(message: string): number {
    this.error = protocolError("ERR_ZMTP_UNSPECIFIED", message);
    this.chunks = [];
    this.assembly = undefined;
    this.buffered = 0;
    return DECODE_ERROR;
  }

  /** Copy the first `n` buffered bytes into `into` without consuming them. */
  private peek(into: Buffer, n: number): void {
    let copied = 0;
    let offset = this.offset;
    for (let i = 0; copied < n; i++) {
      const chunk = this.chunks[i]!;
      copied += chunk.copy(into, copied, offset, Math.min(chunk.length, offset + n - copied));
      offset = 0;
    }
  }

  private skip(n: number): void {
    this.buffered -= n;
    while (n > 0) {
      const chunk = this.chunks[0]!;
      const available = chunk.length - this.offset;
      if (n < available) {
        this.offset += n;
        return;
      }
      n -= available;
      this.chunks.shift();
      this.offset = 0;
    }
  }

  private take(n: number): Buffer {
    const first = this.chunks[0]!;
    const available = first.length - this.offset;
    if (n <= available) {
      const body = first.subarray(this.offset, this.offset + n);
      this.buffered -= n;
      if (n === available) {
        this.chunks.shift();
        this.offset = 0;
      } else {
        this.offset += n;
      }
      return body;
    }
    const body = Buffer.allocUnsafe(n);
    this.peek(body, n);
    this.skip(n);
    return body;
  }
}
