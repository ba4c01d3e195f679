"""pyzmq peer for interop/zmtp tests.

usage: zmtp_echo.py <bind|connect> <port> <SOCKET_TYPE> [heartbeat_ivl_ms]

bind: binds tcp://127.0.0.1:<port> (0 = any free port) and prints "PORT <n>".
connect: connects to tcp://127.0.0.1:<port> and prints "CONNECTING".
Then echoes every multipart message it receives (when the type can send) and prints
"GOT <part lengths comma separated> <sha256 of the parts joined with their lengths>".
Exits when stdin closes or after 20 s.
"""
import hashlib
import sys
import threading
import time

import zmq

mode, port, type_name = sys.argv[1], int(sys.argv[2]), sys.argv[3]
heartbeat = int(sys.argv[4]) if len(sys.argv) > 4 else 0

ctx = zmq.Context()
sock = ctx.socket(getattr(zmq, type_name))
sock.setsockopt(zmq.LINGER, 0)
if heartbeat:
    sock.setsockopt(zmq.HEARTBEAT_IVL, heartbeat)
    sock.setsockopt(zmq.HEARTBEAT_TIMEOUT, heartbeat * 3)
    sock.setsockopt(zmq.HEARTBEAT_TTL, heartbeat * 3)

if mode == "bind":
    sock.bind("tcp://127.0.0.1:%d" % port if port else "tcp://127.0.0.1:*")
    print("PORT %s" % sock.getsockopt(zmq.LAST_ENDPOINT).decode().rsplit(":", 1)[1], flush=True)
else:
    sock.connect("tcp://127.0.0.1:%d" % port)
    print("CONNECTING", flush=True)

stop = threading.Event()
threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()

deadline = time.time() + 20
can_send = type_name not in ("PULL", "SUB")
poller = zmq.Poller()
poller.register(sock, zmq.POLLIN)
while not stop.is_set() and time.time() < deadline:
    if not poller.poll(50):
        continue
    parts = sock.recv_multipart()
    digest = hashlib.sha256()
    for p in parts:
        digest.update(len(p).to_bytes(8, "big"))
        digest.update(p)
    print("GOT %s %s" % (",".join(str(len(p)) for p in parts), digest.hexdigest()), flush=True)
    if can_send:
        sock.send_multipart(parts)

sock.close(0)
ctx.term()
