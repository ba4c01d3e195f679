"""The seed's weather client (pyzmq SUB): 5 updates for "10001", prints each and their sum."""
import sys

import zmq

context = zmq.Context()
socket = context.socket(zmq.SUB)
socket.setsockopt(zmq.LINGER, 0)
socket.connect(sys.argv[1] if len(sys.argv) > 1 else "tcp://127.0.0.1:5556")
socket.setsockopt_string(zmq.SUBSCRIBE, "10001")

total = 0
for _ in range(5):
    zipcode, value = socket.recv_string().split()
    print("update %s %s" % (zipcode, value), flush=True)
    total += int(value)
print("sum %d" % total, flush=True)
socket.close()
context.term()
