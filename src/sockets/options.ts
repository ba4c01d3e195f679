/**
 * Socket options with zeromq.js's property names, libzmq ids, value types and defaults (ZEROMQ_JS_V6_API.md §2.5).
 * Options become accessor properties on the socket classes' prototypes; values live in the socket's core.
 */

export type OptionKind = "bool" | "number" | "string";

export interface OptionSpec {
  readonly name: string;
  readonly id: number;
  readonly kind: OptionKind;
  readonly defaultValue: unknown;
  /** "rw" (default), "r" (getter only) or "w" (setter only, reads as undefined). */
  readonly access?: "rw" | "r" | "w";
}

const rw = (name: string, id: number, kind: OptionKind, defaultValue: unknown): OptionSpec => ({
  name,
  id,
  kind,
  defaultValue,
});
const ro = (name: string, id: number, kind: OptionKind, defaultValue: unknown): OptionSpec => ({
  name,
  id,
  kind,
  defaultValue,
  access: "r",
});
export const wo = (name: string, id: number, kind: OptionKind, defaultValue: unknown): OptionSpec => ({
  name,
  id,
  kind,
  defaultValue,
  access: "w",
});

/** Options every socket has. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  rw("affinity", 4, "number", 0),
  rw("rate", 8, "number", 100),
  rw("recoveryInterval", 9, "number", 10000),
  ro("type", 16, "number", -1),
  rw("linger", 17, "number", -1),
  rw("reconnectInterval", 18, "number", 100),
  rw("backlog", 19, "number", 100),
  rw("reconnectMaxInterval", 21, "number", 0),
  rw("maxMessageSize", 22, "number", -1),
  ro("lastEndpoint", 32, "string", null),
  rw("tcpKeepalive", 34, "number", -1),
  rw("tcpKeepaliveCount", 35, "number", -1),
  rw("tcpKeepaliveIdle", 36, "number", -1),
  rw("tcpKeepaliveInterval", 37, "number", -1),
  rw("tcpAcceptFilter", 38, "string", null),
  rw("immediate", 39, "bool", false),
  rw("ipv6", 42, "bool", false),
  ro("securityMechanism", 43, "string", null),
  rw("plainServer", 44, "bool", false),
  rw("plainUsername", 45, "string", null),
  rw("plainPassword", 46, "string", null),
  rw("zapDomain", 55, "string", null),
  rw("typeOfService", 57, "number", 0),
  rw("handshakeInterval", 66, "number", 30000),
  rw("socksProxy", 68, "string", null),
  rw("heartbeatInterval", 75, "number", 0),
  rw("heartbeatTimeToLive", 76, "number", 0),
  rw("heartbeatTimeout", 77, "number", -1),
  rw("connectTimeout", 79, "number", 0),
  rw("tcpMaxRetransmitTimeout", 80, "number", 0),
  ro("threadSafe", 81, "bool", false),
  rw("multicastMaxTransportDataUnit", 84, "number", 1500),
  rw("vmciBufferSize", 85, "number", 0),
  rw("vmciBufferMinSize", 86, "number", 0),
  rw("vmciBufferMaxSize", 87, "number", 0),
  rw("vmciConnectTimeout", 88, "number", -1),
  rw("interface", 92, "string", null),
  rw("zapEnforceDomain", 93, "bool", false),
  rw("loopbackFastPath", 94, "bool", false),
];

/** Options of sockets that can send. */
export const WRITABLE_OPTIONS: readonly OptionSpec[] = [
  rw("sendBufferSize", 11, "number", -1),
  rw("sendHighWaterMark", 23, "number", 1000),
  rw("sendTimeout", 28, "number", -1),
  rw("multicastHops", 25, "number", 1),
];

/** Options of sockets that can receive. */
export const READABLE_OPTIONS: readonly OptionSpec[] = [
  rw("receiveBufferSize", 12, "number", -1),
  rw("receiveHighWaterMark", 24, "number", 1000),
  rw("receiveTimeout", 27, "number", -1),
];

export const ROUTING_ID = rw("routingId", 5, "string", null);
export const PROBE_ROUTER = wo("probeRouter", 51, "bool", false);
export const CONFLATE = wo("conflate", 54, "bool", false);
export const NO_DROP = wo("noDrop", 69, "bool", false);
export const INVERT_MATCHING = rw("invertMatching", 74, "bool", false);
export const CORRELATE = wo("correlate", 52, "bool", false);
export const RELAXED = wo("relaxed", 53, "bool", false);
export const MANDATORY = rw("mandatory", 33, "bool", false);
export const HANDOVER = wo("handover", 56, "bool", false);
export const MANUAL = wo("manual", 71, "bool", false);
export const WELCOME_MESSAGE = wo("welcomeMessage", 72, "string", null);

/** Options whose change after bind/connect takes effect immediately (no "will not take effect" warning). */
export const LIVE_OPTIONS = new Set([
  "linger",
  "mandatory",
  "probeRouter",
  "correlate",
  "relaxed",
  "handover",
  "sendHighWaterMark",
  "receiveHighWaterMark",
  "sendTimeout",
  "receiveTimeout",
  "verbosity",
]);

/** Validate and normalise a value for an option, throwing zeromq.js's TypeErrors. */
export function coerceOption(spec: OptionSpec, value: unknown): unknown {
  switch (spec.kind) {
    case "bool":
      if (typeof value !== "boolean") throw new TypeError("Option value must be a boolean");
      return value;
    case "number":
      if (typeof value !== "number") throw new TypeError("Option value must be a number");
      return value;
    case "string":
      if (value === null) return null;
      if (typeof value === "string") return value.length === 0 ? null : value;
      if (Buffer.isBuffer(value)) return value.length === 0 ? null : value.toString("utf8");
      throw new TypeError("Option value must be a string or buffer");
  }
}
