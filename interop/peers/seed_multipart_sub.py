"""The seed's multipart subscriber (pyzmq SUB): 5 [topic, payload] messages on "sensor"."""
import sys

import zmq

context = zmq.Context()
socket = context.socket(zmq.SUB)
socket.setsockopt(zmq.LINGER, 0)
socket.connect(sys.argv[1] if len(sys.argv) > 1 else "tcp://127.0.0.1:5558")
socket.setsockopt(zmq.SUBSCRIBE, b"sensor")

for _ in range(5):
    parts = socket.recv_multipart()
    print("parts %d %s %s" % (len(parts), parts[0].decode(), parts[1].decode()), flush=True)
print("received 5 multipart messages", flush=True)
socket.close()
context.term()
