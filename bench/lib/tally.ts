import { nowSeconds } from "./stats.js";

/** Clock reads during warm-up happen once per this many messages (a power of two), keeping them off the hot path. */
export const CLOCK_EVERY = 64;

export interface ThroughputResult {
  /** Messages received in the measured period, and its length. */
  messages: number;
  seconds: number;
  /** Every data message received, warm-up included (for the delivered share). */
  received: number;
  wrongSize: number;
  /**
   * The whole stream arrived within the warm-up, i.e. in one burst after the sender had finished (a sender that never
   * yields to the event loop): then `messages`/`seconds` cover every message received.
   */
  burst: boolean;
  /** CPU time (user + system) the whole process spent over the window, in microseconds. */
  cpuMicros: number;
}

/** CPU time (user + system) this process has used so far, in microseconds. */
export function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/**
 * Counts a receiver's messages the same way for every implementation: the first `warmup` seconds after the first
 * message are ignored, then the window runs from the next message to the end marker (an empty message). When the
 * whole stream arrived within the warm-up ("burst": it came in one burst after the sender had finished), every
 * message counts and the window starts at the first one.
 */
export class Tally {
  /** Clock time of the first measured message and of the end marker. */
  first = 0;
  end = 0;
  /** Messages in the measured window. */
  messages = 0;
  /** Every data message received, warm-up included (for the delivered share). */
  received = 0;
  wrongSize = 0;
  burst = false;
  /** Process CPU time at `first` and at `end` (see cpuMicros). */
  cpuFirst = 0;
  cpuEnd = 0;
  private firstReceived = 0;
  private cpuFirstReceived = 0;
  private warming: boolean;
  private warmEnd = 0;

  constructor(
    private readonly size: number,
    private readonly warmup: number,
  ) {
    this.warming = warmup > 0;
  }

  /** The measured window, once the end marker has arrived. */
  result(): ThroughputResult {
    const { messages, received, wrongSize, burst } = this;
    return {
      messages,
      seconds: this.end - this.first,
      received,
      wrongSize,
      burst,
      cpuMicros: this.cpuEnd - this.cpuFirst,
    };
  }

  /** One message of `length` bytes; false once it was the end marker. */
  count(length: number): boolean {
    if (length === 0) {
      this.end = nowSeconds();
      this.cpuEnd = cpuMicros();
      if (this.messages === 0) {
        this.burst = true;
        this.messages = this.received;
        this.first = this.firstReceived;
        this.cpuFirst = this.cpuFirstReceived;
      }
      return false;
    }
    if (length !== this.size) this.wrongSize++;
    if (this.received++ === 0) {
      this.firstReceived = nowSeconds();
      this.cpuFirstReceived = cpuMicros();
      this.warmEnd = this.firstReceived + this.warmup;
    }
    if (this.warming) {
      if ((this.received & (CLOCK_EVERY - 1)) === 0 && nowSeconds() >= this.warmEnd) this.warming = false;
      return true;
    }
    if (this.messages++ === 0) {
      this.first = nowSeconds();
      this.cpuFirst = cpuMicros();
    }
    return true;
  }
}
