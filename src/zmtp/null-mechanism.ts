import { commandData, commandName, ERROR, errorBody, parseErrorReason, READY, readyBody } from "./commands.js";
import { FLAG_COMMAND } from "./constants.js";
import { peerErrorCommand, protocolError } from "./errors.js";
import type { Mechanism, MechanismHost } from "./mechanism.js";
import { parseProperties } from "./metadata.js";
import { askZap, settleZap, type ZapClient } from "./zap.js";

/**
 * NULL (RFC 37 §NULL): both sides send READY at once (H-1) and are done when the peer's READY arrives.
 * Error codes follow libzmq's null_mechanism.cpp: anything but READY/ERROR is ERR_ZMTP_UNEXPECTED_COMMAND, a short
 * ERROR is ERR_ZMTP_MALFORMED_COMMAND_ERROR; for a READY whose metadata does not parse (libzmq: EPROTO, no event)
 * we report ERR_ZMTP_MALFORMED_COMMAND_READY.
 *
 * With a `zap` client (libzmq: a zapDomain is set) our READY waits for the ZAP handler's verdict (RFC 27); when no
 * handler is bound the peer is let in unless zapEnforceDomain is on (null_mechanism.cpp).
 */
export class NullMechanism implements Mechanism {
  readonly name = "NULL";
  readonly asServer = false;
  private host: MechanismHost | undefined;
  /** Set while the ZAP verdict is outstanding; the peer's READY, if it came meanwhile, waits here. */
  private awaitingZap = false;
  private peerReady: Map<string, Buffer> | undefined;
  private zapProperties: Map<string, Buffer> | undefined;
  private done = false;

  constructor(private readonly zap?: ZapClient) {}

  start(host: MechanismHost): void {
    this.host = host;
    const zap = this.zap;
    if (zap === undefined) {
      host.sendCommand(readyBody(host.properties));
      return;
    }
    this.awaitingZap = true;
    askZap(zap, "NULL", [], (outcome) => {
      if (!this.awaitingZap || this.done) return;
      this.awaitingZap = false;
      const extra = settleZap(host, outcome, zap.enforceDomain ? "fail" : "allow", errorBody);
      if (extra === undefined) {
        this.done = true;
        return;
      }
      this.zapProperties = extra;
      host.sendCommand(readyBody(host.properties));
      if (this.peerReady !== undefined) this.finish(host, this.peerReady);
    });
  }

  close(): void {
    this.done = true;
    this.zap?.cancel?.();
  }

  private finish(host: MechanismHost, properties: Map<string, Buffer>): void {
    this.done = true;
    if (this.zapProperties !== undefined) for (const [name, value] of this.zapProperties) properties.set(name, value);
    host.complete(properties);
  }

  receive(flags: number, body: Buffer): void {
    const host = this.host;
    if (host === undefined || this.done) return;
    if ((flags & FLAG_COMMAND) === 0) {
      host.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "data frame received before the handshake completed"));
      return;
    }
    const name = commandName(body);
    if (name === undefined) {
      host.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_UNSPECIFIED", "malformed command during the handshake"));
      return;
    }
    if (name === READY && this.peerReady !== undefined) {
      host.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "second READY during the NULL handshake"));
      return;
    }
    if (name === READY) {
      const properties = parseProperties(commandData(body), "ERR_ZMTP_MALFORMED_COMMAND_READY", host.metadataLimits);
      if (properties instanceof Error) host.fail(properties);
      else if (this.awaitingZap) this.peerReady = properties;
      else this.finish(host, properties);
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
