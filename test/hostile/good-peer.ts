import { Push, Subscriber } from "../../src/index.js";
import type { Target } from "./harness.js";

/** A well-behaved SUB on the attacked PUB/XPUB: it must get every message published to it, in order. */
export class GoodSubscriber {
  readonly received: string[] = [];
  private readonly socket = new Subscriber({ linger: 0 });
  private wake: (() => void) | undefined;

  constructor(port: number) {
    this.socket.subscribe("good");
    this.socket.connect(`tcp://127.0.0.1:${port}`);
    void (async () => {
      for await (const [topic] of this.socket) {
        this.received.push(topic!.toString());
        this.wake?.();
      }
    })();
  }

  /** Publish probes until one arrives: the subscription has reached the publisher. */
  async ready(target: Target): Promise<void> {
    while (this.received.length === 0) {
      await target.publish(1);
      await this.arrival(100);
    }
  }

  /** Have the target publish `count` messages; true when all of them arrived, in order. */
  async served(target: Target, count: number, timeout = 15_000): Promise<boolean> {
    const before = this.received.length;
    await target.publish(count);
    const deadline = Date.now() + timeout;
    while (this.received.at(-1) !== `good-${count - 1}` && Date.now() < deadline)
      await this.arrival(deadline - Date.now());
    const got = this.received.slice(before);
    return got.length === count && got.every((topic, i) => topic === `good-${i}`);
  }

  close(): void {
    this.socket.close();
  }

  private arrival(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, ms));
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/** A well-behaved PUSH to the attacked PULL: the target counts what it gets. */
export class GoodPusher {
  private readonly socket = new Push({ linger: 0 });
  private sent = 0;

  constructor(port: number) {
    this.socket.connect(`tcp://127.0.0.1:${port}`);
  }

  /** Send `count` messages; true when the target received every one sent so far. */
  async served(target: Target, count: number, timeout = 15_000): Promise<boolean> {
    for (let i = 0; i < count; i++) await this.socket.send([`good-${this.sent++}`, "payload"]);
    try {
      await target.until((stats) => stats.goodReceived >= this.sent, timeout);
      return true;
    } catch {
      return false;
    }
  }

  close(): void {
    this.socket.close();
  }
}
