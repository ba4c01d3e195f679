/** Anything zeromq.js accepts as one message part. */
type MessageLike = ArrayBufferView | ArrayBuffer | SharedArrayBuffer | string | number | null;
/** A received message part. */
type Message = Buffer;

export { Message as M, MessageLike as a };
