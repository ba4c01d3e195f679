import { zmqError } from "../../errors.js";
import { FairQueueBehavior } from "../behavior.js";
import type { Frames, Pipe } from "../pipe.js";

/**
 * DGRAM (libzmq dgram.cpp): raw udp datagrams on the one endpoint bound. A message is two parts, the peer's
 * "ip:port" then the body; receive gives the sender's address that way (with libzmq's trailing NUL) so it can be
 * sent straight back. Any other number of parts fails with EINVAL.
 */
export class DatagramBehavior extends FairQueueBehavior {
  private pipe: Pipe | undefined;

  attach(pipe: Pipe): void {
    this.pipe ??= pipe;
  }

  detach(pipe: Pipe): void {
    if (this.pipe === pipe) this.pipe = undefined;
  }

  override onMessage(pipe: Pipe, frames: Frames): void {
    if (pipe === this.pipe && frames.length === 2) super.onMessage(pipe, frames);
  }

  send(frames: Frames): boolean {
    if (frames.length !== 2) throw zmqError("EINVAL");
    const pipe = this.pipe;
    if (pipe === undefined || pipe.full) return false;
    pipe.write(frames);
    return true;
  }

  override get writable(): boolean {
    return this.pipe !== undefined && !this.pipe.full;
  }
}
