"""The seed's pipeline ventilator (pyzmq PUSH): sends 100 tasks."""
import sys

import zmq

context = zmq.Context()
socket = context.socket(zmq.PUSH)
socket.connect(sys.argv[1] if len(sys.argv) > 1 else "tcp://127.0.0.1:5557")
for i in range(100):
    socket.send_string("task %d" % i)
print("sent 100 tasks", flush=True)
socket.close()  # default linger: the tasks are flushed by context.term()
context.term()
