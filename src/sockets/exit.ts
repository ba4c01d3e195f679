import { backgroundTimeout, beforeExit, exitWarning } from "#platform";
import { holding } from "./keep-alive.js";

/** What the exit hook needs of an open socket. */
export interface ExitClosable {
  /** Messages still wait in a pipe for a peer. */
  readonly hasQueued: boolean;
  /** The socket's context has `blocky` set (only changes the wording of the warning). */
  readonly blocky: boolean;
  /** How long close() may wait for queued messages, in ms; -1 = without limit. */
  readonly linger: number;
  close(): void;
}

/**
 * zeromq.js warns when terminating its contexts at exit takes longer than 500 ms. Here a socket's linger bounds
 * the wait, so the warning is given only when a linger above that allows it, and as soon as delivery has had a
 * short chance (50 ms) to finish: exit cannot be watched for 500 ms in a process that may be killed soon after.
 */
const LONG_WAIT = 500;
const WARNING_DELAY = 50;

const open = new Set<WeakRef<ExitClosable>>();
const forget = new FinalizationRegistry<WeakRef<ExitClosable>>((ref) => open.delete(ref));
let hooked = false;

/**
 * Track an open socket, weakly. When the event loop runs dry, sockets with queued messages are closed, so those
 * messages get the socket's linger to be delivered, as when zeromq.js terminates its contexts at exit.
 */
export function trackOpen(socket: ExitClosable): WeakRef<ExitClosable> {
  if (!hooked) {
    hooked = true;
    beforeExit(closeQueuedAtExit);
  }
  const ref = new WeakRef(socket);
  open.add(ref);
  forget.register(socket, ref, ref);
  return ref;
}

export function untrack(ref: WeakRef<ExitClosable>): void {
  open.delete(ref);
  forget.unregister(ref);
}

function closeQueuedAtExit(): void {
  let waitsLong = false;
  let blocky = false;
  for (const ref of [...open]) {
    const socket = ref.deref();
    if (socket === undefined || !socket.hasQueued) continue;
    const linger = socket.linger;
    socket.close();
    if (linger < 0 || linger > LONG_WAIT) waitsLong = true;
    blocky ||= socket.blocky;
  }
  if (!waitsLong || !holding()) return;
  const hint = blocky ? " Set 'context.blocky = false' to change this behaviour." : "";
  backgroundTimeout(() => {
    // zeromq.js prints this itself (the runtime is shutting down), so it is not a process warning event either.
    if (holding()) exitWarning(`Waiting for queued ZeroMQ messages to be delivered.${hint}`);
  }, WARNING_DELAY);
}
