import { FLAG_COMMAND, FLAG_MORE } from "./constants.js";
import { protocolError } from "./errors.js";
import type { LinkError } from "./link.js";
import type { PlainFrame } from "./mechanism.js";

/**
 * ZWS 2.0 framing (RFC 45 §Framing): one ZMTP frame per binary WebSocket message, a flags byte first
 * (0x01 MORE, 0x02 COMMAND) and the body after it. No greeting: the mechanism is the WebSocket subprotocol.
 * Pure functions over bytes, shared by every WebSocket implementation (the `ws` package in Node, a browser's own).
 */

const ZWS_MORE = 0x01;
const ZWS_COMMAND = 0x02;
const ZWS_RESERVED = ~(ZWS_MORE | ZWS_COMMAND) & 0xff;

/** RFC 45 §Handshake: the subprotocol naming a mechanism ("ZWS2.0/NULL", "ZWS2.0/PLAIN", "ZWS2.0/CURVE"). */
export function zwsProtocol(mechanism: string): string {
  return `ZWS2.0/${mechanism}`;
}

/** RFC 45 §No Mechanism: routing ids instead of a handshake; the only ZWS subprotocol a browser can offer. */
export const ZWS_NO_MECHANISM = "ZWS2.0";

/** What a client offers, in order of preference (libzmq offers the same for NULL). */
export function zwsOffer(mechanism: string): string[] {
  return mechanism === "NULL" ? [zwsProtocol("NULL"), ZWS_NO_MECHANISM] : [zwsProtocol(mechanism)];
}

/** The server's choice among what a client offered, or undefined when nothing fits our mechanism. */
export function zwsChoose(offered: readonly string[], mechanism: string): string | undefined {
  return zwsOffer(mechanism).find((protocol) => offered.includes(protocol));
}

/** Encode one frame (ZMTP flags MORE/COMMAND) as the payload of one binary WebSocket message. */
export function encodeZwsFrame(flags: number, body: Uint8Array): Buffer {
  const message = Buffer.allocUnsafe(1 + body.length);
  message[0] = ((flags & FLAG_MORE) !== 0 ? ZWS_MORE : 0) | ((flags & FLAG_COMMAND) !== 0 ? ZWS_COMMAND : 0);
  message.set(body, 1);
  return message;
}

/**
 * Decode one binary WebSocket message into a frame with ZMTP flags. Refuses an empty message (libzmq does too), a
 * flags byte with reserved bits set, and a body above `limit` bytes (-1 = unlimited). The body is a view, not a copy.
 */
export function decodeZwsFrame(message: Buffer, limit: number): PlainFrame | LinkError {
  if (message.length === 0) return protocolError("ERR_ZMTP_UNSPECIFIED", "empty ZWS message (no flags byte)");
  const flags = message[0]!;
  if ((flags & ZWS_RESERVED) !== 0) {
    return protocolError("ERR_ZMTP_UNSPECIFIED", `ZWS flags byte 0x${flags.toString(16)} has reserved bits set`);
  }
  const size = message.length - 1;
  if (limit >= 0 && size > limit) {
    return protocolError("ERR_ZMTP_UNSPECIFIED", `frame of ${size} bytes exceeds maxMessageSize ${limit}`);
  }
  const command = (flags & ZWS_COMMAND) !== 0;
  return {
    // a command is a single frame: MORE means nothing on it
    flags: command ? FLAG_COMMAND : (flags & ZWS_MORE) !== 0 ? FLAG_MORE : 0,
    body: message.subarray(1),
  };
}
