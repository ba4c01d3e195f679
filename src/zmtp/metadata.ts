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

/** How much peer metadata (READY / INITIATE properties) a connection accepts and keeps. */
export interface MetadataLimits {
  /** Bytes of the whole property list; -1 = none. */
  maxBytes: number;
  /** Number of properties; -1 = none. */
  maxProperties: number;
}

/**
 * Defaults: libzmq sends two or three properties in well under 300 bytes (Socket-Type, Identity of at most 255
 * bytes, Resource), so 64 KiB and 64 properties leave room for any application metadata, while 1000 connections keep
 * at most 64 MiB of it.
 */
export const DEFAULT_METADATA_LIMITS: MetadataLimits = { maxBytes: 64 * 1024, maxProperties: 64 };

/**
 * Parse a property list (H-9, H-10). Names are kept as sent; values are views into one copy of the list (the frame
 * may be a view into a large received chunk). Malformed input, or more than `limits` allow, yields an
 * ERR_ZMTP_INVALID_METADATA error (or `malformedCode`). Iterative, nothing allocated before the size check.
 */
export function parseProperties(
  data: Buffer,
  malformedCode: "ERR_ZMTP_INVALID_METADATA" | "ERR_ZMTP_MALFORMED_COMMAND_READY" = "ERR_ZMTP_INVALID_METADATA",
  limits: MetadataLimits = DEFAULT_METADATA_LIMITS,
): Map<string, Buffer> | LinkError {
  if (limits.maxBytes >= 0 && data.length > limits.maxBytes) {
    return protocolError(malformedCode, `metadata of ${data.length} bytes exceeds the limit of ${limits.maxBytes}`);
  }
  const properties = new Map<string, Buffer>();
  const copy = data.length > 0 ? Buffer.from(data) : data;
  let at = 0;
  let count = 0;
  while (at < copy.length) {
    if (limits.maxProperties >= 0 && ++count > limits.maxProperties) {
      return protocolError(malformedCode, `metadata has more than ${limits.maxProperties} properties`);
    }
    const nameLength = copy[at]!;
    at += 1;
    if (nameLength === 0) return protocolError(malformedCode, "metadata property with an empty name");
    if (copy.length - at < nameLength + 4) return protocolError(malformedCode, "truncated metadata property");
    const name = copy.toString("latin1", at, at + nameLength);
    at += nameLength;
    const valueLength = copy.readUInt32BE(at);
    at += 4;
    if (copy.length - at < valueLength) {
      return protocolError(malformedCode, `metadata property ${name} value exceeds the command`);
    }
    properties.set(name, copy.subarray(at, at + valueLength));
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
