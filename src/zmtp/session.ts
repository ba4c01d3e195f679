import type { Clock } from "./clock.js";
import {
  CANCEL,
  cancelBody,
  commandBody,
  commandData,
  commandName,
  ERROR,
  parseErrorReason,
  isPing,
  pingContext,
  pingTtl,
  MAX_PING_CONTEXT,
  pingBody,
  PONG,
  pongBody,
  READY,
  SUBSCRIBE,
  subscribeBody,
  ttlToDeciseconds,
} from "./commands.js";
import { BATCH_LIMIT, EMPTY, FLAG_COMMAND, FLAG_MORE, HANDSHAKE_FRAME_LIMIT } from "./constants.js";
import { isLinkError, linkError, peerErrorCommand, protocolError } from "./errors.js";
import type { Link, LinkError, LinkHandler, PeerInfo } from "./link.js";
import type { FrameCodec, Mechanism, MechanismHost } from "./mechanism.js";
import { MessageBudget, messageLimits } from "./message-budget.js";
import { type Deadlines, sharedDeadlines } from "./deadlines.js";
import { DEFAULT_METADATA_LIMITS, getProperty, type MetadataLimits } from "./metadata.js";
import { NullMechanism } from "./null-mechanism.js";
import { peerSocketTypeError, sendsIdentity } from "./socket-types.js";

export interface SessionOptions {
  /** Our uppercase type name: "PUB", "DEALER", ... */
  socketType: string;
  /** For PeerInfo.address, e.g. "tcp://127.0.0.1:5555". */
  address: string;
  /** Our routing id; sent (empty if unset) only by REQ, DEALER, ROUTER (RFC 23 §3.3.2). */
  identity?: Buffer;
  /** Default: a new NULL mechanism. */
  mechanism?: Mechanism;
  /** Bytes per message (all parts together), -1 = unlimited (default); applies to commands too. */
  maxMessageSize?: number;
  /** Bytes per message while `maxMessageSize` is -1; default 1 GiB, -1 = none (src/zmtp/message-budget.ts). */
  messageSizeCeiling?: number;
  /** Parts per message; default 65536, -1 = none. */
  maxMessageParts?: number;
  /** Limits on the peer's READY/INITIATE metadata (defaults in src/zmtp/metadata.ts). */
  metadataLimits?: MetadataLimits;
  /** ms, 0 = no deadline; default 30000. */
  handshakeInterval?: number;
  /** ms, 0 = off (RFC 37 §PING). */
  heartbeatInterval?: number;
  /** ms, sent as deciseconds in our PINGs. */
  heartbeatTimeToLive?: number;
  /** ms, -1 = same as interval. */
  heartbeatTimeout?: number;
  /**
   * The socket type takes subscriptions (PUB, XPUB; decided by the socket layer): SUBSCRIBE/CANCEL commands and
   * data frames starting 0x01/0x00 become onSubscribe/onCancel. Otherwise both are ignored / delivered as data.
   */
  subscriptionMessages?: boolean;
  /**
   * Called when a LinkHandler callback throws; the session itself carries on unharmed. Default: close this link with
   * the error (a LinkError thrown by the handler, e.g. a socket limit, is passed through as is), so nothing a peer
   * triggers can escape into the program.
   */
  onHandlerError?: (error: unknown) => void;
}

/** What the peer's greeting (ZMTP) or WebSocket upgrade (ZWS) told the adapter. */
export interface PeerStart {
  /** ZMTP minor version (0 = 3.0, 1 = 3.1). */
  minor: number;
  asServer: boolean;
  /** Subscriptions travel as `01`/`00`-prefixed messages instead of commands (ZMTP 3.0, ZWS 2.0). */
  subscriptionsAsMessages: boolean;
  /**
   * A ZMTP 2.0 peer (RFC 15): this handshake replaces the configured mechanism, and the connection carries no
   * commands at all (no heartbeats; a command frame from the peer is a protocol error).
   */
  zmtp2Handshake?: Mechanism;
}

/**
 * What a session asks of the adapter that carries it: queue frames, write them out, stop and resume reading, end.
 * A byte-stream adapter encodes ZMTP frames; a WebSocket adapter sends one message per frame.
 */
export interface SessionTransport {
  /** Queue one frame (flags: MORE, COMMAND). */
  frame(flags: number, body: Buffer): void;
  /** Queue a data message: MORE on every part but the last. */
  message(parts: Buffer[]): void;
  /**
   * Optional (byte streams): queue a frame whose `length` body bytes are then written straight into `batch` at the
   * returned offset (FrameWriter.reserveFrame), for codecs that can encode in place (`FrameCodec.encodeInto`).
   */
  reserveFrame?(flags: number, length: number): number;
  readonly batch?: Buffer;
  /** Bytes queued by frame()/message() and not yet written. */
  readonly queuedBytes: number;
  /** Write everything queued. */
  flush(): void;
  /** Drop everything queued. */
  discard(): void;
  /** The transport holds more than it wants (writableNeedDrain); `transportDrained` follows. */
  readonly blocked: boolean;
  /** Stop handing over frames; with `keepReading`, keep reading the transport and hold its bytes (Link.pause). */
  pauseReading(keepReading?: boolean): void;
  resumeReading(): void;
  /** Flush, then end our side; `transportFinished` follows once written. */
  end(): void;
  /**
   * Release the transport; with `flush`, what is queued (e.g. an ERROR) goes out first, within a bounded time.
   * `error` says why, for transports that can tell the peer (a WebSocket close code).
   */
  destroy(flush: boolean, error?: LinkError): void;
  /** A native liveness probe (ZWS: a WebSocket ping, the only heartbeat libzmq's ws engine answers). */
  ping?(): void;
}

const GREETING = 0;
const HANDSHAKE = 1;
const TRAFFIC = 2;
const CLOSED = 3;

interface PendingSubscription {
  subscribe: boolean;
  topic: Buffer;
}

/** A command body held until the handshake completes. */
interface PendingCommand {
  command: Buffer;
}

/**
 * One ZMTP session, sans I/O: mechanism handshake → traffic, with heartbeats and deadlines on an injected clock.
 * Frames come in through `receive`, go out through a `SessionTransport`; implements `Link` for a socket and reports
 * through `LinkHandler`. It never knows socket semantics beyond the READY type check.
 */
export class Session implements Link, MechanismHost {
  private readonly transport: SessionTransport;
  private readonly handler: LinkHandler;
  private readonly clock: Clock;
  /** MechanismHost: the session is its mechanism's host (one object less per connection). */
  readonly socketType: string;
  readonly address: string;
  readonly properties: ReadonlyArray<readonly [string, Buffer]>;
  readonly metadataLimits: MetadataLimits | undefined;
  /** The configured mechanism; a ZMTP 2.0 peer gets its identity exchange instead (see `begin`). */
  mechanism: Mechanism;
  private zmtp2 = false;
  private readonly maxMessageSize: number;
  private readonly heartbeatInterval: number;
  private readonly heartbeatTimeout: number;
  private readonly heartbeatTimeToLive: number;
  /** Our PING, made when heartbeats start. */
  private pingFrame: Buffer | undefined;
  private readonly subscriptionMessages: boolean;
  private readonly onHandlerError: ((error: unknown) => void) | undefined;

  private phase = GREETING;
  private wasReady = false;
  private closing = false;
  private pausedFlag = false;
  /** Reading stopped by the engine itself: an answer (PONG) is owed and the peer does not read our output. */
  private answerHold = false;
  private flushScheduled = false;
  private blockedReported = false;
  private peerInfo: PeerInfo | undefined;
  /** MechanismHost: the peer's greeting. */
  peerMinor = 0;
  peerAsServer = false;
  private subscriptionsAsMessages = false;
  private codec: FrameCodec | undefined;
  private limit: number;

  /** What the socket sent before the handshake completed; made on first use. */
  private pending: Array<Buffer[] | PendingSubscription | PendingCommand> | undefined;
  private parts: Buffer[] = [];
  private readonly budget: MessageBudget;
  /** The PING (command body) a PONG is owed to: written at the next flush, or once the output drains; coalesced. */
  private owedPong: Buffer | undefined;
  /** PINGs the owed PONG answers (see PING_FLOOD_BURST). */
  private pingsUnanswered = 0;

  /** Frames (and transport-level pings/pongs) received so far: heartbeat deadlines compare it (RFC 37 §PING). */
  private activity = 0;
  private pingMark = 0;
  private ttlMark = 0;
  /** The shared deadline set this session waits in during its handshake, or its own timer's cancel. */
  private handshakeDeadline: Deadlines | undefined;
  private cancelHandshakeTimer: (() => void) | undefined;
  private cancelHeartbeatTimer: (() => void) | undefined;
  private cancelPingTimeout: (() => void) | undefined;
  private cancelTtlTimer: (() => void) | undefined;
  private cancelLingerTimer: (() => void) | undefined;
  private cancelAnswerHold: (() => void) | undefined;
  /** Callbacks for the clock, made on first use: an idle connection does not pay a closure per timer kind. */
  private flushTask: (() => void) | undefined;
  private sendPingTask: (() => void) | undefined;

  constructor(transport: SessionTransport, handler: LinkHandler, options: SessionOptions, clock: Clock) {
    this.transport = transport;
    this.handler = handler;
    this.clock = clock;
    this.socketType = options.socketType;
    this.address = options.address;
    this.mechanism = options.mechanism ?? new NullMechanism();
    this.maxMessageSize = options.maxMessageSize ?? -1;
    this.heartbeatInterval = Math.max(0, options.heartbeatInterval ?? 0);
    const timeout = options.heartbeatTimeout ?? -1;
    this.heartbeatTimeout = timeout < 0 ? this.heartbeatInterval : timeout;
    this.heartbeatTimeToLive = options.heartbeatTimeToLive ?? 0;
    this.subscriptionMessages = options.subscriptionMessages ?? false;
    this.onHandlerError = options.onHandlerError;
    this.budget = new MessageBudget(
      messageLimits(this.maxMessageSize, options.messageSizeCeiling, options.maxMessageParts),
    );
    this.limit = handshakeFrameLimit(this.maxMessageSize, options.metadataLimits);
    this.metadataLimits = options.metadataLimits;
    this.properties = readyProperties(this.socketType, options.identity ?? EMPTY);

    const handshakeInterval = options.handshakeInterval ?? 30_000;
    if (handshakeInterval > 0) {
      this.handshakeDeadline = sharedDeadlines(clock, handshakeInterval);
      if (this.handshakeDeadline !== undefined) this.handshakeDeadline.add(this);
      else this.cancelHandshakeTimer = clock.after(handshakeInterval, () => this.expire());
    }
  }

  // ---- Link ---------------------------------------------------------------------------------------------------

  get peer(): PeerInfo | undefined {
    return this.peerInfo;
  }

  get writable(): boolean {
    if (this.phase === CLOSED) return false;
    const blocked = this.transport.blocked || this.transport.queuedBytes >= BATCH_LIMIT;
    if (blocked) this.blockedReported = true;
    return !blocked;
  }

  send(parts: Buffer[]): void {
    if (this.phase === CLOSED || this.closing || parts.length === 0) return;
    if (this.phase !== TRAFFIC) {
      this.hold(parts); // held until the handshake is complete
      return;
    }
    if (this.codec === undefined) this.transport.message(parts);
    else this.queueMessage(parts);
    this.scheduleFlush();
  }

  subscribe(topic: Buffer): void {
    this.queueSubscription(true, topic);
  }

  cancel(topic: Buffer): void {
    this.queueSubscription(false, topic);
  }

  command(name: string, data: Buffer): void {
    if (this.phase === CLOSED || this.closing) return;
    const body = commandBody(name, data);
    if (this.phase !== TRAFFIC) {
      this.hold({ command: body });
      return;
    }
    this.queueFrame(FLAG_COMMAND, body);
    this.scheduleFlush();
  }

  pause(keepReading = false): void {
    if (this.pausedFlag || this.phase === CLOSED) return;
    this.pausedFlag = true;
    if (!this.answerHold) this.transport.pauseReading(keepReading);
  }

  resume(): void {
    if (!this.pausedFlag || this.phase === CLOSED) return;
    this.pausedFlag = false;
    if (!this.answerHold) this.transport.resumeReading();
  }

  close(linger = -1): void {
    if (this.phase === CLOSED) return;
    if (linger === 0) {
      this.transport.discard();
      this.pending = undefined;
      this.terminate(undefined, false);
      return;
    }
    if (this.closing) return;
    this.closing = true;
    this.stopHeartbeats();
    const wasPaused = this.paused;
    this.releaseAnswerHold(false);
    if (wasPaused) this.transport.resumeReading(); // keep draining inbound bytes so the kernel does not RST
    if (linger > 0) this.cancelLingerTimer = this.clock.after(linger, () => this.onLingerExpired());
    if (this.phase === TRAFFIC) this.transport.end();
    else if (this.pending === undefined) this.terminate(undefined, false);
    // otherwise: complete() flushes the held messages, then ends the transport
  }

  // ---- from the adapter ---------------------------------------------------------------------------------------

  /** Inbound frames still matter (false once closed, or while closing after the handshake). */
  get acceptsInput(): boolean {
    return this.phase !== CLOSED && !(this.closing && this.phase === TRAFFIC);
  }

  /** Whether the adapter should hand over frames now: input is accepted and the socket is not paused. */
  get receiving(): boolean {
    return !this.pausedFlag && !this.answerHold && this.acceptsInput;
  }

  /** Inbound reading is paused: by the socket (receive HWM), or by the engine while an answer waits for the peer. */
  get paused(): boolean {
    return this.pausedFlag || this.answerHold;
  }

  /** Largest frame body accepted now, -1 = unlimited: handshake frames are capped tighter than traffic. */
  get frameLimit(): number {
    return this.limit;
  }

  /** The peer's greeting (or WebSocket upgrade) is in: start the mechanism. */
  begin(peer: PeerStart): void {
    if (this.phase !== GREETING) return;
    this.peerMinor = peer.minor;
    this.peerAsServer = peer.asServer;
    this.subscriptionsAsMessages = peer.subscriptionsAsMessages;
    if (peer.zmtp2Handshake !== undefined) {
      this.zmtp2 = true;
      this.mechanism = peer.zmtp2Handshake;
    }
    this.phase = HANDSHAKE;
    this.mechanism.start(this);
  }

  /** One frame from the peer (flags: MORE, COMMAND). */
  receive(flags: number, body: Buffer): void {
    const phase = this.phase;
    if (phase === CLOSED || (this.closing && phase === TRAFFIC)) return;
    this.activity++;
    if (phase === TRAFFIC) this.onFrame(flags, body);
    else if (phase === HANDSHAKE) this.mechanism.receive(flags, body);
    else this.abort(protocolError("ERR_ZMTP_UNSPECIFIED", "frame received before the greeting"));
  }

  /** Proof of life that is not a frame (a WebSocket ping or pong). */
  noteActivity(): void {
    this.activity++;
  }

  /** The peer ended its side. While closing in traffic the transport's finish ends the session instead. */
  peerEnded(): void {
    if (this.phase === CLOSED || (this.closing && this.phase === TRAFFIC)) return;
    this.terminate(undefined, false);
  }

  /** Close for a reason found by the adapter (bad greeting, undecodable frame, transport error) or none. */
  abort(error: LinkError | undefined): void {
    this.terminate(error, false);
  }

  /** The transport can take more again. */
  transportDrained(): void {
    if (this.phase === CLOSED) return;
    if (this.owedPong !== undefined && !this.closing) {
      this.queueOwedPong(this.owedPong);
      this.scheduleFlush();
    }
    this.releaseAnswerHold(true);
    if (!this.blockedReported) return;
    this.blockedReported = false;
    this.callHandler(() => this.handler.onDrain());
  }

  /** Our end(), requested by close(), is written. */
  transportFinished(): void {
    if (this.closing) this.terminate(undefined, false);
  }

  // ---- inbound ------------------------------------------------------------------------------------------------

  private onFrame(flags: number, body: Buffer): void {
    if (this.codec !== undefined) {
      const plain = this.codec.decode(flags, body);
      if (isLinkError(plain)) {
        this.terminate(plain, false);
        return;
      }
      flags = plain.flags;
      body = plain.body;
    }
    if ((flags & FLAG_COMMAND) !== 0) {
      this.onCommand(body);
      return;
    }
    if (this.subscriptionMessages && body.length > 0 && body[0]! <= 1) {
      const topic = Buffer.from(body.subarray(1));
      if (body[0] === 1) this.callHandler(() => this.handler.onSubscribe(topic));
      else this.callHandler(() => this.handler.onCancel(topic));
      if ((flags & FLAG_MORE) === 0 && this.parts.length > 0) this.deliver();
      return;
    }
    if ((flags & FLAG_MORE) === 0) {
      if (this.parts.length === 0) {
        // A one-part message, the common case: an array of exactly one (push would allocate room for 17).
        this.handOver([body]);
        return;
      }
      this.parts.push(body);
      this.deliver();
      return;
    }
    this.parts.push(body);
    const overLimit = this.budget.addPart(body.length);
    if (overLimit !== undefined)
      this.terminate(overLimit, false); // nothing partial is delivered
    else this.limit = this.budget.frameLimit;
  }

  private deliver(): void {
    const parts = this.parts;
    this.parts = [];
    this.budget.reset();
    this.limit = this.budget.frameLimit;
    this.handOver(parts);
  }

  private handOver(parts: Buffer[]): void {
    try {
      this.handler.onMessage(parts);
    } catch (error) {
      this.handlerFailed(error);
    }
  }

  private onCommand(body: Buffer): void {
    if (this.zmtp2) {
      this.terminate(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "command frame from a ZMTP 2.0 peer"), false);
      return;
    }
    if (isPing(body)) {
      this.onPing(body);
      return;
    }
    const name = commandName(body);
    if (name === undefined) return; // libzmq ignores it too
    switch (name) {
      case PONG:
        return; // liveness already counted
      case SUBSCRIBE:
      case CANCEL: {
        if (!this.subscriptionMessages) return; // only publishers take subscriptions
        const topic = Buffer.from(commandData(body));
        if (name === SUBSCRIBE) this.callHandler(() => this.handler.onSubscribe(topic));
        else this.callHandler(() => this.handler.onCancel(topic));
        return;
      }
      case ERROR:
        this.terminate(peerErrorCommand(parseErrorReason(commandData(body)) ?? ""), false);
        return;
      case READY:
        this.terminate(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "READY after the handshake"), false);
        return;
      default: {
        // Commands for the socket type (JOIN/LEAVE); the rest are ignored there.
        const onCommand = this.handler.onCommand;
        if (onCommand !== undefined) this.callHandler(() => onCommand.call(this.handler, name, commandData(body)));
        return;
      }
    }
  }

  /** Recognised from its bytes, and nothing allocated per PING: a flood of them must cost no memory. */
  private onPing(body: Buffer): void {
    if (this.transport.blocked) {
      // the peer is not reading: answer its latest PING once it does, and read no more until then (a copy, so the
      // read chunk is not kept meanwhile)
      this.owedPong = Buffer.from(body.subarray(0, MAX_PING_BODY));
      this.holdForAnswer(ANSWER_HOLD_LIMIT);
    } else {
      // RFC 37 §PONG, at the next write. PINGs that arrive before it replace one another (one answer, to the
      // latest, as libzmq), so answers never outgrow what the peer sends; past PING_FLOOD_BURST of them (a flood:
      // a live peer PINGs once per heartbeat) reading also pauses for PING_FLOOD_PAUSE, so a flood costs neither
      // memory nor a busy loop. The PING is a view of the read chunk, kept only until that write.
      if (++this.pingsUnanswered > PING_FLOOD_BURST) this.holdForAnswer(PING_FLOOD_PAUSE);
      this.owedPong = body;
      this.scheduleFlush();
    }
    const ttl = pingTtl(body);
    if (ttl > 0 && this.cancelTtlTimer === undefined) {
      this.ttlMark = this.activity;
      this.cancelTtlTimer = this.clock.after(ttl * 100, () => this.onTtlExpired());
    }
  }

  private callHandler(call: () => void): void {
    try {
      call();
    } catch (error) {
      this.handlerFailed(error);
    }
  }

  // ---- handshake ----------------------------------------------------------------------------------------------

  /** MechanismHost: handshake frames go out at once, nothing to batch and the peer is waiting. */
  sendCommand(body: Buffer): void {
    this.sendFrame(FLAG_COMMAND, body);
  }

  sendFrame(flags: number, body: Buffer): void {
    if (this.phase === CLOSED) return;
    this.transport.frame(flags, body);
    this.transport.flush();
  }

  /** MechanismHost: the handshake succeeded. */
  complete(properties: Map<string, Buffer>, codec?: FrameCodec): void {
    if (this.phase !== HANDSHAKE) return;
    const refused = peerSocketTypeError(this.socketType, properties);
    if (refused) {
      this.terminate(refused, false);
      return;
    }
    const type = getProperty(properties, "Socket-Type")?.toString("latin1");
    this.peerInfo = {
      socketType: type,
      identity: getProperty(properties, "Identity") ?? EMPTY,
      properties,
      minor: this.peerMinor,
      address: this.address,
    };
    this.codec = codec;
    this.phase = TRAFFIC;
    this.wasReady = true;
    this.limit = this.budget.frameLimit;
    this.stopHandshakeDeadline();

    const held = this.pending ?? [];
    this.pending = undefined;
    for (const item of held) {
      if (Array.isArray(item)) this.queueMessage(item);
      else if ("command" in item) this.queueFrame(FLAG_COMMAND, item.command);
      else this.writeSubscription(item.subscribe, item.topic);
    }
    this.scheduleFlush();
    if (this.closing) {
      this.transport.end();
      return;
    }
    this.startHeartbeats();
    this.callHandler(() => this.handler.onReady(this.peerInfo!));
  }

  /** MechanismHost: the handshake failed; what was queued (an ERROR) is flushed before the transport ends. */
  fail(error: LinkError): void {
    this.terminate(error, true);
  }

  private hold(item: Buffer[] | PendingSubscription | PendingCommand): void {
    if (this.pending === undefined) this.pending = [item];
    else this.pending.push(item);
  }

  /** The handshake deadline passed (Expiring, for the shared deadline set). */
  expire(): void {
    this.cancelHandshakeTimer = undefined;
    this.handshakeDeadline = undefined;
    if (this.phase === GREETING || this.phase === HANDSHAKE) {
      this.terminate(linkError("timeout", "ETIMEDOUT", "handshake timed out"), false);
    }
  }

  private stopHandshakeDeadline(): void {
    this.handshakeDeadline?.delete(this);
    this.handshakeDeadline = undefined;
    this.cancelHandshakeTimer?.();
    this.cancelHandshakeTimer = undefined;
  }

  // ---- engine answers under backpressure ----------------------------------------------------------------------

  /**
   * Stop reading while the answer the engine owes cannot be written, so a peer that sends commands without reading
   * the answers is throttled instead of costing queue space. The hold is bounded: two engines that each owe the other
   * an answer while neither reads would otherwise wait forever, so after ANSWER_HOLD_LIMIT reading resumes (the
   * answer stays coalesced, never queued) until the next command that needs an answer. A PING flood from a peer
   * that reads is held PING_FLOOD_PAUSE at a time, every PING_FLOOD_BURST PINGs.
   */
  private holdForAnswer(limit: number): void {
    if (this.answerHold || this.closing) return;
    this.answerHold = true;
    if (!this.pausedFlag) this.transport.pauseReading();
    this.cancelAnswerHold = this.clock.after(limit, () => this.onAnswerHoldExpired());
  }

  private releaseAnswerHold(resumeTransport: boolean): void {
    this.cancelAnswerHold?.();
    this.cancelAnswerHold = undefined;
    if (!this.answerHold) return;
    this.answerHold = false;
    if (resumeTransport && !this.pausedFlag && this.phase !== CLOSED) this.transport.resumeReading();
  }

  private onAnswerHoldExpired(): void {
    this.cancelAnswerHold = undefined;
    this.releaseAnswerHold(true);
  }

  // ---- heartbeats (RFC 37 §PING, §PONG) --------------------------------------------------------------------------

  private pingTask(): () => void {
    this.sendPingTask ??= () => this.sendPing();
    return this.sendPingTask;
  }

  private startHeartbeats(): void {
    if (this.heartbeatInterval <= 0 || this.zmtp2) return; // ZMTP 2.0 has no PING
    this.cancelHeartbeatTimer = this.clock.after(this.heartbeatInterval, this.pingTask());
  }

  private stopHeartbeats(): void {
    this.cancelHeartbeatTimer?.();
    this.cancelPingTimeout?.();
    this.cancelTtlTimer?.();
    this.cancelHeartbeatTimer = this.cancelPingTimeout = this.cancelTtlTimer = undefined;
  }

  private sendPing(): void {
    this.cancelHeartbeatTimer = undefined;
    if (this.phase !== TRAFFIC || this.closing) return;
    this.cancelHeartbeatTimer = this.clock.after(this.heartbeatInterval, this.pingTask());
    if (this.transport.blocked) return; // a PING already waits in the peer's unread bytes
    if (this.transport.ping !== undefined) {
      this.transport.ping();
    } else {
      this.pingFrame ??= pingBody(ttlToDeciseconds(this.heartbeatTimeToLive));
      this.queueFrame(FLAG_COMMAND, this.pingFrame);
      this.scheduleFlush();
    }
    if (this.cancelPingTimeout === undefined && this.heartbeatTimeout > 0) {
      this.pingMark = this.activity;
      this.cancelPingTimeout = this.clock.after(this.heartbeatTimeout, () => this.onPingTimeout());
    }
  }

  /** Silence counts only while we are reading: a paused link (receive HWM, answer hold) is not a dead peer. */
  private onPingTimeout(): void {
    this.cancelPingTimeout = undefined;
    if (this.activity === this.pingMark && !this.paused) {
      this.terminate(linkError("timeout", "ETIMEDOUT", "heartbeat timed out: no traffic from the peer"), false);
    }
  }

  private onTtlExpired(): void {
    this.cancelTtlTimer = undefined;
    if (this.activity === this.ttlMark && !this.paused) {
      this.terminate(linkError("timeout", "ETIMEDOUT", "heartbeat TTL announced by the peer expired"), false);
    }
  }

  // ---- outbound -----------------------------------------------------------------------------------------------

  private queueFrame(flags: number, body: Buffer): void {
    if (this.codec === undefined) {
      this.transport.frame(flags, body);
    } else if (this.codec.encodeInto !== undefined && this.transport.reserveFrame !== undefined) {
      const at = this.transport.reserveFrame(0, this.codec.wireLength!(body.length));
      this.codec.encodeInto(flags, body, this.transport.batch!, at);
    } else {
      const wire = this.codec.encode(flags, body);
      this.transport.frame(wire.flags, wire.body);
    }
  }

  private queueMessage(parts: Buffer[]): void {
    const last = parts.length - 1;
    for (let i = 0; i <= last; i++) this.queueFrame(i < last ? FLAG_MORE : 0, parts[i]!);
  }

  private queueSubscription(subscribe: boolean, topic: Buffer): void {
    if (this.phase === CLOSED || this.closing) return;
    if (this.phase !== TRAFFIC) {
      this.hold({ subscribe, topic });
      return;
    }
    this.writeSubscription(subscribe, topic);
    this.scheduleFlush();
  }

  /** RFC 37: commands for 3.1 peers; `01`/`00`-prefixed messages for 3.0 peers (RFC 23) and ZWS 2.0 (RFC 45). */
  private writeSubscription(subscribe: boolean, topic: Buffer): void {
    if (!this.subscriptionsAsMessages && this.peerMinor >= 1) {
      this.queueFrame(FLAG_COMMAND, subscribe ? subscribeBody(topic) : cancelBody(topic));
      return;
    }
    const body = Buffer.allocUnsafe(1 + topic.length);
    body[0] = subscribe ? 1 : 0;
    topic.copy(body, 1);
    this.queueFrame(0, body);
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    this.flushTask ??= () => this.flush();
    this.clock.defer(this.flushTask);
  }

  /** The one PONG that answers every PING since the last (RFC 37 §PONG: to the latest). */
  private queueOwedPong(ping: Buffer): void {
    this.queueFrame(FLAG_COMMAND, pongBody(pingContext(ping)));
    this.owedPong = undefined;
    this.pingsUnanswered = 0;
  }

  /** One write per turn of the event loop. */
  private flush(): void {
    this.flushScheduled = false;
    if (this.phase === CLOSED) return;
    if (this.owedPong !== undefined && !this.closing && !this.transport.blocked) this.queueOwedPong(this.owedPong);
    this.transport.flush();
    if (this.blockedReported && !this.transport.blocked) {
      this.blockedReported = false;
      this.callHandler(() => this.handler.onDrain());
    }
  }

  // ---- closing ------------------------------------------------------------------------------------------------

  private onLingerExpired(): void {
    this.cancelLingerTimer = undefined;
    this.terminate(undefined, false);
  }

  /**
   * Close for good: stop timers, release the transport, and report `onClose` once from a fresh stack. With `flush`,
   * frames queued so far (e.g. a mechanism's ERROR) are written before the transport ends.
   */
  private terminate(error: LinkError | undefined, flush: boolean): void {
    if (this.phase === CLOSED) return;
    this.phase = CLOSED;
    this.stopHeartbeats();
    this.stopHandshakeDeadline();
    this.cancelLingerTimer?.();
    this.cancelLingerTimer = undefined;
    this.pending = undefined;
    this.parts = [];
    this.owedPong = undefined;
    this.releaseAnswerHold(false);
    try {
      this.mechanism.close?.();
    } catch {
      // a failing mechanism cleanup must not keep the link open
    }
    if (!flush) this.transport.discard();
    this.transport.destroy(flush, error);
    const handshakeDone = this.wasReady;
    // the link is closed already: a throwing onClose has nothing left for the default error handling to close
    this.clock.defer(() => this.callHandler(() => this.handler.onClose(error, handshakeDone)));
  }

  private handlerFailed(error: unknown): void {
    if (this.onHandlerError !== undefined) this.onHandlerError(error);
    else this.closeOnHandlerError(error);
  }

  private closeOnHandlerError(error: unknown): void {
    this.terminate(isLinkError(error) ? error : handlerError(error), false);
  }
}

/** READY properties are the same for every connection of a socket type without a routing id: shared, never written. */
const sharedProperties = new Map<string, ReadonlyArray<readonly [string, Buffer]>>();

function readyProperties(socketType: string, identity: Buffer): ReadonlyArray<readonly [string, Buffer]> {
  const withIdentity = sendsIdentity(socketType);
  if (withIdentity && identity.length > 0) {
    return [
      ["Socket-Type", Buffer.from(socketType, "latin1")],
      ["Identity", identity],
    ];
  }
  let properties = sharedProperties.get(socketType);
  if (properties === undefined) {
    const type: readonly [string, Buffer] = ["Socket-Type", Buffer.from(socketType, "latin1")];
    properties = Object.freeze(withIdentity ? [type, ["Identity", EMPTY] as const] : [type]); // frozen: READY cached
    sharedProperties.set(socketType, properties);
  }
  return properties;
}

/** Name-length, "PING", TTL and the longest context: all of a PING a PONG needs. */
const MAX_PING_BODY = 7 + MAX_PING_CONTEXT;

/** ms the engine stops reading for an answer it cannot write (see `holdForAnswer`). */
export const ANSWER_HOLD_LIMIT = 1_000;

/** PINGs answered by one PONG (all before it could be written) past which reading pauses for PING_FLOOD_PAUSE ms. */
export const PING_FLOOD_BURST = 64;
export const PING_FLOOD_PAUSE = 10;

/** Handshake frames carry metadata plus at most a few hundred bytes (CURVE INITIATE): refuse more from the header. */
const HANDSHAKE_OVERHEAD = 1024;

function handshakeFrameLimit(maxMessageSize: number, metadata: MetadataLimits = DEFAULT_METADATA_LIMITS): number {
  let limit = HANDSHAKE_FRAME_LIMIT;
  if (maxMessageSize >= 0) limit = Math.min(limit, maxMessageSize);
  if (metadata.maxBytes >= 0) limit = Math.min(limit, metadata.maxBytes + HANDSHAKE_OVERHEAD);
  return limit;
}

function handlerError(error: unknown): LinkError {
  const message = error instanceof Error ? error.message : String(error);
  return linkError("protocol", "ERR_ZMTP_UNSPECIFIED", `error while handling the peer's input: ${message}`);
}
