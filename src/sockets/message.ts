/** Anything zeromq.js accepts as one message part. */
export type MessageLike = ArrayBufferView | ArrayBuffer | SharedArrayBuffer | string | number | null;

/** A received message part. */
export type Message = Buffer;

const EMPTY = Buffer.alloc(0);

/** Convert one part as zeromq.js does (src/outgoing_msg.cc): bytes as is, null empty, strings UTF-8, else String(). */
export function toFrame(part: MessageLike): Buffer {
  if (Buffer.isBuffer(part)) return part;
  if (typeof part === "string") return Buffer.from(part, "utf8");
  if (part === null) return EMPTY;
  if (ArrayBuffer.isView(part)) return Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  if (part instanceof ArrayBuffer || (typeof SharedArrayBuffer !== "undefined" && part instanceof SharedArrayBuffer)) {
    return Buffer.from(part);
  }
  return Buffer.from(String(part), "utf8");
}

/** A message (single part or array of parts) as an array of Buffers. */
export function toFrames(message: MessageLike | MessageLike[]): Buffer[] {
  if (Array.isArray(message)) {
    const frames = new Array<Buffer>(message.length);
    for (let i = 0; i < message.length; i++) frames[i] = toFrame(message[i] as MessageLike);
    return frames;
  }
  return [toFrame(message)];
}
