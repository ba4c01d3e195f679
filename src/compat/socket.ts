import { EventEmitter } from "node:events";
// Only the public entry: the build points this at the main bundle, so both entries share one implementation.
import {
  Dealer,
  Pair,
  Publisher,
  Pull,
  Push,
  Reply,
  Request,
  Router,
  Stream,
  Subscriber,
  XPublisher,
  XSubscriber,
  type Event,
  type Message,
  type MessageLike,
  type Socket as V6Socket,
} from "../index.js";
import { ZMQ_SNDMORE } from "./constants.js";
import { optionId, readOption, shortOptions, writeOption, type ShortOption } from "./options.js";

/** The socket types of the v5 API, by name. */
export type SocketType =
  | "pair"
  | "req"
  | "rep"
  | "pub"
  | "sub"
  | "dealer"
  | "xreq"
  | "router"
  | "xrep"
  | "pull"
  | "push"
  | "xpub"
  | "xsub"
  | "stream";

type Callback = (error?: Error) => void;

const CONSTRUCTORS: Record<SocketType, new () => V6Socket> = {
  pair: Pair,
  req: Request,
  rep: Reply,
  pub: Publisher,
  sub: Subscriber,
  dealer: Dealer,
  xreq: Dealer,
  router: Router,
  xrep: Router,
  pull: Pull,
  push: Push,
  xpub: XPublisher,
  xsub: XSubscriber,
  stream: Stream,
};

/** v6 event types and the names v5's monitor() emitted them under (v5 has no "handshake" events). */
const MONITOR_EVENTS: Partial<Record<Event["type"], string>> = {
  connect: "connect",
  "connect:delay": "connect_delay",
  "connect:retry": "connect_retry",
  bind: "listen",
  "bind:error": "bind_error",
  accept: "accept",
  "accept:error": "accept_error",
  close: "close",
  "close:error": "close_error",
  disconnect: "disconnect",
};

/**
 * A zeromq.js v5 socket: an EventEmitter that emits each received message as `message` (one argument per
 * frame) and queues sends with optional callbacks. It drives a v6 socket underneath.
 */
export class Socket extends EventEmitter {
  [option: string]: any;

  readonly type: SocketType;
  private _socket: V6Socket;
  private _parts: MessageLike[] = [];
  private _sendQueue: Array<{ message: MessageLike[]; callback: Callback | undefined }> = [];
  private _received: Message[][] = [];
  private _paused = false;
  private _receiving = false;
  private _sending = false;

  constructor(type: SocketType) {
    super();
    const Constructor = Object.hasOwn(CONSTRUCTORS, type) ? CONSTRUCTORS[type] : undefined;
    if (Constructor === undefined) throw new Error(`Invalid socket type: ${type}`);
    this.type = type;
    this._socket = new Constructor();
    if (type !== "push" && type !== "pub") void this._receiveLoop();
  }

  get closed(): boolean {
    return this._socket.closed;
  }

  bind(address: string, callback?: Callback): this {
    this._settle(this._socket.bind(address), "bind", address, callback);
    return this;
  }

  unbind(address: string, callback?: Callback): this {
    this._settle(this._socket.unbind(address), "unbind", address, callback);
    return this;
  }

  bindSync(address: string): this {
    this._socket.bindSync(address);
    return this;
  }

  unbindSync(address: string): this {
    this._socket.unbindSync(address);
    return this;
  }

  connect(address: string): this {
    this._socket.connect(address);
    return this;
  }

  disconnect(address: string): this {
    this._socket.disconnect(address);
    return this;
  }

  /** Queue a message (or one part of it, with ZMQ_SNDMORE in `flags`); `callback` hears how the send went. */
  send(message: MessageLike | MessageLike[], flags: number | null | undefined = 0, callback?: Callback): this {
    this._parts = this._parts.concat(message);
    if (((flags ?? 0) & ZMQ_SNDMORE) !== 0) return this;
    this._sendQueue.push({ message: this._parts, callback });
    this._parts = [];
    if (!this._paused) void this._sendLoop();
    return this;
  }

  read(): never {
    throw new Error("read() has been removed from compatibility mode; use on('message', ...) instead.");
  }

  /** Stop emitting and sending; messages received meanwhile are kept for resume(). */
  pause(): void {
    this._paused = true;
  }

  resume(): void {
    this._paused = false;
    void this._receiveLoop();
    void this._sendLoop();
  }

  close(): this {
    this._socket.close();
    return this;
  }

  subscribe(filter: string | Buffer): this {
    this._subscriber().subscribe(filter);
    return this;
  }

  unsubscribe(filter: string | Buffer): this {
    this._subscriber().unsubscribe(filter);
    return this;
  }

  setsockopt(option: number | ShortOption, value: unknown): this {
    writeOption(this._socket, optionId(option), value);
    return this;
  }

  getsockopt(option: number | ShortOption): any {
    return readOption(this._socket, optionId(option));
  }

  /** Emit the socket's events under v5's names: (value, address, error). The arguments are ignored. */
  monitor(interval?: number, count?: number): this {
    if (interval || count) {
      process.emitWarning(
        "Arguments to monitor() are ignored in compatibility mode; all events are read automatically",
      );
    }
    void this._monitorLoop();
    return this;
  }

  unmonitor(): this {
    this._socket.events.close();
    return this;
  }

  private _subscriber(): Subscriber {
    if (!(this._socket instanceof Subscriber)) throw new Error("Subscriber socket required");
    return this._socket;
  }

  private _settle(operation: Promise<void>, event: string, address: string, callback: Callback | undefined): void {
    operation.then(
      () =>
        process.nextTick(() => {
          this.emit(event, address);
          callback?.();
        }),
      (error: Error) =>
        process.nextTick(() => {
          if (callback) callback(error);
          else this.emit("error", error);
        }),
    );
  }

  private async _receiveLoop(): Promise<void> {
    if (this._receiving) return;
    this._receiving = true;
    try {
      while (!this._paused && this._received.length > 0) this._emitMessage(this._received.shift()!);
      while (!this._socket.closed && !this._paused) {
        let message: Message[];
        try {
          message = await (this._socket as V6Socket & { receive(): Promise<Message[]> }).receive();
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (this._socket.closed || code === "EBUSY") continue;
          process.nextTick(() => this.emit("error", error));
          continue;
        }
        if (this._paused) this._received.push(message);
        else this._emitMessage(message);
      }
    } finally {
      this._receiving = false;
    }
  }

  private _emitMessage(message: Message[]): void {
    process.nextTick(() => this.emit("message", ...message));
  }

  private async _sendLoop(): Promise<void> {
    if (this._sending) return;
    this._sending = true;
    try {
      while (!this._socket.closed && !this._paused && this._sendQueue.length > 0) {
        const { message, callback } = this._sendQueue[0]!;
        try {
          await (this._socket as V6Socket & { send(message: MessageLike[]): Promise<void> }).send(message);
          this._sendQueue.shift();
        } catch (error) {
          this._sendQueue.shift();
          if (callback) callback(error as Error);
          else this.emit("error", error);
          continue;
        }
        callback?.();
      }
    } finally {
      this._sending = false;
    }
  }

  private async _monitorLoop(): Promise<void> {
    const events = this._socket.events;
    while (!events.closed) {
      let event: Event;
      try {
        event = await events.receive();
      } catch (error) {
        if (!this._socket.closed && !events.closed) this.emit("error", error);
        continue;
      }
      if (event.type === "end") return;
      const name = MONITOR_EVENTS[event.type];
      if (name === undefined) continue;
      const detail = event as { address?: string; interval?: number; error?: { errno?: number } };
      const value =
        event.type === "connect:retry" ? detail.interval : detail.error ? (detail.error.errno ?? 0) : undefined;
      this.emit(name, value, detail.address, detail.error);
    }
  }
}

// Short option names double as properties: `socket.linger = 0`, `socket.identity`.
for (const name of Object.keys(shortOptions) as ShortOption[]) {
  if (Object.hasOwn(Socket.prototype, name)) continue;
  Object.defineProperty(Socket.prototype, name, {
    configurable: true,
    get(this: Socket) {
      return this.getsockopt(name);
    },
    set(this: Socket, value: unknown) {
      this.setsockopt(name, typeof value === "string" ? Buffer.from(value, "utf8") : value);
    },
  });
}
