import { EventEmitter, soon } from "#platform";
import { zmqError } from "../errors.js";
import { holdProcess, releaseProcess } from "./keep-alive.js";
import { Queue } from "./queue.js";

export type EventType =
  | "accept"
  | "accept:error"
  | "bind"
  | "bind:error"
  | "connect"
  | "connect:delay"
  | "connect:retry"
  | "close"
  | "close:error"
  | "disconnect"
  | "end"
  | "handshake"
  | "handshake:error:protocol"
  | "handshake:error:auth"
  | "handshake:error:other"
  | "unknown";

export interface ErrnoError extends Error {
  code: string;
  errno: number;
}
export interface ProtoError extends Error {
  code: string;
}
export interface AuthError extends Error {
  status: 300 | 400 | 500;
}

export type Event =
  | { type: "accept"; address: string }
  | { type: "accept:error"; address: string; error: ErrnoError }
  | { type: "bind"; address: string }
  | { type: "bind:error"; address: string; error: ErrnoError }
  | { type: "connect"; address: string }
  | { type: "connect:delay"; address: string }
  | { type: "connect:retry"; address: string; interval: number }
  | { type: "close"; address: string }
  | { type: "close:error"; address: string; error: ErrnoError }
  | { type: "disconnect"; address: string; error?: ProtoError }
  | { type: "end" }
  | { type: "handshake"; address: string }
  | { type: "handshake:error:protocol"; address: string; error: ProtoError }
  | { type: "handshake:error:auth"; address: string; error: AuthError }
  | { type: "handshake:error:other"; address: string; error: ErrnoError }
  | { type: "unknown" };

export type EventOfType<E extends EventType = EventType> = Extract<Event, { type: E }>;
// biome-ignore lint/complexity/noBannedTypes: `{}` is the identity for `&`, so an event with no data is just `{ type }`
export type EventFor<S extends string, D = {}> = Expand<{ type: S } & D>;
type Expand<T> = T extends infer O ? { [K in keyof O]: O[K] } : never;

/** Events kept for `receive()` readers before the oldest are dropped (libzmq's monitor pipe has a HWM too). */
const QUEUE_LIMIT = 1000;

/** Anything an Observer can watch: the socket core registers the sink when the Observer is created. */
export interface Observable {
  attachObserver(sink: (event: Event) => void): void;
}

const observables = new WeakMap<object, Observable>();

/** Called by the socket implementation to make `new Observer(socket)` work. */
export function registerObservable(socket: object, observable: Observable): void {
  observables.set(socket, observable);
}

/**
 * Socket events (zeromq.js `Observer`): read them one at a time with `receive()` / `for await`, or switch to
 * emitter mode with `on()`.
 */
export class Observer {
  #closed = false;
  #queue = new Queue<Event>();
  #emitter: EventEmitter | undefined = undefined;
  #pending: { resolve: (event: Event) => void; reject: (error: Error) => void } | undefined = undefined;

  constructor(socket: object) {
    if (typeof socket !== "object" || socket === null) throw new TypeError("Socket must be a socket object");
    const observable = observables.get(socket);
    // zeromq.js: an object that is not a socket is a plain "Invalid argument" Error (no code).
    if (observable === undefined) throw new Error("Invalid argument");
    observable.attachObserver((event) => this.#push(event));
    Object.seal(this);
  }

  get closed(): boolean {
    return this.#closed;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#take()?.reject(zmqError("EAGAIN"));
  }

  receive(): Promise<Event> {
    if (this.#emitter !== undefined) {
      throw new Error(
        "Observer is in event emitter mode. After a call to events.on() it is not possible to read events with events.receive().",
      );
    }
    if (this.#pending !== undefined) {
      throw zmqError("EBUSY", "Socket is busy reading; only one receive operation may be in progress at any time");
    }
    const event = this.#queue.shift();
    if (event !== undefined) return Promise.resolve(event);
    if (this.#closed) return Promise.reject(zmqError("EBADF"));
    // Waiting for an event keeps the process alive, as a pending receive on a socket does.
    holdProcess();
    return new Promise((resolve, reject) => (this.#pending = { resolve, reject }));
  }

  on<E extends EventType>(type: E, listener: (data: EventOfType<E>) => void): EventEmitter {
    if (this.#emitter === undefined) {
      this.#emitter = new EventEmitter();
      for (const event of this.#queue) this.#emitLater(event);
      this.#queue.clear();
    }
    return this.#emitter.on(type, listener);
  }

  off<E extends EventType>(type: E, listener: (data: EventOfType<E>) => void): EventEmitter {
    const emitter = this.#emitter ?? new EventEmitter();
    return emitter.off(type, listener);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Event, undefined> {
    for (;;) {
      if (this.#closed && this.#queue.length === 0) return undefined;
      let event: Event;
      try {
        event = await this.receive();
      } catch (error) {
        if (this.#closed) return undefined;
        throw error;
      }
      yield event;
    }
  }

  #push(event: Event): void {
    if (this.#closed) return;
    if (this.#emitter !== undefined) {
      this.#emitLater(event);
    } else {
      const pending = this.#take();
      if (pending !== undefined) {
        pending.resolve(event);
      } else {
        if (this.#queue.length >= QUEUE_LIMIT) this.#queue.shift();
        this.#queue.push(event);
      }
    }
    if (event.type === "end") this.#closed = true;
  }

  #take(): { resolve: (event: Event) => void; reject: (error: Error) => void } | undefined {
    const pending = this.#pending;
    if (pending === undefined) return undefined;
    this.#pending = undefined;
    releaseProcess();
    return pending;
  }

  #emitLater(event: Event): void {
    const emitter = this.#emitter!;
    soon(() => emitter.emit(event.type, event));
  }
}
