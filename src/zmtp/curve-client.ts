import { readyBody } from "./commands.js";
import { FLAG_COMMAND } from "./constants.js";
import { CurveCodec, startsWith } from "./curve-codec.js";
import {
  generateKeyPair,
  nonce,
  open,
  precompute,
  randomBytes,
  readCounter,
  seal,
  shortNonce,
  type KeyPair,
} from "./curve-crypto.js";
import { peerErrorCommand, protocolError } from "./errors.js";
import type { LinkError } from "./link.js";
import type { Mechanism, MechanismHost } from "./mechanism.js";
import { parseProperties } from "./metadata.js";

export const HELLO_NAME = new Uint8Array([5, 0x48, 0x45, 0x4c, 0x4c, 0x4f]);
export const WELCOME_NAME = new Uint8Array([7, 0x57, 0x45, 0x4c, 0x43, 0x4f, 0x4d, 0x45]);
export const INITIATE_NAME = new Uint8Array([8, 0x49, 0x4e, 0x49, 0x54, 0x49, 0x41, 0x54, 0x45]);
export const READY_NAME = new Uint8Array([5, 0x52, 0x45, 0x41, 0x44, 0x59]);
export const ERROR_NAME = new Uint8Array([5, 0x45, 0x52, 0x52, 0x4f, 0x52]);

/** Sizes (RFC 26 as libzmq implements it: HELLO has 72 bytes of padding, not the RFC text's 70). */
export const HELLO_SIZE = 200;
export const WELCOME_SIZE = 168;
export const INITIATE_MIN = 257;
export const READY_MIN = 30;

export function cryptoError(what: string): LinkError {
  return protocolError("ERR_ZMTP_CRYPTOGRAPHIC", what);
}

/**
 * CurveZMQ client (RFC 26): HELLO → WELCOME → INITIATE → READY with fresh transient keys per connection. Short
 * nonces count from 1 (HELLO = 1, INITIATE = 2, then MESSAGEs), as libzmq does.
 */
export class CurveClient implements Mechanism {
  readonly name = "CURVE";
  readonly asServer = false;
  private host: MechanismHost | undefined;
  private state: "welcome" | "ready" | "done" = "welcome";
  private readonly transient: KeyPair;
  private sent = 0;
  /** Box key between our transient key and the server's long-term key (HELLO, WELCOME). */
  private helloKey: Uint8Array | undefined;
  /** Box key between both transient keys (INITIATE, READY, MESSAGE). */
  private sessionKey: Uint8Array | undefined;

  constructor(
    private readonly serverKey: Uint8Array,
    private readonly publicKey: Uint8Array,
    private readonly secretKey: Uint8Array,
  ) {
    this.transient = generateKeyPair();
  }

  start(host: MechanismHost): void {
    this.host = host;
    this.helloKey = precompute(this.transient.secretKey, this.serverKey);
    if (this.helloKey === undefined) return this.fail(cryptoError("the CURVE server key is not a valid public key"));
    const counter = ++this.sent;
    const hello = Buffer.alloc(HELLO_SIZE);
    hello.set(HELLO_NAME, 0);
    hello[6] = 1; // version 1.0
    hello.set(this.transient.publicKey, 80);
    hello.set(shortNonce(counter), 112);
    hello.set(seal(this.helloKey, nonce("CurveZMQHELLO---", shortNonce(counter)), new Uint8Array(64)), 120);
    host.sendCommand(hello);
  }

  receive(flags: number, body: Buffer): void {
    const host = this.host;
    if (host === undefined || this.state === "done") return;
    if ((flags & FLAG_COMMAND) === 0) {
      return this.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "data frame during the CURVE handshake"));
    }
    if (startsWith(body, WELCOME_NAME)) {
      if (this.state !== "welcome") return this.fail(unexpected("WELCOME"));
      return this.onWelcome(host, body);
    }
    if (startsWith(body, READY_NAME)) {
      if (this.state !== "ready") return this.fail(unexpected("READY"));
      return this.onReady(host, body);
    }
    if (startsWith(body, ERROR_NAME)) {
      if (body.length < 7 || body[6]! > body.length - 7) {
        return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_ERROR", "malformed ERROR command"));
      }
      return this.fail(peerErrorCommand(body.toString("latin1", 7, 7 + body[6]!)));
    }
    this.fail(unexpected("an unknown"));
  }

  private onWelcome(host: MechanismHost, body: Buffer): void {
    // libzmq reports a WELCOME of the wrong size as a cryptographic failure (curve_client_tools.hpp).
    if (body.length !== WELCOME_SIZE) return this.fail(cryptoError("CURVE WELCOME must be 168 bytes"));
    const plaintext = open(this.helloKey!, nonce("WELCOME-", body.subarray(8, 24)), body.subarray(24));
    if (plaintext === undefined)
      return this.fail(cryptoError("CURVE WELCOME failed authentication (wrong server key?)"));
    const serverTransient = plaintext.subarray(0, 32);
    const cookie = plaintext.subarray(32, 128);
    this.sessionKey = precompute(this.transient.secretKey, serverTransient);
    const vouchKey = precompute(this.secretKey, serverTransient);
    if (this.sessionKey === undefined || vouchKey === undefined) {
      return this.fail(cryptoError("CURVE server sent an invalid transient key"));
    }
    const vouchNonce = randomBytes(16);
    const vouchPlain = new Uint8Array(64);
    vouchPlain.set(this.transient.publicKey, 0);
    vouchPlain.set(this.serverKey, 32);
    const vouch = seal(vouchKey, nonce("VOUCH---", vouchNonce), vouchPlain);
    vouchKey.fill(0);
    const metadata = readyBody(host.properties).subarray(READY_NAME.length);
    const inner = new Uint8Array(128 + metadata.length);
    inner.set(this.publicKey, 0);
    inner.set(vouchNonce, 32);
    inner.set(vouch, 48);
    inner.set(metadata, 128);
    const counter = ++this.sent;
    const box = seal(this.sessionKey, nonce("CurveZMQINITIATE", shortNonce(counter)), inner);
    const initiate = Buffer.alloc(113 + box.length);
    initiate.set(INITIATE_NAME, 0);
    initiate.set(cookie, 9);
    initiate.set(shortNonce(counter), 105);
    initiate.set(box, 113);
    this.state = "ready";
    host.sendCommand(initiate);
  }

  private onReady(host: MechanismHost, body: Buffer): void {
    if (body.length < READY_MIN)
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_READY", "CURVE READY too short"));
    const counter = readCounter(body, 6);
    const plaintext = open(this.sessionKey!, nonce("CurveZMQREADY---", body.subarray(6, 14)), body.subarray(14));
    if (plaintext === undefined) return this.fail(cryptoError("CURVE READY failed authentication"));
    const properties = parseProperties(
      Buffer.from(plaintext.buffer, plaintext.byteOffset, plaintext.length),
      undefined,
      host.metadataLimits,
    );
    if (properties instanceof Error) return this.fail(properties);
    this.state = "done";
    host.complete(properties, new CurveCodec(this.sessionKey!, false, this.sent, counter));
  }

  private fail(error: LinkError): void {
    this.state = "done";
    this.host?.fail(error);
  }
}

export function unexpected(what: string): LinkError {
  return protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", `unexpected ${what} command during the CURVE handshake`);
}
