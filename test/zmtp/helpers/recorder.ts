import type { Duplex } from "node:stream";
import type { LinkError, LinkHandler, PeerInfo } from "../../../src/zmtp/link.js";

/** Reject after `ms` so every wait in a test is bounded. */
export function within<T>(promise: Promise<T>, ms = 3000, what = "event"): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
    }),
  ]);
}

/** A LinkHandler that records everything and lets tests await it. */
export class Recorder implements LinkHandler {
  readonly messages: Buffer[][] = [];
  readonly subscribes: Buffer[] = [];
  readonly cancels: Buffer[] = [];
  readonly order: string[] = [];
  drains = 0;
  closeCalls = 0;
  peer: PeerInfo | undefined;
  closed: { error: LinkError | undefined; handshakeDone: boolean } | undefined;
  private waiters: Array<() => void> = [];

  onReady(peer: PeerInfo): void {
    this.peer = peer;
    this.record("ready");
  }
  onMessage(parts: Buffer[]): void {
    this.messages.push(parts.map((p) => Buffer.from(p)));
    this.record("message");
  }
  onSubscribe(topic: Buffer): void {
    this.subscribes.push(topic);
    this.record("subscribe");
  }
  onCancel(topic: Buffer): void {
    this.cancels.push(topic);
    this.record("cancel");
  }
  onDrain(): void {
    this.drains++;
    this.record("drain");
  }
  onClose(error: LinkError | undefined, handshakeDone: boolean): void {
    this.closeCalls++;
    this.closed = { error, handshakeDone };
    this.record("close");
  }

  private record(event: string): void {
    this.order.push(event);
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Wait until `predicate` holds (checked after every event). */
  until(predicate: () => boolean, what = "condition", ms = 3000): Promise<void> {
    return within(
      new Promise<void>((resolve) => {
        const check = () => (predicate() ? resolve() : this.waiters.push(check));
        check();
      }),
      ms,
      what,
    );
  }
  ready(): Promise<PeerInfo> {
    return this.until(() => this.peer !== undefined, "onReady").then(() => this.peer!);
  }
  close(): Promise<{ error: LinkError | undefined; handshakeDone: boolean }> {
    return this.until(() => this.closed !== undefined, "onClose").then(() => this.closed!);
  }
  messageCount(n: number): Promise<void> {
    return this.until(() => this.messages.length >= n, `${n} messages`);
  }
}

/** The far end of a stream driven by hand: write raw bytes, read exactly what the engine wrote. */
export class RawPeer {
  private received = Buffer.alloc(0);
  private waiters: Array<() => void> = [];
  ended = false;

  constructor(readonly stream: Duplex) {
    stream.on("data", (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk]);
      this.wake();
    });
    stream.on("end", () => {
      this.ended = true;
      this.wake();
    });
    stream.on("error", () => {});
  }

  write(bytes: Buffer): void {
    this.stream.write(bytes);
  }

  /** The next `n` bytes the engine wrote. */
  async read(n: number, ms = 3000): Promise<Buffer> {
    await this.until(() => this.received.length >= n, `${n} bytes`, ms);
    const out = this.received.subarray(0, n);
    this.received = this.received.subarray(n);
    return Buffer.from(out);
  }

  get pendingBytes(): number {
    return this.received.length;
  }

  endOfStream(ms = 3000): Promise<void> {
    return this.until(() => this.ended, "end of stream", ms);
  }

  private until(predicate: () => boolean, what: string, ms: number): Promise<void> {
    return within(
      new Promise<void>((resolve) => {
        const check = () => (predicate() ? resolve() : this.waiters.push(check));
        check();
      }),
      ms,
      what,
    );
  }

  private wake(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }
}
