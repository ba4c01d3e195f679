import type { RemoteInfo, Socket as UdpSocket } from "node:dgram";
import { isIPv4 } from "node:net";
import { zmqError } from "../errors.js";
import { nodeDgram, nodeDns } from "../platform/load.js";
import type { Link, LinkHandler, PeerInfo } from "../zmtp/link.js";
import { resolveBindHost } from "./bind-host.js";
import { isMulticastIPv4, parseUdp, type UdpEndpoint } from "./endpoint.js";
import { transportError } from "./os-error.js";
import type { PeerConnection, Transport } from "./transport.js";

/**
 * udp:// for RADIO/DISH and DGRAM (libzmq udp_engine.cpp). No ZMTP: a RADIO datagram is one byte of group length,
 * the group, then the body; a DGRAM datagram is the body alone. A dish or dgram binds; a radio sends to a
 * unicast address or a multicast group. Nothing is ever sent back to a radio, so it cannot learn joins: it sends
 * every group and the dish filters.
 */

/** RADIO sends; DISH receives group datagrams; DGRAM exchanges raw datagrams with any "ip:port". */
export type UdpRole = "radio" | "dish" | "dgram";

/** libzmq's MAX_UDP_MSG: a larger datagram is neither sent nor read whole. */
export const MAX_DATAGRAM = 8192;

const EMPTY = Buffer.alloc(0);

/** A RADIO datagram for `group` and `body`, or undefined when it would exceed MAX_DATAGRAM (libzmq drops it). */
export function encodeGroupDatagram(group: Buffer, body: Buffer): Buffer | undefined {
  const size = 1 + group.length + body.length;
  if (group.length > 255 || size > MAX_DATAGRAM) return undefined;
  const datagram = Buffer.allocUnsafe(size);
  datagram[0] = group.length;
  group.copy(datagram, 1);
  body.copy(datagram, 1 + group.length);
  return datagram;
}

/** [group, body] of a RADIO datagram, or undefined when it is empty or its group length runs past its end. */
export function decodeGroupDatagram(datagram: Buffer): [Buffer, Buffer] | undefined {
  if (datagram.length < 1) return undefined;
  const groupEnd = 1 + datagram[0]!;
  if (groupEnd > datagram.length) return undefined;
  return [datagram.subarray(1, groupEnd), datagram.subarray(groupEnd)];
}

/** DGRAM's address part as libzmq writes it: "ip:port" and a terminating NUL. */
export function addressPart(remote: { address: string; port: number }): Buffer {
  return Buffer.from(`${remote.address}:${remote.port}\0`, "latin1");
}

/** The IPv4 "ip:port" a DGRAM message is sent to (a trailing NUL allowed), or undefined when malformed. */
export function parseAddressPart(part: Buffer): { host: string; port: number } | undefined {
  const text = part.toString("latin1").replace(/\0+$/, "");
  const colon = text.lastIndexOf(":");
  if (colon < 0) return undefined;
  const host = text.slice(0, colon);
  const portText = text.slice(colon + 1);
  if (!isIPv4(host) || !/^\d{1,5}$/.test(portText)) return undefined;
  const port = Number(portText);
  return port >= 1 && port <= 65535 ? { host, port } : undefined;
}

export interface UdpOptions {
  /** ZMQ_MULTICAST_HOPS: the TTL of multicast datagrams a radio sends. */
  multicastHops: number;
}

/**
 * Open the udp socket for `role`: bound (dish, dgram) or ready to send (radio). Rejects with a zeromq.js-shaped
 * error (ENODEV for an unknown host or interface, EADDRINUSE, ...). Call `start(handler)` on the link to use it.
 */
export async function openUdp(endpoint: UdpEndpoint, role: UdpRole, options: UdpOptions): Promise<UdpLink> {
  const multicast = isMulticastIPv4(endpoint.host);
  const ifaceAddress = await interfaceAddress(endpoint);
  const socket = nodeDgram().createSocket({ type: "udp4", reuseAddr: role !== "radio" });
  try {
    if (role === "radio") {
      const target = multicast || isIPv4(endpoint.host) ? endpoint.host : await resolveTarget(endpoint);
      await bindSocket(socket, 0, undefined, endpoint.address);
      if (multicast) {
        socket.setMulticastTTL(Math.min(255, Math.max(0, options.multicastHops)));
        socket.setMulticastLoopback(true);
        if (ifaceAddress !== undefined) socket.setMulticastInterface(ifaceAddress);
      }
      return new UdpLink(socket, role, endpoint.address, { host: target, port: endpoint.port });
    }
    if (multicast) {
      // As libzmq: bind the port on every address and join the group on the interface.
      await bindSocket(socket, endpoint.port, "0.0.0.0", endpoint.address);
      try {
        socket.addMembership(endpoint.host, ifaceAddress);
      } catch (error) {
        throw transportError(error as NodeJS.ErrnoException, endpoint.address);
      }
    } else {
      const host = await resolveBindHost(endpoint.host, false);
      if (host === undefined) throw zmqError("ENODEV", undefined, endpoint.address);
      await bindSocket(socket, endpoint.port, host, endpoint.address);
    }
    return new UdpLink(socket, role, endpoint.address, undefined);
  } catch (error) {
    socket.close();
    throw error;
  }
}

async function interfaceAddress(endpoint: UdpEndpoint): Promise<string | undefined> {
  if (endpoint.iface === undefined || endpoint.iface === "*") return undefined;
  const address = await resolveBindHost(endpoint.iface, false);
  if (address === undefined) throw zmqError("ENODEV", undefined, endpoint.address);
  return address;
}

async function resolveTarget(endpoint: UdpEndpoint): Promise<string> {
  try {
    return (await nodeDns().lookup(endpoint.host, { family: 4 })).address;
  } catch {
    throw zmqError("EINVAL", undefined, endpoint.address);
  }
}

function bindSocket(socket: UdpSocket, port: number, host: string | undefined, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException): void => reject(transportError(error, address));
    socket.once("error", failed);
    socket.bind(port, host, () => {
      socket.off("error", failed);
      resolve();
    });
  });
}

/** What a udp "peer" looks like to a socket: no handshake, no type, and it takes every group. */
export function udpPeer(address: string): PeerInfo {
  return { socketType: undefined, identity: EMPTY, properties: new Map(), minor: 1, address, allGroups: true };
}

/** One udp socket as a socket's link: never backpressured (datagrams are sent or lost), closed only locally. */
export class UdpLink implements Link {
  readonly peer: PeerInfo;
  readonly writable = true;
  private paused = false;
  private closed = false;
  private handler: LinkHandler | undefined;

  constructor(
    private readonly socket: UdpSocket,
    private readonly role: UdpRole,
    address: string,
    private readonly target: { host: string; port: number } | undefined,
  ) {
    this.peer = udpPeer(address);
    socket.unref();
  }

  /** The local udp address, once bound. */
  get localPort(): number {
    return this.socket.address().port;
  }

  start(handler: LinkHandler): void {
    this.handler = handler;
    // Send failures (no route, unreachable) lose that datagram only, as with libzmq.
    this.socket.on("error", () => {});
    if (this.role !== "radio") this.socket.on("message", this.onDatagram);
    process.nextTick(() => {
      if (!this.closed) handler.onReady(this.peer);
    });
  }

  send(parts: Buffer[]): void {
    if (this.closed || parts.length !== 2) return;
    if (this.role === "radio") {
      const datagram = encodeGroupDatagram(parts[0]!, parts[1]!);
      if (datagram !== undefined) this.socket.send(datagram, this.target!.port, this.target!.host);
    } else if (this.role === "dgram") {
      const to = parseAddressPart(parts[0]!);
      if (to !== undefined && parts[1]!.length <= MAX_DATAGRAM) this.socket.send(parts[1]!, to.port, to.host);
    }
  }

  subscribe(): void {}
  cancel(): void {}

  /** While the socket's receive queue is full, datagrams are dropped (libzmq drops what its pipe cannot take). */
  pause(keepReading = false): void {
    if (!keepReading) this.paused = true;
  }

  resume(): void {
    this.paused = false;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close();
    process.nextTick(() => this.handler?.onClose(undefined, true));
  }

  private readonly onDatagram = (datagram: Buffer, remote: RemoteInfo): void => {
    const handler = this.handler;
    if (this.closed || this.paused || handler === undefined || datagram.length > MAX_DATAGRAM) return;
    if (this.role === "dgram") {
      handler.onMessage([addressPart(remote), datagram]);
      return;
    }
    const parts = decodeGroupDatagram(datagram);
    if (parts !== undefined) handler.onMessage(parts);
  };
}

/** An opened udp socket as the socket's one peer: started once the socket has wired its handler. */
function udpConnection(link: UdpLink): PeerConnection {
  return {
    open(handler) {
      link.start(handler);
      return link;
    },
    refuse: () => link.close(),
  };
}

/** Which side each udp socket type takes: DISH and DGRAM bind, RADIO connects. */
const BIND_ROLES: Readonly<Record<string, UdpRole>> = { DISH: "dish", DGRAM: "dgram" };

/**
 * udp:// — datagrams without ZMTP for RADIO/DISH and DGRAM: no handshake, no reconnection, no monitor events.
 * The one udp socket is the socket's single link, opened at bind/connect time.
 */
export const udp: Transport<UdpEndpoint> = {
  scheme: "udp",
  monitored: false,
  reportsBindErrors: true,
  parse: parseUdp,
  supports: (socketType, purpose) => (purpose === "bind" ? socketType in BIND_ROLES : socketType === "RADIO"),
  presetPeer: udpPeer,
  async listen(endpoint, context) {
    const link = await openUdp(endpoint, BIND_ROLES[context.socketType]!, {
      multicastHops: context.options.multicastHops,
    });
    context.accepted(udpConnection(link));
    // libzmq reports a udp endpoint without its scheme ("127.0.0.1:5555"), with the port actually taken.
    const iface = endpoint.iface === undefined ? "" : `${endpoint.iface};`;
    return { endpoint: `${iface}${endpoint.host}:${link.localPort}`, close: () => Promise.resolve() };
  },
  connect(endpoint, context) {
    let cancelled = false;
    openUdp(endpoint, "radio", { multicastHops: context.options.multicastHops }).then(
      (link) => {
        if (cancelled) link.close();
        else context.connected(udpConnection(link));
      },
      // An unresolvable host: like a tcp peer that never answers, the endpoint just never delivers.
      () => {},
    );
    return {
      reconnect() {},
      close() {
        cancelled = true;
      },
      retries: false,
    };
  },
};
