"""The seed's protobuf subscriber (pyzmq SUB): one camera_prop message, ParseFromString() (or recv_pyobj() with
--pickled), prints its fields."""
import sys

import zmq

from seed_codec_protogen import load_msg_pb2

msg_pb2 = load_msg_pb2()

context = zmq.Context()
socket = context.socket(zmq.SUB)
socket.setsockopt(zmq.LINGER, 0)
args = [a for a in sys.argv[1:] if not a.startswith("--")]
socket.connect(args[0] if args else "tcp://127.0.0.1:5572")
socket.setsockopt(zmq.SUBSCRIBE, b"")

if "--pickled" in sys.argv:
    message = socket.recv_pyobj()
    assert isinstance(message, msg_pb2.camera_prop), type(message)
else:
    message = msg_pb2.camera_prop()
    message.ParseFromString(socket.recv())
print("camera_prop name=%s width=%d height=%d" % (message.name, message.width, message.height), flush=True)
socket.close()
context.term()
