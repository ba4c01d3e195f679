import { zmqError } from "../../errors.js";
import { FairQueueBehavior } from "../behavior.js";
import type { Frames, Pipe } from "../pipe.js";
import { JOIN, LEAVE, MAX_GROUP_LENGTH } from "./groups.js";

/** The metadata DISH's receive reports (zeromq.js `{ group }`). */
export interface DishGroup {
  group: Buffer;
}

/**
 * DISH (RFC 48, libzmq dish.cpp): joins are kept locally, sent as JOIN/LEAVE commands to every peer and again to
 * each new connection; messages arrive as a group frame then a one-part body and are filtered here too (udp
 * radios send every group). A message of any other shape, or with a group over 255 bytes, is a protocol
 * violation: libzmq drops that connection, and so does this.
 */
export class DishBehavior extends FairQueueBehavior {
  private readonly groups = new Set<string>();
  private readonly pipes = new Set<Pipe>();

  attach(pipe: Pipe): void {
    this.pipes.add(pipe);
  }

  detach(pipe: Pipe): void {
    this.pipes.delete(pipe);
  }

  override linkReady(pipe: Pipe): void {
    for (const key of this.groups) pipe.link?.command?.(JOIN, Buffer.from(key, "latin1"));
  }

  /** zmq_join: EINVAL for a group over 255 bytes or one joined already. */
  override join(group: Buffer): void {
    const key = checkedKey(group);
    if (this.groups.has(key)) throw zmqError("EINVAL");
    this.groups.add(key);
    for (const pipe of this.pipes) pipe.link?.command?.(JOIN, group);
  }

  /** zmq_leave: EINVAL for a group over 255 bytes or one not joined. */
  override leave(group: Buffer): void {
    const key = checkedKey(group);
    if (!this.groups.delete(key)) throw zmqError("EINVAL");
    for (const pipe of this.pipes) pipe.link?.command?.(LEAVE, group);
  }

  override onMessage(pipe: Pipe, frames: Frames): void {
    if (frames.length !== 2 || frames[0]!.length > MAX_GROUP_LENGTH) {
      pipe.link?.close(0);
      return;
    }
    if (!this.groups.has(frames[0]!.toString("latin1"))) return;
    super.onMessage(pipe, frames);
  }

  override receive(): Frames | undefined {
    for (;;) {
      const frames = this.fq.receive();
      if (frames === undefined) return undefined;
      // A LEAVE since it arrived: libzmq filters when the message is read, so it is dropped.
      if (!this.groups.has(frames[0]!.toString("latin1"))) continue;
      const meta: DishGroup = { group: frames[0]! };
      // zeromq.js resolves [body, { group }]: the metadata object rides where a second part would be.
      return [frames[1]!, meta] as unknown as Frames;
    }
  }

  send(_frames: Frames): boolean {
    return this.refuseSend("ENOTSUP");
  }

  override get writable(): boolean {
    return false;
  }
}

function checkedKey(group: Buffer): string {
  if (group.length > MAX_GROUP_LENGTH) throw zmqError("EINVAL");
  return group.toString("latin1");
}
