/**
 * pyobj subscriber (the seed's `sub.recv_pyobj()`): receives one pickled message and prints the value it holds.
 *   npx tsx examples/pyobj_sub.ts [endpoint]           (default tcp://127.0.0.1:5570, or $ZMQ_ENDPOINT)
 */
import { inspect } from "node:util";
import { receivePyobj } from "../src/codecs/index.js";
import { Subscriber } from "../src/index.js";

const subscriber = new Subscriber();
subscriber.connect(process.argv[2] ?? process.env.ZMQ_ENDPOINT ?? "tcp://127.0.0.1:5570");
subscriber.subscribe();

const value = await receivePyobj(subscriber);
console.log(`received ${inspect(value)}`);
subscriber.close();
