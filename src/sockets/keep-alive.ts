import { keepProcessAlive } from "#platform";

/**
 * Idle sockets must not keep the process alive, but a pending send() or receive() must (zeromq.js semantics).
 * One shared ref'd timer is switched on while any operation is pending: toggling ref/unref costs nothing per message.
 */
let pending = 0;

export function holdProcess(): void {
  if (pending++ === 0) keepProcessAlive(true);
}

export function releaseProcess(): void {
  if (--pending === 0) keepProcessAlive(false);
}

/** Something (a pending operation, a lingering close) keeps the process alive. */
export function holding(): boolean {
  return pending > 0;
}
