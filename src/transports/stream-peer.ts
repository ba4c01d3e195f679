import type { Duplex } from "node:stream";
import { Dialer, type DialAttempt } from "./dialer.js";
import { RawLink } from "./raw-link.js";
import type { ConnectContext, Connecter, PeerConnection } from "./transport.js";
import { openZmtpStream } from "./zmtp-stream.js";

/** A connected byte stream (tcp, ipc) as a peer: a ZMTP session over it, or raw bytes for ZMQ_STREAM sockets. */
export function streamPeer(stream: Duplex): PeerConnection {
  return {
    remoteAddress: (stream as Duplex & { remoteAddress?: string }).remoteAddress,
    open: (handler, spec) =>
      spec.raw ? new RawLink(stream, handler, spec.session.address) : openZmtpStream(stream, handler, spec.session),
    refuse: () => stream.destroy(),
  };
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
