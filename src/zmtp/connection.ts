import type { Duplex } from "node:stream";
import {
  CANCEL,
  cancelBody,
  commandBody,
  commandData,
  commandName,
  ERROR,
  parseErrorReason,
  parsePing,
  PING,
  pingBody,
  PONG,
  pongBody,
  READY,
  SUBSCRIBE,
  subscribeBody,
  ttlToDeciseconds,
} from "./commands.js";
import { BATCH_LIMIT, EMPTY, FLAG_COMMAND, FLAG_MORE, HANDSHAKE_FRAME_LIMIT } from "./constants.js";
import { DECODE_ERROR, FrameDecoder, NEED_MORE } from "./decoder.js";
import { FrameWriter } from "./encoder.js";
import { isLinkError, linkError, peerErrorCommand, protocolError } from "./errors.js";
import { buildGreeting, GreetingReader, mechanismField } from "./greeting.js";
import type { Link, LinkError, LinkHandler, PeerInfo } from "./link.js";
import type { FrameCodec, Mechanism, MechanismHost } from "./mechanism.js";
import { MessageBudget, messageLimits } from "./message-budget.js";
import { DEFAULT_METADATA_LIMITS, getProperty, type MetadataLimits } from "./metadata.js";
import { NullMechanism } from "./null-mechanism.js";
import { sendsIdentity, socketTypesCompatible } from "./socket-types.js";

export interface ConnectionOptions {
  /** Our uppercase type name: "PUB", "DEALER", ... */
  socketType: string;
  /** For PeerInfo.address, e.g. "tcp://127.0.0.1:5555". */
  address: string;
  /** Our routing id; sent (empty if unset) only by REQ, DEALER, ROUTER (H-5). */
  identity?: Buffer;
  /** Default: a new NULL mechanism. */
  mechanism?: Mechanism;
  /** Bytes per message (all parts together), -1 = unlimited (default); applies to commands too (F-8). */
  maxMessageSize?: number;
  /** Bytes per message while `maxMessageSize` is -1; default 1 GiB, -1 = none (src/zmtp/message-budget.ts). */
  messageSizeCeiling?: number;
  /** Parts per message; default 65536, -1 = none. */
  maxMessageParts?: number;
  /** Limits on the peer's READY/INITIATE metadata (defaults in src/zmtp/metadata.ts). */
  metadataLimits?: MetadataLimits;
  /** ms, 0 = no deadline; default 30000 (G-14). */
  handshakeInterval?: number;
  /** ms, 0 = off (K-*). */
  heartbeatInterval?: number;
  /** ms, sent as deciseconds in our PINGs (E-23). */
  heartbeatTimeToLive?: number;
  /** ms, -1 = same as interval. */
  heartbeatTimeout?: number;
  /** PUB/XPUB: data frames starting 0x01/0x00 become onSubscribe/onCancel (V-3, E-34). */
  subscriptionMessages?: boolean;
  /**
   * Called when a LinkHandler callback throws; the engine itself carries on unharmed. Default: close this link with
   * the error (a LinkError thrown by the handler, e.g. a socket limit, is passed through as is), so nothing a peer
   * triggers can escape into the process.
   */
  onHandlerError?: (error: unknown) => void;
}

const GREETING = 0;
const HANDSHAKE = 1;
const TRAFFIC = 2;
const CLOSED = 3;

/** Time allowed for the last bytes (e.g. an ERROR command) to leave before a failing stream is destroyed. */
const FAIL_FLUSH_MS = 1000;

interface PendingSubscription {
  subscribe: boolean;
  topic: Buffer;
}

/** A command body held until the handshake completes. */
interface PendingCommand {
  command: Buffer;
}

/**
 * The ZMTP engine for one byte stream: greeting → mechanism handshake → traffic, with heartbeats and deadlines.
 * Implements `Link` for a socket; reports through `LinkHandler`. Sans routing: it never knows socket semantics
 * beyond the READY type check and where subscriptions go.
 */
export class Connection implements Link {
  private readonly stream: Duplex;
  private readonly handler: LinkHandler;
  private readonly socketType: string;
  private readonly address: string;
  private readonly mechanism: Mechanism;
  private readonly maxMessageSize: number;
  private readonly heartbeatInterval: number;
  private readonly heartbeatTimeout: number;
  private readonly pingFrame: Buffer;
  private readonly subscriptionMessages: boolean;
  private readonly onHandlerError: (error: unknown) => void;
  private readonly host: MechanismHost;
  /** Our 20-byte greeting mechanism field, compared exactly with the peer's (G-8). */
  private readonly ourMechanism: Buffer;

  private phase = GREETING;
  private wasReady = false;
  private closing = false;
  private eof = false;
  private paused = false;
  private drainScheduled = false;
  private flushScheduled = false;
  private blockedReported = false;
  private peerInfo: PeerInfo | undefined;
  private peerMinor = 0;
  private peerAsServer = false;
  private codec: FrameCodec | undefined;

  private readonly greeting = new GreetingReader();
  private readonly decoder: FrameDecoder;
  private readonly writer = new FrameWriter();
  private pending: Array<Buffer[] | PendingSubscription | PendingCommand> = [];
  private parts: Buffer[] = [];
  private readonly budget: MessageBudget;
  /** Context of a PONG owed while the output is blocked: answers are coalesced, never queued (K-1). */
  private owedPong: Buffer | undefined;

  /** Frames received so far: heartbeat timers compare it to see whether anything arrived meanwhile (E-24). */
  private framesIn = 0;
  private pingMark = 0;
  private ttlMark = 0;
  private handshakeTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private pingTimeoutTimer: NodeJS.Timeout | undefined;
  private ttlTimer: NodeJS.Timeout | undefined;
  private lingerTimer: NodeJS.Timeout | undefined;

  constructor(stream: Duplex, handler: LinkHandler, options: ConnectionOptions) {
    this.stream = stream;
    this.handler = handler;
    this.socketType = options.socketType;
    this.address = options.address;
    this.mechanism = options.mechanism ?? new NullMechanism();
    this.maxMessageSize = options.maxMessageSize ?? -1;
    this.heartbeatInterval = Math.max(0, options.heartbeatInterval ?? 0);
    const timeout = options.heartbeatTimeout ?? -1;
    this.heartbeatTimeout = timeout < 0 ? this.heartbeatInterval : timeout;
    this.pingFrame = pingBody(ttlToDeciseconds(options.heartbeatTimeToLive ?? 0));
    this.subscriptionMessages = options.subscriptionMessages ?? false;
    this.onHandlerError = options.onHandlerError ?? this.closeOnHandlerError;
    this.budget = new MessageBudget(
      messageLimits(this.maxMessageSize, options.messageSizeCeiling, options.maxMessageParts),
    );
    this.decoder = new FrameDecoder(handshakeFrameLimit(this.maxMessageSize, options.metadataLimits));
    const properties: Array<readonly [string, Buffer]> = [["Socket-Type", Buffer.from(this.socketType, "latin1")]];
    if (sendsIdentity(this.socketType)) properties.push(["Identity", options.identity ?? EMPTY]);
    this.host = this.createHost(properties, options.metadataLimits);
    this.ourMechanism = mechanismField(this.mechanism.name);

    stream.on("data", this.onData);
    stream.on("end", this.onEnd);
    stream.on("error", this.onError);
    stream.on("close", this.onStreamClose);
    stream.on("drain", this.onStreamDrain);
    stream.on("finish", this.onFinish);

    const handshakeInterval = options.handshakeInterval ?? 30_000;
    if (handshakeInterval > 0) {
      this.handshakeTimer = setTimeout(this.onHandshakeTimeout, handshakeInterval);
      this.handshakeTimer.unref();
    }
    // G-1, E-1: the whole greeting at once, before hearing anything from the peer.
    stream.write(buildGreeting(this.mechanism.name, this.mechanism.asServer));
  }

  get peer(): PeerInfo | undefined {
    return this.peerInfo;
  }

  get writable(): boolean {
    if (this.phase === CLOSED) return false;
    const blocked = this.stream.writableNeedDrain || this.writer.pending >= BATCH_LIMIT;
    if (blocked) this.blockedReported = true;
    return !blocked;
  }

  send(parts: Buffer[]): void {
    if (this.phase === CLOSED || this.closing || parts.length === 0) return;
    if (this.phase !== TRAFFIC) {
      this.pending.push(parts); // H-2: held until the handshake is complete
      return;
    }
    if (this.codec === undefined) {
      this.writer.message(parts);
    } else {
      const last = parts.length - 1;
      for (let i = 0; i <= last; i++) this.queueFrame(i < last ? FLAG_MORE : 0, parts[i]!);
    }
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
      this.pending.push({ command: body });
      return;
    }
    this.queueFrame(FLAG_COMMAND, body);
    this.scheduleFlush();
  }

  pause(): void {
    if (this.paused || this.phase === CLOSED) return;
    this.paused = true;
    this.stream.pause();
  }

  resume(): void {
    if (!this.paused || this.phase === CLOSED) return;
    this.paused = false;
    if (!this.closing) this.stream.resume();
    if (!this.drainScheduled) {
      this.drainScheduled = true;
      process.nextTick(this.drainAfterResume);
    }
  }

  close(linger = -1): void {
    if (this.phase === CLOSED) return;
    if (linger === 0) {
      this.writer.take();
      this.pending = [];
      this.terminate(undefined, false);
      return;
    }
    if (this.closing) return;
    this.closing = true;
    this.stopHeartbeats();
    if (this.paused) this.stream.resume(); // keep draining inbound bytes so the kernel does not answer with RST
    if (linger > 0) {
      this.lingerTimer = setTimeout(this.onLingerExpired, linger);
      this.lingerTimer.unref();
    }
    if (this.phase === TRAFFIC) this.endGracefully();
    else if (this.pending.length === 0) this.terminate(undefined, false);
    // otherwise: complete() flushes the held messages, then ends the stream
  }

  // ---- inbound ------------------------------------------------------------------------------------------------

  private readonly onData = (data: Buffer | string): void => {
    if (this.phase === CLOSED || (this.closing && this.phase === TRAFFIC)) return;
    try {
      let chunk = typeof data === "string" ? Buffer.from(data, "latin1") : data;
      if (this.phase === GREETING) {
        if (!this.greeting.push(chunk)) return;
        if (!this.onGreeting()) return;
        if (this.greeting.rest === undefined) return;
        chunk = this.greeting.rest; // G-11: bytes after the greeting belong to the frame stream
        this.greeting.rest = undefined;
      }
      this.decoder.push(chunk);
      this.processFrames();
    } catch (error) {
      this.terminate(internalError(error), false);
    }
  };

  /** Returns true when the handshake may go on. */
  private onGreeting(): boolean {
    const { error, greeting } = this.greeting;
    if (error !== undefined || greeting === undefined) {
      this.terminate(error, false);
      return false;
    }
    if (!greeting.mechanism.equals(this.ourMechanism)) {
      const theirs = greeting.mechanism.toString("latin1").replace(/\0+$/, "");
      this.terminate(
        protocolError("ERR_ZMTP_MECHANISM_MISMATCH", `peer uses mechanism ${theirs}, we use ${this.mechanism.name}`),
        false,
      );
      return false;
    }
    this.peerMinor = greeting.major > 3 ? 1 : greeting.minor; // G-7
    this.peerAsServer = greeting.asServer;
    this.phase = HANDSHAKE;
    this.mechanism.start(this.host);
    return this.phase === HANDSHAKE;
  }

  private processFrames(): void {
    const decoder = this.decoder;
    while (!this.paused) {
      const phase = this.phase;
      if (phase === CLOSED || (this.closing && phase === TRAFFIC)) return;
      const result = decoder.next();
      if (result === NEED_MORE) break;
      if (result === DECODE_ERROR) {
        this.terminate(decoder.error, false);
        return;
      }
      this.framesIn++;
      if (phase === TRAFFIC) this.onFrame(decoder.flags, decoder.body);
      else this.mechanism.receive(decoder.flags, decoder.body);
    }
    if (this.eof && !this.paused) this.terminate(undefined, false);
  }

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
      try {
        if (body[0] === 1) this.handler.onSubscribe(topic);
        else this.handler.onCancel(topic);
      } catch (error) {
        this.onHandlerError(error);
      }
      if ((flags & FLAG_MORE) === 0 && this.parts.length > 0) this.deliver();
      return;
    }
    this.parts.push(body);
    if ((flags & FLAG_MORE) === 0) {
      this.deliver();
      return;
    }
    const overLimit = this.budget.addPart(body.length);
    if (overLimit !== undefined) this.terminate(overLimit, false); // nothing partial is delivered (F-6)
    else this.decoder.limit = this.budget.frameLimit;
  }

  private deliver(): void {
    const parts = this.parts;
    this.parts = [];
    this.budget.reset();
    this.decoder.limit = this.budget.frameLimit;
    try {
      this.handler.onMessage(parts);
    } catch (error) {
      this.onHandlerError(error);
    }
  }

  private onCommand(body: Buffer): void {
    const name = commandName(body);
    if (name === undefined) return; // libzmq ignores it too
    switch (name) {
      case PING: {
        const { ttl, context } = parsePing(commandData(body));
        if (this.stream.writableNeedDrain) {
          this.owedPong = Buffer.from(context); // the peer is not reading: answer its latest PING once it does
        } else {
          this.queueFrame(FLAG_COMMAND, pongBody(context)); // K-1, V-5
          this.scheduleFlush();
        }
        if (ttl > 0 && this.ttlTimer === undefined) {
          this.ttlMark = this.framesIn;
          this.ttlTimer = setTimeout(this.onTtlExpired, ttl * 100); // K-7
          this.ttlTimer.unref();
        }
        return;
      }
      case PONG:
        return; // liveness already counted (E-24)
      case SUBSCRIBE:
      case CANCEL: {
        if (this.socketType !== "PUB" && this.socketType !== "XPUB") return;
        const topic = Buffer.from(commandData(body));
        try {
          if (name === SUBSCRIBE) this.handler.onSubscribe(topic);
          else this.handler.onCancel(topic);
        } catch (error) {
          this.onHandlerError(error);
        }
        return;
      }
      case ERROR:
        this.terminate(peerErrorCommand(parseErrorReason(commandData(body)) ?? ""), false);
        return;
      case READY:
        this.terminate(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "READY after the handshake"), false); // N-3
        return;
      default:
        // Commands for the socket type (JOIN/LEAVE); the rest are ignored there.
        if (this.handler.onCommand === undefined) return;
        try {
          this.handler.onCommand(name, commandData(body));
        } catch (error) {
          this.onHandlerError(error);
        }
        return;
    }
  }

  private readonly drainAfterResume = (): void => {
    this.drainScheduled = false;
    if (this.paused || this.phase === CLOSED) return;
    try {
      this.processFrames();
    } catch (error) {
      this.terminate(internalError(error), false);
    }
  };

  private readonly onEnd = (): void => {
    if (this.phase === CLOSED || (this.closing && this.phase === TRAFFIC)) return; // closing: 'finish' ends it
    this.eof = true;
    if (!this.paused) this.terminate(undefined, false);
    // paused: frames still buffered are delivered on resume, then the link closes
  };

  private readonly onError = (error: Error & { code?: string }): void => {
    this.terminate(linkError("transport", error.code ?? "EIO", error.message), false);
  };

  private readonly onStreamClose = (): void => {
    this.terminate(undefined, false);
  };

  private readonly onStreamDrain = (): void => {
    if (this.phase === CLOSED) return;
    if (this.owedPong !== undefined && !this.closing) {
      this.queueFrame(FLAG_COMMAND, pongBody(this.owedPong));
      this.owedPong = undefined;
      this.scheduleFlush();
    }
    if (!this.blockedReported) return;
    this.blockedReported = false;
    try {
      this.handler.onDrain();
    } catch (error) {
      this.onHandlerError(error);
    }
  };

  private readonly onFinish = (): void => {
    if (this.closing) this.terminate(undefined, false);
  };

  // ---- handshake ----------------------------------------------------------------------------------------------

  private createHost(
    properties: ReadonlyArray<readonly [string, Buffer]>,
    metadataLimits: MetadataLimits | undefined,
  ): MechanismHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const connection = this;
    return {
      socketType: this.socketType,
      properties,
      metadataLimits,
      address: this.address,
      get peerMinor() {
        return connection.peerMinor;
      },
      get peerAsServer() {
        return connection.peerAsServer;
      },
      sendCommand(body: Buffer): void {
        if (connection.phase === CLOSED) return;
        connection.writer.frame(FLAG_COMMAND, body);
        connection.writeOut(); // handshake commands go out at once: nothing to batch, and the peer is waiting
      },
      complete(peerProperties: Map<string, Buffer>, codec?: FrameCodec): void {
        connection.complete(peerProperties, codec);
      },
      fail(error: LinkError): void {
        connection.terminate(error, true);
      },
    };
  }

  private complete(properties: Map<string, Buffer>, codec: FrameCodec | undefined): void {
    if (this.phase !== HANDSHAKE) return;
    const type = getProperty(properties, "Socket-Type")?.toString("latin1");
    if (type !== undefined && !socketTypesCompatible(this.socketType, type)) {
      // H-7: libzmq closes without ERROR; zeromq.js would not see a code, ERR_ZMTP_INVALID_METADATA is closest.
      this.terminate(
        protocolError("ERR_ZMTP_INVALID_METADATA", `socket type ${type} cannot talk to ${this.socketType}`),
        false,
      );
      return;
    }
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
    this.decoder.limit = this.budget.frameLimit;
    clearTimeout(this.handshakeTimer);
    this.handshakeTimer = undefined;

    const held = this.pending;
    this.pending = [];
    for (const item of held) {
      if (Array.isArray(item)) {
        const last = item.length - 1;
        for (let i = 0; i <= last; i++) this.queueFrame(i < last ? FLAG_MORE : 0, item[i]!);
      } else if ("command" in item) {
        this.queueFrame(FLAG_COMMAND, item.command);
      } else {
        this.writeSubscription(item.subscribe, item.topic);
      }
    }
    this.scheduleFlush();
    if (this.closing) {
      this.endGracefully();
      return;
    }
    this.startHeartbeats();
    try {
      this.handler.onReady(this.peerInfo);
    } catch (error) {
      this.onHandlerError(error);
    }
  }

  private readonly onHandshakeTimeout = (): void => {
    this.handshakeTimer = undefined;
    if (this.phase === GREETING || this.phase === HANDSHAKE) {
      this.terminate(linkError("timeout", "ETIMEDOUT", "handshake timed out"), false);
    }
  };

  // ---- heartbeats ---------------------------------------------------------------------------------------------

  private startHeartbeats(): void {
    if (this.heartbeatInterval <= 0) return;
    this.heartbeatTimer = setInterval(this.sendPing, this.heartbeatInterval);
    this.heartbeatTimer.unref();
  }

  private stopHeartbeats(): void {
    clearInterval(this.heartbeatTimer);
    clearTimeout(this.pingTimeoutTimer);
    clearTimeout(this.ttlTimer);
    this.heartbeatTimer = this.pingTimeoutTimer = this.ttlTimer = undefined;
  }

  private readonly sendPing = (): void => {
    if (this.phase !== TRAFFIC || this.closing || this.stream.writableNeedDrain) return; // a PING already waits
    this.queueFrame(FLAG_COMMAND, this.pingFrame);
    this.scheduleFlush();
    if (this.pingTimeoutTimer === undefined && this.heartbeatTimeout > 0) {
      this.pingMark = this.framesIn;
      this.pingTimeoutTimer = setTimeout(this.onPingTimeout, this.heartbeatTimeout); // K-6
      this.pingTimeoutTimer.unref();
    }
  };

  /** Silence counts only while we are reading: a paused link (receive HWM) is not a dead peer. */
  private readonly onPingTimeout = (): void => {
    this.pingTimeoutTimer = undefined;
    if (this.framesIn === this.pingMark && !this.paused) {
      this.terminate(linkError("timeout", "ETIMEDOUT", "heartbeat timed out: no traffic from the peer"), false);
    }
  };

  private readonly onTtlExpired = (): void => {
    this.ttlTimer = undefined;
    if (this.framesIn === this.ttlMark && !this.paused) {
      this.terminate(linkError("timeout", "ETIMEDOUT", "heartbeat TTL announced by the peer expired"), false);
    }
  };

  // ---- outbound -----------------------------------------------------------------------------------------------

  private queueFrame(flags: number, body: Buffer): void {
    if (this.codec === undefined) {
      this.writer.frame(flags, body);
    } else {
      const wire = this.codec.encode(flags, body);
      this.writer.frame(wire.flags, wire.body);
    }
  }

  private queueSubscription(subscribe: boolean, topic: Buffer): void {
    if (this.phase === CLOSED || this.closing) return;
    if (this.phase !== TRAFFIC) {
      this.pending.push({ subscribe, topic });
      return;
    }
    this.writeSubscription(subscribe, topic);
    this.scheduleFlush();
  }

  /** V-1 / V-2: commands for 3.1 peers, `01`/`00`-prefixed messages for 3.0 peers. */
  private writeSubscription(subscribe: boolean, topic: Buffer): void {
    if (this.peerMinor >= 1) {
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
    process.nextTick(this.flush);
  }

  /** One write per turn of the event loop (or one corked writev when large bodies are kept by reference). */
  private readonly flush = (): void => {
    this.flushScheduled = false;
    if (this.phase === CLOSED) return;
    this.writeOut();
    if (this.blockedReported && !this.stream.writableNeedDrain) {
      this.blockedReported = false;
      try {
        this.handler.onDrain();
      } catch (error) {
        this.onHandlerError(error);
      }
    }
  };

  private writeOut(): void {
    const out = this.writer.take();
    const stream = this.stream;
    if (out.length === 0 || stream.destroyed || stream.writableEnded) return;
    if (out.length === 1) {
      stream.write(out[0]);
      return;
    }
    stream.cork();
    for (const piece of out) stream.write(piece);
    stream.uncork();
  }

  // ---- closing ------------------------------------------------------------------------------------------------

  private endGracefully(): void {
    this.writeOut();
    if (!this.stream.writableEnded) this.stream.end();
    if (this.stream.writableFinished) this.terminate(undefined, false);
  }

  private readonly onLingerExpired = (): void => {
    this.lingerTimer = undefined;
    this.terminate(undefined, false);
  };

  /**
   * Close for good: stop timers, release the stream, and report `onClose` once from a fresh stack. With `flush`,
   * frames queued so far (e.g. a mechanism's ERROR) are written before the stream ends.
   */
  private terminate(error: LinkError | undefined, flush: boolean): void {
    if (this.phase === CLOSED) return;
    this.phase = CLOSED;
    this.stopHeartbeats();
    clearTimeout(this.handshakeTimer);
    clearTimeout(this.lingerTimer);
    this.handshakeTimer = this.lingerTimer = undefined;
    this.pending = [];
    this.parts = [];
    this.owedPong = undefined;
    try {
      this.mechanism.close?.();
    } catch {
      // a failing mechanism cleanup must not keep the link open
    }
    const stream = this.stream;
    stream.on("error", ignore);
    if (flush && (this.writer.pending > 0 || stream.writableLength > 0) && !stream.destroyed && !stream.writableEnded) {
      this.writeOut();
      stream.end();
      const timer = setTimeout(() => stream.destroy(), FAIL_FLUSH_MS);
      timer.unref();
      stream.once("finish", () => {
        clearTimeout(timer);
        stream.destroy();
      });
    } else {
      this.writer.take();
      stream.destroy();
    }
    process.nextTick(this.reportClose, error, this.wasReady);
  }

  private readonly reportClose = (error: LinkError | undefined, handshakeDone: boolean): void => {
    try {
      this.handler.onClose(error, handshakeDone);
    } catch (thrown) {
      this.onHandlerError(thrown); // the link is closed already: the default handling has nothing left to do
    }
  };

  private readonly closeOnHandlerError = (error: unknown): void => {
    this.terminate(isLinkError(error) ? error : handlerError(error), false);
  };
}

function ignore(): void {}

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

function internalError(error: unknown): LinkError {
  const message = error instanceof Error ? error.message : String(error);
  return linkError("protocol", "ERR_ZMTP_UNSPECIFIED", `internal error while decoding: ${message}`);
}
