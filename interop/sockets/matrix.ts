import { expect } from "vitest";
import * as zmq from "../../src/index.js";
import {
  bindEndpoint,
  describeParts,
  hex,
  partText,
  seqMessage,
  SIZES,
  startPeer,
  type PartInfo,
  type PeerConfig,
  type Transport,
  type ZPeer,
} from "../helpers/zpeer.js";

/**
 * The interop matrix: every socket-type pair with purezmq on one side and pyzmq on the other, each side binding in
 * turn, each side playing the sending role in turn, over tcp and ipc. Side "a" sends (PUB, PUSH, PAIR) or requests
 * (REQ, DEALER); side "b" receives or replies. Every case moves one message per frame size in SIZES, byte-exact and
 * in order (multipart ["msg-<i>", <SIZES[i] bytes>, "end"]).
 */

export type Kind = "pipeline" | "pubsub" | "reqrep";

export interface Case {
  kind: Kind;
  a: string;
  b: string;
  /** Which role purezmq plays. */
  ours: "a" | "b";
  binder: "purezmq" | "pyzmq";
  transport: Transport;
  name: string;
}

const PAIRS: Array<{ kind: Kind; a: string; b: string }> = [
  { kind: "pubsub", a: "PUB", b: "SUB" },
  { kind: "pubsub", a: "XPUB", b: "SUB" },
  { kind: "pubsub", a: "PUB", b: "XSUB" },
  { kind: "pubsub", a: "XPUB", b: "XSUB" },
  { kind: "reqrep", a: "REQ", b: "REP" },
  { kind: "reqrep", a: "REQ", b: "ROUTER" },
  { kind: "reqrep", a: "DEALER", b: "REP" },
  { kind: "reqrep", a: "DEALER", b: "ROUTER" },
  { kind: "pipeline", a: "PUSH", b: "PULL" },
  { kind: "pipeline", a: "PAIR", b: "PAIR" },
];

export function casesOf(kind: Kind): Case[] {
  const out: Case[] = [];
  for (const pair of PAIRS.filter((p) => p.kind === kind)) {
    for (const ours of ["a", "b"] as const) {
      for (const binder of ["purezmq", "pyzmq"] as const) {
        for (const transport of ["tcp", "ipc"] as const) {
          const tsType = ours === "a" ? pair.a : pair.b;
          const pyType = ours === "a" ? pair.b : pair.a;
          const binds = (side: string) => (binder === side ? "binds" : "connects");
          const name = `purezmq ${tsType} (${binds("purezmq")}) ⇄ pyzmq ${pyType} (${binds("pyzmq")}) over ${transport}`;
          out.push({ ...pair, ours, binder, transport, name });
        }
      }
    }
  }
  return out;
}

type AnySocket = zmq.Socket & Partial<zmq.Readable & zmq.Writable>;

export function createSocket(type: string): AnySocket {
  const options = { linger: 0 };
  const classes: Record<string, new (o: { linger: number }) => zmq.Socket> = {
    PUB: zmq.Publisher,
    SUB: zmq.Subscriber,
    XPUB: zmq.XPublisher,
    XSUB: zmq.XSubscriber,
    REQ: zmq.Request,
    REP: zmq.Reply,
    DEALER: zmq.Dealer,
    ROUTER: zmq.Router,
    PUSH: zmq.Push,
    PULL: zmq.Pull,
    PAIR: zmq.Pair,
  };
  return new classes[type]!(options) as AnySocket;
}

const COUNT = SIZES.length;
const TOPICS = ["msg-", "warm"];

/** Runs one case; the caller closes the returned socket and kills peers. */
export async function runCase(c: Case, track: (socket: zmq.Socket) => void): Promise<void> {
  const tsType = c.ours === "a" ? c.a : c.b;
  const pyType = c.ours === "a" ? c.b : c.a;
  const ts = createSocket(tsType);
  track(ts);

  const extras: Partial<PeerConfig> = {};
  if (c.kind === "reqrep" && c.ours === "a") extras.echo = true;
  if (c.kind === "pubsub" && c.ours === "a") extras.subscribe = TOPICS;
  if (tsType === "SUB") (ts as zmq.Subscriber).subscribe(...TOPICS);

  let peer: ZPeer;
  if (c.binder === "purezmq") {
    await ts.bind(bindEndpoint(c.transport));
    peer = await startPeer({ type: pyType, connect: ts.lastEndpoint!, ...extras });
  } else {
    peer = await startPeer({ type: pyType, bind: bindEndpoint(c.transport), ...extras });
    ts.connect(peer.endpoint);
  }
  if (tsType === "XSUB") for (const t of TOPICS) await ts.send!(Buffer.concat([Buffer.from([1]), Buffer.from(t)]));

  const expected = (i: number) => describeParts(seqMessage(i));
  if (c.kind === "pipeline") {
    if (c.ours === "a") {
      for (let i = 0; i < COUNT; i++) await ts.send!(seqMessage(i));
      expect(await peer.messages(COUNT)).toEqual(range(COUNT).map(expected));
    } else {
      peer.command({ op: "seq", n: COUNT });
      const got: PartInfo[][] = [];
      for (let i = 0; i < COUNT; i++) got.push(describeParts(await ts.receive!()));
      expect(got).toEqual(range(COUNT).map(expected));
    }
  } else if (c.kind === "pubsub") {
    await pubsub(c, ts, peer);
  } else {
    await reqrep(c, ts, peer, tsType, pyType);
  }
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Publisher side warms up (repeating "warm") until a message gets through, then sends the sequence with "nope"
 *  noise in between that the subscription must filter out. */
async function pubsub(c: Case, ts: AnySocket, peer: ZPeer): Promise<void> {
  const expected = range(COUNT).map((i) => describeParts(seqMessage(i)));
  if (c.ours === "a") {
    const warm = setInterval(() => void ts.send!("warm"), 10);
    try {
      await peer.next("msg");
    } finally {
      clearInterval(warm);
    }
    for (let i = 0; i < COUNT; i++) {
      await ts.send!("nope");
      await ts.send!(seqMessage(i));
    }
    const got: PartInfo[][] = [];
    while (got.length < COUNT) {
      const [parts] = await peer.messages(1);
      if (parts!.length === 1 && partText(parts![0]!) === "warm") continue;
      got.push(parts!);
    }
    expect(got).toEqual(expected);
  } else {
    peer.command({ op: "tick", parts: [hex("warm")], ivl: 10 });
    expect((await ts.receive!())[0]!.toString()).toBe("warm");
    peer.command({ op: "untick" });
    peer.command({ op: "seq", n: COUNT, noise: hex("nope") });
    const got: PartInfo[][] = [];
    while (got.length < COUNT) {
      const parts = await ts.receive!();
      if (parts.length === 1 && parts[0]!.toString() === "warm") continue;
      got.push(describeParts(parts));
    }
    expect(got).toEqual(expected);
  }
}

/** Requester sends the sequence in lockstep; the replier echoes each request back through its envelope. */
async function reqrep(c: Case, ts: AnySocket, peer: ZPeer, tsType: string, pyType: string): Promise<void> {
  const delimiter = c.a === "DEALER" && c.b === "REP" ? [Buffer.alloc(0)] : [];
  if (c.ours === "a") {
    for (let i = 0; i < COUNT; i++) {
      await ts.send!([...delimiter, ...seqMessage(i)]);
      const reply = await ts.receive!();
      expect(describeParts(reply)).toEqual(describeParts([...delimiter, ...seqMessage(i)]));
    }
    // the pyzmq replier saw each request; a ROUTER sees the routing id first and REQ's empty delimiter
    const seen = await peer.messages(COUNT);
    for (let i = 0; i < COUNT; i++) {
      const envelope = pyType === "ROUTER" ? (tsType === "REQ" ? 2 : 1) : 0;
      expect(seen[i]!.slice(envelope)).toEqual(describeParts(seqMessage(i)));
    }
  } else {
    peer.command({ op: "seq", n: COUNT, lockstep: true, prefix: delimiter.map(hex) });
    for (let i = 0; i < COUNT; i++) {
      const request = await ts.receive!();
      const envelope = tsType === "ROUTER" ? (pyType === "REQ" ? 2 : 1) : 0;
      expect(describeParts(request.slice(envelope))).toEqual(describeParts(seqMessage(i)));
      if (tsType === "ROUTER" && pyType === "REQ") expect(request[1]!.length).toBe(0);
      await ts.send!(request);
    }
    const replies = await peer.messages(COUNT);
    expect(replies).toEqual(range(COUNT).map((i) => describeParts([...delimiter, ...seqMessage(i)])));
  }
}
