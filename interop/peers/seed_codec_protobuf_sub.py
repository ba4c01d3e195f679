"""The seed's protobuf subscriber (pyzmq SUB): one camera_prop message, ParseFromString(), prints its fields."""
import sys

import zmq

from seed_codec_protogen import load_msg_pb2

msg_pb2 = load_msg_pb2()

context = zmq.Context()
socket = context.socket(zmq.SUB)
socket.setsockopt(zmq.LINGER, 0)
socket.connect(sys.argv[1] if len(sys.argv) > 1 else "tcp://127.0.0.1:5572")
socket.setsockopt(zmq.SUBSCRIBE, b"")

message = msg_pb2.camera_prop()
message.ParseFromString(socket.recv())
print("camera_prop name=%s width=%d height=%d" % (message.name, message.width, message.height), flush=True)
socket.close()
context.term()
