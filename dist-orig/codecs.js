// ESM face of ./codecs.cjs (one implementation per process).
import implementation from "./codecs.cjs";
export const { CodecError, ExtData, ExtensionCodec, PyByteArray, PyFrozenSet, PyGlobal, PyObject, PyTuple, json, msgpack, msgpackCodec, pickle, pickledProtobuf, protobuf, protobufBytes, pyobj, pyobjCodec, receiveJson, receivePyobj, receiveString, receiveWith, sendJson, sendMultipart, sendPyobj, sendString, sendWith, string, unpickle } = implementation;
