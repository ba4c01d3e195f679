import type { Frames, Pipe } from "../pipe.js";
import { LoadBalancer } from "../strategies/load-balancer.js";
import { singlePart, SinglePartInput } from "./single-part.js";

/** CLIENT (RFC 41): round-robin out, fair-queue in, one-part messages only, no envelopes. */
export class ClientBehavior extends SinglePartInput {
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

  override get writable(): boolean {
    return this.lb.canSend;
  }
}
