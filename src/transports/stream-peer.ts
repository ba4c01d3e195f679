import type { Duplex } from "node:stream";
import { Dialer, type DialAttempt } from "./dialer.js";
import { RawLink } from "./raw-link.js";
import type { Link, LinkHandler } from "../zmtp/link.js";
import type { ConnectContext, Connecter, LinkSpec, PeerConnection } from "./transport.js";
import { openZmtpStream } from "./zmtp-stream.js";

/** A connected byte stream (tcp, ipc) as a peer: a ZMTP session over it, or raw bytes for ZMQ_STREAM sockets. */
export function streamPeer(stream: Duplex): PeerConnection {
  return new StreamPeer(stream);
}

class StreamPeer implements PeerConnection {
  constructor(private readonly stream: Duplex) {}

  /** Asked only when needed (ZAP): Node's getter costs a getpeername call. */
  get remoteAddress(): string | undefined {
    return (this.stream as Duplex & { remoteAddress?: string }).remoteAddress;
  }

  open(handler: LinkHandler, spec: LinkSpec): Link {
    const stream = this.stream;
    return spec.raw
      ? new RawLink(stream, handler, spec.session.address)
      : openZmtpStream(stream, handler, spec.session);
  }

  refuse(): void {
    this.stream.destroy();
  }
}

/** A connecter that dials with `attempt`, reconnecting with libzmq's backoff, until closed. */
export function dialingConnecter<T>(
  address: string,
  attempt: DialAttempt<T>,
  toPeer: (connection: T) => PeerConnection,
  context: ConnectContext,
): Connecter {
  const dialer = new Dialer(address, attempt, context.options, {
    onStream: (connection) => context.connected(toPeer(connection)),
    onConnectDelay: () => context.connectDelayed(),
    onConnectRetry: (_address, interval) => context.connectRetried(interval),
  });
  dialer.start();
  return { reconnect: () => dialer.reconnect(), close: () => dialer.close(), retries: true };
}
