import type { Frames } from "../pipe.js";
import { singlePart } from "./single-part.js";
import { PushBehavior } from "./push.js";

/** SCATTER (libzmq scatter.cpp): PUSH for one-part messages: round-robin out, blocks when every pipe is full. */
export class ScatterBehavior extends PushBehavior {
  override send(frames: Frames): boolean {
    singlePart(frames);
    return super.send(frames);
  }
}
