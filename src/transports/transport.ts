import type { Link, LinkHandler, PeerInfo } from "../zmtp/link.js";
import type { SessionOptions } from "../zmtp/session.js";
import type { KeepaliveOptions } from "./keepalive.js";

/** A parsed endpoint: `transport` is its scheme, `address` the text it was parsed from. */
export interface ParsedEndpoint {
  readonly transport: string;
  readonly address: string;
}

/** What a socket wants of every link a transport opens for it. */
export interface LinkSpec {
  /** Options for the ZMTP session; `address` is what events and PeerInfo show. */
  readonly session: SessionOptions;
  /** ZMQ_STREAM: raw bytes, no ZMTP (byte-stream transports only). */
  readonly raw: boolean;
}

/** A new connection, not yet given to a socket: the socket opens it with its handler, or refuses it. */
export interface PeerConnection {
  /** The peer's IP address where there is one (for ZAP requests). */
  readonly remoteAddress?: string;
  open(handler: LinkHandler, spec: LinkSpec): Link;
  refuse(): void;
}

/** Socket options a transport reads (names and meanings as zeromq.js / libzmq). */
export interface TransportOptions extends KeepaliveOptions {
  readonly backlog: number;
  readonly ipv6: boolean;
  readonly reconnectInterval: number;
  readonly reconnectMaxInterval: number;
  readonly connectTimeout: number;
  /** ZMQ_MULTICAST_HOPS (udp multicast TTL). */
  readonly multicastHops: number;
  /** Bytes per frame, -1 = unlimited. */
  readonly maxMessageSize: number;
  /** wss:// (libzmq ZMQ_WSS_*): our certificate and key (PEM), the trust anchor, the expected server name, and
   * whether the system's trust store counts too. */
  readonly wssKeyPem: string | null;
  readonly wssCertPem: string | null;
  readonly wssTrustPem: string | null;
  readonly wssHostname: string | null;
  readonly wssTrustSystem: boolean;
}

/** The socket's side of a bind or connect. */
export interface TransportContext {
  readonly options: TransportOptions;
  /** Our type name and routing id, for transports that introduce peers without a handshake (inproc). */
  readonly socketType: string;
  readonly identity: Buffer;
  /** Our security mechanism's name ("NULL"): WebSocket transports negotiate it as a subprotocol. */
  readonly mechanism: string;
  /** Shared by all sockets of one context (inproc's endpoint names live in it). */
  readonly scope: object;
}

export interface BindContext extends TransportContext {
  /** A peer connected to us. */
  accepted(peer: PeerConnection): void;
}

export interface ConnectContext extends TransportContext {
  /** A connection to the endpoint is established. */
  connected(peer: PeerConnection): void;
  /** An asynchronous connect is under way ("connect:delay"). */
  connectDelayed(): void;
  /** The next attempt is scheduled after `interval` ms ("connect:retry"). */
  connectRetried(interval: number): void;
}

export interface TransportListener {
  /** The resolved endpoint as `lastEndpoint` reports it, e.g. "tcp://127.0.0.1:41234", "ipc:///tmp/x". */
  readonly endpoint: string;
  /** Stop accepting; connections already accepted are not touched. Resolves once the address is free again. */
  close(): Promise<void>;
}

/** The connecting side of one connect(): dials, and dials again after a loss, until closed. */
export interface Connecter {
  /** The link it gave went down: try again (with backoff) where the transport reconnects at all. */
  reconnect(): void;
  /** Stop for good; no callback after this. */
  close(): void;
  /** While not connected, it keeps trying, so queued messages may still be delivered during linger. */
  readonly retries: boolean;
}

/**
 * One transport (tcp, ipc, inproc, ws, wss): its scheme, endpoint syntax, and how it binds and connects. The socket
 * core only ever talks to this interface.
 */
export interface Transport<E extends ParsedEndpoint = ParsedEndpoint> {
  readonly scheme: string;
  /** libzmq reports socket monitor events (bind, accept, connect, close...) for it; inproc and udp have none. */
  readonly monitored: boolean;
  /** A failed bind is reported as "bind:error" even though the transport is not `monitored` (udp). */
  readonly reportsBindErrors?: boolean;
  /** Which socket types may bind or connect with it (udp: DISH and DGRAM bind, RADIO connects); default all. */
  supports?(socketType: string, purpose: "bind" | "connect"): boolean;
  /** What a connecting pipe knows of its peer before any link exists (udp: a radio sends every group). */
  presetPeer?(address: string): PeerInfo;
  /** Parse the part after "scheme://"; throws a ZmqError (EINVAL...) like zeromq.js at bind/connect time. */
  parse(address: string, rest: string, purpose: "bind" | "connect"): E;
  listen(endpoint: E, context: BindContext): Promise<TransportListener>;
  connect(endpoint: E, context: ConnectContext): Connecter;
}
