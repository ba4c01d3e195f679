import { commandData, commandName, parseErrorReason, parsePing } from "../zmtp/commands.js";
import { FLAG_COMMAND, FLAG_MORE, GREETING_SIZE } from "../zmtp/constants.js";
import { DECODE_ERROR, FRAME, FrameDecoder } from "../zmtp/decoder.js";
import { parseProperties } from "../zmtp/metadata.js";
import { preview } from "./output.js";

/** One thing seen on the wire, in one direction. */
export type WireEvent =
  | { kind: "greeting"; version: string; mechanism: string; asServer: boolean }
  | { kind: "command"; name: string; size: number; fields: Record<string, unknown> }
  | { kind: "frame"; size: number; more: boolean; preview: string }
  | { kind: "raw"; size: number; preview: string; why: string }
  | { kind: "error"; message: string };

/** Frames larger than this are not decoded (the bytes still pass through the proxy untouched). */
const TRACE_FRAME_LIMIT = 256 * 1024 * 1024;

function printable(value: Buffer): string {
  return value.every((b) => b >= 0x20 && b < 0x7f) ? value.toString("latin1") : `0x${value.toString("hex")}`;
}

/** Decode a command's body into fields worth showing. */
function commandFields(name: string, data: Buffer): Record<string, unknown> {
  switch (name) {
    case "READY":
    case "INITIATE": {
      if (name === "INITIATE" && data.length >= 248) return { curve: true, bytes: data.length }; // CURVE INITIATE box
      const properties = parseProperties(data);
      if (properties instanceof Error) return { malformed: properties.message };
      return Object.fromEntries([...properties].map(([k, v]) => [k, printable(v)]));
    }
    case "SUBSCRIBE":
    case "CANCEL":
      return { topic: printable(data) };
    case "PING": {
      const { ttl, context } = parsePing(data);
      return { ttl: ttl * 100, context: context.toString("hex") };
    }
    case "PONG":
      return { context: data.toString("hex") };
    case "ERROR": {
      const reason = parseErrorReason(data);
      return reason === undefined ? { malformed: "reason longer than the command" } : { reason };
    }
    case "HELLO": {
      if (data.length >= 194) return { curve: true, bytes: data.length };
      const userLength = data[0] ?? 0;
      return { username: data.toString("latin1", 1, 1 + userLength), password: "***" };
    }
    default:
      return { bytes: data.length };
  }
}

/**
 * Follows one direction of a ZMTP 3 connection: the greeting, then frames. Whatever it cannot follow (an older
 * version, an undecodable frame) is reported once, and the rest of that direction is shown as raw bytes.
 */
export class WireTracer {
  private greeting: Buffer | undefined = Buffer.alloc(0);
  private readonly decoder = new FrameDecoder(TRACE_FRAME_LIMIT);
  private lost = false;

  constructor(private readonly emit: (event: WireEvent) => void) {}

  push(chunk: Buffer): void {
    if (this.lost) {
      this.emit({ kind: "raw", size: chunk.length, preview: preview(chunk), why: "not decoded" });
      return;
    }
    if (this.greeting !== undefined) {
      const bytes = Buffer.concat([this.greeting, chunk]);
      if (
        bytes[0] !== 0xff ||
        (bytes.length >= 10 && (bytes[9]! & 1) === 0) ||
        (bytes.length >= 11 && bytes[10]! < 3)
      ) {
        this.lost = true;
        this.greeting = undefined;
        this.emit({ kind: "raw", size: bytes.length, preview: preview(bytes), why: "not a ZMTP 3 greeting" });
        return;
      }
      if (bytes.length < GREETING_SIZE) {
        this.greeting = bytes;
        return;
      }
      this.greeting = undefined;
      this.emit({
        kind: "greeting",
        version: `${bytes[10]}.${bytes[11]}`,
        mechanism: bytes.toString("latin1", 12, 32).replace(/\0+$/, ""),
        asServer: bytes[32] === 1,
      });
      chunk = bytes.subarray(GREETING_SIZE);
    }
    this.decoder.push(chunk);
    for (;;) {
      const result = this.decoder.next();
      if (result === FRAME) this.frame(this.decoder.flags, this.decoder.body);
      else if (result === DECODE_ERROR) {
        this.lost = true;
        this.emit({ kind: "error", message: this.decoder.error?.message ?? "undecodable frame" });
        return;
      } else return;
    }
  }

  private frame(flags: number, body: Buffer): void {
    if ((flags & FLAG_COMMAND) === 0) {
      this.emit({ kind: "frame", size: body.length, more: (flags & FLAG_MORE) !== 0, preview: preview(body) });
      return;
    }
    const name = commandName(body);
    if (name === undefined) {
      this.emit({
        kind: "command",
        name: "?",
        size: body.length,
        fields: { malformed: body.subarray(0, 16).toString("hex") },
      });
      return;
    }
    this.emit({ kind: "command", name, size: body.length, fields: commandFields(name, commandData(body)) });
  }
}

/** One line for humans. */
export function describeEvent(event: WireEvent): string {
  switch (event.kind) {
    case "greeting":
      return `greeting ZMTP ${event.version} ${event.mechanism} as-server=${event.asServer ? 1 : 0}`;
    case "command": {
      const fields = Object.entries(event.fields)
        .map(([k, v]) => `${k}=${typeof v === "string" ? JSON.stringify(v) : String(v)}`)
        .join(" ");
      return `${event.name}${fields ? ` ${fields}` : ""}`;
    }
    case "frame":
      return `frame ${event.size}B${event.more ? " MORE" : ""} ${event.preview}`;
    case "raw":
      return `raw ${event.size}B (${event.why}) ${event.preview}`;
    case "error":
      return `cannot decode further: ${event.message}`;
  }
}
