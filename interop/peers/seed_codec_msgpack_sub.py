"""The seed's msgpack subscriber (pyzmq SUB): one message, msgpack.unpackb(raw=False), prints the value's repr."""
import sys

import msgpack
import zmq

context = zmq.Context()
socket = context.socket(zmq.SUB)
socket.setsockopt(zmq.LINGER, 0)
socket.connect(sys.argv[1] if len(sys.argv) > 1 else "tcp://127.0.0.1:5571")
socket.setsockopt(zmq.SUBSCRIBE, b"")

print("received %r" % (msgpack.unpackb(socket.recv(), raw=False),), flush=True)
socket.close()
context.term()
