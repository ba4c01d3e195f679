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

/** The same bytes as a Buffer, without copying. */
export function asBuffer(frame: Uint8Array): Buffer {
  return Buffer.isBuffer(frame) ? frame : Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength);
}

/** A 64-bit or arbitrary integer from the wire as a plain number when it is a safe integer, else as a bigint. */
export function safeInteger(value: bigint): number | bigint {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}
