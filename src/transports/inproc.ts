import { soon } from "#platform";
import { zmqError } from "../errors.js";
import type { Link, LinkHandler, PeerInfo } from "../zmtp/link.js";
import { parseInproc, type InprocEndpoint } from "./endpoint.js";
import type { PeerConnection, Transport, TransportContext } from "./transport.js";

/**
 * inproc:// — peers in the same process exchange message arrays directly: no sockets, no framing. Each end of a
 * link queues what the other sends and delivers it on the next tick, so callbacks never run re-entrantly.
 */

/** One socket's side of an inproc endpoint (binder or connecter). */
export interface InprocSide {
  readonly socketType: string;
  readonly identity: Buffer;
  /** Hand this side its end of a new link; returns the handler for that end's events. */
  open(link: Link, address: string): LinkHandler;
}

export interface InprocConnection {
  /** Forget a connect that has not found its binder yet (a live link is closed through the link itself). */
  cancel(): void;
}

export interface InprocRegistry {
  /** Claim `name`; false when another socket holds it (EADDRINUSE). Pending connects to it are linked now. */
  bind(name: string, side: InprocSide): boolean;
  unbind(name: string, side: InprocSide): void;
  /** Link to the binder of `name`, now or as soon as it binds (connect before bind works, as in libzmq). */
  connect(name: string, side: InprocSide): InprocConnection;
}

/** Messages queued towards one end before the sender sees `writable` false. */
const QUEUE_LIMIT = 1000;

type Item = { frames: Buffer[] } | { subscribe: boolean; topic: Buffer } | { command: string; data: Buffer };

class InprocLink implements Link {
  other!: InprocLink;
  handler!: LinkHandler;
  peer: PeerInfo | undefined;
  private readonly incoming: Item[] = [];
  private head = 0;
  private paused = false;
  private scheduled = false;
  private closed = false;
  private closeNotified = false;
  private senderWaiting = false;

  get writable(): boolean {
    const other = this.other;
    return !this.closed && other.incoming.length - other.head < QUEUE_LIMIT;
  }

  send(parts: Buffer[]): void {
    if (this.closed) return;
    this.other.enqueue({ frames: parts }, this);
  }

  subscribe(topic: Buffer): void {
    if (!this.closed) this.other.enqueue({ subscribe: true, topic }, this);
  }

  cancel(topic: Buffer): void {
    if (!this.closed) this.other.enqueue({ subscribe: false, topic }, this);
  }

  command(name: string, data: Buffer): void {
    if (!this.closed) this.other.enqueue({ command: name, data }, this);
  }

  /** `keepReading`: the messages are objects already, queued here or in the pipe alike: deliver on. */
  pause(keepReading = false): void {
    if (!keepReading) this.paused = true;
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.schedule();
  }

  close(linger = -1): void {
    if (this.closed) return;
    this.closed = true;
    if (linger === 0) this.other.dropIncoming();
    this.other.closed = true;
    this.notifyClose();
    this.other.schedule();
  }

  /** Both ends report readiness on the next tick. */
  start(peer: PeerInfo): void {
    this.peer = peer;
    soon(() => {
      if (!this.closeNotified) this.handler.onReady(peer);
    });
  }

  private enqueue(item: Item, sender: InprocLink): void {
    this.incoming.push(item);
    if (this.incoming.length - this.head >= QUEUE_LIMIT) sender.senderWaiting = true;
    this.schedule();
  }

  private dropIncoming(): void {
    this.incoming.length = 0;
    this.head = 0;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    soon(() => this.deliver());
  }

  private deliver(): void {
    this.scheduled = false;
    const incoming = this.incoming;
    while (!this.paused && this.head < incoming.length && !this.closeNotified) {
      const item = incoming[this.head]!;
      incoming[this.head++] = undefined as unknown as Item;
      try {
        if ("frames" in item) this.handler.onMessage(item.frames);
        else if ("command" in item) this.handler.onCommand?.(item.command, item.data);
        else if (item.subscribe) this.handler.onSubscribe(item.topic);
        else this.handler.onCancel(item.topic);
      } catch {
        this.close(0); // as a ZMTP link does: an error raised by what the peer sent (e.g. a limit) closes the link
        break;
      }
    }
    if (this.head === incoming.length) {
      incoming.length = 0;
      this.head = 0;
    }
    const sender = this.other;
    if (sender.senderWaiting && incoming.length - this.head < QUEUE_LIMIT / 2 && !sender.closeNotified) {
      sender.senderWaiting = false;
      sender.handler.onDrain();
    }
    if (this.closed && this.head === incoming.length) this.notifyClose();
  }

  private notifyClose(): void {
    if (this.closeNotified) return;
    this.closeNotified = true;
    soon(() => this.handler.onClose(undefined, this.peer !== undefined));
  }
}

function link(binder: InprocSide, connecter: InprocSide, address: string): void {
  const bound = new InprocLink();
  const connected = new InprocLink();
  bound.other = connected;
  connected.other = bound;
  bound.handler = binder.open(bound, address);
  connected.handler = connecter.open(connected, address);
  const info = (side: InprocSide): PeerInfo => {
    const properties = new Map<string, Buffer>([["Socket-Type", Buffer.from(side.socketType)]]);
    if (side.identity.length > 0) properties.set("Identity", side.identity);
    return { socketType: side.socketType, identity: side.identity, properties, minor: 1, address };
  };
  bound.start(info(connecter));
  connected.start(info(binder));
}

export function createInprocRegistry(): InprocRegistry {
  const bound = new Map<string, InprocSide>();
  const pending = new Map<string, Set<InprocSide>>();
  return {
    bind(name, side) {
      if (bound.has(name)) return false;
      bound.set(name, side);
      const waiting = pending.get(name);
      if (waiting) {
        pending.delete(name);
        for (const connecter of waiting) link(side, connecter, `inproc://${name}`);
      }
      return true;
    },
    unbind(name, side) {
      if (bound.get(name) === side) bound.delete(name);
    },
    connect(name, side) {
      const binder = bound.get(name);
      if (binder !== undefined) {
        link(binder, side, `inproc://${name}`);
        return { cancel() {} };
      }
      let waiting = pending.get(name);
      if (!waiting) {
        waiting = new Set();
        pending.set(name, waiting);
      }
      waiting.add(side);
      return {
        cancel() {
          waiting!.delete(side);
          if (waiting!.size === 0 && pending.get(name) === waiting) pending.delete(name);
        },
      };
    },
  };
}

const registries = new WeakMap<object, InprocRegistry>();

/** The inproc endpoint namespace of a context (shared by all its sockets). */
export function inprocRegistryOf(scope: object): InprocRegistry {
  let registry = registries.get(scope);
  if (registry === undefined) {
    registry = createInprocRegistry();
    registries.set(scope, registry);
  }
  return registry;
}

const IGNORE: LinkHandler = {
  onReady() {},
  onMessage() {},
  onSubscribe() {},
  onCancel() {},
  onDrain() {},
  onClose() {},
};

/** This socket's side of inproc links: each new link is offered to the socket as a peer connection. */
function sideOf(context: TransportContext, offer: (peer: PeerConnection) => void): InprocSide {
  return {
    socketType: context.socketType,
    identity: context.identity,
    open: (link) => {
      let handler = IGNORE;
      offer({
        open: (given) => {
          handler = given;
          return link;
        },
        refuse: () => link.close(0),
      });
      return handler;
    },
  };
}

/** inproc://name — in-process links within one context; connect before bind works, no reconnects, no events. */
export const inproc: Transport<InprocEndpoint> = {
  scheme: "inproc",
  monitored: false,
  parse: (address, rest) => parseInproc(address, rest),
  listen(endpoint, context) {
    const registry = inprocRegistryOf(context.scope);
    const side = sideOf(context, (peer) => context.accepted(peer));
    if (!registry.bind(endpoint.name, side)) throw zmqError("EADDRINUSE", undefined, endpoint.address);
    return Promise.resolve({
      endpoint: endpoint.address,
      close() {
        registry.unbind(endpoint.name, side);
        return Promise.resolve();
      },
    });
  },
  connect(endpoint, context) {
    const connection = inprocRegistryOf(context.scope).connect(
      endpoint.name,
      sideOf(context, (peer) => context.connected(peer)),
    );
    return { reconnect() {}, close: () => connection.cancel(), retries: false };
  },
};
