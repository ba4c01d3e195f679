/**
 * The raw node:net ceiling: messages as [u32le length][payload] on a plain stream. The parser hands out each
 * message as a Buffer (a subarray when it lies in one chunk, one concatenation when it straddles chunks), which is
 * the least work any message library on node:net must do.
 */
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

/** Appends messages into 64 KiB batch buffers; large messages go out as [header, payload] under one cork. */
export class BatchWriter {
  static readonly BATCH = 64 * 1024;
  private batch = Buffer.allocUnsafe(BatchWriter.BATCH);
  private used = 0;

  constructor(private readonly write: (data: Buffer) => boolean, private readonly cork: () => void, private readonly uncork: () => void) {}

  /** Returns false when the stream asked to wait for "drain". */
  add(msg: Buffer): boolean {
    const frame = 4 + msg.length;
    if (frame > BatchWriter.BATCH) {
      let ok = this.flush();
      const header = Buffer.allocUnsafe(4);
      header.writeUInt32LE(msg.length, 0);
      this.cork();
      this.write(header);
      ok = this.write(msg) && ok;
      this.uncork();
      return ok;
    }
    if (this.used + frame > BatchWriter.BATCH && !this.flush()) {
      this.append(msg);
      return false;
    }
    this.append(msg);
    return true;
  }

  /** Writes what is batched; returns false when the stream asked to wait for "drain". */
  flush(): boolean {
    if (this.used === 0) return true;
    const out = this.batch.subarray(0, this.used);
    this.batch = Buffer.allocUnsafe(BatchWriter.BATCH);
    this.used = 0;
    return this.write(out);
  }

  private append(msg: Buffer): void {
    this.batch.writeUInt32LE(msg.length, this.used);
    msg.copy(this.batch, this.used + 4);
    this.used += 4 + msg.length;
  }
}
