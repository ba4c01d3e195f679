import { fileURLToPath } from "node:url";
import { afterEach, expect, it } from "vitest";
import { startChild, startTs, type ChildPeer } from "../helpers/child.js";
import { describeInterop, PYTHON } from "../helpers/python.js";

/**
 * The seed's codec programs: each purezmq example (examples/pyobj_*, msgpack_*, protobuf_*) runs as its own process
 * against its pyzmq original (interop/peers/seed_codec_*.py). The publisher binds port *, prints "bound <endpoint>"
 * and repeats its message once per tick (slow joiner); the subscriber connects, prints what it decoded and exits.
 */

const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}.ts`, import.meta.url));
const original = (name: string) => fileURLToPath(new URL(`../peers/seed_codec_${name}.py`, import.meta.url));

const children: ChildPeer[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill();
});

interface Side {
  lang: "ts" | "py";
  /** examples/<program>.ts or interop/peers/seed_codec_<program>.py */
  program: string;
  args?: string[];
}

interface Case {
  what: string;
  publisher: Side;
  subscriber: Side;
  /** The subscriber's whole output. */
  prints: string;
}

function start(side: Side, endpointArgs: string[]): ChildPeer {
  const args = [...endpointArgs, ...(side.args ?? [])];
  const child =
    side.lang === "ts"
      ? startTs(example(side.program), args)
      : startChild(PYTHON, ["-u", original(side.program), ...args]);
  children.push(child);
  return child;
}

async function run(c: Case): Promise<void> {
  const publisher = start(c.publisher, ["tcp://127.0.0.1:*"]);
  const bound = await publisher.nextLine(15_000);
  expect(bound).toMatch(/^bound tcp:\/\/127\.0\.0\.1:\d+$/);
  const subscriber = start(c.subscriber, [bound.slice("bound ".length)]);
  const { code, lines, stderr } = await subscriber.finished(15_000);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  expect(lines).toEqual([c.prints]);
}

// A Python list prints as "[1, 2, 3]"; util.inspect prints a JS Array as "[ 1, 2, 3 ]" (a PyTuple would print as
// "PyTuple(3) [ 1, 2, 3 ]"), so both outputs also say the value arrived as a list.
const PYOBJ: Case[] = [
  {
    what: "send_pyobj([1, 2, 3]) to receivePyobj",
    publisher: { lang: "py", program: "pyobj_pub" },
    subscriber: { lang: "ts", program: "pyobj_sub" },
    prints: "received [ 1, 2, 3 ]",
  },
  {
    what: "sendPyobj([1, 2, 3]) to recv_pyobj",
    publisher: { lang: "ts", program: "pyobj_pub" },
    subscriber: { lang: "py", program: "pyobj_sub" },
    prints: "received [1, 2, 3]",
  },
];

const MSGPACK: Case[] = [
  {
    what: "msgpack.packb([1, 2, 3]) to msgpack.decode",
    publisher: { lang: "py", program: "msgpack_pub" },
    subscriber: { lang: "ts", program: "msgpack_sub" },
    prints: "received [ 1, 2, 3 ]",
  },
  {
    what: "msgpack.encode([1, 2, 3]) to msgpack.unpackb(raw=False)",
    publisher: { lang: "ts", program: "msgpack_pub" },
    subscriber: { lang: "py", program: "msgpack_sub" },
    prints: "received [1, 2, 3]",
  },
];

const PROTOBUF: Case[] = [
  {
    what: "SerializeToString() to the protobuf codec",
    publisher: { lang: "py", program: "protobuf_pub" },
    subscriber: { lang: "ts", program: "protobuf_sub" },
    prints: "camera_prop name=cam width=640 height=480",
  },
  {
    what: "send_pyobj(camera_prop) to receivePyobj + protobufBytes + protobufjs",
    publisher: { lang: "py", program: "protobuf_pub", args: ["--pickled"] },
    subscriber: { lang: "ts", program: "protobuf_pickled_sub" },
    prints: "camera_prop name=cam width=640 height=480",
  },
  {
    what: "sendPyobj(pickledProtobuf(camera_prop)) to recv_pyobj",
    publisher: { lang: "ts", program: "protobuf_pub", args: ["--pickled"] },
    subscriber: { lang: "py", program: "protobuf_sub", args: ["--pickled"] },
    prints: "camera_prop name=front width=1920 height=1080",
  },
  {
    what: "the protobuf codec to ParseFromString()",
    publisher: { lang: "ts", program: "protobuf_pub" },
    subscriber: { lang: "py", program: "protobuf_sub" },
    prints: "camera_prop name=front width=1920 height=1080",
  },
];

const SUITES: Array<[string, string[], Case[]]> = [
  ["pyobj", ["zmq"], PYOBJ],
  ["msgpack", ["zmq", "msgpack"], MSGPACK],
  ["protobuf", ["zmq", "google.protobuf"], PROTOBUF],
];

for (const [codec, modules, cases] of SUITES) {
  describeInterop(`interop: the seed's ${codec} programs against their pyzmq originals`, modules, () => {
    for (const c of cases) {
      const { publisher: pub, subscriber: sub } = c;
      it(`${c.what}: ${pub.program} (${pub.lang}) to ${sub.program} (${sub.lang})`, () => run(c), 30_000);
    }
  });
}
