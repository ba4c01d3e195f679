import { connect, isIP, type Socket } from "node:net";
import { BACKOFF_RESET, nextReconnectDelay, reconnects } from "./backoff.js";
import type { Endpoint } from "./endpoint.js";
import { applyKeepalive, type KeepaliveOptions } from "./keepalive.js";

export interface DialOptions extends KeepaliveOptions {
  /** ms, default 100; -1 (or 0, as in libzmq) = never reconnect. */
  reconnectInterval?: number;
  /** ms, default 0 = no backoff (jittered interval); otherwise the interval doubles up to this maximum. */
  reconnectMaxInterval?: number;
  /** ms, 0 = the OS default. */
  connectTimeout?: number;
  /** Resolve host names to IPv6 as well as IPv4 (default IPv4 only, like libzmq). */
  ipv6?: boolean;
  /** The jitter's random source in [0, 1); for tests. */
  random?: () => number;
}

export interface DialerHandler {
  /** A connection is established ("connect"); the stream is unref()'d and has no listeners of ours left. */
  onStream(stream: Socket, address: string): void;
  /** An asynchronous tcp connect is under way ("connect:delay"). libzmq's ipc connects are synchronous: never for ipc. */
  onConnectDelay(address: string): void;
  /** The next attempt is scheduled after `interval` ms ("connect:retry"). */
  onConnectRetry(address: string, interval: number): void;
}

/** setTimeout treats anything longer as 1 ms. */
const MAX_TIMER = 2 ** 31 - 1;

/**
 * Dials a tcp or ipc endpoint and, after each failed attempt or lost connection, again with libzmq's backoff,
 * until closed. Works before the peer binds: refused attempts are simply retried.
 */
export class Dialer {
  private started = false;
  private closed = false;
  private backoff = BACKOFF_RESET;
  private timer: NodeJS.Timeout | undefined;
  private attempt: Socket | undefined;
  private attemptTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly endpoint: Endpoint,
    private readonly options: DialOptions,
    private readonly handler: DialerHandler,
  ) {}

  /** The first attempt, right away. */
  start(): void {
    if (this.started || this.closed) return;
    this.started = true;
    this.dial();
  }

  /** The owner's stream ended (peer gone, handshake or heartbeat failure): schedule the next attempt. */
  reconnect(): void {
    if (this.closed || this.attempt !== undefined || this.timer !== undefined) return;
    this.schedule();
  }

  /** Cancel timers and a pending attempt; no callback after this. Also used after a fatal protocol ERROR. */
  close(): void {
    this.closed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.abandonAttempt();
  }

  private dial(): void {
    if (this.closed) return;
    const endpoint = this.endpoint;
    let stream: Socket;
    if (endpoint.transport === "tcp") {
      // An empty host never resolves in libzmq either: keep retrying rather than let node default to localhost.
      if (endpoint.host.length === 0) return this.schedule();
      stream = connect({
        host: endpoint.host,
        port: endpoint.port,
        family: this.options.ipv6 === true ? 0 : 4,
        noDelay: true,
        localAddress: endpoint.source === undefined || endpoint.source.host === "*" ? undefined : endpoint.source.host,
        localPort: endpoint.source?.port || undefined,
      });
    } else if (endpoint.transport === "ipc") {
      stream = connect({ path: endpoint.path });
    } else {
      return;
    }
    stream.unref();
    this.attempt = stream;

    const failed = (): void => {
      if (this.attempt !== stream) return;
      this.abandonAttempt();
      this.schedule();
    };
    stream.on("error", failed);
    stream.once("close", failed);
    stream.once("connect", () => {
      if (this.attempt !== stream) return;
      this.clearAttemptTimer();
      stream.off("error", failed);
      stream.off("close", failed);
      this.attempt = undefined;
      this.backoff = BACKOFF_RESET;
      if (endpoint.transport === "tcp") applyKeepalive(stream, this.options);
      this.handler.onStream(stream, endpoint.address);
    });

    const connectTimeout = this.options.connectTimeout ?? 0;
    if (connectTimeout > 0) {
      this.attemptTimer = setTimeout(failed, Math.min(connectTimeout, MAX_TIMER));
      this.attemptTimer.unref();
    }
    if (endpoint.transport === "tcp") {
      if (isIP(endpoint.host) !== 0) this.handler.onConnectDelay(endpoint.address);
      else
        stream.once("lookup", (error: Error | null) => {
          if (error === null && this.attempt === stream) this.handler.onConnectDelay(endpoint.address);
        });
    }
  }

  private schedule(): void {
    if (this.closed || this.timer !== undefined) return;
    const interval = this.options.reconnectInterval ?? 100;
    if (!reconnects(interval)) return;
    const step = nextReconnectDelay(this.backoff, interval, this.options.reconnectMaxInterval ?? 0, this.options.random);
    this.backoff = step.state;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.dial();
    }, Math.min(step.delay, MAX_TIMER));
    this.timer.unref();
    this.handler.onConnectRetry(this.endpoint.address, step.delay);
  }

  private abandonAttempt(): void {
    this.clearAttemptTimer();
    const stream = this.attempt;
    this.attempt = undefined;
    if (stream === undefined) return;
    // The stream lives on until its handle has closed: drop our listeners so it no longer holds the socket (and
    // its context) reachable. Errors after this point must not become uncaught exceptions.
    stream.removeAllListeners();
    stream.on("error", ignoreError);
    stream.destroy();
  }

  private clearAttemptTimer(): void {
    if (this.attemptTimer !== undefined) clearTimeout(this.attemptTimer);
    this.attemptTimer = undefined;
  }
}

function ignoreError(): void {}
