import { DealerBehavior } from "./dealer.js";
import type { Frames, Pipe } from "../pipe.js";

const EMPTY = Buffer.alloc(0);

/**
 * REQ (RFC 28): each request gets an empty delimiter (S-REQ-1), strict send/receive lockstep (S-REQ-2, lifted by
 * `relaxed`), replies accepted only from the pipe the request went to (S-REQ-3) and only when well formed (S-REQ-4),
 * delimiter stripped (S-REQ-5). `correlate` adds a request id frame before the delimiter. An operation out of turn
 * waits for its turn, as with zeromq.js.
 */
export class RequestBehavior extends DealerBehavior {
  private expectingReply = false;
  private replyPipe: Pipe | undefined;
  private requestId = (Math.random() * 0xffffffff) >>> 0;

  override send(frames: Frames): boolean {
    if (this.expectingReply && !this.host.options.relaxed) return this.refuseSend("EFSM");
    let request: Frames;
    if (this.host.options.correlate) {
      this.requestId = (this.requestId + 1) >>> 0;
      const id = Buffer.allocUnsafe(4);
      id.writeUInt32BE(this.requestId);
      request = [id, EMPTY, ...frames];
    } else {
      request = [EMPTY, ...frames];
    }
    const pipe = this.lb.send(request);
    if (pipe === undefined) return false;
    this.replyPipe = pipe;
    this.expectingReply = true;
    return true;
  }

  override receive(): Frames | undefined {
    if (!this.expectingReply) return this.refuseReceive("EFSM");
    for (;;) {
      const message = this.fq.receive();
      if (message === undefined) return undefined;
      if (this.fq.lastPipe !== this.replyPipe) continue;
      const body = this.unwrap(message);
      if (body === undefined) continue;
      this.expectingReply = false;
      this.replyPipe = undefined;
      return body;
    }
  }

  private unwrap(message: Frames): Frames | undefined {
    let index = 0;
    if (this.host.options.correlate) {
      const id = message[0];
      if (id === undefined || id.length !== 4 || id.readUInt32BE(0) !== this.requestId) return undefined;
      index = 1;
    }
    if (message.length <= index + 1 || message[index]!.length !== 0) return undefined;
    return message.slice(index + 1);
  }

  override get writable(): boolean {
    return (!this.expectingReply || this.host.options.relaxed === true) && this.lb.canSend;
  }

  /** libzmq's REQ polls readable only while it waits for a reply. */
  override get readable(): boolean {
    return this.expectingReply && super.readable;
  }
}
