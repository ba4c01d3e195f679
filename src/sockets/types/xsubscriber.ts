import type { Frames } from "../pipe.js";
import { SubscribingBehavior } from "./subscriber.js";

/**
 * XSUB (RFC 29): no local filtering; messages the application sends starting with `01`/`00` update subscriptions
 * and go to every peer as SUBSCRIBE/CANCEL, any other message goes upstream to every peer (S-SUB-4).
 */
export class XSubscriberBehavior extends SubscribingBehavior {
  send(frames: Frames): boolean {
    const first = frames[0];
    if (frames.length === 1 && first !== undefined && first.length > 0 && (first[0] === 1 || first[0] === 0)) {
      const topic = first.subarray(1);
      if (first[0] === 1) this.subscribe(topic);
      else this.unsubscribe(topic);
      return true;
    }
    for (const pipe of this.pipes) pipe.write(frames);
    return true;
  }
}
