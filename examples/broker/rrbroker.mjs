// Request-reply broker (zguide "rrbroker") written against the native zeromq.js v6 API, unchanged for purezmq.
// A ROUTER front end for clients and a DEALER back end for workers, with a REQ client and a REP worker in the
// same process. Prints one line per reply and exits 0.
import * as zmq from "zeromq";

const REQUESTS = Number(process.argv[2] ?? 5);

async function forward(from, to) {
  for await (const frames of from) await to.send(frames);
}

async function worker(address) {
  const rep = new zmq.Reply({ linger: 0 });
  rep.connect(address);
  for await (const [request] of rep) {
    await rep.send(`World (for ${request.toString()})`);
  }
}

async function client(address) {
  const req = new zmq.Request({ linger: 0 });
  req.connect(address);
  for (let i = 1; i <= REQUESTS; i++) {
    await req.send(`Hello ${i}`);
    const [reply] = await req.receive();
    console.log(`reply ${i}: ${reply.toString()}`);
  }
  req.close();
}

const frontend = new zmq.Router({ linger: 0 });
const backend = new zmq.Dealer({ linger: 0 });
await frontend.bind("tcp://127.0.0.1:*");
await backend.bind("tcp://127.0.0.1:*");

const brokering = Promise.all([forward(frontend, backend), forward(backend, frontend)]);
void worker(backend.lastEndpoint); // runs until process.exit below
await client(frontend.lastEndpoint);

frontend.close();
backend.close();
await brokering;
console.log("done");
process.exit(0); // the worker's socket is still open; stop here as the zguide example's Ctrl-C would
