/**
 * Output queued for the next tick is written out if the process exits first. A session writes once per turn (a
 * process.nextTick), so a script's `await socket.send(m); process.exit()` would drop `m`, which zeromq.js delivers
 * (libzmq's I/O thread writes at once). Only synchronous work runs on "exit", but a socket write with nothing queued
 * before it is attempted at once by libuv, so the bytes reach the kernel before the process ends.
 */
export interface ExitFlushable {
  flush(): void;
}

const streams = new Set<ExitFlushable>();
let hooked = false;

/** `stream` may have output waiting for its next flush until it closes (registered once: no cost per write). */
export function flushOnExit(stream: ExitFlushable): void {
  if (!hooked) {
    hooked = true;
    process.on("exit", flushAll);
  }
  streams.add(stream);
}

/** `stream` is closed. */
export function noFlushOnExit(stream: ExitFlushable): void {
  streams.delete(stream);
}

/** A stream with nothing pending writes nothing. */
function flushAll(): void {
  for (const stream of streams) {
    try {
      stream.flush();
    } catch {
      // the process is ending: a stream that cannot take its last bytes loses them, the others still get theirs
    }
  }
  streams.clear();
}
