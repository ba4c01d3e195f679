export type { Link, LinkError, LinkErrorKind, LinkHandler, PeerInfo } from "./link.js";
export { Session, type PeerStart, type SessionOptions, type SessionTransport } from "./session.js";
export type { Clock } from "./clock.js";
export type { FrameCodec, Mechanism, MechanismHost, PlainFrame } from "./mechanism.js";
export { NullMechanism } from "./null-mechanism.js";
export { buildGreeting, GreetingReader, mechanismField, type PeerGreeting } from "./greeting.js";
export { DECODE_ERROR, FRAME, FrameDecoder, NEED_MORE } from "./decoder.js";
export { encodeFrame, encodeMessage, FrameWriter, headerSize, writeHeader } from "./encoder.js";
export {
  CANCEL,
  cancelBody,
  commandBody,
  commandData,
  commandName,
  ERROR,
  errorBody,
  MAX_PING_CONTEXT,
  parseErrorReason,
  parsePing,
  PING,
  pingBody,
  PONG,
  pongBody,
  READY,
  readyBody,
  SUBSCRIBE,
  subscribeBody,
  ttlToDeciseconds,
} from "./commands.js";
export { encodeProperties, getProperty, parseProperties } from "./metadata.js";
export { sendsIdentity, socketTypesCompatible } from "./socket-types.js";
export { isLinkError, linkError, peerErrorCommand, protocolError, type ProtoErrorCode } from "./errors.js";
export {
  COPY_THRESHOLD,
  FLAG_COMMAND,
  FLAG_LONG,
  FLAG_MORE,
  GREETING_SIZE,
  HANDSHAKE_FRAME_LIMIT,
  MECHANISM_SIZE,
} from "./constants.js";
