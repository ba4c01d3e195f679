import { FLAG_COMMAND } from "../../../src/zmtp/constants.js";
import { encodeFrame } from "../../../src/zmtp/encoder.js";
import { readyBody } from "../../../src/zmtp/commands.js";
import { buildGreeting } from "../../../src/zmtp/greeting.js";

/** A NULL greeting with the given minor version. */
export function greeting(minor = 1, mechanism = "NULL"): Buffer {
  const g = buildGreeting(mechanism, false);
  g[11] = minor;
  return g;
}

export function readyFrame(socketType: string, extra: Array<[string, Buffer]> = []): Buffer {
  return encodeFrame(FLAG_COMMAND, readyBody([["Socket-Type", Buffer.from(socketType)], ...extra]));
}

export function commandFrame(body: Buffer): Buffer {
  return encodeFrame(FLAG_COMMAND, body);
}
