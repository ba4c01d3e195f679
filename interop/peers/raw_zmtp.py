"""A scripted raw ZMTP peer (no libzmq): speaks NULL ZMTP 3.<minor> over a plain TCP socket and records every frame.

usage: raw_zmtp.py '{"mode": "bind"|"connect", "port": 0, "minor": 0|1, "type": "PUB"}'
stdout (JSON lines):
  {"ev": "ready", "port": n}                  listening (bind) or connected (connect)
  {"ev": "greeting", "hex": "..."}            the other side's 64-byte greeting
  {"ev": "frame", "command": bool, "more": bool, "raw": "<header+body hex>", "body": "<hex>"}
  {"ev": "closed"}
stdin (JSON lines): {"op": "send", "hex": "<bytes to write as they are>"}, {"op": "quit"}
Our greeting and READY (Socket-Type only) go out right after the TCP connection is up.
Exits on "quit", stdin EOF, peer close, or after 30 s.
"""
import json
import os
import select
import socket
import sys
import time

config = json.loads(sys.argv[1])


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def greeting(minor):
    mechanism = b"NULL".ljust(20, b"\x00")
    return b"\xff" + b"\x00" * 8 + b"\x7f" + bytes([3, minor]) + mechanism + b"\x00" + b"\x00" * 31


def ready(socket_type):
    name = socket_type.encode()
    body = b"\x05READY" + b"\x0bSocket-Type" + len(name).to_bytes(4, "big") + name
    return bytes([0x04, len(body)]) + body


if config["mode"] == "bind":
    server = socket.socket()
    server.bind(("127.0.0.1", config.get("port", 0)))
    server.listen(1)
    emit({"ev": "ready", "port": server.getsockname()[1]})
    server.settimeout(10)
    conn, _ = server.accept()
    server.close()
else:
    conn = socket.create_connection(("127.0.0.1", config["port"]), timeout=10)
    emit({"ev": "ready", "port": config["port"]})
conn.settimeout(None)
conn.sendall(greeting(config.get("minor", 1)) + ready(config["type"]))

buf = b""
greeted = False
deadline = time.time() + 30
stdin_fd = sys.stdin.fileno()
stdin_buf = b""
running = True


def parse():
    """Consume complete units from buf; return False when more bytes are needed."""
    global buf, greeted
    if not greeted:
        if len(buf) < 64:
            return False
        emit({"ev": "greeting", "hex": buf[:64].hex()})
        buf, greeted = buf[64:], True
        return True
    if len(buf) < 2:
        return False
    flags = buf[0]
    if flags & 0x02:
        if len(buf) < 9:
            return False
        size, header = int.from_bytes(buf[1:9], "big"), 9
    else:
        size, header = buf[1], 2
    if size > 16 * 1024 * 1024:
        raise SystemExit("frame too large for this probe")
    if len(buf) < header + size:
        return False
    frame, buf = buf[: header + size], buf[header + size :]
    emit({"ev": "frame", "command": bool(flags & 0x04), "more": bool(flags & 0x01), "raw": frame.hex(), "body": frame[header:].hex()})
    return True


while running and time.time() < deadline:
    readable, _, _ = select.select([conn, stdin_fd], [], [], 0.05)
    if conn in readable:
        chunk = conn.recv(65536)
        if not chunk:
            emit({"ev": "closed"})
            break
        buf += chunk
        while parse():
            pass
    if stdin_fd in readable:
        chunk = os.read(stdin_fd, 65536)
        if not chunk:
            break
        stdin_buf += chunk
        while b"\n" in stdin_buf:
            line, stdin_buf = stdin_buf.split(b"\n", 1)
            if not line.strip():
                continue
            cmd = json.loads(line)
            if cmd["op"] == "send":
                conn.sendall(bytes.fromhex(cmd["hex"]))
            elif cmd["op"] == "quit":
                running = False
conn.close()
