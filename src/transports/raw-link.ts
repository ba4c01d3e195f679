import type { Duplex } from "node:stream";
import { soon } from "#platform";
import type { Link, LinkHandler, PeerInfo } from "../zmtp/link.js";

/**
 * A byte stream without ZMTP, for ZMQ_STREAM sockets: every chunk read is one single-frame message, every message
 * sent is written as it is.
 */
export class RawLink implements Link {
  readonly peer: PeerInfo;
  private closed = false;
  private blocked = false;

  constructor(
    private readonly stream: Duplex,
    private readonly handler: LinkHandler,
    address: string,
  ) {
    this.peer = { socketType: undefined, identity: Buffer.alloc(0), properties: new Map(), minor: 1, address };
    stream.on("data", (chunk: Buffer) => this.handler.onMessage([chunk]));
    stream.on("drain", () => {
      if (!this.blocked) return;
      this.blocked = false;
      this.handler.onDrain();
    });
    stream.on("error", () => stream.destroy());
    stream.on("end", () => stream.end());
    stream.on("close", () => this.finish());
    soon(() => {
      if (!this.closed) this.handler.onReady(this.peer);
    });
  }

  get writable(): boolean {
    const ok = !this.closed && !this.stream.writableNeedDrain;
    if (!ok) this.blocked = true;
    return ok;
  }

  send(parts: Buffer[]): void {
    if (this.closed) return;
    for (const part of parts) if (part.length > 0) this.stream.write(part);
  }

  subscribe(): void {}
  cancel(): void {}

  /** `keepReading`: raw bytes are delivered as they come, so there is nothing to hold: read on. */
  pause(keepReading = false): void {
    if (!keepReading) this.stream.pause();
  }

  resume(): void {
    this.stream.resume();
  }

  close(linger = -1): void {
    if (linger === 0) this.stream.destroy();
    else this.stream.end();
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.handler.onClose(undefined, true);
  }
}
