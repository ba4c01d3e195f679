import { zmqError } from "../errors.js";
import type { SocketOptionValues } from "./options.js";
import type { Frames, Pipe } from "./pipe.js";
import { FairQueue } from "./strategies/fair-queue.js";

/** What a socket type's behaviour may ask of the socket that hosts it. */
export interface SocketHost {
  /** Current option values by zeromq.js property name. */
  readonly options: Readonly<SocketOptionValues>;
  /** Our routing id as bytes (empty when unset). */
  readonly routingIdBytes: Buffer;
  /** A message may now be available to receive(). */
  wakeReader(): void;
  /** A send that would have blocked may now succeed. */
  wakeWriter(): void;
  /**
   * A send that cannot go ahead now may wait (false with sendTimeout 0, and for the last try at a timeout or on
   * close, which reports why it failed).
   */
  readonly sendMayWait: boolean;
  /** The same for receive (false with receiveTimeout 0, and for the last try at a timeout or on close). */
  readonly receiveMayWait: boolean;
}

/**
 * The routing rules of one socket type, written against pipes only (never bytes): a handful of methods over the
 * shared strategies, reading like its RFC section.
 */
export abstract class Behavior {
  /** Connect-side pipes join routing at connect() time, before their link is up (E-29), unless `immediate`. */
  readonly earlyAttach: boolean = true;
  /** STREAM: connections carry raw bytes, not ZMTP. */
  readonly rawStreams: boolean = false;
  /** PUB/XPUB: peers' `0x01`/`0x00` data frames are subscriptions (V-3). */
  readonly acceptsSubscriptionMessages: boolean = false;

  constructor(protected readonly host: SocketHost) {}

  /** The pipe takes part in routing from now on. */
  abstract attach(pipe: Pipe): void;
  /** The pipe is gone for good. */
  abstract detach(pipe: Pipe): void;
  /** A pipe's link completed its handshake (the pipe is attached already). */
  linkReady(_pipe: Pipe): void {}
  /** A connect-side pipe lost its link; it stays attached and keeps its queue. */
  linkLost(_pipe: Pipe): void {}

  /**
   * Queue a message: true when queued, false when it would block. Throws a ZmqError to reject the send.
   * `options` are a draft socket's per-message options (`{ routingId }`, `{ group }`), already validated.
   */
  abstract send(frames: Frames, options?: unknown): boolean;
  /**
   * Take the next message, or undefined when none is ready. Throws a ZmqError to reject the receive. Draft SERVER
   * and DISH return the body followed by a metadata object (`{ routingId }`, `{ group }`), as zeromq.js does.
   */
  abstract receive(): Frames | undefined;

  /** A message can be received right now (zeromq.js `readable`). */
  get readable(): boolean {
    return false;
  }
  /** A send would be queued right now (zeromq.js `writable`). */
  get writable(): boolean {
    return true;
  }
  /** DISH: zmq_join / zmq_leave (every other type refuses them with ENOTSUP). */
  join?(group: Buffer): void;
  leave?(group: Buffer): void;
  /** ROUTER: the routing id given with `connect(address, { routingId })` for a connect-side pipe. */
  setConnectRoutingId?(pipe: Pipe, routingId: Buffer): void;

  onMessage(_pipe: Pipe, _frames: Frames): void {}
  onSubscribe(_pipe: Pipe, _topic: Buffer): void {}
  onCancel(_pipe: Pipe, _topic: Buffer): void {}
  /** A command the engine passed on (JOIN/LEAVE for RADIO); other socket types ignore commands. */
  onCommand(_pipe: Pipe, _name: string, _data: Buffer): void {}
  /** A pipe has room again after being full. */
  onWritable(_pipe: Pipe): void {
    this.host.wakeWriter();
  }

  /**
   * A send the socket's type or state forbids (`ENOTSUP`, `EFSM`). zeromq.js calls libzmq only once the socket polls
   * writable, which it never does in that state: the send waits (REQ's next request goes out once the reply is in),
   * and fails with libzmq's error only when tried without waiting (timeout 0, at the timeout, on close).
   */
  protected refuseSend(code: "EFSM" | "ENOTSUP"): false {
    if (this.host.sendMayWait) return false;
    throw zmqError(code);
  }

  /** The same for a receive the socket's type or state forbids. */
  protected refuseReceive(code: "EFSM" | "ENOTSUP"): undefined {
    if (this.host.receiveMayWait) return undefined;
    throw zmqError(code);
  }
}

/** Base for sockets that fair-queue their input (PULL, DEALER, SUB, ...). */
export abstract class FairQueueBehavior extends Behavior {
  protected readonly fq = new FairQueue();

  override onMessage(pipe: Pipe, frames: Frames): void {
    this.fq.deliver(pipe, frames);
    this.host.wakeReader();
  }

  override receive(): Frames | undefined {
    return this.fq.receive();
  }

  override get readable(): boolean {
    return this.fq.hasMessage;
  }
}
