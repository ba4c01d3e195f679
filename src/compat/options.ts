import type { Socket } from "../index.js";
import * as c from "./constants.js";

type AnySocket = Socket & Record<string, any>;

/** How one v5 option maps onto the v6 socket: a reader and/or a writer (missing = "not supported"). */
interface OptionMapping {
  get?(socket: AnySocket): unknown;
  set?(socket: AnySocket, value: any): void;
}

/** A v6 property read and written as is. */
function property(name: string): OptionMapping {
  return {
    get: (socket) => socket[name],
    set: (socket, value) => {
      socket[name] = value;
    },
  };
}

/** A v6 boolean property that v5 read as 1/0 and set from any truthy value. */
function flag(name: string): OptionMapping {
  return {
    get: (socket) => (socket[name] ? 1 : 0),
    set: (socket, value) => {
      socket[name] = Boolean(value);
    },
  };
}

function unsupported(what: string): OptionMapping {
  const fail = (): never => {
    throw new Error(`${what} is not supported in compatibility mode`);
  };
  return { get: fail, set: fail };
}

const MECHANISMS: Record<string, number> = { plain: 1, curve: 2, gssapi: 3 };

const MAPPINGS = new Map<number, OptionMapping>([
  [c.ZMQ_AFFINITY, property("affinity")],
  [c.ZMQ_IDENTITY, property("routingId")],
  [c.ZMQ_SUBSCRIBE, { set: (socket, value) => socket.subscribe(value) }],
  [c.ZMQ_UNSUBSCRIBE, { set: (socket, value) => socket.unsubscribe(value) }],
  [c.ZMQ_RATE, property("rate")],
  [c.ZMQ_RECOVERY_IVL, property("recoveryInterval")],
  [c.ZMQ_SNDBUF, property("sendBufferSize")],
  [c.ZMQ_RCVBUF, property("receiveBufferSize")],
  [c.ZMQ_RCVMORE, unsupported("ZMQ_RCVMORE")],
  [c.ZMQ_FD, unsupported("ZMQ_FD")],
  [c.ZMQ_EVENTS, { get: (socket) => (socket.readable ? c.ZMQ_POLLIN : 0) | (socket.writable ? c.ZMQ_POLLOUT : 0) }],
  [c.ZMQ_TYPE, { get: (socket) => socket.type }],
  [c.ZMQ_LINGER, property("linger")],
  [c.ZMQ_RECONNECT_IVL, property("reconnectInterval")],
  [c.ZMQ_BACKLOG, property("backlog")],
  [c.ZMQ_RECONNECT_IVL_MAX, property("reconnectMaxInterval")],
  [c.ZMQ_MAXMSGSIZE, property("maxMessageSize")],
  [c.ZMQ_SNDHWM, property("sendHighWaterMark")],
  [c.ZMQ_RCVHWM, property("receiveHighWaterMark")],
  [c.ZMQ_MULTICAST_HOPS, property("multicastHops")],
  [c.ZMQ_RCVTIMEO, property("receiveTimeout")],
  [c.ZMQ_SNDTIMEO, property("sendTimeout")],
  [
    c.ZMQ_IPV4ONLY,
    {
      get: (socket) => !socket.ipv6,
      set: (socket, value) => {
        socket.ipv6 = !value;
      },
    },
  ],
  [c.ZMQ_LAST_ENDPOINT, { get: (socket) => socket.lastEndpoint }],
  [c.ZMQ_ROUTER_MANDATORY, flag("mandatory")],
  [c.ZMQ_TCP_KEEPALIVE, property("tcpKeepalive")],
  [c.ZMQ_TCP_KEEPALIVE_CNT, property("tcpKeepaliveCount")],
  [c.ZMQ_TCP_KEEPALIVE_IDLE, property("tcpKeepaliveIdle")],
  [c.ZMQ_TCP_KEEPALIVE_INTVL, property("tcpKeepaliveInterval")],
  [c.ZMQ_TCP_ACCEPT_FILTER, { set: property("tcpAcceptFilter").set }],
  [c.ZMQ_DELAY_ATTACH_ON_CONNECT, flag("immediate")],
  [
    c.ZMQ_XPUB_VERBOSE,
    {
      get: () => {
        throw new Error("Reading ZMQ_XPUB_VERBOSE is not supported");
      },
      set: (socket, value) => {
        socket.verbosity = value ? "allSubs" : null;
      },
    },
  ],
  [c.ZMQ_ROUTER_RAW, unsupported("ZMQ_ROUTER_RAW")],
  [c.ZMQ_IPV6, flag("ipv6")],
  [c.ZMQ_MECHANISM, { get: (socket) => MECHANISMS[socket.securityMechanism as string] ?? 0 }],
  [c.ZMQ_PLAIN_SERVER, flag("plainServer")],
  [c.ZMQ_PLAIN_USERNAME, property("plainUsername")],
  [c.ZMQ_PLAIN_PASSWORD, property("plainPassword")],
  [c.ZMQ_CURVE_SERVER, flag("curveServer")],
  [c.ZMQ_CURVE_PUBLICKEY, property("curvePublicKey")],
  [c.ZMQ_CURVE_SECRETKEY, property("curveSecretKey")],
  [c.ZMQ_CURVE_SERVERKEY, property("curveServerKey")],
  [c.ZMQ_ZAP_DOMAIN, property("zapDomain")],
  [c.ZMQ_HEARTBEAT_IVL, property("heartbeatInterval")],
  [c.ZMQ_HEARTBEAT_TTL, property("heartbeatTimeToLive")],
  [c.ZMQ_HEARTBEAT_TIMEOUT, property("heartbeatTimeout")],
  [c.ZMQ_CONNECT_TIMEOUT, property("connectTimeout")],
  [c.ZMQ_ROUTER_HANDOVER, flag("handover")],
]);

/** v5's short option names, usable with getsockopt/setsockopt and as socket properties. */
export const shortOptions = {
  _fd: c.ZMQ_FD,
  _ioevents: c.ZMQ_EVENTS,
  _receiveMore: c.ZMQ_RCVMORE,
  _subscribe: c.ZMQ_SUBSCRIBE,
  _unsubscribe: c.ZMQ_UNSUBSCRIBE,
  affinity: c.ZMQ_AFFINITY,
  backlog: c.ZMQ_BACKLOG,
  identity: c.ZMQ_IDENTITY,
  linger: c.ZMQ_LINGER,
  rate: c.ZMQ_RATE,
  rcvbuf: c.ZMQ_RCVBUF,
  last_endpoint: c.ZMQ_LAST_ENDPOINT,
  reconnect_ivl: c.ZMQ_RECONNECT_IVL,
  recovery_ivl: c.ZMQ_RECOVERY_IVL,
  sndbuf: c.ZMQ_SNDBUF,
  mechanism: c.ZMQ_MECHANISM,
  plain_server: c.ZMQ_PLAIN_SERVER,
  plain_username: c.ZMQ_PLAIN_USERNAME,
  plain_password: c.ZMQ_PLAIN_PASSWORD,
  curve_server: c.ZMQ_CURVE_SERVER,
  curve_publickey: c.ZMQ_CURVE_PUBLICKEY,
  curve_secretkey: c.ZMQ_CURVE_SECRETKEY,
  curve_serverkey: c.ZMQ_CURVE_SERVERKEY,
  zap_domain: c.ZMQ_ZAP_DOMAIN,
  heartbeat_ivl: c.ZMQ_HEARTBEAT_IVL,
  heartbeat_ttl: c.ZMQ_HEARTBEAT_TTL,
  heartbeat_timeout: c.ZMQ_HEARTBEAT_TIMEOUT,
  connect_timeout: c.ZMQ_CONNECT_TIMEOUT,
};

export type ShortOption = keyof typeof shortOptions;

export function optionId(option: number | ShortOption): number | undefined {
  return typeof option === "number" ? option : shortOptions[option];
}

export function readOption(socket: Socket, id: number | undefined): unknown {
  const get = id === undefined ? undefined : MAPPINGS.get(id)?.get;
  if (get === undefined) throw new Error("Unknown option");
  return get(socket as AnySocket);
}

export function writeOption(socket: Socket, id: number | undefined, value: unknown): void {
  const set = id === undefined ? undefined : MAPPINGS.get(id)?.set;
  if (set === undefined) throw new Error("Unknown option");
  set(socket as AnySocket, value);
}
