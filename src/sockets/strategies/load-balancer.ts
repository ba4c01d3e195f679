import type { Frames, Pipe } from "../pipe.js";

/** Round-robin out (S-0e, lz:lb.cpp): the next pipe with room takes the whole message, then the turn advances. */
export class LoadBalancer {
  readonly pipes: Pipe[] = [];
  private next = 0;

  add(pipe: Pipe): void {
    if (!this.pipes.includes(pipe)) this.pipes.push(pipe);
  }

  remove(pipe: Pipe): void {
    const index = this.pipes.indexOf(pipe);
    if (index < 0) return;
    this.pipes.splice(index, 1);
    if (this.next > index) this.next--;
    if (this.next >= this.pipes.length) this.next = 0;
  }

  /** True if some pipe would accept a message now. */
  get canSend(): boolean {
    for (const pipe of this.pipes) if (!pipe.full) return true;
    return false;
  }

  /** Send to the next pipe with room; returns that pipe, or undefined when every pipe is full (mute state). */
  send(frames: Frames): Pipe | undefined {
    const count = this.pipes.length;
    for (let i = 0; i < count; i++) {
      const index = (this.next + i) % count;
      const pipe = this.pipes[index]!;
      if (pipe.write(frames)) {
        this.next = (index + 1) % count;
        return pipe;
      }
    }
    return undefined;
  }
}
