"""The seed's weather server (pyzmq PUB). usage: seed_weather_server.py [endpoint]; prints "bound <endpoint>"."""
import random
import sys
import time

import zmq

context = zmq.Context()
socket = context.socket(zmq.PUB)
socket.setsockopt(zmq.LINGER, 0)
socket.bind(sys.argv[1] if len(sys.argv) > 1 else "tcp://127.0.0.1:5556")
print("bound %s" % socket.getsockopt(zmq.LAST_ENDPOINT).decode(), flush=True)

while True:
    topic = random.randrange(9999, 10005)
    value = random.randrange(0, 100)
    socket.send_string("%d %d" % (topic, value))
    time.sleep(0.001)
