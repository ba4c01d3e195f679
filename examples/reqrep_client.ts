/**
 * Hello World client (the seed's REQ): 100 requests in lockstep, checking each reply.
 *   npx tsx examples/reqrep_client.ts [endpoint]       (default tcp://127.0.0.1:5555, or $ZMQ_ENDPOINT)
 */
import { Request } from "../src/index.js";

const request = new Request();
request.connect(process.argv[2] ?? process.env.ZMQ_ENDPOINT ?? "tcp://127.0.0.1:5555");

let matched = 0;
let last = "";
for (let i = 0; i < 100; i++) {
  await request.send(`Hello ${i}`);
  last = (await request.receive())[0]!.toString();
  if (last === `World ${i}`) matched++;
}
console.log(`replies ${matched}/100 last "${last}"`);
request.close();
