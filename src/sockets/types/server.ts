import { randomUint32 } from "#platform";
import { zmqError } from "../../errors.js";
import type { Frames, Pipe } from "../pipe.js";
import { singlePart, SinglePartInput } from "./single-part.js";

/** The per-message option of SERVER's send and receive (zeromq.js `{ routingId }`). */
export interface ServerRouting {
  routingId: number;
}

/**
 * SERVER (RFC 41): each peer gets a non-zero u32 routing id when it attaches (libzmq counts up from a random
 * start); receive reports the id a message came from, send routes by the id given. An unknown id fails with
 * EHOSTUNREACH; a full peer makes the send wait (libzmq: EAGAIN).
 */
export class ServerBehavior extends SinglePartInput {
  private readonly routes = new Map<number, Pipe>();
  private readonly ids = new Map<Pipe, number>();
  private nextId = randomUint32();

  attach(pipe: Pipe): void {
    let id = this.nextId;
    this.nextId = (this.nextId + 1) >>> 0;
    if (id === 0) {
      id = this.nextId;
      this.nextId = (this.nextId + 1) >>> 0;
    }
    this.routes.set(id, pipe);
    this.ids.set(pipe, id);
  }

  detach(pipe: Pipe): void {
    const id = this.ids.get(pipe);
    if (id === undefined) return;
    this.ids.delete(pipe);
    this.routes.delete(id);
  }

  send(frames: Frames, options?: unknown): boolean {
    singlePart(frames);
    const pipe = this.routes.get((options as ServerRouting).routingId);
    if (pipe === undefined) throw zmqError("EHOSTUNREACH");
    if (pipe.full) return false;
    pipe.write(frames);
    return true;
  }

  override receive(): Frames | undefined {
    for (;;) {
      const frames = this.fq.receive();
      if (frames === undefined) return undefined;
      const id = this.ids.get(this.fq.lastPipe!);
      if (id === undefined) continue;
      const routing: ServerRouting = { routingId: id };
      // zeromq.js resolves [body, { routingId }]: the metadata object rides where a second part would be.
      return [frames[0]!, routing] as unknown as Frames;
    }
  }

  override get writable(): boolean {
    return true;
  }
}
