import { CodecError, type Codec } from "./codec.js";
import { unpickle, type UnpickleOptions } from "./pickle/decoder.js";
import { pickle, type PickleOptions } from "./pickle/encoder.js";

/** Python pickle as pyzmq's send_pyobj / recv_pyobj write and read it; decoding never runs code. */
export function pyobjCodec(options: UnpickleOptions & PickleOptions = {}): Codec<unknown> {
  return {
    name: "pyobj",
    encode: (value) => pickle(value, options),
    decode(frame) {
      try {
        return unpickle(frame, options);
      } catch (error) {
        if (error instanceof CodecError) throw error;
        throw new CodecError("pyobj", (error as Error).message);
      }
    },
  };
}

export const pyobj: Codec<unknown> = pyobjCodec();
