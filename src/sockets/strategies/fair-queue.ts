import type { Frames, Pipe } from "../pipe.js";
import { Queue } from "../queue.js";

/**
 * Fair-queue in (S-0d, lz:fq.cpp): pipes holding messages take turns, one whole message each. A pipe whose peer
 * has gone keeps its turn until its unread messages are taken: libzmq delivers what arrived before a disconnect.
 */
export class FairQueue {
  private readonly ready = new Queue<Pipe>();
  /** Pipe the last message came from (REQ and REP need it). */
  lastPipe: Pipe | undefined;

  /** Store a message that arrived on `pipe`. */
  deliver(pipe: Pipe, frames: Frames): void {
    pipe.pushInbound(frames);
    if (!pipe.queued) {
      pipe.queued = true;
      this.ready.push(pipe);
    }
  }

  get hasMessage(): boolean {
    for (const pipe of this.ready) if (pipe.inbound.length > 0) return true;
    return false;
  }

  receive(): Frames | undefined {
    for (;;) {
      const pipe = this.ready.shift();
      if (pipe === undefined) return undefined;
      pipe.queued = false;
      const frames = pipe.shiftInbound();
      if (frames === undefined) continue;
      if (pipe.inbound.length > 0) {
        pipe.queued = true;
        this.ready.push(pipe);
      }
      this.lastPipe = pipe;
      return frames;
    }
  }
}
