import { setTimeout as sleep } from "node:timers/promises";
import {
  Dealer,
  Pair,
  Publisher,
  Pull,
  Push,
  Reply,
  Request,
  Router,
  Subscriber,
  XPublisher,
  XSubscriber,
} from "../index.js";
import type { Socket } from "../sockets/socket.js";
import { CliError, describeError, integer, parse, positive, UsageError, type Command } from "./command.js";
import { inputLines, Pacer } from "./input.js";
import { printLine, Progress, rateText } from "./output.js";
import { CODECS, codecName, decodeFrame, encodeFrame, type CodecName } from "./payload.js";
import { SECURITY_HELP, SECURITY_OPTIONS, securityOptions } from "./security.js";

type SocketClass = new (options?: Record<string, unknown>) => Socket;

interface TypeSpec {
  readonly cls: SocketClass;
  /** Sends user input. */
  readonly sends: boolean;
  /** Prints what arrives. */
  readonly receives: boolean;
  /** First frame of a received message is an envelope (routing id / topic) shown as text, not through the codec. */
  readonly envelope?: "identity" | "topic";
  readonly example: string;
}

const TYPES: Record<string, TypeSpec> = {
  pub: {
    cls: Publisher as SocketClass,
    sends: true,
    receives: false,
    example: "purezmq pub --bind tcp://127.0.0.1:5556 --topic weather --delay 500 --data sunny",
  },
  sub: {
    cls: Subscriber as SocketClass,
    sends: false,
    receives: true,
    envelope: "topic",
    example: "purezmq sub --connect tcp://127.0.0.1:5556 --subscribe weather --count 1",
  },
  xpub: {
    cls: XPublisher as SocketClass,
    sends: true,
    receives: true,
    example: "purezmq xpub --bind tcp://127.0.0.1:5556 --codec hex",
  },
  xsub: {
    cls: XSubscriber as SocketClass,
    sends: true,
    receives: true,
    example: "echo 01 | purezmq xsub --connect tcp://127.0.0.1:5556 --codec hex",
  },
  req: {
    cls: Request as SocketClass,
    sends: true,
    receives: true,
    example: "purezmq req --connect tcp://127.0.0.1:5555 --data hello --timeout 2000",
  },
  rep: {
    cls: Reply as SocketClass,
    sends: false,
    receives: true,
    example: "purezmq rep --bind tcp://127.0.0.1:5555 --echo",
  },
  push: {
    cls: Push as SocketClass,
    sends: true,
    receives: false,
    example: "seq 3 | purezmq push --connect tcp://127.0.0.1:5557",
  },
  pull: {
    cls: Pull as SocketClass,
    sends: false,
    receives: true,
    example: "purezmq pull --bind tcp://127.0.0.1:5557 --count 3",
  },
  dealer: {
    cls: Dealer as SocketClass,
    sends: true,
    receives: true,
    example: "purezmq dealer --connect tcp://127.0.0.1:5555 --separator , --data ',hello' --count 1",
  },
  router: {
    cls: Router as SocketClass,
    sends: true,
    receives: true,
    envelope: "identity",
    example: "purezmq router --bind tcp://127.0.0.1:5555 --separator ,",
  },
  pair: {
    cls: Pair as SocketClass,
    sends: true,
    receives: true,
    example: "purezmq pair --connect ipc:///tmp/pair.sock --data ping --count 1",
  },
};

export const SOCKET_TYPES = Object.keys(TYPES);

/** The socket class for a type name given on the command line (any case). */
export function socketClass(command: string, name: string): SocketClass {
  const spec = TYPES[name.toLowerCase()];
  if (!spec)
    throw new UsageError(
      `unknown socket type ${JSON.stringify(name)} (use one of ${SOCKET_TYPES.join(", ")})`,
      command,
    );
  return spec.cls;
}

const OPTIONS = {
  bind: { type: "string", short: "b", multiple: true },
  connect: { type: "string", short: "c", multiple: true },
  data: { type: "string", short: "d", multiple: true },
  separator: { type: "string", short: "s" },
  topic: { type: "string", short: "t" },
  subscribe: { type: "string", multiple: true },
  codec: { type: "string" },
  count: { type: "string", short: "n" },
  rate: { type: "string" },
  timeout: { type: "string" },
  delay: { type: "string" },
  linger: { type: "string" },
  identity: { type: "string" },
  echo: { type: "boolean" },
  reply: { type: "string" },
  ...SECURITY_OPTIONS,
} as const;

function helpFor(type: string, spec: TypeSpec): string {
  const sendLine = spec.sends ? "Sends each --data value, or each stdin line, as one message." : "";
  const extra: string[] = [];
  if (type === "pub") extra.push("  -t, --topic TOPIC             send TOPIC as the first frame of every message");
  if (type === "sub")
    extra.push(
      "  --subscribe TOPIC             subscribe to a prefix (repeatable; default: everything)",
      "  -t, --topic TOPIC             same as --subscribe",
    );
  if (type === "rep")
    extra.push(
      "  --echo                        answer every request with itself",
      "  --reply TEXT                  answer every request with TEXT (encoded with --codec)",
    );
  if (type === "req" || type === "dealer" || type === "router")
    extra.push("  --identity ID                 routing id to announce");
  return `Usage: purezmq ${type} (--bind|--connect) ENDPOINT [options]

A ${type.toUpperCase()} socket. ${sendLine}${spec.receives ? " Prints every message it receives, one per line, frames joined by the separator." : ""}

Options:
  -b, --bind ENDPOINT           bind (repeatable): tcp://127.0.0.1:5555, ipc:///tmp/x.sock, tcp://*:0
  -c, --connect ENDPOINT        connect (repeatable)
  -d, --data TEXT               message to send instead of reading stdin (repeatable)
  -s, --separator SEP           split input lines into frames at SEP; join received frames with SEP (default: tab)
  --codec NAME                  ${CODECS.join("|")} for input and output (default: string)
  -n, --count N                 stop after N messages ${spec.sends && !spec.receives ? "sent (--data values repeat)" : "received"}
  --rate N                      send at most N messages per second
  --timeout MS                  fail when no message arrives (or a send cannot complete) within MS ms
  --delay MS                    wait MS ms after bind/connect before the first send (PUB: let subscribers join)
  --linger MS                   how long queued messages may take to leave at exit (default: until sent)
${extra.length > 0 ? `${extra.join("\n")}\n` : ""}${SECURITY_HELP}
  -h, --help                    this help

Exit status: 0 done, 1 error (bad endpoint, timeout, undecodable input), 2 usage error.

Example:
  ${spec.example}
`;
}

interface Run {
  readonly type: string;
  readonly spec: TypeSpec;
  readonly socket: Socket;
  readonly codec: CodecName;
  readonly separator: string | undefined;
  readonly count: number | undefined;
  readonly progress: Progress;
}

/** Frames of one input line: split at the separator, each through the codec. */
function lineToFrames(run: Run, line: string, topic: string | undefined): Buffer[] {
  const pieces = run.separator === undefined ? [line] : line.split(run.separator);
  const frames: Buffer[] = [];
  pieces.forEach((piece, i) => {
    // A ROUTER's first frame is the routing id: taken as text, or hex when written 0x....
    if (i === 0 && run.type === "router")
      frames.push(piece.startsWith("0x") ? Buffer.from(piece.slice(2), "hex") : Buffer.from(piece));
    else frames.push(encodeFrame(run.codec, piece));
  });
  return topic === undefined ? frames : [Buffer.from(topic), ...frames];
}

function envelopeText(frame: Buffer): string {
  return frame.length > 0 && frame.every((b) => b >= 0x20 && b < 0x7f)
    ? frame.toString("latin1")
    : `0x${frame.toString("hex")}`;
}

function messageText(run: Run, parts: Buffer[]): string {
  const texts = parts.map((frame, i) =>
    i === 0 && parts.length > 1 && run.spec.envelope !== undefined
      ? envelopeText(frame)
      : decodeFrame(run.codec, frame),
  );
  return texts.join(run.separator ?? "\t");
}

async function receiveOne(run: Run, timeout: number | undefined): Promise<Buffer[]> {
  try {
    return await (run.socket as unknown as { receive(): Promise<Buffer[]> }).receive();
  } catch (error) {
    if ((error as { code?: string }).code === "EAGAIN")
      throw new CliError(`no message within ${timeout} ms (--timeout)`);
    throw error;
  }
}

async function sendOne(run: Run, frames: Buffer[], timeout: number | undefined): Promise<void> {
  try {
    await (run.socket as unknown as { send(m: Buffer[]): Promise<void> }).send(frames);
  } catch (error) {
    if ((error as { code?: string }).code === "EAGAIN")
      throw new CliError(`could not send within ${timeout} ms (--timeout): no peer ready`);
    throw error;
  }
}

async function endpoints(socket: Socket, binds: string[], connects: string[]): Promise<void> {
  for (const address of binds) {
    try {
      await socket.bind(address);
    } catch (error) {
      throw new CliError(`cannot bind ${address}: ${describeError(error).replace(`${address}: `, "")}`);
    }
    // An ephemeral port (tcp://host:0 or :*) is useless unless we say which one we got.
    if (/:(0|\*)$/.test(address)) process.stderr.write(`bound ${socket.lastEndpoint}\n`);
  }
  for (const address of connects) {
    try {
      socket.connect(address);
    } catch (error) {
      throw new CliError(`cannot connect ${address}: ${describeError(error).replace(`${address}: `, "")}`);
    }
  }
}

function makeCommand(type: string, spec: TypeSpec): Command {
  return {
    name: type,
    summary: `${type.toUpperCase()} socket${spec.sends ? ": send stdin lines or --data" : ""}${spec.receives ? (spec.sends ? ", print replies" : ": print what arrives") : ""}`,
    help: helpFor(type, spec),
    async run(args) {
      const { values, positionals } = parse(type, args, OPTIONS);
      if (positionals.length > 0)
        throw new UsageError(
          `unexpected argument ${JSON.stringify(positionals[0])} (endpoints go after --bind or --connect)`,
          type,
        );
      const binds = values.bind ?? [];
      const connects = values.connect ?? [];
      if (binds.length + connects.length === 0)
        throw new UsageError("give at least one --bind or --connect ENDPOINT", type);
      const codec = codecName(type, values.codec);
      const count = integer(type, "count", values.count);
      const rate = positive(type, "rate", values.rate);
      const timeout = integer(type, "timeout", values.timeout, 1);
      const delay = integer(type, "delay", values.delay) ?? 0;
      const linger = integer(type, "linger", values.linger, -1);
      const data = values.data ?? [];
      if (type === "rep" && !values.echo && values.reply === undefined)
        throw new UsageError("rep needs --echo or --reply TEXT", type);
      if (values.echo && type !== "rep") throw new UsageError("--echo is for rep", type);
      if (values.reply !== undefined && type !== "rep") throw new UsageError("--reply is for rep", type);
      if (data.length > 0 && !spec.sends)
        throw new UsageError(`${type} does not send: --data is for sending sockets`, type);
      if (values.topic !== undefined && type !== "pub" && type !== "sub")
        throw new UsageError("--topic is for pub and sub", type);
      if (values.subscribe !== undefined && type !== "sub") throw new UsageError("--subscribe is for sub", type);
      if (values.identity !== undefined && !["req", "dealer", "router"].includes(type))
        throw new UsageError("--identity is for req, dealer and router", type);
      if (values.separator === "") throw new UsageError("--separator must not be empty", type);

      const options: Record<string, unknown> = securityOptions(values, spec.cls.prototype);
      if (timeout !== undefined) {
        if (spec.receives) options.receiveTimeout = timeout;
        if (spec.sends || type === "rep") options.sendTimeout = timeout;
      }
      if (values.identity !== undefined) options.routingId = values.identity;
      if (linger !== undefined) options.linger = linger;
      let socket: Socket;
      try {
        socket = new spec.cls(options);
      } catch (error) {
        throw new CliError(describeError(error));
      }
      const run: Run = { type, spec, socket, codec, separator: values.separator, count, progress: new Progress() };
      try {
        await endpoints(socket, binds, connects);
        if (type === "sub") {
          const topics = [...(values.subscribe ?? []), ...(values.topic !== undefined ? [values.topic] : [])];
          const sub = socket as unknown as Subscriber;
          if (topics.length === 0) sub.subscribe();
          else sub.subscribe(...topics);
        }
        if (delay > 0) await sleep(delay);
        await drive(run, {
          data,
          rate,
          timeout,
          topic: type === "pub" ? values.topic : undefined,
          echo: values.echo === true,
          reply: values.reply,
        });
      } finally {
        run.progress.clear();
        socket.close();
      }
      return 0;
    },
  };
}

interface DriveOptions {
  data: string[];
  rate: number | undefined;
  timeout: number | undefined;
  topic: string | undefined;
  echo: boolean;
  reply: string | undefined;
}

async function drive(run: Run, o: DriveOptions): Promise<void> {
  const started = Date.now();
  let received = 0;
  let sent = 0;
  const show = (): void =>
    run.progress.update(() => `${rateText(received, started, "received")} · ${sent.toLocaleString("en-US")} sent`);
  const receiveLoop = async (limit: number | undefined): Promise<void> => {
    while (limit === undefined || received < limit) {
      const parts = await receiveOne(run, o.timeout);
      received++;
      await printLine(run.progress, messageText(run, parts));
      show();
    }
  };

  if (run.type === "rep") {
    const fixed = o.reply === undefined ? undefined : lineToFrames(run, o.reply, undefined);
    while (run.count === undefined || received < run.count) {
      const parts = await receiveOne(run, o.timeout);
      received++;
      await printLine(run.progress, messageText(run, parts));
      await sendOne(run, fixed ?? parts, o.timeout);
      sent++;
      show();
    }
    return;
  }
  if (run.type === "req") {
    const pacer = new Pacer(o.rate);
    for await (const line of inputLines(o.data, run.count)) {
      await pacer.next();
      await sendOne(run, lineToFrames(run, line, undefined), o.timeout);
      sent++;
      await receiveLoop(received + 1);
    }
    return;
  }
  const sendLoop = async (): Promise<void> => {
    const pacer = new Pacer(o.rate);
    const limit = run.spec.receives ? undefined : run.count;
    for await (const line of inputLines(o.data, limit)) {
      await pacer.next();
      await sendOne(run, lineToFrames(run, line, o.topic), o.timeout);
      sent++;
      show();
    }
  };
  if (!run.spec.receives) return sendLoop();
  if (!run.spec.sends) return receiveLoop(run.count);
  // Both ways (dealer, router, pair, xpub, xsub): send all input, and receive until --count or --timeout.
  const receiving = receiveLoop(run.count);
  const sending = sendLoop();
  await Promise.race([receiving, sending.then(() => receiving)]);
}

export const socketCommands: Command[] = Object.entries(TYPES).map(([type, spec]) => makeCommand(type, spec));
