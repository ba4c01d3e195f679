import type { Duplex } from "node:stream";
import { zmqError, type ZmqError } from "../errors.js";
import { Dialer } from "../transports/dialer.js";
import { endpointScheme, parseEndpoint, type Endpoint } from "../transports/endpoint.js";
import { openUdp, udpPeer, type UdpLink } from "../transports/udp.js";
import type { InprocConnection, InprocSide } from "../transports/inproc.js";
import { listen, type TransportListener } from "../transports/listener.js";
import { RawLink } from "../transports/raw-link.js";
import { Connection } from "../zmtp/connection.js";
import type { Link, LinkError, LinkHandler, PeerInfo } from "../zmtp/link.js";
import type { Behavior, SocketHost } from "./behavior.js";
import { Context, contextOption, inprocRegistryOf } from "./context.js";
import { toFrames, type MessageLike } from "./message.js";
import type { Event, Observable } from "./observer.js";
import { COMMON_OPTIONS, READABLE_OPTIONS, WRITABLE_OPTIONS } from "./options.js";
import { Pipe, type Frames } from "./pipe.js";
import { SOCKET_TYPES, SocketType } from "./socket-types.js";
import { trackOpen, untrack, type ExitClosable } from "./exit.js";
import { holdProcess, releaseProcess } from "./keep-alive.js";
import { Waiter } from "./waiter.js";
import { createMechanism, type SecurityState } from "./security.js";
import { handshakeEventError } from "./handshake-errors.js";
import { inprocZapClient } from "./zap-client.js";
import "./node-x25519.js";

const EMPTY = Buffer.alloc(0);

type UdpEndpoint = Extract<Endpoint, { transport: "udp" }>;
const RESOLVED = Promise.resolve();
const MAX_SYNC_OPERATIONS = 512;

interface BoundEndpoint {
  readonly address: string;
  resolved: string;
  listener?: TransportListener;
  inprocName?: string;
  inprocSide?: InprocSide;
  readonly links: Set<Link>;
}

interface ConnectedEndpoint {
  readonly address: string;
  readonly pipe: Pipe;
  dialer?: Dialer;
  inproc?: InprocConnection;
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
  readonly options: Record<string, unknown> = {};
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
  private readonly exitRef: WeakRef<ExitClosable>;

  constructor(
    readonly type: number,
    readonly context: Context,
  ) {
    const entry = SOCKET_TYPES.get(type);
    if (entry === undefined) throw zmqError("EINVAL");
    this.typeName = entry.name;
    for (const spec of [...COMMON_OPTIONS, ...WRITABLE_OPTIONS, ...READABLE_OPTIONS]) {
      this.options[spec.name] = spec.defaultValue;
    }
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
        if (!this.yieldDue()) return RESOLVED;
        return new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      return Promise.reject(error);
    }
    const timeout = this.options.sendTimeout as number;
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

  /** At a send timeout zeromq.js tries once more without waiting and reports why that failed (EHOSTUNREACH...). */
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

  /** A message ready now, or undefined; throws what the socket type's receive throws (EFSM, ENOTSUP). */
  receiveNow(): Buffer[] | undefined {
    return this.behavior.receive();
  }

  receive(): Promise<Buffer[]> {
    try {
      const frames = this.behavior.receive();
      if (frames !== undefined) {
        if (!this.yieldDue()) return Promise.resolve(frames);
        return new Promise((resolve) => setImmediate(resolve, frames));
      }
    } catch (error) {
      return Promise.reject(error);
    }
    return this.waitForMessage();
  }

  /** Wait for the next message (none is ready now): EAGAIN at once with receiveTimeout 0. */
  waitForMessage(): Promise<Buffer[]> {
    const timeout = this.options.receiveTimeout as number;
    if (timeout === 0) return Promise.reject(zmqError("EAGAIN"));
    const waiter = new Waiter<Buffer[]>(timeout, () => {
      if (this.receiveWaiter === waiter) this.receiveWaiter = undefined;
    });
    this.receiveWaiter = waiter;
    return waiter.promise;
  }

  // ---- pipes and links

  private newPipe(address: string, connectSide: boolean): Pipe {
    const pipe = new Pipe(
      address,
      connectSide,
      this.options.sendHighWaterMark as number,
      this.options.receiveHighWaterMark as number,
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

  private handlerFor(pipe: Pipe, address: string, onDown: (link: Link, error: LinkError | undefined, ready: boolean) => void): {
    handler: LinkHandler;
    bind(link: Link): void;
  } {
    let link: Link | undefined;
    const behavior = this.behavior;
    const handler: LinkHandler = {
      onReady: (peer: PeerInfo) => {
        if (link === undefined || this.closed) return;
        pipe.attachLink(link, peer);
        this.attach(pipe);
        behavior.linkReady(pipe);
        pipe.flush();
        this.emit({ type: "handshake", address });
        this.wakeWriter();
      },
      onMessage: (frames: Frames) => behavior.onMessage(pipe, frames),
      onSubscribe: (topic: Buffer) => behavior.onSubscribe(pipe, topic),
      onCancel: (topic: Buffer) => behavior.onCancel(pipe, topic),
      onCommand: (name: string, data: Buffer) => behavior.onCommand(pipe, name, data),
      onDrain: () => {
        if (pipe.link !== link) return;
        pipe.flush();
        behavior.onWritable(pipe);
      },
      onClose: (error: LinkError | undefined, ready: boolean) => {
        if (link === undefined) return;
        this.links.delete(link);
        if (this.lingering.delete(link)) releaseProcess();
        if (pipe.link === link) pipe.detachLink();
        if (ready) {
          // A link closed for an error after its handshake (a protocol error, a limit, a heartbeat timeout) is a
          // disconnect for libzmq too; purezmq adds the reason.
          this.emit(error === undefined ? { type: "disconnect", address } : { type: "disconnect", address, error });
        } else if (!this.closed) {
          this.emitHandshakeError(address, error);
        }
        onDown(link, error, ready);
      },
    };
    return {
      handler,
      bind: (l: Link) => {
        link = l;
        this.links.add(l);
      },
    };
  }

  private emitHandshakeError(address: string, error: LinkError | undefined): void {
    this.emit(handshakeEventError(address, error));
  }

  private startConnection(stream: Duplex, address: string, pipe: Pipe, onDown: (link: Link, error: LinkError | undefined, ready: boolean) => void): Link {
    const { handler, bind } = this.handlerFor(pipe, address, onDown);
    if (this.behavior.rawStreams) {
      const raw = new RawLink(stream, handler, address);
      bind(raw);
      return raw;
    }
    const options = this.options;
    const remote = (stream as Duplex & { remoteAddress?: string }).remoteAddress ?? "";
    const mechanism = createMechanism(this.security, options, () =>
      inprocZapClient(inprocRegistryOf(this.context), {
        domain: (options.zapDomain as string | null) ?? "",
        enforceDomain: options.zapEnforceDomain === true,
        address: remote.startsWith("::ffff:") ? remote.slice(7) : remote,
        routingId: this.routingIdBytes,
      }),
    );
    const connection = new Connection(stream, handler, {
      socketType: this.typeName,
      address,
      identity: this.routingIdBytes,
      mechanism,
      maxMessageSize: options.maxMessageSize as number,
      messageSizeCeiling: options.messageSizeCeiling as number,
      maxMessageParts: options.maxMessageParts as number,
      metadataLimits: {
        maxBytes: options.maxMetadataSize as number,
        maxProperties: options.maxMetadataProperties as number,
      },
      handshakeInterval: options.handshakeInterval as number,
      heartbeatInterval: options.heartbeatInterval as number,
      heartbeatTimeToLive: options.heartbeatTimeToLive as number,
      heartbeatTimeout: options.heartbeatTimeout as number,
      subscriptionMessages: this.behavior.acceptsSubscriptionMessages,
    });
    bind(connection);
    return connection;
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
    if (endpoint.transport === "inproc") {
      if (this.bound.has(address)) throw zmqError("EADDRINUSE", undefined, address);
      const side = this.inprocSide(address);
      const entry: BoundEndpoint = { address, resolved: address, inprocName: endpoint.name, inprocSide: side, links: new Set() };
      this.bound.set(address, entry);
      if (!inprocRegistryOf(this.context).bind(endpoint.name, side)) {
        this.bound.delete(address);
        throw zmqError("EADDRINUSE", undefined, address);
      }
      this.options.lastEndpoint = address;
      return;
    }
    if (endpoint.transport === "udp") return this.bindUdp(endpoint, address);
    const entry: BoundEndpoint = { address, resolved: address, links: new Set() };
    let listener: TransportListener;
    try {
      listener = await listen(
        endpoint,
        {
          backlog: this.options.backlog as number,
          ipv6: this.options.ipv6 as boolean,
          tcpKeepalive: this.options.tcpKeepalive as number,
          tcpKeepaliveIdle: this.options.tcpKeepaliveIdle as number,
        },
        (stream) => this.accept(stream, entry),
      );
    } catch (error) {
      const failure = withAddress(error, address);
      // libzmq reports a failed bind with the address after "scheme://".
      this.emit({ type: "bind:error", address: address.slice(address.indexOf("://") + 3), error: failure });
      throw failure;
    }
    entry.listener = listener;
    entry.resolved = listener.endpoint;
    this.bound.set(address, entry);
    if (listener.endpoint !== address) this.bound.set(listener.endpoint, entry);
    this.options.lastEndpoint = listener.endpoint;
    this.emit({ type: "bind", address: listener.endpoint });
  }

  private accept(stream: Duplex, entry: BoundEndpoint): void {
    if (this.closed) {
      stream.destroy();
      return;
    }
    const address = entry.resolved;
    this.emit({ type: "accept", address });
    const pipe = this.newPipe(address, false);
    const link = this.startConnection(stream, address, pipe, (down) => {
      entry.links.delete(down);
      this.destroyPipe(pipe);
    });
    entry.links.add(link);
  }

  async unbind(address: string): Promise<void> {
    endpointScheme(address);
    const entry = this.bound.get(address);
    if (entry === undefined) throw zmqError("ENOENT", undefined, address);
    this.bound.delete(entry.address);
    this.bound.delete(entry.resolved);
    if (entry.inprocName !== undefined) inprocRegistryOf(this.context).unbind(entry.inprocName, entry.inprocSide!);
    for (const link of entry.links) link.close(0);
    if (entry.listener) {
      await entry.listener.close();
      this.emit({ type: "close", address: entry.resolved });
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
    if (endpoint.transport === "udp" && this.type !== SocketType.Radio) {
      throw zmqError("ENOCOMPATPROTO", undefined, address);
    }
    this.endpointsUsed = true;
    const pipe = this.newPipe(address, true);
    if (routingId !== undefined) this.behavior.setConnectRoutingId?.(pipe, routingId);
    const entry: ConnectedEndpoint = { address, pipe, stopped: false };
    const list = this.connected.get(address) ?? [];
    list.push(entry);
    this.connected.set(address, list);
    // ROUTER and STREAM route to a pipe by its id: one given here is known at once, as in libzmq.
    if ((this.behavior.earlyAttach || routingId !== undefined) && this.options.immediate !== true) this.attach(pipe);

    if (endpoint.transport === "inproc") {
      entry.inproc = inprocRegistryOf(this.context).connect(endpoint.name, this.inprocSide(address, pipe, entry));
      return;
    }
    if (endpoint.transport === "udp") {
      this.connectUdp(endpoint, entry);
      return;
    }
    const dialer = new Dialer(
      endpoint,
      {
        reconnectInterval: this.options.reconnectInterval as number,
        reconnectMaxInterval: this.options.reconnectMaxInterval as number,
        connectTimeout: this.options.connectTimeout as number,
        ipv6: this.options.ipv6 as boolean,
        tcpKeepalive: this.options.tcpKeepalive as number,
        tcpKeepaliveIdle: this.options.tcpKeepaliveIdle as number,
      },
      {
        onStream: (stream) => {
          if (entry.stopped && !entry.lingering) {
            stream.destroy();
            return;
          }
          this.emit({ type: "connect", address });
          const link = this.startConnection(stream, address, pipe, (_link, error, ready) => {
            entry.pending = undefined;
            this.connectionLost(entry, error, ready);
          });
          entry.pending = link;
          if (entry.lingering) this.handOver(entry, link, this.options.linger as number);
        },
        onConnectDelay: () => this.emit({ type: "connect:delay", address }),
        onConnectRetry: (_address, interval) => this.emit({ type: "connect:retry", address, interval }),
      },
    );
    entry.dialer = dialer;
    dialer.start();
  }

  private connectionLost(entry: ConnectedEndpoint, error: LinkError | undefined, ready: boolean): void {
    const pipe = entry.pipe;
    if (ready) {
      if (!this.behavior.earlyAttach || this.options.immediate === true) this.detach(pipe);
      else this.behavior.linkLost(pipe);
    }
    if ((entry.stopped || this.closed) && !entry.lingering) return;
    if (error?.fatal) {
      entry.dialer?.close();
      return;
    }
    entry.dialer?.reconnect();
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
    if (link === undefined && linger !== 0 && pipe.outbound.length > 0 && entry.dialer !== undefined) {
      // Not connected yet but messages are queued: keep dialing for up to `linger` ms to deliver them.
      entry.lingering = true;
      holdProcess();
      if (linger > 0) setTimeout(() => this.endLinger(entry), linger).unref();
      return;
    }
    entry.dialer?.close();
    entry.inproc?.cancel();
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
    entry.dialer?.close();
    entry.pipe.outbound.clear();
    this.destroyPipe(entry.pipe);
  }

  // ---- udp (RADIO connects, DISH and DGRAM bind; no handshake, no reconnection)

  private async bindUdp(endpoint: UdpEndpoint, address: string): Promise<void> {
    const role = this.type === SocketType.Dish ? "dish" : this.type === SocketType.Datagram ? "dgram" : undefined;
    if (role === undefined) throw zmqError("ENOCOMPATPROTO", undefined, address);
    if (this.bound.has(address)) throw zmqError("EADDRINUSE", undefined, address);
    const entry: BoundEndpoint = { address, resolved: address, links: new Set() };
    const pipe = this.newPipe(address, false);
    const { handler, bind } = this.handlerFor(pipe, address, (down) => {
      entry.links.delete(down);
      this.destroyPipe(pipe);
    });
    let link: UdpLink;
    try {
      link = await openUdp(endpoint, role, this.udpOptions(), handler);
    } catch (error) {
      this.pipes.delete(pipe);
      const failure = withAddress(error, address);
      this.emit({ type: "bind:error", address, error: failure });
      throw failure;
    }
    bind(link);
    entry.links.add(link);
    // libzmq reports a udp endpoint without its scheme ("127.0.0.1:5555"), with the port actually taken.
    entry.resolved = `${endpoint.iface === undefined ? "" : `${endpoint.iface};`}${endpoint.host}:${link.localPort}`;
    this.bound.set(address, entry);
    if (entry.resolved !== address) this.bound.set(entry.resolved, entry);
    this.options.lastEndpoint = entry.resolved;
    link.start();
  }

  private connectUdp(endpoint: UdpEndpoint, entry: ConnectedEndpoint): void {
    // libzmq attaches a udp pipe subscribed to every group at once: what the radio sends before the udp socket is
    // open waits in the pipe instead of being dropped for want of a JOIN.
    entry.pipe.peer = udpPeer(entry.address);
    const { handler, bind } = this.handlerFor(entry.pipe, entry.address, (_link, error, ready) => {
      entry.pending = undefined;
      this.connectionLost(entry, error, ready);
    });
    openUdp(endpoint, "radio", this.udpOptions(), handler).then(
      (link) => {
        if (entry.stopped || this.closed) {
          link.close();
          return;
        }
        bind(link);
        entry.pending = link;
        link.start();
      },
      // An unresolvable host: like a tcp peer that never answers, the endpoint just never delivers.
      () => {},
    );
  }

  private udpOptions(): { multicastHops: number } {
    return { multicastHops: this.options.multicastHops as number };
  }

  // ---- inproc

  private inprocSide(address: string, pipe?: Pipe, entry?: ConnectedEndpoint): InprocSide {
    return {
      socketType: this.typeName,
      identity: this.routingIdBytes,
      open: (link: Link) => {
        if (pipe !== undefined && entry !== undefined) {
          const { handler, bind } = this.handlerFor(pipe, address, (_l, error, ready) => {
            entry.pending = undefined;
            this.connectionLost(entry, error, ready);
          });
          bind(link);
          entry.pending = link;
          return handler;
        }
        const accepted = this.newPipe(address, false);
        const boundEntry = this.bound.get(address);
        const { handler, bind } = this.handlerFor(accepted, address, (down) => {
          boundEntry?.links.delete(down);
          this.destroyPipe(accepted);
        });
        bind(link);
        boundEntry?.links.add(link);
        return handler;
      },
    };
  }

  // ---- options that act on live pipes

  optionChanged(name: string): void {
    if (name === "sendHighWaterMark") {
      for (const pipe of this.pipes) pipe.sendHwm = this.options.sendHighWaterMark as number;
      this.wakeWriter();
    } else if (name === "receiveHighWaterMark") {
      for (const pipe of this.pipes) pipe.receiveHwm = this.options.receiveHighWaterMark as number;
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
    const linger = this.options.linger as number;
    this.sendWaiter?.waiter.reject(zmqError("EAGAIN"));
    this.sendWaiter = undefined;
    this.receiveWaiter?.reject(zmqError("EAGAIN"));
    this.receiveWaiter = undefined;

    const listeners = new Set<BoundEndpoint>(this.bound.values());
    this.bound.clear();
    for (const entry of listeners) {
      if (entry.inprocName !== undefined) inprocRegistryOf(this.context).unbind(entry.inprocName, entry.inprocSide!);
      if (entry.listener) {
        // Reported now, not once the listener has closed: "end" below ends the events.
        this.emit({ type: "close", address: entry.resolved });
        void entry.listener.close().catch(() => {});
      }
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

function withAddress(error: unknown, address: string): ZmqError {
  const failure = error as ZmqError;
  if (failure && typeof failure === "object" && failure.address === undefined) failure.address = address;
  return failure;
}
