/**
 * Output queued for the next tick is written out if the process exits first. A session writes once per turn (a
 * process.nextTick), so a script's `await socket.send(m); process.exit()` would drop `m`, which zeromq.js delivers
 * (libzmq's I/O thread writes at once). Only synchronous work runs on "exit", but a socket write with nothing queued
 * before it is attempted at once by libuv, so the bytes reach the kernel before the process ends.
 */
export interface ExitFlushable {
  flush(): void;
}

const queued = new Set<ExitFlushable>();
let hooked = false;

/** `stream` has output waiting for its next flush. */
export function flushOnExit(stream: ExitFlushable): void {
  if (!hooked) {
    hooked = true;
    process.on("exit", flushAll);
  }
  queued.add(stream);
}

/** `stream` flushed (or dropped) its output. */
export function flushedBeforeExit(stream: ExitFlushable): void {
  queued.delete(stream);
}

function flushAll(): void {
  for (const stream of queued) {
    try {
      stream.flush();
    } catch {
      // the process is ending: a stream that cannot take its last bytes loses them, the others still get theirs
    }
  }
  queued.clear();
}
