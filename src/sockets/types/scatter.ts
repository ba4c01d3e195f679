import { Behavior, notSupported } from "../behavior.js";
import type { Frames, Pipe } from "../pipe.js";
import { LoadBalancer } from "../strategies/load-balancer.js";
import { singlePart } from "./single-part.js";

/** SCATTER (libzmq scatter.cpp): PUSH for one-part messages: round-robin out, blocks when every pipe is full. */
export class ScatterBehavior extends Behavior {
  private readonly lb = new LoadBalancer();

  attach(pipe: Pipe): void {
    this.lb.add(pipe);
  }

  detach(pipe: Pipe): void {
    this.lb.remove(pipe);
  }

  send(frames: Frames): boolean {
    singlePart(frames);
    return this.lb.send(frames) !== undefined;
  }

  receive(): Frames | undefined {
    return notSupported();
  }

  override get writable(): boolean {
    return this.lb.canSend;
  }
}
