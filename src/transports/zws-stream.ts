import type { Clock } from "../zmtp/clock.js";
import { FLAG_MORE } from "../zmtp/constants.js";
import { isLinkError, linkError, protocolError } from "../zmtp/errors.js";
import type { LinkError, LinkHandler } from "../zmtp/link.js";
import { Session, type SessionOptions, type SessionTransport } from "../zmtp/session.js";
import { EMPTY } from "../zmtp/constants.js";
import { RoutingIdMechanism } from "../zmtp/routing-id-mechanism.js";
import { decodeZwsFrame, encodeZwsFrame, ZWS_NO_MECHANISM, zwsProtocol } from "../zmtp/zws.js";

/**
 * What `held` may keep while the session is paused outright (a bounded receive queue is full). A socket that can
 * pause (`ws` in Node) delivers at most what it had already read, a few hundred KiB at worst; a page's WebSocket
 * cannot pause at all, so a peer that keeps sending would otherwise grow `held` without limit. Over either bound the
 * link is closed (and re-established by a connecting socket). Not applied while the socket's queue is unlimited
 * (receiveHighWaterMark 0): then holding is what the application asked for, as over tcp.
 */
const HELD_MESSAGES_LIMIT = 100_000;
const HELD_BYTES_LIMIT = 64 * 1024 * 1024;

/**
 * An open WebSocket as the ZWS adapter needs it, whatever implements it (the `ws` package in Node, a browser's
 * WebSocket): binary messages out, backpressure, pause/resume, close.
 */
export interface MessageSocket {
  /** The subprotocol the server chose. */
  readonly protocol: string;
  send(message: Buffer): void;
  /** More is buffered than the socket wants; the owner calls `ZwsStream.drained` when it clears. */
  readonly blocked: boolean;
  pause(): void;
  resume(): void;
  /** Hold writes until `uncork` so one turn's messages leave together (optional). */
  cork?(): void;
  uncork?(): void;
  /** A WebSocket ping; undefined where the implementation cannot send one (browsers). */
  ping?(): void;
  /** Close handshake (1000 normal, 1002 protocol error, 1009 too big); the owner reports `closed` when done. */
  close(code: number, reason: string): void;
  /** Drop the connection now. */
  terminate(): void;
}

/**
 * Runs a ZMTP session over a WebSocket, ZWS 2.0 (RFC 45): no greeting (the subprotocol names the mechanism), one
 * frame per binary message, heartbeats as WebSocket pings (the only ones libzmq's ws engine answers).
 * Free of Node APIs, so the browser build can reuse it. The owner feeds it the socket's events.
 */
export class ZwsStream implements SessionTransport {
  readonly session: Session;
  private queue: Buffer[] = [];
  private queued = 0;
  /** Messages that arrived while the session was paused (a WebSocket may deliver a few after pause()). */
  private held: Buffer[] = [];
  private heldBytes = 0;
  /** Paused with the queue unlimited: held messages are not bounded (see HELD_MESSAGES_LIMIT). */
  private keepReading = false;
  private replayScheduled = false;
  private closeRequested = false;
  readonly ping: (() => void) | undefined;
  /** The subprotocol our mechanism needs. */
  private readonly expected: string;

  constructor(
    private readonly socket: MessageSocket,
    handler: LinkHandler,
    options: SessionOptions,
    private readonly clock: Clock,
  ) {
    // "ZWS2.0" is NULL security with routing ids in place of READY
    const bare = socket.protocol === ZWS_NO_MECHANISM && (options.mechanism?.name ?? "NULL") === "NULL";
    this.expected = bare ? ZWS_NO_MECHANISM : zwsProtocol(options.mechanism?.name ?? "NULL");
    const mechanism = bare ? new RoutingIdMechanism(options.identity ?? EMPTY) : options.mechanism;
    this.session = new Session(this, handler, { ...options, mechanism }, clock);
    if (socket.ping !== undefined) this.ping = () => socket.ping!();
  }

  /** The socket is open: check the chosen subprotocol and start the mechanism. */
  opened(): void {
    const session = this.session;
    const wanted = this.expected;
    if (this.socket.protocol !== wanted) {
      this.fail(
        protocolError(
          "ERR_ZMTP_MECHANISM_MISMATCH",
          `WebSocket subprotocol is "${this.socket.protocol}", expected "${wanted}"`,
        ),
      );
      return;
    }
    // ZWS carries no greeting: the peer is ZMTP 3.1-capable, takes subscriptions as 01/00 messages, and plays the
    // other role of the mechanism.
    session.begin({ minor: 1, asServer: !session.mechanism.asServer, subscriptionsAsMessages: true });
  }

  /** One WebSocket message. Text messages are a protocol error: ZWS is binary only. */
  received(data: Buffer, binary: boolean): void {
    const session = this.session;
    if (!session.acceptsInput) return;
    if (!binary) {
      this.fail(protocolError("ERR_ZMTP_UNSPECIFIED", "text WebSocket message: ZWS messages are binary"));
      return;
    }
    if (session.paused || this.held.length > 0) {
      this.held.push(data);
      this.heldBytes += data.length;
      if (!this.keepReading && (this.held.length > HELD_MESSAGES_LIMIT || this.heldBytes > HELD_BYTES_LIMIT))
        this.overran();
      return;
    }
    this.deliver(data);
  }

  /** A WebSocket ping or pong arrived: the peer is alive. */
  activity(): void {
    this.session.noteActivity();
  }

  drained(): void {
    this.session.transportDrained();
  }

  /** The WebSocket is closed (by either side, cleanly or not). */
  closed(error?: LinkError): void {
    if (this.closeRequested) this.session.transportFinished();
    this.session.abort(error);
  }

  /** A WebSocket-level failure (bad frame, message too big, socket error). */
  failed(code: string, message: string): void {
    const error = code.startsWith("WS_ERR")
      ? protocolError("ERR_ZMTP_UNSPECIFIED", `WebSocket: ${message}`)
      : linkError("transport", code, message);
    this.fail(error);
  }

  // ---- SessionTransport

  frame(flags: number, body: Buffer): void {
    const encoded = encodeZwsFrame(flags, body);
    this.queue.push(encoded);
    this.queued += encoded.length;
  }

  message(parts: Buffer[]): void {
    const last = parts.length - 1;
    for (let i = 0; i <= last; i++) this.frame(i < last ? FLAG_MORE : 0, parts[i]!);
  }

  get queuedBytes(): number {
    return this.queued;
  }

  get blocked(): boolean {
    return this.socket.blocked;
  }

  flush(): void {
    const queue = this.queue;
    if (queue.length === 0) return;
    this.queue = [];
    this.queued = 0;
    const socket = this.socket;
    socket.cork?.();
    for (const message of queue) socket.send(message);
    socket.uncork?.();
  }

  discard(): void {
    this.queue = [];
    this.queued = 0;
  }

  /** With `keepReading` the socket's messages are held (see `held`) instead of pausing the socket. */
  pauseReading(keepReading = false): void {
    this.keepReading = keepReading;
    if (!keepReading) this.socket.pause();
  }

  /** Held messages are delivered first; the socket resumes only if that did not pause the session again. */
  resumeReading(): void {
    if (this.replayScheduled) return;
    this.replayScheduled = true;
    this.clock.defer(this.replay);
  }

  end(): void {
    this.flush();
    this.closeRequested = true;
    this.socket.close(1000, "");
  }

  destroy(flush: boolean, error?: LinkError): void {
    if (flush) this.flush();
    else this.discard();
    if (error !== undefined && error.kind !== "transport")
      this.socket.close(closeCode(error), closeReason(error.message));
    else if (flush) this.socket.close(1000, "");
    else this.socket.terminate();
  }

  // ---- inbound

  private deliver(data: Buffer): void {
    const session = this.session;
    const frame = decodeZwsFrame(data, session.frameLimit);
    if (isLinkError(frame)) {
      this.fail(frame);
      return;
    }
    session.receive(frame.flags, frame.body);
  }

  private readonly replay = (): void => {
    this.replayScheduled = false;
    while (this.held.length > 0 && this.session.receiving) {
      const data = this.held.shift()!;
      this.heldBytes -= data.length;
      this.deliver(data);
    }
    if (!this.session.acceptsInput) this.dropHeld();
    if (this.session.receiving || !this.session.acceptsInput) this.socket.resume();
  };

  private overran(): void {
    const error = protocolError(
      "ERR_ZMTP_UNSPECIFIED",
      `peer sent ${this.held.length} messages (${this.heldBytes} bytes) while reading was paused, more than is held ` +
        `for a socket that cannot stop reading (limits ${HELD_MESSAGES_LIMIT} messages, ${HELD_BYTES_LIMIT} bytes)`,
    );
    this.dropHeld();
    this.fail(error);
  }

  private dropHeld(): void {
    this.held = [];
    this.heldBytes = 0;
  }

  private fail(error: LinkError): void {
    this.session.abort(error);
  }
}

/** RFC 6455 §7.4.1 close codes: 1002 protocol error, 1008 policy (authentication), 1009 too big, 1000 otherwise. */
function closeCode(error: LinkError): number {
  if (error.kind === "auth") return 1008;
  if (error.kind !== "protocol") return 1000;
  return /exceeds maxMessageSize/.test(error.message) ? 1009 : 1002;
}

/** A close reason may hold at most 123 bytes of UTF-8. */
function closeReason(message: string): string {
  return Buffer.from(message).subarray(0, 100).toString();
}
