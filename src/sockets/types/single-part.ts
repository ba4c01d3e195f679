import { zmqError } from "../../errors.js";
import { FairQueueBehavior } from "../behavior.js";
import type { Frames, Pipe } from "../pipe.js";

/** The thread-safe draft types send one-part messages only: libzmq refuses ZMQ_SNDMORE with EINVAL. */
export function singlePart(frames: Frames): Buffer {
  if (frames.length !== 1) throw zmqError("EINVAL");
  return frames[0]!;
}

/** Fair-queued input that drops multipart messages, as libzmq's SERVER, CLIENT and GATHER do on receive. */
export abstract class SinglePartInput extends FairQueueBehavior {
  override onMessage(pipe: Pipe, frames: Frames): void {
    if (frames.length === 1) super.onMessage(pipe, frames);
  }
}
