import { protocolError } from "./errors.js";
import type { LinkError } from "./link.js";

/** Encode properties (§1.5) in the given order; names exactly as given (H-6). */
export function encodeProperties(properties: Iterable<readonly [string, Uint8Array]>): Buffer {
  const pieces: Buffer[] = [];
  for (const [name, value] of properties) {
    const nameBytes = Buffer.from(name, "latin1");
    if (nameBytes.length < 1 || nameBytes.length > 255) throw new RangeError(`bad property name: ${name}`);
    const head = Buffer.allocUnsafe(1 + nameBytes.length + 4);
    head[0] = nameBytes.length;
    nameBytes.copy(head, 1);
    head.writeUInt32BE(value.length, 1 + nameBytes.length);
    pieces.push(head, Buffer.from(value));
  }
  return Buffer.concat(pieces);
}

/**
 * Parse a property list (H-9, H-10). Names are kept as sent; values are copies (the frame may be a view into a
 * large received chunk). Malformed input yields an ERR_ZMTP_INVALID_METADATA error (or `malformedCode`).
 */
export function parseProperties(
  data: Buffer,
  malformedCode: "ERR_ZMTP_INVALID_METADATA" | "ERR_ZMTP_MALFORMED_COMMAND_READY" = "ERR_ZMTP_INVALID_METADATA",
): Map<string, Buffer> | LinkError {
  const properties = new Map<string, Buffer>();
  let at = 0;
  while (at < data.length) {
    const nameLength = data[at]!;
    at += 1;
    if (nameLength === 0) return protocolError(malformedCode, "metadata property with an empty name");
    if (data.length - at < nameLength + 4) return protocolError(malformedCode, "truncated metadata property");
    const name = data.toString("latin1", at, at + nameLength);
    at += nameLength;
    const valueLength = data.readUInt32BE(at);
    at += 4;
    if (data.length - at < valueLength) {
      return protocolError(malformedCode, `metadata property ${name} value exceeds the command`);
    }
    properties.set(name, Buffer.from(data.subarray(at, at + valueLength)));
    at += valueLength;
  }
  return properties;
}

/** Look a property up by name, case-insensitively (H-6: libzmq writes exact names, RFC 37 says compare without case). */
export function getProperty(properties: ReadonlyMap<string, Buffer>, name: string): Buffer | undefined {
  const exact = properties.get(name);
  if (exact !== undefined) return exact;
  const lower = name.toLowerCase();
  for (const [key, value] of properties) if (key.toLowerCase() === lower) return value;
  return undefined;
}
