import type { Clock } from "../zmtp/clock.js";
import { BACKOFF_RESET, nextReconnectDelay, reconnects } from "./backoff.js";
import { nodeClock } from "./node-clock.js";

export interface DialOptions {
  /** ms, default 100; -1 (or 0, as in libzmq) = never reconnect. */
  reconnectInterval?: number;
  /** ms, default 0 = no backoff (jittered interval); otherwise the interval doubles up to this maximum. */
  reconnectMaxInterval?: number;
  /** ms, 0 = the OS default. */
  connectTimeout?: number;
  /** The jitter's random source in [0, 1); for tests. */
  random?: () => number;
}

/** How one attempt reports back. */
export interface AttemptEvents<T> {
  connected(connection: T): void;
  failed(): void;
  /** The attempt is now waiting on the network ("connect:delay"). */
  delayed(): void;
}

/**
 * Start one connection attempt; returns a function that abandons it (no callback after that). An attempt releases
 * its own resources before reporting `failed`.
 */
export type DialAttempt<T> = (events: AttemptEvents<T>) => () => void;

export interface DialerHandler<T> {
  /** A connection is established ("connect"). */
  onStream(connection: T, address: string): void;
  /** An asynchronous connect is under way ("connect:delay"). */
  onConnectDelay(address: string): void;
  /** The next attempt is scheduled after `interval` ms ("connect:retry"). */
  onConnectRetry(address: string, interval: number): void;
}

/** setTimeout treats anything longer as 1 ms. */
const MAX_TIMER = 2 ** 31 - 1;

/**
 * Dials an endpoint and, after each failed attempt or lost connection, again with libzmq's backoff, until closed:
 * reconnection for every transport, in one place. Works before the peer binds: refused attempts are retried.
 */
export class Dialer<T> {
  private started = false;
  private closed = false;
  private backoff = BACKOFF_RESET;
  private cancelRetry: (() => void) | undefined;
  private abandon: (() => void) | undefined;
  private cancelAttemptTimer: (() => void) | undefined;

  constructor(
    private readonly address: string,
    private readonly attempt: DialAttempt<T>,
    private readonly options: DialOptions,
    private readonly handler: DialerHandler<T>,
    private readonly clock: Clock = nodeClock,
  ) {}

  /** The first attempt, right away. */
  start(): void {
    if (this.started || this.closed) return;
    this.started = true;
    this.dial();
  }

  /** The owner's connection ended (peer gone, handshake or heartbeat failure): schedule the next attempt. */
  reconnect(): void {
    if (this.closed || this.abandon !== undefined || this.cancelRetry !== undefined) return;
    this.schedule();
  }

  /** Cancel timers and a pending attempt; no callback after this. Also used after a fatal protocol ERROR. */
  close(): void {
    this.closed = true;
    this.cancelRetry?.();
    this.cancelRetry = undefined;
    this.abandonAttempt();
  }

  private dial(): void {
    if (this.closed) return;
    let current = true;
    const done = (): boolean => {
      if (!current) return false;
      current = false;
      this.cancelAttemptTimer?.();
      this.cancelAttemptTimer = undefined;
      this.abandon = undefined;
      return true;
    };
    const abandon = this.attempt({
      connected: (connection) => {
        if (!done()) return;
        this.backoff = BACKOFF_RESET;
        this.handler.onStream(connection, this.address);
      },
      failed: () => {
        if (done()) this.schedule();
      },
      delayed: () => {
        if (current) this.handler.onConnectDelay(this.address);
      },
    });
    if (!current) return; // settled synchronously
    this.abandon = () => {
      current = false;
      abandon();
    };
    const connectTimeout = this.options.connectTimeout ?? 0;
    if (connectTimeout > 0) {
      this.cancelAttemptTimer = this.clock.after(Math.min(connectTimeout, MAX_TIMER), () => {
        this.cancelAttemptTimer = undefined;
        this.abandonAttempt();
        this.schedule();
      });
    }
  }

  private schedule(): void {
    if (this.closed || this.cancelRetry !== undefined) return;
    const interval = this.options.reconnectInterval ?? 100;
    if (!reconnects(interval)) return;
    const step = nextReconnectDelay(
      this.backoff,
      interval,
      this.options.reconnectMaxInterval ?? 0,
      this.options.random,
    );
    this.backoff = step.state;
    this.cancelRetry = this.clock.after(Math.min(step.delay, MAX_TIMER), () => {
      this.cancelRetry = undefined;
      this.dial();
    });
    this.handler.onConnectRetry(this.address, step.delay);
  }

  private abandonAttempt(): void {
    this.cancelAttemptTimer?.();
    this.cancelAttemptTimer = undefined;
    const abandon = this.abandon;
    this.abandon = undefined;
    abandon?.();
  }
}
