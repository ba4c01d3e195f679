// A purezmq server for `purezmq fuzz`: binds TYPE at ENDPOINT and keeps serving (the counterpart of pyzmq_target.py).
// usage: node scripts/fuzz/purezmq_target.mjs TYPE ENDPOINT [null|curve]   (needs `npm run build`)
// curve: CURVE server with the published test key pair of pyzmq_target.py. Readable sockets drain and (REP, ROUTER,
// DEALER, PAIR, XPUB) answer what they receive; PUB, XPUB and PUSH send a message every 10 ms.
import * as zmq from "../../dist/index.js";

const [type, endpoint, mechanism = "null"] = process.argv.slice(2);
const classes = {
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
const name = type.toUpperCase();
const cls = classes[name];
const options = { linger: 0 };
// Only the options this type has (PUB has no receive side, like zeromq.js).
for (const option of ["receiveHighWaterMark", "sendHighWaterMark"]) if (option in cls.prototype) options[option] = 100;
if (mechanism === "curve") {
  options.curveServer = true;
  options.curveSecretKey = "JTKVSB%%)wK0E.X)V>+}o?pNmC{O&4W4b!Ni{Lh6";
}
const socket = new cls(options);
if (name === "SUB") socket.subscribe();
await socket.bind(endpoint);
console.log("ready", endpoint);

const answers = ["REP", "ROUTER", "DEALER", "PAIR", "XPUB"].includes(name);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
if (["PUB", "XPUB", "PUSH"].includes(name)) {
  void (async () => {
    for (;;) {
      try {
        await socket.send(["tick", String(Date.now())]);
      } catch {
        // no peer yet (PUSH waits for one) or a send in progress: try again later
      }
      await sleep(10);
    }
  })();
}
// A bound socket alone does not keep Node running (REQ has no loop below).
setInterval(() => {}, 60_000);
// REQ never receives first (it would have to send a request); PUB and PUSH cannot receive.
if (!["PUB", "PUSH", "REQ"].includes(name)) {
  for (;;) {
    try {
      const parts = await socket.receive();
      if (answers) await socket.send(parts);
    } catch {
      // a vanished peer or a busy socket: keep serving, without spinning
      await sleep(10);
    }
  }
}
