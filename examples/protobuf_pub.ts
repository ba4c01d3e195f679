/**
 * protobuf publisher: publishes a camera_prop message (examples/proto/camera.proto) as its serialized bytes, which
 * Python parses with `ParseFromString`, or with --pickled as Python's `send_pyobj(message)` would, which
 * `recv_pyobj` rebuilds; once per 10 ms tick, for at most 30 s, so a late subscriber still gets one.
 *   npx tsx examples/protobuf_pub.ts [endpoint] [--pickled]   (default tcp://127.0.0.1:5572, or $ZMQ_ENDPOINT)
 */
import { fileURLToPath } from "node:url";
import protobufjs from "protobufjs";
import { pickledProtobuf, protobuf, pyobj } from "../src/codecs/index.js";
import { Publisher } from "../src/index.js";

const CameraProp = protobufjs
  .loadSync(fileURLToPath(new URL("proto/camera.proto", import.meta.url)))
  .lookupType("camera_prop");
const camera = protobuf(CameraProp);

const publisher = new Publisher();
const args = process.argv.slice(2);
const pickled = args.includes("--pickled");
const endpoint = args.find((arg) => !arg.startsWith("--"));
await publisher.bind(endpoint ?? process.env.ZMQ_ENDPOINT ?? "tcp://127.0.0.1:5572");
console.log(`bound ${publisher.lastEndpoint}`);

const serialized = camera.encode(CameraProp.create({ name: "front", width: 1920, height: 1080 }));
const payload = pickled ? pyobj.encode(pickledProtobuf("msg_pb2", "camera_prop", serialized)) : serialized;
for (let tick = 0; tick < 3000; tick++) {
  await publisher.send(payload);
  await new Promise((resolve) => setTimeout(resolve, 10));
}
publisher.close();
