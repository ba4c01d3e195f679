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
  /** The pipes one message goes to, reused from send to send (cleared after each). */
  private readonly targets: Pipe[] = [];

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
    const options = this.host.options;
    const targets = this.targets;
    let count = this.subscriptions.collect(frames[0] ?? EMPTY, targets);
    if (options.invertMatching) count = this.invert(count);
    let sent = true;
    if (options.noDrop) {
      for (let i = 0; i < count; i++) if (targets[i]!.full) sent = false;
    }
    for (let i = 0; i < count; i++) {
      if (sent) targets[i]!.write(frames);
      targets[i] = undefined as unknown as Pipe; // hold no pipe past the send
    }
    return sent;
  }

  /** `targets[0..count)` becomes the connected pipes not among them; returns their number. */
  private invert(count: number): number {
    const targets = this.targets;
    const matched = new Set(targets.slice(0, count));
    let inverted = 0;
    for (const pipe of this.pipes) if (!matched.has(pipe) && pipe.connected) targets[inverted++] = pipe;
    for (let i = inverted; i < count; i++) targets[i] = undefined as unknown as Pipe;
    return inverted;
  }

  receive(): Frames | undefined {
    return this.refuseReceive("ENOTSUP");
  }
}
