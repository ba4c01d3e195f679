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
const options = { linger: 0, receiveHighWaterMark: 100, sendHighWaterMark: 100 };
if (mechanism === "curve") {
  options.curveServer = true;
  options.curveSecretKey = "JTKVSB%%)wK0E.X)V>+}o?pNmC{O&4W4b!Ni{Lh6";
}
const socket = new classes[name](options);
if (name === "SUB") socket.subscribe();
await socket.bind(endpoint);
console.log("ready", endpoint);

const answers = ["REP", "ROUTER", "DEALER", "PAIR", "XPUB"].includes(name);
if (["PUB", "XPUB", "PUSH"].includes(name)) {
  setInterval(() => {
    if (name === "PUSH" ? true : socket.writable !== false) socket.send(["tick", String(Date.now())]).catch(() => {});
  }, 10);
}
if (!["PUB", "PUSH"].includes(name)) {
  for (;;) {
    try {
      const parts = await socket.receive();
      if (answers) await socket.send(parts);
    } catch {
      // EAGAIN-like states (REP without a request, a vanished peer): keep serving
    }
  }
}
