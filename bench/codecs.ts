/**
 * Payload codec throughput: `npm run bench:build && node bench/out/build/codecs.mjs [--ms=300]` (compiled: tsx's
 * transform would add its own per-closure cost to the numbers).
 * Decodes (and encodes) typical small payloads in a tight loop and prints operations per second per codec. The
 * pickles are the bytes CPython 3.11's `pickle.dumps(value, 5)` writes (what pyzmq's send_pyobj sends).
 */
import { join } from "node:path";
import protobufjs from "protobufjs";
import { json, msgpack, protobuf, pyobj, string, type Codec } from "../src/codecs/index.js";
import { ROOT } from "./lib/paths.js";

const ms = Number(process.argv.find((a) => a.startsWith("--ms="))?.slice(5) ?? 300);

const smallDict = { name: "cam", width: 640, height: 480, tags: ["a", "b"], ok: true };
const PY_SMALL_DICT = Buffer.from(
  "80059542000000000000007d94288c046e616d65948c0363616d948c057769647468944d80028c06686569676874944de0018c0474616773945d94288c0161948c016294658c026f6b9488752e",
  "hex",
);
const PY_LIST_123 = Buffer.from("8005950b000000000000005d94284b014b024b03652e", "hex");

const protoPath = join(ROOT, "examples", "proto", "camera.proto");
const CameraProp = protobufjs.loadSync(protoPath).lookupType("camera_prop");
const camera = protobuf(CameraProp);

interface Case {
  name: string;
  codec: Codec<unknown>;
  frame: Buffer;
  value: unknown;
}

const cases: Case[] = [
  {
    name: "string  'hello world'",
    codec: string as Codec<unknown>,
    frame: string.encode("hello world"),
    value: "hello world",
  },
  { name: "json    small dict", codec: json, frame: json.encode(smallDict), value: smallDict },
  { name: "json    [1,2,3]", codec: json, frame: json.encode([1, 2, 3]), value: [1, 2, 3] },
  { name: "msgpack small dict", codec: msgpack, frame: msgpack.encode(smallDict), value: smallDict },
  { name: "msgpack [1,2,3]", codec: msgpack, frame: msgpack.encode([1, 2, 3]), value: [1, 2, 3] },
  {
    name: "protobuf camera_prop",
    codec: camera as Codec<unknown>,
    frame: camera.encode(CameraProp.create({ name: "cam", width: 640, height: 480 })),
    value: CameraProp.create({ name: "cam", width: 640, height: 480 }),
  },
  { name: "pyobj   small dict (CPython p5)", codec: pyobj, frame: PY_SMALL_DICT, value: smallDict },
  { name: "pyobj   [1,2,3] (CPython p5)", codec: pyobj, frame: PY_LIST_123, value: [1, 2, 3] },
];

let sink = 0;

function rate(run: () => unknown): number {
  for (let i = 0; i < 20_000; i++) run(); // warm up
  let count = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 1000; i++) if (run() !== undefined) sink++;
    count += 1000;
    elapsed = performance.now() - started;
  }
  return (count / elapsed) * 1000;
}

const fmt = (opsPerSecond: number): string =>
  `${(opsPerSecond / 1e6).toFixed(2)} M/s (${(1e9 / opsPerSecond).toFixed(0)} ns)`;

console.log(`node ${process.version}, ${ms} ms per measurement`);
console.log(`${"payload".padEnd(34)}${"bytes".padStart(6)}   ${"decode".padEnd(22)}encode`);
for (const c of cases) {
  const decode = rate(() => c.codec.decode(c.frame));
  const encode = rate(() => c.codec.encode(c.value));
  console.log(`${c.name.padEnd(34)}${String(c.frame.length).padStart(6)}   ${fmt(decode).padEnd(22)}${fmt(encode)}`);
}
if (sink < 0) console.log(sink);
