import { connect, type Socket } from "node:net";
import type { Endpoint } from "./endpoint.js";

export interface DialOptions {
  /** ms, default 100; -1 = never reconnect. */
  reconnectInterval?: number;
  /** ms, default 0 = no backoff; otherwise the interval doubles up to this maximum. */
  reconnectMaxInterval?: number;
  /** ms, 0 = the OS default. */
  connectTimeout?: number;
  ipv6?: boolean;
  tcpKeepalive?: number;
  tcpKeepaliveIdle?: number;
}

export interface DialerHandler {
  onStream(stream: Socket, address: string): void;
  onConnectDelay(address: string): void;
  onConnectRetry(address: string, interval: number): void;
}

/**
 * libzmq's reconnect interval (stream_connecter_base.cpp get_new_reconnect_ivl): the current interval plus a random
 * jitter in [0, base); with a max above the base, the next current interval doubles up to the max.
 */
export function nextReconnectDelay(
  current: number,
  base: number,
  max: number,
  random: () => number = Math.random,
): { delay: number; next: number } {
  const jitter = base > 0 ? Math.floor(random() * base) : 0;
  const delay = current + jitter;
  const next = max > base ? Math.min(current * 2, max) : current;
  return { delay, next };
}

/** Connects to a tcp or ipc endpoint, and again with backoff whenever asked to, until closed. */
export class Dialer {
  private closed = false;
  private timer: NodeJS.Timeout | undefined;
  private attempt: Socket | undefined;
  private current: number;

  constructor(
    private readonly endpoint: Endpoint,
    private readonly options: DialOptions,
    private readonly handler: DialerHandler,
  ) {
    this.current = this.base;
  }

  private get base(): number {
    return this.options.reconnectInterval ?? 100;
  }

  start(): void {
    this.dial();
  }

  /** The established stream ended: try again after the reconnect interval. */
  reconnect(): void {
    this.schedule();
  }

  close(): void {
    this.closed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.attempt?.destroy();
    this.attempt = undefined;
  }

  private dial(): void {
    if (this.closed) return;
    const endpoint = this.endpoint;
    let stream: Socket;
    if (endpoint.transport === "tcp") {
      stream = connect({ host: endpoint.host, port: endpoint.port, noDelay: true });
    } else if (endpoint.transport === "ipc") {
      stream = connect({ path: endpoint.path });
    } else {
      return;
    }
    this.attempt = stream;
    stream.unref();
    this.handler.onConnectDelay(endpoint.address);
    let timeout: NodeJS.Timeout | undefined;
    const connectTimeout = this.options.connectTimeout ?? 0;
    if (connectTimeout > 0) {
      timeout = setTimeout(() => stream.destroy(new Error("connect timeout")), connectTimeout);
      timeout.unref();
    }
    const failed = (): void => {
      if (timeout !== undefined) clearTimeout(timeout);
      if (this.attempt !== stream) return;
      this.attempt = undefined;
      stream.destroy();
      this.schedule();
    };
    stream.once("error", failed);
    stream.once("close", failed);
    stream.once("connect", () => {
      if (timeout !== undefined) clearTimeout(timeout);
      stream.off("error", failed);
      stream.off("close", failed);
      this.attempt = undefined;
      if (this.closed) {
        stream.destroy();
        return;
      }
      this.current = this.base;
      if (endpoint.transport === "tcp") {
        stream.setNoDelay(true);
        const keepalive = this.options.tcpKeepalive ?? -1;
        if (keepalive === 1) stream.setKeepAlive(true, Math.max(0, (this.options.tcpKeepaliveIdle ?? -1) * 1000));
      }
      this.handler.onStream(stream, endpoint.address);
    });
  }

  private schedule(): void {
    if (this.closed || this.timer !== undefined) return;
    const base = this.base;
    if (base < 0) return;
    const { delay, next } = nextReconnectDelay(this.current, base, this.options.reconnectMaxInterval ?? 0);
    this.current = next;
    this.handler.onConnectRetry(this.endpoint.address, delay);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.dial();
    }, delay);
    this.timer.unref();
  }
}
