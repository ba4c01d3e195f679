import { Behavior } from "../behavior.js";
import type { Frames, Pipe } from "../pipe.js";

/**
 * PAIR (RFC 31): exactly one peer. Like libzmq, a second peer completes its handshake and is then ignored
 * (S-PAIR-1, E-33).
 */
export class PairBehavior extends Behavior {
  private pipe: Pipe | undefined;
  /** The previous peer, gone with messages still unread: libzmq delivers what arrived before a disconnect. */
  private leftover: Pipe | undefined;

  attach(pipe: Pipe): void {
    this.pipe ??= pipe;
  }

  detach(pipe: Pipe): void {
    if (this.pipe !== pipe) return;
    this.pipe = undefined;
    if (pipe.inbound.length > 0) this.leftover = pipe;
  }

  send(frames: Frames): boolean {
    return this.pipe?.write(frames) === true;
  }

  override onMessage(pipe: Pipe, frames: Frames): void {
    if (pipe !== this.pipe) return;
    pipe.pushInbound(frames);
    this.host.wakeReader();
  }

  receive(): Frames | undefined {
    const leftover = this.leftover;
    if (leftover !== undefined) {
      const frames = leftover.shiftInbound();
      if (leftover.inbound.length === 0) this.leftover = undefined;
      if (frames !== undefined) return frames;
    }
    return this.pipe?.shiftInbound();
  }

  override get readable(): boolean {
    return (this.leftover?.inbound.length ?? 0) > 0 || (this.pipe?.inbound.length ?? 0) > 0;
  }

  override get writable(): boolean {
    return this.pipe !== undefined && !this.pipe.full;
  }
}
