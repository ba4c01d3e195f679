import { ExtensionCodec } from '@msgpack/msgpack';
export { ExtData, ExtensionCodec } from '@msgpack/msgpack';

/** The one shape every payload codec has: a value to one frame, and one frame back to a value. */
interface Codec<T> {
    readonly name: string;
    encode(value: T): Buffer;
    decode(frame: Uint8Array): T;
}
/** Bad or hostile input to a decoder: names the codec and, where known, the byte offset. */
declare class CodecError extends Error {
    readonly codec: string;
    readonly offset?: number | undefined;
    constructor(codec: string, message: string, offset?: number | undefined);
}

/** UTF-8 text, as pyzmq's send_string / recv_string. */
declare const string: Codec<string>;
/** JSON text in UTF-8, as pyzmq's send_json / recv_json. */
declare const json: Codec<unknown>;

interface MsgpackOptions {
    /** Custom extension types (registered on an `ExtensionCodec` from @msgpack/msgpack). */
    extensionCodec?: ExtensionCodec;
    /** Largest string, binary, array, map or extension the decoder accepts (default 16 MiB / 1M items). */
    maxStrLength?: number;
    maxBinLength?: number;
    maxArrayLength?: number;
    maxMapLength?: number;
    maxExtLength?: number;
    /** Deepest nesting the decoder accepts (default 256). */
    maxDepth?: number;
}
/**
 * MessagePack, interoperable with python3-msgpack (`packb(use_bin_type=True)` / `unpackb(raw=False)`): strings
 * are str, Buffers/Uint8Arrays are bin, bigints are int64/uint64, and 64-bit integers decode to bigint only when they
 * do not fit a safe JS number.
 */
declare function msgpackCodec(options?: MsgpackOptions): Codec<unknown>;
/** The default msgpack codec. */
declare const msgpack: Codec<unknown>;

/** TypeScript 5.4's `NoInfer`, spelled so older compilers read the published declarations too. */
type NoInference<T> = [T][T extends unknown ? 0 : never];
/**
 * What protobufjs offers for a message type, both as a reflection `Type` (loaded from a .proto at run time) and as
 * generated static code (`pbjs -t static-module`).
 */
interface ProtobufType<T> {
    encode(message: NoInference<T>): {
        finish(): Uint8Array;
    };
    decode(reader: Uint8Array): T;
    verify?(message: {
        [k: string]: unknown;
    }): string | null;
    fromObject?(object: {
        [k: string]: unknown;
    }): T;
}
/**
 * A codec for one protobuf message type. `protobuf(CameraProp).decode(frame)` has CameraProp's TypeScript type;
 * encode accepts a message instance or, with a reflection Type, a plain object (checked with `verify`).
 */
declare function protobuf<T>(type: ProtobufType<T>): Codec<T>;
/**
 * A reflection Type decodes to protobufjs's untyped `Message`; name the message's TypeScript shape yourself:
 * `protobuf<ICameraProp>(root.lookupType("camera_prop"))`.
 */
declare function protobuf<T extends object>(type: ProtobufType<object>): Codec<T>;

/** A Python tuple: an array that encodes back as a tuple. Build with `PyTuple.of(...)`. */
declare class PyTuple<T = unknown> extends Array<T> {
    static of<T>(...items: T[]): PyTuple<T>;
    /** Turn this array itself into a tuple (no copy). */
    static adopt<T>(items: T[]): PyTuple<T>;
}
/** A Python frozenset. */
declare class PyFrozenSet<T = unknown> extends Set<T> {
}
/** A Python bytearray (bytes are plain Buffers). */
declare class PyByteArray {
    readonly bytes: Buffer;
    constructor(bytes: Buffer);
}
/** A reference to a Python class or function (GLOBAL / STACK_GLOBAL), never resolved or imported. */
declare class PyGlobal {
    readonly module: string;
    readonly name: string;
    constructor(module: string, name: string);
    get path(): string;
}
/**
 * An inert record of a Python object the pickle would have constructed: the class path, the constructor arguments
 * and the state BUILD would have set. Nothing is executed. A pickled protobuf message, for example, is
 * `PyObject { module: "msg_pb2", name: "camera_prop", args: [], state: { serialized: <bytes> } }`.
 */
declare class PyObject {
    readonly module: string;
    readonly name: string;
    readonly args: unknown[];
    readonly kwargs?: (Map<unknown, unknown> | Record<string, unknown>) | undefined;
    state: unknown;
    constructor(module: string, name: string, args: unknown[], kwargs?: (Map<unknown, unknown> | Record<string, unknown>) | undefined);
    get path(): string;
}
/** The serialized bytes of a pickled protobuf message (its `__getstate__` holds `{"serialized": bytes}`). */
declare function protobufBytes(value: unknown): Buffer | undefined;
/**
 * A protobuf message as Python pickles it (`send_pyobj(message)`): Python's `recv_pyobj` rebuilds it as an instance of
 * `module.name` (e.g. "msg_pb2", "camera_prop") from its serialized bytes.
 */
declare function pickledProtobuf(module: string, name: string, serialized: Uint8Array): PyObject;

type Reviver = (object: PyObject) => unknown;
interface UnpickleOptions {
    /** Turn inert objects of a class path ("module.name") into values of your own. */
    revivers?: Record<string, Reviver>;
    /** Python dicts as Map, as null-prototype objects, or ("auto", default) objects when every key is a string. */
    dicts?: "auto" | "map" | "object";
    /** Largest pickle accepted, in bytes (default 64 MiB). */
    maxLength?: number;
    /** Deepest nesting of containers and objects accepted (default 1000). */
    maxDepth?: number;
}
/**
 * Decode a Python pickle (protocols 0–5) into JavaScript values without executing or importing anything: class
 * references become `PyGlobal`, constructed objects become inert `PyObject` records (see values.ts).
 */
declare function unpickle(input: Uint8Array, options?: UnpickleOptions): unknown;

interface PickleOptions {
    /** Deepest nesting accepted (default 1000, like Python's recursion limit). */
    maxDepth?: number;
}
/**
 * Encode JavaScript values as a framed protocol-4 pickle that Python's `pickle.loads` (and pyzmq's `recv_pyobj`) loads:
 * null/undefined → None, boolean, number (integral → int, else float), bigint → int, string → str,
 * Buffer/Uint8Array → bytes, PyByteArray → bytearray, Array → list, PyTuple → tuple, Map and plain objects → dict,
 * Set → set, PyFrozenSet → frozenset, PyGlobal → a class reference, PyObject → `class(*args)` plus its state (the
 * receiving Python constructs it, as with any pickle). Anything else (functions, symbols, class instances, cycles) is
 * refused.
 */
declare function pickle(value: unknown, options?: PickleOptions): Buffer;

/** Python pickle as pyzmq's send_pyobj / recv_pyobj write and read it; decoding never runs code. */
declare function pyobjCodec(options?: UnpickleOptions & PickleOptions): Codec<unknown>;
declare const pyobj: Codec<unknown>;

/** Anything with zeromq.js's send(): every purezmq (and zeromq.js) socket that can send. */
interface Sender {
    send(message: Buffer | Buffer[]): Promise<void>;
}
/** Anything with zeromq.js's receive(). */
interface Receiver {
    receive(): Promise<Buffer[]>;
}
/** Send one value as a single frame with `codec`. */
declare function sendWith<T>(socket: Sender, codec: Codec<T>, value: T): Promise<void>;
/** Receive one message and decode its first frame with `codec`. */
declare function receiveWith<T>(socket: Receiver, codec: Codec<T>): Promise<T>;
/** pyzmq's send_string / recv_string. */
declare const sendString: (socket: Sender, text: string) => Promise<void>;
declare const receiveString: (socket: Receiver) => Promise<string>;
/** pyzmq's send_json / recv_json. */
declare const sendJson: (socket: Sender, value: unknown) => Promise<void>;
declare const receiveJson: (socket: Receiver) => Promise<unknown>;
/** pyzmq's send_pyobj / recv_pyobj (pickle; decoding never runs code). */
declare const sendPyobj: (socket: Sender, value: unknown) => Promise<void>;
declare const receivePyobj: (socket: Receiver) => Promise<unknown>;
/** pyzmq's send_multipart: strings as UTF-8, bytes as they are. */
declare function sendMultipart(socket: Sender, parts: Array<string | Uint8Array>): Promise<void>;

export { Codec, CodecError, MsgpackOptions, PickleOptions, ProtobufType, PyByteArray, PyFrozenSet, PyGlobal, PyObject, PyTuple, Receiver, Reviver, Sender, UnpickleOptions, json, msgpack, msgpackCodec, pickle, pickledProtobuf, protobuf, protobufBytes, pyobj, pyobjCodec, receiveJson, receivePyobj, receiveString, receiveWith, sendJson, sendMultipart, sendPyobj, sendString, sendWith, string, unpickle };
