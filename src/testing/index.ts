/**
 * purezmq/testing: fast-check arbitraries for ZMTP (greetings, frames, commands, metadata, handshakes, sessions) and
 * hostile mutations of them, for property tests and fuzzers of any ZMTP implementation. fast-check is a peer
 * dependency: the arbitraries must come from the same fast-check instance as your `fc.assert`.
 */
export {
  command,
  commandSegment,
  encodeFrameValue,
  errorCommand,
  frame,
  greeting,
  message,
  metadata,
  metadataProperty,
  propertyName,
  readySegment,
  trafficCommand,
  type FrameOptions,
  type FrameValue,
  type GreetingOptions,
  type MechanismName,
  type MetadataOptions,
} from "./grammar.js";
export {
  chunking,
  handshake,
  helloSegment,
  session,
  traffic,
  type HandshakeOptions,
  type SessionOptions,
} from "./sessions.js";
export { ABSURD_SIZES, applyMutations, hostile, mutation, type Mutation } from "./mutations.js";
export { frameBytes, sessionBytes, sessionWrites, type HostileInput, type Segment, type WireSession } from "./wire.js";
