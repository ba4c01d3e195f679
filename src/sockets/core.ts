import { zmqError, type ZmqError } from "../errors.js";
import { inprocRegistryOf } from "../transports/inproc.js";
import { endpointScheme, parseEndpoint, transportOf } from "../transports/registry.js";
import type {
  BindContext,
  ConnectContext,
  Connecter,
  LinkSpec,
  PeerConnection,
  Transport,
  TransportContext,
  TransportListener,
} from "../transports/transport.js";
import { afterIO, backgroundTimeout } from "#platform";
import type { Link, LinkError, LinkHandler, PeerInfo } from "../zmtp/link.js";
import type { MetadataLimits } from "../zmtp/metadata.js";
import type { Behavior, SocketHost } from "./behavior.js";
import { type Context, contextOption } from "./context.js";
import { toFrames, type MessageLike } from "./message.js";
import type { Event, Observable } from "./observer.js";
import {
  COMMON_OPTIONS,
  optionRecord,
  READABLE_OPTIONS,
  WRITABLE_OPTIONS,
  type SocketOptionValues,
} from "./options.js";
import { Pipe, type Frames } from "./pipe.js";
import { SOCKET_TYPES, SocketType } from "./socket-types.js";
import { trackOpen, untrack, type ExitClosable } from "./exit.js";
import { holdProcess, releaseProcess } from "./keep-alive.js";
import { Waiter } from "./waiter.js";
import { createMechanism, type SecurityState } from "./security.js";
import { handshakeEventError } from "./handshake-errors.js";
import { inprocZapClient } from "./zap-client.js";
import "#x25519";

const EMPTY = Buffer.alloc(0);

const RESOLVED = Promise.resolve();
const MAX_SYNC_OPERATIONS = 512;

interface BoundEndpoint {
  readonly address: string;
  readonly transport: Transport;
  resolved: string;
  listener?: TransportListener;
  readonly links: Set<Link>;
  /** What a link accepted here does when it goes down: one function per endpoint, not a closure per connection. */
  onDown?: LinkDown;
}

/** A link of `pipe` (undefined: accepted, closed before its handshake made one) went down. */
type LinkDown = (link: Link, error: LinkError | undefined, ready: boolean, pipe: Pipe | undefined) => void;

interface ConnectedEndpoint {
  readonly address: string;
  readonly pipe: Pipe;
  connecter?: Connecter;
  /** Link still in its handshake, so close() can hand it the pipe's queue (linger). */
  pending?: Link;
  stopped: boolean;
  /** Closed with messages still queued and no connection yet: dialing goes on until linger ends. */
  lingering?: boolean;
}

/**
 * Everything behind a public socket object: options, endpoints, pipes and links, pending operations and events.
 * The socket type's routing rules live in `behavior`; this class only moves messages between it and the links.
 */
export class SocketCore implements SocketHost, Observable, ExitClosable {
  readonly options: SocketOptionValues;
  /** Current mechanism and role, switched by the PLAIN/CURVE options as in libzmq. */
  readonly security: SecurityState = { mechanism: "null", asServer: false };
  routingIdBytes: Buffer = EMPTY;
  readonly behavior: Behavior;
  readonly typeName: string;
  closed = false;
  /** bind/unbind operations in flight: every other method throws EBUSY meanwhile. */
  blocked = 0;
  /** Set once bind/connect happened (options then warn that they apply to later endpoints only). */
  endpointsUsed = false;
  private closeRequested = false;
  private readonly bound = new Map<string, BoundEndpoint>();
  private readonly connected = new Map<string, ConnectedEndpoint[]>();
  private readonly pipes = new Set<Pipe>();
  private readonly attachedPipes = new WeakSet<Pipe>();
  private readonly links = new Set<Link>();
  /** Links flushing their last messages after close(): they keep the process alive, as libzmq's linger does. */
  private readonly lingering = new Set<Link>();
  private readonly sinks: Array<(event: Event) => void> = [];
  private sendWaiter: { waiter: Waiter<void>; frames: Frames; options: unknown } | undefined;
  private receiveWaiter: Waiter<Buffer[]> | undefined;
  private syncOperations = 0;
  private lastSendAttempt = false;
  private lastReceiveAttempt = false;
  private lastMetadataLimits: MetadataLimits | undefined;
  private readonly exitRef: WeakRef<ExitClosable>;

  constructor(
    readonly type: number,
    readonly context: Context,
  ) {
    const entry = SOCKET_TYPES.get(type);
    if (entry === undefined) throw zmqError("EINVAL");
    this.typeName = entry.name;
    this.options = { ...defaultOptions() }; // a copy of one template: same shape for every socket, no per-name stores
    this.options.type = type;
    this.options.threadSafe = entry.threadSafe === true;
    if (entry.linger !== undefined) this.options.linger = entry.linger;
    // libzmq's SUB and XSUB default to linger 0 (pending subscriptions are not worth waiting for on close).
    if (type === SocketType.Subscriber || type === SocketType.XSubscriber) this.options.linger = 0;
    // libzmq: a context with ZMQ_BLOCKY off gives its new sockets linger 0.
    if (contextOption(context, "blocky") === false) this.options.linger = 0;
    this.options.ipv6 = contextOption(context, "ipv6") === true;
    this.behavior = entry.create(this);
    this.exitRef = trackOpen(this);
  }

  // ---- events

  attachObserver(sink: (event: Event) => void): void {
    this.sinks.push(sink);
  }

  emit(event: Event): void {
    for (const sink of this.sinks) sink(event);
  }

  // ---- SocketHost

  wakeReader(): void {
    const waiter = this.receiveWaiter;
    if (waiter === undefined) return;
    let frames: Frames | undefined;
    try {
      frames = this.behavior.receive();
    } catch (error) {
      this.receiveWaiter = undefined;
      waiter.reject(error as Error);
      return;
    }
    if (frames !== undefined) {
      this.receiveWaiter = undefined;
      waiter.resolve(frames);
      if (this.sendWaiter !== undefined) this.wakeWriter();
    }
  }

  wakeWriter(): void {
    const pending = this.sendWaiter;
    if (pending === undefined) return;
    let queued: boolean;
    try {
      queued = this.behavior.send(pending.frames, pending.options);
    } catch (error) {
      this.sendWaiter = undefined;
      pending.waiter.reject(error as Error);
      return;
    }
    if (queued) {
      this.sendWaiter = undefined;
      pending.waiter.resolve();
      if (this.receiveWaiter !== undefined) this.wakeReader();
    }
  }

  // ---- send / receive

  get sendPending(): boolean {
    return this.sendWaiter !== undefined;
  }

  get receivePending(): boolean {
    return this.receiveWaiter !== undefined;
  }

  /** `options`: the per-message options of draft sockets (`{ routingId }`, `{ group }`), validated by their class. */
  send(message: MessageLike | MessageLike[], options?: unknown): Promise<void> {
    const frames = toFrames(message);
    try {
      if (this.behavior.send(frames, options)) {
        // A send can let a waiting receive go ahead (REP's next request once the reply is out), as zeromq.js
        // re-polls after each operation.
        if (this.receiveWaiter !== undefined) this.wakeReader();
        if (!this.yieldDue()) return RESOLVED;
        return new Promise((resolve) => afterIO(resolve));
      }
    } catch (error) {
      return Promise.reject(error);
    }
    const timeout = this.options.sendTimeout;
    if (timeout === 0) return Promise.reject(zmqError("EAGAIN"));
    const waiter: Waiter<void> = new Waiter<void>(timeout, (): Error | undefined => {
      if (this.sendWaiter?.waiter === waiter) this.sendWaiter = undefined;
      return this.lastAttempt(frames, options, waiter);
    });
    this.sendWaiter = { waiter, frames, options };
    return waiter.promise;
  }

  /**
   * As zeromq.js: after 512 sends and receives resolved at once, the next one resolves from setImmediate, so I/O
   * (and peers in this process) get a turn.
   */
  private yieldDue(): boolean {
    if (++this.syncOperations < MAX_SYNC_OPERATIONS) return false;
    this.syncOperations = 0;
    return true;
  }

  get sendMayWait(): boolean {
    return !this.lastSendAttempt && this.options.sendTimeout !== 0;
  }

  get receiveMayWait(): boolean {
    return !this.lastReceiveAttempt && this.options.receiveTimeout !== 0;
  }

  /**
   * At a send timeout, and on close, zeromq.js tries once more without waiting and reports why that failed
   * (EHOSTUNREACH, EFSM...).
   */
  private lastAttempt(frames: Frames, options: unknown, waiter: Waiter<void>): Error | undefined {
    this.lastSendAttempt = true;
    try {
      if (this.behavior.send(frames, options)) waiter.resolve();
      return undefined;
    } catch (error) {
      return error as Error;
    } finally {
      this.lastSendAttempt = false;
    }
  }

  /** The same for a receive: its error (EFSM, ENOTSUP), or undefined (EAGAIN, or resolved with a message). */
  private lastReceive(waiter: Waiter<Buffer[]>): Error | undefined {
    this.lastReceiveAttempt = true;
    try {
      const frames = this.behavior.receive();
      if (frames !== undefined) waiter.resolve(frames);
      return undefined;
    } catch (error) {
      return error as Error;
    } finally {
      this.lastReceiveAttempt = false;
    }
  }

  /** A message ready now, or undefined; throws what the socket type's receive throws (EFSM, ENOTSUP). */
  receiveNow(): Buffer[] | undefined {
    const frames = this.behavior.receive();
    // A receive can let a waiting send go ahead (REQ's next request once the reply is in).
    if (frames !== undefined && this.sendWaiter !== undefined) this.wakeWriter();
    return frames;
  }

  receive(): Promise<Buffer[]> {
    try {
      const frames = this.receiveNow();
      if (frames !== undefined) {
        if (!this.yieldDue()) return Promise.resolve(frames);
        return new Promise((resolve) => afterIO(() => resolve(frames)));
      }
    } catch (error) {
      return Promise.reject(error);
    }
    return this.waitForMessage();
  }

  /** Wait for the next message (none is ready now): with receiveTimeout 0, the error of one more try, or EAGAIN. */
  waitForMessage(): Promise<Buffer[]> {
    const timeout = this.options.receiveTimeout;
    if (timeout === 0) return Promise.reject(zmqError("EAGAIN"));
    const waiter: Waiter<Buffer[]> = new Waiter<Buffer[]>(timeout, () => {
      if (this.receiveWaiter === waiter) this.receiveWaiter = undefined;
      return this.lastReceive(waiter);
    });
    this.receiveWaiter = waiter;
    return waiter.promise;
  }

  // ---- pipes and links

  private newPipe(address: string, connectSide: boolean): Pipe {
    const pipe = new Pipe(
      address,
      connectSide,
      this.options.sendHighWaterMark,
      this.options.receiveHighWaterMark,
      this.options.conflate === true,
    );
    this.pipes.add(pipe);
    return pipe;
  }

  private attach(pipe: Pipe): void {
    if (this.attachedPipes.has(pipe)) return;
    this.attachedPipes.add(pipe);
    this.behavior.attach(pipe);
  }

  private detach(pipe: Pipe): void {
    if (!this.attachedPipes.has(pipe)) return;
    this.attachedPipes.delete(pipe);
    this.behavior.detach(pipe);
  }

  /** Remove a pipe for good (bind side on disconnect; connect side on disconnect()/close()). */
  private destroyPipe(pipe: Pipe): void {
    pipe.dead = true;
    this.pipes.delete(pipe);
    this.detach(pipe);
  }

  /** For `PipeLinkHandler`: the pipe of an accepted link, made once its handshake is done (none while it stalls). */
  acceptedPipe(address: string): Pipe {
    return this.newPipe(address, false);
  }

  /** For `PipeLinkHandler`: the link of `pipe` completed its handshake. */
  linkReady(pipe: Pipe, link: Link, peer: PeerInfo, address: string): void {
    if (this.closed) return;
    pipe.attachLink(link, peer);
    this.attach(pipe);
    this.behavior.linkReady(pipe);
    pipe.flush();
    this.emit({ type: "handshake", address });
    this.wakeWriter();
  }

  /** For `PipeLinkHandler`: the link of `pipe` is closed. */
  linkClosed(pipe: Pipe | undefined, link: Link, address: string, error: LinkError | undefined, ready: boolean): void {
    this.links.delete(link);
    if (this.lingering.delete(link)) releaseProcess();
    if (pipe?.link === link) pipe.detachLink();
    if (ready) {
      // A link closed for an error after its handshake (a protocol error, a limit, a heartbeat timeout) is a
      // disconnect for libzmq too; purezmq adds the reason.
      this.emit(error === undefined ? { type: "disconnect", address } : { type: "disconnect", address, error });
    } else if (!this.closed) {
      this.emitHandshakeError(address, error);
    }
  }

  private emitHandshakeError(address: string, error: LinkError | undefined): void {
    this.emit(handshakeEventError(address, error));
  }

  /**
   * Open a transport's new connection as a link of `pipe`; undefined for an accepted connection, whose pipe is made
   * when its handshake completes.
   */
  private openPeer(peer: PeerConnection, address: string, pipe: Pipe | undefined, onDown: LinkDown): Link {
    const handler = new PipeLinkHandler(this, pipe, address, onDown);
    const link = peer.open(handler, this.linkSpec(address, peer));
    handler.link = link;
    this.links.add(link);
    return link;
  }

  private linkSpec(address: string, peer: PeerConnection): LinkSpec {
    const options = this.options;
    const mechanism = createMechanism(this.security, optionRecord(options), () => {
      const remote = peer.remoteAddress ?? "";
      return inprocZapClient(inprocRegistryOf(this.context), {
        domain: options.zapDomain ?? "",
        enforceDomain: options.zapEnforceDomain === true,
        address: remote.startsWith("::ffff:") ? remote.slice(7) : remote,
        routingId: this.routingIdBytes,
      });
    });
    return {
      raw: this.behavior.rawStreams,
      session: {
        socketType: this.typeName,
        address,
        identity: this.routingIdBytes,
        mechanism,
        maxMessageSize: options.maxMessageSize,
        messageSizeCeiling: options.messageSizeCeiling,
        maxMessageParts: options.maxMessageParts,
        metadataLimits: this.metadataLimits(),
        handshakeInterval: options.handshakeInterval,
        heartbeatInterval: options.heartbeatInterval,
        heartbeatTimeToLive: options.heartbeatTimeToLive,
        heartbeatTimeout: options.heartbeatTimeout,
        subscriptionMessages: this.behavior.acceptsSubscriptionMessages,
      },
    };
  }

  /** One limits object for every link while the options stay the same (a session keeps it). */
  private metadataLimits(): MetadataLimits {
    const { maxMetadataSize: maxBytes, maxMetadataProperties: maxProperties } = this.options;
    const last = this.lastMetadataLimits;
    if (last !== undefined && last.maxBytes === maxBytes && last.maxProperties === maxProperties) return last;
    this.lastMetadataLimits = { maxBytes, maxProperties };
    return this.lastMetadataLimits;
  }

  private transportContext(): TransportContext {
    return {
      options: this.options,
      socketType: this.typeName,
      identity: this.routingIdBytes,
      mechanism: this.security.mechanism.toUpperCase(),
      scope: this.context,
    };
  }

  // ---- bind / unbind

  async bind(address: string): Promise<void> {
    this.endpointsUsed = true;
    let endpoint;
    try {
      endpoint = parseEndpoint(address, "bind");
    } catch (error) {
      throw withAddress(error, address);
    }
    const transport = transportOf(endpoint.transport)!;
    if (transport.supports?.(this.typeName, "bind") === false) throw zmqError("ENOCOMPATPROTO", undefined, address);
    const entry: BoundEndpoint = { address, transport, resolved: address, links: new Set() };
    const context: BindContext = {
      ...this.transportContext(),
      accepted: (peer) => this.accept(peer, entry),
    };
    let listener: TransportListener;
    try {
      listener = await transport.listen(endpoint, context);
    } catch (error) {
      const failure = withAddress(error, address);
      // libzmq reports a failed bind with the address after "scheme://".
      if (transport.monitored || transport.reportsBindErrors) {
        this.emit({ type: "bind:error", address: address.slice(address.indexOf("://") + 3), error: failure });
      }
      throw failure;
    }
    entry.listener = listener;
    entry.resolved = listener.endpoint;
    this.bound.set(address, entry);
    if (listener.endpoint !== address) this.bound.set(listener.endpoint, entry);
    this.options.lastEndpoint = listener.endpoint;
    if (transport.monitored) this.emit({ type: "bind", address: listener.endpoint });
  }

  private accept(peer: PeerConnection, entry: BoundEndpoint): void {
    if (this.closed) {
      peer.refuse();
      return;
    }
    const address = entry.resolved;
    if (entry.transport.monitored) this.emit({ type: "accept", address });
    entry.onDown ??= (down, _error, _ready, pipe) => {
      entry.links.delete(down);
      if (pipe !== undefined) this.destroyPipe(pipe);
    };
    entry.links.add(this.openPeer(peer, address, undefined, entry.onDown));
  }

  async unbind(address: string): Promise<void> {
    endpointScheme(address);
    const entry = this.bound.get(address);
    if (entry === undefined) throw zmqError("ENOENT", undefined, address);
    this.bound.delete(entry.address);
    this.bound.delete(entry.resolved);
    for (const link of entry.links) link.close(0);
    if (entry.listener) {
      await entry.listener.close();
      if (entry.transport.monitored) this.emit({ type: "close", address: entry.resolved });
    }
  }

  // ---- connect / disconnect

  connect(address: string, routingId?: Buffer): void {
    let endpoint;
    try {
      endpoint = parseEndpoint(address, "connect");
    } catch (error) {
      throw withAddress(error, address);
    }
    const transport = transportOf(endpoint.transport)!;
    if (transport.supports?.(this.typeName, "connect") === false) throw zmqError("ENOCOMPATPROTO", undefined, address);
    this.endpointsUsed = true;
    const pipe = this.newPipe(address, true);
    const preset = transport.presetPeer?.(address);
    if (preset !== undefined) pipe.peer = preset;
    if (routingId !== undefined) this.behavior.setConnectRoutingId?.(pipe, routingId);
    const entry: ConnectedEndpoint = { address, pipe, stopped: false };
    const list = this.connected.get(address) ?? [];
    list.push(entry);
    this.connected.set(address, list);
    // ROUTER and STREAM route to a pipe by its id: one given here is known at once, as in libzmq.
    if ((this.behavior.earlyAttach || routingId !== undefined) && this.options.immediate !== true) this.attach(pipe);

    const monitored = transport.monitored;
    const context: ConnectContext = {
      ...this.transportContext(),
      connected: (peer) => {
        if (entry.stopped && !entry.lingering) {
          peer.refuse();
          return;
        }
        if (monitored) this.emit({ type: "connect", address });
        const link = this.openPeer(peer, address, pipe, (_link, error, ready) => {
          entry.pending = undefined;
          this.connectionLost(entry, error, ready);
        });
        entry.pending = link;
        if (entry.lingering) this.handOver(entry, link, this.options.linger);
      },
      connectDelayed: () => {
        if (monitored) this.emit({ type: "connect:delay", address });
      },
      connectRetried: (interval) => {
        if (monitored) this.emit({ type: "connect:retry", address, interval });
      },
    };
    entry.connecter = transport.connect(endpoint, context);
  }

  private connectionLost(entry: ConnectedEndpoint, error: LinkError | undefined, ready: boolean): void {
    const pipe = entry.pipe;
    if (ready) {
      if (!this.behavior.earlyAttach || this.options.immediate === true) this.detach(pipe);
      else this.behavior.linkLost(pipe);
    }
    if ((entry.stopped || this.closed) && !entry.lingering) return;
    if (error?.fatal) {
      entry.connecter?.close();
      return;
    }
    entry.connecter?.reconnect();
  }

  disconnect(address: string): void {
    endpointScheme(address);
    const list = this.connected.get(address);
    if (list === undefined) throw zmqError("ENOENT", undefined, address);
    this.connected.delete(address);
    for (const entry of list) this.stopEndpoint(entry, 0);
  }

  private stopEndpoint(entry: ConnectedEndpoint, linger: number): void {
    entry.stopped = true;
    const pipe = entry.pipe;
    const link = pipe.link ?? entry.pending;
    if (link === undefined && linger !== 0 && pipe.outbound.length > 0 && entry.connecter?.retries === true) {
      // Not connected yet but messages are queued: keep dialing for up to `linger` ms to deliver them.
      entry.lingering = true;
      holdProcess();
      if (linger > 0) backgroundTimeout(() => this.endLinger(entry), linger);
      return;
    }
    entry.connecter?.close();
    if (link !== undefined) this.handOver(entry, link, linger);
    pipe.outbound.clear();
    this.destroyPipe(pipe);
  }

  /** Give a link everything still queued for it, then close it with `linger`. */
  private handOver(entry: ConnectedEndpoint, link: Link, linger: number): void {
    this.sendQueued(entry.pipe, link, linger);
    this.closeLink(link, linger);
    if (entry.lingering) this.endLinger(entry);
  }

  /** Move a pipe's queued messages to its link before closing (dropped with linger 0). */
  private sendQueued(pipe: Pipe, link: Link, linger: number): void {
    if (linger !== 0) for (const frames of pipe.outbound) link.send(frames);
    pipe.outbound.clear();
  }

  private closeLink(link: Link, linger: number): void {
    if (linger !== 0 && this.closed && this.links.has(link) && !this.lingering.has(link)) {
      this.lingering.add(link);
      holdProcess();
    }
    link.close(linger);
  }

  private endLinger(entry: ConnectedEndpoint): void {
    if (!entry.lingering) return;
    entry.lingering = false;
    releaseProcess();
    entry.connecter?.close();
    entry.pipe.outbound.clear();
    this.destroyPipe(entry.pipe);
  }

  // ---- options that act on live pipes

  optionChanged(name: string): void {
    if (name === "sendHighWaterMark") {
      for (const pipe of this.pipes) pipe.sendHwm = this.options.sendHighWaterMark;
      this.wakeWriter();
    } else if (name === "receiveHighWaterMark") {
      for (const pipe of this.pipes) pipe.receiveHwm = this.options.receiveHighWaterMark;
    } else if (name === "conflate") {
      for (const pipe of this.pipes) pipe.conflate = this.options.conflate === true;
    }
  }

  // ---- lifecycle

  close(): void {
    if (this.closed) return;
    if (this.blocked > 0) {
      this.closeRequested = true;
      return;
    }
    this.closed = true;
    untrack(this.exitRef);
    const linger = this.options.linger;
    // As zeromq.js: pending operations get one last try, and fail with its error (EAGAIN, EFSM, ENOTSUP...).
    const send = this.sendWaiter;
    this.sendWaiter = undefined;
    send?.waiter.reject(this.lastAttempt(send.frames, send.options, send.waiter) ?? zmqError("EAGAIN"));
    const receive = this.receiveWaiter;
    this.receiveWaiter = undefined;
    if (receive !== undefined) receive.reject(this.lastReceive(receive) ?? zmqError("EAGAIN"));

    const listeners = new Set<BoundEndpoint>(this.bound.values());
    this.bound.clear();
    for (const entry of listeners) {
      // Reported now, not once the listener has closed: "end" below ends the events.
      if (entry.transport.monitored) this.emit({ type: "close", address: entry.resolved });
      void entry.listener?.close().catch(() => {});
    }
    for (const list of this.connected.values()) for (const entry of list) this.stopEndpoint(entry, linger);
    this.connected.clear();
    for (const pipe of this.pipes) if (pipe.link !== undefined) this.sendQueued(pipe, pipe.link, linger);
    for (const link of [...this.links]) this.closeLink(link, linger);
    this.emit({ type: "end" });
  }

  get hasQueued(): boolean {
    for (const pipe of this.pipes) if (pipe.outbound.length > 0) return true;
    return false;
  }

  get linger(): number {
    return this.options.linger as number;
  }

  get blocky(): boolean {
    return contextOption(this.context, "blocky") === true;
  }

  /** A bind/unbind finished: run a close() requested meanwhile. */
  unblock(): void {
    this.blocked--;
    if (this.blocked === 0 && this.closeRequested) this.close();
  }
}

let defaults: SocketOptionValues | undefined;

function defaultOptions(): SocketOptionValues {
  if (defaults === undefined) {
    const values: Record<string, unknown> = {};
    for (const spec of [...COMMON_OPTIONS, ...WRITABLE_OPTIONS, ...READABLE_OPTIONS])
      values[spec.name] = spec.defaultValue;
    defaults = values as unknown as SocketOptionValues;
  }
  return defaults;
}

function withAddress(error: unknown, address: string): ZmqError {
  const failure = error as ZmqError;
  if (failure && typeof failure === "object" && failure.address === undefined) failure.address = address;
  return failure;
}

/**
 * The link events of one pipe, handed to the socket's behavior. A class rather than an object of closures: one small
 * object per connection.
 */
class PipeLinkHandler implements LinkHandler {
  link: Link | undefined;

  /** `pipe` undefined: an accepted link, which gets its pipe once its handshake is done. */
  constructor(
    private readonly core: SocketCore,
    private pipe: Pipe | undefined,
    private readonly address: string,
    private readonly onDown: LinkDown,
  ) {}

  /** The pipe, made for an accepted link when the link first has something for it (its handshake is done). */
  private get readyPipe(): Pipe {
    this.pipe ??= this.core.acceptedPipe(this.address);
    return this.pipe;
  }

  onReady(peer: PeerInfo): void {
    if (this.link !== undefined) this.core.linkReady(this.readyPipe, this.link, peer, this.address);
  }

  onMessage(frames: Frames): void {
    this.core.behavior.onMessage(this.readyPipe, frames);
  }

  onSubscribe(topic: Buffer): void {
    this.core.behavior.onSubscribe(this.readyPipe, topic);
  }

  onCancel(topic: Buffer): void {
    this.core.behavior.onCancel(this.readyPipe, topic);
  }

  onCommand(name: string, data: Buffer): void {
    this.core.behavior.onCommand(this.readyPipe, name, data);
  }

  onDrain(): void {
    const pipe = this.pipe;
    if (pipe === undefined || pipe.link !== this.link) return;
    pipe.flush();
    this.core.behavior.onWritable(pipe);
  }

  onClose(error: LinkError | undefined, ready: boolean): void {
    const link = this.link;
    if (link === undefined) return;
    this.core.linkClosed(this.pipe, link, this.address, error, ready);
    this.onDown(link, error, ready, this.pipe);
  }
}
