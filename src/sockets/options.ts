import { emitWarning, isIP } from "#platform";
import { zmqError } from "../errors.js";
/**
 * Socket options with zeromq.js's property names, libzmq ids, value types and defaults (ZEROMQ_JS_V6_API.md §2.5).
 * Options become accessor properties on the socket classes' prototypes; values live in the socket's core.
 */

export type OptionKind = "bool" | "number" | "string";

/**
 * How libzmq (through zeromq.js) takes a value. Numbers: "int32" is truncated and wrapped like a C int, then checked
 * against `min`; "int64" is truncated; "uint64" is truncated and clamped at 0; "enum" must be one of -1, 0, 1.
 * Strings: `empty` allows "", `nullable` allows null (which clears the option).
 */
export interface OptionRules {
  readonly int?: "int32" | "int64" | "uint64" | "enum";
  readonly min?: number;
  readonly empty?: boolean;
  readonly nullable?: boolean;
  /** Custom conversion (heartbeatTimeToLive); returns undefined for EINVAL. */
  readonly convert?: (value: number) => number | undefined;
  /** The transport behind it is not built (vmci): every read and write fails with EINVAL. */
  readonly unavailable?: boolean;
  /** A CURVE key (security.ts converts it). */
  readonly curveKey?: boolean;
  /** libzmq cannot read it back: reads fail with EINVAL. */
  readonly writeOnlyInLibzmq?: boolean;
}

/** The value an option of each kind holds. */
export interface OptionKindValue {
  bool: boolean;
  number: number;
  string: string | null;
}

export interface OptionSpec<N extends string = string, K extends OptionKind = OptionKind> {
  readonly name: N;
  readonly id: number;
  readonly kind: K;
  readonly defaultValue: OptionKindValue[K];
  /** "rw" (default), "r" (getter only) or "w" (setter only, reads as undefined). */
  readonly access?: "rw" | "r" | "w";
  readonly rules?: OptionRules;
}

const rw = <N extends string, K extends OptionKind>(
  name: N,
  id: number,
  kind: K,
  defaultValue: OptionKindValue[K],
  rules?: OptionRules,
): OptionSpec<N, K> => ({ name, id, kind, defaultValue, rules });
const ro = <N extends string, K extends OptionKind>(
  name: N,
  id: number,
  kind: K,
  defaultValue: OptionKindValue[K],
): OptionSpec<N, K> => ({ name, id, kind, defaultValue, access: "r" });
export const wo = <N extends string, K extends OptionKind>(
  name: N,
  id: number,
  kind: K,
  defaultValue: OptionKindValue[K],
  rules?: OptionRules,
): OptionSpec<N, K> => ({ name, id, kind, defaultValue, access: "w", rules });

const int = (min: number): OptionRules => ({ int: "int32", min });
const text: OptionRules = { nullable: true };
/** CURVE keys: 40 Z85 characters or 32 bytes (see security.ts); libzmq cannot hand them back through zeromq.js. */
const curveKey: OptionRules = { curveKey: true, writeOnlyInLibzmq: true };
/** libzmq stores the TTL in deciseconds (E-23): ms / 100 truncated must fit 16 bits. */
const ttl = (value: number): number | undefined => {
  const deciseconds = Math.trunc((value | 0) / 100);
  return deciseconds >= 0 && deciseconds <= 0xffff ? deciseconds * 100 : undefined;
};

/**
 * purezmq's own limits on what one peer can make a socket hold (libzmq has no such options; ids are outside
 * libzmq's range). Defaults and reasons: README "Reliability", src/zmtp/message-budget.ts, src/zmtp/metadata.ts.
 */
export const LIMIT_OPTIONS = [
  rw("maxMessageParts", 100_001, "number", 65_536, int(-1)),
  rw("messageSizeCeiling", 100_002, "number", 1024 * 1024 * 1024, { int: "int64" }),
  rw("maxMetadataSize", 100_003, "number", 64 * 1024, int(-1)),
  rw("maxMetadataProperties", 100_004, "number", 64, int(-1)),
] as const;

/** Options every socket has. */
export const COMMON_OPTIONS = [
  rw("affinity", 4, "number", 0, { int: "uint64" }),
  rw("rate", 8, "number", 100, int(1)),
  rw("recoveryInterval", 9, "number", 10000, int(0)),
  ro("type", 16, "number", -1),
  rw("linger", 17, "number", -1, int(-1)),
  rw("reconnectInterval", 18, "number", 100, int(-1)),
  rw("backlog", 19, "number", 100, int(0)),
  rw("reconnectMaxInterval", 21, "number", 0, int(0)),
  rw("maxMessageSize", 22, "number", -1, { int: "int64" }),
  ro("lastEndpoint", 32, "string", null),
  rw("tcpKeepalive", 34, "number", -1, { int: "enum" }),
  rw("tcpKeepaliveCount", 35, "number", -1, int(-1)),
  rw("tcpKeepaliveIdle", 36, "number", -1, int(-1)),
  rw("tcpKeepaliveInterval", 37, "number", -1, int(-1)),
  rw("tcpAcceptFilter", 38, "string", null, { nullable: true, writeOnlyInLibzmq: true }),
  rw("immediate", 39, "bool", false),
  rw("ipv6", 42, "bool", false),
  ro("securityMechanism", 43, "string", null),
  rw("plainServer", 44, "bool", false),
  rw("plainUsername", 45, "string", null, text),
  rw("plainPassword", 46, "string", null, text),
  rw("curveServer", 47, "bool", false),
  rw("curvePublicKey", 48, "string", null, curveKey),
  rw("curveSecretKey", 49, "string", null, curveKey),
  rw("curveServerKey", 50, "string", null, curveKey),
  rw("zapDomain", 55, "string", null, {}),
  rw("typeOfService", 57, "number", 0, int(0)),
  rw("handshakeInterval", 66, "number", 30000, int(0)),
  rw("socksProxy", 68, "string", null, text),
  rw("heartbeatInterval", 75, "number", 0, int(0)),
  rw("heartbeatTimeToLive", 76, "number", 0, { convert: ttl }),
  rw("heartbeatTimeout", 77, "number", -1, int(0)),
  rw("connectTimeout", 79, "number", 0, int(0)),
  rw("tcpMaxRetransmitTimeout", 80, "number", 0, int(0)),
  ro("threadSafe", 81, "bool", false),
  rw("multicastMaxTransportDataUnit", 84, "number", 1500, int(1)),
  rw("vmciBufferSize", 85, "number", 0, { unavailable: true }),
  rw("vmciBufferMinSize", 86, "number", 0, { unavailable: true }),
  rw("vmciBufferMaxSize", 87, "number", 0, { unavailable: true }),
  rw("vmciConnectTimeout", 88, "number", -1, { unavailable: true }),
  rw("interface", 92, "string", null, text),
  rw("zapEnforceDomain", 93, "bool", false),
  rw("loopbackFastPath", 94, "bool", false),
  // wss:// TLS settings: libzmq's ZMQ_WSS_* options (zeromq.js has no properties for them); write-only in libzmq.
  wo("wssKeyPem", 103, "string", null, text),
  wo("wssCertPem", 104, "string", null, text),
  wo("wssTrustPem", 105, "string", null, text),
  wo("wssHostname", 106, "string", null, text),
  wo("wssTrustSystem", 107, "bool", true),
  ...LIMIT_OPTIONS,
] as const;

/** Options of sockets that can send. */
export const WRITABLE_OPTIONS = [
  rw("sendBufferSize", 11, "number", -1, int(-1)),
  rw("sendHighWaterMark", 23, "number", 1000, int(0)),
  rw("sendTimeout", 28, "number", -1, int(-1)),
  rw("multicastHops", 25, "number", 1, int(1)),
] as const;

/** Options of sockets that can receive. */
export const READABLE_OPTIONS = [
  rw("receiveBufferSize", 12, "number", -1, int(-1)),
  rw("receiveHighWaterMark", 24, "number", 1000, int(0)),
  rw("receiveTimeout", 27, "number", -1, int(-1)),
] as const;

export const ROUTING_ID = rw("routingId", 5, "string", null, {});
export const PROBE_ROUTER = wo("probeRouter", 51, "bool", false);
export const CONFLATE = wo("conflate", 54, "bool", false);
export const NO_DROP = wo("noDrop", 69, "bool", false);
export const INVERT_MATCHING = rw("invertMatching", 74, "bool", false);
/** PUB/XPUB (purezmq only): subscriptions one peer may hold, and bytes of one topic; -1 = none. */
export const MAX_SUBSCRIPTIONS = rw("maxSubscriptions", 100_005, "number", 100_000, int(-1));
export const MAX_TOPIC_LENGTH = rw("maxTopicLength", 100_006, "number", 4096, int(-1));
export const CORRELATE = wo("correlate", 52, "bool", false);
export const RELAXED = wo("relaxed", 53, "bool", false);
export const MANDATORY = rw("mandatory", 33, "bool", false, { writeOnlyInLibzmq: true });
export const HANDOVER = wo("handover", 56, "bool", false);
export const MANUAL = wo("manual", 71, "bool", false);
export const WELCOME_MESSAGE = wo("welcomeMessage", 72, "string", null, { nullable: true, empty: true });

export const NOTIFY = wo("notify", 73, "bool", true);

/** Option values by name, as a map over the option tables: a misspelt option name does not compile. */
type ValuesOf<Specs extends readonly OptionSpec[]> = {
  -readonly [Spec in Specs[number] as Spec["name"]]: OptionKindValue[Spec["kind"]];
};
type TypeSpecific = readonly [
  typeof MAX_SUBSCRIPTIONS,
  typeof MAX_TOPIC_LENGTH,
  typeof ROUTING_ID,
  typeof PROBE_ROUTER,
  typeof CONFLATE,
  typeof NO_DROP,
  typeof INVERT_MATCHING,
  typeof CORRELATE,
  typeof RELAXED,
  typeof MANDATORY,
  typeof HANDOVER,
  typeof MANUAL,
  typeof WELCOME_MESSAGE,
  typeof NOTIFY,
];

/** Every option a socket core holds: the common and send/receive ones always, type-specific ones once set. */
export type SocketOptionValues = ValuesOf<typeof COMMON_OPTIONS> &
  ValuesOf<typeof WRITABLE_OPTIONS> &
  ValuesOf<typeof READABLE_OPTIONS> &
  Partial<ValuesOf<TypeSpecific>> & {
    /** XPUB's verbosity (a setter in zeromq.js, not a table option). */
    verbosity?: null | "allSubs" | "allSubsUnsubs";
  };

/** The same values as a plain record, for table-driven reads and writes by spec name. */
export function optionRecord(values: SocketOptionValues): Record<string, unknown> {
  return values as unknown as Record<string, unknown>;
}

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

/** Validate and normalise a value for an option, throwing zeromq.js's TypeErrors and libzmq's EINVAL. */
export function coerceOption(spec: OptionSpec, value: unknown): unknown {
  const rules = spec.rules ?? {};
  switch (spec.kind) {
    case "bool":
      if (typeof value !== "boolean") throw new TypeError("Option value must be a boolean");
      return value;
    case "number": {
      if (typeof value !== "number") throw new TypeError("Option value must be a number");
      if (rules.unavailable) throw zmqError("EINVAL");
      if (rules.convert) {
        const converted = rules.convert(value);
        if (converted === undefined) throw zmqError("EINVAL");
        return converted;
      }
      switch (rules.int) {
        case "int64":
          return Math.trunc(value);
        case "uint64":
          if (value > Number.MAX_SAFE_INTEGER) {
            emitWarning("Value is larger than Number.MAX_SAFE_INTEGER and may have been rounded inaccurately.");
          }
          return Math.max(0, Math.trunc(value));
        case "enum":
          if (value !== -1 && value !== 0 && value !== 1) throw zmqError("EINVAL");
          return value;
        case "int32": {
          const wrapped = value | 0;
          if (wrapped < (rules.min ?? -0x80000000)) throw zmqError("EINVAL");
          return wrapped;
        }
        default:
          return value;
      }
    }
    case "string": {
      let text: string | null;
      if (value === null) text = null;
      else if (typeof value === "string") text = value;
      else if (Buffer.isBuffer(value)) text = value.toString("utf8");
      else throw new TypeError("Option value must be a string or buffer");
      if (text === null && !rules.nullable) throw zmqError("EINVAL");
      if (text === "" && !rules.empty) throw zmqError("EINVAL");
      if (text !== null && spec.name === "tcpAcceptFilter" && isIP(text) === 0) throw zmqError("EINVAL");
      return text === "" ? null : text;
    }
  }
}
