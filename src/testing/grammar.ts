import fc from "fast-check";
import { commandBody } from "../zmtp/commands.js";
import { FLAG_COMMAND, FLAG_MORE } from "../zmtp/constants.js";
import { encodeProperties } from "../zmtp/metadata.js";
import { frameBytes, type Segment } from "./wire.js";

/** Mechanisms a greeting can name. */
export type MechanismName = "NULL" | "PLAIN" | "CURVE";

export interface GreetingOptions {
  mechanism?: MechanismName;
  asServer?: boolean;
  /** ZMTP minor version; default: 0 or 1. */
  minor?: number;
}

/**
 * Valid 64-byte ZMTP 3.x greetings (RFC 23 §2.2): signature with arbitrary padding bytes, major 3, the mechanism,
 * as-server, arbitrary filler (which a receiver must ignore).
 */
export function greeting(options: GreetingOptions = {}): fc.Arbitrary<Buffer> {
  return fc
    .record({
      padding: fc.uint8Array({ minLength: 8, maxLength: 8 }),
      minor: options.minor === undefined ? fc.constantFrom(0, 1) : fc.constant(options.minor),
      mechanism:
        options.mechanism === undefined
          ? fc.constantFrom<MechanismName>("NULL", "PLAIN", "CURVE")
          : fc.constant(options.mechanism),
      asServer: options.asServer === undefined ? fc.boolean() : fc.constant(options.asServer),
      filler: fc.uint8Array({ minLength: 31, maxLength: 31 }),
    })
    .map(({ padding, minor, mechanism, asServer, filler }) => {
      const g = Buffer.alloc(64);
      g[0] = 0xff;
      g.set(padding, 1);
      g[9] = 0x7f;
      g[10] = 3;
      g[11] = minor;
      g.write(mechanism, 12, "latin1");
      g[32] = asServer ? 1 : 0;
      g.set(filler, 33);
      return g;
    });
}

export interface FrameOptions {
  /** Largest body; default 300 (crosses the short/long boundary). */
  maxSize?: number;
  /** Force the COMMAND flag on or off; default off. */
  command?: boolean;
}

/** A decoded frame as the kit describes it. */
export interface FrameValue {
  flags: number;
  body: Buffer;
  /** Whether the encoding used the long header. */
  long: boolean;
}

/** Data (or command) frames with MORE set or not and short, long, or non-canonically long headers. */
export function frame(options: FrameOptions = {}): fc.Arbitrary<FrameValue> {
  const maxSize = options.maxSize ?? 300;
  return fc
    .record({
      more: options.command === true ? fc.constant(false) : fc.boolean(),
      body: fc.oneof(
        { weight: 5, arbitrary: fc.uint8Array({ maxLength: Math.min(maxSize, 40) }) },
        { weight: 1, arbitrary: fc.uint8Array({ maxLength: maxSize }) },
      ),
      forceLong: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    })
    .map(({ more, body, forceLong }) => {
      const flags = (more ? FLAG_MORE : 0) | (options.command === true ? FLAG_COMMAND : 0);
      const buffer = Buffer.from(body);
      return { flags, body: buffer, long: forceLong || buffer.length > 255 };
    });
}

/** The wire bytes of a frame value. */
export function encodeFrameValue(value: FrameValue): Buffer {
  return frameBytes(value.flags, value.body, value.long);
}

const NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+";

/** Property names as RFC 23 §2.4 allows them (1..255 of ALPHA DIGIT - _ . +). */
export function propertyName(maxLength = 24): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...NAME_CHARS), minLength: 1, maxLength });
}

/** One metadata property: an application-defined `X-` name (so it never clashes with Socket-Type/Identity) and a value. */
export function metadataProperty(): fc.Arbitrary<[string, Buffer]> {
  return fc.tuple(
    propertyName(20).map((n) => `X-${n}`),
    fc.uint8Array({ maxLength: 64 }).map((v) => Buffer.from(v)),
  );
}

export interface MetadataOptions {
  socketType: string;
  /** Identity to announce (REQ/DEALER/ROUTER send one); default: arbitrary 0..32 bytes for those types. */
  identity?: Buffer;
}

/** A valid READY/INITIATE property list: Socket-Type, Identity where the type sends one, and extra properties. */
export function metadata(options: MetadataOptions): fc.Arbitrary<Array<[string, Buffer]>> {
  const sendsIdentity = ["REQ", "DEALER", "ROUTER"].includes(options.socketType);
  const identity =
    options.identity !== undefined
      ? fc.constant(options.identity)
      : fc.oneof(
          fc.constant(Buffer.alloc(0)),
          fc
            .uint8Array({ minLength: 1, maxLength: 32 })
            .filter((b) => b[0] !== 0)
            .map((b) => Buffer.from(b)),
        );
  return fc.tuple(identity, fc.array(metadataProperty(), { maxLength: 3 })).map(([id, extra]) => {
    const properties: Array<[string, Buffer]> = [["Socket-Type", Buffer.from(options.socketType, "latin1")]];
    if (sendsIdentity) properties.push(["Identity", id]);
    return [...properties, ...extra];
  });
}

/** A command as a segment (frame with the COMMAND flag). */
export function commandSegment(name: string, data: Uint8Array = Buffer.alloc(0), long = false): Segment {
  const body = commandBody(name, data);
  return { kind: "command", label: name, bytes: frameBytes(FLAG_COMMAND, body, long || body.length > 255) };
}

export function readySegment(properties: Iterable<readonly [string, Uint8Array]>): Segment {
  return commandSegment("READY", encodeProperties(properties));
}

/** The traffic commands of RFC 23 §2.4/§2.5 with valid bodies: SUBSCRIBE, CANCEL, PING, PONG, ERROR. */
export function trafficCommand(): fc.Arbitrary<Segment> {
  const topic = fc.uint8Array({ maxLength: 32 });
  const context = fc.uint8Array({ maxLength: 16 });
  return fc.oneof(
    topic.map((t) => commandSegment("SUBSCRIBE", t)),
    topic.map((t) => commandSegment("CANCEL", t)),
    fc.tuple(fc.integer({ min: 0, max: 0xffff }), context).map(([ttl, ctx]) => {
      const data = Buffer.alloc(2 + ctx.length);
      data.writeUInt16BE(ttl, 0);
      data.set(ctx, 2);
      return commandSegment("PING", data);
    }),
    context.map((ctx) => commandSegment("PONG", ctx)),
  );
}

/** A well-formed ERROR command (RFC 23 §2.4): a reason of 0..255 bytes. */
export function errorCommand(): fc.Arbitrary<Segment> {
  return fc.string({ maxLength: 60 }).map((reason) => {
    const text = Buffer.from(reason, "latin1").subarray(0, 255);
    return commandSegment("ERROR", Buffer.concat([Buffer.from([text.length]), text]));
  });
}

/** Any well-formed command a peer may send (handshake or traffic). */
export function command(socketType = "DEALER"): fc.Arbitrary<Segment> {
  return fc.oneof(
    metadata({ socketType }).map((p) => readySegment(p)),
    trafficCommand(),
    errorCommand(),
  );
}

/** A multipart data message: one segment per frame, MORE on all but the last. */
export function message(options: { maxParts?: number; maxSize?: number } = {}): fc.Arbitrary<Segment[]> {
  return fc
    .array(fc.tuple(fc.uint8Array({ maxLength: options.maxSize ?? 300 }), fc.boolean()), {
      minLength: 1,
      maxLength: options.maxParts ?? 4,
    })
    .map((parts) =>
      parts.map(([body, long], i) => {
        const more = i < parts.length - 1;
        return {
          kind: "data" as const,
          label: `data ${body.length}B${more ? " more" : ""}`,
          bytes: frameBytes(more ? FLAG_MORE : 0, body, long || body.length > 255),
        };
      }),
    );
}
