/** Frame flag bits (CONFORMANCE §1.3). */
export const FLAG_MORE = 0x01;
export const FLAG_LONG = 0x02;
export const FLAG_COMMAND = 0x04;

export const GREETING_SIZE = 64;
/** Length of the mechanism field in the greeting. */
export const MECHANISM_SIZE = 20;

/** Largest frame accepted while handshaking when no smaller maxMessageSize is set (F-9). */
export const HANDSHAKE_FRAME_LIMIT = 1024 * 1024;

/** Bodies up to this size are copied into the outbound batch; larger ones are written by reference. */
export const COPY_THRESHOLD = 256;

export const EMPTY = Buffer.alloc(0);

/** Bytes encoded in one turn before a connection reports `writable` false: enough to amortise one write per turn. */
export const BATCH_LIMIT = 256 * 1024;
