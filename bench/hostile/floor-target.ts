/**
 * The floor under any pure-JavaScript server on Node: a bare node:net server that writes the 11 bytes a ZMTP greeting
 * starts with to each connection, the other 53 once the peer has sent something, and keeps every byte it reads, as
 * whole reads, until the connection closes (shared listener functions, nothing allocated per connection that Node
 * does not allocate). No ZMTP, no library. Speaks the harness's IPC protocol (test/hostile/target.ts) so
 * bench/hostile can measure it the same way: what a row costs here is what Node itself costs for it, below which no
 * library on Node's public net API can go.
 *
 * FLOOR_DISCARD=1 drops every read instead of holding it: the cost of Node's read path alone.
 */
import { createServer, type Socket } from "node:net";
import { memoryStats } from "../../test/hostile/memory-stats.js";

const GREETING_HEAD = Buffer.from([0xff, 0, 0, 0, 0, 0, 0, 0, 1, 0x7f, 3]);
const GREETING_TAIL = Buffer.alloc(53);
const READS = Symbol("reads");
const discard = process.env.FLOOR_DISCARD === "1";
type Holding = Socket & { [READS]?: Buffer[] };

/** The first bytes in are the peer's greeting: the rest of ours follows, as a ZMTP server's does. */
function hold(this: Holding, chunk: Buffer): void {
  if (this[READS] === undefined) {
    this[READS] = [];
    this.write(GREETING_TAIL);
  }
  if (!discard) this[READS].push(chunk);
}

function ignore(): void {}

// Loaded and unused, so the floor's heap starts where purezmq's does: a fresh process with less heap to grow into
// pays more RSS for the same objects, and would overstate the floor.
await import("purezmq");

const server = createServer((socket: Socket) => {
  socket.on("data", hold);
  socket.on("error", ignore);
  socket.write(GREETING_HEAD);
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.send!({ op: "ready", port: typeof address === "object" && address !== null ? address.port : 0 });
});

process.on("message", (message: { op: string }) => {
  if (message.op !== "stats") return;
  process.send!({ op: "stats", ...memoryStats(), goodReceived: 0, events: {}, reasons: [] });
});
process.on("disconnect", () => process.exit(0));
