/**
 * Hello World server (the seed's REP): answers "Hello <n>" with "World <n>".
 *   npx tsx examples/reqrep_server.ts [endpoint]       (default tcp://127.0.0.1:5555, or $ZMQ_ENDPOINT)
 */
import { Reply } from "../src/index.js";

const reply = new Reply();
await reply.bind(process.argv[2] ?? process.env.ZMQ_ENDPOINT ?? "tcp://127.0.0.1:5555");
console.log(`bound ${reply.lastEndpoint}`);

for await (const [request] of reply) {
  await reply.send(`World ${request!.toString().split(" ")[1]}`);
}
