import type { Duplex } from "node:stream";
import type { Clock } from "../zmtp/clock.js";
import { DECODE_ERROR, FrameDecoder, NEED_MORE } from "../zmtp/decoder.js";
import { FrameWriter } from "../zmtp/encoder.js";
import { linkError, protocolError } from "../zmtp/errors.js";
import { buildGreeting, GreetingReader, mechanismField } from "../zmtp/greeting.js";
import type { LinkError, LinkHandler } from "../zmtp/link.js";
import { Session, type SessionOptions, type SessionTransport } from "../zmtp/session.js";
import { nodeClock } from "./node-clock.js";

/** Time allowed for the last bytes (e.g. an ERROR command) to leave before a failing stream is destroyed. */
const FAIL_FLUSH_MS = 1000;

/**
 * Runs a ZMTP session over a byte stream (tcp, ipc): the 64-byte greeting (RFC 23 §3.2), then ZMTP frames encoded
 * and decoded here; everything else is the session's.
 */
export function openZmtpStream(
  stream: Duplex,
  handler: LinkHandler,
  options: SessionOptions,
  clock: Clock = nodeClock,
): Session {
  return new ZmtpStream(stream, handler, options, clock).session;
}

class ZmtpStream implements SessionTransport {
  readonly session: Session;
  private readonly greeting = new GreetingReader();
  private readonly decoder: FrameDecoder;
  private readonly writer = new FrameWriter();
  private readonly ourMechanism: Buffer;
  private greetingDone = false;
  private eof = false;
  private drainScheduled = false;

  constructor(
    private readonly stream: Duplex,
    handler: LinkHandler,
    options: SessionOptions,
    private readonly clock: Clock,
  ) {
    this.session = new Session(this, handler, options, clock);
    this.decoder = new FrameDecoder(this.session.frameLimit);
    const mechanism = this.session.mechanism;
    this.ourMechanism = mechanismField(mechanism.name);
    stream.on("data", this.onData);
    stream.on("end", this.onEnd);
    stream.on("error", this.onError);
    stream.on("close", this.onClose);
    stream.on("drain", () => this.session.transportDrained());
    stream.on("finish", () => this.session.transportFinished());
    // RFC 23 §3.2: the whole greeting at once, before hearing anything from the peer.
    stream.write(buildGreeting(mechanism.name, mechanism.asServer));
  }

  // ---- SessionTransport

  frame(flags: number, body: Buffer): void {
    this.writer.frame(flags, body);
  }

  message(parts: Buffer[]): void {
    this.writer.message(parts);
  }

  get queuedBytes(): number {
    return this.writer.pending;
  }

  get blocked(): boolean {
    return this.stream.writableNeedDrain;
  }

  /** One write, or one corked writev when large bodies are kept by reference. */
  flush(): void {
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

  discard(): void {
    this.writer.take();
  }

  pauseReading(): void {
    this.stream.pause();
  }

  resumeReading(): void {
    this.stream.resume();
    if (this.drainScheduled) return;
    this.drainScheduled = true;
    this.clock.defer(this.drainAfterResume); // frames decoded but held while paused
  }

  end(): void {
    this.flush();
    const stream = this.stream;
    if (!stream.writableEnded) stream.end();
    if (stream.writableFinished) this.session.transportFinished();
  }

  destroy(flush: boolean): void {
    const stream = this.stream;
    stream.on("error", ignore);
    if (flush && (this.writer.pending > 0 || stream.writableLength > 0) && !stream.destroyed && !stream.writableEnded) {
      this.flush();
      stream.end();
      const cancel = this.clock.after(FAIL_FLUSH_MS, () => stream.destroy());
      stream.once("finish", () => {
        cancel();
        stream.destroy();
      });
      return;
    }
    this.writer.take();
    stream.destroy();
  }

  // ---- inbound

  private readonly onData = (data: Buffer | string): void => {
    const session = this.session;
    if (!session.acceptsInput) return;
    try {
      let chunk = typeof data === "string" ? Buffer.from(data, "latin1") : data;
      if (!this.greetingDone) {
        if (!this.greeting.push(chunk)) return;
        this.greetingDone = true;
        if (!this.onGreeting()) return;
        if (this.greeting.rest === undefined) return;
        chunk = this.greeting.rest; // bytes after the greeting belong to the frame stream
        this.greeting.rest = undefined;
      }
      this.decoder.push(chunk);
      this.processFrames();
    } catch (error) {
      session.abort(internalError(error));
    }
  };

  /** Returns true when the handshake may go on. */
  private onGreeting(): boolean {
    const { error, greeting } = this.greeting;
    const session = this.session;
    if (error !== undefined || greeting === undefined) {
      session.abort(error);
      return false;
    }
    if (!greeting.mechanism.equals(this.ourMechanism)) {
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

  private processFrames(): void {
    const decoder = this.decoder;
    const session = this.session;
    while (session.receiving) {
      decoder.limit = session.frameLimit;
      const result = decoder.next();
      if (result === NEED_MORE) break;
      if (result === DECODE_ERROR) {
        session.abort(decoder.error);
        return;
      }
      session.receive(decoder.flags, decoder.body);
    }
    if (this.eof && !session.paused) session.peerEnded();
  }

  private readonly drainAfterResume = (): void => {
    this.drainScheduled = false;
    if (!this.session.receiving) return;
    try {
      this.processFrames();
    } catch (error) {
      this.session.abort(internalError(error));
    }
  };

  private readonly onEnd = (): void => {
    this.eof = true;
    // paused: frames still buffered are delivered on resume, then the link closes
    if (!this.session.paused) this.session.peerEnded();
  };

  private readonly onError = (error: Error & { code?: string }): void => {
    this.session.abort(linkError("transport", error.code ?? "EIO", error.message));
  };

  private readonly onClose = (): void => {
    this.session.abort(undefined);
  };
}

function ignore(): void {}

export function internalError(error: unknown): LinkError {
  const message = error instanceof Error ? error.message : String(error);
  return linkError("protocol", "ERR_ZMTP_UNSPECIFIED", `internal error while decoding: ${message}`);
}
