import { connect, isIP, type Socket } from "node:net";
import type { DialAttempt } from "./dialer.js";
import { applyKeepalive, type KeepaliveOptions } from "./keepalive.js";

export interface NetDialOptions extends KeepaliveOptions {
  /** Resolve host names to IPv6 as well as IPv4 (default IPv4 only, like libzmq). */
  ipv6?: boolean;
}

/** A tcp target as tcp:// and ws:// endpoints give it. */
export interface TcpTarget {
  host: string;
  port: number;
  source?: { host: string; port: number };
}

/**
 * One tcp connect: "connect:delay" once the address is known (at once for an IP literal), keepalive applied on
 * success; the stream is unref()'d and has no listeners of ours left when handed over.
 */
export function dialTcp(target: TcpTarget, options: NetDialOptions): DialAttempt<Socket> {
  return (events) => {
    // An empty host never resolves in libzmq either: keep retrying rather than let node default to localhost.
    if (target.host.length === 0) {
      events.failed();
      return () => {};
    }
    const stream = connect({
      host: target.host,
      port: target.port,
      family: options.ipv6 === true ? 0 : 4,
      noDelay: true,
      localAddress: target.source === undefined || target.source.host === "*" ? undefined : target.source.host,
      localPort: target.source?.port || undefined,
    });
    const abandon = watch(stream, events, () => applyKeepalive(stream, options));
    if (isIP(target.host) !== 0) events.delayed();
    else
      stream.once("lookup", (error: Error | null) => {
        if (error === null) events.delayed();
      });
    return abandon;
  };
}

/** One ipc connect (libzmq's are synchronous: no "connect:delay"). */
export function dialIpc(path: string): DialAttempt<Socket> {
  return (events) => watch(connect({ path }), events, () => {});
}

/**
 * Declared out here on purpose: a closure created inside watch() would share its scope, and so keep `events` (the
 * dialer, its socket and context) reachable from the closing stream for as long as its handle lives.
 */
export const ignoreLateError = (): void => {};

function watch(stream: Socket, events: Parameters<DialAttempt<Socket>>[0], onConnect: () => void): () => void {
  stream.unref();
  const release = (): void => {
    // The stream lives on until its handle has closed: drop our listeners so it no longer holds the socket (and
    // its context) reachable. Errors after this point must not become uncaught exceptions.
    stream.removeAllListeners();
    stream.on("error", ignoreLateError);
    stream.destroy();
  };
  const failed = (): void => {
    stream.off("connect", connected);
    release();
    events.failed();
  };
  const connected = (): void => {
    stream.off("error", failed);
    stream.off("close", failed);
    onConnect();
    events.connected(stream);
  };
  stream.on("error", failed);
  stream.once("close", failed);
  stream.once("connect", connected);
  return () => {
    stream.off("error", failed);
    stream.off("close", failed);
    stream.off("connect", connected);
    release();
  };
}
