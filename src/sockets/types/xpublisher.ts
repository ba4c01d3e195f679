import type { Frames, Pipe } from "../pipe.js";
import { Queue } from "../queue.js";
import { PublisherBehavior } from "./publisher.js";

const SUBSCRIBE = 1;
const CANCEL = 0;

function event(kind: number, topic: Buffer): Frames {
  const frame = Buffer.allocUnsafe(topic.length + 1);
  frame[0] = kind;
  topic.copy(frame, 1);
  return [frame];
}

/**
 * XPUB (RFC 29): PUB whose application also sees subscriptions as `01`+topic / `00`+topic messages (S-PUB-6):
 * by default only a topic's first subscribe and last unsubscribe across all peers; `verbosity` "allSubs" reports
 * every subscribe, "allSubsUnsubs" every subscribe and unsubscribe. Upstream data messages are delivered too.
 */
export class XPublisherBehavior extends PublisherBehavior {
  private readonly events = new Queue<Frames>();

  override attach(pipe: Pipe): void {
    super.attach(pipe);
  }

  override linkReady(pipe: Pipe): void {
    const welcome = this.host.options.welcomeMessage;
    if (typeof welcome === "string") pipe.write([Buffer.from(welcome, "utf8")]);
  }

  protected override dropSubscriptions(pipe: Pipe): Buffer[] {
    const orphaned = super.dropSubscriptions(pipe);
    for (const topic of orphaned) this.report(event(CANCEL, topic));
    return orphaned;
  }

  override onSubscribe(pipe: Pipe, topic: Buffer): void {
    const manual = this.host.options.manual === true;
    this.checkLimits(pipe, topic, !manual);
    const known = this.subscriptions.has(topic);
    const added = manual ? true : this.subscriptions.add(topic, pipe);
    const verbosity = this.host.options.verbosity;
    if (manual || (!known && added) || verbosity === "allSubs" || verbosity === "allSubsUnsubs") {
      this.report(event(SUBSCRIBE, topic));
    }
  }

  override onCancel(pipe: Pipe, topic: Buffer): void {
    const manual = this.host.options.manual === true;
    this.checkLimits(pipe, topic, false);
    const removed = manual ? true : this.subscriptions.remove(topic, pipe);
    if (manual || (removed && !this.subscriptions.has(topic)) || this.host.options.verbosity === "allSubsUnsubs") {
      this.report(event(CANCEL, topic));
    }
  }

  override onMessage(_pipe: Pipe, frames: Frames): void {
    this.report(frames);
  }

  override receive(): Frames | undefined {
    return this.events.shift();
  }

  private report(frames: Frames): void {
    const limit = this.host.options.receiveHighWaterMark as number;
    if (limit > 0 && this.events.length >= limit) return;
    this.events.push(frames);
    this.host.wakeReader();
  }

  override get readable(): boolean {
    return this.events.length > 0;
  }
}
