import type { Frames } from "../pipe.js";
import { SinglePartInput } from "./single-part.js";

/** GATHER (libzmq gather.cpp): PULL for one-part messages: fair-queues every scatterer, drops multipart input. */
export class GatherBehavior extends SinglePartInput {
  attach(): void {}
  detach(): void {}

  send(_frames: Frames): boolean {
    return this.refuseSend("ENOTSUP");
  }

  override get writable(): boolean {
    return false;
  }
}
