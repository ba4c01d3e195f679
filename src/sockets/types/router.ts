import { randomUint32 } from "#platform";
import { zmqError } from "../../errors.js";
import { FairQueueBehavior } from "../behavior.js";
import type { Frames, Pipe } from "../pipe.js";

/**
 * ROUTER (RFC 28): every message is prefixed with the routing id of the pipe it came from (S-ROU-1); outgoing
 * messages are routed by their first frame (S-ROU-4). Ids come from the peer's Identity or are generated as
 * `00` + u32 (S-ROU-2, E-11); a duplicate id is ignored unless `handover` (S-ROU-3, E-12).
 */
export class RouterBehavior extends FairQueueBehavior {
  override readonly earlyAttach = false;
  private readonly routes = new Map<string, Pipe>();
  private readonly ignored = new Set<Pipe>();
  private nextGeneratedId = randomUint32();
  /** Routing ids chosen by `connect(address, { routingId })`, keyed by pipe. */
  private readonly connectRoutingIds = new WeakMap<Pipe, Buffer>();

  override setConnectRoutingId(pipe: Pipe, routingId: Buffer): void {
    this.connectRoutingIds.set(pipe, routingId);
  }

  attach(pipe: Pipe): void {
    const id = this.connectRoutingIds.get(pipe) ?? pipe.peer?.identity ?? Buffer.alloc(0);
    const routingId = id.length > 0 ? id : this.generateId();
    const key = routingId.toString("latin1");
    const holder = this.routes.get(key);
    if (holder !== undefined) {
      if (!this.host.options.handover) {
        this.ignored.add(pipe);
        return;
      }
      this.routes.delete(key);
      holder.routingId = undefined;
      holder.link?.close(0);
    }
    pipe.routingId = routingId;
    this.routes.set(key, pipe);
    if (this.host.options.probeRouter) pipe.write([Buffer.alloc(0)]);
  }

  detach(pipe: Pipe): void {
    this.ignored.delete(pipe);
    const id = pipe.routingId;
    // The id stays on the pipe: messages that arrived before the peer left are still received with it.
    if (id !== undefined && this.routes.get(id.toString("latin1")) === pipe) this.routes.delete(id.toString("latin1"));
  }

  override onMessage(pipe: Pipe, frames: Frames): void {
    if (pipe.routingId === undefined) return;
    super.onMessage(pipe, frames);
  }

  override receive(): Frames | undefined {
    for (;;) {
      const frames = this.fq.receive();
      if (frames === undefined) return undefined;
      const id = this.fq.lastPipe?.routingId;
      if (id === undefined) continue;
      const message = new Array<Buffer>(frames.length + 1);
      message[0] = id;
      for (let i = 0; i < frames.length; i++) message[i + 1] = frames[i]!;
      return message;
    }
  }

  send(frames: Frames): boolean {
    if (frames.length < 2) return true;
    const pipe = this.routes.get(frames[0]!.toString("latin1"));
    const mandatory = this.host.options.mandatory === true;
    if (pipe === undefined) {
      if (!mandatory) return true;
      // zeromq.js waits while a mandatory ROUTER has no peer at all (POLLOUT is false), unless the send may not wait.
      if (this.routes.size === 0 && this.host.sendMayWait) return false;
      throw zmqError("EHOSTUNREACH");
    }
    if (pipe.full) return !mandatory;
    pipe.write(frames.slice(1));
    return true;
  }

  override get writable(): boolean {
    if (!this.host.options.mandatory) return true;
    for (const pipe of this.routes.values()) if (!pipe.full) return true;
    return false;
  }

  private generateId(): Buffer {
    const id = Buffer.alloc(5);
    this.nextGeneratedId = (this.nextGeneratedId + 1) >>> 0;
    id.writeUInt32BE(this.nextGeneratedId, 1);
    return id;
  }
}
