// A purezmq peer run under Bun or Deno by runtimes.test.ts, against the built package (dist), as an installed
// purezmq is. Plain JavaScript so every runtime loads it without a TypeScript step.
//   <runtime> peer.mjs rep-bind <endpoint> <count>      binds a Reply, prints "READY <endpoint>", answers count requests
//   <runtime> peer.mjs req-connect <endpoint> <count>   connects a Request, sends count requests, checks the replies
// A fourth argument switches on CURVE: the server's secret key (rep-bind) or public key (req-connect, which makes
// its own key pair with curveKeyPair()).
import { curveKeyPair, Reply, Request } from "../../dist/index.js";
import { expectedReply, request } from "./exchange.mjs";

const [role, endpoint, countText, curveKey] = process.argv.slice(2);
const count = Number(countText);

if (role === "rep-bind") {
  const reply = new Reply(curveKey === undefined ? {} : { curveServer: true, curveSecretKey: curveKey });
  await reply.bind(endpoint);
  console.log(`READY ${reply.lastEndpoint}`);
  for (let i = 0; i < count; i++) {
    const frames = await reply.receive();
    await reply.send(expectedReply(frames));
  }
  reply.close();
} else if (role === "req-connect") {
  const client = curveKeyPair();
  const curve = { curveServerKey: curveKey, curvePublicKey: client.publicKey, curveSecretKey: client.secretKey };
  const socket = new Request(curveKey === undefined ? {} : curve);
  socket.connect(endpoint);
  for (let i = 0; i < count; i++) {
    const frames = request(i);
    await socket.send(frames);
    const answer = await socket.receive();
    const want = expectedReply(frames);
    if (answer.length !== want.length || answer.some((frame, at) => !frame.equals(want[at]))) {
      console.error(`reply ${i} differs`);
      process.exit(2);
    }
  }
  socket.close();
  console.log("DONE");
} else {
  console.error(`unknown role ${role}`);
  process.exit(64);
}
