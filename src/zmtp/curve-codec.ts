import { FLAG_COMMAND, FLAG_MORE } from "./constants.js";
import { alignedBuffer, BoxStream, readCounter, TAG_BYTES, writeCounter } from "./curve-crypto.js";
import { protocolError } from "./errors.js";
import type { LinkError } from "./link.js";
import type { FrameCodec, PlainFrame } from "./mechanism.js";

/** "\x07MESSAGE" */
const MESSAGE_NAME = new Uint8Array([7, 0x4d, 0x45, 0x53, 0x53, 0x41, 0x47, 0x45]);
const HEADER = 16; // name (8) + short nonce (8)
/** Inner flags byte (libzmq's curve_mechanism_base.cpp): bit 0 MORE, bit 1 COMMAND. */
const INNER_MORE = 0x01;
const INNER_COMMAND = 0x02;

/**
 * CurveZMQ MESSAGE boxes after the handshake (RFC 26 §MESSAGE as libzmq speaks it): every frame, data or command,
 * travels as its own MESSAGE in an outer frame with no flags; MORE and COMMAND ride inside the box. Nonces are
 * 64-bit counters that must strictly increase; any failure closes the connection without an ERROR.
 */
export class CurveCodec implements FrameCodec {
  private readonly sender: BoxStream;
  private readonly receiver: BoxStream;
  private sent: number;
  private received: number;

  /**
   * `key` is the precomputed box key of the two transient keys; `sent` / `received` the last short nonces used by
   * each side during the handshake.
   */
  constructor(key: Uint8Array, asServer: boolean, sent: number, received: number) {
    this.sent = sent;
    this.received = received;
    this.sender = new BoxStream(key, prefix(asServer ? "CurveZMQMESSAGES" : "CurveZMQMESSAGEC"));
    this.receiver = new BoxStream(key, prefix(asServer ? "CurveZMQMESSAGEC" : "CurveZMQMESSAGES"));
  }

  encode(flags: number, body: Buffer): PlainFrame {
    const wire = alignedBuffer(this.wireLength(body.length));
    this.encodeInto(flags, body, wire, 0);
    return { flags: 0, body: wire };
  }

  wireLength(length: number): number {
    return HEADER + TAG_BYTES + 1 + length;
  }

  /** [name][short nonce][16 tag][inner flags][body] at `into[at..)`, encrypted there. */
  encodeInto(flags: number, body: Buffer, into: Buffer, at: number): void {
    for (let i = 0; i < 8; i++) into[at + i] = MESSAGE_NAME[i]!;
    writeCounter(into, at + 8, ++this.sent);
    const text = at + HEADER + TAG_BYTES;
    into[text] = ((flags & FLAG_MORE) !== 0 ? INNER_MORE : 0) | ((flags & FLAG_COMMAND) !== 0 ? INNER_COMMAND : 0);
    if (body.length < 64) for (let i = 0; i < body.length; i++) into[text + 1 + i] = body[i]!;
    else body.copy(into, text + 1);
    this.sender.sealInPlace(into, at + 8, into, at + HEADER, text + 1 + body.length);
  }

  decode(_flags: number, body: Buffer): PlainFrame | LinkError {
    if (body.length < 2 || body[0]! >= body.length) {
      return protocolError(
        "ERR_ZMTP_MALFORMED_COMMAND_UNSPECIFIED",
        "malformed command where a CURVE MESSAGE was expected",
      );
    }
    if (body.length < MESSAGE_NAME.length || !startsWith(body, MESSAGE_NAME)) {
      return protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "expected a CURVE MESSAGE");
    }
    if (body.length < HEADER + TAG_BYTES + 1) {
      return protocolError("ERR_ZMTP_MALFORMED_COMMAND_MESSAGE", "CURVE MESSAGE too short");
    }
    const counter = readCounter(body, 8);
    if (!(counter > this.received)) {
      return protocolError("ERR_ZMTP_INVALID_SEQUENCE", "CURVE MESSAGE nonce did not increase");
    }
    // The frame body is ours alone (a view of a received chunk or the decoder's own assembly buffer): decrypt it
    // where it lies instead of into a new buffer.
    if (!this.receiver.openInPlace(body, 8, body, HEADER, body.length)) {
      return protocolError("ERR_ZMTP_CRYPTOGRAPHIC", "CURVE MESSAGE failed authentication");
    }
    this.received = counter;
    const inner = body[HEADER + TAG_BYTES]!;
    return {
      flags: ((inner & INNER_MORE) !== 0 ? FLAG_MORE : 0) | ((inner & INNER_COMMAND) !== 0 ? FLAG_COMMAND : 0),
      body: body.subarray(HEADER + TAG_BYTES + 1),
    };
  }
}

function prefix(text: string): Uint8Array {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export function startsWith(body: Uint8Array, prefix: Uint8Array): boolean {
  for (let i = 0; i < prefix.length; i++) if (body[i] !== prefix[i]) return false;
  return true;
}
