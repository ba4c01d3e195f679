/**
 * protobuf subscriber: receives one camera_prop message (examples/proto/camera.proto) sent as Python's
 * `SerializeToString()` bytes, decodes it with the protobuf codec and prints its fields.
 *   npx tsx examples/protobuf_sub.ts [endpoint]        (default tcp://127.0.0.1:5572, or $ZMQ_ENDPOINT)
 */
import { fileURLToPath } from "node:url";
import protobufjs from "protobufjs";
import { protobuf, receiveWith } from "../src/codecs/index.js";
import { Subscriber } from "../src/index.js";

interface ICameraProp {
  name: string;
  width: number;
  height: number;
}

const CameraProp = protobufjs
  .loadSync(fileURLToPath(new URL("proto/camera.proto", import.meta.url)))
  .lookupType("camera_prop");
const camera = protobuf<ICameraProp>(CameraProp);

const subscriber = new Subscriber();
subscriber.connect(process.argv[2] ?? process.env.ZMQ_ENDPOINT ?? "tcp://127.0.0.1:5572");
subscriber.subscribe();

const { name, width, height } = await receiveWith(subscriber, camera);
console.log(`camera_prop name=${name} width=${width} height=${height}`);
subscriber.close();
