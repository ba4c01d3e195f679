/** JavaScript stand-ins for Python values that have no exact JS counterpart. */
import { asBuffer } from "../codec.js";

/** A Python tuple: an array that encodes back as a tuple. Build with `PyTuple.of(...)`. */
export class PyTuple<T = unknown> extends Array<T> {
  static override of<T>(...items: T[]): PyTuple<T> {
    return PyTuple.adopt(items);
  }

  /** Turn this array itself into a tuple (no copy). */
  static adopt<T>(items: T[]): PyTuple<T> {
    return Object.setPrototypeOf(items, PyTuple.prototype) as PyTuple<T>;
  }
}

/** A Python frozenset. */
export class PyFrozenSet<T = unknown> extends Set<T> {}

/** A Python bytearray (bytes are plain Buffers). */
export class PyByteArray {
  constructor(readonly bytes: Buffer) {}
}

/** A reference to a Python class or function (GLOBAL / STACK_GLOBAL), never resolved or imported. */
export class PyGlobal {
  constructor(
    readonly module: string,
    readonly name: string,
  ) {}

  get path(): string {
    return `${this.module}.${this.name}`;
  }
}

/**
 * An inert record of a Python object the pickle would have constructed: the class path, the constructor arguments
 * and the state BUILD would have set. Nothing is executed. A pickled protobuf message, for example, is
 * `PyObject { module: "msg_pb2", name: "camera_prop", args: [], state: { serialized: <bytes> } }`.
 */
export class PyObject {
  state: unknown = undefined;
  constructor(
    readonly module: string,
    readonly name: string,
    readonly args: unknown[],
    readonly kwargs?: Map<unknown, unknown> | Record<string, unknown>,
  ) {}

  get path(): string {
    return `${this.module}.${this.name}`;
  }
}

/** The serialized bytes of a pickled protobuf message (its `__getstate__` holds `{"serialized": bytes}`). */
export function protobufBytes(value: unknown): Buffer | undefined {
  if (!(value instanceof PyObject)) return undefined;
  const state = value.state;
  if (state instanceof Map) {
    const bytes = state.get("serialized");
    return Buffer.isBuffer(bytes) ? bytes : undefined;
  }
  if (state !== null && typeof state === "object") {
    const bytes = (state as Record<string, unknown>).serialized;
    return Buffer.isBuffer(bytes) ? bytes : undefined;
  }
  return undefined;
}

/**
 * A protobuf message as Python pickles it (`send_pyobj(message)`): Python's `recv_pyobj` rebuilds it as an instance of
 * `module.name` (e.g. "msg_pb2", "camera_prop") from its serialized bytes.
 */
export function pickledProtobuf(module: string, name: string, serialized: Uint8Array): PyObject {
  const object = new PyObject(module, name, []);
  object.state = { serialized: asBuffer(serialized) };
  return object;
}
