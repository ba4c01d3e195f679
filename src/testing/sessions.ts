import fc from "fast-check";
import { encodeProperties } from "../zmtp/metadata.js";
import {
  commandSegment,
  greeting,
  message,
  metadata,
  readySegment,
  trafficCommand,
  type MechanismName,
} from "./grammar.js";
import { sessionBytes, type Segment, type WireSession } from "./wire.js";

export interface HandshakeOptions {
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

const credential = fc.string({ maxLength: 16, unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789") });

/** PLAIN HELLO (RFC 24): username and password, each length-prefixed. */
export function helloSegment(username: string, password: string): Segment {
  const user = Buffer.from(username, "latin1");
  const pass = Buffer.from(password, "latin1");
  return commandSegment("HELLO", Buffer.concat([Buffer.from([user.length]), user, Buffer.from([pass.length]), pass]));
}

/**
 * Everything a client-side peer writes to complete a handshake with a server: greeting, then READY (NULL) or
 * HELLO + INITIATE (PLAIN), all at once. NULL servers take that; RFC 24 has a PLAIN client wait for WELCOME before
 * INITIATE, and libzmq closes a connection whose INITIATE arrives while its ZAP request is pending, so a pipelined
 * PLAIN session mostly exercises the greeting and HELLO of a libzmq server.
 */
export function handshake(options: HandshakeOptions): fc.Arbitrary<Segment[]> {
  const mechanism = options.mechanism ?? "NULL";
  return fc
    .record({
      greeting: greeting({ mechanism, asServer: false, minor: options.minor }),
      properties: metadata({ socketType: options.socketType, identity: options.identity }),
      username: options.username === undefined ? credential : fc.constant(options.username),
      password: options.password === undefined ? credential : fc.constant(options.password),
    })
    .map(({ greeting: g, properties, username, password }) => {
      const head: Segment = { kind: "greeting", label: `greeting 3.${g[11]} ${mechanism}`, bytes: g };
      if (mechanism === "NULL") return [head, readySegment(properties)];
      return [head, helloSegment(username, password), commandSegment("INITIATE", encodeProperties(properties))];
    });
}

export interface SessionOptions extends HandshakeOptions {
  /** Most traffic items after the handshake; default 6. */
  maxTraffic?: number;
  /** Largest data frame body; default 300. */
  maxSize?: number;
}

/** Traffic a socket of `socketType` may send after its handshake: messages, heartbeats, subscriptions. */
export function traffic(
  socketType: string,
  options: { minor?: number; maxTraffic?: number; maxSize?: number } = {},
): fc.Arbitrary<Segment[]> {
  const messages = message({ maxSize: options.maxSize });
  const request = messages.map((parts) => [
    { kind: "data" as const, label: "data 0B more", bytes: Buffer.from([1, 0]) },
    ...parts,
  ]);
  const body = socketType === "REQ" ? request : messages;
  const subscribing = socketType === "SUB" || socketType === "XSUB";
  const subscription = fc.uint8Array({ maxLength: 16 }).map((topic) =>
    options.minor === 0
      ? [
          {
            kind: "data" as const,
            label: "subscribe-message",
            bytes: Buffer.concat([Buffer.from([0, topic.length + 1, 1]), topic]),
          },
        ]
      : [commandSegment("SUBSCRIBE", topic)],
  );
  // A subscriber sends only subscriptions: under ZMTP 3.0 any data message it sent that starts with 0x00/0x01 would
  // itself be a subscription, so a "valid" session could not say how many messages it carries.
  const item = fc.oneof(
    { weight: 3, arbitrary: subscribing ? subscription : body },
    {
      weight: 1,
      arbitrary: trafficCommand()
        .filter((s) => subscribing || (s.label !== "SUBSCRIBE" && s.label !== "CANCEL"))
        .map((s) => [s]),
    },
  );
  return fc.array(item, { maxLength: options.maxTraffic ?? 6 }).map((items) => items.flat());
}

/** Cut points for a byte stream of `length` bytes: one write, byte-at-a-time at the start, or arbitrary. */
export function chunking(length: number): fc.Arbitrary<number[]> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant<number[]>([]) },
    {
      weight: 3,
      arbitrary: fc
        .uniqueArray(fc.integer({ min: 1, max: Math.max(1, length - 1) }), { maxLength: 8 })
        .map((c) => c.sort((a, b) => a - b)),
    },
    { weight: 1, arbitrary: fc.constant(Array.from({ length: Math.min(length - 1, 16) }, (_, i) => i + 1)) },
  );
}

/** A whole valid session of a client-side peer: handshake, then traffic, written in arbitrary chunks. */
export function session(options: SessionOptions): fc.Arbitrary<WireSession> {
  const minor = options.minor === undefined ? fc.constantFrom(0, 1) : fc.constant(options.minor);
  return minor
    .chain((m) =>
      fc.tuple(
        handshake({ ...options, minor: m }),
        traffic(options.socketType, { minor: m, maxTraffic: options.maxTraffic, maxSize: options.maxSize }),
      ),
    )
    .chain(([hs, items]) => {
      const segments = [...hs, ...items];
      return chunking(sessionBytes({ segments }).length).map((cuts) => ({ segments, cuts }));
    });
}
