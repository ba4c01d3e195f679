"""Codec interop helper: decodes/encodes payloads with CPython's pickle, msgpack and protobuf and describes values
as tagged JSON, so the TypeScript side can compare exactly. Reads one JSON command from stdin, writes JSON to stdout.
"""
import json
import math
import pickle
import sys


def describe(v):
    if v is None:
        return {"t": "none"}
    if isinstance(v, bool):
        return {"t": "bool", "v": v}
    if isinstance(v, int):
        return {"t": "int", "v": str(v)}
    if isinstance(v, float):
        return {"t": "float", "v": "nan" if math.isnan(v) else repr(v)}
    if isinstance(v, str):
        return {"t": "str", "v": v}
    if isinstance(v, bytes):
        return {"t": "bytes", "v": v.hex()}
    if isinstance(v, bytearray):
        return {"t": "bytearray", "v": bytes(v).hex()}
    if isinstance(v, list):
        return {"t": "list", "v": [describe(x) for x in v]}
    if isinstance(v, tuple):
        return {"t": "tuple", "v": [describe(x) for x in v]}
    if isinstance(v, dict):
        return {"t": "dict", "v": [[describe(k), describe(x)] for k, x in v.items()]}
    if isinstance(v, (set, frozenset)):
        items = sorted((describe(x) for x in v), key=lambda d: json.dumps(d, sort_keys=True))
        return {"t": "frozenset" if isinstance(v, frozenset) else "set", "v": items}
    return {"t": "other", "v": repr(v)}


SAMPLES = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31 - 1, 2**31, 2**53, 2**53 + 1, -2**63, 2**64, 3**100,
    -(3**100), 0.5, -1.25, 1e300, "", "hello", "ünïcødé ✓", "x" * 300, b"", b"\x00\xff", b"y" * 300, bytearray(b"ab"),
    [], [1, [2, [3]]], (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), {}, {"a": 1, "b": [1, 2]}, {1: "int key", (1, 2): "tuple key"},
    set(), {1, 2, 3}, frozenset({"a", "b"}), [1, 2, 3],
]


def main():
    cmd = json.loads(sys.stdin.read())
    kind = cmd["kind"]
    if kind == "pickle-samples":
        out = []
        for proto in cmd["protocols"]:
            for value in SAMPLES:
                out.append({"protocol": proto, "hex": pickle.dumps(value, proto).hex(), "describe": describe(value)})
        shared = [1, 2]
        out.append({"protocol": 5, "hex": pickle.dumps([shared, shared], 5).hex(), "describe": describe([shared, shared]), "shared": True})
        print(json.dumps(out))
    elif kind == "pickle-roundtrip":
        out = []
        for h in cmd["payloads"]:
            value = pickle.loads(bytes.fromhex(h))
            out.append({"describe": describe(value), "hex": pickle.dumps(value, 5).hex()})
        print(json.dumps(out))
    elif kind == "msgpack-samples":
        import msgpack
        values = [None, True, 0, -1, 2**32, 2**63 - 1, -2**63, 2**64 - 1, 1.5, "str", b"bin", [1, "a", b"b"], {"k": [1, 2]}, {1: 2}]
        out = []
        for use_bin_type in (True, False):
            for value in values:
                out.append({"use_bin_type": use_bin_type, "hex": msgpack.packb(value, use_bin_type=use_bin_type).hex(), "describe": describe(value)})
        print(json.dumps(out))
    elif kind == "msgpack-ext":
        import msgpack
        ext, ts = msgpack.unpackb(bytes.fromhex(cmd["ours"]), raw=False, timestamp=0)
        parsed = "%r|%d.%09d" % (ext, ts.seconds, ts.nanoseconds)
        packed = msgpack.packb([msgpack.ExtType(5, b"abc"), msgpack.Timestamp(1704164645, 678000000)], use_bin_type=True)
        print(json.dumps({"parsed": parsed, "packed": packed.hex()}))
    elif kind == "msgpack-roundtrip":
        import msgpack
        out = []
        for h in cmd["payloads"]:
            value = msgpack.unpackb(bytes.fromhex(h), raw=False, strict_map_key=False)
            out.append({"describe": describe(value), "hex": msgpack.packb(value, use_bin_type=True).hex()})
        print(json.dumps(out))
    elif kind == "protobuf":
        sys.path.insert(0, cmd["dir"])
        import msg_pb2
        m = msg_pb2.camera_prop(name=cmd["name"], width=cmd["width"], height=cmd["height"])
        parsed = msg_pb2.camera_prop()
        parsed.ParseFromString(bytes.fromhex(cmd["ours"]))
        unpickled = pickle.loads(bytes.fromhex(cmd["ours_pickled"])) if "ours_pickled" in cmd else None
        print(json.dumps({
            "unpickled": None if unpickled is None else {
                "type": type(unpickled).__name__, "name": unpickled.name, "width": unpickled.width, "height": unpickled.height},
            "serialized": m.SerializeToString().hex(),
            "pickled": pickle.dumps(m, pickle.HIGHEST_PROTOCOL).hex(),
            "pickled_old": [pickle.dumps(m, p).hex() for p in (0, 1, 2)],
            "parsed": {"name": parsed.name, "width": parsed.width, "height": parsed.height},
        }))


main()
