"""Generic pyzmq peer for the interop suites, driven by JSON lines.

usage: zpeer.py '<json config>'
config: {"type": "PUSH", "bind": "tcp://127.0.0.1:*"} or {"type": ..., "connect": "<endpoint>"},
  optional "options": {"IDENTITY": "<hex>", "MAXMSGSIZE": 1000, "HEARTBEAT_IVL": 100, ...}  (bytes values as hex)
  optional "subscribe": ["<hex topic>", ...]  (SUB: SUBSCRIBE option; XSUB: sends \\x01+topic)
  optional "echo": true  (send every received message straight back)
  optional "monitor": true  (report socket monitor events)
  optional "auth": {"plain": {"user": "pass"}} | {"curve": ["<hex public key>", ...]} | {"curve": "any"}
      runs zmq.auth.thread.ThreadAuthenticator for domain '*' in this context before bind/connect

stdout, one JSON object per line:
  {"ev": "ready", "endpoint": "..."}                        after bind/connect
  {"ev": "msg", "parts": [{"n": len, "h": sha256 hex, "x": hex when len <= 64}]}   per received message
  {"ev": "sent", "n": count}                                after a "seq" or "count" op
  {"ev": "monitor", "event": "DISCONNECTED", "value": int}
  {"ev": "error", "op": ..., "errno": "EAGAIN"}

stdin, one JSON object per line:
  {"op": "send", "parts": ["<hex>", ...]}
  {"op": "seq", "from": 0, "n": 7, "prefix": ["<hex>"], "lockstep": false, "noise": "<hex>"}
      sends message i = prefix + seq_message(i) (see seq_message); lockstep waits for one reply after each;
      noise, when given, is sent as a one-part message before each sequence message
  {"op": "count", "n": 1000}    sends one-part messages "n-0" .. "n-<n-1>" as fast as possible
  {"op": "tick", "parts": ["<hex>"], "ivl": 10}    sends the message every ivl ms until "untick"
  {"op": "untick"}
  {"op": "sub", "topic": "<hex>"} / {"op": "unsub", "topic": "<hex>"}
  {"op": "quit"}
The sockets keep polling (CONFORMANCE E-9). LINGER is 0. Exits on "quit", stdin EOF or after 60 s.
"""
import hashlib
import json
import os
import sys
import time

import zmq
import zmq.utils.z85
from zmq.utils.monitor import recv_monitor_message

SIZES = [0, 1, 255, 256, 65535, 65536, 1048576]


def pattern(size, seed):
    block = bytes((j + seed) & 255 for j in range(256))
    return (block * (size // 256 + 1))[:size]


def seq_message(i):
    """Shared with interop/helpers/zpeer.ts: ["msg-<i>", pattern(SIZES[i % 7], i), "end"]."""
    return [b"msg-%d" % i, pattern(SIZES[i % len(SIZES)], i), b"end"]


def describe(parts):
    out = []
    for p in parts:
        d = {"n": len(p), "h": hashlib.sha256(p).hexdigest()}
        if len(p) <= 64:
            d["x"] = p.hex()
        out.append(d)
    return out


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


MONITOR_NAMES = {getattr(zmq, n): n[6:] for n in dir(zmq) if n.startswith("EVENT_") and n != "EVENT_ALL"}

config = json.loads(sys.argv[1])
ctx = zmq.Context()
authenticator = None
if "auth" in config:
    from zmq.auth.thread import ThreadAuthenticator
    import zmq.auth

    authenticator = ThreadAuthenticator(ctx)
    authenticator.start()
    auth = config["auth"]
    if "plain" in auth:
        authenticator.configure_plain(domain="*", passwords=auth["plain"])
    elif auth.get("curve") == "any":
        authenticator.configure_curve(domain="*", location=zmq.auth.CURVE_ALLOW_ANY)
    else:
        allowed = {zmq.utils.z85.encode(bytes.fromhex(k)) for k in auth["curve"]}

        class Keys:
            def callback(self, domain, key):
                return key in allowed

        authenticator.configure_curve_callback(domain="*", credentials_provider=Keys())
sock = ctx.socket(getattr(zmq, config["type"]))
sock.setsockopt(zmq.LINGER, 0)
for name, value in config.get("options", {}).items():
    if isinstance(value, str):
        value = bytes.fromhex(value)
    sock.setsockopt(getattr(zmq, name), value)

monitor = sock.get_monitor_socket() if config.get("monitor") else None

if "bind" in config:
    sock.bind(config["bind"])
else:
    sock.connect(config["connect"])

for topic in config.get("subscribe", []):
    if config["type"] == "SUB":
        sock.setsockopt(zmq.SUBSCRIBE, bytes.fromhex(topic))
    else:
        sock.send(b"\x01" + bytes.fromhex(topic))

emit({"ev": "ready", "endpoint": sock.getsockopt(zmq.LAST_ENDPOINT).decode()})

can_recv = config["type"] not in ("PUSH", "PUB")
echo = config.get("echo", False)
poller = zmq.Poller()
if can_recv:
    poller.register(sock, zmq.POLLIN)
if monitor is not None:
    poller.register(monitor, zmq.POLLIN)
stdin_fd = sys.stdin.fileno()
poller.register(stdin_fd, zmq.POLLIN)

ticking = None  # (parts, interval s, next due time)
stdin_buf = b""
deadline = time.time() + 60


def receive_one():
    parts = sock.recv_multipart()
    emit({"ev": "msg", "parts": describe(parts)})
    if echo:
        sock.send_multipart(parts)


def wait_reply(timeout_s=10):
    end = time.time() + timeout_s
    while time.time() < end:
        if sock.poll(50, zmq.POLLIN):
            receive_one()
            return
    emit({"ev": "error", "op": "seq", "errno": "no reply"})


def run(cmd):
    global ticking
    op = cmd["op"]
    try:
        if op == "send":
            sock.send_multipart([bytes.fromhex(p) for p in cmd["parts"]])
        elif op == "seq":
            prefix = [bytes.fromhex(p) for p in cmd.get("prefix", [])]
            first = cmd.get("from", 0)
            for i in range(first, first + cmd["n"]):
                if "noise" in cmd:
                    sock.send(bytes.fromhex(cmd["noise"]))
                sock.send_multipart(prefix + seq_message(i))
                if cmd.get("lockstep"):
                    wait_reply()
            emit({"ev": "sent", "n": cmd["n"]})
        elif op == "count":
            for i in range(cmd["n"]):
                sock.send(b"n-%d" % i)
            emit({"ev": "sent", "n": cmd["n"]})
        elif op == "tick":
            ticking = ([bytes.fromhex(p) for p in cmd["parts"]], cmd.get("ivl", 10) / 1000.0, 0.0)
        elif op == "untick":
            ticking = None
        elif op == "sub":
            sock.setsockopt(zmq.SUBSCRIBE, bytes.fromhex(cmd["topic"]))
        elif op == "unsub":
            sock.setsockopt(zmq.UNSUBSCRIBE, bytes.fromhex(cmd["topic"]))
        elif op == "quit":
            return False
    except zmq.ZMQError as e:
        emit({"ev": "error", "op": op, "errno": zmq.strerror(e.errno), "code": e.errno})
    return True


running = True
while running and time.time() < deadline:
    timeout = 50
    if ticking is not None:
        timeout = max(0, min(timeout, int((ticking[2] - time.time()) * 1000)))
    for item, _ in poller.poll(timeout):
        if item is sock:
            while sock.poll(0, zmq.POLLIN):
                receive_one()
        elif monitor is not None and item is monitor:
            event = recv_monitor_message(monitor)
            emit({"ev": "monitor", "event": MONITOR_NAMES.get(event["event"], str(event["event"])), "value": event["value"]})
        elif item == stdin_fd:
            chunk = os.read(stdin_fd, 65536)
            if not chunk:
                running = False
                break
            stdin_buf += chunk
            while b"\n" in stdin_buf and running:
                line, stdin_buf = stdin_buf.split(b"\n", 1)
                if line.strip():
                    running = run(json.loads(line))
    if ticking is not None and time.time() >= ticking[2]:
        try:
            sock.send_multipart(ticking[0], zmq.NOBLOCK)
        except zmq.ZMQError:
            pass
        ticking = (ticking[0], ticking[1], time.time() + ticking[1])

if monitor is not None:
    sock.disable_monitor()
    monitor.close(0)
sock.close(0)
if authenticator is not None:
    authenticator.stop()
ctx.term()
