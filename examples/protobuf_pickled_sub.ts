/**
 * Pickled protobuf subscriber: receives one camera_prop message that Python sent with `send_pyobj(message)`. The
 * pickle decodes to an inert PyObject (no Python class is run); protobufBytes() takes the message's serialized bytes
 * out of it, and protobufjs decodes them with examples/proto/camera.proto.
 *   npx tsx examples/protobuf_pickled_sub.ts [endpoint] (default tcp://127.0.0.1:5572, or $ZMQ_ENDPOINT)
 */
import { fileURLToPath } from "node:url";
import protobufjs from "protobufjs";
import { protobufBytes, receivePyobj } from "../src/codecs/index.js";
import { Subscriber } from "../src/index.js";

const CameraProp = protobufjs
  .loadSync(fileURLToPath(new URL("proto/camera.proto", import.meta.url)))
  .lookupType("camera_prop");

const subscriber = new Subscriber();
subscriber.connect(process.argv[2] ?? process.env.ZMQ_ENDPOINT ?? "tcp://127.0.0.1:5572");
subscriber.subscribe();

const pickled = await receivePyobj(subscriber);
const serialized = protobufBytes(pickled);
if (serialized === undefined) throw new Error("the message is not a pickled protobuf message");
const { name, width, height } = CameraProp.toObject(CameraProp.decode(serialized), { defaults: true });
console.log(`camera_prop name=${name} width=${width} height=${height}`);
subscriber.close();
