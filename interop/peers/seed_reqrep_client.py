"""The seed's Hello World client (pyzmq REQ): 100 requests in lockstep."""
import sys

import zmq

context = zmq.Context()
socket = context.socket(zmq.REQ)
socket.setsockopt(zmq.LINGER, 0)
socket.connect(sys.argv[1] if len(sys.argv) > 1 else "tcp://127.0.0.1:5555")

matched = 0
last = ""
for i in range(100):
    socket.send_string("Hello %d" % i)
    last = socket.recv_string()
    matched += last == "World %d" % i
print('replies %d/100 last "%s"' % (matched, last), flush=True)
socket.close()
context.term()
