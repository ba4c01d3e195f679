import { emitWarning } from "#platform";
import { zmqError } from "../errors.js";
import { Context, context as defaultContext } from "./context.js";
import { SocketCore } from "./core.js";
import type { Message, MessageLike } from "./message.js";
import { Observer, registerObservable } from "./observer.js";
import { coerceOption, COMMON_OPTIONS, LIVE_OPTIONS, optionRecord, type OptionSpec } from "./options.js";
import { applySecurityOption, coerceCurveKey, readSecurityOption } from "./security.js";
import { groupBytes } from "./types/groups.js";

let coreOfSocket: (socket: Socket) => SocketCore;
const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });
const observers = new WeakMap<Socket, Observer>();

/** The implementation behind a public socket object (for the socket classes in this folder only). */
export function coreOf(socket: Socket): SocketCore {
  return coreOfSocket(socket);
}

function busyReading(): Error {
  return zmqError("EBUSY", "Socket is busy reading; only one receive operation may be in progress at any time");
}

/** send(), with a draft type's per-message options (`{ routingId }`, `{ group }`) checked by its class. */
export function sendMessage(socket: Socket, message: MessageLike | MessageLike[], options?: object): Promise<void> {
  const core = usable(socket);
  if (core.sendPending) {
    throw zmqError("EBUSY", "Socket is busy writing; only one send operation may be in progress at any time");
  }
  return core.send(message, options);
}

/** Methods other than close() throw synchronously on a closed or blocked socket (zeromq.js). */
export function usable(socket: Socket): SocketCore {
  const core = coreOf(socket);
  if (core.closed) throw zmqError("EBADF");
  if (core.blocked > 0) throw zmqError("EBUSY", "Socket is blocked by a bind or unbind operation");
  return core;
}

/**
 * Base class of every socket (zeromq.js `Socket`). Instances are sealed: unknown options throw TypeError, exactly as
 * with zeromq.js.
 */
export abstract class Socket {
  /** A private field, not a WeakMap lookup: every send and receive goes through it. */
  readonly #core: SocketCore;

  static {
    coreOfSocket = (socket) => {
      if (typeof socket !== "object" || socket === null || !(#core in socket)) throw new TypeError("Not a socket");
      return socket.#core;
    };
  }

  protected constructor(type: number, options?: object) {
    if (arguments.length > 2) throw new TypeError("Expected 2 arguments");
    if (typeof type !== "number") throw new TypeError("Socket type must be a number");
    if (options !== undefined && (typeof options !== "object" || options === null)) {
      throw new TypeError("Options must be an object");
    }
    const { context = defaultContext, ...rest } = (options ?? {}) as { context?: Context };
    if (!(context instanceof Context)) throw zmqError("EINVAL");
    const core = new SocketCore(type, context);
    this.#core = core;
    registerObservable(this, core);
    Object.seal(this);
    for (const [name, value] of Object.entries(rest)) (this as Record<string, unknown>)[name] = value;
  }

  get events(): Observer {
    let observer = observers.get(this);
    if (observer === undefined) {
      // zeromq.js cannot start a monitor on a closed socket
      if (coreOf(this).closed) throw zmqError("ENOTSOCK");
      observer = new Observer(this);
      observers.set(this, observer);
    }
    return observer;
  }

  get context(): Context {
    return coreOf(this).context;
  }

  get closed(): boolean {
    return coreOf(this).closed;
  }

  get readable(): boolean {
    const core = coreOf(this);
    return !core.closed && core.behavior.readable;
  }

  get writable(): boolean {
    const core = coreOf(this);
    return !core.closed && core.behavior.writable;
  }

  bind(address: string): Promise<void> {
    const core = usable(this);
    core.blocked++;
    return core.bind(address).finally(() => core.unblock());
  }

  unbind(address: string): Promise<void> {
    const core = usable(this);
    core.blocked++;
    return core.unbind(address).finally(() => core.unblock());
  }

  /** Starts the bind and returns at once; a failure is reported as a `bind:error` event. */
  bindSync(address: string): void {
    const core = usable(this);
    core.bind(address).catch(() => {});
  }

  unbindSync(address: string): void {
    const core = usable(this);
    core.unbind(address).catch(() => {});
  }

  connect(address: string): void {
    usable(this).connect(address);
  }

  disconnect(address: string): void {
    usable(this).disconnect(address);
  }

  close(): void {
    coreOf(this).close();
  }

  send(message: MessageLike | MessageLike[]): Promise<void> {
    return sendMessage(this, message);
  }

  receive(): Promise<Message[]> {
    const core = usable(this);
    if (core.receivePending) throw busyReading();
    return core.receive();
  }

  /**
   * `for await (const message of socket)`: ends when the socket closes; breaking out does not close it. Written by
   * hand rather than as an async generator: one promise per message instead of several (it is on the hot path).
   */
  [Symbol.asyncIterator](): AsyncIterator<Message[], undefined> {
    const core = coreOf(this);
    const receive = (): Promise<IteratorResult<Message[], undefined>> => {
      if (core.closed) return Promise.resolve(DONE);
      if (core.receivePending) throw busyReading();
      let ready: Message[] | undefined;
      try {
        ready = core.receiveNow();
      } catch (error) {
        return Promise.reject(error);
      }
      if (ready !== undefined) return Promise.resolve({ value: ready, done: false });
      return core.waitForMessage().then(
        (value) => ({ value, done: false }),
        (error: { code?: string }) => {
          if (core.closed && (error.code === "EAGAIN" || error.code === "EBADF")) return DONE;
          throw error;
        },
      );
    };
    return { next: receive, return: () => Promise.resolve(DONE) };
  }

  protected getBoolOption(id: number): boolean {
    return readById(this, id) as boolean;
  }
  protected setBoolOption(id: number, value: boolean): void {
    writeById(this, id, value);
  }
  protected getInt32Option(id: number): number {
    return readById(this, id) as number;
  }
  protected setInt32Option(id: number, value: number): void {
    writeById(this, id, value);
  }
  protected getUint32Option(id: number): number {
    return readById(this, id) as number;
  }
  protected setUint32Option(id: number, value: number): void {
    writeById(this, id, value);
  }
  protected getInt64Option(id: number): number {
    return readById(this, id) as number;
  }
  protected setInt64Option(id: number, value: number): void {
    writeById(this, id, value);
  }
  protected getUint64Option(id: number): number {
    return readById(this, id) as number;
  }
  protected setUint64Option(id: number, value: number): void {
    writeById(this, id, value);
  }
  protected getStringOption(id: number): string | null {
    return readById(this, id) as string | null;
  }
  protected setStringOption(id: number, value: string | Buffer | null): void {
    writeById(this, id, value);
  }
}

const specsById = new Map<number, OptionSpec>();

function readById(socket: Socket, id: number): unknown {
  const spec = specsById.get(id);
  if (spec === undefined) throw zmqError("EINVAL");
  return readOption(socket, spec);
}

function writeById(socket: Socket, id: number, value: unknown): void {
  const spec = specsById.get(id);
  if (spec === undefined) throw zmqError("EINVAL");
  writeOption(socket, spec, value);
}

function readOption(socket: Socket, spec: OptionSpec): unknown {
  const core = coreOf(socket);
  // zeromq.js: getsockopt on a closed socket fails with ENOTSOCK.
  if (core.closed) throw zmqError("ENOTSOCK");
  if (spec.rules?.unavailable || spec.rules?.writeOnlyInLibzmq) throw zmqError("EINVAL");
  const security = readSecurityOption(core.security, spec.name);
  if (security !== undefined) return security;
  // Type-specific options (routingId, mandatory, invertMatching...) are not pre-filled by the core.
  const values = optionRecord(core.options);
  return spec.name in values ? values[spec.name] : spec.defaultValue;
}

function writeOption(socket: Socket, spec: OptionSpec, value: unknown): void {
  const core = coreOf(socket);
  if (core.closed) throw zmqError("ENOTSOCK");
  const coerced = spec.rules?.curveKey ? coerceCurveKey(value) : coerceOption(spec, value);
  applySecurityOption(core.security, spec.name, coerced);
  if (spec.name === "routingId") {
    // Binary ids are kept as bytes; libzmq accepts 1..255 of them.
    const routingId = Buffer.isBuffer(value) ? value : Buffer.from(coerced as string, "utf8");
    if (routingId.length > 255) throw zmqError("EINVAL");
    core.routingIdBytes = routingId;
  }
  optionRecord(core.options)[spec.name] = coerced;
  if (core.endpointsUsed && !LIVE_OPTIONS.has(spec.name)) {
    emitWarning("Socket option will not take effect until next connect/bind.");
  }
  core.optionChanged(spec.name);
}

/** Install option accessors on a socket class's prototype. */
export function defineOptions(prototype: object, specs: readonly OptionSpec[]): void {
  for (const spec of specs) {
    specsById.set(spec.id, spec);
    const descriptor: PropertyDescriptor = { configurable: true, enumerable: true };
    if (spec.access !== "w") {
      descriptor.get = function (this: Socket) {
        return readOption(this, spec);
      };
    }
    if (spec.access !== "r") {
      descriptor.set = function (this: Socket, value: unknown) {
        writeOption(this, spec, value);
      };
    }
    Object.defineProperty(prototype, spec.name, descriptor);
  }
}

/** zmq_join / zmq_leave of one group: only a draft DISH has groups; any other socket refuses with ENOTSUP. */
export function changeGroup(socket: Socket, change: "join" | "leave", value: unknown): void {
  const behavior = usable(socket).behavior;
  const group = groupBytes(value);
  if (behavior[change] === undefined) throw zmqError("ENOTSUP");
  behavior[change](group);
}

// zeromq.js's native Socket.prototype has join() and leave() on every socket, outside its typings (the draft Dish
// declares them): so here too, and a socket that is not a DISH throws ENOTSUP, as libzmq's zmq_join does.
const groupMethods = {
  join(this: Socket, ...groups: unknown[]): void {
    for (const group of groups) changeGroup(this, "join", group);
  },
  leave(this: Socket, ...groups: unknown[]): void {
    for (const group of groups) changeGroup(this, "leave", group);
  },
};
for (const [name, value] of Object.entries(groupMethods)) {
  Object.defineProperty(Socket.prototype, name, { value, writable: true, configurable: true });
}

/** Properties every socket has (zeromq.js names; defaults in ZEROMQ_JS_V6_API.md §2.5). */
export interface Socket {
  affinity: number;
  rate: number;
  recoveryInterval: number;
  readonly type: number;
  linger: number;
  reconnectInterval: number;
  backlog: number;
  reconnectMaxInterval: number;
  maxMessageSize: number;
  readonly lastEndpoint: string | null;
  tcpKeepalive: number;
  tcpKeepaliveCount: number;
  tcpKeepaliveIdle: number;
  tcpKeepaliveInterval: number;
  tcpAcceptFilter: string | null;
  immediate: boolean;
  ipv6: boolean;
  readonly securityMechanism: null | "plain" | "curve" | "gssapi";
  plainServer: boolean;
  plainUsername: string | null;
  plainPassword: string | null;
  curveServer: boolean;
  curvePublicKey: string | null;
  curveSecretKey: string | null;
  curveServerKey: string | null;
  zapDomain: string | null;
  typeOfService: number;
  handshakeInterval: number;
  socksProxy: string | null;
  heartbeatInterval: number;
  heartbeatTimeToLive: number;
  heartbeatTimeout: number;
  connectTimeout: number;
  tcpMaxRetransmitTimeout: number;
  readonly threadSafe: boolean;
  multicastMaxTransportDataUnit: number;
  vmciBufferSize: number;
  vmciBufferMinSize: number;
  vmciBufferMaxSize: number;
  vmciConnectTimeout: number;
  interface: string | null;
  zapEnforceDomain: boolean;
  loopbackFastPath: boolean;
  /** purezmq only: parts of one received message (-1 = none); over it the link is closed. */
  maxMessageParts: number;
  /** purezmq only: bytes of one received message while maxMessageSize is -1 (-1 = none). */
  messageSizeCeiling: number;
  /** purezmq only: bytes of a peer's handshake metadata (-1 = none). */
  maxMetadataSize: number;
  /** purezmq only: properties in a peer's handshake metadata (-1 = none). */
  maxMetadataProperties: number;
  /** wss:// (libzmq ZMQ_WSS_KEY_PEM): our private key, PEM. Write-only, as in libzmq. */
  wssKeyPem: string | null;
  /** wss:// (ZMQ_WSS_CERT_PEM): our certificate, PEM; a wss:// bind needs it and the key. */
  wssCertPem: string | null;
  /** wss:// (ZMQ_WSS_TRUST_PEM): a trust anchor for the server's certificate, PEM. */
  wssTrustPem: string | null;
  /** wss:// (ZMQ_WSS_HOSTNAME): the name the server's certificate must carry (default: the dialed host). */
  wssHostname: string | null;
  /** wss:// (ZMQ_WSS_TRUST_SYSTEM): trust the system's CAs as well as wssTrustPem (default true). */
  wssTrustSystem: boolean;
}
defineOptions(Socket.prototype, COMMON_OPTIONS);
