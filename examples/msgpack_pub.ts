/**
 * msgpack publisher (the seed's `pub.send(msgpack.packb([1, 2, 3]))`): publishes the packed list once per 10 ms tick,
 * for at most 30 s, so a subscriber that joins late still gets one.
 *   npx tsx examples/msgpack_pub.ts [endpoint]         (default tcp://127.0.0.1:5571, or $ZMQ_ENDPOINT)
 */
import { msgpack } from "../src/codecs/index.js";
import { Publisher } from "../src/index.js";

const publisher = new Publisher();
await publisher.bind(process.argv[2] ?? process.env.ZMQ_ENDPOINT ?? "tcp://127.0.0.1:5571");
console.log(`bound ${publisher.lastEndpoint}`);

const packed = msgpack.encode([1, 2, 3]);
for (let tick = 0; tick < 3000; tick++) {
  await publisher.send(packed);
  await new Promise((resolve) => setTimeout(resolve, 10));
}
publisher.close();
