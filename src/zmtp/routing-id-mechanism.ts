import { FLAG_MORE } from "./constants.js";
import { protocolError } from "./errors.js";
import type { Mechanism, MechanismHost } from "./mechanism.js";

/**
 * The handshake of ZMTP 2.0 (RFC 15 §Identity) and of ZWS 2.0 without a mechanism (RFC 45 §No Mechanism,
 * subprotocol "ZWS2.0"): each side's first message is its routing id, and that is the whole handshake: no READY.
 * ZWS has no socket type to check; a ZMTP 2.0 peer named its type in the greeting. Browsers can only offer the bare
 * ZWS subprotocol ("/" is not allowed in a WebSocket subprotocol name), and libzmq accepts it with NULL.
 */
export class RoutingIdMechanism implements Mechanism {
  /** Security-wise this is NULL; it never appears in a greeting (ZWS has none). */
  readonly name = "NULL";
  readonly asServer = false;
  private host: MechanismHost | undefined;

  constructor(
    private readonly routingId: Buffer,
    /** What the peer's greeting said it is (ZMTP 2.0), checked by the session like READY's Socket-Type. */
    private readonly peerSocketType?: string,
    private readonly protocol = "ZWS2.0",
  ) {}

  start(host: MechanismHost): void {
    this.host = host;
    host.sendFrame?.(0, this.routingId);
  }

  receive(flags: number, body: Buffer): void {
    const host = this.host;
    if (host === undefined) return;
    if (flags !== 0) {
      const what = (flags & FLAG_MORE) !== 0 ? "a multipart routing id" : "a command";
      host.fail(
        protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", `${what} instead of the peer's routing id (${this.protocol})`),
      );
      return;
    }
    const properties = new Map([["Identity", Buffer.from(body)]]);
    if (this.peerSocketType !== undefined) properties.set("Socket-Type", Buffer.from(this.peerSocketType, "latin1"));
    host.complete(properties);
  }
}
