"""The seed's Hello World server (pyzmq REP): answers "Hello <n>" with "World <n>"; prints "bound <endpoint>"."""
import sys

import zmq

context = zmq.Context()
socket = context.socket(zmq.REP)
socket.setsockopt(zmq.LINGER, 0)
socket.bind(sys.argv[1] if len(sys.argv) > 1 else "tcp://127.0.0.1:5555")
print("bound %s" % socket.getsockopt(zmq.LAST_ENDPOINT).decode(), flush=True)

while True:
    message = socket.recv_string()
    socket.send_string("World %s" % message.split()[1])
