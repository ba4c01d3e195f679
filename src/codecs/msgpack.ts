import { Decoder, Encoder, ExtData, ExtensionCodec, type DecoderOptions, type EncoderOptions } from "@msgpack/msgpack";
import { asBuffer, CodecError, safeInteger, type Codec } from "./codec.js";

export { ExtData, ExtensionCodec };

export interface MsgpackOptions {
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

const MiB = 1024 * 1024;

/**
 * MessagePack, interoperable with python3-msgpack (`packb(use_bin_type=True)` / `unpackb(raw=False)`): strings
 * are str, Buffers/Uint8Arrays are bin, bigints are int64/uint64, and 64-bit integers decode to bigint only when they
 * do not fit a safe JS number.
 */
export function msgpackCodec(options: MsgpackOptions = {}): Codec<unknown> {
  const encoderOptions: EncoderOptions = { useBigInt64: true, extensionCodec: options.extensionCodec };
  const decoderOptions: DecoderOptions = {
    useBigInt64: true,
    extensionCodec: options.extensionCodec,
    maxStrLength: options.maxStrLength ?? 16 * MiB,
    maxBinLength: options.maxBinLength ?? 16 * MiB,
    maxArrayLength: options.maxArrayLength ?? MiB,
    maxMapLength: options.maxMapLength ?? MiB,
    maxExtLength: options.maxExtLength ?? 16 * MiB,
  };
  const maxDepth = options.maxDepth ?? 256;
  // reused instances: @msgpack/msgpack's encode()/decode() build a new one per call (and clone on reentry)
  const encoder = new Encoder(encoderOptions);
  const decoder = new Decoder(decoderOptions);
  return {
    name: "msgpack",
    encode: (value) => asBuffer(encoder.encode(value)),
    decode(frame) {
      const bytes = asBuffer(frame);
      try {
        checkDepth(bytes, maxDepth);
      } catch (error) {
        if (error instanceof CodecError) throw error;
        // a truncated header: the decoder below reports it with its offset
      }
      let value: unknown;
      try {
        value = decoder.decode(bytes);
      } catch (error) {
        // "Extra bytes found at buffer[n]" names its offset; otherwise the decoder's private read position does
        const match = /buffer\[(\d+)\]/.exec((error as Error).message);
        const pos = (decoder as unknown as { pos?: unknown }).pos;
        throw new CodecError(
          "msgpack",
          (error as Error).message,
          match ? Number(match[1]) : typeof pos === "number" ? pos : undefined,
        );
      }
      return narrowBigInts(value);
    },
  };
}

/** The default msgpack codec. */
export const msgpack: Codec<unknown> = msgpackCodec();

function narrowBigInts(value: unknown): unknown {
  if (typeof value === "bigint") return safeInteger(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = narrowBigInts(value[i]);
    return value;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) value.set(k, narrowBigInts(v));
    return value;
  }
  if (value !== null && typeof value === "object" && !ArrayBuffer.isView(value)) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = narrowBigInts(record[key]);
  }
  return value;
}

/**
 * Reject nesting deeper than `maxDepth` before decoding (the decoder recurses). Counts containers opened by array
 * and map headers; skips over the bodies of scalars, strings and binaries.
 */
function checkDepth(bytes: Buffer, maxDepth: number): void {
  const pending: number[] = [];
  let remaining = 1;
  let offset = 0;
  while (offset < bytes.length && (remaining > 0 || pending.length > 0)) {
    if (remaining === 0) {
      remaining = pending.pop()!;
      continue;
    }
    remaining--;
    const type = bytes[offset]!;
    offset++;
    let children = 0;
    if (type <= 0x7f || type >= 0xe0 || type === 0xc0 || type === 0xc2 || type === 0xc3) continue;
    if ((type & 0xf0) === 0x90) children = type & 0x0f;
    else if ((type & 0xf0) === 0x80) children = (type & 0x0f) * 2;
    else if ((type & 0xe0) === 0xa0) offset += type & 0x1f;
    else {
      switch (type) {
        case 0xdc:
          children = bytes.readUInt16BE(offset);
          offset += 2;
          break;
        case 0xdd:
          children = bytes.readUInt32BE(offset);
          offset += 4;
          break;
        case 0xde:
          children = bytes.readUInt16BE(offset) * 2;
          offset += 2;
          break;
        case 0xdf:
          children = bytes.readUInt32BE(offset) * 2;
          offset += 4;
          break;
        case 0xc4:
        case 0xd9:
          offset += 1 + bytes[offset]!;
          break;
        case 0xc5:
        case 0xda:
          offset += 2 + bytes.readUInt16BE(offset);
          break;
        case 0xc6:
        case 0xdb:
          offset += 4 + bytes.readUInt32BE(offset);
          break;
        case 0xc7:
          offset += 2 + bytes[offset]!;
          break;
        case 0xc8:
          offset += 3 + bytes.readUInt16BE(offset);
          break;
        case 0xc9:
          offset += 5 + bytes.readUInt32BE(offset);
          break;
        case 0xca:
          offset += 4;
          break;
        case 0xcb:
          offset += 8;
          break;
        case 0xcc:
        case 0xd0:
          offset += 1;
          break;
        case 0xcd:
        case 0xd1:
          offset += 2;
          break;
        case 0xce:
        case 0xd2:
          offset += 4;
          break;
        case 0xcf:
        case 0xd3:
          offset += 8;
          break;
        case 0xd4:
          offset += 2;
          break;
        case 0xd5:
          offset += 3;
          break;
        case 0xd6:
          offset += 5;
          break;
        case 0xd7:
          offset += 9;
          break;
        case 0xd8:
          offset += 17;
          break;
        default:
          return; // invalid byte: the decoder reports it with its offset
      }
    }
    if (children > 0) {
      pending.push(remaining);
      if (pending.length > maxDepth) throw new CodecError("msgpack", `nesting deeper than ${maxDepth}`, offset);
      remaining = children;
    }
  }
}
