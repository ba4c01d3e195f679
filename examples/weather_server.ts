/**
 * Weather update server (the seed's PUB): publishes "<zipcode> <temperature>" for zipcodes 9999..10004, one per tick.
 *   npx tsx examples/weather_server.ts [endpoint]      (default tcp://127.0.0.1:5556, or $ZMQ_ENDPOINT)
 */
import { Publisher } from "../src/index.js";

const publisher = new Publisher();
await publisher.bind(process.argv[2] ?? process.env.ZMQ_ENDPOINT ?? "tcp://127.0.0.1:5556");
console.log(`bound ${publisher.lastEndpoint}`);

for (;;) {
  const zipcode = 9999 + Math.floor(Math.random() * 6);
  const temperature = Math.floor(Math.random() * 100);
  await publisher.send(`${zipcode} ${temperature}`);
  await new Promise((resolve) => setTimeout(resolve, 1));
}
