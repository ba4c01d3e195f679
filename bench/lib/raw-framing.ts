/**
 * The raw node:net ceiling: messages as [u32le length][payload] on a plain stream.
 *
 * Throughput ceiling: `LengthCounter` reads length prefixes in place from a reused read buffer (net's `onread`) and
 * skips payloads without copying or allocating, so large messages spanning many reads cost nothing beyond the read
 * itself. Round trips (echo/ping) use `LengthPrefixedParser`, which hands out each message as a Buffer because the
 * echo has to send it back.
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

/** Hands out each message as a Buffer (a subarray when it lies in one chunk, one concatenation when it straddles). */
export class LengthPrefixedParser {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private needed = 4;

  constructor(private readonly onMessage: (msg: Buffer) => void) {}

  push(chunk: Buffer): void {
    if (this.pendingBytes > 0) {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      if (this.pendingBytes < this.needed) return;
      if (this.needed === 4 || this.pending[0]!.length < 4) {
        const joined = Buffer.concat(this.pending, this.pendingBytes);
        this.pending = [joined];
        this.needed = 4 + joined.readUInt32LE(0);
        if (this.pendingBytes < this.needed) return;
      }
      chunk = Buffer.concat(this.pending, this.pendingBytes);
      this.pending = [];
      this.pendingBytes = 0;
    }
    let at = 0;
    const end = chunk.length;
    while (end - at >= 4) {
      const length = chunk.readUInt32LE(at);
      if (end - at - 4 < length) break;
      this.onMessage(chunk.subarray(at + 4, at + 4 + length));
      at += 4 + length;
    }
    if (at < end) {
      const rest = chunk.subarray(at);
      this.pending.push(rest);
      this.pendingBytes = rest.length;
      this.needed = rest.length >= 4 ? 4 + rest.readUInt32LE(0) : 4;
    }
  }
}
