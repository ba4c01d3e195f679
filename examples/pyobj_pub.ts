/**
 * pyobj publisher (the seed's `pub.send_pyobj([1, 2, 3])`): publishes the pickled list once per 10 ms tick, for at
 * most 30 s, so a subscriber that joins late still gets one.
 *   npx tsx examples/pyobj_pub.ts [endpoint]           (default tcp://127.0.0.1:5570, or $ZMQ_ENDPOINT)
 */
import { sendPyobj } from "../src/codecs/index.js";
import { Publisher } from "../src/index.js";

const publisher = new Publisher();
await publisher.bind(process.argv[2] ?? process.env.ZMQ_ENDPOINT ?? "tcp://127.0.0.1:5570");
console.log(`bound ${publisher.lastEndpoint}`);

for (let tick = 0; tick < 3000; tick++) {
  await sendPyobj(publisher, [1, 2, 3]);
  await new Promise((resolve) => setTimeout(resolve, 10));
}
publisher.close();
