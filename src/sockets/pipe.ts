import type { Link, PeerInfo } from "../zmtp/link.js";
import { MessageQueue } from "./message-queue.js";
import { Queue } from "./queue.js";

export type Frames = Buffer[];

/**
 * Where a link paused at the receive HWM resumes. Resuming as soon as one message is taken would make the link
 * decode one message per pause/resume cycle (lock-step); libzmq resumes at half the HWM, or 1024 below a large one.
 */
export function lowWaterMark(hwm: number): number {
  return hwm > 2048 ? hwm - 1024 : Math.floor(hwm / 2);
}

/**
 * With an unlimited receive HWM (0) the link is paused with `keepReading` at this many queued messages: the peer is
 * still read without limit, but the backlog beyond it stays as received bytes in the link's decoder instead of
 * decoded messages. A long queue of small objects is what costs: they outlive young-generation GCs and are copied
 * and marked again and again (measured: 0.3 → 1.2 µs of CPU per 1-byte message once the queue grows).
 */
const UNLIMITED_DECODE_AHEAD = 1000;

/** Queued messages at which a link is paused: the receive HWM, or UNLIMITED_DECODE_AHEAD without one. */
function pauseMark(hwm: number): number {
  return hwm > 0 ? hwm : UNLIMITED_DECODE_AHEAD;
}

/**
 * One peer of a socket: a bounded outbound queue and a bounded inbound queue, both counted in whole messages
 * (S-0a, S-0b). A connect-side pipe outlives its links: it is created at connect() time and keeps its outbound
 * queue across reconnects; a bind-side pipe lives and dies with its one link.
 */
export class Pipe {
  link: Link | undefined;
  peer: PeerInfo | undefined;
  /** Small messages queued here are held as bytes (MessageQueue), not objects. */
  readonly outbound = new MessageQueue();
  readonly inbound = new Queue<Frames>();
  /** Routing id under which a ROUTER knows this pipe. */
  routingId: Buffer | undefined;
  /** Set once the pipe has been removed from its socket for good. */
  dead = false;
  /** Set by the fair-queue strategy while this pipe sits in its ready ring. */
  queued = false;
  private paused = false;
  /** The pause holds input without stopping to read (unlimited receive HWM). */
  private pausedKeepsReading = false;

  constructor(
    readonly address: string,
    readonly connectSide: boolean,
    public sendHwm: number,
    public receiveHwm: number,
    /** Keep only the newest message in each queue (ZMQ_CONFLATE). */
    public conflate = false,
  ) {}

  get connected(): boolean {
    return this.link !== undefined;
  }

  /** True when a write would be refused now (outbound queue at HWM). */
  get full(): boolean {
    if (this.conflate) return false;
    if (this.link?.writable && this.outbound.length === 0) return false;
    return this.sendHwm > 0 && this.outbound.length >= this.sendHwm;
  }

  /** Queue or write one message; false when the pipe is at its HWM (nothing queued then). */
  write(frames: Frames): boolean {
    const link = this.link;
    if (link !== undefined && this.outbound.length === 0 && link.writable) {
      link.send(frames);
      return true;
    }
    if (this.conflate) {
      this.outbound.clear();
    } else if (this.sendHwm > 0 && this.outbound.length >= this.sendHwm) {
      return false;
    }
    this.outbound.push(frames); // a copy: the caller may reuse its buffers once send() resolved
    return true;
  }

  /** Move queued messages to the link while it accepts them. Returns true if the queue shrank. */
  flush(): boolean {
    const link = this.link;
    if (link === undefined) return false;
    let moved = false;
    while (this.outbound.length > 0 && link.writable) {
      link.send(this.outbound.shift()!);
      moved = true;
    }
    return moved;
  }

  /** Store an inbound message; pauses the link at the receive HWM (S-0c), or holds its input without one. */
  pushInbound(frames: Frames): void {
    if (this.conflate) this.inbound.clear();
    this.inbound.push(frames);
    if (!this.paused && this.inbound.length >= pauseMark(this.receiveHwm) && this.link) this.pause(this.link);
  }

  /** Take the oldest inbound message; a paused link resumes once the queue is down to its low mark. */
  shiftInbound(): Frames | undefined {
    const frames = this.inbound.shift();
    if (this.paused) {
      const hwm = this.receiveHwm;
      // A link paused outright resumes at once when the HWM has been lifted to unlimited since.
      if (this.inbound.length <= lowWaterMark(pauseMark(hwm)) || (hwm <= 0 && !this.pausedKeepsReading)) {
        this.paused = false;
        this.link?.resume();
      }
    }
    return frames;
  }

  private pause(link: Link): void {
    this.paused = true;
    this.pausedKeepsReading = this.receiveHwm <= 0;
    link.pause(this.pausedKeepsReading);
  }

  attachLink(link: Link, peer: PeerInfo): void {
    this.link = link;
    this.peer = peer;
    this.paused = false;
    if (this.inbound.length >= pauseMark(this.receiveHwm)) this.pause(link);
  }

  detachLink(): void {
    this.link = undefined;
    this.paused = false;
  }
}
