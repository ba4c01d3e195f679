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
  return Object.prototype.hasOwnProperty.call(PEERS, ours) && PEERS[ours]!.includes(theirs);
}

/** Socket types whose READY carries an `Identity` property (H-5). */
export function sendsIdentity(socketType: string): boolean {
  return socketType === "REQ" || socketType === "DEALER" || socketType === "ROUTER";
}
