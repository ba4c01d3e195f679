/**
 * CURVE cipher cost in one process: `npm run bench:build && node bench/out/build/cipher.mjs [--ms=400]`.
 * Seals and opens CurveZMQ MESSAGE boxes through `CurveCodec` (encode → decode, the whole per-frame path) and,
 * separately, through the bare in-place stream cipher, at 1 B, 1 KiB and 64 KiB; prints CPU microseconds per
 * operation (process.cpuUsage, so other load on the machine matters less than for wall-clock rates) and MB/s.
 * Also times one full CURVE key agreement (`precompute`) as the handshake does it.
 */
import "#x25519";
import { CurveCodec } from "../src/zmtp/curve-codec.js";
import { BoxStream, alignedBuffer, generateKeyPair, precompute } from "../src/zmtp/curve-crypto.js";

const ms = Number(process.argv.find((a) => a.startsWith("--ms="))?.slice(5) ?? 200);
const sizes = [1, 1024, 65536];

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** CPU µs per call of `run`: the least of three timings after a warm-up (other load only ever adds). */
function cost(run: () => void): number {
  return Math.min(once(run), once(run), once(run));
}

function once(run: () => void): number {
  const warmEnd = performance.now() + ms / 4;
  while (performance.now() < warmEnd) run();
  let count = 0;
  const start = cpuMicros();
  const wallEnd = performance.now() + ms;
  while (performance.now() < wallEnd) {
    for (let i = 0; i < 16; i++) run();
    count += 16;
  }
  return (cpuMicros() - start) / count;
}

const key = new Uint8Array(32).fill(7);
const a = new CurveCodec(key, false, 2, 1);
const b = new CurveCodec(key, true, 1, 2);
const stream = new BoxStream(key, new Uint8Array(16));
const tail = new Uint8Array(8);
let sink = 0;

console.log("size     codec enc+dec µs   MB/s   | seal µs  open µs (text aligned, unaligned)");
for (const size of sizes) {
  const body = Buffer.alloc(size, 0x5a);
  const codec = cost(() => {
    const wire = a.encode(0, body).body;
    const out = b.decode(0, wire);
    if (out instanceof Error) throw out;
    sink += out.body.length;
  });
  const box = alignedBuffer(16 + size);
  const seal = cost(() => stream.sealInPlace(tail, 0, box, 0, box.length));
  stream.sealInPlace(tail, 0, box, 0, box.length);
  // Open in place a fresh copy of the sealed box each time (the copy is included), text 4-byte aligned and not.
  const sealed = Buffer.from(box);
  const inPlace = (skew: number): number => {
    const work = Buffer.alloc(skew + box.length + 4).subarray(skew);
    return cost(() => {
      sealed.copy(work);
      if (!stream.openInPlace(tail, 0, work, 0, box.length)) throw new Error("open failed");
    });
  };
  const aligned = inPlace(0);
  const unaligned = inPlace(1);
  const mbs = (size / codec).toFixed(1);
  console.log(
    `${String(size).padEnd(8)} ${codec.toFixed(2).padStart(10)}        ${mbs.padStart(6)} | ${seal.toFixed(2).padStart(8)} ${aligned.toFixed(2).padStart(8)} ${unaligned.toFixed(2).padStart(8)}`,
  );
}
const one = generateKeyPair();
const two = generateKeyPair();
console.log(
  `precompute (X25519 + HSalsa20): ${cost(() => void precompute(one.secretKey, two.publicKey)).toFixed(2)} µs`,
);
console.log(`generateKeyPair: ${cost(() => void generateKeyPair()).toFixed(2)} µs`);
if (sink < 0) console.log(sink);
