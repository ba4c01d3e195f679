"""Generates and imports msg_pb2 (the seed's module name) from examples/proto/camera.proto with protoc.
The generated files live in a temporary directory only while they are imported; the module stays loaded."""
import importlib
import os
import shutil
import subprocess
import sys
import tempfile

PROTO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples", "proto", "camera.proto")


def load_msg_pb2():
    workdir = tempfile.mkdtemp(prefix="purezmq-msg-pb2-")
    try:
        shutil.copyfile(PROTO, os.path.join(workdir, "msg.proto"))
        subprocess.run(["protoc", "--python_out=" + workdir, "-I" + workdir, os.path.join(workdir, "msg.proto")],
                       check=True, timeout=20)
        sys.path.insert(0, workdir)
        try:
            return importlib.import_module("msg_pb2")
        finally:
            sys.path.remove(workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
