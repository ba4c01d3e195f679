"""The seed's protobuf publisher (pyzmq PUB): a camera_prop message once per 10 ms tick, for at most 30 s, either
as SerializeToString() bytes or, with --pickled, pickled with send_pyobj(message).
usage: seed_codec_protobuf_pub.py [endpoint] [--pickled]; prints "bound <endpoint>"."""
import sys
import time

import zmq

from seed_codec_protogen import load_msg_pb2

msg_pb2 = load_msg_pb2()
args = [a for a in sys.argv[1:] if a != "--pickled"]
pickled = "--pickled" in sys.argv[1:]

context = zmq.Context()
socket = context.socket(zmq.PUB)
socket.setsockopt(zmq.LINGER, 0)
socket.bind(args[0] if args else "tcp://127.0.0.1:5572")
print("bound %s" % socket.getsockopt(zmq.LAST_ENDPOINT).decode(), flush=True)

message = msg_pb2.camera_prop(name="cam", width=640, height=480)
for _ in range(3000):
    if pickled:
        socket.send_pyobj(message)
    else:
        socket.send(message.SerializeToString())
    time.sleep(0.01)
socket.close()
context.term()
