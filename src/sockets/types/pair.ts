import { Behavior } from "../behavior.js";
import type { Frames, Pipe } from "../pipe.js";

/**
 * PAIR (RFC 31): exactly one peer. Like libzmq, a second peer completes its handshake and is then ignored
 * (S-PAIR-1, E-33).
 */
export class PairBehavior extends Behavior {
  private pipe: Pipe | undefined;

  attach(pipe: Pipe): void {
    this.pipe ??= pipe;
  }

  detach(pipe: Pipe): void {
    if (this.pipe === pipe) this.pipe = undefined;
  }

  send(frames: Frames): boolean {
    return this.pipe !== undefined && this.pipe.write(frames);
  }

  override onMessage(pipe: Pipe, frames: Frames): void {
    if (pipe !== this.pipe) return;
    pipe.pushInbound(frames);
    this.host.wakeReader();
  }

  receive(): Frames | undefined {
    return this.pipe?.shiftInbound();
  }

  override get readable(): boolean {
    return (this.pipe?.inbound.length ?? 0) > 0;
  }

  override get writable(): boolean {
    return this.pipe !== undefined && !this.pipe.full;
  }
}
