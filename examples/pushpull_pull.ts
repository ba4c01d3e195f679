/**
 * Pipeline sink (the seed's PULL): binds, collects 100 tasks and reports how many arrived in order.
 *   npx tsx examples/pushpull_pull.ts [endpoint]       (default tcp://127.0.0.1:5557, or $ZMQ_ENDPOINT)
 */
import { Pull } from "../src/index.js";

const pull = new Pull();
await pull.bind(process.argv[2] ?? process.env.ZMQ_ENDPOINT ?? "tcp://127.0.0.1:5557");
console.log(`bound ${pull.lastEndpoint}`);

let inOrder = 0;
for (let i = 0; i < 100; i++) {
  const [task] = await pull.receive();
  if (task!.toString() === `task ${i}`) inOrder++;
}
console.log(`received 100 tasks, ${inOrder} in order`);
pull.close();
