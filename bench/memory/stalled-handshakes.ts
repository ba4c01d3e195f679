/**
 * Memory per stalled handshake: a ROUTER accepts N connections from a child process that each send 11 greeting bytes
 * and then nothing; prints the growth per connection of RSS, JS heap and external memory. `net` measures a plain
 * node:net server with the same clients (the floor any Node library pays). SNAP=1 writes heap snapshots before and
 * after to /tmp for a per-constructor diff.
 *
 *   npm run build && node --expose-gc --import tsx bench/memory/stalled-handshakes.ts purezmq 2000
 *   node --expose-gc --import tsx bench/memory/stalled-handshakes.ts net 2000
 *
 * `zeromq` measures zeromq.js (libzmq) the same way. ZMQ_ENTRY picks another build (default dist/index.js; src/index.ts runs through tsx, whose keepNames wrapper gives
 * every arrow-function field its own property dictionary, ~7 KiB more per connection than the published build).
 */
import net from "node:net";
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
const N = Number(process.argv[3] ?? 2000);
const mode = process.argv[2] ?? "purezmq";
const gc = (globalThis as any).gc as () => void;
async function settle() {
  for (let i = 0; i < 3; i++) {
    gc();
    await sleep(100);
  }
  return process.memoryUsage();
}
let port: number;
let close: () => void;
let accepted = 0;
if (mode === "net") {
  const srv = net.createServer((s) => {
    accepted++;
    s.on("data", () => {});
  });
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  port = (srv.address() as net.AddressInfo).port;
  close = () => srv.close();
} else {
  const entry =
    mode === "zeromq" ? "zeromq" : (process.env.ZMQ_ENTRY ?? new URL("../../dist/index.js", import.meta.url).href);
  const zmq = await import(entry as string);
  const sock = new zmq.Router({ linger: 0, backlog: 1024 });
  await sock.bind("tcp://127.0.0.1:0");
  port = Number(new URL(sock.lastEndpoint).port);
  close = () => sock.close();
  sock.events.on?.("accept", () => accepted++);
}
const before = await settle();
const v8 = await import("node:v8");
if (process.env.SNAP) v8.writeHeapSnapshot("/tmp/stalled-before.heapsnapshot");
const child = spawn(
  process.execPath,
  [
    "-e",
    `
const net=require("net");const s=[];let c=0;
function one(){const x=net.connect(${port},"127.0.0.1",()=>{x.write(Buffer.from([0xff,0,0,0,0,0,0,0,1,0x7f,3]));if(++c===${N})console.log("ok")});x.on("error",()=>{});s.push(x)}
(async()=>{for(let i=0;i<${N};i++){one();if(i%200===199)await new Promise(r=>setTimeout(r,20))}})();
setInterval(()=>{},1000)`,
  ],
  { stdio: ["ignore", "pipe", "inherit"] },
);
await new Promise<void>((r) => child.stdout!.once("data", () => r()));
await sleep(500);
const after = await settle();
if (process.env.SNAP) v8.writeHeapSnapshot("/tmp/stalled-after.heapsnapshot");
const per = (k: keyof NodeJS.MemoryUsage) => ((after[k] - before[k]) / N).toFixed(0);
console.log(
  `${mode} N=${N} accepted=${accepted} per connection: rss ${per("rss")} heapUsed ${per("heapUsed")} external ${per("external")} arrayBuffers ${per("arrayBuffers")}`,
);
child.kill();
close();
process.exit(0);
