import { FairQueueBehavior } from "../behavior.js";
import type { Frames, Pipe } from "../pipe.js";

/**
 * REP (RFC 28): fair-queued requests split into envelope and body (S-REP-1); malformed requests silently dropped
 * (S-REP-2, E-27); the reply goes back with the whole envelope to the originating pipe only, dropped if that peer is
 * gone or full (S-REP-3); strict receive/send alternation (S-REP-4); an
 * operation out of turn waits for its turn, as with zeromq.js.
 */
export class ReplyBehavior extends FairQueueBehavior {
  private envelope: Frames | undefined;
  private replyPipe: Pipe | undefined;

  attach(): void {}

  detach(pipe: Pipe): void {
    if (this.replyPipe === pipe) this.replyPipe = undefined;
  }

  override receive(): Frames | undefined {
    if (this.envelope !== undefined) return this.refuseReceive("EFSM");
    for (;;) {
      const message = this.fq.receive();
      if (message === undefined) return undefined;
      let delimiter = -1;
      for (let i = 0; i < message.length - 1; i++) {
        if (message[i]!.length === 0) {
          delimiter = i;
          break;
        }
      }
      if (delimiter < 0) continue;
      this.envelope = message.slice(0, delimiter + 1);
      this.replyPipe = this.fq.lastPipe;
      return message.slice(delimiter + 1);
    }
  }

  send(frames: Frames): boolean {
    const envelope = this.envelope;
    if (envelope === undefined) return this.refuseSend("EFSM");
    const pipe = this.replyPipe;
    this.envelope = undefined;
    this.replyPipe = undefined;
    if (pipe !== undefined && !pipe.dead) pipe.write(envelope.concat(frames));
    return true;
  }

  override get writable(): boolean {
    return this.envelope !== undefined;
  }

  /** libzmq's REP polls readable only while no reply is owed. */
  override get readable(): boolean {
    return this.envelope === undefined && super.readable;
  }
}
