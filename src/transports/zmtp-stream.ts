import type { Duplex } from "node:stream";
import type { Clock } from "../zmtp/clock.js";
import { DECODE_ERROR, FrameDecoder, NEED_MORE } from "../zmtp/decoder.js";
import { FrameWriter } from "../zmtp/encoder.js";
import { linkError, protocolError } from "../zmtp/errors.js";
import { EMPTY } from "../zmtp/constants.js";
import { buildGreeting, GREETING_HEAD_SIZE, GreetingReader, mechanismField, ZMTP2_REVISION } from "../zmtp/greeting.js";
import type { LinkError, LinkHandler } from "../zmtp/link.js";
import { RoutingIdMechanism } from "../zmtp/routing-id-mechanism.js";
import { Session, type SessionOptions, type SessionTransport } from "../zmtp/session.js";
import { zmtp2TypeCode, zmtp2TypeName } from "../zmtp/socket-types.js";
import { noFlushOnExit, flushOnExit } from "./exit-flush.js";
import { nodeClock } from "./node-clock.js";

/** Longest wait for a NULL peer's READY before we send ours anyway (see onData). */
const HOLD_MS = 20;

/** Time allowed for the last bytes (e.g. an ERROR command) to leave before a failing stream is destroyed. */
const FAIL_FLUSH_MS = 1000;

/**
 * Runs a ZMTP session over a byte stream (tcp, ipc): the greeting (RFC 23 §3.2), then ZMTP frames encoded and
 * decoded here; everything else is the session's.
 *
 * The greeting goes out in two steps, as libzmq sends it: signature and major version at once, the rest once the
 * peer's version byte is in (RFC 23 §Version Negotiation). A ZMTP 3.x peer then gets the other 53 bytes; a ZMTP 2.0
 * peer (revision 0x01) gets our socket-type byte and a ZMTP 2.0 session (RFC 15): it reads a 12-byte greeting and
 * would take the rest of a 64-byte one for frames.
 */
export function openZmtpStream(
  stream: Duplex,
  handler: LinkHandler,
  options: SessionOptions,
  clock: Clock = nodeClock,
): Session {
  return new ZmtpStream(stream, handler, options, clock).session;
}

/** The adapter of a stream, for the stream listeners below (shared functions, not closures per connection). */
const ADAPTER = Symbol("purezmq.zmtpStream");
type AdaptedStream = Duplex & { [ADAPTER]: ZmtpStream };

class ZmtpStream implements SessionTransport {
  readonly session: Session;
  /** Until the peer's greeting has been read; then released. */
  private greeting: GreetingReader | undefined = new GreetingReader();
  /** Made once the greeting is done: a connection that stalls in it never needs them. */
  private decoder: FrameDecoder | undefined;
  private writer: FrameWriter | undefined;
  private readonly ours: OurGreeting;
  private readonly identity: Buffer;
  private readonly socketType: string;
  private greetingSent = false;
  private greetingDone = false;
  /** The peer's greeting is in, the handshake starts next turn; frames are only buffered until then. */
  private holding = false;
  private cancelHold: (() => void) | undefined;
  private eof = false;
  private drainScheduled = false;

  constructor(
    private readonly stream: Duplex,
    handler: LinkHandler,
    options: SessionOptions,
    private readonly clock: Clock,
  ) {
    this.session = new Session(this, handler, options, clock);
    const mechanism = this.session.mechanism;
    this.ours = sharedGreeting(mechanism.name, mechanism.asServer);
    this.identity = options.identity ?? EMPTY;
    this.socketType = options.socketType;
    (stream as AdaptedStream)[ADAPTER] = this;
    stream.on("data", onStreamData);
    stream.on("end", onStreamEnd);
    stream.on("error", onStreamError);
    stream.on("close", onStreamClose);
    stream.on("drain", onStreamDrain); // "finish" matters only once we end: listened to from then on
    stream.write(this.ours.head);
  }

  // ---- SessionTransport

  frame(flags: number, body: Buffer): void {
    this.output().frame(flags, body);
  }

  message(parts: Buffer[]): void {
    this.output().message(parts);
  }

  private output(): FrameWriter {
    this.writer ??= this.newWriter();
    return this.writer;
  }

  /** Made on first output; from then until the stream closes, it is flushed should the process exit (exit-flush.ts). */
  private newWriter(): FrameWriter {
    flushOnExit(this);
    return new FrameWriter();
  }

  reserveFrame(flags: number, length: number): number {
    return this.output().reserveFrame(flags, length);
  }

  get batch(): Buffer {
    return this.output().batch;
  }

  get queuedBytes(): number {
    return this.writer === undefined ? 0 : this.writer.pending;
  }

  get blocked(): boolean {
    return this.stream.writableNeedDrain;
  }

  /** One write, or one corked writev when large bodies are kept by reference. */
  flush(): void {
    const writer = this.writer;
    if (writer === undefined) return;
    const out = writer.take();
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

  discard(): void {
    this.writer?.take();
  }

  /** With `keepReading` the stream flows on into the decoder, which is not asked for frames until resumed. */
  pauseReading(keepReading = false): void {
    if (!keepReading) this.stream.pause();
  }

  /**
   * Frames already buffered are decoded first, and the stream resumed only if that did not pause the session again:
   * resuming at once would take in another chunk per resume, and a session that pauses after a few frames each time
   * (PING_FLOOD_PAUSE) would pile chunks up in the decoder.
   */
  resumeReading(): void {
    if (this.drainScheduled) return;
    this.drainScheduled = true;
    this.clock.defer(() => this.drainAfterResume());
  }

  end(): void {
    this.flush();
    const stream = this.stream;
    if (!stream.writableEnded) {
      stream.once("finish", onStreamFinish);
      stream.end();
    }
    if (stream.writableFinished) this.session.transportFinished();
  }

  destroy(flush: boolean): void {
    const stream = this.stream;
    stream.on("error", ignore);
    if (flush && (this.queuedBytes > 0 || stream.writableLength > 0) && !stream.destroyed && !stream.writableEnded) {
      this.flush();
      stream.end();
      const cancel = this.clock.after(FAIL_FLUSH_MS, () => stream.destroy());
      stream.once("finish", () => {
        cancel();
        stream.destroy();
      });
      return;
    }
    this.discard();
    stream.destroy();
  }

  // ---- inbound

  onData(data: Buffer | string): void {
    const session = this.session;
    if (!session.acceptsInput) return;
    try {
      const chunk = typeof data === "string" ? Buffer.from(data, "latin1") : data;
      if (this.greetingDone) {
        this.decoder!.push(chunk);
        if (this.holding)
          this.startHandshake(); // the peer's handshake has begun: ours may follow
        else this.processFrames();
        return;
      }
      const greeting = this.greeting!;
      const complete = greeting.push(chunk);
      let sentNow = false;
      if (!this.greetingSent && greeting.major !== undefined) {
        this.sendGreetingRest(greeting.major);
        sentNow = true;
      }
      if (!complete) return;
      this.greetingDone = true;
      const decoder = new FrameDecoder(session.frameLimit);
      this.decoder = decoder;
      const rest = greeting.rest; // bytes after the greeting belong to the frame stream
      greeting.rest = undefined;
      if (rest !== undefined) decoder.push(rest);
      if (sentNow && rest === undefined && greeting.error === undefined && session.mechanism.name === "NULL") {
        // The end of our greeting just left. libzmq reads it and then, before flushing its own READY, whatever
        // else has arrived: a READY of ours it refuses (wrong socket type) would close the connection before its
        // READY, which tells us why, left. So our READY follows the peer's first bytes, or HOLD_MS of silence.
        this.holding = true;
        this.cancelHold = this.clock.after(HOLD_MS, () => this.startHandshake());
        return;
      }
      this.startHandshake();
    } catch (error) {
      session.abort(internalError(error));
    }
  }

  private startHandshake(): void {
    this.holding = false;
    this.cancelHold?.();
    this.cancelHold = undefined;
    if (!this.session.acceptsInput) return;
    try {
      if (this.onGreeting()) this.processFrames();
    } catch (error) {
      this.session.abort(internalError(error));
    }
  }

  /** The peer's version is known: finish our greeting in its form (RFC 23 §Version Negotiation). */
  private sendGreetingRest(major: number): void {
    this.greetingSent = true;
    if (major !== ZMTP2_REVISION) {
      this.stream.write(this.ours.tail);
      return;
    }
    const code = zmtp2TypeCode(this.socketType);
    if (code !== undefined && this.session.mechanism.name === "NULL") this.stream.write(Buffer.of(code));
    // otherwise onGreeting refuses the peer once its greeting is complete
  }

  /** Returns true when the handshake may go on. */
  private onGreeting(): boolean {
    const { error, greeting } = this.greeting!;
    this.greeting = undefined;
    const session = this.session;
    if (error !== undefined || greeting === undefined) {
      session.abort(error);
      return false;
    }
    if (greeting.major === ZMTP2_REVISION) return this.beginZmtp2(greeting.socketType!);
    if (!greeting.mechanism.equals(this.ours.mechanism)) {
      const theirs = greeting.mechanism.toString("latin1").replace(/\0+$/, "");
      session.abort(
        protocolError("ERR_ZMTP_MECHANISM_MISMATCH", `peer uses mechanism ${theirs}, we use ${session.mechanism.name}`),
      );
      return false;
    }
    // RFC 23 §3.2: a peer announcing a later version talks 3.1 with us
    const minor = greeting.major > 3 ? 1 : greeting.minor;
    session.begin({ minor, asServer: greeting.asServer, subscriptionsAsMessages: false });
    return session.receiving;
  }

  /** RFC 15: NULL security only (libzmq refuses 2.0 peers when a mechanism is configured), routing ids exchanged. */
  private beginZmtp2(peerType: number): boolean {
    const session = this.session;
    if (session.mechanism.name !== "NULL") {
      session.abort(
        protocolError("ERR_ZMTP_MECHANISM_MISMATCH", `a ZMTP 2.0 peer has no ${session.mechanism.name} security`),
      );
      return false;
    }
    if (zmtp2TypeCode(this.socketType) === undefined) {
      session.abort(
        protocolError("ERR_ZMTP_UNSPECIFIED", `a ZMTP 2.0 peer cannot talk to a ${this.socketType} socket`),
      );
      return false;
    }
    const handshake = new RoutingIdMechanism(this.identity, zmtp2TypeName(peerType), "ZMTP 2.0");
    session.begin({ minor: 0, asServer: false, subscriptionsAsMessages: true, zmtp2Handshake: handshake });
    return session.receiving;
  }

  private processFrames(): void {
    if (this.decodeFrames(this.decoder!, false) && this.eof && !this.session.paused) this.session.peerEnded();
  }

  /**
   * Hands decoded frames to the session while it is receiving, or with `evenPaused` while it accepts input at all
   * (the peer has ended: nothing more arrives). False when a frame was malformed and the session aborted.
   */
  private decodeFrames(decoder: FrameDecoder, evenPaused: boolean): boolean {
    const session = this.session;
    while (evenPaused ? session.acceptsInput : session.receiving) {
      decoder.limit = session.frameLimit;
      const result = decoder.next();
      if (result === NEED_MORE) break;
      if (result === DECODE_ERROR) {
        session.abort(decoder.error);
        return false;
      }
      session.receive(decoder.flags, decoder.body);
    }
    return true;
  }

  private drainAfterResume(): void {
    this.drainScheduled = false;
    const session = this.session;
    if (session.receiving && !this.holding && this.decoder !== undefined) {
      try {
        this.processFrames();
      } catch (error) {
        session.abort(internalError(error));
        return;
      }
    }
    // still receiving, or closing (inbound bytes are read and dropped, so the kernel does not reset the connection)
    if (session.receiving || !session.acceptsInput) this.stream.resume();
  }

  onEnd(): void {
    this.eof = true;
    if (this.holding) return; // not yet handshaking: frames still buffered are delivered first, then the link closes
    const session = this.session;
    if (!session.paused) {
      session.peerEnded();
      return;
    }
    // Paused by the socket. A stream paused outright ends only once resumed and read to the end; one that read on
    // (pause with keepReading: an unlimited queue) ends now, and "close" follows at once: hand over what it holds.
    if (this.decoder !== undefined && this.decoder.bufferedBytes > 0 && session.acceptsInput) {
      try {
        this.decodeFrames(this.decoder, true);
      } catch (error) {
        session.abort(internalError(error));
        return;
      }
    }
    session.peerEnded();
  }
}

function onStreamData(this: AdaptedStream, data: Buffer | string): void {
  this[ADAPTER].onData(data);
}

function onStreamEnd(this: AdaptedStream): void {
  this[ADAPTER].onEnd();
}

function onStreamError(this: AdaptedStream, error: Error & { code?: string }): void {
  this[ADAPTER].session.abort(linkError("transport", error.code ?? "EIO", error.message));
}

function onStreamClose(this: AdaptedStream): void {
  noFlushOnExit(this[ADAPTER]);
  this[ADAPTER].session.abort(undefined);
}

function onStreamDrain(this: AdaptedStream): void {
  this[ADAPTER].session.transportDrained();
}

function onStreamFinish(this: AdaptedStream): void {
  this[ADAPTER].session.transportFinished();
}

function ignore(): void {}

/** Our greeting in the two pieces it is sent in, and its mechanism field. */
interface OurGreeting {
  head: Buffer;
  tail: Buffer;
  mechanism: Buffer;
}

/** Greetings are constant per mechanism and role: shared by every connection, never written to. */
const greetings = new Map<string, OurGreeting>();

function sharedGreeting(name: string, asServer: boolean): OurGreeting {
  const key = `${asServer ? "S" : "C"}${name}`;
  let ours = greetings.get(key);
  if (ours === undefined) {
    const greeting = buildGreeting(name, asServer);
    ours = {
      head: greeting.subarray(0, GREETING_HEAD_SIZE),
      tail: greeting.subarray(GREETING_HEAD_SIZE),
      mechanism: mechanismField(name),
    };
    greetings.set(key, ours);
  }
  return ours;
}

export function internalError(error: unknown): LinkError {
  const message = error instanceof Error ? error.message : String(error);
  return linkError("protocol", "ERR_ZMTP_UNSPECIFIED", `internal error while decoding: ${message}`);
}
