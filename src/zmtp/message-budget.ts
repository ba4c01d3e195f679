import { protocolError } from "./errors.js";
import type { LinkError } from "./link.js";

/** Bytes of one message (all its parts) when `maxMessageSize` is -1: larger than any sane message, and a ceiling. */
export const DEFAULT_MESSAGE_SIZE_CEILING = 1024 * 1024 * 1024;
/** Parts of one message: far above any real envelope or batch; each held part costs ~100 bytes of heap. */
export const DEFAULT_MAX_MESSAGE_PARTS = 65_536;

export interface MessageLimits {
  /** Bytes of one whole message (every part); -1 = none. */
  readonly maxBytes: number;
  /** Parts of one message; -1 = none. */
  readonly maxParts: number;
}

/** The limits a socket applies: `maxMessageSize` when set, the ceiling otherwise (-1 in either turns it off). */
export function messageLimits(
  maxMessageSize = -1,
  ceiling = DEFAULT_MESSAGE_SIZE_CEILING,
  maxParts = DEFAULT_MAX_MESSAGE_PARTS,
): MessageLimits {
  const maxBytes = maxMessageSize >= 0 ? maxMessageSize : ceiling;
  // every session of a socket asks with the same values: share the (read-only) object
  if (lastLimits.maxBytes !== maxBytes || lastLimits.maxParts !== maxParts) lastLimits = { maxBytes, maxParts };
  return lastLimits;
}

let lastLimits: MessageLimits = { maxBytes: DEFAULT_MESSAGE_SIZE_CEILING, maxParts: DEFAULT_MAX_MESSAGE_PARTS };

/**
 * What a multipart message still being received may grow to. The frame decoder refuses a frame from its header when
 * it would take the message over `maxBytes` (`frameLimit`), before allocating; `addPart` counts each part held.
 */
export class MessageBudget {
  private bytes = 0;
  private parts = 0;

  constructor(private readonly limits: MessageLimits) {}

  /** Largest next frame body (for `FrameDecoder.limit`); -1 = unlimited. */
  get frameLimit(): number {
    return this.limits.maxBytes < 0 ? -1 : this.limits.maxBytes - this.bytes;
  }

  /** Count a part kept for the message in progress; an error when the message is over its part limit. */
  addPart(size: number): LinkError | undefined {
    this.bytes += size;
    this.parts++;
    const max = this.limits.maxParts;
    if (max >= 0 && this.parts >= max) {
      return protocolError("ERR_ZMTP_UNSPECIFIED", `message has more than ${max} parts (maxMessageParts)`);
    }
    return undefined;
  }

  /** The message in progress was delivered or dropped. */
  reset(): void {
    this.bytes = 0;
    this.parts = 0;
  }
}
