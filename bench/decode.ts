/**
 * Decoder throughput: ZMTP frames of 1 B and 1 KiB fed in 64 KiB chunks (what a net.Socket delivers).
 * A benchmark, not a test: `npm run bench:build && node bench/out/build/decode.mjs` (compiled, not under tsx).
 */
import { FRAME, FrameDecoder } from "../src/zmtp/decoder.js";
import { FrameWriter } from "../src/zmtp/encoder.js";

const CHUNK = 64 * 1024;

function wireFor(bodySize: number, frames: number): Buffer[] {
  const writer = new FrameWriter();
  const body = Buffer.alloc(bodySize, 0x61);
  for (let i = 0; i < frames; i++) writer.frame(0, body);
  const wire = Buffer.concat(writer.take());
  const chunks: Buffer[] = [];
  for (let at = 0; at < wire.length; at += CHUNK) chunks.push(wire.subarray(at, at + CHUNK));
  return chunks;
}

function run(label: string, bodySize: number, frames: number, rounds: number): void {
  const chunks = wireFor(bodySize, frames);
  let sink = 0;
  const once = (): number => {
    const decoder = new FrameDecoder(-1);
    let count = 0;
    for (const chunk of chunks) {
      decoder.push(chunk);
      while (decoder.next() === FRAME) {
        sink += decoder.body.length;
        count++;
      }
    }
    return count;
  };
  once(); // warm up
  const start = process.hrtime.bigint();
  let total = 0;
  for (let r = 0; r < rounds; r++) total += once();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const payloadMB = (total * bodySize) / 1e6;
  console.log(
    `${label.padEnd(14)} ${(total / seconds / 1e6).toFixed(2).padStart(6)} M frames/s  ` +
      `${(payloadMB / seconds).toFixed(0).padStart(6)} MB/s payload  (${total} frames in ${seconds.toFixed(2)} s, sink ${sink % 7})`,
  );
}

run("1 B frames", 1, 1_000_000, 5);
run("1 KiB frames", 1024, 200_000, 5);
