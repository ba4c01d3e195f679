/**
 * `node:buffer` in the browser build (tsup.config.ts maps it here): the `buffer` package's Buffer plus the
 * few other names purezmq takes from node:buffer.
 */
import { Buffer, kMaxLength } from "buffer";

export { Buffer, kMaxLength };

export const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: (1 << 29) - 24 };

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
