import { json, msgpack, pyobj, string } from "../codecs/index.js";
import { CliError, UsageError } from "./command.js";

export const CODECS = ["string", "json", "msgpack", "pyobj", "hex", "base64"] as const;
export type CodecName = (typeof CODECS)[number];

export function codecName(command: string, value: string | undefined): CodecName {
  const name = value ?? "string";
  if (!(CODECS as readonly string[]).includes(name)) {
    throw new UsageError(`unknown codec ${JSON.stringify(name)} (use one of ${CODECS.join(", ")})`, command);
  }
  return name as CodecName;
}

/** JSON for printing decoded values: bytes as hex, bigints as numbers' digits, Maps and Sets as arrays/objects. */
function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "bigint") return v.toString();
    if (v instanceof Uint8Array) return { $bytes: Buffer.from(v).toString("hex") };
    if (v instanceof Map) return Object.fromEntries(v);
    if (v instanceof Set) return [...v];
    return v;
  });
}

function parseJson(text: string, codec: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError(
      `input ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)} is not JSON (needed by --codec ${codec})`,
    );
  }
}

/** One frame of user input (a line or a piece of one) into bytes. */
export function encodeFrame(codec: CodecName, text: string): Buffer {
  switch (codec) {
    case "string":
      return string.encode(text);
    case "json":
      return json.encode(parseJson(text, codec));
    case "msgpack":
      return msgpack.encode(parseJson(text, codec));
    case "pyobj":
      return pyobj.encode(parseJson(text, codec));
    case "hex": {
      const clean = text.replace(/\s+/g, "");
      if (!/^([0-9a-fA-F]{2})*$/.test(clean))
        throw new CliError(`input ${JSON.stringify(text)} is not hex (needed by --codec hex)`);
      return Buffer.from(clean, "hex");
    }
    case "base64":
      if (!/^[A-Za-z0-9+/=_-]*$/.test(text.trim()))
        throw new CliError(`input ${JSON.stringify(text)} is not base64 (needed by --codec base64)`);
      return Buffer.from(text.trim(), "base64");
  }
}

/** One received frame as text; throws CliError when it does not decode with the codec. */
export function decodeFrame(codec: CodecName, frame: Buffer): string {
  try {
    switch (codec) {
      case "string":
        return frame.toString("utf8");
      case "json":
        return toJson(json.decode(frame));
      case "msgpack":
        return toJson(msgpack.decode(frame));
      case "pyobj":
        return toJson(pyobj.decode(frame));
      case "hex":
        return frame.toString("hex");
      case "base64":
        return frame.toString("base64");
    }
  } catch (error) {
    throw new CliError(
      `received a frame that is not ${codec} (${frame.length} bytes: ${frame.subarray(0, 16).toString("hex")}): ${(error as Error).message}`,
    );
  }
}
