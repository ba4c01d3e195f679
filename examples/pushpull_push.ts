/**
 * Pipeline ventilator (the seed's PUSH): sends 100 tasks "task <n>" to the sink.
 *   npx tsx examples/pushpull_push.ts [endpoint]       (default tcp://127.0.0.1:5557, or $ZMQ_ENDPOINT)
 */
import { Push } from "../src/index.js";

const push = new Push();
push.connect(process.argv[2] ?? process.env.ZMQ_ENDPOINT ?? "tcp://127.0.0.1:5557");
for (let i = 0; i < 100; i++) await push.send(`task ${i}`);
console.log("sent 100 tasks");
push.close(); // default linger: queued tasks are still delivered before the process exits
