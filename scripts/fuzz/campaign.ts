/**
 * The in-process fuzz campaign (not a CI test): millions of generated inputs from purezmq/testing against
 * purezmq's own decoder, handshake and socket layers, watching for uncaught exceptions, unhandled rejections and
 * memory growth.
 *
 *   npx tsx scripts/fuzz/campaign.ts [--decoder N] [--handshake N] [--sockets SECONDS] [--corpus N] [--seed S] [--json FILE]
 *
 * Inputs: a corpus of grammar-generated sessions (purezmq/testing: hostile and valid sessions of every socket
 * type, raw bytes), each entry also the parent of cheap byte-level children (see `derive`), so millions of inputs
 * cost seconds rather than the hours fast-check would need to generate each one from the grammar.
 *
 * Layers:
 *   decoder    GreetingReader + FrameDecoder (random limits) + command/metadata parsers on hostile sessions and
 *              raw bytes, under the session's chunking
 *   handshake  a full Connection (src/zmtp) over an in-memory stream pair, fed hostile client sessions
 *   sockets    real purezmq sockets of every type bound on tcp, hostile sessions over real connections, and a
 *              valid peer that must still get its messages through at the end
 */
import fc from "fast-check";
import { createConnection } from "node:net";
import { parseArgs } from "node:util";
import { writeFileSync } from "node:fs";
import * as zmq from "../../src/index.js";
import { commandData, commandName, parseErrorReason, parsePing } from "../../src/zmtp/commands.js";
import { FLAG_COMMAND } from "../../src/zmtp/constants.js";
import { Connection } from "../../src/zmtp/connection.js";
import { DECODE_ERROR, FRAME, FrameDecoder } from "../../src/zmtp/decoder.js";
import { GreetingReader } from "../../src/zmtp/greeting.js";
import type { LinkError, LinkHandler } from "../../src/zmtp/link.js";
import { parseProperties } from "../../src/zmtp/metadata.js";
import { hostile, session, sessionWrites, type HostileInput } from "../../src/testing/index.js";
import { duplexPair } from "../../test/zmtp/helpers/duplex-pair.js";

const { values } = parseArgs({
  options: {
    decoder: { type: "string", default: "10000000" },
    handshake: { type: "string", default: "200000" },
    sockets: { type: "string", default: "120" },
    corpus: { type: "string", default: "20000" },
    seed: { type: "string", default: "1" },
    json: { type: "string" },
  },
});
const seed = Number(values.seed);
const failures: string[] = [];
process.on("uncaughtException", (error) => failures.push(`uncaughtException: ${error.stack ?? error}`));
process.on("unhandledRejection", (error) => failures.push(`unhandledRejection: ${(error as Error)?.stack ?? error}`));

// ---- memory watch
const memory = { maxRss: 0, maxHeap: 0, samples: [] as Array<{ t: number; rss: number; heap: number }> };
const started = Date.now();
const watch = setInterval(() => {
  const m = process.memoryUsage();
  memory.maxRss = Math.max(memory.maxRss, m.rss);
  memory.maxHeap = Math.max(memory.maxHeap, m.heapUsed);
  memory.samples.push({ t: Math.round((Date.now() - started) / 1000), rss: m.rss, heap: m.heapUsed });
}, 1000);
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;
function log(text: string): void {
  const m = process.memoryUsage();
  console.log(
    `[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${text}  (rss ${mb(m.rss)}, heap ${mb(m.heapUsed)})`,
  );
}

const TYPES = ["PUB", "SUB", "XPUB", "XSUB", "REQ", "REP", "DEALER", "ROUTER", "PUSH", "PULL", "PAIR"];
const PLAYS: Record<string, string> = {
  PUB: "SUB",
  SUB: "PUB",
  XPUB: "XSUB",
  XSUB: "PUB",
  REQ: "REP",
  REP: "REQ",
  DEALER: "ROUTER",
  ROUTER: "DEALER",
  PUSH: "PULL",
  PULL: "PUSH",
  PAIR: "PAIR",
};

/** Hostile sessions of every socket type and both mechanisms, plus valid ones, plus raw bytes. */
const inputs: fc.Arbitrary<HostileInput> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(...TYPES)
      .chain((t) => hostile(session({ socketType: t, mechanism: t === "PAIR" ? "PLAIN" : "NULL" }))),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...TYPES).chain((t) => session({ socketType: t }).map((s) => ({ ...s, mutations: [] }))),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.uint8Array({ maxLength: 200 }), fc.boolean()).map(([bytes, greeted]) => {
      const g = Buffer.alloc(64);
      g[0] = 0xff;
      g[9] = 0x7f;
      g[10] = 3;
      g.write("NULL", 12);
      const body = Buffer.from(bytes);
      return {
        segments: [{ kind: "raw" as const, label: "raw", bytes: greeted ? Buffer.concat([g, body]) : body }],
        cuts: [],
        mutations: ["raw"],
      };
    }),
  },
);

// ---- layer 1: decoder and parsers
function decodeEverything(input: HostileInput, limit: number): void {
  const reader = new GreetingReader();
  const decoder = new FrameDecoder(limit);
  for (const write of sessionWrites(input)) {
    let chunk: Buffer | undefined = write;
    if (!reader.greeting) {
      if (!reader.push(write) || reader.error) continue;
      chunk = reader.rest;
      if (!chunk) continue;
    }
    decoder.push(chunk);
    let result: number;
    for (result = decoder.next(); result === FRAME; result = decoder.next()) {
      if ((decoder.flags & FLAG_COMMAND) === 0) continue;
      const body = decoder.body;
      const name = commandName(body);
      if (name === undefined) continue;
      const data = commandData(body);
      if (name === "READY" || name === "INITIATE") parseProperties(data);
      else if (name === "PING") parsePing(data);
      else if (name === "ERROR") parseErrorReason(data);
    }
    if (result === DECODE_ERROR) return;
  }
}

/** xorshift32: cheap, seeded, good enough to pick mutations. */
function rng(seedValue: number): () => number {
  let x = seedValue | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

/**
 * The grammar-generated corpus (fast-check, purezmq/testing) is expensive to generate, so each of its entries is
 * the parent of many cheap byte-level children: bit flips, absurd bytes, 0xff runs (huge lengths), truncation,
 * crossover with another entry, and random re-chunking.
 */
function derive(corpus: Buffer[], next: () => number): HostileInput {
  let bytes = Buffer.from(corpus[next() % corpus.length]!);
  const ops = 1 + (next() % 3);
  for (let k = 0; k < ops && bytes.length > 0; k++) {
    const at = next() % bytes.length;
    switch (next() % 6) {
      case 0:
        bytes[at]! ^= 1 << (next() & 7);
        break;
      case 1:
        bytes[at] = [0x00, 0xff, 0x7f, 0x80, 0x02, 0x04, 0x06, 0x01][next() & 7]!;
        break;
      case 2:
        bytes.fill(0xff, at, Math.min(bytes.length, at + 1 + (next() % 8)));
        break;
      case 3:
        bytes = bytes.subarray(0, at);
        break;
      case 4: {
        const other = corpus[next() % corpus.length]!;
        bytes = Buffer.concat([bytes.subarray(0, at), other.subarray(next() % Math.max(1, other.length))]);
        break;
      }
      case 5:
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at, at + 1 + (next() % 32)), bytes.subarray(at)]);
        break;
    }
  }
  const cuts: number[] = [];
  for (let c = next() % 4; c > 0; c--) cuts.push(1 + (next() % Math.max(1, bytes.length)));
  cuts.sort((a, b) => a - b);
  return { segments: [{ kind: "raw", label: "derived", bytes }], cuts, mutations: ["derived"] };
}

const LIMITS = [-1, 0, 64, 1024, 1 << 20];

function decoderLayer(
  total: number,
  corpusSize: number,
): { inputs: number; grammarInputs: number; derivedInputs: number; seconds: number } {
  const t0 = Date.now();
  const corpus: Buffer[] = [];
  let done = 0;
  for (let b = 0; corpus.length < Math.min(total, corpusSize); b++) {
    for (const input of fc.sample(inputs, { numRuns: 1000, seed: seed * 1000 + b })) {
      decodeEverything(input, LIMITS[done % LIMITS.length]!);
      corpus.push(Buffer.concat(input.segments.map((x) => x.bytes)));
      done++;
    }
    if (b % 5 === 4) log(`decoder: ${done.toLocaleString("en-US")} grammar inputs`);
  }
  const grammarInputs = done;
  const next = rng(seed);
  while (done < total) {
    decodeEverything(derive(corpus, next), LIMITS[next() % LIMITS.length]!);
    if (++done % 1_000_000 === 0) log(`decoder: ${done.toLocaleString("en-US")} inputs`);
  }
  return { inputs: done, grammarInputs, derivedInputs: done - grammarInputs, seconds: (Date.now() - t0) / 1000 };
}

// ---- layer 2: a Connection over an in-memory stream
const quietHandler = (onClose: () => void): LinkHandler => ({
  onReady() {},
  onMessage() {},
  onSubscribe() {},
  onCancel() {},
  onDrain() {},
  onClose(_error: LinkError | undefined) {
    onClose();
  },
});

async function handshakeLayer(
  total: number,
  corpusSize: number,
): Promise<{ inputs: number; grammarInputs: number; seconds: number; closedConnections: number }> {
  const t0 = Date.now();
  let closed = 0;
  let done = 0;
  const corpus: Buffer[] = [];
  const next = rng(seed + 7);
  const one = async (input: HostileInput, type: string): Promise<void> => {
    const [ours, theirs] = duplexPair();
    theirs.on("data", () => {});
    theirs.on("error", () => {});
    let finished = false;
    const connection = new Connection(
      ours,
      quietHandler(() => {
        finished = true;
        closed++;
      }),
      {
        socketType: type,
        address: "fuzz",
        maxMessageSize: 4096,
        handshakeInterval: 0,
        heartbeatInterval: 0,
        onHandlerError: (error) => failures.push(`handler error: ${String(error)}`),
      },
    );
    for (const write of sessionWrites(input)) theirs.write(write);
    await new Promise((r) => setImmediate(r));
    if (!finished) connection.close(0);
    theirs.destroy();
  };
  for (let b = 0; corpus.length < Math.min(total, corpusSize); b++) {
    for (const input of fc.sample(inputs, { numRuns: 1000, seed: seed * 1000 + 500 + b })) {
      await one(input, TYPES[done % TYPES.length]!);
      corpus.push(Buffer.concat(input.segments.map((x) => x.bytes)));
      done++;
    }
  }
  const grammarInputs = done;
  while (done < total) {
    await one(derive(corpus, next), TYPES[next() % TYPES.length]!);
    if (++done % 100_000 === 0) log(`handshake: ${done.toLocaleString("en-US")} inputs`);
  }
  return { inputs: done, grammarInputs, seconds: (Date.now() - t0) / 1000, closedConnections: closed };
}

// ---- layer 3: real sockets over tcp
type AnySocket = zmq.Socket & { receive?: () => Promise<Buffer[]>; send?: (m: unknown) => Promise<void> };
const CLASSES: Record<string, new (o?: object) => zmq.Socket> = {
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

function sendRaw(port: number, writes: Buffer[]): Promise<void> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.on("error", () => resolve());
    socket.on("data", () => {});
    socket.on("connect", async () => {
      for (const w of writes) {
        if (socket.destroyed) break;
        socket.write(w);
        await new Promise((r) => setImmediate(r));
      }
      setTimeout(() => {
        socket.destroy();
        resolve();
      }, 5);
    });
  });
}

/** After the hostile sessions, a valid peer must get through: its messages arrive, its requests are answered. */
async function validPeerServed(type: string, peer: AnySocket, served: () => number): Promise<boolean> {
  const before = served();
  for (let attempt = 0; attempt < 30; attempt++) {
    try {
      if (type === "PUB" || type === "XPUB" || type === "PUSH") {
        if (PLAYS[type] === "XSUB") await peer.send!.call(peer, Buffer.from([1]));
        if ((await peer.receive!.call(peer)).length > 0) return true;
      } else if (type === "SUB" || type === "XSUB" || type === "PULL" || type === "REQ") {
        if (type !== "REQ") await peer.send!.call(peer, ["", "hello"]);
        else await peer.send!.call(peer, await peer.receive!.call(peer));
        await new Promise((r) => setTimeout(r, 100));
        if (served() > before) return true;
      } else {
        await peer.send!.call(peer, PLAYS[type] === "ROUTER" ? ["fuzzed", "ping"] : ["ping"]);
        const reply = await peer.receive!.call(peer);
        if (reply.length > 0 && served() > before) return true;
      }
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return false;
}

async function socketLayer(
  seconds: number,
): Promise<{ inputs: number; seconds: number; perType: Record<string, number>; stillWorking: string[] }> {
  const t0 = Date.now();
  const perType: Record<string, number> = {};
  const stillWorking: string[] = [];
  const share = (seconds * 1000) / TYPES.length;
  for (const [i, type] of TYPES.entries()) {
    const cls = CLASSES[type]!;
    const options: Record<string, unknown> = { maxMessageSize: 64 * 1024, linger: 0 };
    if ("receiveTimeout" in cls.prototype) options.receiveTimeout = 50;
    if ("sendTimeout" in cls.prototype) options.sendTimeout = 50;
    if (type === "DEALER") options.routingId = "fuzzed";
    // A request sent to a hostile peer is never answered: let REQ ask again instead of waiting forever.
    if (type === "REQ") Object.assign(options, { relaxed: true, correlate: true });
    if ("receiveHighWaterMark" in cls.prototype) options.receiveHighWaterMark = 1000;
    if ("sendHighWaterMark" in cls.prototype) options.sendHighWaterMark = 100;
    const socket = new cls(options) as AnySocket;
    if (type === "SUB") (socket as unknown as zmq.Subscriber).subscribe();
    await socket.bind("tcp://127.0.0.1:0");
    const port = Number(socket.lastEndpoint!.split(":").pop());
    // Keep the socket busy the way an application would: drain what arrives, answer, publish, ask.
    let running = true;
    let served = 0;
    if (type === "XSUB") await socket.send!.call(socket, Buffer.from([1]));
    const pump = (async () => {
      while (running) {
        try {
          if (type === "PUB" || type === "XPUB" || type === "PUSH") {
            await socket.send!.call(socket, ["tick", "x"]);
            await new Promise((r) => setTimeout(r, 5));
          } else if (type === "REQ") {
            await socket.send!.call(socket, "ping");
            await socket.receive!.call(socket);
            served++;
          } else {
            const message = await socket.receive!.call(socket);
            served++;
            if (type === "REP" || type === "ROUTER" || type === "PAIR" || type === "DEALER")
              await socket.send!.call(socket, message);
          }
        } catch {
          // EAGAIN (timeouts below) and errors caused by hostile traffic are the socket telling us, not crashes
          await new Promise((r) => setImmediate(r));
        }
      }
    })();
    const arb = hostile(session({ socketType: PLAYS[type]!, maxSize: 2000 }));
    let n = 0;
    const end = Date.now() + share;
    for (let b = 0; Date.now() < end; b++) {
      const cases = fc.sample(arb, { seed: seed * 100_000 + i * 10_000 + b, numRuns: 16 });
      await Promise.all(cases.map((c) => sendRaw(port, sessionWrites(c))));
      n += cases.length;
    }
    // A valid peer must still be served.
    const peerClass = CLASSES[PLAYS[type]!]!;
    const peerOptions: Record<string, unknown> = { linger: 0 };
    if ("receiveTimeout" in peerClass.prototype) peerOptions.receiveTimeout = 300;
    if ("sendTimeout" in peerClass.prototype) peerOptions.sendTimeout = 300;
    const peer = new peerClass(peerOptions) as AnySocket;
    if (PLAYS[type] === "SUB") (peer as unknown as zmq.Subscriber).subscribe();
    peer.connect(`tcp://127.0.0.1:${port}`);
    let ok = false;
    try {
      ok = await validPeerServed(type, peer, () => served);
    } catch (error) {
      failures.push(`${type}: a valid ${PLAYS[type]} peer failed after fuzzing: ${(error as Error).message}`);
    }
    if (!ok) failures.push(`${type}: a valid ${PLAYS[type]} peer was not served after fuzzing`);
    if (ok) stillWorking.push(type);
    peer.close();
    running = false;
    await pump;
    socket.close();
    perType[type] = n;
    log(`sockets: ${type} took ${n.toLocaleString("en-US")} hostile sessions over tcp, valid peer served: ${ok}`);
  }
  return {
    inputs: Object.values(perType).reduce((a, b) => a + b, 0),
    seconds: (Date.now() - t0) / 1000,
    perType,
    stillWorking,
  };
}

process.on("exit", (code) => {
  if (code !== 0 && failures.length > 0) console.error(failures.slice(0, 5).join("\n"));
});
const heapStart = process.memoryUsage().heapUsed;
log(`campaign seed ${seed}`);
const decoder = decoderLayer(Number(values.decoder), Number(values.corpus));
log(`decoder done: ${decoder.inputs.toLocaleString("en-US")} inputs in ${decoder.seconds.toFixed(0)} s`);
const handshake = await handshakeLayer(Number(values.handshake), Math.min(5000, Number(values.corpus)));
log(`handshake done: ${handshake.inputs.toLocaleString("en-US")} inputs in ${handshake.seconds.toFixed(0)} s`);
const sockets = await socketLayer(Number(values.sockets));
log(`sockets done: ${sockets.inputs.toLocaleString("en-US")} sessions in ${sockets.seconds.toFixed(0)} s`);
clearInterval(watch);
(globalThis as { gc?: () => void }).gc?.();
const summary = {
  seed,
  seconds: (Date.now() - started) / 1000,
  totalInputs: decoder.inputs + handshake.inputs + sockets.inputs,
  decoder,
  handshake,
  sockets,
  memory: {
    maxRssMB: Math.round(memory.maxRss / 1048576),
    maxHeapMB: Math.round(memory.maxHeap / 1048576),
    heapStartMB: Math.round(heapStart / 1048576),
    heapEndMB: Math.round(process.memoryUsage().heapUsed / 1048576),
  },
  failures,
};
console.log(JSON.stringify({ ...summary, failures: failures.slice(0, 20) }, null, 2));
if (values.json) writeFileSync(values.json, `${JSON.stringify({ ...summary, samples: memory.samples }, null, 2)}\n`);
process.exit(failures.length > 0 ? 1 : 0);
