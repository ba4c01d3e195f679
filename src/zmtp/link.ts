/**
 * The boundary between a socket (src/sockets) and one connected peer.
 *
 * A ZMTP `Session` (src/zmtp/session.ts) implements `Link` over any transport adapter (byte stream, WebSocket);
 * inproc, udp and raw STREAM links implement it directly. Socket types only ever see these two interfaces, so
 * routing code never parses bytes and the engine never knows routing rules.
 */

/** What the handshake told us about the peer. */
export interface PeerInfo {
  /** Peer's `Socket-Type` property exactly as sent ("PUB", "DEALER", ...), or undefined when absent (H-8). */
  readonly socketType: string | undefined;
  /** Peer's `Identity` property; empty when absent or empty. */
  readonly identity: Buffer;
  /** Every property of the peer's READY (names as sent on the wire), including Socket-Type and Identity. */
  readonly properties: ReadonlyMap<string, Buffer>;
  /** ZMTP minor version the peer advertised (0 = ZMTP 3.0, 1 = 3.1); inproc reports 1, a ZMTP 2.0 peer 0. */
  readonly minor: number;
  /** Remote address as text for events ("tcp://127.0.0.1:5555", "ipc:///tmp/x", "inproc://name"). */
  readonly address: string;
  /** udp: the peer cannot send JOIN/LEAVE, so a RADIO sends it every group (libzmq's "subscribe to all"). */
  readonly allGroups?: boolean;
}

/** Outbound side of a peer, used by a socket's pipe. */
export interface Link {
  /**
   * Queue a complete multipart data message (at least one part) for the peer. Never throws.
   * Bodies are not copied: the caller must not mutate them afterwards.
   */
  send(parts: Buffer[]): void;
  /** False while the underlying transport is backpressured; `LinkHandler.onDrain` fires when it clears. */
  readonly writable: boolean;
  /** Send a subscription in the form the peer understands (3.1: SUBSCRIBE command, 3.0: `0x01`+topic message). */
  subscribe(topic: Buffer): void;
  /** Send a cancel in the form the peer understands (3.1: CANCEL command, 3.0: `0x00`+topic message). */
  cancel(topic: Buffer): void;
  /**
   * Send a command the engine itself does not interpret (RADIO/DISH's JOIN and LEAVE, ZMTP 3.1 in RFC 37), in
   * order with the data messages. Optional: links that cannot carry commands (udp, raw streams) leave it out.
   */
  command?(name: string, data: Buffer): void;
  /**
   * Stop delivering inbound messages (receive HWM reached); TCP then pushes back on the sender.
   * `keepReading` (an unlimited receive HWM, whose queue must never push back on the peer): keep taking the peer's
   * input but hold it as received bytes, decoding it only after `resume()`. A held backlog costs its wire size
   * instead of objects per message. Links that cannot hold input that way ignore such a pause and deliver on.
   */
  pause(keepReading?: boolean): void;
  resume(): void;
  /**
   * Close the link. With `linger` > 0 or -1, queued outbound data is flushed first (at most `linger` ms when
   * > 0); with 0 it is dropped. `onClose` fires once the link is gone.
   */
  close(linger?: number): void;
  /** Set once the handshake is complete (undefined before `onReady`). */
  readonly peer: PeerInfo | undefined;
}

/** Inbound side: how a link reports to its owner. Every callback is invoked from a fresh stack, never re-entrantly
 * from inside a `Link` method call. */
export interface LinkHandler {
  /** Handshake complete; data may flow both ways from now on. */
  onReady(peer: PeerInfo): void;
  /** One complete multipart data message (never a partial one, F-6). */
  onMessage(parts: Buffer[]): void;
  /** SUBSCRIBE command, or (when enabled for PUB/XPUB sockets) a `0x01`-prefixed data frame. */
  onSubscribe(topic: Buffer): void;
  /** CANCEL command, or (when enabled for PUB/XPUB sockets) a `0x00`-prefixed data frame. */
  onCancel(topic: Buffer): void;
  /**
   * A command the engine does not handle itself (JOIN, LEAVE, ...), unknown names included. `data` may be a view
   * of the engine's read buffer: valid during the call only, so copy what you keep.
   */
  onCommand?(name: string, data: Buffer): void;
  /** The link became writable again after `writable` was false. */
  onDrain(): void;
  /**
   * The link is closed, exactly once. `error` is undefined for a clean close by either side; otherwise it tells
   * why: a protocol error (`kind: "protocol"`, ProtoError code), an authentication failure (`kind: "auth"`), a
   * handshake timeout, a heartbeat timeout, or a transport error. `handshakeDone` says whether onReady had fired.
   */
  onClose(error: LinkError | undefined, handshakeDone: boolean): void;
}

export type LinkErrorKind = "protocol" | "auth" | "timeout" | "transport";

export interface LinkError extends Error {
  kind: LinkErrorKind;
  /** ProtoError code such as "ERR_ZMTP_MALFORMED_COMMAND_READY", or a POSIX-style code for transport errors. */
  code: string;
  /** ZAP status (300/400/500) for `kind: "auth"`. */
  status?: number;
  /** True when the peer sent an ERROR command: the dialer must not reconnect (H-14). */
  fatal?: boolean;
}
