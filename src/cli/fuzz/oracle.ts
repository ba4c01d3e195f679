import { commandData, commandName, parseErrorReason } from "../../zmtp/commands.js";
import { FLAG_COMMAND } from "../../zmtp/constants.js";
import { DECODE_ERROR, FRAME, FrameDecoder, NEED_MORE } from "../../zmtp/decoder.js";
import { parseProperties } from "../../zmtp/metadata.js";

const MECHANISMS = new Set(["NULL", "PLAIN", "CURVE", "GSSAPI"]);

/** Whether the bytes we sent start with a ZMTP 3.x greeting prefix (so the answer must be ZMTP 3 too). */
function sentZmtp3(sent: Buffer): boolean {
  return sent.length >= 11 && sent[0] === 0xff && (sent[9]! & 1) === 1 && sent[10]! >= 3;
}

/**
 * What is wrong with a ZMTP server's (or client's) answer to our bytes, judged only where the RFCs leave no
 * choice; undefined when nothing is. An answer cut short is fine (the peer may hang up mid-way); a peer that
 * downgrades because we sent an older version is not judged past its signature.
 */
export function violation(sent: Buffer, response: Buffer, mechanism: string): string | undefined {
  if (response.length === 0) return undefined;
  if (response[0] !== 0xff)
    return `greeting signature starts with 0x${response[0]!.toString(16)}, not 0xff (RFC 23 §2.2)`;
  if (response.length >= 10 && (response[9]! & 1) !== 1)
    return `greeting signature byte 9 is 0x${response[9]!.toString(16)}, low bit must be 1`;
  if (!sentZmtp3(sent) || response.length < 11) return undefined;
  if (response[10]! < 3) return `answered our ZMTP 3 greeting with major version ${response[10]}`;
  if (response.length < 64) return undefined;
  const name = response.toString("latin1", 12, 32).replace(/\0+$/, "");
  if (!MECHANISMS.has(name) || /\0/.test(name))
    return `greeting mechanism ${JSON.stringify(response.toString("latin1", 12, 32))} is not NUL-padded known name`;
  if (response[32]! > 1) return `greeting as-server byte is ${response[32]}, must be 0 or 1`;
  if (name !== mechanism) return undefined; // mismatch: the peer may send ERROR or close; not judged further
  const decoder = new FrameDecoder(64 * 1024 * 1024);
  decoder.push(response.subarray(64));
  let index = 0;
  for (;;) {
    const result = decoder.next();
    if (result === NEED_MORE) return undefined;
    if (result === DECODE_ERROR) return `undecodable frame after the greeting: ${decoder.error?.message}`;
    if (result !== FRAME) return undefined;
    const problem = judgeFrame(decoder.flags, decoder.body, index++, mechanism);
    if (problem) return problem;
  }
}

function judgeFrame(flags: number, body: Buffer, index: number, mechanism: string): string | undefined {
  const isCommand = (flags & FLAG_COMMAND) !== 0;
  if (index === 0 && !isCommand) return "first frame after the greeting is a data frame, not a handshake command";
  if (!isCommand) return undefined;
  const name = commandName(body);
  if (name === undefined)
    return `malformed command frame (${body.length} bytes: ${body.subarray(0, 16).toString("hex")})`;
  const data = commandData(body);
  if (index === 0) {
    const expected =
      mechanism === "NULL" ? ["READY", "ERROR"] : mechanism === "PLAIN" ? ["WELCOME", "ERROR", "HELLO"] : [];
    if (expected.length > 0 && !expected.includes(name))
      return `first command is ${name}, expected ${expected.join(" or ")}`;
  }
  if (name === "ERROR" && parseErrorReason(data) === undefined) return "malformed ERROR command";
  if (name === "READY" || name === "INITIATE") {
    const properties = parseProperties(data);
    if (properties instanceof Error) return `${name} metadata does not parse: ${properties.message}`;
    if (!properties.has("Socket-Type")) return `${name} without Socket-Type`;
  }
  return undefined;
}

/**
 * Whether a valid handshake got its answer: the peer's greeting and, after it, a READY (NULL) or WELCOME (PLAIN,
 * CURVE); when the fuzzer is a CURVE server, the client's HELLO.
 */
export function handshakeAnswered(response: Buffer, mechanism: string, role: "client" | "server" = "client"): boolean {
  if (response.length < 64 || response[0] !== 0xff) return false;
  const decoder = new FrameDecoder(64 * 1024 * 1024);
  decoder.push(response.subarray(64));
  while (decoder.next() === FRAME) {
    if ((decoder.flags & FLAG_COMMAND) === 0) continue;
    const name = commandName(decoder.body);
    if (name === "READY" || (mechanism !== "NULL" && name === "WELCOME")) return true;
    if (role === "server" && mechanism === "CURVE" && name === "HELLO") return true; // a client's first answer
  }
  return false;
}
