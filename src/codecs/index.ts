export { CodecError, type Codec } from "./codec.js";
export { string, json } from "./text.js";
export { ExtData, ExtensionCodec, msgpack, msgpackCodec, type MsgpackOptions } from "./msgpack.js";
export { protobuf, type ProtobufType } from "./protobuf.js";
export { pyobj, pyobjCodec } from "./pyobj.js";
export { pickle, type PickleOptions } from "./pickle/encoder.js";
export { unpickle, type UnpickleOptions, type Reviver } from "./pickle/decoder.js";
export {
  PyByteArray,
  PyFrozenSet,
  PyGlobal,
  PyObject,
  PyTuple,
  protobufBytes,
  pickledProtobuf,
} from "./pickle/values.js";
export {
  receiveJson,
  receivePyobj,
  receiveString,
  receiveWith,
  sendJson,
  sendMultipart,
  sendPyobj,
  sendString,
  sendWith,
  type Receiver,
  type Sender,
} from "./helpers.js";
