/**
 * The raw node:net ceiling: messages as [u32le length][payload] on a plain stream.
 *
 * Throughput ceiling: `LengthCounter` reads length prefixes in place from a reused read buffer (net's `onread`) and
 * skips payloads without copying or allocating, so large messages spanning many reads cost nothing beyond the read
 * itself. `LengthPrefixedParser` hands out each message as a Buffer, as a message library must: the message
 * ceiling for throughput, and the echo side of round trips (which sends each message back).
 */

/** Counts length-prefixed messages in a byte stream fed in arbitrary pieces; never copies a payload. */
export class LengthCounter {
  /** Payload bytes of the current message not seen yet. */
  private remaining = 0;
  private length = 0;
  private inPayload = false;
  /** A length prefix split across reads: bytes collected so far and their value. */
  private headerBytes = 0;
  private header = 0;

  /** `onMessage` runs once per complete message with its payload length; return false to stop counting. */
  constructor(private readonly onMessage: (length: number) => boolean) {}

  /** Feeds bytes [0, end) of `buf`; returns false once `onMessage` asked to stop. */
  feed(buf: Buffer, end: number): boolean {
    let at = 0;
    while (at < end) {
      if (this.inPayload) {
        const take = Math.min(this.remaining, end - at);
        this.remaining -= take;
        at += take;
        if (this.remaining > 0) return true;
        this.inPayload = false;
        if (!this.onMessage(this.length)) return false;
        continue;
      }
      if (this.headerBytes === 0 && end - at >= 4) {
        this.length = buf.readUInt32LE(at);
        at += 4;
      } else {
        while (this.headerBytes < 4 && at < end) this.header += buf[at++]! * 2 ** (8 * this.headerBytes++);
        if (this.headerBytes < 4) return true;
        this.length = this.header;
        this.header = 0;
        this.headerBytes = 0;
      }
      this.remaining = this.length;
      this.inPayload = true;
    }
    // A message whose payload ended exactly at `end` (or an empty one) is complete now.
    if (this.inPayload && this.remaining === 0) {
      this.inPayload = false;
      return this.onMessage(this.length);
    }
    return true;
  }
}

/** One buffer holding `count` copies of [u32le size][payload]: written again and again, it is never modified. */
export function framedBatch(payload: Buffer, count: number): Buffer {
  const frame = 4 + payload.length;
  const batch = Buffer.allocUnsafe(frame * count);
  for (let i = 0; i < count; i++) {
    batch.writeUInt32LE(payload.length, i * frame);
    payload.copy(batch, i * frame + 4);
  }
  return batch;
}

/**
 * Hands out each message as a Buffer: a subarray of the chunk it lies in, or, when it straddles chunks, one buffer
 * of exactly its size that the pieces are copied into (a length prefix split across chunks is collected bytewise).
 */
export class LengthPrefixedParser {
  /** The message being assembled across chunks, and how much of it has arrived. */
  private partial: Buffer | undefined;
  private filled = 0;
  private headerBytes = 0;
  private header = 0;

  constructor(private readonly onMessage: (msg: Buffer) => void) {}

  push(chunk: Buffer): void {
    let at = 0;
    const end = chunk.length;
    while (at < end) {
      if (this.partial !== undefined) {
        const n = chunk.copy(this.partial, this.filled, at);
        this.filled += n;
        at += n;
        if (this.filled < this.partial.length) return;
        const msg = this.partial;
        this.partial = undefined;
        this.onMessage(msg);
        continue;
      }
      let length: number;
      if (this.headerBytes === 0 && end - at >= 4) {
        length = chunk.readUInt32LE(at);
        at += 4;
      } else {
        while (this.headerBytes < 4 && at < end) this.header += chunk[at++]! * 2 ** (8 * this.headerBytes++);
        if (this.headerBytes < 4) return;
        length = this.header;
        this.header = 0;
        this.headerBytes = 0;
      }
      if (end - at >= length) {
        this.onMessage(chunk.subarray(at, at + length));
        at += length;
      } else {
        this.partial = Buffer.allocUnsafe(length);
        this.filled = 0;
      }
    }
  }
}
