import { Queue } from "./queue.js";

type Frames = Buffer[];

/** Bodies below this size are copied into the queue's own bytes; larger ones are kept by reference (zero-copy). */
export const COPY_BELOW = 1024;
const CHUNK_SIZE = 64 * 1024;
const FIRST_CHUNK_SIZE = 1024;
/** Largest chunk kept while the queue is empty. */
const KEEP_CHUNK = 16 * 1024;
/** Record length that stands for "the next message of `others`". */
const OTHER = 0xffffffff;

/**
 * A pipe's outbound FIFO of messages that keeps a backlog compact: a one-part message below COPY_BELOW bytes is
 * copied into chunks of bytes (a 4-byte length, then the body) instead of being held as an array and a Buffer of its
 * own. A long backlog of small objects is what costs in a JS heap: they outlive young-generation GCs and are copied
 * and marked again and again. Other messages are held as frames (small parts copied, large ones by reference).
 * `shift()` hands out views of the chunks, which are never written again once filled.
 */
export class MessageQueue implements Iterable<Frames> {
  private readonly chunks = new Queue<Buffer>();
  /** Read position in the first chunk, write position in the last one. */
  private readAt = 0;
  private writeAt = 0;
  private last: Buffer | undefined;
  private nextChunkSize = FIRST_CHUNK_SIZE;
  private readonly others = new Queue<Frames>();
  private size = 0;

  get length(): number {
    return this.size;
  }

  /** Queue a copy of `frames` (the caller may reuse its buffers afterwards). */
  push(frames: Frames): void {
    this.size++;
    const body = frames.length === 1 ? frames[0]! : undefined;
    if (body === undefined || body.length >= COPY_BELOW) {
      this.writeLength(OTHER);
      this.others.push(copySmallFrames(frames));
      return;
    }
    this.writeLength(body.length);
    this.last!.set(body, this.writeAt);
    this.writeAt += body.length;
  }

  shift(): Frames | undefined {
    if (this.size === 0) return undefined;
    this.size--;
    let chunk = this.chunks.peek()!;
    if (chunk.length - this.readAt < 4 || chunk.readUInt32LE(this.readAt) === 0) {
      // the rest of this chunk is unused (a record never straddles chunks): the next one holds the record
      this.chunks.shift();
      chunk = this.chunks.peek()!;
      this.readAt = 0;
    }
    const length = chunk.readUInt32LE(this.readAt);
    this.readAt += 4;
    let frames: Frames;
    if (length === OTHER) {
      frames = this.others.shift()!;
    } else {
      frames = [chunk.subarray(this.readAt, this.readAt + length - 1)];
      this.readAt += length - 1;
    }
    if (this.size === 0) this.reset();
    return frames;
  }

  clear(): void {
    this.others.clear();
    this.size = 0;
    this.reset();
  }

  /** The queued messages in order, without taking them. */
  *[Symbol.iterator](): IterableIterator<Frames> {
    let others = 0;
    const otherList = [...this.others];
    let first = true;
    let left = this.size;
    for (const chunk of this.chunks) {
      let at = first ? this.readAt : 0;
      first = false;
      while (left > 0 && chunk.length - at >= 4) {
        const length = chunk.readUInt32LE(at);
        if (length === 0) break;
        at += 4;
        left--;
        if (length === OTHER) {
          yield otherList[others++]!;
        } else {
          yield [chunk.subarray(at, at + length - 1)];
          at += length - 1;
        }
      }
    }
  }

  /** Lengths are stored plus one, so a 0 marks the unused end of a chunk. */
  private writeLength(length: number): void {
    const needed = 4 + (length === OTHER ? 0 : length);
    const last = this.last;
    if (last === undefined || last.length - this.writeAt < needed) {
      if (last !== undefined && last.length - this.writeAt >= 4) last.writeUInt32LE(0, this.writeAt);
      const chunk = Buffer.allocUnsafe(Math.max(this.nextChunkSize, needed));
      this.nextChunkSize = Math.min(this.nextChunkSize * 4, CHUNK_SIZE);
      this.chunks.push(chunk);
      this.last = chunk;
      this.writeAt = 0;
    }
    this.last!.writeUInt32LE(length === OTHER ? OTHER : length + 1, this.writeAt);
    this.writeAt += 4;
  }

  /**
   * Empty. A small last chunk with room left is kept (bytes before `writeAt` may be viewed by messages handed out,
   * so writing goes on after them); otherwise every chunk goes (views keep their own alive) and sizes start small,
   * so a pipe that once had a backlog pins at most KEEP_CHUNK bytes.
   */
  private reset(): void {
    const last = this.last;
    if (last !== undefined && last.length <= KEEP_CHUNK && last.length - this.writeAt >= 4 + COPY_BELOW) {
      while (this.chunks.length > 1) this.chunks.shift();
      this.readAt = this.writeAt;
      return;
    }
    this.chunks.clear();
    this.last = undefined;
    this.readAt = 0;
    this.writeAt = 0;
    this.nextChunkSize = FIRST_CHUNK_SIZE;
  }
}

/**
 * A queued message must not change or pin memory when the caller reuses or drops its buffers after send()
 * resolved: small frames are copied (cheap), large ones are kept, as zeromq.js keeps them zero-copy.
 */
export function copySmallFrames(frames: Frames): Frames {
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]!;
    if (frame.length > 0 && frame.length < COPY_BELOW) frames[i] = Buffer.from(frame);
  }
  return frames;
}
