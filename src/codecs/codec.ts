/** The one shape every payload codec has: a value to one frame, and one frame back to a value. */
export interface Codec<T> {
  readonly name: string;
  encode(value: T): Buffer;
  decode(frame: Uint8Array): T;
}

/** Bad or hostile input to a decoder: names the codec and, where known, the byte offset. */
export class CodecError extends Error {
  constructor(
    readonly codec: string,
    message: string,
    readonly offset?: number,
  ) {
    super(`${codec}: ${message}${offset === undefined ? "" : ` (at byte ${offset})`}`);
    this.name = "CodecError";
  }
}

export function asBuffer(frame: Uint8Array): Buffer {
  return Buffer.isBuffer(frame) ? frame : Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength);
}
