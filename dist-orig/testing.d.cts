import fc from 'fast-check';

/**
 * One piece of a ZMTP byte stream as the fuzzing kit builds it: a greeting, a command frame or a data frame.
 * Keeping the pieces apart is what makes mutations grammar-aware (drop the READY, swap two commands, give one frame
 * an absurd length) instead of blind byte noise.
 */
interface Segment {
    readonly kind: "greeting" | "command" | "data" | "raw";
    /** Human-readable summary, e.g. `READY`, `data 12B more`, `greeting 3.1 NULL`. */
    readonly label: string;
    readonly bytes: Buffer;
}
/** A byte stream a peer sends, as segments plus where it is cut into writes (offsets into the concatenation). */
interface WireSession {
    readonly segments: readonly Segment[];
    /** Write boundaries as byte offsets, ascending; empty = one write. */
    readonly cuts: readonly number[];
}
/** What a hostile input is: the session it came from, the mutations applied, the bytes to send. */
interface HostileInput extends WireSession {
    readonly mutations: readonly string[];
}
declare function sessionBytes(session: Pick<WireSession, "segments">): Buffer;
/** The session's bytes split at its cuts: the writes a fuzzer makes. */
declare function sessionWrites(session: WireSession): Buffer[];
/**
 * A frame with the header form chosen by the caller: `long` forces the 8-byte size even for a small body (legal,
 * RFC 23 §2.3 only says short sizes "may" use the short form).
 */
declare function frameBytes(flags: number, body: Uint8Array, long?: boolean): Buffer;

/** Mechanisms a greeting can name. */
type MechanismName = "NULL" | "PLAIN" | "CURVE";
interface GreetingOptions {
    mechanism?: MechanismName;
    asServer?: boolean;
    /** ZMTP minor version; default: 0 or 1. */
    minor?: number;
}
/**
 * Valid 64-byte ZMTP 3.x greetings (RFC 23 §2.2): signature with arbitrary padding bytes, major 3, the mechanism,
 * as-server, arbitrary filler (which a receiver must ignore).
 */
declare function greeting(options?: GreetingOptions): fc.Arbitrary<Buffer>;
interface FrameOptions {
    /** Largest body; default 300 (crosses the short/long boundary). */
    maxSize?: number;
    /** Force the COMMAND flag on or off; default off. */
    command?: boolean;
}
/** A decoded frame as the kit describes it. */
interface FrameValue {
    flags: number;
    body: Buffer;
    /** Whether the encoding used the long header. */
    long: boolean;
}
/** Data (or command) frames with MORE set or not and short, long, or non-canonically long headers. */
declare function frame(options?: FrameOptions): fc.Arbitrary<FrameValue>;
/** The wire bytes of a frame value. */
declare function encodeFrameValue(value: FrameValue): Buffer;
/** Property names as RFC 23 §2.4 allows them (1..255 of ALPHA DIGIT - _ . +). */
declare function propertyName(maxLength?: number): fc.Arbitrary<string>;
/** One metadata property: an application-defined `X-` name (so it never clashes with Socket-Type/Identity) and a value. */
declare function metadataProperty(): fc.Arbitrary<[string, Buffer]>;
interface MetadataOptions {
    socketType: string;
    /** Identity to announce (REQ/DEALER/ROUTER send one); default: arbitrary 0..32 bytes for those types. */
    identity?: Buffer;
}
/** A valid READY/INITIATE property list: Socket-Type, Identity where the type sends one, and extra properties. */
declare function metadata(options: MetadataOptions): fc.Arbitrary<Array<[string, Buffer]>>;
/** A command as a segment (frame with the COMMAND flag). */
declare function commandSegment(name: string, data?: Uint8Array, long?: boolean): Segment;
declare function readySegment(properties: Iterable<readonly [string, Uint8Array]>): Segment;
/** The traffic commands of RFC 23 §2.4/§2.5 with valid bodies: SUBSCRIBE, CANCEL, PING, PONG, ERROR. */
declare function trafficCommand(): fc.Arbitrary<Segment>;
/** A well-formed ERROR command (RFC 23 §2.4): a reason of 0..255 bytes. */
declare function errorCommand(): fc.Arbitrary<Segment>;
/** Any well-formed command a peer may send (handshake or traffic). */
declare function command(socketType?: string): fc.Arbitrary<Segment>;
/** A multipart data message: one segment per frame, MORE on all but the last. */
declare function message(options?: {
    maxParts?: number;
    maxSize?: number;
}): fc.Arbitrary<Segment[]>;

interface HandshakeOptions {
    /** The socket type this side announces, e.g. "DEALER". */
    socketType: string;
    /** NULL (default) or PLAIN (as the PLAIN client: HELLO then INITIATE, pipelined). */
    mechanism?: Exclude<MechanismName, "CURVE">;
    /** ZMTP minor version; default 0 or 1. */
    minor?: number;
    /** PLAIN credentials; default arbitrary. */
    username?: string;
    password?: string;
    /** Identity for REQ/DEALER/ROUTER; default arbitrary. */
    identity?: Buffer;
}
/** PLAIN HELLO (RFC 24): username and password, each length-prefixed. */
declare function helloSegment(username: string, password: string): Segment;
/**
 * Everything a client-side peer writes to complete a handshake with a server: greeting, then READY (NULL) or
 * HELLO + INITIATE (PLAIN), all at once. NULL servers take that; RFC 24 has a PLAIN client wait for WELCOME before
 * INITIATE, and libzmq closes a connection whose INITIATE arrives while its ZAP request is pending, so a pipelined
 * PLAIN session mostly exercises the greeting and HELLO of a libzmq server.
 */
declare function handshake(options: HandshakeOptions): fc.Arbitrary<Segment[]>;
interface SessionOptions extends HandshakeOptions {
    /** Most traffic items after the handshake; default 6. */
    maxTraffic?: number;
    /** Largest data frame body; default 300. */
    maxSize?: number;
}
/** Traffic a socket of `socketType` may send after its handshake: messages, heartbeats, subscriptions. */
declare function traffic(socketType: string, options?: {
    minor?: number;
    maxTraffic?: number;
    maxSize?: number;
}): fc.Arbitrary<Segment[]>;
/** Cut points for a byte stream of `length` bytes: one write, byte-at-a-time at the start, or arbitrary. */
declare function chunking(length: number): fc.Arbitrary<number[]>;
/** A whole valid session of a client-side peer: handshake, then traffic, written in arbitrary chunks. */
declare function session(options: SessionOptions): fc.Arbitrary<WireSession>;

/** One grammar-aware change to a session. Indexes are taken modulo the session's size when applied. */
type Mutation = {
    op: "bitflip";
    segment: number;
    bit: number;
} | {
    op: "byte";
    segment: number;
    at: number;
    value: number;
} | {
    op: "truncate";
    at: number;
} | {
    op: "duplicate";
    segment: number;
} | {
    op: "drop";
    segment: number;
} | {
    op: "swap";
    a: number;
    b: number;
} | {
    op: "length";
    segment: number;
    size: bigint;
} | {
    op: "insert";
    segment: number;
    bytes: Buffer;
} | {
    op: "command";
    segment: number;
    name: string;
};
/** Sizes that break naive decoders: 0, around 255/256, around 2^31/2^32, 2^53, 2^63, 2^64-1. */
declare const ABSURD_SIZES: readonly bigint[];
declare function mutation(): fc.Arbitrary<Mutation>;
/** Apply mutations in order; the result never throws, whatever the indexes. */
declare function applyMutations(session: WireSession, mutations: readonly Mutation[]): HostileInput;
/** Hostile versions of sessions: 1..4 grammar-aware mutations applied to each. */
declare function hostile(sessions: fc.Arbitrary<WireSession>, options?: {
    maxMutations?: number;
}): fc.Arbitrary<HostileInput>;

export { ABSURD_SIZES, FrameOptions, FrameValue, GreetingOptions, HandshakeOptions, HostileInput, MechanismName, MetadataOptions, Mutation, Segment, SessionOptions, WireSession, applyMutations, chunking, command, commandSegment, encodeFrameValue, errorCommand, frame, frameBytes, greeting, handshake, helloSegment, hostile, message, metadata, metadataProperty, mutation, propertyName, readySegment, session, sessionBytes, sessionWrites, traffic, trafficCommand };
