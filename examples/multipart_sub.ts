/**
 * Multipart subscriber (the seed's SUB): receives 5 [topic, payload] pairs on topic "sensor" and prints them.
 *   npx tsx examples/multipart_sub.ts [endpoint]       (default tcp://127.0.0.1:5558, or $ZMQ_ENDPOINT)
 */
import { Subscriber } from "../src/index.js";

const subscriber = new Subscriber();
subscriber.connect(process.argv[2] ?? process.env.ZMQ_ENDPOINT ?? "tcp://127.0.0.1:5558");
subscriber.subscribe("sensor");

for (let i = 0; i < 5; i++) {
  const message = await subscriber.receive();
  const [topic, payload] = message;
  console.log(`parts ${message.length} ${topic!.toString()} ${payload!.toString()}`);
}
console.log("received 5 multipart messages");
subscriber.close();
