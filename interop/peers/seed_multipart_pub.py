"""The seed's multipart publisher (pyzmq PUB): [topic, payload] on "sensor" (and "other"), once per tick."""
import json
import sys
import time

import zmq

context = zmq.Context()
socket = context.socket(zmq.PUB)
socket.setsockopt(zmq.LINGER, 0)
socket.bind(sys.argv[1] if len(sys.argv) > 1 else "tcp://127.0.0.1:5558")
print("bound %s" % socket.getsockopt(zmq.LAST_ENDPOINT).decode(), flush=True)

seq = 0
while True:
    socket.send_multipart([b"other", b"ignored %d" % seq])
    socket.send_multipart([b"sensor", json.dumps({"seq": seq, "temperature": 21.5}).encode()])
    seq += 1
    time.sleep(0.005)
