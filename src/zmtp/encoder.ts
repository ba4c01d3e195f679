import { COPY_THRESHOLD, FLAG_COMMAND, FLAG_LONG, FLAG_MORE } from "./constants.js";

const TWO_32 = 0x1_0000_0000;
const SLAB_SIZE = 64 * 1024;
const FIRST_SLAB_SIZE = 1024;
const SMALL_BODY = 32;
const EMPTY_SLAB = Buffer.alloc(0);

/** Size of the header for a body of `length` bytes: short form up to 255, long form above (F-1). */
export function headerSize(length: number): number {
  return length < 256 ? 2 : 9;
}

/** Write a frame header at `at`; `flags` holds MORE/COMMAND, LONG is added here. Returns the header size. */
export function writeHeader(into: Buffer, at: number, flags: number, length: number): number {
  if (length < 256) {
    into[at] = flags & (FLAG_MORE | FLAG_COMMAND);
    into[at + 1] = length;
    return 2;
  }
  into[at] = (flags & (FLAG_MORE | FLAG_COMMAND)) | FLAG_LONG;
  into.writeUInt32BE(Math.floor(length / TWO_32), at + 1);
  into.writeUInt32BE(length >>> 0, at + 5);
  return 9;
}

/** One complete frame as a fresh buffer (for tests and one-off commands). */
export function encodeFrame(flags: number, body: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(headerSize(body.length) + body.length);
  const n = writeHeader(frame, 0, flags, body.length);
  frame.set(body, n);
  return frame;
}

/** A multipart data message as one buffer (MORE on all but the last part). */
export function encodeMessage(parts: readonly Uint8Array[]): Buffer {
  const writer = new FrameWriter();
  writer.message(parts);
  const out = writer.take();
  return out.length === 1 ? out[0]! : Buffer.concat(out);
}

/**
 * Batches outbound frames: headers and small bodies are copied back to back into a slab, large bodies are kept by
 * reference. `take()` returns the batch as few buffers as possible, ready for one write (or a corked writev).
 * Regions handed out by `take()` are never written again, so the stream may hold on to them.
 */
export class FrameWriter {
  private slab = EMPTY_SLAB;
  /** Slabs start small (idle connections stay cheap) and grow to SLAB_SIZE as traffic flows. */
  private nextSlabSize = FIRST_SLAB_SIZE;
  /** Start of the not-yet-taken region of the slab. */
  private start = 0;
  private pos = 0;
  private out: Buffer[] = [];
  private bytes = 0;

  /** Bytes queued since the last `take()`. */
  get pending(): number {
    return this.bytes;
  }

  frame(flags: number, body: Buffer): void {
    const length = body.length;
    this.bytes += headerSize(length) + length;
    if (length <= COPY_THRESHOLD) {
      this.reserve(9 + length);
      const slab = this.slab;
      let pos = this.pos + writeHeader(slab, this.pos, flags, length);
      if (length <= SMALL_BODY) {
        // a plain loop beats Buffer#copy's native call for a few bytes
        for (let i = 0; i < length; i++) slab[pos + i] = body[i]!;
        pos += length;
      } else {
        // TypedArray#set: a plain memmove, without Buffer#copy's argument handling (a third of a fan-out's sends)
        slab.set(body, pos);
        pos += length;
      }
      this.pos = pos;
      return;
    }
    this.reserve(9);
    this.pos += writeHeader(this.slab, this.pos, flags, length);
    this.seal();
    this.out.push(body);
  }

  /**
   * Queue a frame whose body of `length` bytes the caller writes itself, straight into the batch: writes the header
   * and returns the offset of the body in `batch`, to be filled before anything else is queued. A codec that builds
   * the wire body (CURVE) then needs no buffer of its own per frame, and the batch stays one contiguous write.
   */
  reserveFrame(flags: number, length: number): number {
    this.bytes += headerSize(length) + length;
    this.reserve(9 + length);
    const at = this.pos + writeHeader(this.slab, this.pos, flags, length);
    this.pos = at + length;
    return at;
  }

  /** The buffer `reserveFrame` offsets point into (valid until the next call on this writer). */
  get batch(): Buffer {
    return this.slab;
  }

  message(parts: readonly Uint8Array[]): void {
    const last = parts.length - 1;
    for (let i = 0; i <= last; i++) {
      const part = parts[i]!;
      const body = Buffer.isBuffer(part) ? part : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
      this.frame(i < last ? FLAG_MORE : 0, body);
    }
  }

  /** Everything queued since the last call, in order; empty when nothing is queued. */
  take(): Buffer[] {
    this.seal();
    const out = this.out;
    this.out = [];
    this.bytes = 0;
    return out;
  }

  private seal(): void {
    if (this.pos > this.start) {
      this.out.push(this.slab.subarray(this.start, this.pos));
      this.start = this.pos;
    }
  }

  private reserve(n: number): void {
    if (this.slab.length - this.pos >= n) return;
    this.seal();
    this.slab = Buffer.allocUnsafe(Math.max(this.nextSlabSize, n));
    this.nextSlabSize = Math.min(this.nextSlabSize * 4, SLAB_SIZE);
    this.start = 0;
    this.pos = 0;
  }
}
