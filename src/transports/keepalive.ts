import type { Socket } from "node:net";

export interface KeepaliveOptions {
  /** libzmq ZMQ_TCP_KEEPALIVE: -1 = leave the OS default, 0 = off, 1 = on. */
  tcpKeepalive?: number;
  /** ZMQ_TCP_KEEPALIVE_IDLE in seconds; -1 (or 0) = the OS default. */
  tcpKeepaliveIdle?: number;
}

export function applyKeepalive(stream: Socket, options: KeepaliveOptions): void {
  const keepalive = options.tcpKeepalive ?? -1;
  if (keepalive === 0) stream.setKeepAlive(false);
  else if (keepalive === 1) stream.setKeepAlive(true, Math.max(0, options.tcpKeepaliveIdle ?? -1) * 1000);
}
