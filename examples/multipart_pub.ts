/**
 * Multipart publisher (the seed's PUB): publishes [topic, payload] pairs, topic "sensor", once per tick.
 *   npx tsx examples/multipart_pub.ts [endpoint]       (default tcp://127.0.0.1:5558, or $ZMQ_ENDPOINT)
 */
import { Publisher } from "../src/index.js";

const publisher = new Publisher();
await publisher.bind(process.argv[2] ?? process.env.ZMQ_ENDPOINT ?? "tcp://127.0.0.1:5558");
console.log(`bound ${publisher.lastEndpoint}`);

for (let seq = 0; ; seq++) {
  await publisher.send(["other", `ignored ${seq}`]);
  await publisher.send(["sensor", JSON.stringify({ seq, temperature: 21.5 })]);
  await new Promise((resolve) => setTimeout(resolve, 5));
}
