import type { LinkError } from "./link.js";
import type { MetadataLimits } from "./metadata.js";

/**
 * A security mechanism's view of the engine. Methods may be called at any time until the connection closes
 * (later calls are ignored), so a server can finish its handshake after an asynchronous ZAP step.
 */
export interface MechanismHost {
  /** Our socket type, e.g. "DEALER". */
  readonly socketType: string;
  /** Properties for our READY / INITIATE: Socket-Type, plus Identity where H-5 requires it. */
  readonly properties: ReadonlyArray<readonly [string, Buffer]>;
  /** Limits for parsing the peer's properties (`parseProperties`); undefined = the defaults. */
  readonly metadataLimits?: MetadataLimits;
  /** Remote address as text, for ZAP requests. */
  readonly address: string;
  /** The peer's greeting (available from `start` on). */
  readonly peerMinor: number;
  readonly peerAsServer: boolean;
  /** Queue one handshake command frame; `body` is name-length + name + data. */
  sendCommand(body: Buffer): void;
  /** Queue one handshake frame of any kind (flags: MORE, COMMAND); for handshakes made of data (ZWS2.0's routing id). */
  sendFrame?(flags: number, body: Buffer): void;
  /**
   * The handshake succeeded. `properties` is the peer's metadata (the engine checks its Socket-Type). `codec`, if
   * given, transforms every later frame in both directions (CURVE's MESSAGE boxes).
   */
  complete(properties: Map<string, Buffer>, codec?: FrameCodec): void;
  /** The handshake failed: the engine flushes what was queued (e.g. an ERROR command) and closes. */
  fail(error: LinkError): void;
}

/** A frame as the engine sees it: `flags` holds MORE (0x01) and COMMAND (0x04); the writer picks LONG. */
export interface PlainFrame {
  flags: number;
  body: Buffer;
}

/** Post-handshake frame transform, e.g. CURVE encryption. */
export interface FrameCodec {
  /** Turn an outbound frame into the frame to put on the wire. */
  encode(flags: number, body: Buffer): PlainFrame;
  /** Turn a received wire frame back into a plain frame, or say why the connection must close. */
  decode(flags: number, body: Buffer): PlainFrame | LinkError;
  /** With `encodeInto`: the wire body's size for a plain body of `length` bytes. */
  wireLength?(length: number): number;
  /**
   * Optional: write what `encode` returns (a wire frame with outer flags 0) straight into `into[at..)`, which
   * holds `wireLength(body.length)` bytes — the transport's write batch.
   */
  encodeInto?(flags: number, body: Buffer, into: Buffer, at: number): void;
}

/**
 * One connection's security handshake (NULL, PLAIN, CURVE), a small state machine driven by the engine:
 * `start` right after both greetings are known (mechanism names already matched), then `receive` for every frame
 * that arrives until it calls `host.complete` or `host.fail`.
 */
export interface Mechanism {
  /** Mechanism name for the greeting, e.g. "NULL" (at most 20 ASCII characters). */
  readonly name: string;
  /** Greeting as-server byte (G-10); never derived from the peer's (G-9). */
  readonly asServer: boolean;
  start(host: MechanismHost): void;
  /** One frame received during the handshake (flags: MORE/COMMAND). */
  receive(flags: number, body: Buffer): void;
  /** The connection closed; abandon any pending work (e.g. a ZAP request). */
  close?(): void;
}
