"""A pyzmq (libzmq) server for `purezmq fuzz`: binds TYPE at ENDPOINT and keeps serving.

usage: /usr/bin/python3 pyzmq_target.py TYPE ENDPOINT [null|plain|curve]
  plain: PLAIN server, user fuzz, password fuzz
  curve: CURVE server with the fixed test key pair below (public key rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7, the
         key `purezmq fuzz --mechanism curve --curve-server-key` needs); no ZAP handler, so libzmq admits any client key

Readable sockets drain and (REP, ROUTER, DEALER, PAIR, XPUB) answer what they receive, so the fuzzer's traffic
reaches libzmq's socket layer and not only its decoder; PUB/XPUB publish a message every 10 ms.
"""
import sys
import time

import zmq

socket_type, endpoint = sys.argv[1].upper(), sys.argv[2]
mechanism = sys.argv[3] if len(sys.argv) > 3 else "null"
plain = mechanism == "plain"
# A published test key pair (never use it for anything real).
CURVE_SECRET = b"JTKVSB%%)wK0E.X)V>+}o?pNmC{O&4W4b!Ni{Lh6"

ctx = zmq.Context()
sock = ctx.socket(getattr(zmq, socket_type))
sock.setsockopt(zmq.LINGER, 0)
sock.setsockopt(zmq.RCVHWM, 100)
sock.setsockopt(zmq.SNDHWM, 100)
if plain:
    # libzmq refuses PLAIN without a ZAP handler: run pyzmq's, accepting user "fuzz" / password "fuzz".
    from zmq.auth.thread import ThreadAuthenticator

    auth = ThreadAuthenticator(ctx)
    auth.start()
    auth.configure_plain(domain="*", passwords={"fuzz": "fuzz"})
    sock.setsockopt(zmq.PLAIN_SERVER, 1)
if mechanism == "curve":
    sock.setsockopt(zmq.CURVE_SERVER, 1)
    sock.setsockopt(zmq.CURVE_SECRETKEY, CURVE_SECRET)
if socket_type == "SUB":
    sock.setsockopt(zmq.SUBSCRIBE, b"")
sock.bind(endpoint)
print("ready", sock.getsockopt(zmq.LAST_ENDPOINT).decode(), flush=True)

readable = socket_type not in ("PUB", "PUSH")
answers = socket_type in ("REP", "ROUTER", "DEALER", "PAIR", "XPUB")
publishes = socket_type in ("PUB", "XPUB", "PUSH")
poller = zmq.Poller()
if readable:
    poller.register(sock, zmq.POLLIN)
last = time.monotonic()
while True:
    events = dict(poller.poll(10)) if readable else time.sleep(0.01) or {}
    if sock in events:
        try:
            parts = sock.recv_multipart(zmq.NOBLOCK)
            if answers:
                sock.send_multipart(parts, zmq.NOBLOCK)
        except zmq.Again:
            pass
        except zmq.ZMQError:
            pass
    if publishes and time.monotonic() - last > 0.01:
        last = time.monotonic()
        try:
            sock.send_multipart([b"tick", b"%f" % last], zmq.NOBLOCK)
        except zmq.ZMQError:
            pass
