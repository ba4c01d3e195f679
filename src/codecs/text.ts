import { asBuffer, CodecError, type Codec } from "./codec.js";

/** UTF-8 text, as pyzmq's send_string / recv_string. */
export const string: Codec<string> = {
  name: "string",
  encode: (value) => Buffer.from(value, "utf8"),
  decode: (frame) => asBuffer(frame).toString("utf8"),
};

/** JSON text in UTF-8, as pyzmq's send_json / recv_json. */
export const json: Codec<unknown> = {
  name: "json",
  encode: (value) => Buffer.from(JSON.stringify(value), "utf8"),
  decode(frame) {
    const text = asBuffer(frame).toString("utf8");
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new CodecError("json", (error as Error).message);
    }
  },
};
