import { protocolError } from "./errors.js";
import type { LinkError } from "./link.js";
import { getProperty } from "./metadata.js";

/** Who may talk to whom (CONFORMANCE §4, RFC 37), plus libzmq's draft pairs. */
const PEERS: Readonly<Record<string, readonly string[]>> = {
  REQ: ["REP", "ROUTER"],
  REP: ["REQ", "DEALER"],
  DEALER: ["REP", "DEALER", "ROUTER"],
  ROUTER: ["REQ", "DEALER", "ROUTER"],
  PUB: ["SUB", "XSUB"],
  XPUB: ["SUB", "XSUB"],
  SUB: ["PUB", "XPUB"],
  XSUB: ["PUB", "XPUB"],
  PUSH: ["PULL"],
  PULL: ["PUSH"],
  PAIR: ["PAIR"],
  CLIENT: ["SERVER"],
  SERVER: ["CLIENT"],
  RADIO: ["DISH"],
  DISH: ["RADIO"],
  SCATTER: ["GATHER"],
  GATHER: ["SCATTER"],
  PEER: ["PEER"],
  CHANNEL: ["CHANNEL"],
};

/** Whether a socket of type `ours` accepts a peer announcing `theirs` (exact, case-sensitive, like libzmq). */
export function socketTypesCompatible(ours: string, theirs: string): boolean {
  return Object.hasOwn(PEERS, ours) && PEERS[ours]!.includes(theirs);
}

/**
 * Why a peer whose metadata is `properties` may not talk to a socket of type `ours` (H-7), or undefined. A missing
 * Socket-Type is accepted (H-8). Servers check this before answering INITIATE with READY, as libzmq does.
 */
export function peerSocketTypeError(ours: string, properties: ReadonlyMap<string, Buffer>): LinkError | undefined {
  const type = getProperty(properties, "Socket-Type")?.toString("latin1");
  if (type === undefined || socketTypesCompatible(ours, type)) return undefined;
  // libzmq closes without ERROR; zeromq.js would not see a code, ERR_ZMTP_INVALID_METADATA is closest.
  return protocolError("ERR_ZMTP_INVALID_METADATA", `socket type ${type} cannot talk to ${ours}`);
}

/** Socket types whose READY carries an `Identity` property (H-5). */
export function sendsIdentity(socketType: string): boolean {
  return socketType === "REQ" || socketType === "DEALER" || socketType === "ROUTER";
}

/**
 * The socket-type byte of a ZMTP 2.0 greeting (RFC 15 §Socket Types, which lists 0..8); libzmq sends its ZMQ_*
 * constant there for every type, so XPUB, XSUB and the draft types follow the same numbering.
 */
const ZMTP2_TYPES: readonly string[] = [
  "PAIR",
  "PUB",
  "SUB",
  "REQ",
  "REP",
  "DEALER",
  "ROUTER",
  "PULL",
  "PUSH",
  "XPUB",
  "XSUB",
  "STREAM",
  "SERVER",
  "CLIENT",
  "RADIO",
  "DISH",
  "GATHER",
  "SCATTER",
  "DGRAM",
  "PEER",
  "CHANNEL",
];

/** Our socket type as a ZMTP 2.0 greeting byte, or undefined when it has none. */
export function zmtp2TypeCode(socketType: string): number | undefined {
  const code = ZMTP2_TYPES.indexOf(socketType);
  return code < 0 ? undefined : code;
}

/** A ZMTP 2.0 peer's socket-type byte as a type name, or undefined when unknown. */
export function zmtp2TypeName(code: number): string | undefined {
  return ZMTP2_TYPES[code];
}
