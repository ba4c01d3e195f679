/**
 * Memory per stalled handshake: a ROUTER accepts N connections from a child process that each send 11 greeting bytes
 * and then nothing; prints the growth per connection of RSS, JS heap and external memory, and the open fds. `net`
 * measures a plain node:net server with the same clients (the floor any Node library pays).
 *
 * Runs as compiled JS against the built dist/, as users run purezmq (no TypeScript loader: tsx's keepNames wrapper
 * alone added ~1 KiB per connection, and ~7 KiB when purezmq itself came from src/ through it):
 *
 *   npm run build && npm run bench:build
 *   node --expose-gc bench/out/build/memory/stalled-handshakes.mjs purezmq 2000
 *   node --expose-gc bench/out/build/memory/stalled-handshakes.mjs zeromq 2000
 *   node --expose-gc bench/out/build/memory/stalled-handshakes.mjs net 2000
 *
 * SNAP=1 writes heap snapshots before and after to /tmp for a per-constructor diff. ZMQ_ENTRY loads purezmq from
 * another module specifier (default: the package itself, i.e. dist/index.js).
 */
import net from "node:net";
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { PUREZMQ } from "../lib/impl.js";
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
  const entry = mode === "zeromq" ? "zeromq" : (process.env.ZMQ_ENTRY ?? PUREZMQ);
  const zmq = await import(entry as string);
  const sock = new zmq.Router({ linger: 0, backlog: 1024 });
  await sock.bind("tcp://127.0.0.1:0");
  port = Number(new URL(sock.lastEndpoint).port);
  close = () => sock.close();
  sock.events.on?.("accept", () => accepted++);
}
const fds = () => readdirSync("/proc/self/fd").length;
const before = await settle();
const fdsBefore = fds();
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
// every client is connected; wait until this side has accepted them all (or 10 s: reported below)
for (let waited = 0; accepted < N && waited < 10_000; waited += 50) await sleep(50);
await sleep(200);
const after = await settle();
if (process.env.SNAP) v8.writeHeapSnapshot("/tmp/stalled-after.heapsnapshot");
const per = (k: keyof NodeJS.MemoryUsage) => ((after[k] - before[k]) / N).toFixed(0);
console.log(
  `${mode} N=${N} accepted=${accepted} per connection: rss ${per("rss")} heapUsed ${per("heapUsed")} external ${per("external")} arrayBuffers ${per("arrayBuffers")}; fds ${fdsBefore}→${fds()}`,
);
child.kill();
close();
process.exit(0);
