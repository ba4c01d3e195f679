import { randomUint32 } from "#platform";
import { FairQueueBehavior } from "../behavior.js";
import type { Frames, Pipe } from "../pipe.js";
import { Queue } from "../queue.js";

const EMPTY = Buffer.alloc(0);

/**
 * STREAM (raw TCP, lz:stream.cpp): each connection gets a routing id; received data arrives as [id, bytes];
 * [id, bytes] writes to that connection and [id, ""] closes it. With `notify` (the default) a connection and a
 * disconnection are announced as [id, ""].
 */
export class StreamBehavior extends FairQueueBehavior {
  override readonly earlyAttach = false;
  override readonly rawStreams = true;
  /** Disconnection notices, handed out once no data is waiting. */
  private readonly notices = new Queue<Frames>();
  private readonly routes = new Map<string, Pipe>();
  private readonly connectRoutingIds = new WeakMap<Pipe, Buffer>();
  private nextId = randomUint32();

  override setConnectRoutingId(pipe: Pipe, routingId: Buffer): void {
    this.connectRoutingIds.set(pipe, routingId);
  }

  attach(pipe: Pipe): void {
    let id = this.connectRoutingIds.get(pipe);
    if (id === undefined) {
      id = Buffer.alloc(5);
      this.nextId = (this.nextId + 1) >>> 0;
      id.writeUInt32BE(this.nextId, 1);
    }
    pipe.routingId = id;
    this.routes.set(id.toString("latin1"), pipe);
  }

  /** The connection notice comes with the connection: a pipe given its id by connect() is attached before that. */
  override linkReady(pipe: Pipe): void {
    if (this.host.options.notify === false) return;
    this.fq.deliver(pipe, [EMPTY]);
    this.host.wakeReader();
  }

  detach(pipe: Pipe): void {
    const id = pipe.routingId;
    if (id === undefined) return;
    this.routes.delete(id.toString("latin1"));
    if (this.host.options.notify !== false) {
      this.notices.push([id, EMPTY]);
      this.host.wakeReader();
    }
  }

  override receive(): Frames | undefined {
    const frames = this.fq.receive();
    if (frames === undefined) return this.notices.shift();
    return [this.fq.lastPipe!.routingId!, ...frames];
  }

  override get readable(): boolean {
    return this.fq.hasMessage || this.notices.length > 0;
  }

  send(frames: Frames): boolean {
    if (frames.length < 2) return true;
    const pipe = this.routes.get(frames[0]!.toString("latin1"));
    if (pipe === undefined) return true;
    const data = frames[1]!;
    if (data.length === 0) {
      pipe.link?.close(-1);
      return true;
    }
    if (pipe.full) return false;
    pipe.write([data]);
    return true;
  }
}
