"""The seed's msgpack publisher (pyzmq PUB): msgpack.packb([1, 2, 3]) once per 10 ms tick, for at most 30 s.
usage: seed_codec_msgpack_pub.py [endpoint]; prints "bound <endpoint>"."""
import sys
import time

import msgpack
import zmq

context = zmq.Context()
socket = context.socket(zmq.PUB)
socket.setsockopt(zmq.LINGER, 0)
socket.bind(sys.argv[1] if len(sys.argv) > 1 else "tcp://127.0.0.1:5571")
print("bound %s" % socket.getsockopt(zmq.LAST_ENDPOINT).decode(), flush=True)

for _ in range(3000):
    socket.send(msgpack.packb([1, 2, 3]))
    time.sleep(0.01)
socket.close()
context.term()
