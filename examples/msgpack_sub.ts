/**
 * msgpack subscriber (the seed's `msgpack.unpackb(sub.recv(), raw=False)`): receives one message and prints it.
 *   npx tsx examples/msgpack_sub.ts [endpoint]         (default tcp://127.0.0.1:5571, or $ZMQ_ENDPOINT)
 */
import { inspect } from "node:util";
import { msgpack, receiveWith } from "../src/codecs/index.js";
import { Subscriber } from "../src/index.js";

const subscriber = new Subscriber();
subscriber.connect(process.argv[2] ?? process.env.ZMQ_ENDPOINT ?? "tcp://127.0.0.1:5571");
subscriber.subscribe();

const value = await receiveWith(subscriber, msgpack);
console.log(`received ${inspect(value)}`);
subscriber.close();
