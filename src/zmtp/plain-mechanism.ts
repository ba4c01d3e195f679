import { commandBody, READY, readyBody } from "./commands.js";
import { FLAG_COMMAND } from "./constants.js";
import { startsWith } from "./curve-codec.js";
import { peerErrorCommand, protocolError } from "./errors.js";
import type { Mechanism, MechanismHost } from "./mechanism.js";
import { parseProperties } from "./metadata.js";
import { peerSocketTypeError } from "./socket-types.js";
import { askZap, settleZap, type ZapClient } from "./zap.js";

const HELLO = prefix("HELLO");
const WELCOME = prefix("WELCOME");
const INITIATE = prefix("INITIATE");
const READY_PREFIX = prefix(READY);
const ERROR_PREFIX = prefix("ERROR");
/**
 * libzmq's PLAIN writes its ERROR name as the C string "\x05ERROR", where the hex escape swallows the "E": the
 * bytes are 5e "RROR". Its PLAIN client expects exactly that, so our server sends it too and our client accepts it.
 */
const LIBZMQ_ERROR_PREFIX = new Uint8Array([0x5e, 0x52, 0x52, 0x4f, 0x52]);

function prefix(name: string): Uint8Array {
  return commandBody(name).subarray(0, 1 + name.length);
}

function libzmqPlainError(reason: string): Buffer {
  const body = Buffer.alloc(LIBZMQ_ERROR_PREFIX.length + 1 + reason.length);
  body.set(LIBZMQ_ERROR_PREFIX, 0);
  body[LIBZMQ_ERROR_PREFIX.length] = reason.length;
  body.write(reason, LIBZMQ_ERROR_PREFIX.length + 1, "latin1");
  return body;
}

/** The reason of an ERROR in either spelling; null when malformed, undefined when `body` is not an ERROR. */
function errorReason(body: Buffer): string | undefined | null {
  let at: number;
  if (startsWith(body, ERROR_PREFIX)) at = ERROR_PREFIX.length;
  else if (startsWith(body, LIBZMQ_ERROR_PREFIX)) at = LIBZMQ_ERROR_PREFIX.length;
  else return undefined;
  if (body.length < at + 1 || body[at]! > body.length - at - 1) return null;
  return body.toString("latin1", at + 1, at + 1 + body[at]!);
}

/** PLAIN client (RFC 24): HELLO(username, password) → WELCOME → INITIATE(metadata) → READY. */
export class PlainClient implements Mechanism {
  readonly name = "PLAIN";
  readonly asServer = false;
  private host: MechanismHost | undefined;
  private state: "welcome" | "ready" | "done" = "welcome";

  constructor(
    private readonly username: Buffer,
    private readonly password: Buffer,
  ) {}

  start(host: MechanismHost): void {
    this.host = host;
    const data = Buffer.alloc(2 + this.username.length + this.password.length);
    data[0] = this.username.length;
    this.username.copy(data, 1);
    data[1 + this.username.length] = this.password.length;
    this.password.copy(data, 2 + this.username.length);
    host.sendCommand(Buffer.concat([HELLO, data]));
  }

  receive(flags: number, body: Buffer): void {
    const host = this.host;
    if (host === undefined || this.state === "done") return;
    if ((flags & FLAG_COMMAND) === 0) {
      this.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "data frame during the PLAIN handshake"));
      return;
    }
    if (startsWith(body, WELCOME)) {
      if (this.state !== "welcome") return this.fail(unexpected("WELCOME"));
      if (body.length !== WELCOME.length) {
        return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_WELCOME", "PLAIN WELCOME must be empty"));
      }
      this.state = "ready";
      host.sendCommand(Buffer.concat([INITIATE, readyBody(host.properties).subarray(READY_PREFIX.length)]));
      return;
    }
    if (startsWith(body, READY_PREFIX)) {
      if (this.state !== "ready") return this.fail(unexpected("READY"));
      const properties = parseProperties(body.subarray(READY_PREFIX.length), undefined, host.metadataLimits);
      if (properties instanceof Error) return this.fail(properties);
      this.state = "done";
      host.complete(properties);
      return;
    }
    const reason = errorReason(body);
    if (reason === null) {
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_ERROR", "malformed ERROR command"));
    }
    if (reason !== undefined) return this.fail(peerErrorCommand(reason));
    this.fail(unexpected("an unknown"));
  }

  private fail(error: ReturnType<typeof protocolError>): void {
    this.state = "done";
    this.host?.fail(error);
  }
}

/**
 * PLAIN server (RFC 24): every HELLO is checked by the ZAP handler; without one the connection is refused, as in
 * libzmq (plain_server.cpp: PLAIN without ZAP authenticates nobody).
 */
export class PlainServer implements Mechanism {
  readonly name = "PLAIN";
  readonly asServer = true;
  private host: MechanismHost | undefined;
  private state: "hello" | "zap" | "initiate" | "done" = "hello";
  private zapProperties = new Map<string, Buffer>();

  constructor(private readonly zap: ZapClient) {}

  start(host: MechanismHost): void {
    this.host = host;
  }

  receive(flags: number, body: Buffer): void {
    const host = this.host;
    if (host === undefined || this.state === "done") return;
    if (this.state === "zap") {
      return this.fail(protocolError("ERR_ZMTP_UNSPECIFIED", "command received while waiting for ZAP"));
    }
    if ((flags & FLAG_COMMAND) === 0) {
      return this.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "data frame during the PLAIN handshake"));
    }
    if (body.length <= 1 || body.length <= body[0]!) {
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_UNSPECIFIED", "malformed command"));
    }
    if (this.state === "hello") this.onHello(body);
    else this.onInitiate(host, body);
  }

  close(): void {
    this.state = "done";
    this.zap.cancel?.();
  }

  private onHello(body: Buffer): void {
    if (!startsWith(body, HELLO)) return this.fail(unexpected("a non-HELLO"));
    let at = HELLO.length;
    const malformed = () => this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_HELLO", "malformed PLAIN HELLO"));
    if (body.length < at + 1) return malformed();
    const userLength = body[at++]!;
    if (body.length - at < userLength + 1) return malformed();
    const username = Buffer.from(body.subarray(at, at + userLength));
    at += userLength;
    const passwordLength = body[at++]!;
    if (body.length - at !== passwordLength) return malformed();
    const password = Buffer.from(body.subarray(at));
    this.state = "zap";
    askZap(this.zap, "PLAIN", [username, password], (outcome) => {
      const host = this.host;
      if (this.state !== "zap" || host === undefined) return;
      const extra = settleZap(host, outcome, "fail", libzmqPlainError);
      if (extra === undefined) {
        this.state = "done";
        return;
      }
      this.zapProperties = extra;
      this.state = "initiate";
      host.sendCommand(Buffer.from(WELCOME));
    });
  }

  private onInitiate(host: MechanismHost, body: Buffer): void {
    if (!startsWith(body, INITIATE)) return this.fail(unexpected("a non-INITIATE"));
    const properties = parseProperties(body.subarray(INITIATE.length), undefined, host.metadataLimits);
    if (properties instanceof Error) return this.fail(properties);
    const refused = peerSocketTypeError(host.socketType, properties);
    if (refused) return this.fail(refused);
    this.state = "done";
    host.sendCommand(readyBody(host.properties));
    for (const [name, value] of this.zapProperties) properties.set(name, value);
    host.complete(properties);
  }

  private fail(error: ReturnType<typeof protocolError>): void {
    this.state = "done";
    this.host?.fail(error);
  }
}

function unexpected(what: string) {
  return protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", `unexpected ${what} command during the PLAIN handshake`);
}
