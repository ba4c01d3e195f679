import { Behavior } from "../behavior.js";
import type { Frames, Pipe } from "../pipe.js";
import { SubscriptionTrie } from "../strategies/subscription-trie.js";
import { MAX_SUBSCRIPTIONS, MAX_TOPIC_LENGTH } from "../options.js";
import { protocolError } from "../../zmtp/errors.js";

const EMPTY = Buffer.alloc(0);

/**
 * PUB (RFC 29): a message goes to every pipe subscribed to a prefix of its first frame (S-PUB-1); a full pipe
 * drops its copy (S-PUB-2) unless `noDrop`; per-pipe subscription sets (S-PUB-4); a pipe's subscriptions vanish
 * with its link (S-PUB-5, E-8).
 */
export class PublisherBehavior extends Behavior {
  override readonly acceptsSubscriptionMessages = true;
  protected readonly subscriptions = new SubscriptionTrie<Pipe>();
  protected readonly pipes = new Set<Pipe>();
  private readonly matched = new Set<Pipe>();

  attach(pipe: Pipe): void {
    this.pipes.add(pipe);
  }

  detach(pipe: Pipe): void {
    this.pipes.delete(pipe);
    this.dropSubscriptions(pipe);
  }

  override linkLost(pipe: Pipe): void {
    this.dropSubscriptions(pipe);
  }

  protected dropSubscriptions(pipe: Pipe): Buffer[] {
    return this.subscriptions.removeOwner(pipe);
  }

  override onSubscribe(pipe: Pipe, topic: Buffer): void {
    this.checkLimits(pipe, topic, true);
    this.subscriptions.add(topic, pipe);
  }

  override onCancel(pipe: Pipe, topic: Buffer): void {
    this.checkLimits(pipe, topic, false);
    this.subscriptions.remove(topic, pipe);
  }

  /**
   * `maxTopicLength` and `maxSubscriptions` (per peer). Over either, the error thrown here makes the engine close
   * that peer's link (its subscriptions go with it) and the socket emit "disconnect" with the error.
   */
  protected checkLimits(pipe: Pipe, topic: Buffer, adding: boolean): void {
    const options = this.host.options;
    const maxLength = (options.maxTopicLength ?? MAX_TOPIC_LENGTH.defaultValue) as number;
    if (maxLength >= 0 && topic.length > maxLength) {
      throw protocolError(
        "ERR_ZMTP_UNSPECIFIED",
        `subscription topic of ${topic.length} bytes exceeds maxTopicLength ${maxLength}`,
      );
    }
    if (!adding) return;
    const max = (options.maxSubscriptions ?? MAX_SUBSCRIPTIONS.defaultValue) as number;
    if (max >= 0 && this.subscriptions.countOf(pipe) >= max && !this.subscriptions.holds(topic, pipe)) {
      throw protocolError("ERR_ZMTP_UNSPECIFIED", `peer holds ${max} subscriptions already (maxSubscriptions)`);
    }
  }

  send(frames: Frames): boolean {
    const topic = frames[0] ?? EMPTY;
    const matched = this.matched;
    matched.clear();
    this.subscriptions.match(topic, (pipe) => matched.add(pipe));
    const targets = this.host.options.invertMatching ? this.invert(matched) : matched;
    if (this.host.options.noDrop) {
      for (const pipe of targets) if (pipe.full) return false;
    }
    for (const pipe of targets) pipe.write(frames);
    return true;
  }

  private invert(matched: Set<Pipe>): Pipe[] {
    const out: Pipe[] = [];
    for (const pipe of this.pipes) if (!matched.has(pipe) && pipe.connected) out.push(pipe);
    return out;
  }

  receive(): Frames | undefined {
    return this.refuseReceive("ENOTSUP");
  }
}
