import { commandData, commandName, ERROR, parseErrorReason, READY, readyBody } from "./commands.js";
import { FLAG_COMMAND } from "./constants.js";
import { peerErrorCommand, protocolError } from "./errors.js";
import type { Mechanism, MechanismHost } from "./mechanism.js";
import { parseProperties } from "./metadata.js";

/**
 * NULL (RFC 37 §NULL): both sides send READY at once (H-1) and are done when the peer's READY arrives.
 * Error codes follow libzmq's null_mechanism.cpp: anything but READY/ERROR is ERR_ZMTP_UNEXPECTED_COMMAND, a short
 * ERROR is ERR_ZMTP_MALFORMED_COMMAND_ERROR; for a READY whose metadata does not parse (libzmq: EPROTO, no event)
 * we report ERR_ZMTP_MALFORMED_COMMAND_READY.
 */
export class NullMechanism implements Mechanism {
  readonly name = "NULL";
  readonly asServer = false;
  private host: MechanismHost | undefined;

  start(host: MechanismHost): void {
    this.host = host;
    host.sendCommand(readyBody(host.properties));
  }

  receive(flags: number, body: Buffer): void {
    const host = this.host;
    if (host === undefined) return;
    if ((flags & FLAG_COMMAND) === 0) {
      host.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "data frame received before the handshake completed"));
      return;
    }
    const name = commandName(body);
    if (name === undefined) {
      host.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_UNSPECIFIED", "malformed command during the handshake"));
      return;
    }
    if (name === READY) {
      const properties = parseProperties(commandData(body), "ERR_ZMTP_MALFORMED_COMMAND_READY", host.metadataLimits);
      if (properties instanceof Error) host.fail(properties);
      else host.complete(properties);
      return;
    }
    if (name === ERROR) {
      const reason = parseErrorReason(commandData(body));
      if (reason === undefined) host.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_ERROR", "malformed ERROR command"));
      else host.fail(peerErrorCommand(reason));
      return;
    }
    host.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", `unexpected ${name} command during the NULL handshake`));
  }
}
