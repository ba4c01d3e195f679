import { FRAME, FrameDecoder, NEED_MORE } from "../../../src/zmtp/decoder.js";

/** Bytes from spaced hex, quoted ASCII allowed: `hex('04 05 "READY"')`. */
export function hex(text: string): Buffer {
  const pieces: Buffer[] = [];
  for (const token of text.match(/"[^"]*"|[0-9a-fA-F]{2}/g) ?? []) {
    pieces.push(token.startsWith('"') ? Buffer.from(token.slice(1, -1), "latin1") : Buffer.from(token, "hex"));
  }
  return Buffer.concat(pieces);
}

export interface DecodedFrame {
  flags: number;
  body: Buffer;
}

/** Decode everything in `chunks` (fed one by one); throws if bytes remain or the decoder fails. */
export function decodeAll(chunks: Buffer[], limit = -1): DecodedFrame[] {
  const decoder = new FrameDecoder(limit);
  const frames: DecodedFrame[] = [];
  for (const chunk of chunks) {
    decoder.push(chunk);
    for (;;) {
      const result = decoder.next();
      if (result === NEED_MORE) break;
      if (result !== FRAME) throw decoder.error;
      frames.push({ flags: decoder.flags, body: Buffer.from(decoder.body) });
    }
  }
  if (decoder.bufferedBytes !== 0) throw new Error(`${decoder.bufferedBytes} bytes left over`);
  return frames;
}

/** Split a buffer into chunks at the given cut points. */
export function splitAt(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => Math.max(0, Math.min(bytes.length, c))))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const p of points) {
    if (p > start) chunks.push(bytes.subarray(start, p));
    start = p;
  }
  if (start < bytes.length) chunks.push(bytes.subarray(start));
  return chunks;
}
