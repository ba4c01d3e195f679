/**
 * Weather update client (the seed's SUB): takes 5 updates for zipcode 10001 and prints their sum.
 *   npx tsx examples/weather_client.ts [endpoint]      (default tcp://127.0.0.1:5556, or $ZMQ_ENDPOINT)
 */
import { Subscriber } from "../src/index.js";

const subscriber = new Subscriber();
subscriber.connect(process.argv[2] ?? process.env.ZMQ_ENDPOINT ?? "tcp://127.0.0.1:5556");
subscriber.subscribe("10001");

let sum = 0;
for (let update = 0; update < 5; update++) {
  const [message] = await subscriber.receive();
  const [zipcode, temperature] = message!.toString().split(" ");
  console.log(`update ${zipcode} ${temperature}`);
  sum += Number(temperature);
}
console.log(`sum ${sum}`);
subscriber.close();
