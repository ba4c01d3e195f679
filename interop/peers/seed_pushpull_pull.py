"""The seed's pipeline sink (pyzmq PULL): collects 100 tasks; prints "bound <endpoint>" first."""
import sys

import zmq

context = zmq.Context()
socket = context.socket(zmq.PULL)
socket.setsockopt(zmq.LINGER, 0)
socket.bind(sys.argv[1] if len(sys.argv) > 1 else "tcp://127.0.0.1:5557")
print("bound %s" % socket.getsockopt(zmq.LAST_ENDPOINT).decode(), flush=True)

in_order = 0
for i in range(100):
    in_order += socket.recv_string() == "task %d" % i
print("received 100 tasks, %d in order" % in_order, flush=True)
socket.close()
context.term()
