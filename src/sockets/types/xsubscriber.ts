import { FairQueueBehavior } from "../behavior.js";
import type { Frames, Pipe } from "../pipe.js";
import { LocalSubscriptions } from "./subscriber.js";

/**
 * XSUB (RFC 29): no local filtering; messages the application sends starting with `01`/`00` update subscriptions
 * and go to every peer as SUBSCRIBE/CANCEL, any other message goes upstream to every peer (S-SUB-4).
 */
export class XSubscriberBehavior extends FairQueueBehavior {
  private readonly local = new LocalSubscriptions();
  private readonly pipes = new Set<Pipe>();

  attach(pipe: Pipe): void {
    this.pipes.add(pipe);
  }

  detach(pipe: Pipe): void {
    this.pipes.delete(pipe);
  }

  override linkReady(pipe: Pipe): void {
    for (const topic of this.local.topics()) pipe.link?.subscribe(topic);
  }

  send(frames: Frames): boolean {
    const first = frames[0];
    if (frames.length === 1 && first !== undefined && first.length > 0 && (first[0] === 1 || first[0] === 0)) {
      const topic = first.subarray(1);
      if (first[0] === 1) {
        this.local.add(topic);
        for (const pipe of this.pipes) pipe.link?.subscribe(topic);
      } else if (this.local.remove(topic)) {
        for (const pipe of this.pipes) pipe.link?.cancel(topic);
      }
      return true;
    }
    for (const pipe of this.pipes) pipe.write(frames);
    return true;
  }
}
