import { FairQueueBehavior } from "../behavior.js";
import type { Frames } from "../pipe.js";

/** PULL (RFC 30): fair-queues messages from all pushers (S-PP-3). */
export class PullBehavior extends FairQueueBehavior {
  attach(): void {}
  detach(): void {}

  send(_frames: Frames): boolean {
    return this.refuseSend("ENOTSUP");
  }

  override get writable(): boolean {
    return false;
  }
}
