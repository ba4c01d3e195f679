import { FairQueueBehavior } from "../behavior.js";
import type { Frames, Pipe } from "../pipe.js";
import { LoadBalancer } from "../strategies/load-balancer.js";

/** DEALER (RFC 28): round-robin out, fair-queue in, no envelope handling (S-DEA-1). */
export class DealerBehavior extends FairQueueBehavior {
  protected readonly lb = new LoadBalancer();

  attach(pipe: Pipe): void {
    this.lb.add(pipe);
  }

  detach(pipe: Pipe): void {
    this.lb.remove(pipe);
  }

  override linkReady(pipe: Pipe): void {
    if (this.host.options.probeRouter) pipe.write([Buffer.alloc(0)]);
  }

  send(frames: Frames): boolean {
    return this.lb.send(frames) !== undefined;
  }

  override get writable(): boolean {
    return this.lb.canSend;
  }
}
