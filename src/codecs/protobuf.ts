import { asBuffer, CodecError, type Codec } from "./codec.js";

/** TypeScript 5.4's `NoInfer`, spelled so older compilers read the published declarations too. */
type NoInference<T> = [T][T extends unknown ? 0 : never];

/**
 * What protobufjs offers for a message type, both as a reflection `Type` (loaded from a .proto at run time) and as
 * generated static code (`pbjs -t static-module`).
 */
export interface ProtobufType<T> {
  encode(message: NoInference<T>): { finish(): Uint8Array };
  decode(reader: Uint8Array): T;
  verify?(message: { [k: string]: unknown }): string | null;
  fromObject?(object: { [k: string]: unknown }): T;
}

/**
 * A codec for one protobuf message type. `protobuf(CameraProp).decode(frame)` has CameraProp's TypeScript type;
 * encode accepts a message instance or, with a reflection Type, a plain object (checked with `verify`).
 */
export function protobuf<T>(type: ProtobufType<T>): Codec<T>;
/**
 * A reflection Type decodes to protobufjs's untyped `Message`; name the message's TypeScript shape yourself:
 * `protobuf<ICameraProp>(root.lookupType("camera_prop"))`.
 */
export function protobuf<T extends object>(type: ProtobufType<object>): Codec<T>;
export function protobuf<T>(type: ProtobufType<T>): Codec<T> {
  return {
    name: "protobuf",
    encode(message) {
      let value = message;
      if (type.verify && type.fromObject && message !== null && typeof message === "object") {
        const problem = type.verify(message as { [k: string]: unknown });
        if (problem !== null) throw new CodecError("protobuf", problem);
        value = type.fromObject(message as { [k: string]: unknown });
      }
      return asBuffer(type.encode(value).finish());
    },
    decode(frame) {
      try {
        return type.decode(asBuffer(frame));
      } catch (error) {
        // protobufjs reports a truncation as "index out of range: <pos> + <needed> > <length>"
        const match = /out of range: (\d+)|offset (\d+)/.exec((error as Error).message);
        throw new CodecError("protobuf", (error as Error).message, match ? Number(match[1] ?? match[2]) : undefined);
      }
    },
  };
}
