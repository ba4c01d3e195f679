import { errorBody, readyBody } from "./commands.js";
import { FLAG_COMMAND } from "./constants.js";
import { CurveCodec, startsWith } from "./curve-codec.js";
import {
  HELLO_NAME,
  HELLO_SIZE,
  INITIATE_MIN,
  INITIATE_NAME,
  READY_NAME,
  WELCOME_NAME,
  cryptoError,
  unexpected,
} from "./curve-client.js";
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
import { protocolError } from "./errors.js";
import type { LinkError } from "./link.js";
import type { Mechanism, MechanismHost } from "./mechanism.js";
import { parseProperties } from "./metadata.js";
import { peerSocketTypeError } from "./socket-types.js";
import { askZap, settleZap, type ZapClient } from "./zap.js";

/**
 * CurveZMQ server (RFC 26). Keeps no per-client state between WELCOME and INITIATE beyond this connection's
 * transient key and a one-time cookie key, which is wiped once INITIATE arrives.
 *
 * ZAP as libzmq 4.3 (curve_server.cpp): with a domain set or zapEnforceDomain off, the handler is asked when one
 * is bound; no handler lets every client in unless zapEnforceDomain is on (then EFAULT). With zapEnforceDomain on
 * and no domain, ZAP is skipped.
 */
export class CurveServer implements Mechanism {
  readonly name = "CURVE";
  readonly asServer = true;
  private host: MechanismHost | undefined;
  private state: "hello" | "initiate" | "zap" | "done" = "hello";
  private readonly transient: KeyPair;
  private clientTransient: Uint8Array | undefined;
  private cookieKey: Uint8Array | undefined;
  private sessionKey: Uint8Array | undefined;
  private received = 0;

  constructor(
    private readonly secretKey: Uint8Array,
    private readonly zap: ZapClient | undefined,
  ) {
    this.transient = generateKeyPair();
  }

  start(host: MechanismHost): void {
    this.host = host;
  }

  close(): void {
    this.state = "done";
    this.cookieKey?.fill(0);
    this.zap?.cancel?.();
  }

  receive(flags: number, body: Buffer): void {
    const host = this.host;
    if (host === undefined || this.state === "done") return;
    if (this.state === "zap") {
      return this.fail(protocolError("ERR_ZMTP_UNSPECIFIED", "command received while waiting for ZAP"));
    }
    if ((flags & FLAG_COMMAND) === 0) {
      return this.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "data frame during the CURVE handshake"));
    }
    if (body.length <= 1 || body.length <= body[0]!) {
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_UNSPECIFIED", "malformed command"));
    }
    if (this.state === "hello") this.onHello(host, body);
    else this.onInitiate(host, body);
  }

  private onHello(host: MechanismHost, body: Buffer): void {
    if (!startsWith(body, HELLO_NAME)) return this.fail(unexpected("a non-HELLO"));
    if (body.length !== HELLO_SIZE || body[6] !== 1 || body[7] !== 0) {
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_HELLO", "CURVE HELLO must be 200 bytes, version 1.0"));
    }
    const clientTransient = Buffer.from(body.subarray(80, 112));
    const helloKey = precompute(this.secretKey, clientTransient);
    const ok =
      helloKey !== undefined &&
      open(helloKey, nonce("CurveZMQHELLO---", body.subarray(112, 120)), body.subarray(120, 200)) !== undefined;
    if (!ok) return this.fail(cryptoError("CURVE HELLO failed authentication (client has the wrong server key?)"));
    this.clientTransient = clientTransient;
    this.received = readCounter(body, 112);

    this.cookieKey = randomBytes(32);
    const cookieNonce = randomBytes(16);
    const cookiePlain = new Uint8Array(64);
    cookiePlain.set(clientTransient, 0);
    cookiePlain.set(this.transient.secretKey, 32);
    const cookieBox = seal(this.cookieKey, nonce("COOKIE--", cookieNonce), cookiePlain);
    cookiePlain.fill(0);
    const welcomePlain = new Uint8Array(128);
    welcomePlain.set(this.transient.publicKey, 0);
    welcomePlain.set(cookieNonce, 32);
    welcomePlain.set(cookieBox, 48);
    const welcomeNonce = randomBytes(16);
    const welcome = Buffer.alloc(168);
    welcome.set(WELCOME_NAME, 0);
    welcome.set(welcomeNonce, 8);
    welcome.set(seal(helloKey!, nonce("WELCOME-", welcomeNonce), welcomePlain), 24);
    helloKey!.fill(0);
    this.state = "initiate";
    host.sendCommand(welcome);
  }

  private onInitiate(host: MechanismHost, body: Buffer): void {
    if (!startsWith(body, INITIATE_NAME)) return this.fail(unexpected("a non-INITIATE"));
    if (body.length < INITIATE_MIN) {
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_INITIATE", "CURVE INITIATE too short"));
    }
    const cookie = open(this.cookieKey!, nonce("COOKIE--", body.subarray(9, 25)), body.subarray(25, 105));
    this.cookieKey!.fill(0);
    if (
      cookie === undefined ||
      !equal(cookie.subarray(0, 32), this.clientTransient!) ||
      !equal(cookie.subarray(32, 64), this.transient.secretKey)
    ) {
      return this.fail(cryptoError("CURVE INITIATE carries an invalid cookie"));
    }
    const counter = readCounter(body, 105);
    this.sessionKey = precompute(this.transient.secretKey, this.clientTransient!);
    const inner =
      this.sessionKey && counter > this.received
        ? open(this.sessionKey, nonce("CurveZMQINITIATE", body.subarray(105, 113)), body.subarray(113))
        : undefined;
    if (inner === undefined) return this.fail(cryptoError("CURVE INITIATE failed authentication"));
    this.received = counter;
    const clientKey = Buffer.from(inner.subarray(0, 32));
    const vouchKey = precompute(this.transient.secretKey, clientKey);
    const vouch = vouchKey && open(vouchKey, nonce("VOUCH---", inner.subarray(32, 48)), inner.subarray(48, 128));
    if (vouch === undefined) return this.fail(cryptoError("CURVE INITIATE vouch failed authentication"));
    if (!equal(vouch.subarray(0, 32), this.clientTransient!)) {
      return this.fail(protocolError("ERR_ZMTP_KEY_EXCHANGE", "CURVE vouch does not match the client's transient key"));
    }
    const properties = parseProperties(
      Buffer.from(inner.buffer, inner.byteOffset + 128, inner.length - 128),
      undefined,
      host.metadataLimits,
    );
    if (properties instanceof Error) return this.fail(properties);
    const refused = peerSocketTypeError(host.socketType, properties);
    if (refused) return this.fail(refused);

    const zap = this.zap;
    if (zap === undefined || (zap.domain === "" && zap.enforceDomain)) return this.sendReady(host, properties);
    this.state = "zap";
    askZap(zap, "CURVE", [clientKey], (outcome) => {
      if (this.state !== "zap") return;
      const extra = settleZap(host, outcome, zap.enforceDomain ? "fail" : "allow", errorBody);
      if (extra === undefined) {
        this.state = "done";
        return;
      }
      for (const [name, value] of extra) properties.set(name, value);
      this.sendReady(host, properties);
    });
  }

  private sendReady(host: MechanismHost, properties: Map<string, Buffer>): void {
    const sent = 1;
    const metadata = readyBody(host.properties).subarray(READY_NAME.length);
    const box = seal(this.sessionKey!, nonce("CurveZMQREADY---", shortNonce(sent)), metadata);
    const ready = Buffer.alloc(14 + box.length);
    ready.set(READY_NAME, 0);
    ready.set(shortNonce(sent), 6);
    ready.set(box, 14);
    this.state = "done";
    host.sendCommand(ready);
    host.complete(properties, new CurveCodec(this.sessionKey!, true, sent, this.received));
  }

  private fail(error: LinkError): void {
    this.state = "done";
    this.host?.fail(error);
  }
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}
