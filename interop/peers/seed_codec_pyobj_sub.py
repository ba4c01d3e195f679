"""The seed's pyobj subscriber (pyzmq SUB): one recv_pyobj(), prints the value's repr."""
import sys

import zmq

context = zmq.Context()
socket = context.socket(zmq.SUB)
socket.setsockopt(zmq.LINGER, 0)
socket.connect(sys.argv[1] if len(sys.argv) > 1 else "tcp://127.0.0.1:5570")
socket.setsockopt(zmq.SUBSCRIBE, b"")

print("received %r" % (socket.recv_pyobj(),), flush=True)
socket.close()
context.term()
