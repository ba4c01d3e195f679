import { Behavior } from "../behavior.js";
import type { Frames, Pipe } from "../pipe.js";
import { LoadBalancer } from "../strategies/load-balancer.js";

/** PUSH (RFC 30): round-robin out, never drops, blocks when every pipe is full (S-PP-1). */
export class PushBehavior extends Behavior {
  private readonly lb = new LoadBalancer();

  attach(pipe: Pipe): void {
    this.lb.add(pipe);
  }

  detach(pipe: Pipe): void {
    this.lb.remove(pipe);
  }

  send(frames: Frames): boolean {
    return this.lb.send(frames) !== undefined;
  }

  receive(): Frames | undefined {
    return this.refuseReceive("ENOTSUP");
  }

  override get writable(): boolean {
    return this.lb.canSend;
  }
}
