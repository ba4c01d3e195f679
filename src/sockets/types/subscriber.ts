import { FairQueueBehavior } from "../behavior.js";
import type { Frames, Pipe } from "../pipe.js";
import { SubscriptionTrie } from "../strategies/subscription-trie.js";

const EMPTY = Buffer.alloc(0);

/** Counted local subscriptions shared by SUB and XSUB (S-SUB-1). */
export class LocalSubscriptions {
  readonly trie = new SubscriptionTrie<true>();
  private readonly counts = new Map<string, number>();

  /** Count one more subscription to `topic`; true when it is new. */
  add(topic: Buffer): boolean {
    const key = topic.toString("latin1");
    const count = this.counts.get(key) ?? 0;
    this.counts.set(key, count + 1);
    if (count === 0) this.trie.add(topic, true);
    return count === 0;
  }

  /** Count one subscription to `topic` less; true when none is left (and it existed). */
  remove(topic: Buffer): boolean {
    const key = topic.toString("latin1");
    const count = this.counts.get(key);
    if (count === undefined) return false;
    if (count > 1) {
      this.counts.set(key, count - 1);
      return false;
    }
    this.counts.delete(key);
    this.trie.remove(topic, true);
    return true;
  }

  topics(): Buffer[] {
    return [...this.counts.keys()].map((key) => Buffer.from(key, "latin1"));
  }
}

/**
 * What SUB and XSUB share: counted local subscriptions, sent to every peer as they change and again on every
 * (re)connection (S-SUB-1, S-SUB-2, E-8).
 */
export abstract class SubscribingBehavior extends FairQueueBehavior {
  readonly local = new LocalSubscriptions();
  protected readonly pipes = new Set<Pipe>();

  attach(pipe: Pipe): void {
    this.pipes.add(pipe);
  }

  detach(pipe: Pipe): void {
    this.pipes.delete(pipe);
  }

  override linkReady(pipe: Pipe): void {
    for (const topic of this.local.topics()) pipe.link?.subscribe(topic);
  }

  /** Every subscribe goes to all peers. */
  subscribe(topic: Buffer): void {
    this.local.add(topic);
    for (const pipe of this.pipes) pipe.link?.subscribe(topic);
  }

  /** A cancel goes out only when the local count reaches zero. */
  unsubscribe(topic: Buffer): void {
    if (!this.local.remove(topic)) return;
    for (const pipe of this.pipes) pipe.link?.cancel(topic);
  }
}

/** SUB (RFC 29): fair-queue in, filtered locally by prefix on the first frame (S-SUB-3); cannot send. */
export class SubscriberBehavior extends SubscribingBehavior {
  override onMessage(pipe: Pipe, frames: Frames): void {
    const matches = this.local.trie.matches(frames[0] ?? EMPTY);
    if (matches === (this.host.options.invertMatching === true)) return;
    super.onMessage(pipe, frames);
  }

  send(_frames: Frames): boolean {
    return this.refuseSend("ENOTSUP");
  }

  override get writable(): boolean {
    return false;
  }
}
