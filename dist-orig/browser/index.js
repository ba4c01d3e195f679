// src/platform/buffer-global.ts
import { Buffer } from "buffer";

// src/sockets/context.ts
var CONTEXT_OPTIONS = {
  blocky: { defaultValue: true, kind: "bool", access: "rw" },
  ioThreads: { defaultValue: 1, kind: "number", access: "rw" },
  maxMessageSize: { defaultValue: 2147483647, kind: "number", access: "rw" },
  maxSockets: { defaultValue: 1023, kind: "number", access: "rw" },
  maxSocketsLimit: { defaultValue: 65535, kind: "number", access: "r" },
  ipv6: { defaultValue: false, kind: "bool", access: "rw" },
  threadPriority: { defaultValue: -1, kind: "number", access: "w" },
  threadSchedulingPolicy: { defaultValue: -1, kind: "number", access: "w" }
};
var values = /* @__PURE__ */ new WeakMap();
function contextOption(context2, name) {
  return values.get(context2)?.[name];
}
var Context = class {
  constructor(options) {
    if (arguments.length > 1) throw new TypeError("Expected 1 argument");
    if (options !== void 0 && (typeof options !== "object" || options === null)) {
      throw new TypeError("Options must be an object");
    }
    const state = {};
    for (const [name, spec] of Object.entries(CONTEXT_OPTIONS)) state[name] = spec.defaultValue;
    values.set(this, state);
    Object.seal(this);
    if (options) Object.assign(this, options);
  }
  getBoolOption(_id) {
    return false;
  }
  setBoolOption(_id, _value) {
  }
  getInt32Option(_id) {
    return 0;
  }
  setInt32Option(_id, _value) {
  }
};
for (const [name, spec] of Object.entries(CONTEXT_OPTIONS)) {
  const descriptor = { configurable: true, enumerable: true };
  if (spec.access !== "w")
    descriptor.get = function() {
      return values.get(this)[name];
    };
  if (spec.access !== "r") {
    descriptor.set = function(value) {
      if (spec.kind === "bool" && typeof value !== "boolean") throw new TypeError("Option value must be a boolean");
      if (spec.kind === "number" && typeof value !== "number") throw new TypeError("Option value must be a number");
      values.get(this)[name] = value;
    };
  }
  Object.defineProperty(Context.prototype, name, descriptor);
}
var context = new Context();

// src/errors.ts
var ZMQ_ERRNO = {
  EFSM: 156384763,
  ENOCOMPATPROTO: 156384764,
  ETERM: 156384765,
  EMTHREAD: 156384766
};
var MESSAGES = {
  EFAULT: "Context is closed",
  EAGAIN: "Operation was not possible or timed out",
  EMFILE: "Too many open file descriptors",
  ENOENT: "No such endpoint",
  EBUSY: "Socket is busy",
  EBADF: "Socket is closed",
  ENOTSOCK: "Socket operation on non-socket",
  EADDRINUSE: "Address already in use",
  EFSM: "Operation cannot be accomplished in current state",
  EHOSTUNREACH: "Host unreachable",
  EINVAL: "Invalid argument",
  EPROTONOSUPPORT: "Protocol not supported",
  ENOTSUP: "Operation not supported",
  ETERM: "Context was terminated",
  ENOCOMPATPROTO: "The protocol is not compatible with the socket type",
  EADDRNOTAVAIL: "Cannot assign requested address",
  ENODEV: "No such device",
  ECONNREFUSED: "Connection refused",
  EACCES: "Permission denied"
};
function errnoOf(code) {
  return osErrno(code) ?? ZMQ_ERRNO[code] ?? 0;
}
function zmqError(code, message, address) {
  const error = new Error(message ?? MESSAGES[code] ?? code);
  error.code = code;
  error.errno = errnoOf(code);
  if (address !== void 0) error.address = address;
  return error;
}

// src/platform/errno.ts
var linuxErrno = {
  ENOENT: 2,
  EBADF: 9,
  EAGAIN: 11,
  EACCES: 13,
  EFAULT: 14,
  EBUSY: 16,
  ENODEV: 19,
  EINVAL: 22,
  EMFILE: 24,
  ENOTSOCK: 88,
  EPROTONOSUPPORT: 93,
  ENOTSUP: 95,
  EADDRINUSE: 98,
  EADDRNOTAVAIL: 99,
  ENETDOWN: 100,
  ECONNRESET: 104,
  ETIMEDOUT: 110,
  ECONNREFUSED: 111,
  EHOSTUNREACH: 113
};

// src/platform/event-emitter.ts
var EventEmitter = class {
  #listeners = /* @__PURE__ */ new Map();
  on(type, listener) {
    this.#listeners.set(type, [...this.#listeners.get(type) ?? [], listener]);
    return this;
  }
  addListener(type, listener) {
    return this.on(type, listener);
  }
  once(type, listener) {
    const wrapper = (...args) => {
      this.off(type, wrapper);
      listener(...args);
    };
    return this.on(type, wrapper);
  }
  off(type, listener) {
    const list = this.#listeners.get(type);
    const at = list?.lastIndexOf(listener) ?? -1;
    if (at >= 0)
      this.#listeners.set(
        type,
        list.filter((_, index) => index !== at)
      );
    return this;
  }
  removeListener(type, listener) {
    return this.off(type, listener);
  }
  removeAllListeners(type) {
    if (type === void 0) this.#listeners.clear();
    else this.#listeners.delete(type);
    return this;
  }
  emit(type, ...args) {
    const list = this.#listeners.get(type);
    if (list === void 0 || list.length === 0) return false;
    for (const listener of list) listener(...args);
    return true;
  }
  listenerCount(type) {
    return this.#listeners.get(type)?.length ?? 0;
  }
};

// src/platform/browser.ts
function soon(task) {
  queueMicrotask(task);
}
var channel = typeof MessageChannel === "function" ? new MessageChannel() : void 0;
var afterIOTasks = [];
if (channel !== void 0) {
  channel.port1.onmessage = () => afterIOTasks.shift()?.();
}
function afterIO(task) {
  if (channel === void 0) {
    setTimeout(task, 0);
    return;
  }
  afterIOTasks.push(task);
  channel.port2.postMessage(void 0);
}
function backgroundTimeout(task, ms) {
  const timer = setTimeout(task, ms);
  return () => clearTimeout(timer);
}
function keepProcessAlive(_on) {
}
function beforeExit(_hook) {
}
function exitWarning(text2) {
  console.warn(text2);
}
function emitWarning(message) {
  console.warn(message);
}
function osErrno(code) {
  return linuxErrno[code];
}
function randomUint32() {
  const value = crypto.getRandomValues(new Uint32Array(1))[0];
  return value === 4294967295 ? 0 : value;
}
function isIP(text2) {
  if (/^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(text2)) return 4;
  if (!text2.includes(":") || /[^0-9a-fA-F:.]/.test(text2)) return 0;
  try {
    new URL(`http://[${text2}]/`);
    return 6;
  } catch {
    return 0;
  }
}

// src/sockets/keep-alive.ts
var pending = 0;
function holdProcess() {
  if (pending++ === 0) keepProcessAlive(true);
}
function releaseProcess() {
  if (--pending === 0) keepProcessAlive(false);
}
function holding() {
  return pending > 0;
}

// src/sockets/queue.ts
var FIRST_CAPACITY = 8;
var KEEP_CAPACITY = 4096;
var NO_SLOTS = [];
var Queue = class {
  slots = NO_SLOTS;
  head = 0;
  size = 0;
  get length() {
    return this.size;
  }
  push(item) {
    if (this.size === this.slots.length) this.grow();
    this.slots[this.head + this.size & this.slots.length - 1] = item;
    this.size++;
  }
  peek() {
    return this.size === 0 ? void 0 : this.slots[this.head];
  }
  shift() {
    if (this.size === 0) return void 0;
    const item = this.slots[this.head];
    this.slots[this.head] = void 0;
    this.head = this.head + 1 & this.slots.length - 1;
    if (--this.size === 0) {
      this.head = 0;
      if (this.slots.length > KEEP_CAPACITY) this.slots = NO_SLOTS;
    }
    return item;
  }
  clear() {
    this.slots = NO_SLOTS;
    this.head = 0;
    this.size = 0;
  }
  *[Symbol.iterator]() {
    for (let i = 0; i < this.size; i++) yield this.slots[this.head + i & this.slots.length - 1];
  }
  /** Double the capacity (a power of two, for the index mask), moving the items to the front. */
  grow() {
    const capacity = Math.max(FIRST_CAPACITY, this.slots.length * 2);
    const slots = new Array(capacity);
    for (let i = 0; i < this.size; i++) slots[i] = this.slots[this.head + i & this.slots.length - 1];
    this.slots = slots;
    this.head = 0;
  }
};

// src/sockets/observer.ts
var QUEUE_LIMIT = 1e3;
var observables = /* @__PURE__ */ new WeakMap();
function registerObservable(socket, observable) {
  observables.set(socket, observable);
}
var Observer = class {
  #closed = false;
  #queue = new Queue();
  #emitter = void 0;
  #pending = void 0;
  constructor(socket) {
    if (typeof socket !== "object" || socket === null) throw new TypeError("Socket must be a socket object");
    const observable = observables.get(socket);
    if (observable === void 0) throw new Error("Invalid argument");
    observable.attachObserver((event2) => this.#push(event2));
    Object.seal(this);
  }
  get closed() {
    return this.#closed;
  }
  close() {
    if (this.#closed) return;
    this.#closed = true;
    this.#take()?.reject(zmqError("EAGAIN"));
  }
  receive() {
    if (this.#emitter !== void 0) {
      throw new Error(
        "Observer is in event emitter mode. After a call to events.on() it is not possible to read events with events.receive()."
      );
    }
    if (this.#pending !== void 0) {
      throw zmqError("EBUSY", "Socket is busy reading; only one receive operation may be in progress at any time");
    }
    const event2 = this.#queue.shift();
    if (event2 !== void 0) return Promise.resolve(event2);
    if (this.#closed) return Promise.reject(zmqError("EBADF"));
    holdProcess();
    return new Promise((resolve, reject) => this.#pending = { resolve, reject });
  }
  on(type, listener) {
    if (this.#emitter === void 0) {
      this.#emitter = new EventEmitter();
      for (const event2 of this.#queue) this.#emitLater(event2);
      this.#queue.clear();
    }
    return this.#emitter.on(type, listener);
  }
  off(type, listener) {
    const emitter = this.#emitter ?? new EventEmitter();
    return emitter.off(type, listener);
  }
  async *[Symbol.asyncIterator]() {
    for (; ; ) {
      if (this.#closed && this.#queue.length === 0) return void 0;
      let event2;
      try {
        event2 = await this.receive();
      } catch (error) {
        if (this.#closed) return void 0;
        throw error;
      }
      yield event2;
    }
  }
  #push(event2) {
    if (this.#closed) return;
    if (this.#emitter !== void 0) {
      this.#emitLater(event2);
    } else {
      const pending2 = this.#take();
      if (pending2 !== void 0) {
        pending2.resolve(event2);
      } else {
        if (this.#queue.length >= QUEUE_LIMIT) this.#queue.shift();
        this.#queue.push(event2);
      }
    }
    if (event2.type === "end") this.#closed = true;
  }
  #take() {
    const pending2 = this.#pending;
    if (pending2 === void 0) return void 0;
    this.#pending = void 0;
    releaseProcess();
    return pending2;
  }
  #emitLater(event2) {
    const emitter = this.#emitter;
    soon(() => emitter.emit(event2.type, event2));
  }
};

// src/transports/endpoint.ts
function isConnectableSyntax(target) {
  return /^(?:[A-Za-z0-9[:][A-Za-z0-9.\-:%[\]_*]*)?:[^:]*$/.test(target);
}
function splitHostPort(address, text2, wildcardPort) {
  const colon = text2.lastIndexOf(":");
  if (colon < 0) throw zmqError("EINVAL", void 0, address);
  let host = text2.slice(0, colon);
  const portText = text2.slice(colon + 1);
  if (host.startsWith("[") || host.endsWith("]")) {
    if (host.length < 2 || !host.startsWith("[") || !host.endsWith("]")) throw zmqError("EINVAL", void 0, address);
    host = host.slice(1, -1);
  }
  return { host, port: parsePort(address, portText, wildcardPort) };
}
function parsePort(address, text2, wildcard) {
  if (text2 === "*" && wildcard) return 0;
  if (text2 === "0") return 0;
  if (/^\d{1,5}$/.test(text2)) {
    const port = Number(text2);
    if (port >= 1 && port <= 65535) return port;
  }
  throw zmqError("EINVAL", void 0, address);
}
function parseInproc(address, rest) {
  if (rest.length === 0) throw zmqError("EINVAL", void 0, address);
  return { transport: "inproc", name: rest, address };
}

// src/transports/inproc.ts
var QUEUE_LIMIT2 = 1e3;
var InprocLink = class {
  other;
  handler;
  peer;
  incoming = [];
  head = 0;
  paused = false;
  scheduled = false;
  closed = false;
  closeNotified = false;
  senderWaiting = false;
  get writable() {
    const other = this.other;
    return !this.closed && other.incoming.length - other.head < QUEUE_LIMIT2;
  }
  send(parts) {
    if (this.closed) return;
    this.other.enqueue({ frames: parts }, this);
  }
  subscribe(topic) {
    if (!this.closed) this.other.enqueue({ subscribe: true, topic }, this);
  }
  cancel(topic) {
    if (!this.closed) this.other.enqueue({ subscribe: false, topic }, this);
  }
  command(name, data) {
    if (!this.closed) this.other.enqueue({ command: name, data }, this);
  }
  /** `keepReading`: the messages are objects already, queued here or in the pipe alike: deliver on. */
  pause(keepReading = false) {
    if (!keepReading) this.paused = true;
  }
  resume() {
    if (!this.paused) return;
    this.paused = false;
    this.schedule();
  }
  close(linger = -1) {
    if (this.closed) return;
    this.closed = true;
    if (linger === 0) this.other.dropIncoming();
    this.other.closed = true;
    this.notifyClose();
    this.other.schedule();
  }
  /** Both ends report readiness on the next tick. */
  start(peer) {
    this.peer = peer;
    soon(() => {
      if (!this.closeNotified) this.handler.onReady(peer);
    });
  }
  enqueue(item, sender) {
    this.incoming.push(item);
    if (this.incoming.length - this.head >= QUEUE_LIMIT2) sender.senderWaiting = true;
    this.schedule();
  }
  dropIncoming() {
    this.incoming.length = 0;
    this.head = 0;
  }
  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    soon(() => this.deliver());
  }
  deliver() {
    this.scheduled = false;
    const incoming = this.incoming;
    while (!this.paused && this.head < incoming.length && !this.closeNotified) {
      const item = incoming[this.head];
      incoming[this.head++] = void 0;
      try {
        if ("frames" in item) this.handler.onMessage(item.frames);
        else if ("command" in item) this.handler.onCommand?.(item.command, item.data);
        else if (item.subscribe) this.handler.onSubscribe(item.topic);
        else this.handler.onCancel(item.topic);
      } catch {
        this.close(0);
        break;
      }
    }
    if (this.head === incoming.length) {
      incoming.length = 0;
      this.head = 0;
    }
    const sender = this.other;
    if (sender.senderWaiting && incoming.length - this.head < QUEUE_LIMIT2 / 2 && !sender.closeNotified) {
      sender.senderWaiting = false;
      sender.handler.onDrain();
    }
    if (this.closed && this.head === incoming.length) this.notifyClose();
  }
  notifyClose() {
    if (this.closeNotified) return;
    this.closeNotified = true;
    soon(() => this.handler.onClose(void 0, this.peer !== void 0));
  }
};
function link(binder, connecter, address) {
  const bound = new InprocLink();
  const connected = new InprocLink();
  bound.other = connected;
  connected.other = bound;
  bound.handler = binder.open(bound, address);
  connected.handler = connecter.open(connected, address);
  const info = (side) => {
    const properties = /* @__PURE__ */ new Map([["Socket-Type", Buffer.from(side.socketType)]]);
    if (side.identity.length > 0) properties.set("Identity", side.identity);
    return { socketType: side.socketType, identity: side.identity, properties, minor: 1, address };
  };
  bound.start(info(connecter));
  connected.start(info(binder));
}
function createInprocRegistry() {
  const bound = /* @__PURE__ */ new Map();
  const pending2 = /* @__PURE__ */ new Map();
  return {
    bind(name, side) {
      if (bound.has(name)) return false;
      bound.set(name, side);
      const waiting = pending2.get(name);
      if (waiting) {
        pending2.delete(name);
        for (const connecter of waiting) link(side, connecter, `inproc://${name}`);
      }
      return true;
    },
    unbind(name, side) {
      if (bound.get(name) === side) bound.delete(name);
    },
    connect(name, side) {
      const binder = bound.get(name);
      if (binder !== void 0) {
        link(binder, side, `inproc://${name}`);
        return { cancel() {
        } };
      }
      let waiting = pending2.get(name);
      if (!waiting) {
        waiting = /* @__PURE__ */ new Set();
        pending2.set(name, waiting);
      }
      waiting.add(side);
      return {
        cancel() {
          waiting.delete(side);
          if (waiting.size === 0 && pending2.get(name) === waiting) pending2.delete(name);
        }
      };
    }
  };
}
var registries = /* @__PURE__ */ new WeakMap();
function inprocRegistryOf(scope) {
  let registry = registries.get(scope);
  if (registry === void 0) {
    registry = createInprocRegistry();
    registries.set(scope, registry);
  }
  return registry;
}
var IGNORE = {
  onReady() {
  },
  onMessage() {
  },
  onSubscribe() {
  },
  onCancel() {
  },
  onDrain() {
  },
  onClose() {
  }
};
function sideOf(context2, offer) {
  return {
    socketType: context2.socketType,
    identity: context2.identity,
    open: (link2) => {
      let handler = IGNORE;
      offer({
        open: (given) => {
          handler = given;
          return link2;
        },
        refuse: () => link2.close(0)
      });
      return handler;
    }
  };
}
var inproc = {
  scheme: "inproc",
  monitored: false,
  parse: (address, rest) => parseInproc(address, rest),
  listen(endpoint, context2) {
    const registry = inprocRegistryOf(context2.scope);
    const side = sideOf(context2, (peer) => context2.accepted(peer));
    if (!registry.bind(endpoint.name, side)) throw zmqError("EADDRINUSE", void 0, endpoint.address);
    return Promise.resolve({
      endpoint: endpoint.address,
      close() {
        registry.unbind(endpoint.name, side);
        return Promise.resolve();
      }
    });
  },
  connect(endpoint, context2) {
    const connection = inprocRegistryOf(context2.scope).connect(
      endpoint.name,
      sideOf(context2, (peer) => context2.connected(peer))
    );
    return { reconnect() {
    }, close: () => connection.cancel(), retries: false };
  }
};

// src/zmtp/constants.ts
var FLAG_MORE = 1;
var FLAG_COMMAND = 4;
var HANDSHAKE_FRAME_LIMIT = 1024 * 1024;
var EMPTY = Buffer.alloc(0);
var BATCH_LIMIT = 256 * 1024;

// src/zmtp/errors.ts
function linkError(kind, code, message) {
  const error = new Error(message);
  error.kind = kind;
  error.code = code;
  return error;
}
function protocolError(code, message) {
  return linkError("protocol", code, message);
}
function peerErrorCommand(reason) {
  const status = /^[345]00$/.test(reason) ? Number(reason) : void 0;
  const error = status === void 0 ? linkError("protocol", "ERR_ZMTP_UNSPECIFIED", `peer sent ERROR: ${reason}`) : linkError("auth", "EACCES", `peer sent ERROR ${reason}`);
  if (status !== void 0) error.status = status;
  error.fatal = true;
  return error;
}
function isLinkError(value) {
  return value instanceof Error && typeof value.kind === "string";
}

// src/zmtp/zws.ts
var ZWS_MORE = 1;
var ZWS_COMMAND = 2;
var ZWS_RESERVED = ~(ZWS_MORE | ZWS_COMMAND) & 255;
function zwsProtocol(mechanism) {
  return `ZWS2.0/${mechanism}`;
}
var ZWS_NO_MECHANISM = "ZWS2.0";
function encodeZwsFrame(flags, body) {
  const message = Buffer.allocUnsafe(1 + body.length);
  message[0] = ((flags & FLAG_MORE) !== 0 ? ZWS_MORE : 0) | ((flags & FLAG_COMMAND) !== 0 ? ZWS_COMMAND : 0);
  message.set(body, 1);
  return message;
}
function decodeZwsFrame(message, limit) {
  if (message.length === 0) return protocolError("ERR_ZMTP_UNSPECIFIED", "empty ZWS message (no flags byte)");
  const flags = message[0];
  if ((flags & ZWS_RESERVED) !== 0) {
    return protocolError("ERR_ZMTP_UNSPECIFIED", `ZWS flags byte 0x${flags.toString(16)} has reserved bits set`);
  }
  const size = message.length - 1;
  if (limit >= 0 && size > limit) {
    return protocolError("ERR_ZMTP_UNSPECIFIED", `frame of ${size} bytes exceeds maxMessageSize ${limit}`);
  }
  const command = (flags & ZWS_COMMAND) !== 0;
  return {
    // a command is a single frame: MORE means nothing on it
    flags: command ? FLAG_COMMAND : (flags & ZWS_MORE) !== 0 ? FLAG_MORE : 0,
    body: message.subarray(1)
  };
}

// src/transports/browser-websocket.ts
var BACKLOG_LIMIT = 1 << 20;
var DRAIN_POLL_MS = 10;
function openPageWebSocket(url, Socket3 = globalThis.WebSocket) {
  const socket = new Socket3(url, ZWS_NO_MECHANISM);
  socket.binaryType = "arraybuffer";
  return socket;
}
var BrowserMessageSocket = class _BrowserMessageSocket {
  constructor(socket) {
    this.socket = socket;
  }
  drainTimer;
  sink;
  /** Connect to `url`; `sink` hears everything from `opened` (or `failed` + `closed`) on. */
  static connect(url, sink, Socket3) {
    const socket = openPageWebSocket(url, Socket3);
    const adapter = new _BrowserMessageSocket(socket);
    adapter.listen(sink);
    socket.onopen = () => sink.opened();
    return adapter;
  }
  /** For a socket that is already open: route its events to `sink`, starting with `opened`. */
  attach(sink) {
    this.listen(sink);
    sink.opened();
  }
  listen(sink) {
    this.sink = sink;
    const socket = this.socket;
    socket.onmessage = (event2) => {
      const data = event2.data;
      if (data instanceof ArrayBuffer) sink.received(Buffer.from(data), true);
      else sink.received(Buffer.from(String(data)), false);
    };
    socket.onerror = () => {
    };
    socket.onclose = (event2) => {
      this.stopDrainPoll();
      if (!event2.wasClean)
        sink.failed("ECONNRESET", `WebSocket closed (${event2.code}${event2.reason ? ` ${event2.reason}` : ""})`);
      sink.closed();
    };
  }
  get protocol() {
    return this.socket.protocol;
  }
  send(message) {
    this.socket.send(message);
    if (this.blocked) this.startDrainPoll();
  }
  get blocked() {
    return this.socket.bufferedAmount > BACKLOG_LIMIT;
  }
  pause() {
  }
  resume() {
  }
  close(code, reason) {
    this.socket.close(
      code === 1e3 || code >= 3e3 && code <= 4999 ? code : 4e3 + (code - 1e3),
      reason.slice(0, 100)
    );
  }
  terminate() {
    this.socket.close();
  }
  startDrainPoll() {
    if (this.drainTimer !== void 0) return;
    const poll = () => {
      if (this.blocked) {
        this.drainTimer = setTimeout(poll, DRAIN_POLL_MS);
        return;
      }
      this.drainTimer = void 0;
      this.sink?.drained();
    };
    this.drainTimer = setTimeout(poll, DRAIN_POLL_MS);
  }
  stopDrainPoll() {
    if (this.drainTimer !== void 0) clearTimeout(this.drainTimer);
    this.drainTimer = void 0;
  }
};

// src/transports/node-clock.ts
var nodeClock = {
  after: (ms, callback) => backgroundTimeout(callback, ms),
  defer: soon,
  time: () => Math.floor(performance.now())
};

// src/transports/backoff.ts
var BACKOFF_RESET = -1;
function reconnects(interval) {
  return interval > 0;
}
function nextReconnectDelay(state, interval, maxInterval, random = Math.random) {
  if (maxInterval > 0) {
    const candidate = state === BACKOFF_RESET ? interval : state * 2;
    const delay = Math.min(candidate, maxInterval);
    return { delay, state: delay };
  }
  const jitter = interval > 0 ? Math.min(interval - 1, Math.floor(random() * interval)) : 0;
  return { delay: interval + jitter, state: interval };
}

// src/transports/dialer.ts
var MAX_TIMER = 2 ** 31 - 1;
var Dialer = class {
  constructor(address, attempt, options, handler, clock = nodeClock) {
    this.address = address;
    this.attempt = attempt;
    this.options = options;
    this.handler = handler;
    this.clock = clock;
  }
  started = false;
  closed = false;
  backoff = BACKOFF_RESET;
  cancelRetry;
  abandon;
  cancelAttemptTimer;
  /** The first attempt, right away. */
  start() {
    if (this.started || this.closed) return;
    this.started = true;
    this.dial();
  }
  /** The owner's connection ended (peer gone, handshake or heartbeat failure): schedule the next attempt. */
  reconnect() {
    if (this.closed || this.abandon !== void 0 || this.cancelRetry !== void 0) return;
    this.schedule();
  }
  /** Cancel timers and a pending attempt; no callback after this. Also used after a fatal protocol ERROR. */
  close() {
    this.closed = true;
    this.cancelRetry?.();
    this.cancelRetry = void 0;
    this.abandonAttempt();
  }
  dial() {
    if (this.closed) return;
    let current2 = true;
    const done = () => {
      if (!current2) return false;
      current2 = false;
      this.cancelAttemptTimer?.();
      this.cancelAttemptTimer = void 0;
      this.abandon = void 0;
      return true;
    };
    const abandon = this.attempt({
      connected: (connection) => {
        if (!done()) return;
        this.backoff = BACKOFF_RESET;
        this.handler.onStream(connection, this.address);
      },
      failed: () => {
        if (done()) this.schedule();
      },
      delayed: () => {
        if (current2) this.handler.onConnectDelay(this.address);
      }
    });
    if (!current2) return;
    this.abandon = () => {
      current2 = false;
      abandon();
    };
    const connectTimeout = this.options.connectTimeout ?? 0;
    if (connectTimeout > 0) {
      this.cancelAttemptTimer = this.clock.after(Math.min(connectTimeout, MAX_TIMER), () => {
        this.cancelAttemptTimer = void 0;
        this.abandonAttempt();
        this.schedule();
      });
    }
  }
  schedule() {
    if (this.closed || this.cancelRetry !== void 0) return;
    const interval = this.options.reconnectInterval ?? 100;
    if (!reconnects(interval)) return;
    const step = nextReconnectDelay(
      this.backoff,
      interval,
      this.options.reconnectMaxInterval ?? 0,
      this.options.random
    );
    this.backoff = step.state;
    this.cancelRetry = this.clock.after(Math.min(step.delay, MAX_TIMER), () => {
      this.cancelRetry = void 0;
      this.dial();
    });
    this.handler.onConnectRetry(this.address, step.delay);
  }
  abandonAttempt() {
    this.cancelAttemptTimer?.();
    this.cancelAttemptTimer = void 0;
    const abandon = this.abandon;
    this.abandon = void 0;
    abandon?.();
  }
};

// src/platform/node-buffer.browser.ts
import { Buffer as Buffer2, kMaxLength } from "buffer";
var constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: (1 << 29) - 24 };
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });

// src/zmtp/decoder.ts
var ASSEMBLE_UPFRONT = 1024 * 1024;

// src/zmtp/encoder.ts
var SLAB_SIZE = 64 * 1024;
var EMPTY_SLAB = Buffer.alloc(0);

// src/zmtp/routing-id-mechanism.ts
var RoutingIdMechanism = class {
  constructor(routingId, peerSocketType, protocol = "ZWS2.0") {
    this.routingId = routingId;
    this.peerSocketType = peerSocketType;
    this.protocol = protocol;
  }
  /** Security-wise this is NULL; it never appears in a greeting (ZWS has none). */
  name = "NULL";
  asServer = false;
  host;
  start(host) {
    this.host = host;
    host.sendFrame?.(0, this.routingId);
  }
  receive(flags, body) {
    const host = this.host;
    if (host === void 0) return;
    if (flags !== 0) {
      const what = (flags & FLAG_MORE) !== 0 ? "a multipart routing id" : "a command";
      host.fail(
        protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", `${what} instead of the peer's routing id (${this.protocol})`)
      );
      return;
    }
    const properties = /* @__PURE__ */ new Map([["Identity", Buffer.from(body)]]);
    if (this.peerSocketType !== void 0) properties.set("Socket-Type", Buffer.from(this.peerSocketType, "latin1"));
    host.complete(properties);
  }
};

// src/zmtp/metadata.ts
function encodeProperties(properties) {
  const pieces = [];
  for (const [name, value] of properties) {
    const nameBytes = Buffer.from(name, "latin1");
    if (nameBytes.length < 1 || nameBytes.length > 255) throw new RangeError(`bad property name: ${name}`);
    const head = Buffer.allocUnsafe(1 + nameBytes.length + 4);
    head[0] = nameBytes.length;
    nameBytes.copy(head, 1);
    head.writeUInt32BE(value.length, 1 + nameBytes.length);
    pieces.push(head, Buffer.from(value));
  }
  return Buffer.concat(pieces);
}
var DEFAULT_METADATA_LIMITS = { maxBytes: 64 * 1024, maxProperties: 64 };
function parseProperties(data, malformedCode = "ERR_ZMTP_INVALID_METADATA", limits = DEFAULT_METADATA_LIMITS) {
  if (limits.maxBytes >= 0 && data.length > limits.maxBytes) {
    return protocolError(malformedCode, `metadata of ${data.length} bytes exceeds the limit of ${limits.maxBytes}`);
  }
  const properties = /* @__PURE__ */ new Map();
  const copy = data.length > 0 ? Buffer.from(data) : data;
  let at = 0;
  let count = 0;
  while (at < copy.length) {
    if (limits.maxProperties >= 0 && ++count > limits.maxProperties) {
      return protocolError(malformedCode, `metadata has more than ${limits.maxProperties} properties`);
    }
    const nameLength = copy[at];
    at += 1;
    if (nameLength === 0) return protocolError(malformedCode, "metadata property with an empty name");
    if (copy.length - at < nameLength + 4) return protocolError(malformedCode, "truncated metadata property");
    const name = copy.toString("latin1", at, at + nameLength);
    at += nameLength;
    const valueLength = copy.readUInt32BE(at);
    at += 4;
    if (copy.length - at < valueLength) {
      return protocolError(malformedCode, `metadata property ${name} value exceeds the command`);
    }
    properties.set(name, copy.subarray(at, at + valueLength));
    at += valueLength;
  }
  return properties;
}
function getProperty(properties, name) {
  const exact = properties.get(name);
  if (exact !== void 0) return exact;
  const lower = name.toLowerCase();
  for (const [key, value] of properties) if (key.toLowerCase() === lower) return value;
  return void 0;
}

// src/zmtp/commands.ts
var READY = "READY";
var ERROR = "ERROR";
var SUBSCRIBE = "SUBSCRIBE";
var CANCEL = "CANCEL";
var PING = "PING";
var PONG = "PONG";
var MAX_PING_CONTEXT = 16;
var MAX_TTL_DECISECONDS = 65535;
function commandBody(name, data = EMPTY) {
  const body = Buffer.allocUnsafe(1 + name.length + data.length);
  body[0] = name.length;
  body.write(name, 1, "latin1");
  body.set(data, 1 + name.length);
  return body;
}
function commandName(body) {
  if (body.length < 2) return void 0;
  const length = body[0];
  if (length === 0 || length > body.length - 1) return void 0;
  return body.toString("latin1", 1, 1 + length);
}
function commandData(body) {
  return body.subarray(1 + body[0]);
}
var readyBodies = /* @__PURE__ */ new WeakMap();
function readyBody(properties) {
  if (!Object.isFrozen(properties)) return commandBody(READY, encodeProperties(properties));
  let body = readyBodies.get(properties);
  if (body === void 0) {
    body = commandBody(READY, encodeProperties(properties));
    readyBodies.set(properties, body);
  }
  return body;
}
function errorBody(reason) {
  const text2 = Buffer.from(reason, "latin1").subarray(0, 255);
  return commandBody(ERROR, Buffer.concat([Buffer.from([text2.length]), text2]));
}
function parseErrorReason(data) {
  if (data.length < 1 || data[0] > data.length - 1) return void 0;
  return data.toString("latin1", 1, 1 + data[0]);
}
function subscribeBody(topic) {
  return commandBody(SUBSCRIBE, topic);
}
function cancelBody(topic) {
  return commandBody(CANCEL, topic);
}
function pingBody(ttlDeciseconds, context2 = EMPTY) {
  const ctx = context2.subarray(0, MAX_PING_CONTEXT);
  const data = Buffer.allocUnsafe(2 + ctx.length);
  data.writeUInt16BE(Math.max(0, Math.min(MAX_TTL_DECISECONDS, Math.floor(ttlDeciseconds))), 0);
  data.set(ctx, 2);
  return commandBody(PING, data);
}
function ttlToDeciseconds(ms) {
  return Math.min(MAX_TTL_DECISECONDS, Math.max(0, Math.floor(ms / 100)));
}
var PING_HEAD = 7;
function isPing(body) {
  return body.length >= 5 && body[0] === 4 && body[1] === 80 && body[2] === 73 && body[3] === 78 && body[4] === 71;
}
function pingTtl(body) {
  return body.length < PING_HEAD ? 0 : body.readUInt16BE(5);
}
function pingContext(body) {
  return body.length < PING_HEAD ? EMPTY : body.subarray(PING_HEAD, PING_HEAD + MAX_PING_CONTEXT);
}
function pongBody(context2) {
  return commandBody(PONG, context2.subarray(0, MAX_PING_CONTEXT));
}

// src/zmtp/message-budget.ts
var DEFAULT_MESSAGE_SIZE_CEILING = 1024 * 1024 * 1024;
var DEFAULT_MAX_MESSAGE_PARTS = 65536;
function messageLimits(maxMessageSize = -1, ceiling = DEFAULT_MESSAGE_SIZE_CEILING, maxParts = DEFAULT_MAX_MESSAGE_PARTS) {
  const maxBytes = maxMessageSize >= 0 ? maxMessageSize : ceiling;
  if (lastLimits.maxBytes !== maxBytes || lastLimits.maxParts !== maxParts) lastLimits = { maxBytes, maxParts };
  return lastLimits;
}
var lastLimits = { maxBytes: DEFAULT_MESSAGE_SIZE_CEILING, maxParts: DEFAULT_MAX_MESSAGE_PARTS };
var MessageBudget = class {
  constructor(limits) {
    this.limits = limits;
  }
  bytes = 0;
  parts = 0;
  /** Largest next frame body (for `FrameDecoder.limit`); -1 = unlimited. */
  get frameLimit() {
    return this.limits.maxBytes < 0 ? -1 : this.limits.maxBytes - this.bytes;
  }
  /** Count a part kept for the message in progress; an error when the message is over its part limit. */
  addPart(size) {
    this.bytes += size;
    this.parts++;
    const max = this.limits.maxParts;
    if (max >= 0 && this.parts >= max) {
      return protocolError("ERR_ZMTP_UNSPECIFIED", `message has more than ${max} parts (maxMessageParts)`);
    }
    return void 0;
  }
  /** The message in progress was delivered or dropped. */
  reset() {
    this.bytes = 0;
    this.parts = 0;
  }
};

// src/zmtp/deadlines.ts
var Deadlines = class {
  constructor(clock, ms) {
    this.clock = clock;
    this.ms = ms;
  }
  entries = /* @__PURE__ */ new Map();
  cancelTimer;
  firing = false;
  add(item) {
    this.entries.set(item, this.clock.time() + this.ms);
    if (this.cancelTimer === void 0 && !this.firing) this.arm(this.ms);
  }
  delete(item) {
    if (!this.entries.delete(item) || this.entries.size > 0) return;
    this.cancelTimer?.();
    this.cancelTimer = void 0;
  }
  arm(ms) {
    this.cancelTimer = this.clock.after(ms, () => this.fire());
  }
  fire() {
    this.cancelTimer = void 0;
    this.firing = true;
    try {
      const now = this.clock.time();
      for (const [item, due] of this.entries) {
        if (due > now) break;
        this.entries.delete(item);
        item.expire();
      }
    } finally {
      this.firing = false;
      const next = this.entries.values().next();
      if (!next.done) this.arm(Math.max(0, next.value - this.clock.time()));
    }
  }
};
var shared = /* @__PURE__ */ new WeakMap();
function sharedDeadlines(clock, ms) {
  if (clock.time === void 0) return void 0;
  let byLength = shared.get(clock);
  if (byLength === void 0) {
    byLength = /* @__PURE__ */ new Map();
    shared.set(clock, byLength);
  }
  let deadlines = byLength.get(ms);
  if (deadlines === void 0) {
    deadlines = new Deadlines(clock, ms);
    byLength.set(ms, deadlines);
  }
  return deadlines;
}

// src/zmtp/zap.ts
var AUTH_MESSAGES = {
  300: "Temporary error",
  400: "Authentication failure",
  500: "Internal error"
};
function authError(status) {
  const error = linkError("auth", "EACCES", AUTH_MESSAGES[status]);
  error.status = status;
  return error;
}
function zapUnavailable() {
  return linkError("transport", "EFAULT", "ZAP is required but no handler is bound at inproc://zeromq.zap.01");
}
function parseZapReply(frames) {
  if (frames.length !== 7) return protocolError("ERR_ZAP_MALFORMED_REPLY", "ZAP reply must have 7 frames");
  const [delimiter, version2, requestId, status, , userId, metadata] = frames;
  if (delimiter.length > 0) return protocolError("ERR_ZAP_UNSPECIFIED", "ZAP reply without an empty delimiter");
  if (version2.toString("latin1") !== "1.0") return protocolError("ERR_ZAP_BAD_VERSION", "ZAP reply version is not 1.0");
  if (requestId.toString("latin1") !== "1")
    return protocolError("ERR_ZAP_BAD_REQUEST_ID", "ZAP reply for another request");
  const code = status.toString("latin1");
  if (!/^[2-5]00$/.test(code))
    return protocolError("ERR_ZAP_INVALID_STATUS_CODE", "ZAP reply status is not 200/300/400/500");
  const properties = parseProperties(metadata);
  if (properties instanceof Error) return protocolError("ERR_ZAP_INVALID_METADATA", "ZAP reply metadata is malformed");
  if (code !== "200") {
    const numeric = Number(code);
    return { allowed: false, status: numeric, error: authError(numeric) };
  }
  if (userId.length > 0) properties.set("User-Id", Buffer.from(userId));
  return { allowed: true, properties };
}
function askZap(zap, mechanism, credentials, done) {
  const pending2 = zap.request(mechanism, credentials);
  if (pending2 === void 0) {
    done("no-handler");
    return;
  }
  pending2.then(
    (frames) => done(parseZapReply(frames)),
    () => done(protocolError("ERR_ZAP_UNSPECIFIED", "ZAP request failed"))
  );
}
function zapErrorReason(status) {
  return status === 300 ? void 0 : String(status);
}
function settleZap(host, outcome, noHandler, errorCommand) {
  if (outcome === "no-handler") {
    if (noHandler === "allow") return /* @__PURE__ */ new Map();
    host.fail(zapUnavailable());
    return void 0;
  }
  if (outcome instanceof Error) {
    host.fail(outcome);
    return void 0;
  }
  if (outcome.allowed) return outcome.properties;
  const reason = zapErrorReason(outcome.status);
  if (reason !== void 0) host.sendCommand(errorCommand(reason));
  host.fail(outcome.error);
  return void 0;
}

// src/zmtp/null-mechanism.ts
var NullMechanism = class {
  constructor(zap) {
    this.zap = zap;
  }
  name = "NULL";
  asServer = false;
  host;
  /** Set while the ZAP verdict is outstanding; the peer's READY, if it came meanwhile, waits here. */
  awaitingZap = false;
  peerReady;
  zapProperties;
  done = false;
  start(host) {
    this.host = host;
    const zap = this.zap;
    if (zap === void 0) {
      host.sendCommand(readyBody(host.properties));
      return;
    }
    this.awaitingZap = true;
    askZap(zap, "NULL", [], (outcome) => {
      if (!this.awaitingZap || this.done) return;
      this.awaitingZap = false;
      const extra = settleZap(host, outcome, zap.enforceDomain ? "fail" : "allow", errorBody);
      if (extra === void 0) {
        this.done = true;
        return;
      }
      this.zapProperties = extra;
      host.sendCommand(readyBody(host.properties));
      if (this.peerReady !== void 0) this.finish(host, this.peerReady);
    });
  }
  close() {
    this.done = true;
    this.zap?.cancel?.();
  }
  finish(host, properties) {
    this.done = true;
    if (this.zapProperties !== void 0) for (const [name, value] of this.zapProperties) properties.set(name, value);
    host.complete(properties);
  }
  receive(flags, body) {
    const host = this.host;
    if (host === void 0 || this.done) return;
    if ((flags & FLAG_COMMAND) === 0) {
      host.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "data frame received before the handshake completed"));
      return;
    }
    const name = commandName(body);
    if (name === void 0) {
      host.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_UNSPECIFIED", "malformed command during the handshake"));
      return;
    }
    if (name === READY && this.peerReady !== void 0) {
      host.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "second READY during the NULL handshake"));
      return;
    }
    if (name === READY) {
      const properties = parseProperties(commandData(body), "ERR_ZMTP_MALFORMED_COMMAND_READY", host.metadataLimits);
      if (properties instanceof Error) host.fail(properties);
      else if (this.awaitingZap) this.peerReady = properties;
      else this.finish(host, properties);
      return;
    }
    if (name === ERROR) {
      const reason = parseErrorReason(commandData(body));
      if (reason === void 0) host.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_ERROR", "malformed ERROR command"));
      else host.fail(peerErrorCommand(reason));
      return;
    }
    host.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", `unexpected ${name} command during the NULL handshake`));
  }
};

// src/zmtp/socket-types.ts
var PEERS = {
  REQ: ["REP", "ROUTER"],
  REP: ["REQ", "DEALER"],
  DEALER: ["REP", "DEALER", "ROUTER"],
  ROUTER: ["REQ", "DEALER", "ROUTER"],
  PUB: ["SUB", "XSUB"],
  XPUB: ["SUB", "XSUB"],
  SUB: ["PUB", "XPUB"],
  XSUB: ["PUB", "XPUB"],
  PUSH: ["PULL"],
  PULL: ["PUSH"],
  PAIR: ["PAIR"],
  CLIENT: ["SERVER"],
  SERVER: ["CLIENT"],
  RADIO: ["DISH"],
  DISH: ["RADIO"],
  SCATTER: ["GATHER"],
  GATHER: ["SCATTER"],
  PEER: ["PEER"],
  CHANNEL: ["CHANNEL"]
};
function socketTypesCompatible(ours, theirs) {
  return Object.hasOwn(PEERS, ours) && PEERS[ours].includes(theirs);
}
function peerSocketTypeError(ours, properties) {
  const type = getProperty(properties, "Socket-Type")?.toString("latin1");
  if (type === void 0 || socketTypesCompatible(ours, type)) return void 0;
  return protocolError("ERR_ZMTP_INVALID_METADATA", `socket type ${type} cannot talk to ${ours}`);
}
function sendsIdentity(socketType) {
  return socketType === "REQ" || socketType === "DEALER" || socketType === "ROUTER";
}

// src/zmtp/session.ts
var GREETING = 0;
var HANDSHAKE = 1;
var TRAFFIC = 2;
var CLOSED = 3;
var Session = class {
  transport;
  handler;
  clock;
  /** MechanismHost: the session is its mechanism's host (one object less per connection). */
  socketType;
  address;
  properties;
  metadataLimits;
  /** The configured mechanism; a ZMTP 2.0 peer gets its identity exchange instead (see `begin`). */
  mechanism;
  zmtp2 = false;
  maxMessageSize;
  heartbeatInterval;
  heartbeatTimeout;
  heartbeatTimeToLive;
  /** Our PING, made when heartbeats start. */
  pingFrame;
  subscriptionMessages;
  onHandlerError;
  phase = GREETING;
  wasReady = false;
  closing = false;
  pausedFlag = false;
  /** Reading stopped by the engine itself: an answer (PONG) is owed and the peer does not read our output. */
  answerHold = false;
  flushScheduled = false;
  blockedReported = false;
  peerInfo;
  /** MechanismHost: the peer's greeting. */
  peerMinor = 0;
  peerAsServer = false;
  subscriptionsAsMessages = false;
  codec;
  limit;
  /** What the socket sent before the handshake completed; made on first use. */
  pending;
  parts = [];
  budget;
  /** The PING (command body) a PONG is owed to: written at the next flush, or once the output drains; coalesced. */
  owedPong;
  /** PINGs the owed PONG answers (see PING_FLOOD_BURST). */
  pingsUnanswered = 0;
  /** Frames (and transport-level pings/pongs) received so far: heartbeat deadlines compare it (RFC 37 §PING). */
  activity = 0;
  pingMark = 0;
  ttlMark = 0;
  /** The shared deadline set this session waits in during its handshake, or its own timer's cancel. */
  handshakeDeadline;
  cancelHandshakeTimer;
  cancelHeartbeatTimer;
  cancelPingTimeout;
  cancelTtlTimer;
  cancelLingerTimer;
  cancelAnswerHold;
  /** Callbacks for the clock, made on first use: an idle connection does not pay a closure per timer kind. */
  flushTask;
  sendPingTask;
  constructor(transport, handler, options, clock) {
    this.transport = transport;
    this.handler = handler;
    this.clock = clock;
    this.socketType = options.socketType;
    this.address = options.address;
    this.mechanism = options.mechanism ?? new NullMechanism();
    this.maxMessageSize = options.maxMessageSize ?? -1;
    this.heartbeatInterval = Math.max(0, options.heartbeatInterval ?? 0);
    const timeout = options.heartbeatTimeout ?? -1;
    this.heartbeatTimeout = timeout < 0 ? this.heartbeatInterval : timeout;
    this.heartbeatTimeToLive = options.heartbeatTimeToLive ?? 0;
    this.subscriptionMessages = options.subscriptionMessages ?? false;
    this.onHandlerError = options.onHandlerError;
    this.budget = new MessageBudget(
      messageLimits(this.maxMessageSize, options.messageSizeCeiling, options.maxMessageParts)
    );
    this.limit = handshakeFrameLimit(this.maxMessageSize, options.metadataLimits);
    this.metadataLimits = options.metadataLimits;
    this.properties = readyProperties(this.socketType, options.identity ?? EMPTY);
    const handshakeInterval = options.handshakeInterval ?? 3e4;
    if (handshakeInterval > 0) {
      this.handshakeDeadline = sharedDeadlines(clock, handshakeInterval);
      if (this.handshakeDeadline !== void 0) this.handshakeDeadline.add(this);
      else this.cancelHandshakeTimer = clock.after(handshakeInterval, () => this.expire());
    }
  }
  // ---- Link ---------------------------------------------------------------------------------------------------
  get peer() {
    return this.peerInfo;
  }
  get writable() {
    if (this.phase === CLOSED) return false;
    const blocked = this.transport.blocked || this.transport.queuedBytes >= BATCH_LIMIT;
    if (blocked) this.blockedReported = true;
    return !blocked;
  }
  send(parts) {
    if (this.phase === CLOSED || this.closing || parts.length === 0) return;
    if (this.phase !== TRAFFIC) {
      this.hold(parts);
      return;
    }
    if (this.codec === void 0) this.transport.message(parts);
    else this.queueMessage(parts);
    this.scheduleFlush();
  }
  subscribe(topic) {
    this.queueSubscription(true, topic);
  }
  cancel(topic) {
    this.queueSubscription(false, topic);
  }
  command(name, data) {
    if (this.phase === CLOSED || this.closing) return;
    const body = commandBody(name, data);
    if (this.phase !== TRAFFIC) {
      this.hold({ command: body });
      return;
    }
    this.queueFrame(FLAG_COMMAND, body);
    this.scheduleFlush();
  }
  pause(keepReading = false) {
    if (this.pausedFlag || this.phase === CLOSED) return;
    this.pausedFlag = true;
    if (!this.answerHold) this.transport.pauseReading(keepReading);
  }
  resume() {
    if (!this.pausedFlag || this.phase === CLOSED) return;
    this.pausedFlag = false;
    if (!this.answerHold) this.transport.resumeReading();
  }
  close(linger = -1) {
    if (this.phase === CLOSED) return;
    if (linger === 0) {
      this.transport.discard();
      this.pending = void 0;
      this.terminate(void 0, false);
      return;
    }
    if (this.closing) return;
    this.closing = true;
    this.stopHeartbeats();
    const wasPaused = this.paused;
    this.releaseAnswerHold(false);
    if (wasPaused) this.transport.resumeReading();
    if (linger > 0) this.cancelLingerTimer = this.clock.after(linger, () => this.onLingerExpired());
    if (this.phase === TRAFFIC) this.transport.end();
    else if (this.pending === void 0) this.terminate(void 0, false);
  }
  // ---- from the adapter ---------------------------------------------------------------------------------------
  /** Inbound frames still matter (false once closed, or while closing after the handshake). */
  get acceptsInput() {
    return this.phase !== CLOSED && !(this.closing && this.phase === TRAFFIC);
  }
  /** Whether the adapter should hand over frames now: input is accepted and the socket is not paused. */
  get receiving() {
    return !this.pausedFlag && !this.answerHold && this.acceptsInput;
  }
  /** Inbound reading is paused: by the socket (receive HWM), or by the engine while an answer waits for the peer. */
  get paused() {
    return this.pausedFlag || this.answerHold;
  }
  /** Largest frame body accepted now, -1 = unlimited: handshake frames are capped tighter than traffic. */
  get frameLimit() {
    return this.limit;
  }
  /** The peer's greeting (or WebSocket upgrade) is in: start the mechanism. */
  begin(peer) {
    if (this.phase !== GREETING) return;
    this.peerMinor = peer.minor;
    this.peerAsServer = peer.asServer;
    this.subscriptionsAsMessages = peer.subscriptionsAsMessages;
    if (peer.zmtp2Handshake !== void 0) {
      this.zmtp2 = true;
      this.mechanism = peer.zmtp2Handshake;
    }
    this.phase = HANDSHAKE;
    this.mechanism.start(this);
  }
  /** One frame from the peer (flags: MORE, COMMAND). */
  receive(flags, body) {
    const phase = this.phase;
    if (phase === CLOSED || this.closing && phase === TRAFFIC) return;
    this.activity++;
    if (phase === TRAFFIC) this.onFrame(flags, body);
    else if (phase === HANDSHAKE) this.mechanism.receive(flags, body);
    else this.abort(protocolError("ERR_ZMTP_UNSPECIFIED", "frame received before the greeting"));
  }
  /** Proof of life that is not a frame (a WebSocket ping or pong). */
  noteActivity() {
    this.activity++;
  }
  /** The peer ended its side. While closing in traffic the transport's finish ends the session instead. */
  peerEnded() {
    if (this.phase === CLOSED || this.closing && this.phase === TRAFFIC) return;
    this.terminate(void 0, false);
  }
  /** Close for a reason found by the adapter (bad greeting, undecodable frame, transport error) or none. */
  abort(error) {
    this.terminate(error, false);
  }
  /** The transport can take more again. */
  transportDrained() {
    if (this.phase === CLOSED) return;
    if (this.owedPong !== void 0 && !this.closing) {
      this.queueFrame(FLAG_COMMAND, pongBody(pingContext(this.owedPong)));
      this.owedPong = void 0;
      this.pingsUnanswered = 0;
      this.scheduleFlush();
    }
    this.releaseAnswerHold(true);
    if (!this.blockedReported) return;
    this.blockedReported = false;
    this.callHandler(() => this.handler.onDrain());
  }
  /** Our end(), requested by close(), is written. */
  transportFinished() {
    if (this.closing) this.terminate(void 0, false);
  }
  // ---- inbound ------------------------------------------------------------------------------------------------
  onFrame(flags, body) {
    if (this.codec !== void 0) {
      const plain = this.codec.decode(flags, body);
      if (isLinkError(plain)) {
        this.terminate(plain, false);
        return;
      }
      flags = plain.flags;
      body = plain.body;
    }
    if ((flags & FLAG_COMMAND) !== 0) {
      this.onCommand(body);
      return;
    }
    if (this.subscriptionMessages && body.length > 0 && body[0] <= 1) {
      const topic = Buffer.from(body.subarray(1));
      if (body[0] === 1) this.callHandler(() => this.handler.onSubscribe(topic));
      else this.callHandler(() => this.handler.onCancel(topic));
      if ((flags & FLAG_MORE) === 0 && this.parts.length > 0) this.deliver();
      return;
    }
    if ((flags & FLAG_MORE) === 0) {
      if (this.parts.length === 0) {
        this.handOver([body]);
        return;
      }
      this.parts.push(body);
      this.deliver();
      return;
    }
    this.parts.push(body);
    const overLimit = this.budget.addPart(body.length);
    if (overLimit !== void 0)
      this.terminate(overLimit, false);
    else this.limit = this.budget.frameLimit;
  }
  deliver() {
    const parts = this.parts;
    this.parts = [];
    this.budget.reset();
    this.limit = this.budget.frameLimit;
    this.handOver(parts);
  }
  handOver(parts) {
    try {
      this.handler.onMessage(parts);
    } catch (error) {
      this.handlerFailed(error);
    }
  }
  onCommand(body) {
    if (this.zmtp2) {
      this.terminate(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "command frame from a ZMTP 2.0 peer"), false);
      return;
    }
    if (isPing(body)) {
      this.onPing(body);
      return;
    }
    const name = commandName(body);
    if (name === void 0) return;
    switch (name) {
      case PONG:
        return;
      // liveness already counted
      case SUBSCRIBE:
      case CANCEL: {
        if (!this.subscriptionMessages) return;
        const topic = Buffer.from(commandData(body));
        if (name === SUBSCRIBE) this.callHandler(() => this.handler.onSubscribe(topic));
        else this.callHandler(() => this.handler.onCancel(topic));
        return;
      }
      case ERROR:
        this.terminate(peerErrorCommand(parseErrorReason(commandData(body)) ?? ""), false);
        return;
      case READY:
        this.terminate(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "READY after the handshake"), false);
        return;
      default: {
        const onCommand = this.handler.onCommand;
        if (onCommand !== void 0) this.callHandler(() => onCommand.call(this.handler, name, commandData(body)));
        return;
      }
    }
  }
  /** Recognised from its bytes, and nothing allocated per PING: a flood of them must cost no memory. */
  onPing(body) {
    if (this.transport.blocked) {
      this.owedPong = Buffer.from(body.subarray(0, MAX_PING_BODY));
      this.holdForAnswer(ANSWER_HOLD_LIMIT);
    } else {
      if (++this.pingsUnanswered > PING_FLOOD_BURST) this.holdForAnswer(PING_FLOOD_PAUSE);
      this.owedPong = body;
      this.scheduleFlush();
    }
    const ttl2 = pingTtl(body);
    if (ttl2 > 0 && this.cancelTtlTimer === void 0) {
      this.ttlMark = this.activity;
      this.cancelTtlTimer = this.clock.after(ttl2 * 100, () => this.onTtlExpired());
    }
  }
  callHandler(call) {
    try {
      call();
    } catch (error) {
      this.handlerFailed(error);
    }
  }
  // ---- handshake ----------------------------------------------------------------------------------------------
  /** MechanismHost: handshake frames go out at once, nothing to batch and the peer is waiting. */
  sendCommand(body) {
    this.sendFrame(FLAG_COMMAND, body);
  }
  sendFrame(flags, body) {
    if (this.phase === CLOSED) return;
    this.transport.frame(flags, body);
    this.transport.flush();
  }
  /** MechanismHost: the handshake succeeded. */
  complete(properties, codec) {
    this.completeHandshake(properties, codec);
  }
  /** MechanismHost: the handshake failed; what was queued (an ERROR) is flushed before the transport ends. */
  fail(error) {
    this.terminate(error, true);
  }
  hold(item) {
    if (this.pending === void 0) this.pending = [item];
    else this.pending.push(item);
  }
  completeHandshake(properties, codec) {
    if (this.phase !== HANDSHAKE) return;
    const refused = peerSocketTypeError(this.socketType, properties);
    if (refused) {
      this.terminate(refused, false);
      return;
    }
    const type = getProperty(properties, "Socket-Type")?.toString("latin1");
    this.peerInfo = {
      socketType: type,
      identity: getProperty(properties, "Identity") ?? EMPTY,
      properties,
      minor: this.peerMinor,
      address: this.address
    };
    this.codec = codec;
    this.phase = TRAFFIC;
    this.wasReady = true;
    this.limit = this.budget.frameLimit;
    this.stopHandshakeDeadline();
    const held = this.pending ?? [];
    this.pending = void 0;
    for (const item of held) {
      if (Array.isArray(item)) this.queueMessage(item);
      else if ("command" in item) this.queueFrame(FLAG_COMMAND, item.command);
      else this.writeSubscription(item.subscribe, item.topic);
    }
    this.scheduleFlush();
    if (this.closing) {
      this.transport.end();
      return;
    }
    this.startHeartbeats();
    this.callHandler(() => this.handler.onReady(this.peerInfo));
  }
  /** The handshake deadline passed (Expiring, for the shared deadline set). */
  expire() {
    this.cancelHandshakeTimer = void 0;
    this.handshakeDeadline = void 0;
    if (this.phase === GREETING || this.phase === HANDSHAKE) {
      this.terminate(linkError("timeout", "ETIMEDOUT", "handshake timed out"), false);
    }
  }
  stopHandshakeDeadline() {
    this.handshakeDeadline?.delete(this);
    this.handshakeDeadline = void 0;
    this.cancelHandshakeTimer?.();
    this.cancelHandshakeTimer = void 0;
  }
  // ---- engine answers under backpressure ----------------------------------------------------------------------
  /**
   * Stop reading while the answer the engine owes cannot be written, so a peer that sends commands without reading
   * the answers is throttled instead of costing queue space. The hold is bounded: two engines that each owe the other
   * an answer while neither reads would otherwise wait forever, so after ANSWER_HOLD_LIMIT reading resumes (the
   * answer stays coalesced, never queued) until the next command that needs an answer. A PING flood from a peer
   * that reads is held PING_FLOOD_PAUSE at a time, every PING_FLOOD_BURST PINGs.
   */
  holdForAnswer(limit) {
    if (this.answerHold || this.closing) return;
    this.answerHold = true;
    if (!this.pausedFlag) this.transport.pauseReading();
    this.cancelAnswerHold = this.clock.after(limit, () => this.onAnswerHoldExpired());
  }
  releaseAnswerHold(resumeTransport) {
    this.cancelAnswerHold?.();
    this.cancelAnswerHold = void 0;
    if (!this.answerHold) return;
    this.answerHold = false;
    if (resumeTransport && !this.pausedFlag && this.phase !== CLOSED) this.transport.resumeReading();
  }
  onAnswerHoldExpired() {
    this.cancelAnswerHold = void 0;
    this.releaseAnswerHold(true);
  }
  // ---- heartbeats (RFC 37 §PING, §PONG) --------------------------------------------------------------------------
  pingTask() {
    this.sendPingTask ??= () => this.sendPing();
    return this.sendPingTask;
  }
  startHeartbeats() {
    if (this.heartbeatInterval <= 0 || this.zmtp2) return;
    this.cancelHeartbeatTimer = this.clock.after(this.heartbeatInterval, this.pingTask());
  }
  stopHeartbeats() {
    this.cancelHeartbeatTimer?.();
    this.cancelPingTimeout?.();
    this.cancelTtlTimer?.();
    this.cancelHeartbeatTimer = this.cancelPingTimeout = this.cancelTtlTimer = void 0;
  }
  sendPing() {
    this.cancelHeartbeatTimer = void 0;
    if (this.phase !== TRAFFIC || this.closing) return;
    this.cancelHeartbeatTimer = this.clock.after(this.heartbeatInterval, this.pingTask());
    if (this.transport.blocked) return;
    if (this.transport.ping !== void 0) {
      this.transport.ping();
    } else {
      this.pingFrame ??= pingBody(ttlToDeciseconds(this.heartbeatTimeToLive));
      this.queueFrame(FLAG_COMMAND, this.pingFrame);
      this.scheduleFlush();
    }
    if (this.cancelPingTimeout === void 0 && this.heartbeatTimeout > 0) {
      this.pingMark = this.activity;
      this.cancelPingTimeout = this.clock.after(this.heartbeatTimeout, () => this.onPingTimeout());
    }
  }
  /** Silence counts only while we are reading: a paused link (receive HWM, answer hold) is not a dead peer. */
  onPingTimeout() {
    this.cancelPingTimeout = void 0;
    if (this.activity === this.pingMark && !this.paused) {
      this.terminate(linkError("timeout", "ETIMEDOUT", "heartbeat timed out: no traffic from the peer"), false);
    }
  }
  onTtlExpired() {
    this.cancelTtlTimer = void 0;
    if (this.activity === this.ttlMark && !this.paused) {
      this.terminate(linkError("timeout", "ETIMEDOUT", "heartbeat TTL announced by the peer expired"), false);
    }
  }
  // ---- outbound -----------------------------------------------------------------------------------------------
  queueFrame(flags, body) {
    if (this.codec === void 0) {
      this.transport.frame(flags, body);
    } else if (this.codec.encodeInto !== void 0 && this.transport.reserveFrame !== void 0) {
      const at = this.transport.reserveFrame(0, this.codec.wireLength(body.length));
      this.codec.encodeInto(flags, body, this.transport.batch, at);
    } else {
      const wire = this.codec.encode(flags, body);
      this.transport.frame(wire.flags, wire.body);
    }
  }
  queueMessage(parts) {
    const last = parts.length - 1;
    for (let i = 0; i <= last; i++) this.queueFrame(i < last ? FLAG_MORE : 0, parts[i]);
  }
  queueSubscription(subscribe, topic) {
    if (this.phase === CLOSED || this.closing) return;
    if (this.phase !== TRAFFIC) {
      this.hold({ subscribe, topic });
      return;
    }
    this.writeSubscription(subscribe, topic);
    this.scheduleFlush();
  }
  /** RFC 37: commands for 3.1 peers; `01`/`00`-prefixed messages for 3.0 peers (RFC 23) and ZWS 2.0 (RFC 45). */
  writeSubscription(subscribe, topic) {
    if (!this.subscriptionsAsMessages && this.peerMinor >= 1) {
      this.queueFrame(FLAG_COMMAND, subscribe ? subscribeBody(topic) : cancelBody(topic));
      return;
    }
    const body = Buffer.allocUnsafe(1 + topic.length);
    body[0] = subscribe ? 1 : 0;
    topic.copy(body, 1);
    this.queueFrame(0, body);
  }
  scheduleFlush() {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    this.flushTask ??= () => this.flush();
    this.clock.defer(this.flushTask);
  }
  /** One write per turn of the event loop. */
  flush() {
    this.flushScheduled = false;
    if (this.phase === CLOSED) return;
    if (this.owedPong !== void 0 && !this.closing && !this.transport.blocked) {
      this.queueFrame(FLAG_COMMAND, pongBody(pingContext(this.owedPong)));
      this.owedPong = void 0;
      this.pingsUnanswered = 0;
    }
    this.transport.flush();
    if (this.blockedReported && !this.transport.blocked) {
      this.blockedReported = false;
      this.callHandler(() => this.handler.onDrain());
    }
  }
  // ---- closing ------------------------------------------------------------------------------------------------
  onLingerExpired() {
    this.cancelLingerTimer = void 0;
    this.terminate(void 0, false);
  }
  /**
   * Close for good: stop timers, release the transport, and report `onClose` once from a fresh stack. With `flush`,
   * frames queued so far (e.g. a mechanism's ERROR) are written before the transport ends.
   */
  terminate(error, flush) {
    if (this.phase === CLOSED) return;
    this.phase = CLOSED;
    this.stopHeartbeats();
    this.stopHandshakeDeadline();
    this.cancelLingerTimer?.();
    this.cancelLingerTimer = void 0;
    this.pending = void 0;
    this.parts = [];
    this.owedPong = void 0;
    this.releaseAnswerHold(false);
    try {
      this.mechanism.close?.();
    } catch {
    }
    if (!flush) this.transport.discard();
    this.transport.destroy(flush, error);
    const handshakeDone = this.wasReady;
    this.clock.defer(() => this.callHandler(() => this.handler.onClose(error, handshakeDone)));
  }
  handlerFailed(error) {
    if (this.onHandlerError !== void 0) this.onHandlerError(error);
    else this.closeOnHandlerError(error);
  }
  closeOnHandlerError(error) {
    this.terminate(isLinkError(error) ? error : handlerError(error), false);
  }
};
var sharedProperties = /* @__PURE__ */ new Map();
function readyProperties(socketType, identity) {
  const withIdentity = sendsIdentity(socketType);
  if (withIdentity && identity.length > 0) {
    return [
      ["Socket-Type", Buffer.from(socketType, "latin1")],
      ["Identity", identity]
    ];
  }
  let properties = sharedProperties.get(socketType);
  if (properties === void 0) {
    const type = ["Socket-Type", Buffer.from(socketType, "latin1")];
    properties = Object.freeze(withIdentity ? [type, ["Identity", EMPTY]] : [type]);
    sharedProperties.set(socketType, properties);
  }
  return properties;
}
var MAX_PING_BODY = 7 + MAX_PING_CONTEXT;
var ANSWER_HOLD_LIMIT = 1e3;
var PING_FLOOD_BURST = 64;
var PING_FLOOD_PAUSE = 10;
var HANDSHAKE_OVERHEAD = 1024;
function handshakeFrameLimit(maxMessageSize, metadata = DEFAULT_METADATA_LIMITS) {
  let limit = HANDSHAKE_FRAME_LIMIT;
  if (maxMessageSize >= 0) limit = Math.min(limit, maxMessageSize);
  if (metadata.maxBytes >= 0) limit = Math.min(limit, metadata.maxBytes + HANDSHAKE_OVERHEAD);
  return limit;
}
function handlerError(error) {
  const message = error instanceof Error ? error.message : String(error);
  return linkError("protocol", "ERR_ZMTP_UNSPECIFIED", `error while handling the peer's input: ${message}`);
}

// src/transports/zmtp-stream.ts
var ADAPTER = Symbol("purezmq.zmtpStream");

// src/transports/stream-peer.ts
function dialingConnecter(address, attempt, toPeer, context2) {
  const dialer = new Dialer(address, attempt, context2.options, {
    onStream: (connection) => context2.connected(toPeer(connection)),
    onConnectDelay: () => context2.connectDelayed(),
    onConnectRetry: (_address, interval) => context2.connectRetried(interval)
  });
  dialer.start();
  return { reconnect: () => dialer.reconnect(), close: () => dialer.close(), retries: true };
}

// src/transports/ws-endpoint.ts
function parseWs(scheme) {
  return (address, rest, purpose) => {
    const slash = rest.indexOf("/");
    const hostPort = slash < 0 ? rest : rest.slice(0, slash);
    const path = slash < 0 ? "/" : rest.slice(slash);
    if (purpose === "connect" && !isConnectableSyntax(hostPort)) throw zmqError("EINVAL", void 0, address);
    const { host, port } = splitHostPort(address, hostPort, purpose === "bind");
    if (/[\s#]/.test(path)) throw zmqError("EINVAL", void 0, address);
    return { transport: scheme, host, port, path, address };
  };
}

// src/transports/zws-stream.ts
var ZwsStream = class {
  constructor(socket, handler, options, clock) {
    this.socket = socket;
    this.clock = clock;
    const bare = socket.protocol === ZWS_NO_MECHANISM && (options.mechanism?.name ?? "NULL") === "NULL";
    this.expected = bare ? ZWS_NO_MECHANISM : zwsProtocol(options.mechanism?.name ?? "NULL");
    const mechanism = bare ? new RoutingIdMechanism(options.identity ?? EMPTY) : options.mechanism;
    this.session = new Session(this, handler, { ...options, mechanism }, clock);
    if (socket.ping !== void 0) this.ping = () => socket.ping();
  }
  session;
  queue = [];
  queued = 0;
  /** Messages that arrived while the session was paused (a WebSocket may deliver a few after pause()). */
  held = [];
  replayScheduled = false;
  closeRequested = false;
  ping;
  /** The subprotocol our mechanism needs. */
  expected;
  /** The socket is open: check the chosen subprotocol and start the mechanism. */
  opened() {
    const session = this.session;
    const wanted = this.expected;
    if (this.socket.protocol !== wanted) {
      this.fail(
        protocolError(
          "ERR_ZMTP_MECHANISM_MISMATCH",
          `WebSocket subprotocol is "${this.socket.protocol}", expected "${wanted}"`
        )
      );
      return;
    }
    session.begin({ minor: 1, asServer: !session.mechanism.asServer, subscriptionsAsMessages: true });
  }
  /** One WebSocket message. Text messages are a protocol error: ZWS is binary only. */
  received(data, binary) {
    const session = this.session;
    if (!session.acceptsInput) return;
    if (!binary) {
      this.fail(protocolError("ERR_ZMTP_UNSPECIFIED", "text WebSocket message: ZWS messages are binary"));
      return;
    }
    if (session.paused || this.held.length > 0) {
      this.held.push(data);
      return;
    }
    this.deliver(data);
  }
  /** A WebSocket ping or pong arrived: the peer is alive. */
  activity() {
    this.session.noteActivity();
  }
  drained() {
    this.session.transportDrained();
  }
  /** The WebSocket is closed (by either side, cleanly or not). */
  closed(error) {
    if (this.closeRequested) this.session.transportFinished();
    this.session.abort(error);
  }
  /** A WebSocket-level failure (bad frame, message too big, socket error). */
  failed(code, message) {
    const error = code.startsWith("WS_ERR") ? protocolError("ERR_ZMTP_UNSPECIFIED", `WebSocket: ${message}`) : linkError("transport", code, message);
    this.fail(error);
  }
  // ---- SessionTransport
  frame(flags, body) {
    const encoded = encodeZwsFrame(flags, body);
    this.queue.push(encoded);
    this.queued += encoded.length;
  }
  message(parts) {
    const last = parts.length - 1;
    for (let i = 0; i <= last; i++) this.frame(i < last ? FLAG_MORE : 0, parts[i]);
  }
  get queuedBytes() {
    return this.queued;
  }
  get blocked() {
    return this.socket.blocked;
  }
  flush() {
    const queue = this.queue;
    if (queue.length === 0) return;
    this.queue = [];
    this.queued = 0;
    const socket = this.socket;
    socket.cork?.();
    for (const message of queue) socket.send(message);
    socket.uncork?.();
  }
  discard() {
    this.queue = [];
    this.queued = 0;
  }
  /** With `keepReading` the socket's messages are held (see `held`) instead of pausing the socket. */
  pauseReading(keepReading = false) {
    if (!keepReading) this.socket.pause();
  }
  /** Held messages are delivered first; the socket resumes only if that did not pause the session again. */
  resumeReading() {
    if (this.replayScheduled) return;
    this.replayScheduled = true;
    this.clock.defer(this.replay);
  }
  end() {
    this.flush();
    this.closeRequested = true;
    this.socket.close(1e3, "");
  }
  destroy(flush, error) {
    if (flush) this.flush();
    else this.discard();
    if (error !== void 0 && error.kind !== "transport")
      this.socket.close(closeCode(error), closeReason(error.message));
    else if (flush) this.socket.close(1e3, "");
    else this.socket.terminate();
  }
  // ---- inbound
  deliver(data) {
    const session = this.session;
    const frame = decodeZwsFrame(data, session.frameLimit);
    if (isLinkError(frame)) {
      this.fail(frame);
      return;
    }
    session.receive(frame.flags, frame.body);
  }
  replay = () => {
    this.replayScheduled = false;
    while (this.held.length > 0 && this.session.receiving) this.deliver(this.held.shift());
    if (!this.session.acceptsInput) this.held = [];
    if (this.session.receiving || !this.session.acceptsInput) this.socket.resume();
  };
  fail(error) {
    this.session.abort(error);
  }
};
function closeCode(error) {
  if (error.kind === "auth") return 1008;
  if (error.kind !== "protocol") return 1e3;
  return /exceeds maxMessageSize/.test(error.message) ? 1009 : 1002;
}
function closeReason(message) {
  return Buffer.from(message).subarray(0, 100).toString();
}

// src/transports/browser-ws.ts
function dialPage(endpoint) {
  return (events) => {
    if (endpoint.host.length === 0) {
      events.failed();
      return () => {
      };
    }
    const host = endpoint.host.includes(":") ? `[${endpoint.host}]` : endpoint.host;
    const socket = openPageWebSocket(`${endpoint.transport}://${host}:${endpoint.port}${endpoint.path}`);
    socket.onopen = () => {
      socket.onclose = null;
      events.connected(socket);
    };
    socket.onclose = () => events.failed();
    events.delayed();
    return () => {
      socket.onopen = null;
      socket.onclose = null;
      socket.close();
    };
  };
}
function pagePeer(socket) {
  return {
    open(handler, spec) {
      const adapter = new BrowserMessageSocket(socket);
      const zws = new ZwsStream(adapter, handler, spec.session, nodeClock);
      adapter.attach(zws);
      return zws.session;
    },
    refuse: () => socket.close()
  };
}
function pageWsTransport(scheme) {
  return {
    scheme,
    monitored: true,
    parse: parseWs(scheme),
    listen: (endpoint) => Promise.reject(
      zmqError(
        "EPROTONOSUPPORT",
        `a page cannot accept ${scheme}:// connections: bind in a server and connect from the page`,
        endpoint.address
      )
    ),
    connect: (endpoint, context2) => dialingConnecter(endpoint.address, dialPage(endpoint), pagePeer, context2)
  };
}
var pageWs = pageWsTransport("ws");
var pageWss = pageWsTransport("wss");

// src/transports/browser-transports.ts
function unavailable(scheme) {
  return {
    scheme,
    monitored: true,
    parse(address) {
      throw zmqError(
        "EPROTONOSUPPORT",
        `${scheme}:// is not available in the browser: use inproc:// or ws://`,
        address
      );
    },
    listen: () => Promise.reject(new Error("unreachable")),
    connect: () => {
      throw new Error("unreachable");
    }
  };
}
var TRANSPORTS = [
  inproc,
  pageWs,
  pageWss,
  unavailable("tcp"),
  unavailable("ipc"),
  unavailable("udp")
];

// src/transports/registry.ts
var TRANSPORTS2 = new Map(TRANSPORTS.map((transport) => [transport.scheme, transport]));
function transportOf(scheme) {
  return TRANSPORTS2.get(scheme);
}
function parseEndpoint(address, purpose) {
  const scheme = endpointScheme(address);
  const transport = TRANSPORTS2.get(scheme);
  return transport.parse(address, address.slice(scheme.length + 3), purpose);
}
function endpointScheme(address) {
  if (typeof address !== "string") throw new TypeError("Address must be a string");
  const separator = address.indexOf("://");
  if (separator <= 0) throw zmqError("EINVAL", void 0, address);
  const scheme = address.slice(0, separator);
  if (!TRANSPORTS2.has(scheme)) throw zmqError("EPROTONOSUPPORT", void 0, address);
  return scheme;
}

// src/sockets/message.ts
var EMPTY2 = Buffer.alloc(0);
function toFrame(part) {
  if (Buffer.isBuffer(part)) return part;
  if (typeof part === "string") return Buffer.from(part, "utf8");
  if (part === null) return EMPTY2;
  if (ArrayBuffer.isView(part)) return Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  if (part instanceof ArrayBuffer || typeof SharedArrayBuffer !== "undefined" && part instanceof SharedArrayBuffer) {
    return Buffer.from(part);
  }
  return Buffer.from(String(part), "utf8");
}
function toFrames(message) {
  if (Array.isArray(message)) {
    const frames = new Array(message.length);
    for (let i = 0; i < message.length; i++) frames[i] = toFrame(message[i]);
    return frames;
  }
  return [toFrame(message)];
}

// src/sockets/options.ts
var rw = (name, id, kind, defaultValue, rules) => ({ name, id, kind, defaultValue, rules });
var ro = (name, id, kind, defaultValue) => ({ name, id, kind, defaultValue, access: "r" });
var wo = (name, id, kind, defaultValue, rules) => ({ name, id, kind, defaultValue, access: "w", rules });
var int = (min) => ({ int: "int32", min });
var text = { nullable: true };
var curveKey = { curveKey: true, writeOnlyInLibzmq: true };
var ttl = (value) => {
  const deciseconds = Math.trunc((value | 0) / 100);
  return deciseconds >= 0 && deciseconds <= 65535 ? deciseconds * 100 : void 0;
};
var LIMIT_OPTIONS = [
  rw("maxMessageParts", 100001, "number", 65536, int(-1)),
  rw("messageSizeCeiling", 100002, "number", 1024 * 1024 * 1024, { int: "int64" }),
  rw("maxMetadataSize", 100003, "number", 64 * 1024, int(-1)),
  rw("maxMetadataProperties", 100004, "number", 64, int(-1))
];
var COMMON_OPTIONS = [
  rw("affinity", 4, "number", 0, { int: "uint64" }),
  rw("rate", 8, "number", 100, int(1)),
  rw("recoveryInterval", 9, "number", 1e4, int(0)),
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
  rw("handshakeInterval", 66, "number", 3e4, int(0)),
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
  ...LIMIT_OPTIONS
];
var WRITABLE_OPTIONS = [
  rw("sendBufferSize", 11, "number", -1, int(-1)),
  rw("sendHighWaterMark", 23, "number", 1e3, int(0)),
  rw("sendTimeout", 28, "number", -1, int(-1)),
  rw("multicastHops", 25, "number", 1, int(1))
];
var READABLE_OPTIONS = [
  rw("receiveBufferSize", 12, "number", -1, int(-1)),
  rw("receiveHighWaterMark", 24, "number", 1e3, int(0)),
  rw("receiveTimeout", 27, "number", -1, int(-1))
];
var ROUTING_ID = rw("routingId", 5, "string", null, {});
var PROBE_ROUTER = wo("probeRouter", 51, "bool", false);
var CONFLATE = wo("conflate", 54, "bool", false);
var NO_DROP = wo("noDrop", 69, "bool", false);
var INVERT_MATCHING = rw("invertMatching", 74, "bool", false);
var MAX_SUBSCRIPTIONS = rw("maxSubscriptions", 100005, "number", 1e5, int(-1));
var MAX_TOPIC_LENGTH = rw("maxTopicLength", 100006, "number", 4096, int(-1));
var CORRELATE = wo("correlate", 52, "bool", false);
var RELAXED = wo("relaxed", 53, "bool", false);
var MANDATORY = rw("mandatory", 33, "bool", false, { writeOnlyInLibzmq: true });
var HANDOVER = wo("handover", 56, "bool", false);
var MANUAL = wo("manual", 71, "bool", false);
var WELCOME_MESSAGE = wo("welcomeMessage", 72, "string", null, { nullable: true, empty: true });
var NOTIFY = wo("notify", 73, "bool", true);
function optionRecord(values2) {
  return values2;
}
var LIVE_OPTIONS = /* @__PURE__ */ new Set([
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
  "verbosity"
]);
function coerceOption(spec, value) {
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
        if (converted === void 0) throw zmqError("EINVAL");
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
          if (wrapped < (rules.min ?? -2147483648)) throw zmqError("EINVAL");
          return wrapped;
        }
        default:
          return value;
      }
    }
    case "string": {
      let text2;
      if (value === null) text2 = null;
      else if (typeof value === "string") text2 = value;
      else if (Buffer.isBuffer(value)) text2 = value.toString("utf8");
      else throw new TypeError("Option value must be a string or buffer");
      if (text2 === null && !rules.nullable) throw zmqError("EINVAL");
      if (text2 === "" && !rules.empty) throw zmqError("EINVAL");
      if (text2 !== null && spec.name === "tcpAcceptFilter" && isIP(text2) === 0) throw zmqError("EINVAL");
      return text2 === "" ? null : text2;
    }
  }
}

// src/sockets/message-queue.ts
var COPY_BELOW = 1024;
var CHUNK_SIZE = 64 * 1024;
var FIRST_CHUNK_SIZE = 1024;
var KEEP_CHUNK = 16 * 1024;
var OTHER = 4294967295;
var MessageQueue = class {
  chunks = new Queue();
  /** Read position in the first chunk, write position in the last one. */
  readAt = 0;
  writeAt = 0;
  last;
  nextChunkSize = FIRST_CHUNK_SIZE;
  others = new Queue();
  size = 0;
  get length() {
    return this.size;
  }
  /** Queue a copy of `frames` (the caller may reuse its buffers afterwards). */
  push(frames) {
    this.size++;
    const body = frames.length === 1 ? frames[0] : void 0;
    if (body === void 0 || body.length >= COPY_BELOW) {
      this.writeLength(OTHER);
      this.others.push(copySmallFrames(frames));
      return;
    }
    this.writeLength(body.length);
    this.last.set(body, this.writeAt);
    this.writeAt += body.length;
  }
  shift() {
    if (this.size === 0) return void 0;
    this.size--;
    let chunk = this.chunks.peek();
    if (chunk.length - this.readAt < 4 || chunk.readUInt32LE(this.readAt) === 0) {
      this.chunks.shift();
      chunk = this.chunks.peek();
      this.readAt = 0;
    }
    const length = chunk.readUInt32LE(this.readAt);
    this.readAt += 4;
    let frames;
    if (length === OTHER) {
      frames = this.others.shift();
    } else {
      frames = [chunk.subarray(this.readAt, this.readAt + length - 1)];
      this.readAt += length - 1;
    }
    if (this.size === 0) this.reset();
    return frames;
  }
  clear() {
    this.others.clear();
    this.size = 0;
    this.reset();
  }
  /** The queued messages in order, without taking them. */
  *[Symbol.iterator]() {
    let others = 0;
    const otherList = [...this.others];
    let first = true;
    let left = this.size;
    for (const chunk of this.chunks) {
      let at = first ? this.readAt : 0;
      first = false;
      while (left > 0 && chunk.length - at >= 4) {
        const length = chunk.readUInt32LE(at);
        if (length === 0) break;
        at += 4;
        left--;
        if (length === OTHER) {
          yield otherList[others++];
        } else {
          yield [chunk.subarray(at, at + length - 1)];
          at += length - 1;
        }
      }
    }
  }
  /** Lengths are stored plus one, so a 0 marks the unused end of a chunk. */
  writeLength(length) {
    const needed = 4 + (length === OTHER ? 0 : length);
    const last = this.last;
    if (last === void 0 || last.length - this.writeAt < needed) {
      if (last !== void 0 && last.length - this.writeAt >= 4) last.writeUInt32LE(0, this.writeAt);
      const chunk = Buffer.allocUnsafe(Math.max(this.nextChunkSize, needed));
      this.nextChunkSize = Math.min(this.nextChunkSize * 4, CHUNK_SIZE);
      this.chunks.push(chunk);
      this.last = chunk;
      this.writeAt = 0;
    }
    this.last.writeUInt32LE(length === OTHER ? OTHER : length + 1, this.writeAt);
    this.writeAt += 4;
  }
  /**
   * Empty. A small last chunk with room left is kept (bytes before `writeAt` may be viewed by messages handed out,
   * so writing goes on after them); otherwise every chunk goes (views keep their own alive) and sizes start small,
   * so a pipe that once had a backlog pins at most KEEP_CHUNK bytes.
   */
  reset() {
    const last = this.last;
    if (last !== void 0 && last.length <= KEEP_CHUNK && last.length - this.writeAt >= 4 + COPY_BELOW) {
      while (this.chunks.length > 1) this.chunks.shift();
      this.readAt = this.writeAt;
      return;
    }
    this.chunks.clear();
    this.last = void 0;
    this.readAt = 0;
    this.writeAt = 0;
    this.nextChunkSize = FIRST_CHUNK_SIZE;
  }
};
function copySmallFrames(frames) {
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i];
    if (frame.length > 0 && frame.length < COPY_BELOW) frames[i] = Buffer.from(frame);
  }
  return frames;
}

// src/sockets/pipe.ts
function lowWaterMark(hwm) {
  return hwm > 2048 ? hwm - 1024 : Math.floor(hwm / 2);
}
var UNLIMITED_DECODE_AHEAD = 1e3;
function pauseMark(hwm) {
  return hwm > 0 ? hwm : UNLIMITED_DECODE_AHEAD;
}
var Pipe = class {
  constructor(address, connectSide, sendHwm, receiveHwm, conflate = false) {
    this.address = address;
    this.connectSide = connectSide;
    this.sendHwm = sendHwm;
    this.receiveHwm = receiveHwm;
    this.conflate = conflate;
  }
  link;
  peer;
  /** Small messages queued here are held as bytes (MessageQueue), not objects. */
  outbound = new MessageQueue();
  inbound = new Queue();
  /** Routing id under which a ROUTER knows this pipe. */
  routingId;
  /** Set once the pipe has been removed from its socket for good. */
  dead = false;
  /** Set by the fair-queue strategy while this pipe sits in its ready ring. */
  queued = false;
  paused = false;
  /** The pause holds input without stopping to read (unlimited receive HWM). */
  pausedKeepsReading = false;
  get connected() {
    return this.link !== void 0;
  }
  /** True when a write would be refused now (outbound queue at HWM). */
  get full() {
    if (this.conflate) return false;
    if (this.link?.writable && this.outbound.length === 0) return false;
    return this.sendHwm > 0 && this.outbound.length >= this.sendHwm;
  }
  /** Queue or write one message; false when the pipe is at its HWM (nothing queued then). */
  write(frames) {
    const link2 = this.link;
    if (link2 !== void 0 && this.outbound.length === 0 && link2.writable) {
      link2.send(frames);
      return true;
    }
    if (this.conflate) {
      this.outbound.clear();
    } else if (this.sendHwm > 0 && this.outbound.length >= this.sendHwm) {
      return false;
    }
    this.outbound.push(frames);
    return true;
  }
  /** Move queued messages to the link while it accepts them. Returns true if the queue shrank. */
  flush() {
    const link2 = this.link;
    if (link2 === void 0) return false;
    let moved = false;
    while (this.outbound.length > 0 && link2.writable) {
      link2.send(this.outbound.shift());
      moved = true;
    }
    return moved;
  }
  /** Store an inbound message; pauses the link at the receive HWM (S-0c), or holds its input without one. */
  pushInbound(frames) {
    if (this.conflate) this.inbound.clear();
    this.inbound.push(frames);
    if (!this.paused && this.inbound.length >= pauseMark(this.receiveHwm) && this.link) this.pause(this.link);
  }
  /** Take the oldest inbound message; a paused link resumes once the queue is down to its low mark. */
  shiftInbound() {
    const frames = this.inbound.shift();
    if (this.paused) {
      const hwm = this.receiveHwm;
      if (this.inbound.length <= lowWaterMark(pauseMark(hwm)) || hwm <= 0 && !this.pausedKeepsReading) {
        this.paused = false;
        this.link?.resume();
      }
    }
    return frames;
  }
  pause(link2) {
    this.paused = true;
    this.pausedKeepsReading = this.receiveHwm <= 0;
    link2.pause(this.pausedKeepsReading);
  }
  attachLink(link2, peer) {
    this.link = link2;
    this.peer = peer;
    this.paused = false;
    if (this.inbound.length >= pauseMark(this.receiveHwm)) this.pause(link2);
  }
  detachLink() {
    this.link = void 0;
    this.paused = false;
  }
};

// src/sockets/strategies/fair-queue.ts
var FairQueue = class {
  ready = new Queue();
  /** Pipe the last message came from (REQ and REP need it). */
  lastPipe;
  /** Store a message that arrived on `pipe`. */
  deliver(pipe, frames) {
    pipe.pushInbound(frames);
    if (!pipe.queued) {
      pipe.queued = true;
      this.ready.push(pipe);
    }
  }
  get hasMessage() {
    for (const pipe of this.ready) if (pipe.inbound.length > 0) return true;
    return false;
  }
  receive() {
    for (; ; ) {
      const pipe = this.ready.shift();
      if (pipe === void 0) return void 0;
      pipe.queued = false;
      const frames = pipe.shiftInbound();
      if (frames === void 0) continue;
      if (pipe.inbound.length > 0) {
        pipe.queued = true;
        this.ready.push(pipe);
      }
      this.lastPipe = pipe;
      return frames;
    }
  }
};

// src/sockets/behavior.ts
var Behavior = class {
  constructor(host) {
    this.host = host;
  }
  /** Connect-side pipes join routing at connect() time, before their link is up (E-29), unless `immediate`. */
  earlyAttach = true;
  /** STREAM: connections carry raw bytes, not ZMTP. */
  rawStreams = false;
  /** PUB/XPUB: peers' `0x01`/`0x00` data frames are subscriptions (V-3). */
  acceptsSubscriptionMessages = false;
  /** A pipe's link completed its handshake (the pipe is attached already). */
  linkReady(_pipe) {
  }
  /** A connect-side pipe lost its link; it stays attached and keeps its queue (R-2). */
  linkLost(_pipe) {
  }
  /** A message can be received right now (zeromq.js `readable`). */
  get readable() {
    return false;
  }
  /** A send would be queued right now (zeromq.js `writable`). */
  get writable() {
    return true;
  }
  onMessage(_pipe, _frames) {
  }
  onSubscribe(_pipe, _topic) {
  }
  onCancel(_pipe, _topic) {
  }
  /** A command the engine passed on (JOIN/LEAVE for RADIO); other socket types ignore commands. */
  onCommand(_pipe, _name, _data) {
  }
  /** A pipe has room again after being full. */
  onWritable(_pipe) {
    this.host.wakeWriter();
  }
  /**
   * A send the socket's type or state forbids (`ENOTSUP`, `EFSM`). zeromq.js calls libzmq only once the socket polls
   * writable, which it never does in that state: the send waits (REQ's next request goes out once the reply is in),
   * and fails with libzmq's error only when tried without waiting (timeout 0, at the timeout, on close).
   */
  refuseSend(code) {
    if (this.host.sendMayWait) return false;
    throw zmqError(code);
  }
  /** The same for a receive the socket's type or state forbids. */
  refuseReceive(code) {
    if (this.host.receiveMayWait) return void 0;
    throw zmqError(code);
  }
};
var FairQueueBehavior = class extends Behavior {
  fq = new FairQueue();
  onMessage(pipe, frames) {
    this.fq.deliver(pipe, frames);
    this.host.wakeReader();
  }
  receive() {
    return this.fq.receive();
  }
  get readable() {
    return this.fq.hasMessage;
  }
};

// src/sockets/strategies/load-balancer.ts
var LoadBalancer = class {
  pipes = [];
  next = 0;
  add(pipe) {
    if (!this.pipes.includes(pipe)) this.pipes.push(pipe);
  }
  remove(pipe) {
    const index = this.pipes.indexOf(pipe);
    if (index < 0) return;
    this.pipes.splice(index, 1);
    if (this.next > index) this.next--;
    if (this.next >= this.pipes.length) this.next = 0;
  }
  /** True if some pipe would accept a message now. */
  get canSend() {
    for (const pipe of this.pipes) if (!pipe.full) return true;
    return false;
  }
  /** Send to the next pipe with room; returns that pipe, or undefined when every pipe is full (mute state). */
  send(frames) {
    const count = this.pipes.length;
    for (let i = 0; i < count; i++) {
      const index = (this.next + i) % count;
      const pipe = this.pipes[index];
      if (pipe.write(frames)) {
        this.next = (index + 1) % count;
        return pipe;
      }
    }
    return void 0;
  }
};

// src/sockets/types/dealer.ts
var DealerBehavior = class extends FairQueueBehavior {
  lb = new LoadBalancer();
  attach(pipe) {
    this.lb.add(pipe);
  }
  detach(pipe) {
    this.lb.remove(pipe);
  }
  linkReady(pipe) {
    if (this.host.options.probeRouter) pipe.write([Buffer.alloc(0)]);
  }
  send(frames) {
    return this.lb.send(frames) !== void 0;
  }
  get writable() {
    return this.lb.canSend;
  }
};

// src/sockets/types/pair.ts
var PairBehavior = class extends Behavior {
  pipe;
  /** The previous peer, gone with messages still unread: libzmq delivers what arrived before a disconnect. */
  leftover;
  attach(pipe) {
    this.pipe ??= pipe;
  }
  detach(pipe) {
    if (this.pipe !== pipe) return;
    this.pipe = void 0;
    if (pipe.inbound.length > 0) this.leftover = pipe;
  }
  send(frames) {
    return this.pipe?.write(frames) === true;
  }
  onMessage(pipe, frames) {
    if (pipe !== this.pipe) return;
    pipe.pushInbound(frames);
    this.host.wakeReader();
  }
  receive() {
    const leftover = this.leftover;
    if (leftover !== void 0) {
      const frames = leftover.shiftInbound();
      if (leftover.inbound.length === 0) this.leftover = void 0;
      if (frames !== void 0) return frames;
    }
    return this.pipe?.shiftInbound();
  }
  get readable() {
    return (this.leftover?.inbound.length ?? 0) > 0 || (this.pipe?.inbound.length ?? 0) > 0;
  }
  get writable() {
    return this.pipe !== void 0 && !this.pipe.full;
  }
};

// src/sockets/strategies/subscription-trie.ts
var NONE = Symbol("none");
var newNode = (label) => ({
  label,
  keys: void 0,
  children: void 0,
  one: NONE,
  many: void 0
});
function latin1(data, at, end = data.length) {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1", at, end);
}
function findChild(node, byte) {
  const keys = node.keys;
  if (keys === void 0) return -1;
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const mid = low + high >>> 1;
    const key = keys[mid];
    if (key === byte) return mid;
    if (key < byte) low = mid + 1;
    else high = mid - 1;
  }
  return -low - 1;
}
function commonLength(label, data, at) {
  const n = Math.min(label.length, data.length - at);
  let i = 0;
  while (i < n && label.charCodeAt(i) === data[at + i]) i++;
  return i;
}
function hasOwners(node) {
  return node.one !== NONE || node.many !== void 0;
}
function holdsOwner(node, owner) {
  return node.one === owner || node.many?.has(owner) === true;
}
function addOwner(node, owner) {
  if (node.many !== void 0) node.many.add(owner);
  else if (node.one === NONE) node.one = owner;
  else {
    node.many = /* @__PURE__ */ new Set([node.one, owner]);
    node.one = NONE;
  }
}
function deleteOwner(node, owner) {
  const many = node.many;
  if (many === void 0) {
    node.one = NONE;
    return;
  }
  many.delete(owner);
  if (many.size === 1) {
    node.one = many.values().next().value;
    node.many = void 0;
  }
}
var SubscriptionTrie = class {
  root = newNode("");
  size = 0;
  perOwner = /* @__PURE__ */ new Map();
  /** Number of (topic, owner) pairs. */
  get count() {
    return this.size;
  }
  /** Number of topics `owner` holds. */
  countOf(owner) {
    return this.perOwner.get(owner) ?? 0;
  }
  /** Add `owner` to `topic`; true if it was not there yet (S-PUB-4: a repeat is a no-op). */
  add(topic, owner) {
    let node = this.root;
    let at = 0;
    while (at < topic.length) {
      const index = findChild(node, topic[at]);
      if (index < 0) {
        const leaf = newNode(latin1(topic, at));
        const insertAt = -index - 1;
        node.keys ??= [];
        node.children ??= [];
        node.keys.splice(insertAt, 0, topic[at]);
        node.children.splice(insertAt, 0, leaf);
        node = leaf;
        break;
      }
      const child = node.children[index];
      const common = commonLength(child.label, topic, at);
      if (common < child.label.length) {
        const middle = newNode(child.label.slice(0, common));
        child.label = child.label.slice(common);
        middle.keys = [child.label.charCodeAt(0)];
        middle.children = [child];
        node.children[index] = middle;
        node = middle;
      } else {
        node = child;
      }
      at += common;
    }
    if (holdsOwner(node, owner)) return false;
    addOwner(node, owner);
    this.size++;
    this.perOwner.set(owner, (this.perOwner.get(owner) ?? 0) + 1);
    return true;
  }
  /** Remove `owner` from `topic`; true if it was there. */
  remove(topic, owner) {
    const parents = [];
    const indexes = [];
    let node = this.root;
    let at = 0;
    while (at < topic.length) {
      const index = findChild(node, topic[at]);
      if (index < 0) return false;
      const child = node.children[index];
      if (child.label.length > topic.length - at || commonLength(child.label, topic, at) < child.label.length) {
        return false;
      }
      parents.push(node);
      indexes.push(index);
      node = child;
      at += child.label.length;
    }
    if (!holdsOwner(node, owner)) return false;
    deleteOwner(node, owner);
    this.size--;
    const left = (this.perOwner.get(owner) ?? 1) - 1;
    if (left === 0) this.perOwner.delete(owner);
    else this.perOwner.set(owner, left);
    this.compact(node, parents, indexes);
    return true;
  }
  /** True if any owner at all holds `topic` exactly. */
  has(topic) {
    const node = this.find(topic);
    return node !== void 0 && hasOwners(node);
  }
  /** True if `owner` holds `topic` exactly. */
  holds(topic, owner) {
    const node = this.find(topic);
    return node !== void 0 && holdsOwner(node, owner);
  }
  /** Remove `owner` everywhere; returns the topics no owner holds any more (S-PUB-5). */
  removeOwner(owner) {
    if (this.countOf(owner) === 0) return [];
    const orphaned = [];
    for (const topic of this.topics(owner)) {
      this.remove(topic, owner);
      if (!this.has(topic)) orphaned.push(topic);
    }
    return orphaned;
  }
  /** Call `visit` once for each owner holding a prefix of `data`. */
  match(data, visit) {
    const owners = [];
    const count = this.collect(data, owners);
    for (let i = 0; i < count; i++) visit(owners[i]);
  }
  /**
   * Every owner holding a prefix of `data`, each once, written into `out` from index 0 (entries past the returned
   * count are left as they were). For the send path: no closure and no set per message, unless topics nest.
   */
  collect(data, out) {
    let node = this.root;
    let at = 0;
    let count = 0;
    let matchedNodes = 0;
    let seen;
    for (; ; ) {
      if (hasOwners(node)) {
        if (matchedNodes++ === 0) {
          if (node.one !== NONE) out[count++] = node.one;
          else for (const owner of node.many) out[count++] = owner;
        } else {
          seen ??= new Set(out.slice(0, count));
          if (node.one !== NONE) {
            if (!seen.has(node.one)) {
              seen.add(node.one);
              out[count++] = node.one;
            }
          } else {
            for (const owner of node.many) {
              if (!seen.has(owner)) {
                seen.add(owner);
                out[count++] = owner;
              }
            }
          }
        }
      }
      const next = this.step(node, data, at);
      if (next === void 0) return count;
      node = next;
      at += next.label.length;
    }
  }
  /** True if some topic is a prefix of `data`. */
  matches(data) {
    let node = this.root;
    let at = 0;
    for (; ; ) {
      if (hasOwners(node)) return true;
      const next = this.step(node, data, at);
      if (next === void 0) return false;
      node = next;
      at += next.label.length;
    }
  }
  /** Every topic held by `owner` (or by anyone, when omitted). Depth-first with an explicit stack. */
  topics(owner) {
    const out = [];
    const path = [];
    const stack = [{ node: this.root, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop();
      path.length = depth;
      path.push(node.label);
      if (owner === void 0 ? hasOwners(node) : holdsOwner(node, owner)) {
        out.push(Buffer.from(path.join(""), "latin1"));
      }
      const children = node.children;
      if (children !== void 0) {
        for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: depth + 1 });
      }
    }
    return out;
  }
  /** The child of `node` whose whole label matches `data` at `at`, if any. */
  step(node, data, at) {
    if (at >= data.length) return void 0;
    const index = findChild(node, data[at]);
    if (index < 0) return void 0;
    const child = node.children[index];
    const label = child.label;
    if (label.length > data.length - at) return void 0;
    for (let i = 1; i < label.length; i++) if (label.charCodeAt(i) !== data[at + i]) return void 0;
    return child;
  }
  find(topic) {
    let node = this.root;
    let at = 0;
    while (at < topic.length) {
      const next = this.step(node, topic, at);
      if (next === void 0) return void 0;
      node = next;
      at += next.label.length;
    }
    return node;
  }
  /** After `node` lost its last owner: drop it if it is a leaf, and merge single-child chains left behind. */
  compact(node, parents, indexes) {
    if (hasOwners(node) || parents.length === 0) return;
    const childCount = node.children?.length ?? 0;
    if (childCount === 1) {
      this.mergeWithChild(node);
      return;
    }
    if (childCount > 1) return;
    const parent = parents[parents.length - 1];
    const index = indexes[indexes.length - 1];
    parent.keys.splice(index, 1);
    parent.children.splice(index, 1);
    if (parent.children.length === 0) parent.keys = parent.children = void 0;
    if (parents.length > 1 && !hasOwners(parent) && parent.children?.length === 1) this.mergeWithChild(parent);
  }
  /** Fold the only child of an owner-less, non-root node into it. */
  mergeWithChild(node) {
    const child = node.children[0];
    node.label = node.label + child.label;
    node.keys = child.keys;
    node.children = child.children;
    node.one = child.one;
    node.many = child.many;
  }
};

// src/sockets/types/publisher.ts
var EMPTY3 = Buffer.alloc(0);
var PublisherBehavior = class extends Behavior {
  acceptsSubscriptionMessages = true;
  subscriptions = new SubscriptionTrie();
  pipes = /* @__PURE__ */ new Set();
  /** The pipes one message goes to, reused from send to send (cleared after each). */
  targets = [];
  attach(pipe) {
    this.pipes.add(pipe);
  }
  detach(pipe) {
    this.pipes.delete(pipe);
    this.dropSubscriptions(pipe);
  }
  linkLost(pipe) {
    this.dropSubscriptions(pipe);
  }
  dropSubscriptions(pipe) {
    return this.subscriptions.removeOwner(pipe);
  }
  onSubscribe(pipe, topic) {
    this.checkLimits(pipe, topic, true);
    this.subscriptions.add(topic, pipe);
  }
  onCancel(pipe, topic) {
    this.checkLimits(pipe, topic, false);
    this.subscriptions.remove(topic, pipe);
  }
  /**
   * `maxTopicLength` and `maxSubscriptions` (per peer). Over either, the error thrown here makes the engine close
   * that peer's link (its subscriptions go with it) and the socket emit "disconnect" with the error.
   */
  checkLimits(pipe, topic, adding) {
    const options = this.host.options;
    const maxLength = options.maxTopicLength ?? MAX_TOPIC_LENGTH.defaultValue;
    if (maxLength >= 0 && topic.length > maxLength) {
      throw protocolError(
        "ERR_ZMTP_UNSPECIFIED",
        `subscription topic of ${topic.length} bytes exceeds maxTopicLength ${maxLength}`
      );
    }
    if (!adding) return;
    const max = options.maxSubscriptions ?? MAX_SUBSCRIPTIONS.defaultValue;
    if (max >= 0 && this.subscriptions.countOf(pipe) >= max && !this.subscriptions.holds(topic, pipe)) {
      throw protocolError("ERR_ZMTP_UNSPECIFIED", `peer holds ${max} subscriptions already (maxSubscriptions)`);
    }
  }
  send(frames) {
    const options = this.host.options;
    const targets = this.targets;
    let count = this.subscriptions.collect(frames[0] ?? EMPTY3, targets);
    if (options.invertMatching) count = this.invert(count);
    let sent = true;
    if (options.noDrop) {
      for (let i = 0; i < count; i++) if (targets[i].full) sent = false;
    }
    for (let i = 0; i < count; i++) {
      if (sent) targets[i].write(frames);
      targets[i] = void 0;
    }
    return sent;
  }
  /** `targets[0..count)` becomes the connected pipes not among them; returns their number. */
  invert(count) {
    const targets = this.targets;
    const matched = new Set(targets.slice(0, count));
    let inverted = 0;
    for (const pipe of this.pipes) if (!matched.has(pipe) && pipe.connected) targets[inverted++] = pipe;
    for (let i = inverted; i < count; i++) targets[i] = void 0;
    return inverted;
  }
  receive() {
    return this.refuseReceive("ENOTSUP");
  }
};

// src/sockets/types/pull.ts
var PullBehavior = class extends FairQueueBehavior {
  attach() {
  }
  detach() {
  }
  send(_frames) {
    return this.refuseSend("ENOTSUP");
  }
  get writable() {
    return false;
  }
};

// src/sockets/types/push.ts
var PushBehavior = class extends Behavior {
  lb = new LoadBalancer();
  attach(pipe) {
    this.lb.add(pipe);
  }
  detach(pipe) {
    this.lb.remove(pipe);
  }
  send(frames) {
    return this.lb.send(frames) !== void 0;
  }
  receive() {
    return this.refuseReceive("ENOTSUP");
  }
  get writable() {
    return this.lb.canSend;
  }
};

// src/sockets/types/reply.ts
var ReplyBehavior = class extends FairQueueBehavior {
  envelope;
  replyPipe;
  attach() {
  }
  detach(pipe) {
    if (this.replyPipe === pipe) this.replyPipe = void 0;
  }
  receive() {
    if (this.envelope !== void 0) return this.refuseReceive("EFSM");
    for (; ; ) {
      const message = this.fq.receive();
      if (message === void 0) return void 0;
      let delimiter = -1;
      for (let i = 0; i < message.length - 1; i++) {
        if (message[i].length === 0) {
          delimiter = i;
          break;
        }
      }
      if (delimiter < 0) continue;
      this.envelope = message.slice(0, delimiter + 1);
      this.replyPipe = this.fq.lastPipe;
      return message.slice(delimiter + 1);
    }
  }
  send(frames) {
    const envelope = this.envelope;
    if (envelope === void 0) return this.refuseSend("EFSM");
    const pipe = this.replyPipe;
    this.envelope = void 0;
    this.replyPipe = void 0;
    if (pipe !== void 0 && !pipe.dead) pipe.write(envelope.concat(frames));
    return true;
  }
  get writable() {
    return this.envelope !== void 0;
  }
  /** libzmq's REP polls readable only while no reply is owed. */
  get readable() {
    return this.envelope === void 0 && super.readable;
  }
};

// src/sockets/types/request.ts
var EMPTY4 = Buffer.alloc(0);
var RequestBehavior = class extends DealerBehavior {
  expectingReply = false;
  replyPipe;
  requestId = Math.random() * 4294967295 >>> 0;
  send(frames) {
    if (this.expectingReply && !this.host.options.relaxed) return this.refuseSend("EFSM");
    let request;
    if (this.host.options.correlate) {
      this.requestId = this.requestId + 1 >>> 0;
      const id = Buffer.allocUnsafe(4);
      id.writeUInt32BE(this.requestId);
      request = [id, EMPTY4, ...frames];
    } else {
      request = [EMPTY4, ...frames];
    }
    const pipe = this.lb.send(request);
    if (pipe === void 0) return false;
    this.replyPipe = pipe;
    this.expectingReply = true;
    return true;
  }
  receive() {
    if (!this.expectingReply) return this.refuseReceive("EFSM");
    for (; ; ) {
      const message = this.fq.receive();
      if (message === void 0) return void 0;
      if (this.fq.lastPipe !== this.replyPipe) continue;
      const body = this.unwrap(message);
      if (body === void 0) continue;
      this.expectingReply = false;
      this.replyPipe = void 0;
      return body;
    }
  }
  unwrap(message) {
    let index = 0;
    if (this.host.options.correlate) {
      const id = message[0];
      if (id === void 0 || id.length !== 4 || id.readUInt32BE(0) !== this.requestId) return void 0;
      index = 1;
    }
    if (message.length <= index + 1 || message[index].length !== 0) return void 0;
    return message.slice(index + 1);
  }
  get writable() {
    return (!this.expectingReply || this.host.options.relaxed === true) && this.lb.canSend;
  }
  /** libzmq's REQ polls readable only while it waits for a reply. */
  get readable() {
    return this.expectingReply && super.readable;
  }
};

// src/sockets/types/router.ts
var RouterBehavior = class extends FairQueueBehavior {
  earlyAttach = false;
  routes = /* @__PURE__ */ new Map();
  ignored = /* @__PURE__ */ new Set();
  nextGeneratedId = randomUint32();
  /** Routing ids chosen by `connect(address, { routingId })`, keyed by pipe. */
  connectRoutingIds = /* @__PURE__ */ new WeakMap();
  setConnectRoutingId(pipe, routingId) {
    this.connectRoutingIds.set(pipe, routingId);
  }
  attach(pipe) {
    const id = this.connectRoutingIds.get(pipe) ?? pipe.peer?.identity ?? Buffer.alloc(0);
    const routingId = id.length > 0 ? id : this.generateId();
    const key = routingId.toString("latin1");
    const holder = this.routes.get(key);
    if (holder !== void 0) {
      if (!this.host.options.handover) {
        this.ignored.add(pipe);
        return;
      }
      this.routes.delete(key);
      holder.routingId = void 0;
      holder.link?.close(0);
    }
    pipe.routingId = routingId;
    this.routes.set(key, pipe);
    if (this.host.options.probeRouter) pipe.write([Buffer.alloc(0)]);
  }
  detach(pipe) {
    this.ignored.delete(pipe);
    const id = pipe.routingId;
    if (id !== void 0 && this.routes.get(id.toString("latin1")) === pipe) this.routes.delete(id.toString("latin1"));
  }
  onMessage(pipe, frames) {
    if (pipe.routingId === void 0) return;
    super.onMessage(pipe, frames);
  }
  receive() {
    for (; ; ) {
      const frames = this.fq.receive();
      if (frames === void 0) return void 0;
      const id = this.fq.lastPipe?.routingId;
      if (id === void 0) continue;
      const message = new Array(frames.length + 1);
      message[0] = id;
      for (let i = 0; i < frames.length; i++) message[i + 1] = frames[i];
      return message;
    }
  }
  send(frames) {
    if (frames.length < 2) return true;
    const pipe = this.routes.get(frames[0].toString("latin1"));
    const mandatory = this.host.options.mandatory === true;
    if (pipe === void 0) {
      if (!mandatory) return true;
      if (this.routes.size === 0 && this.host.sendMayWait) return false;
      throw zmqError("EHOSTUNREACH");
    }
    if (pipe.full) return !mandatory;
    pipe.write(frames.slice(1));
    return true;
  }
  get writable() {
    if (!this.host.options.mandatory) return true;
    for (const pipe of this.routes.values()) if (!pipe.full) return true;
    return false;
  }
  generateId() {
    const id = Buffer.alloc(5);
    this.nextGeneratedId = this.nextGeneratedId + 1 >>> 0;
    id.writeUInt32BE(this.nextGeneratedId, 1);
    return id;
  }
};

// src/sockets/types/stream.ts
var EMPTY5 = Buffer.alloc(0);
var StreamBehavior = class extends FairQueueBehavior {
  earlyAttach = false;
  rawStreams = true;
  /** Disconnection notices, handed out once no data is waiting. */
  notices = new Queue();
  routes = /* @__PURE__ */ new Map();
  connectRoutingIds = /* @__PURE__ */ new WeakMap();
  nextId = randomUint32();
  setConnectRoutingId(pipe, routingId) {
    this.connectRoutingIds.set(pipe, routingId);
  }
  attach(pipe) {
    let id = this.connectRoutingIds.get(pipe);
    if (id === void 0) {
      id = Buffer.alloc(5);
      this.nextId = this.nextId + 1 >>> 0;
      id.writeUInt32BE(this.nextId, 1);
    }
    pipe.routingId = id;
    this.routes.set(id.toString("latin1"), pipe);
  }
  /** The connection notice comes with the connection: a pipe given its id by connect() is attached before that. */
  linkReady(pipe) {
    if (this.host.options.notify === false) return;
    this.fq.deliver(pipe, [EMPTY5]);
    this.host.wakeReader();
  }
  detach(pipe) {
    const id = pipe.routingId;
    if (id === void 0) return;
    this.routes.delete(id.toString("latin1"));
    if (this.host.options.notify !== false) {
      this.notices.push([id, EMPTY5]);
      this.host.wakeReader();
    }
  }
  receive() {
    const frames = this.fq.receive();
    if (frames === void 0) return this.notices.shift();
    return [this.fq.lastPipe.routingId, ...frames];
  }
  get readable() {
    return this.fq.hasMessage || this.notices.length > 0;
  }
  send(frames) {
    if (frames.length < 2) return true;
    const pipe = this.routes.get(frames[0].toString("latin1"));
    if (pipe === void 0) return true;
    const data = frames[1];
    if (data.length === 0) {
      pipe.link?.close(-1);
      return true;
    }
    if (pipe.full) return false;
    pipe.write([data]);
    return true;
  }
};

// src/sockets/types/subscriber.ts
var EMPTY6 = Buffer.alloc(0);
var LocalSubscriptions = class {
  trie = new SubscriptionTrie();
  counts = /* @__PURE__ */ new Map();
  /** Count one more subscription to `topic`; true when it is new. */
  add(topic) {
    const key = topic.toString("latin1");
    const count = this.counts.get(key) ?? 0;
    this.counts.set(key, count + 1);
    if (count === 0) this.trie.add(topic, true);
    return count === 0;
  }
  /** Count one subscription to `topic` less; true when none is left (and it existed). */
  remove(topic) {
    const key = topic.toString("latin1");
    const count = this.counts.get(key);
    if (count === void 0) return false;
    if (count > 1) {
      this.counts.set(key, count - 1);
      return false;
    }
    this.counts.delete(key);
    this.trie.remove(topic, true);
    return true;
  }
  topics() {
    return [...this.counts.keys()].map((key) => Buffer.from(key, "latin1"));
  }
};
var SubscribingBehavior = class extends FairQueueBehavior {
  local = new LocalSubscriptions();
  pipes = /* @__PURE__ */ new Set();
  attach(pipe) {
    this.pipes.add(pipe);
  }
  detach(pipe) {
    this.pipes.delete(pipe);
  }
  linkReady(pipe) {
    for (const topic of this.local.topics()) pipe.link?.subscribe(topic);
  }
  /** Every subscribe goes to all peers. */
  subscribe(topic) {
    this.local.add(topic);
    for (const pipe of this.pipes) pipe.link?.subscribe(topic);
  }
  /** A cancel goes out only when the local count reaches zero. */
  unsubscribe(topic) {
    if (!this.local.remove(topic)) return;
    for (const pipe of this.pipes) pipe.link?.cancel(topic);
  }
};
var SubscriberBehavior = class extends SubscribingBehavior {
  onMessage(pipe, frames) {
    const matches = this.local.trie.matches(frames[0] ?? EMPTY6);
    if (matches === (this.host.options.invertMatching === true)) return;
    super.onMessage(pipe, frames);
  }
  send(_frames) {
    return this.refuseSend("ENOTSUP");
  }
  get writable() {
    return false;
  }
};

// src/sockets/types/xpublisher.ts
var SUBSCRIBE2 = 1;
var CANCEL2 = 0;
function event(kind, topic) {
  const frame = Buffer.allocUnsafe(topic.length + 1);
  frame[0] = kind;
  topic.copy(frame, 1);
  return [frame];
}
var XPublisherBehavior = class extends PublisherBehavior {
  events = new Queue();
  attach(pipe) {
    super.attach(pipe);
  }
  linkReady(pipe) {
    const welcome = this.host.options.welcomeMessage;
    if (typeof welcome === "string") pipe.write([Buffer.from(welcome, "utf8")]);
  }
  dropSubscriptions(pipe) {
    const orphaned = super.dropSubscriptions(pipe);
    for (const topic of orphaned) this.report(event(CANCEL2, topic));
    return orphaned;
  }
  onSubscribe(pipe, topic) {
    const manual = this.host.options.manual === true;
    this.checkLimits(pipe, topic, !manual);
    const known = this.subscriptions.has(topic);
    const added = manual ? true : this.subscriptions.add(topic, pipe);
    const verbosity = this.host.options.verbosity;
    if (manual || !known && added || verbosity === "allSubs" || verbosity === "allSubsUnsubs") {
      this.report(event(SUBSCRIBE2, topic));
    }
  }
  onCancel(pipe, topic) {
    const manual = this.host.options.manual === true;
    this.checkLimits(pipe, topic, false);
    const removed = manual ? true : this.subscriptions.remove(topic, pipe);
    if (manual || removed && !this.subscriptions.has(topic) || this.host.options.verbosity === "allSubsUnsubs") {
      this.report(event(CANCEL2, topic));
    }
  }
  onMessage(_pipe, frames) {
    this.report(frames);
  }
  receive() {
    return this.events.shift();
  }
  report(frames) {
    const limit = this.host.options.receiveHighWaterMark;
    if (limit > 0 && this.events.length >= limit) return;
    this.events.push(frames);
    this.host.wakeReader();
  }
  get readable() {
    return this.events.length > 0;
  }
};

// src/sockets/types/xsubscriber.ts
var XSubscriberBehavior = class extends SubscribingBehavior {
  send(frames) {
    const first = frames[0];
    if (frames.length === 1 && first !== void 0 && first.length > 0 && (first[0] === 1 || first[0] === 0)) {
      const topic = first.subarray(1);
      if (first[0] === 1) this.subscribe(topic);
      else this.unsubscribe(topic);
      return true;
    }
    for (const pipe of this.pipes) pipe.write(frames);
    return true;
  }
};

// src/sockets/types/single-part.ts
function singlePart(frames) {
  if (frames.length !== 1) throw zmqError("EINVAL");
  return frames[0];
}
var SinglePartInput = class extends FairQueueBehavior {
  onMessage(pipe, frames) {
    if (frames.length === 1) super.onMessage(pipe, frames);
  }
};

// src/sockets/types/client.ts
var ClientBehavior = class extends SinglePartInput {
  lb = new LoadBalancer();
  attach(pipe) {
    this.lb.add(pipe);
  }
  detach(pipe) {
    this.lb.remove(pipe);
  }
  send(frames) {
    singlePart(frames);
    return this.lb.send(frames) !== void 0;
  }
  get writable() {
    return this.lb.canSend;
  }
};

// src/sockets/types/datagram.ts
var DatagramBehavior = class extends FairQueueBehavior {
  pipe;
  attach(pipe) {
    this.pipe ??= pipe;
  }
  detach(pipe) {
    if (this.pipe === pipe) this.pipe = void 0;
  }
  onMessage(pipe, frames) {
    if (pipe === this.pipe && frames.length === 2) super.onMessage(pipe, frames);
  }
  send(frames) {
    if (frames.length !== 2) throw zmqError("EINVAL");
    const pipe = this.pipe;
    if (pipe === void 0 || pipe.full) return false;
    pipe.write(frames);
    return true;
  }
  get writable() {
    return this.pipe !== void 0 && !this.pipe.full;
  }
};

// src/sockets/types/groups.ts
var MAX_GROUP_LENGTH = 255;
var JOIN = "JOIN";
var LEAVE = "LEAVE";
function groupBytes(value) {
  let bytes;
  if (typeof value === "string") bytes = Buffer.from(value, "utf8");
  else if (Buffer.isBuffer(value)) bytes = value;
  else if (ArrayBuffer.isView(value)) bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  else throw new TypeError("Value must be a string or buffer");
  const nul = bytes.indexOf(0);
  return nul < 0 ? bytes : bytes.subarray(0, nul);
}

// src/sockets/types/dish.ts
var DishBehavior = class extends FairQueueBehavior {
  groups = /* @__PURE__ */ new Set();
  pipes = /* @__PURE__ */ new Set();
  attach(pipe) {
    this.pipes.add(pipe);
  }
  detach(pipe) {
    this.pipes.delete(pipe);
  }
  linkReady(pipe) {
    for (const key of this.groups) pipe.link?.command?.(JOIN, Buffer.from(key, "latin1"));
  }
  /** zmq_join: EINVAL for a group over 255 bytes or one joined already. */
  join(group) {
    const key = checkedKey(group);
    if (this.groups.has(key)) throw zmqError("EINVAL");
    this.groups.add(key);
    for (const pipe of this.pipes) pipe.link?.command?.(JOIN, group);
  }
  /** zmq_leave: EINVAL for a group over 255 bytes or one not joined. */
  leave(group) {
    const key = checkedKey(group);
    if (!this.groups.delete(key)) throw zmqError("EINVAL");
    for (const pipe of this.pipes) pipe.link?.command?.(LEAVE, group);
  }
  onMessage(pipe, frames) {
    if (frames.length !== 2 || frames[0].length > MAX_GROUP_LENGTH) {
      pipe.link?.close(0);
      return;
    }
    if (!this.groups.has(frames[0].toString("latin1"))) return;
    super.onMessage(pipe, frames);
  }
  receive() {
    for (; ; ) {
      const frames = this.fq.receive();
      if (frames === void 0) return void 0;
      if (!this.groups.has(frames[0].toString("latin1"))) continue;
      const meta = { group: frames[0] };
      return [frames[1], meta];
    }
  }
  send(_frames) {
    return this.refuseSend("ENOTSUP");
  }
  get writable() {
    return false;
  }
};
function checkedKey(group) {
  if (group.length > MAX_GROUP_LENGTH) throw zmqError("EINVAL");
  return group.toString("latin1");
}

// src/sockets/types/gather.ts
var GatherBehavior = class extends SinglePartInput {
  attach() {
  }
  detach() {
  }
  send(_frames) {
    return this.refuseSend("ENOTSUP");
  }
  get writable() {
    return false;
  }
};

// src/sockets/types/radio.ts
var MAX_GROUPS_PER_PEER = 1e4;
var RadioBehavior = class extends Behavior {
  members = /* @__PURE__ */ new Map();
  joined = /* @__PURE__ */ new Map();
  pipes = /* @__PURE__ */ new Set();
  attach(pipe) {
    this.pipes.add(pipe);
  }
  detach(pipe) {
    this.pipes.delete(pipe);
    this.forget(pipe);
  }
  linkLost(pipe) {
    this.forget(pipe);
  }
  onCommand(pipe, name, data) {
    if (name !== JOIN && name !== LEAVE) return;
    if (data.length > MAX_GROUP_LENGTH) {
      pipe.link?.close(0);
      return;
    }
    const key = data.toString("latin1");
    let groups = this.joined.get(pipe);
    if (name === JOIN) {
      if (groups === void 0) {
        groups = /* @__PURE__ */ new Map();
        this.joined.set(pipe, groups);
      }
      const count2 = groups.get(key);
      if (count2 === void 0 && groups.size >= MAX_GROUPS_PER_PEER) {
        pipe.link?.close(0);
        return;
      }
      groups.set(key, (count2 ?? 0) + 1);
      let members = this.members.get(key);
      if (members === void 0) {
        members = /* @__PURE__ */ new Set();
        this.members.set(key, members);
      }
      members.add(pipe);
      return;
    }
    const count = groups?.get(key);
    if (count === void 0) return;
    if (count > 1) {
      groups.set(key, count - 1);
      return;
    }
    groups.delete(key);
    this.removeMember(key, pipe);
  }
  send(frames, options) {
    const body = singlePart(frames);
    const group = options.group;
    const message = [group, body];
    const members = this.members.get(group.toString("latin1"));
    if (members !== void 0) {
      for (const pipe of members) if (!pipe.full) pipe.write(message);
    }
    for (const pipe of this.pipes) {
      if (pipe.peer?.allGroups === true && !members?.has(pipe) && !pipe.full) pipe.write(message);
    }
    return true;
  }
  receive() {
    return this.refuseReceive("ENOTSUP");
  }
  forget(pipe) {
    const groups = this.joined.get(pipe);
    if (groups === void 0) return;
    this.joined.delete(pipe);
    for (const key of groups.keys()) this.removeMember(key, pipe);
  }
  removeMember(key, pipe) {
    const members = this.members.get(key);
    if (members === void 0) return;
    members.delete(pipe);
    if (members.size === 0) this.members.delete(key);
  }
};

// src/sockets/types/scatter.ts
var ScatterBehavior = class extends PushBehavior {
  send(frames) {
    singlePart(frames);
    return super.send(frames);
  }
};

// src/sockets/types/server.ts
var ServerBehavior = class extends SinglePartInput {
  routes = /* @__PURE__ */ new Map();
  ids = /* @__PURE__ */ new Map();
  nextId = randomUint32();
  attach(pipe) {
    let id = this.nextId;
    this.nextId = this.nextId + 1 >>> 0;
    if (id === 0) {
      id = this.nextId;
      this.nextId = this.nextId + 1 >>> 0;
    }
    this.routes.set(id, pipe);
    this.ids.set(pipe, id);
  }
  detach(pipe) {
    const id = this.ids.get(pipe);
    if (id === void 0) return;
    this.ids.delete(pipe);
    this.routes.delete(id);
  }
  send(frames, options) {
    singlePart(frames);
    const pipe = this.routes.get(options.routingId);
    if (pipe === void 0) throw zmqError("EHOSTUNREACH");
    if (pipe.full) return false;
    pipe.write(frames);
    return true;
  }
  receive() {
    for (; ; ) {
      const frames = this.fq.receive();
      if (frames === void 0) return void 0;
      const id = this.ids.get(this.fq.lastPipe);
      if (id === void 0) continue;
      const routing = { routingId: id };
      return [frames[0], routing];
    }
  }
  get writable() {
    return true;
  }
};

// src/sockets/socket-types.ts
var SOCKET_TYPES = /* @__PURE__ */ new Map([
  [0 /* Pair */, { name: "PAIR", create: (host) => new PairBehavior(host) }],
  [1 /* Publisher */, { name: "PUB", create: (host) => new PublisherBehavior(host) }],
  [2 /* Subscriber */, { name: "SUB", create: (host) => new SubscriberBehavior(host) }],
  [3 /* Request */, { name: "REQ", create: (host) => new RequestBehavior(host) }],
  [4 /* Reply */, { name: "REP", create: (host) => new ReplyBehavior(host) }],
  [5 /* Dealer */, { name: "DEALER", create: (host) => new DealerBehavior(host) }],
  [6 /* Router */, { name: "ROUTER", create: (host) => new RouterBehavior(host) }],
  [7 /* Pull */, { name: "PULL", create: (host) => new PullBehavior(host) }],
  [8 /* Push */, { name: "PUSH", create: (host) => new PushBehavior(host) }],
  [9 /* XPublisher */, { name: "XPUB", create: (host) => new XPublisherBehavior(host) }],
  [10 /* XSubscriber */, { name: "XSUB", create: (host) => new XSubscriberBehavior(host) }],
  [11 /* Stream */, { name: "STREAM", create: (host) => new StreamBehavior(host) }],
  [12 /* Server */, { name: "SERVER", create: (host) => new ServerBehavior(host), threadSafe: true }],
  [13 /* Client */, { name: "CLIENT", create: (host) => new ClientBehavior(host), threadSafe: true }],
  [14 /* Radio */, { name: "RADIO", create: (host) => new RadioBehavior(host), threadSafe: true }],
  [15 /* Dish */, { name: "DISH", create: (host) => new DishBehavior(host), threadSafe: true, linger: 0 }],
  [16 /* Gather */, { name: "GATHER", create: (host) => new GatherBehavior(host), threadSafe: true }],
  [17 /* Scatter */, { name: "SCATTER", create: (host) => new ScatterBehavior(host), threadSafe: true }],
  [18 /* Datagram */, { name: "DGRAM", create: (host) => new DatagramBehavior(host) }]
]);

// src/sockets/exit.ts
var LONG_WAIT = 500;
var WARNING_DELAY = 50;
var open = /* @__PURE__ */ new Set();
var forget = new FinalizationRegistry((ref) => open.delete(ref));
var hooked = false;
function trackOpen(socket) {
  if (!hooked) {
    hooked = true;
    beforeExit(closeQueuedAtExit);
  }
  const ref = new WeakRef(socket);
  open.add(ref);
  forget.register(socket, ref, ref);
  return ref;
}
function untrack(ref) {
  open.delete(ref);
  forget.unregister(ref);
}
function closeQueuedAtExit() {
  let waitsLong = false;
  let blocky = false;
  for (const ref of [...open]) {
    const socket = ref.deref();
    if (socket === void 0 || !socket.hasQueued) continue;
    const linger = socket.linger;
    socket.close();
    if (linger < 0 || linger > LONG_WAIT) waitsLong = true;
    blocky ||= socket.blocky;
  }
  if (!waitsLong || !holding()) return;
  const hint = blocky ? " Set 'context.blocky = false' to change this behaviour." : "";
  backgroundTimeout(() => {
    if (holding()) exitWarning(`Waiting for queued ZeroMQ messages to be delivered.${hint}`);
  }, WARNING_DELAY);
}

// src/sockets/waiter.ts
var Waiter = class {
  timer;
  settled = false;
  promise;
  resolveFn;
  rejectFn;
  // biome-ignore lint/suspicious/noConfusingVoidType: a callback that returns nothing (no error) must type-check
  constructor(timeout, onTimeout) {
    this.promise = new Promise((resolve, reject) => {
      this.resolveFn = resolve;
      this.rejectFn = reject;
    });
    holdProcess();
    if (timeout > 0) {
      this.timer = setTimeout(() => {
        this.reject(onTimeout() ?? zmqError("EAGAIN"));
      }, timeout);
    }
  }
  resolve(value) {
    if (this.finish()) this.resolveFn(value);
  }
  reject(error) {
    if (this.finish()) this.rejectFn(error);
  }
  finish() {
    if (this.settled) return false;
    this.settled = true;
    if (this.timer !== void 0) clearTimeout(this.timer);
    releaseProcess();
    return true;
  }
};

// src/zmtp/curve-crypto.ts
import { hsalsa, xsalsa20poly1305 } from "@noble/ciphers/salsa";
import { x25519 } from "@noble/curves/ed25519";

// src/zmtp/poly1305.ts
var ROUND22 = 1.5 * 2 ** 74;
var INV22 = 2 ** -22;
var LIMB = 2 ** 22;
var Poly1305 = class {
  r0 = 0;
  r1 = 0;
  r2 = 0;
  r3 = 0;
  r4 = 0;
  r5 = 0;
  /** s = the key's second half, as four little-endian 32-bit words. */
  s = new Float64Array(4);
  h = new Float64Array(6);
  last = new Uint8Array(16);
  /** Key from `key[at..at + 32)`: r (clamped per RFC 8439 §2.5.1), then s. */
  init(key, at = 0) {
    const t0 = le32(key, at) & 268435455;
    const t1 = le32(key, at + 4) & 268435452;
    const t2 = le32(key, at + 8) & 268435452;
    const t3 = le32(key, at + 12) & 268435452;
    this.r0 = t0 & 4194303;
    this.r1 = t0 >>> 22 | (t1 & 4095) << 10;
    this.r2 = t1 >>> 12 | (t2 & 3) << 20;
    this.r3 = t2 >>> 2 & 4194303;
    this.r4 = t2 >>> 24 | (t3 & 16383) << 8;
    this.r5 = t3 >>> 14;
    for (let i = 0; i < 4; i++) this.s[i] = le32(key, at + 16 + 4 * i) >>> 0;
    this.h.fill(0);
  }
  /** Absorb `m[at..end)` as a whole message (the last partial block padded per RFC 8439). */
  update(m, at, end) {
    const full = at + (end - at & ~15);
    if (full > at) this.blocks(m, at, full, 1 << 18);
    const rest = end - full;
    if (rest > 0) {
      const last = this.last;
      last.fill(0);
      for (let i = 0; i < rest; i++) last[i] = m[full + i];
      last[rest] = 1;
      this.blocks(last, 0, 16, 0);
    }
  }
  /** Write the tag into `out[at..at + 16)`. */
  digestInto(out, at) {
    this.finish(out, at, false);
  }
  /** Whether `tag[at..at + 16)` is the tag (constant time in the tag's content). */
  matches(tag, at) {
    return this.finish(tag, at, true);
  }
  /** For each 16 bytes in `m[at..end)`: h = (h + block + hibit·2^128) · r mod 2^130 − 5 (hibit as 2^18 in limb 5). */
  blocks(m, at, end, hibit) {
    const r0 = this.r0, r1 = this.r1, r2 = this.r2, r3 = this.r3, r4 = this.r4, r5 = this.r5;
    const s1 = 20 * r1, s2 = 20 * r2, s3 = 20 * r3, s4 = 20 * r4, s5 = 20 * r5;
    const h = this.h;
    let a0 = h[0], a1 = h[1], a2 = h[2], a3 = h[3], a4 = h[4], a5 = h[5];
    for (; at < end; at += 16) {
      const w0 = le32(m, at), w1 = le32(m, at + 4), w2 = le32(m, at + 8), w3 = le32(m, at + 12);
      const h0 = a0 + (w0 & 4194303);
      const h1 = a1 + (w0 >>> 22 | (w1 & 4095) << 10);
      const h2 = a2 + (w1 >>> 12 | (w2 & 3) << 20);
      const h3 = a3 + (w2 >>> 2 & 4194303);
      const h4 = a4 + (w2 >>> 24 | (w3 & 16383) << 8);
      const h5 = a5 + (w3 >>> 14 | hibit);
      const d0 = h0 * r0 + h1 * s5 + h2 * s4 + h3 * s3 + h4 * s2 + h5 * s1;
      let d1 = h0 * r1 + h1 * r0 + h2 * s5 + h3 * s4 + h4 * s3 + h5 * s2;
      let d2 = h0 * r2 + h1 * r1 + h2 * r0 + h3 * s5 + h4 * s4 + h5 * s3;
      let d3 = h0 * r3 + h1 * r2 + h2 * r1 + h3 * r0 + h4 * s5 + h5 * s4;
      let d4 = h0 * r4 + h1 * r3 + h2 * r2 + h3 * r1 + h4 * r0 + h5 * s5;
      let d5 = h0 * r5 + h1 * r4 + h2 * r3 + h3 * r2 + h4 * r1 + h5 * r0;
      let c = d0 + ROUND22 - ROUND22;
      a0 = d0 - c;
      d1 += c * INV22;
      c = d1 + ROUND22 - ROUND22;
      a1 = d1 - c;
      d2 += c * INV22;
      c = d2 + ROUND22 - ROUND22;
      a2 = d2 - c;
      d3 += c * INV22;
      c = d3 + ROUND22 - ROUND22;
      a3 = d3 - c;
      d4 += c * INV22;
      c = d4 + ROUND22 - ROUND22;
      a4 = d4 - c;
      d5 += c * INV22;
      c = d5 + ROUND22 - ROUND22;
      a5 = d5 - c;
      a0 += 20 * c * INV22;
      c = a0 + ROUND22 - ROUND22;
      a0 -= c;
      a1 += c * INV22;
    }
    h[0] = a0;
    h[1] = a1;
    h[2] = a2;
    h[3] = a3;
    h[4] = a4;
    h[5] = a5;
  }
  /** Reduce h fully mod 2^130 − 5, add s, and write (or, with `compare`, compare against) the tag. */
  finish(tag, at, compare) {
    const h = this.h;
    let h0 = h[0] - 20, h1 = h[1], h2 = h[2], h3 = h[3], h4 = h[4], h5 = h[5] + LIMB;
    let c;
    for (let pass = 0; pass < 2; pass++) {
      c = h0 >> 22;
      h0 &= 4194303;
      h1 += c;
      c = h1 >> 22;
      h1 &= 4194303;
      h2 += c;
      c = h2 >> 22;
      h2 &= 4194303;
      h3 += c;
      c = h3 >> 22;
      h3 &= 4194303;
      h4 += c;
      c = h4 >> 22;
      h4 &= 4194303;
      h5 += c;
      c = h5 >> 20;
      h5 &= 1048575;
      h0 += 5 * c;
    }
    let g0 = h0 + 5;
    c = g0 >> 22;
    g0 &= 4194303;
    let g1 = h1 + c;
    c = g1 >> 22;
    g1 &= 4194303;
    let g2 = h2 + c;
    c = g2 >> 22;
    g2 &= 4194303;
    let g3 = h3 + c;
    c = g3 >> 22;
    g3 &= 4194303;
    let g4 = h4 + c;
    c = g4 >> 22;
    g4 &= 4194303;
    let g5 = h5 + c;
    const useG = -(g5 >> 20);
    g5 &= 1048575;
    const keep = ~useG;
    h0 = h0 & 4194303 & keep | g0 & useG;
    h1 = h1 & keep | g1 & useG;
    h2 = h2 & keep | g2 & useG;
    h3 = h3 & keep | g3 & useG;
    h4 = h4 & keep | g4 & useG;
    h5 = h5 & keep | g5 & useG;
    const s = this.s;
    let f = ((h0 | h1 << 22) >>> 0) + s[0];
    const o0 = f >>> 0;
    f = ((h1 >>> 10 | h2 << 12) >>> 0) + s[1] + (f > 4294967295 ? 1 : 0);
    const o1 = f >>> 0;
    f = ((h2 >>> 20 | h3 << 2 | h4 << 24) >>> 0) + s[2] + (f > 4294967295 ? 1 : 0);
    const o2 = f >>> 0;
    f = ((h4 >>> 8 | h5 << 14) >>> 0) + s[3] + (f > 4294967295 ? 1 : 0);
    const o3 = f >>> 0;
    if (compare) {
      const difference = le32(tag, at) ^ o0 | le32(tag, at + 4) ^ o1 | le32(tag, at + 8) ^ o2 | le32(tag, at + 12) ^ o3;
      return difference === 0;
    }
    put32(tag, at, o0);
    put32(tag, at + 4, o1);
    put32(tag, at + 8, o2);
    put32(tag, at + 12, o3);
    return true;
  }
};
function le32(bytes, at) {
  return bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16 | bytes[at + 3] << 24;
}
function put32(bytes, at, word) {
  bytes[at] = word;
  bytes[at + 1] = word >>> 8;
  bytes[at + 2] = word >>> 16;
  bytes[at + 3] = word >>> 24;
}

// src/zmtp/secretbox-stream.ts
var TAG = 16;
var SCRATCH_BYTES = 4096;
var scratch = new Uint32Array(SCRATCH_BYTES / 4);
var scratchBytes = new Uint8Array(scratch.buffer);
var SecretboxStream = class {
  /** Salsa20 input words: constants, subkey, nonce tail, block counter. */
  input = new Uint32Array(16);
  block = new Uint32Array(16);
  blockBytes = new Uint8Array(this.block.buffer);
  poly = new Poly1305();
  /** `subkey`: the 32-byte XSalsa20 subkey. */
  constructor(subkey) {
    if (subkey.length !== 32) throw new RangeError("subkey must be 32 bytes");
    const input = this.input;
    input[0] = 1634760805;
    input[5] = 857760878;
    input[10] = 2036477234;
    input[15] = 1797285236;
    for (let i = 0; i < 4; i++) {
      input[1 + i] = readWord(subkey, 4 * i);
      input[11 + i] = readWord(subkey, 16 + 4 * i);
    }
  }
  /**
   * `box[at..end)` holds [16-byte tag slot][plaintext]; afterwards [tag][ciphertext]. The nonce's last 8 bytes are
   * `tail[tailAt..tailAt + 8)`.
   */
  sealInPlace(tail, tailAt, box, at, end) {
    this.start(tail, tailAt);
    this.xorStream(box, at + TAG, end);
    this.poly.update(box, at + TAG, end);
    this.poly.digestInto(box, at);
  }
  /**
   * Check `box[at..end)` = [tag][ciphertext] and decrypt the ciphertext where it lies (for a received frame that
   * nothing else reads); false (box untouched) when the tag does not match.
   */
  openInPlace(tail, tailAt, box, at, end) {
    this.start(tail, tailAt);
    this.poly.update(box, at + TAG, end);
    if (!this.poly.matches(box, at)) return false;
    this.xorStream(box, at + TAG, end);
    return true;
  }
  /** Block 0 of the keystream: its first 32 bytes key Poly1305; its last 32 encrypt the first 32 text bytes. */
  start(tail, tailAt) {
    const input = this.input;
    input[6] = readWord(tail, tailAt);
    input[7] = readWord(tail, tailAt + 4);
    input[8] = 0;
    input[9] = 0;
    this.block.fill(0);
    salsa20Xor(input, this.block, 0);
    this.poly.init(this.blockBytes);
  }
  /** XOR the keystream (from byte 32 of block 0 on) into `text[at..end)`. */
  xorStream(text2, at, end) {
    const ks = this.blockBytes;
    const head = Math.min(end - at, 32);
    for (let i = 0; i < head; i++) text2[at + i] ^= ks[32 + i];
    at += head;
    const input = this.input;
    const fullBlocks = end - at >> 6;
    if (fullBlocks > 0) {
      if ((text2.byteOffset + at & 3) === 0) {
        const words = new Uint32Array(text2.buffer, text2.byteOffset + at, fullBlocks * 16);
        for (let w = 0; w < words.length; w += 16) {
          if (++input[8] === 0) input[9]++;
          salsa20Xor(input, words, w);
        }
      } else {
        for (let left = fullBlocks * 64; left > 0; ) {
          const n = Math.min(left, SCRATCH_BYTES);
          scratchBytes.set(text2.subarray(at, at + n));
          for (let w = 0; w < n >> 2; w += 16) {
            if (++input[8] === 0) input[9]++;
            salsa20Xor(input, scratch, w);
          }
          text2.set(n === SCRATCH_BYTES ? scratchBytes : scratchBytes.subarray(0, n), at);
          at += n;
          left -= n;
        }
        at -= fullBlocks * 64;
      }
      at += fullBlocks * 64;
    }
    for (; at < end; at += 64) {
      if (++input[8] === 0) input[9]++;
      this.block.fill(0);
      salsa20Xor(input, this.block, 0);
      const n = Math.min(end - at, 64);
      for (let i = 0; i < n; i++) text2[at + i] ^= ks[i];
    }
  }
};
function readWord(bytes, at) {
  return (bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16 | bytes[at + 3] << 24) >>> 0;
}
function salsa20Xor(input, out, at) {
  const j0 = input[0], j1 = input[1], j2 = input[2], j3 = input[3];
  const j4 = input[4], j5 = input[5], j6 = input[6], j7 = input[7];
  const j8 = input[8], j9 = input[9], j10 = input[10], j11 = input[11];
  const j12 = input[12], j13 = input[13], j14 = input[14], j15 = input[15];
  let x0 = j0, x1 = j1, x2 = j2, x3 = j3, x4 = j4, x5 = j5, x6 = j6, x7 = j7;
  let x8 = j8, x9 = j9, x10 = j10, x11 = j11, x12 = j12, x13 = j13, x14 = j14, x15 = j15;
  let u;
  for (let round = 0; round < 20; round += 2) {
    u = x0 + x12 | 0;
    x4 ^= u << 7 | u >>> 25;
    u = x4 + x0 | 0;
    x8 ^= u << 9 | u >>> 23;
    u = x8 + x4 | 0;
    x12 ^= u << 13 | u >>> 19;
    u = x12 + x8 | 0;
    x0 ^= u << 18 | u >>> 14;
    u = x5 + x1 | 0;
    x9 ^= u << 7 | u >>> 25;
    u = x9 + x5 | 0;
    x13 ^= u << 9 | u >>> 23;
    u = x13 + x9 | 0;
    x1 ^= u << 13 | u >>> 19;
    u = x1 + x13 | 0;
    x5 ^= u << 18 | u >>> 14;
    u = x10 + x6 | 0;
    x14 ^= u << 7 | u >>> 25;
    u = x14 + x10 | 0;
    x2 ^= u << 9 | u >>> 23;
    u = x2 + x14 | 0;
    x6 ^= u << 13 | u >>> 19;
    u = x6 + x2 | 0;
    x10 ^= u << 18 | u >>> 14;
    u = x15 + x11 | 0;
    x3 ^= u << 7 | u >>> 25;
    u = x3 + x15 | 0;
    x7 ^= u << 9 | u >>> 23;
    u = x7 + x3 | 0;
    x11 ^= u << 13 | u >>> 19;
    u = x11 + x7 | 0;
    x15 ^= u << 18 | u >>> 14;
    u = x0 + x3 | 0;
    x1 ^= u << 7 | u >>> 25;
    u = x1 + x0 | 0;
    x2 ^= u << 9 | u >>> 23;
    u = x2 + x1 | 0;
    x3 ^= u << 13 | u >>> 19;
    u = x3 + x2 | 0;
    x0 ^= u << 18 | u >>> 14;
    u = x5 + x4 | 0;
    x6 ^= u << 7 | u >>> 25;
    u = x6 + x5 | 0;
    x7 ^= u << 9 | u >>> 23;
    u = x7 + x6 | 0;
    x4 ^= u << 13 | u >>> 19;
    u = x4 + x7 | 0;
    x5 ^= u << 18 | u >>> 14;
    u = x10 + x9 | 0;
    x11 ^= u << 7 | u >>> 25;
    u = x11 + x10 | 0;
    x8 ^= u << 9 | u >>> 23;
    u = x8 + x11 | 0;
    x9 ^= u << 13 | u >>> 19;
    u = x9 + x8 | 0;
    x10 ^= u << 18 | u >>> 14;
    u = x15 + x14 | 0;
    x12 ^= u << 7 | u >>> 25;
    u = x12 + x15 | 0;
    x13 ^= u << 9 | u >>> 23;
    u = x13 + x12 | 0;
    x14 ^= u << 13 | u >>> 19;
    u = x14 + x13 | 0;
    x15 ^= u << 18 | u >>> 14;
  }
  out[at + 0] ^= x0 + j0 | 0;
  out[at + 1] ^= x1 + j1 | 0;
  out[at + 2] ^= x2 + j2 | 0;
  out[at + 3] ^= x3 + j3 | 0;
  out[at + 4] ^= x4 + j4 | 0;
  out[at + 5] ^= x5 + j5 | 0;
  out[at + 6] ^= x6 + j6 | 0;
  out[at + 7] ^= x7 + j7 | 0;
  out[at + 8] ^= x8 + j8 | 0;
  out[at + 9] ^= x9 + j9 | 0;
  out[at + 10] ^= x10 + j10 | 0;
  out[at + 11] ^= x11 + j11 | 0;
  out[at + 12] ^= x12 + j12 | 0;
  out[at + 13] ^= x13 + j13 | 0;
  out[at + 14] ^= x14 + j14 | 0;
  out[at + 15] ^= x15 + j15 | 0;
}

// src/zmtp/curve-crypto.ts
var TAG_BYTES = 16;
var KEY_BYTES = 32;
var nobleX25519 = {
  sharedSecret: (secretKey, publicKey) => x25519.getSharedSecret(secretKey, publicKey),
  publicKey: (secretKey) => x25519.getPublicKey(secretKey)
};
var current = nobleX25519;
var webCrypto = globalThis.crypto;
var fillRandom = webCrypto?.getRandomValues ? (bytes) => void webCrypto.getRandomValues(bytes) : void 0;
function randomBytes(length) {
  if (fillRandom === void 0) throw new Error("no CSPRNG available (crypto.getRandomValues)");
  const bytes = new Uint8Array(length);
  fillRandom(bytes);
  return bytes;
}
function generateKeyPair() {
  const secretKey = randomBytes(KEY_BYTES);
  return { publicKey: current.publicKey(secretKey), secretKey };
}
function publicKeyOf(secretKey) {
  return current.publicKey(secretKey);
}
var SIGMA = new Uint32Array(new TextEncoder().encode("expand 32-byte k").buffer);
var ZERO_NONCE = new Uint32Array(4);
function precompute(secretKey, publicKey) {
  let shared2;
  try {
    shared2 = current.sharedSecret(secretKey, publicKey);
  } catch {
    return void 0;
  }
  const key = new Uint32Array(8);
  hsalsa(SIGMA, toWords(shared2), ZERO_NONCE, key);
  shared2.fill(0);
  return new Uint8Array(key.buffer);
}
function toWords(bytes) {
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, copy.length / 4);
}
function seal(key, nonce2, plaintext, output) {
  return xsalsa20poly1305(key, nonce2).encrypt(plaintext, output);
}
function open2(key, nonce2, box) {
  if (box.length < TAG_BYTES) return void 0;
  try {
    return xsalsa20poly1305(key, nonce2).decrypt(box);
  } catch {
    return void 0;
  }
}
function nonce(prefix3, tail) {
  const bytes = new Uint8Array(24);
  for (let i = 0; i < prefix3.length; i++) bytes[i] = prefix3.charCodeAt(i);
  bytes.set(tail, prefix3.length);
  return bytes;
}
function writeCounter(target, at, counter) {
  const high = Math.floor(counter / 4294967296);
  const low = counter >>> 0;
  target[at] = high >>> 24;
  target[at + 1] = high >>> 16 & 255;
  target[at + 2] = high >>> 8 & 255;
  target[at + 3] = high & 255;
  target[at + 4] = low >>> 24;
  target[at + 5] = low >>> 16 & 255;
  target[at + 6] = low >>> 8 & 255;
  target[at + 7] = low & 255;
}
function readCounter(source, at) {
  let high = 0;
  let low = 0;
  for (let i = 0; i < 4; i++) {
    high = high * 256 + source[at + i];
    low = low * 256 + source[at + 4 + i];
  }
  return high * 4294967296 + low;
}
function shortNonce(counter) {
  const bytes = new Uint8Array(8);
  writeCounter(bytes, 0, counter);
  return bytes;
}
var BoxStream = class {
  stream;
  constructor(key, noncePrefix) {
    const words = new Uint32Array(8);
    hsalsa(SIGMA, toWords(key), toWords(noncePrefix.subarray(0, 16)), words);
    this.stream = new SecretboxStream(new Uint8Array(words.buffer));
    words.fill(0);
  }
  /**
   * Encrypt in place: `box[at..end)` holds [16-byte tag slot][plaintext]; afterwards [tag][ciphertext]. The last 8
   * nonce bytes are `tail[tailAt..tailAt + 8)`.
   */
  sealInPlace(tail, tailAt, box, at, end) {
    this.stream.sealInPlace(tail, tailAt, box, at, end);
  }
  /** Open `box[at..end)` = [tag][ciphertext] where it lies; false (box untouched) when the tag does not match. */
  openInPlace(tail, tailAt, box, at, end) {
    return end - at >= TAG_BYTES && this.stream.openInPlace(tail, tailAt, box, at, end);
  }
};
function alignedBuffer(length) {
  const exact = Buffer.allocUnsafe(length);
  if ((exact.byteOffset & 3) === 0) return exact;
  const raw = Buffer.allocUnsafe(length + 3);
  const skew = 4 - (raw.byteOffset & 3) & 3;
  return raw.subarray(skew, skew + length);
}

// src/zmtp/curve-codec.ts
var MESSAGE_NAME = new Uint8Array([7, 77, 69, 83, 83, 65, 71, 69]);
var HEADER = 16;
var INNER_MORE = 1;
var INNER_COMMAND = 2;
var CurveCodec = class {
  sender;
  receiver;
  sent;
  received;
  /**
   * `key` is the precomputed box key of the two transient keys; `sent` / `received` the last short nonces used by
   * each side during the handshake.
   */
  constructor(key, asServer, sent, received) {
    this.sent = sent;
    this.received = received;
    this.sender = new BoxStream(key, prefix(asServer ? "CurveZMQMESSAGES" : "CurveZMQMESSAGEC"));
    this.receiver = new BoxStream(key, prefix(asServer ? "CurveZMQMESSAGEC" : "CurveZMQMESSAGES"));
  }
  encode(flags, body) {
    const wire = alignedBuffer(this.wireLength(body.length));
    this.encodeInto(flags, body, wire, 0);
    return { flags: 0, body: wire };
  }
  wireLength(length) {
    return HEADER + TAG_BYTES + 1 + length;
  }
  /** [name][short nonce][16 tag][inner flags][body] at `into[at..)`, encrypted there. */
  encodeInto(flags, body, into, at) {
    for (let i = 0; i < 8; i++) into[at + i] = MESSAGE_NAME[i];
    writeCounter(into, at + 8, ++this.sent);
    const text2 = at + HEADER + TAG_BYTES;
    into[text2] = ((flags & FLAG_MORE) !== 0 ? INNER_MORE : 0) | ((flags & FLAG_COMMAND) !== 0 ? INNER_COMMAND : 0);
    if (body.length < 64) for (let i = 0; i < body.length; i++) into[text2 + 1 + i] = body[i];
    else body.copy(into, text2 + 1);
    this.sender.sealInPlace(into, at + 8, into, at + HEADER, text2 + 1 + body.length);
  }
  decode(_flags, body) {
    if (body.length < 2 || body[0] >= body.length) {
      return protocolError(
        "ERR_ZMTP_MALFORMED_COMMAND_UNSPECIFIED",
        "malformed command where a CURVE MESSAGE was expected"
      );
    }
    if (body.length < MESSAGE_NAME.length || !startsWith(body, MESSAGE_NAME)) {
      return protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "expected a CURVE MESSAGE");
    }
    if (body.length < HEADER + TAG_BYTES + 1) {
      return protocolError("ERR_ZMTP_MALFORMED_COMMAND_MESSAGE", "CURVE MESSAGE too short");
    }
    const counter = readCounter(body, 8);
    if (!(counter > this.received)) {
      return protocolError("ERR_ZMTP_INVALID_SEQUENCE", "CURVE MESSAGE nonce did not increase");
    }
    if (!this.receiver.openInPlace(body, 8, body, HEADER, body.length)) {
      return protocolError("ERR_ZMTP_CRYPTOGRAPHIC", "CURVE MESSAGE failed authentication");
    }
    this.received = counter;
    const inner = body[HEADER + TAG_BYTES];
    return {
      flags: ((inner & INNER_MORE) !== 0 ? FLAG_MORE : 0) | ((inner & INNER_COMMAND) !== 0 ? FLAG_COMMAND : 0),
      body: body.subarray(HEADER + TAG_BYTES + 1)
    };
  }
};
function prefix(text2) {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = text2.charCodeAt(i);
  return bytes;
}
function startsWith(body, prefix3) {
  for (let i = 0; i < prefix3.length; i++) if (body[i] !== prefix3[i]) return false;
  return true;
}

// src/zmtp/curve-client.ts
var HELLO_NAME = new Uint8Array([5, 72, 69, 76, 76, 79]);
var WELCOME_NAME = new Uint8Array([7, 87, 69, 76, 67, 79, 77, 69]);
var INITIATE_NAME = new Uint8Array([8, 73, 78, 73, 84, 73, 65, 84, 69]);
var READY_NAME = new Uint8Array([5, 82, 69, 65, 68, 89]);
var ERROR_NAME = new Uint8Array([5, 69, 82, 82, 79, 82]);
var HELLO_SIZE = 200;
var WELCOME_SIZE = 168;
var INITIATE_MIN = 257;
var READY_MIN = 30;
function cryptoError(what) {
  return protocolError("ERR_ZMTP_CRYPTOGRAPHIC", what);
}
var CurveClient = class {
  constructor(serverKey, publicKey, secretKey) {
    this.serverKey = serverKey;
    this.publicKey = publicKey;
    this.secretKey = secretKey;
    this.transient = generateKeyPair();
  }
  name = "CURVE";
  asServer = false;
  host;
  state = "welcome";
  transient;
  sent = 0;
  /** Box key between our transient key and the server's long-term key (HELLO, WELCOME). */
  helloKey;
  /** Box key between both transient keys (INITIATE, READY, MESSAGE). */
  sessionKey;
  start(host) {
    this.host = host;
    this.helloKey = precompute(this.transient.secretKey, this.serverKey);
    if (this.helloKey === void 0) return this.fail(cryptoError("the CURVE server key is not a valid public key"));
    const counter = ++this.sent;
    const hello = Buffer.alloc(HELLO_SIZE);
    hello.set(HELLO_NAME, 0);
    hello[6] = 1;
    hello.set(this.transient.publicKey, 80);
    hello.set(shortNonce(counter), 112);
    hello.set(seal(this.helloKey, nonce("CurveZMQHELLO---", shortNonce(counter)), new Uint8Array(64)), 120);
    host.sendCommand(hello);
  }
  receive(flags, body) {
    const host = this.host;
    if (host === void 0 || this.state === "done") return;
    if ((flags & FLAG_COMMAND) === 0) {
      return this.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "data frame during the CURVE handshake"));
    }
    if (startsWith(body, WELCOME_NAME)) {
      if (this.state !== "welcome") return this.fail(unexpected("WELCOME"));
      return this.onWelcome(host, body);
    }
    if (startsWith(body, READY_NAME)) {
      if (this.state !== "ready") return this.fail(unexpected("READY"));
      return this.onReady(host, body);
    }
    if (startsWith(body, ERROR_NAME)) {
      if (body.length < 7 || body[6] > body.length - 7) {
        return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_ERROR", "malformed ERROR command"));
      }
      return this.fail(peerErrorCommand(body.toString("latin1", 7, 7 + body[6])));
    }
    this.fail(unexpected("an unknown"));
  }
  onWelcome(host, body) {
    if (body.length !== WELCOME_SIZE) return this.fail(cryptoError("CURVE WELCOME must be 168 bytes"));
    const plaintext = open2(this.helloKey, nonce("WELCOME-", body.subarray(8, 24)), body.subarray(24));
    if (plaintext === void 0)
      return this.fail(cryptoError("CURVE WELCOME failed authentication (wrong server key?)"));
    const serverTransient = plaintext.subarray(0, 32);
    const cookie = plaintext.subarray(32, 128);
    this.sessionKey = precompute(this.transient.secretKey, serverTransient);
    const vouchKey = precompute(this.secretKey, serverTransient);
    if (this.sessionKey === void 0 || vouchKey === void 0) {
      return this.fail(cryptoError("CURVE server sent an invalid transient key"));
    }
    const vouchNonce = randomBytes(16);
    const vouchPlain = new Uint8Array(64);
    vouchPlain.set(this.transient.publicKey, 0);
    vouchPlain.set(this.serverKey, 32);
    const vouch = seal(vouchKey, nonce("VOUCH---", vouchNonce), vouchPlain);
    vouchKey.fill(0);
    const metadata = readyBody(host.properties).subarray(READY_NAME.length);
    const inner = new Uint8Array(128 + metadata.length);
    inner.set(this.publicKey, 0);
    inner.set(vouchNonce, 32);
    inner.set(vouch, 48);
    inner.set(metadata, 128);
    const counter = ++this.sent;
    const box = seal(this.sessionKey, nonce("CurveZMQINITIATE", shortNonce(counter)), inner);
    const initiate = Buffer.alloc(113 + box.length);
    initiate.set(INITIATE_NAME, 0);
    initiate.set(cookie, 9);
    initiate.set(shortNonce(counter), 105);
    initiate.set(box, 113);
    this.state = "ready";
    host.sendCommand(initiate);
  }
  onReady(host, body) {
    if (body.length < READY_MIN)
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_READY", "CURVE READY too short"));
    const counter = readCounter(body, 6);
    const plaintext = open2(this.sessionKey, nonce("CurveZMQREADY---", body.subarray(6, 14)), body.subarray(14));
    if (plaintext === void 0) return this.fail(cryptoError("CURVE READY failed authentication"));
    const properties = parseProperties(
      Buffer.from(plaintext.buffer, plaintext.byteOffset, plaintext.length),
      void 0,
      host.metadataLimits
    );
    if (properties instanceof Error) return this.fail(properties);
    this.state = "done";
    host.complete(properties, new CurveCodec(this.sessionKey, false, this.sent, counter));
  }
  fail(error) {
    this.state = "done";
    this.host?.fail(error);
  }
};
function unexpected(what) {
  return protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", `unexpected ${what} command during the CURVE handshake`);
}

// src/zmtp/curve-server.ts
var CurveServer = class {
  constructor(secretKey, zap) {
    this.secretKey = secretKey;
    this.zap = zap;
    this.transient = generateKeyPair();
  }
  name = "CURVE";
  asServer = true;
  host;
  state = "hello";
  transient;
  clientTransient;
  cookieKey;
  sessionKey;
  received = 0;
  start(host) {
    this.host = host;
  }
  close() {
    this.state = "done";
    this.cookieKey?.fill(0);
    this.zap?.cancel?.();
  }
  receive(flags, body) {
    const host = this.host;
    if (host === void 0 || this.state === "done") return;
    if (this.state === "zap") {
      return this.fail(protocolError("ERR_ZMTP_UNSPECIFIED", "command received while waiting for ZAP"));
    }
    if ((flags & FLAG_COMMAND) === 0) {
      return this.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "data frame during the CURVE handshake"));
    }
    if (body.length <= 1 || body.length <= body[0]) {
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_UNSPECIFIED", "malformed command"));
    }
    if (this.state === "hello") this.onHello(host, body);
    else this.onInitiate(host, body);
  }
  onHello(host, body) {
    if (!startsWith(body, HELLO_NAME)) return this.fail(unexpected("a non-HELLO"));
    if (body.length !== HELLO_SIZE || body[6] !== 1 || body[7] !== 0) {
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_HELLO", "CURVE HELLO must be 200 bytes, version 1.0"));
    }
    const clientTransient = Buffer.from(body.subarray(80, 112));
    const helloKey = precompute(this.secretKey, clientTransient);
    const ok = helloKey !== void 0 && open2(helloKey, nonce("CurveZMQHELLO---", body.subarray(112, 120)), body.subarray(120, 200)) !== void 0;
    if (!ok) return this.fail(cryptoError("CURVE HELLO failed authentication (client has the wrong server key?)"));
    this.clientTransient = clientTransient;
    this.received = readCounter(body, 112);
    this.cookieKey = randomBytes(32);
    const cookieNonce = randomBytes(16);
    const cookiePlain = new Uint8Array(64);
    cookiePlain.set(clientTransient, 0);
    cookiePlain.set(this.transient.secretKey, 32);
    const cookieBox = seal(this.cookieKey, nonce("COOKIE--", cookieNonce), cookiePlain);
    cookiePlain.fill(0);
    const welcomePlain = new Uint8Array(128);
    welcomePlain.set(this.transient.publicKey, 0);
    welcomePlain.set(cookieNonce, 32);
    welcomePlain.set(cookieBox, 48);
    const welcomeNonce = randomBytes(16);
    const welcome = Buffer.alloc(168);
    welcome.set(WELCOME_NAME, 0);
    welcome.set(welcomeNonce, 8);
    welcome.set(seal(helloKey, nonce("WELCOME-", welcomeNonce), welcomePlain), 24);
    helloKey.fill(0);
    this.state = "initiate";
    host.sendCommand(welcome);
  }
  onInitiate(host, body) {
    if (!startsWith(body, INITIATE_NAME)) return this.fail(unexpected("a non-INITIATE"));
    if (body.length < INITIATE_MIN) {
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_INITIATE", "CURVE INITIATE too short"));
    }
    const cookie = open2(this.cookieKey, nonce("COOKIE--", body.subarray(9, 25)), body.subarray(25, 105));
    this.cookieKey.fill(0);
    if (cookie === void 0 || !equal(cookie.subarray(0, 32), this.clientTransient) || !equal(cookie.subarray(32, 64), this.transient.secretKey)) {
      return this.fail(cryptoError("CURVE INITIATE carries an invalid cookie"));
    }
    const counter = readCounter(body, 105);
    this.sessionKey = precompute(this.transient.secretKey, this.clientTransient);
    const inner = this.sessionKey && counter > this.received ? open2(this.sessionKey, nonce("CurveZMQINITIATE", body.subarray(105, 113)), body.subarray(113)) : void 0;
    if (inner === void 0) return this.fail(cryptoError("CURVE INITIATE failed authentication"));
    this.received = counter;
    const clientKey = Buffer.from(inner.subarray(0, 32));
    const vouchKey = precompute(this.transient.secretKey, clientKey);
    const vouch = vouchKey && open2(vouchKey, nonce("VOUCH---", inner.subarray(32, 48)), inner.subarray(48, 128));
    if (vouch === void 0) return this.fail(cryptoError("CURVE INITIATE vouch failed authentication"));
    if (!equal(vouch.subarray(0, 32), this.clientTransient)) {
      return this.fail(protocolError("ERR_ZMTP_KEY_EXCHANGE", "CURVE vouch does not match the client's transient key"));
    }
    const properties = parseProperties(
      Buffer.from(inner.buffer, inner.byteOffset + 128, inner.length - 128),
      void 0,
      host.metadataLimits
    );
    if (properties instanceof Error) return this.fail(properties);
    const refused = peerSocketTypeError(host.socketType, properties);
    if (refused) return this.fail(refused);
    const zap = this.zap;
    if (zap === void 0 || zap.domain === "" && zap.enforceDomain) return this.sendReady(host, properties);
    this.state = "zap";
    askZap(zap, "CURVE", [clientKey], (outcome) => {
      if (this.state !== "zap") return;
      const extra = settleZap(host, outcome, zap.enforceDomain ? "fail" : "allow", errorBody);
      if (extra === void 0) {
        this.state = "done";
        return;
      }
      for (const [name, value] of extra) properties.set(name, value);
      this.sendReady(host, properties);
    });
  }
  sendReady(host, properties) {
    const sent = 1;
    const metadata = readyBody(host.properties).subarray(READY_NAME.length);
    const box = seal(this.sessionKey, nonce("CurveZMQREADY---", shortNonce(sent)), metadata);
    const ready = Buffer.alloc(14 + box.length);
    ready.set(READY_NAME, 0);
    ready.set(shortNonce(sent), 6);
    ready.set(box, 14);
    this.state = "done";
    host.sendCommand(ready);
    host.complete(properties, new CurveCodec(this.sessionKey, true, sent, this.received));
  }
  fail(error) {
    this.state = "done";
    this.host?.fail(error);
  }
};
function equal(a, b) {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
  return difference === 0;
}

// src/zmtp/plain-mechanism.ts
var HELLO = prefix2("HELLO");
var WELCOME = prefix2("WELCOME");
var INITIATE = prefix2("INITIATE");
var READY_PREFIX = prefix2(READY);
var ERROR_PREFIX = prefix2("ERROR");
var LIBZMQ_ERROR_PREFIX = new Uint8Array([94, 82, 82, 79, 82]);
function prefix2(name) {
  return commandBody(name).subarray(0, 1 + name.length);
}
function libzmqPlainError(reason) {
  const body = Buffer.alloc(LIBZMQ_ERROR_PREFIX.length + 1 + reason.length);
  body.set(LIBZMQ_ERROR_PREFIX, 0);
  body[LIBZMQ_ERROR_PREFIX.length] = reason.length;
  body.write(reason, LIBZMQ_ERROR_PREFIX.length + 1, "latin1");
  return body;
}
function errorReason(body) {
  let at;
  if (startsWith(body, ERROR_PREFIX)) at = ERROR_PREFIX.length;
  else if (startsWith(body, LIBZMQ_ERROR_PREFIX)) at = LIBZMQ_ERROR_PREFIX.length;
  else return void 0;
  if (body.length < at + 1 || body[at] > body.length - at - 1) return null;
  return body.toString("latin1", at + 1, at + 1 + body[at]);
}
var PlainClient = class {
  constructor(username, password) {
    this.username = username;
    this.password = password;
  }
  name = "PLAIN";
  asServer = false;
  host;
  state = "welcome";
  start(host) {
    this.host = host;
    const data = Buffer.alloc(2 + this.username.length + this.password.length);
    data[0] = this.username.length;
    this.username.copy(data, 1);
    data[1 + this.username.length] = this.password.length;
    this.password.copy(data, 2 + this.username.length);
    host.sendCommand(Buffer.concat([HELLO, data]));
  }
  receive(flags, body) {
    const host = this.host;
    if (host === void 0 || this.state === "done") return;
    if ((flags & FLAG_COMMAND) === 0) {
      this.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "data frame during the PLAIN handshake"));
      return;
    }
    if (startsWith(body, WELCOME)) {
      if (this.state !== "welcome") return this.fail(unexpected2("WELCOME"));
      if (body.length !== WELCOME.length) {
        return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_WELCOME", "PLAIN WELCOME must be empty"));
      }
      this.state = "ready";
      host.sendCommand(Buffer.concat([INITIATE, readyBody(host.properties).subarray(READY_PREFIX.length)]));
      return;
    }
    if (startsWith(body, READY_PREFIX)) {
      if (this.state !== "ready") return this.fail(unexpected2("READY"));
      const properties = parseProperties(body.subarray(READY_PREFIX.length), void 0, host.metadataLimits);
      if (properties instanceof Error) return this.fail(properties);
      this.state = "done";
      host.complete(properties);
      return;
    }
    const reason = errorReason(body);
    if (reason === null) {
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_ERROR", "malformed ERROR command"));
    }
    if (reason !== void 0) return this.fail(peerErrorCommand(reason));
    this.fail(unexpected2("an unknown"));
  }
  fail(error) {
    this.state = "done";
    this.host?.fail(error);
  }
};
var PlainServer = class {
  constructor(zap) {
    this.zap = zap;
  }
  name = "PLAIN";
  asServer = true;
  host;
  state = "hello";
  zapProperties = /* @__PURE__ */ new Map();
  start(host) {
    this.host = host;
  }
  receive(flags, body) {
    const host = this.host;
    if (host === void 0 || this.state === "done") return;
    if (this.state === "zap") {
      return this.fail(protocolError("ERR_ZMTP_UNSPECIFIED", "command received while waiting for ZAP"));
    }
    if ((flags & FLAG_COMMAND) === 0) {
      return this.fail(protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", "data frame during the PLAIN handshake"));
    }
    if (body.length <= 1 || body.length <= body[0]) {
      return this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_UNSPECIFIED", "malformed command"));
    }
    if (this.state === "hello") this.onHello(body);
    else this.onInitiate(host, body);
  }
  close() {
    this.state = "done";
    this.zap.cancel?.();
  }
  onHello(body) {
    if (!startsWith(body, HELLO)) return this.fail(unexpected2("a non-HELLO"));
    let at = HELLO.length;
    const malformed = () => this.fail(protocolError("ERR_ZMTP_MALFORMED_COMMAND_HELLO", "malformed PLAIN HELLO"));
    if (body.length < at + 1) return malformed();
    const userLength = body[at++];
    if (body.length - at < userLength + 1) return malformed();
    const username = Buffer.from(body.subarray(at, at + userLength));
    at += userLength;
    const passwordLength = body[at++];
    if (body.length - at !== passwordLength) return malformed();
    const password = Buffer.from(body.subarray(at));
    this.state = "zap";
    askZap(this.zap, "PLAIN", [username, password], (outcome) => {
      const host = this.host;
      if (this.state !== "zap" || host === void 0) return;
      const extra = settleZap(host, outcome, "fail", libzmqPlainError);
      if (extra === void 0) {
        this.state = "done";
        return;
      }
      this.zapProperties = extra;
      this.state = "initiate";
      host.sendCommand(Buffer.from(WELCOME));
    });
  }
  onInitiate(host, body) {
    if (!startsWith(body, INITIATE)) return this.fail(unexpected2("a non-INITIATE"));
    const properties = parseProperties(body.subarray(INITIATE.length), void 0, host.metadataLimits);
    if (properties instanceof Error) return this.fail(properties);
    const refused = peerSocketTypeError(host.socketType, properties);
    if (refused) return this.fail(refused);
    this.state = "done";
    host.sendCommand(readyBody(host.properties));
    for (const [name, value] of this.zapProperties) properties.set(name, value);
    host.complete(properties);
  }
  fail(error) {
    this.state = "done";
    this.host?.fail(error);
  }
};
function unexpected2(what) {
  return protocolError("ERR_ZMTP_UNEXPECTED_COMMAND", `unexpected ${what} command during the PLAIN handshake`);
}

// src/zmtp/z85.ts
var ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";
var DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
function z85Encode(data) {
  if (data.length % 4 !== 0) throw new RangeError("Z85 input length must be a multiple of 4");
  let text2 = "";
  for (let at = 0; at < data.length; at += 4) {
    let value = (data[at] << 24 | data[at + 1] << 16 | data[at + 2] << 8 | data[at + 3]) >>> 0;
    const chunk = new Array(5);
    for (let i = 4; i >= 0; i--) {
      chunk[i] = ALPHABET[value % 85];
      value = Math.floor(value / 85);
    }
    text2 += chunk.join("");
  }
  return text2;
}
function z85Decode(text2) {
  if (text2.length % 5 !== 0) return void 0;
  const out = new Uint8Array(text2.length / 5 * 4);
  for (let at = 0, o = 0; at < text2.length; at += 5, o += 4) {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const code = text2.charCodeAt(at + i);
      const digit = code < 128 ? DECODE[code] : -1;
      if (digit < 0) return void 0;
      value = value * 85 + digit;
    }
    if (value > 4294967295) return void 0;
    out[o] = value >>> 24;
    out[o + 1] = value >>> 16 & 255;
    out[o + 2] = value >>> 8 & 255;
    out[o + 3] = value & 255;
  }
  return out;
}

// src/sockets/security.ts
function coerceCurveKey(value) {
  if (typeof value !== "string" && !Buffer.isBuffer(value) && value !== null) {
    throw new TypeError("Option value must be a string or buffer");
  }
  if (Buffer.isBuffer(value) && value.length === 32) return Buffer.from(value);
  if (value !== null) {
    let text2 = typeof value === "string" ? value : value.toString("latin1");
    if (text2.length === 41 && text2.endsWith("\0")) text2 = text2.slice(0, 40);
    const key = text2.length === 40 ? z85Decode(text2) : void 0;
    if (key !== void 0) return Buffer.from(key);
  }
  throw zmqError("EINVAL");
}
function applySecurityOption(state, name, value) {
  switch (name) {
    case "plainServer":
      state.asServer = value === true;
      state.mechanism = value === true ? "plain" : "null";
      return;
    case "curveServer":
      state.asServer = value === true;
      state.mechanism = value === true ? "curve" : "null";
      return;
    case "plainUsername":
    case "plainPassword":
      if (value === null) {
        state.mechanism = "null";
      } else {
        if (Buffer.byteLength(value, "utf8") > 255) throw zmqError("EINVAL");
        state.asServer = false;
        state.mechanism = "plain";
      }
      return;
    case "curvePublicKey":
    case "curveSecretKey":
    case "curveServerKey":
      state.mechanism = "curve";
      return;
  }
}
function readSecurityOption(state, name) {
  switch (name) {
    case "securityMechanism":
      return state.mechanism === "null" ? null : state.mechanism;
    case "plainServer":
      return state.asServer && state.mechanism === "plain";
    case "curveServer":
      return state.asServer && state.mechanism === "curve";
    default:
      return void 0;
  }
}
var ZERO_KEY = Buffer.alloc(32);
function createMechanism(state, options, zap) {
  if (state.mechanism === "plain") {
    if (state.asServer) return new PlainServer(zap());
    return new PlainClient(utf8(options.plainUsername), utf8(options.plainPassword));
  }
  if (state.mechanism === "curve") {
    const secretKey = options.curveSecretKey ?? ZERO_KEY;
    if (state.asServer) return new CurveServer(secretKey, zap());
    const publicKey = options.curvePublicKey ?? Buffer.from(publicKeyOf(secretKey));
    return new CurveClient(options.curveServerKey ?? ZERO_KEY, publicKey, secretKey);
  }
  return new NullMechanism(typeof options.zapDomain === "string" && options.zapDomain !== "" ? zap() : void 0);
}
function utf8(value) {
  return typeof value === "string" ? Buffer.from(value, "utf8") : Buffer.alloc(0);
}

// src/sockets/handshake-errors.ts
var AUTH_MESSAGES2 = {
  300: "Temporary error",
  400: "Authentication failure",
  500: "Internal error"
};
function handshakeEventError(address, error) {
  if (error?.kind === "protocol") {
    const message = error.code.startsWith("ERR_ZAP_") ? "ZAP protocol error" : "ZMTP protocol error";
    const proto = new Error(message, { cause: error });
    proto.code = error.code;
    return { type: "handshake:error:protocol", address, error: proto };
  }
  if (error?.kind === "auth" && error.status !== void 0 && AUTH_MESSAGES2[error.status] !== void 0) {
    const auth = new Error(AUTH_MESSAGES2[error.status], { cause: error });
    auth.status = error.status;
    return { type: "handshake:error:auth", address, error: auth };
  }
  if (error?.code === "EFAULT") {
    return { type: "handshake:error:other", address, error: zmqError("EFAULT") };
  }
  const other = error ?? zmqError("ECONNRESET", "Connection reset by peer");
  if (other.errno === void 0) other.errno = 0;
  return { type: "handshake:error:other", address, error: other };
}

// src/sockets/zap-client.ts
var ZAP_ENDPOINT = "zeromq.zap.01";
function inprocZapClient(registry, options) {
  let current2;
  const cancel = () => {
    const link2 = current2;
    current2 = void 0;
    link2?.close(0);
  };
  return {
    domain: options.domain,
    enforceDomain: options.enforceDomain,
    cancel,
    request(mechanism, credentials) {
      const frames = [
        Buffer.alloc(0),
        Buffer.from("1.0"),
        Buffer.from("1"),
        Buffer.from(options.domain, "utf8"),
        Buffer.from(options.address, "latin1"),
        options.routingId,
        Buffer.from(mechanism),
        ...credentials
      ];
      let settle;
      const reply = new Promise((resolve, reject) => settle = { resolve, reject });
      let opened = false;
      const connection = registry.connect(ZAP_ENDPOINT, {
        socketType: "DEALER",
        identity: Buffer.alloc(0),
        open(link2) {
          opened = true;
          current2 = link2;
          const finish = (result) => {
            const pending2 = settle;
            settle = void 0;
            if (current2 === link2) cancel();
            if (pending2 === void 0) return;
            if (result instanceof Error) pending2.reject(result);
            else pending2.resolve(result);
          };
          return {
            onReady: () => link2.send(frames),
            onMessage: (parts) => finish(parts),
            onSubscribe: () => {
            },
            onCancel: () => {
            },
            onDrain: () => {
            },
            onClose: () => finish(new Error("ZAP handler went away"))
          };
        }
      });
      if (!opened) {
        connection.cancel();
        return void 0;
      }
      return reply;
    }
  };
}

// src/sockets/core.ts
var EMPTY7 = Buffer.alloc(0);
var RESOLVED = Promise.resolve();
var MAX_SYNC_OPERATIONS = 512;
var SocketCore = class {
  constructor(type, context2) {
    this.type = type;
    this.context = context2;
    const entry = SOCKET_TYPES.get(type);
    if (entry === void 0) throw zmqError("EINVAL");
    this.typeName = entry.name;
    this.options = { ...defaultOptions() };
    this.options.type = type;
    this.options.threadSafe = entry.threadSafe === true;
    if (entry.linger !== void 0) this.options.linger = entry.linger;
    if (type === 2 /* Subscriber */ || type === 10 /* XSubscriber */) this.options.linger = 0;
    if (contextOption(context2, "blocky") === false) this.options.linger = 0;
    this.options.ipv6 = contextOption(context2, "ipv6") === true;
    this.behavior = entry.create(this);
    this.exitRef = trackOpen(this);
  }
  options;
  /** Current mechanism and role, switched by the PLAIN/CURVE options as in libzmq. */
  security = { mechanism: "null", asServer: false };
  routingIdBytes = EMPTY7;
  behavior;
  typeName;
  closed = false;
  /** bind/unbind operations in flight: every other method throws EBUSY meanwhile. */
  blocked = 0;
  /** Set once bind/connect happened (options then warn that they apply to later endpoints only). */
  endpointsUsed = false;
  closeRequested = false;
  bound = /* @__PURE__ */ new Map();
  connected = /* @__PURE__ */ new Map();
  pipes = /* @__PURE__ */ new Set();
  attachedPipes = /* @__PURE__ */ new WeakSet();
  links = /* @__PURE__ */ new Set();
  /** Links flushing their last messages after close(): they keep the process alive, as libzmq's linger does. */
  lingering = /* @__PURE__ */ new Set();
  sinks = [];
  sendWaiter;
  receiveWaiter;
  syncOperations = 0;
  lastSendAttempt = false;
  lastReceiveAttempt = false;
  lastMetadataLimits;
  exitRef;
  // ---- events
  attachObserver(sink) {
    this.sinks.push(sink);
  }
  emit(event2) {
    for (const sink of this.sinks) sink(event2);
  }
  // ---- SocketHost
  wakeReader() {
    const waiter = this.receiveWaiter;
    if (waiter === void 0) return;
    let frames;
    try {
      frames = this.behavior.receive();
    } catch (error) {
      this.receiveWaiter = void 0;
      waiter.reject(error);
      return;
    }
    if (frames !== void 0) {
      this.receiveWaiter = void 0;
      waiter.resolve(frames);
      if (this.sendWaiter !== void 0) this.wakeWriter();
    }
  }
  wakeWriter() {
    const pending2 = this.sendWaiter;
    if (pending2 === void 0) return;
    let queued;
    try {
      queued = this.behavior.send(pending2.frames, pending2.options);
    } catch (error) {
      this.sendWaiter = void 0;
      pending2.waiter.reject(error);
      return;
    }
    if (queued) {
      this.sendWaiter = void 0;
      pending2.waiter.resolve();
      if (this.receiveWaiter !== void 0) this.wakeReader();
    }
  }
  // ---- send / receive
  get sendPending() {
    return this.sendWaiter !== void 0;
  }
  get receivePending() {
    return this.receiveWaiter !== void 0;
  }
  /** `options`: the per-message options of draft sockets (`{ routingId }`, `{ group }`), validated by their class. */
  send(message, options) {
    const frames = toFrames(message);
    try {
      if (this.behavior.send(frames, options)) {
        if (this.receiveWaiter !== void 0) this.wakeReader();
        if (!this.yieldDue()) return RESOLVED;
        return new Promise((resolve) => afterIO(resolve));
      }
    } catch (error) {
      return Promise.reject(error);
    }
    const timeout = this.options.sendTimeout;
    if (timeout === 0) return Promise.reject(zmqError("EAGAIN"));
    const waiter = new Waiter(timeout, () => {
      if (this.sendWaiter?.waiter === waiter) this.sendWaiter = void 0;
      return this.lastAttempt(frames, options, waiter);
    });
    this.sendWaiter = { waiter, frames, options };
    return waiter.promise;
  }
  /**
   * As zeromq.js: after 512 sends and receives resolved at once, the next one resolves from setImmediate, so I/O
   * (and peers in this process) get a turn.
   */
  yieldDue() {
    if (++this.syncOperations < MAX_SYNC_OPERATIONS) return false;
    this.syncOperations = 0;
    return true;
  }
  get sendMayWait() {
    return !this.lastSendAttempt && this.options.sendTimeout !== 0;
  }
  get receiveMayWait() {
    return !this.lastReceiveAttempt && this.options.receiveTimeout !== 0;
  }
  /**
   * At a send timeout, and on close, zeromq.js tries once more without waiting and reports why that failed
   * (EHOSTUNREACH, EFSM...).
   */
  lastAttempt(frames, options, waiter) {
    this.lastSendAttempt = true;
    try {
      if (this.behavior.send(frames, options)) waiter.resolve();
      return void 0;
    } catch (error) {
      return error;
    } finally {
      this.lastSendAttempt = false;
    }
  }
  /** The same for a receive: its error (EFSM, ENOTSUP), or undefined (EAGAIN, or resolved with a message). */
  lastReceive(waiter) {
    this.lastReceiveAttempt = true;
    try {
      const frames = this.behavior.receive();
      if (frames !== void 0) waiter.resolve(frames);
      return void 0;
    } catch (error) {
      return error;
    } finally {
      this.lastReceiveAttempt = false;
    }
  }
  /** A message ready now, or undefined; throws what the socket type's receive throws (EFSM, ENOTSUP). */
  receiveNow() {
    const frames = this.behavior.receive();
    if (frames !== void 0 && this.sendWaiter !== void 0) this.wakeWriter();
    return frames;
  }
  receive() {
    try {
      const frames = this.receiveNow();
      if (frames !== void 0) {
        if (!this.yieldDue()) return Promise.resolve(frames);
        return new Promise((resolve) => afterIO(() => resolve(frames)));
      }
    } catch (error) {
      return Promise.reject(error);
    }
    return this.waitForMessage();
  }
  /** Wait for the next message (none is ready now): with receiveTimeout 0, the error of one more try, or EAGAIN. */
  waitForMessage() {
    const timeout = this.options.receiveTimeout;
    if (timeout === 0) return Promise.reject(zmqError("EAGAIN"));
    const waiter = new Waiter(timeout, () => {
      if (this.receiveWaiter === waiter) this.receiveWaiter = void 0;
      return this.lastReceive(waiter);
    });
    this.receiveWaiter = waiter;
    return waiter.promise;
  }
  // ---- pipes and links
  newPipe(address, connectSide) {
    const pipe = new Pipe(
      address,
      connectSide,
      this.options.sendHighWaterMark,
      this.options.receiveHighWaterMark,
      this.options.conflate === true
    );
    this.pipes.add(pipe);
    return pipe;
  }
  attach(pipe) {
    if (this.attachedPipes.has(pipe)) return;
    this.attachedPipes.add(pipe);
    this.behavior.attach(pipe);
  }
  detach(pipe) {
    if (!this.attachedPipes.has(pipe)) return;
    this.attachedPipes.delete(pipe);
    this.behavior.detach(pipe);
  }
  /** Remove a pipe for good (bind side on disconnect; connect side on disconnect()/close()). */
  destroyPipe(pipe) {
    pipe.dead = true;
    this.pipes.delete(pipe);
    this.detach(pipe);
  }
  /** For `PipeLinkHandler`: the link of `pipe` completed its handshake. */
  linkReady(pipe, link2, peer, address) {
    if (this.closed) return;
    pipe.attachLink(link2, peer);
    this.attach(pipe);
    this.behavior.linkReady(pipe);
    pipe.flush();
    this.emit({ type: "handshake", address });
    this.wakeWriter();
  }
  /** For `PipeLinkHandler`: the link of `pipe` is closed. */
  linkClosed(pipe, link2, address, error, ready) {
    this.links.delete(link2);
    if (this.lingering.delete(link2)) releaseProcess();
    if (pipe.link === link2) pipe.detachLink();
    if (ready) {
      this.emit(error === void 0 ? { type: "disconnect", address } : { type: "disconnect", address, error });
    } else if (!this.closed) {
      this.emitHandshakeError(address, error);
    }
  }
  emitHandshakeError(address, error) {
    this.emit(handshakeEventError(address, error));
  }
  /** Open a transport's new connection as a link of `pipe`. */
  openPeer(peer, address, pipe, onDown) {
    const handler = new PipeLinkHandler(this, pipe, address, onDown);
    const link2 = peer.open(handler, this.linkSpec(address, peer));
    handler.link = link2;
    this.links.add(link2);
    return link2;
  }
  linkSpec(address, peer) {
    const options = this.options;
    const mechanism = createMechanism(this.security, optionRecord(options), () => {
      const remote = peer.remoteAddress ?? "";
      return inprocZapClient(inprocRegistryOf(this.context), {
        domain: options.zapDomain ?? "",
        enforceDomain: options.zapEnforceDomain === true,
        address: remote.startsWith("::ffff:") ? remote.slice(7) : remote,
        routingId: this.routingIdBytes
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
        subscriptionMessages: this.behavior.acceptsSubscriptionMessages
      }
    };
  }
  /** One limits object for every link while the options stay the same (a session keeps it). */
  metadataLimits() {
    const { maxMetadataSize: maxBytes, maxMetadataProperties: maxProperties } = this.options;
    const last = this.lastMetadataLimits;
    if (last !== void 0 && last.maxBytes === maxBytes && last.maxProperties === maxProperties) return last;
    this.lastMetadataLimits = { maxBytes, maxProperties };
    return this.lastMetadataLimits;
  }
  transportContext() {
    return {
      options: this.options,
      socketType: this.typeName,
      identity: this.routingIdBytes,
      mechanism: this.security.mechanism.toUpperCase(),
      scope: this.context
    };
  }
  // ---- bind / unbind
  async bind(address) {
    this.endpointsUsed = true;
    let endpoint;
    try {
      endpoint = parseEndpoint(address, "bind");
    } catch (error) {
      throw withAddress(error, address);
    }
    const transport = transportOf(endpoint.transport);
    if (transport.supports?.(this.typeName, "bind") === false) throw zmqError("ENOCOMPATPROTO", void 0, address);
    const entry = { address, transport, resolved: address, links: /* @__PURE__ */ new Set() };
    const context2 = {
      ...this.transportContext(),
      accepted: (peer) => this.accept(peer, entry)
    };
    let listener;
    try {
      listener = await transport.listen(endpoint, context2);
    } catch (error) {
      const failure = withAddress(error, address);
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
  accept(peer, entry) {
    if (this.closed) {
      peer.refuse();
      return;
    }
    const address = entry.resolved;
    if (entry.transport.monitored) this.emit({ type: "accept", address });
    const pipe = this.newPipe(address, false);
    const link2 = this.openPeer(peer, address, pipe, (down) => {
      entry.links.delete(down);
      this.destroyPipe(pipe);
    });
    entry.links.add(link2);
  }
  async unbind(address) {
    endpointScheme(address);
    const entry = this.bound.get(address);
    if (entry === void 0) throw zmqError("ENOENT", void 0, address);
    this.bound.delete(entry.address);
    this.bound.delete(entry.resolved);
    for (const link2 of entry.links) link2.close(0);
    if (entry.listener) {
      await entry.listener.close();
      if (entry.transport.monitored) this.emit({ type: "close", address: entry.resolved });
    }
  }
  // ---- connect / disconnect
  connect(address, routingId) {
    let endpoint;
    try {
      endpoint = parseEndpoint(address, "connect");
    } catch (error) {
      throw withAddress(error, address);
    }
    const transport = transportOf(endpoint.transport);
    if (transport.supports?.(this.typeName, "connect") === false) throw zmqError("ENOCOMPATPROTO", void 0, address);
    this.endpointsUsed = true;
    const pipe = this.newPipe(address, true);
    const preset = transport.presetPeer?.(address);
    if (preset !== void 0) pipe.peer = preset;
    if (routingId !== void 0) this.behavior.setConnectRoutingId?.(pipe, routingId);
    const entry = { address, pipe, stopped: false };
    const list = this.connected.get(address) ?? [];
    list.push(entry);
    this.connected.set(address, list);
    if ((this.behavior.earlyAttach || routingId !== void 0) && this.options.immediate !== true) this.attach(pipe);
    const monitored = transport.monitored;
    const context2 = {
      ...this.transportContext(),
      connected: (peer) => {
        if (entry.stopped && !entry.lingering) {
          peer.refuse();
          return;
        }
        if (monitored) this.emit({ type: "connect", address });
        const link2 = this.openPeer(peer, address, pipe, (_link, error, ready) => {
          entry.pending = void 0;
          this.connectionLost(entry, error, ready);
        });
        entry.pending = link2;
        if (entry.lingering) this.handOver(entry, link2, this.options.linger);
      },
      connectDelayed: () => {
        if (monitored) this.emit({ type: "connect:delay", address });
      },
      connectRetried: (interval) => {
        if (monitored) this.emit({ type: "connect:retry", address, interval });
      }
    };
    entry.connecter = transport.connect(endpoint, context2);
  }
  connectionLost(entry, error, ready) {
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
  disconnect(address) {
    endpointScheme(address);
    const list = this.connected.get(address);
    if (list === void 0) throw zmqError("ENOENT", void 0, address);
    this.connected.delete(address);
    for (const entry of list) this.stopEndpoint(entry, 0);
  }
  stopEndpoint(entry, linger) {
    entry.stopped = true;
    const pipe = entry.pipe;
    const link2 = pipe.link ?? entry.pending;
    if (link2 === void 0 && linger !== 0 && pipe.outbound.length > 0 && entry.connecter?.retries === true) {
      entry.lingering = true;
      holdProcess();
      if (linger > 0) backgroundTimeout(() => this.endLinger(entry), linger);
      return;
    }
    entry.connecter?.close();
    if (link2 !== void 0) this.handOver(entry, link2, linger);
    pipe.outbound.clear();
    this.destroyPipe(pipe);
  }
  /** Give a link everything still queued for it, then close it with `linger`. */
  handOver(entry, link2, linger) {
    this.sendQueued(entry.pipe, link2, linger);
    this.closeLink(link2, linger);
    if (entry.lingering) this.endLinger(entry);
  }
  /** Move a pipe's queued messages to its link before closing (dropped with linger 0). */
  sendQueued(pipe, link2, linger) {
    if (linger !== 0) for (const frames of pipe.outbound) link2.send(frames);
    pipe.outbound.clear();
  }
  closeLink(link2, linger) {
    if (linger !== 0 && this.closed && this.links.has(link2) && !this.lingering.has(link2)) {
      this.lingering.add(link2);
      holdProcess();
    }
    link2.close(linger);
  }
  endLinger(entry) {
    if (!entry.lingering) return;
    entry.lingering = false;
    releaseProcess();
    entry.connecter?.close();
    entry.pipe.outbound.clear();
    this.destroyPipe(entry.pipe);
  }
  // ---- options that act on live pipes
  optionChanged(name) {
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
  close() {
    if (this.closed) return;
    if (this.blocked > 0) {
      this.closeRequested = true;
      return;
    }
    this.closed = true;
    untrack(this.exitRef);
    const linger = this.options.linger;
    const send = this.sendWaiter;
    this.sendWaiter = void 0;
    send?.waiter.reject(this.lastAttempt(send.frames, send.options, send.waiter) ?? zmqError("EAGAIN"));
    const receive = this.receiveWaiter;
    this.receiveWaiter = void 0;
    if (receive !== void 0) receive.reject(this.lastReceive(receive) ?? zmqError("EAGAIN"));
    const listeners = new Set(this.bound.values());
    this.bound.clear();
    for (const entry of listeners) {
      if (entry.transport.monitored) this.emit({ type: "close", address: entry.resolved });
      void entry.listener?.close().catch(() => {
      });
    }
    for (const list of this.connected.values()) for (const entry of list) this.stopEndpoint(entry, linger);
    this.connected.clear();
    for (const pipe of this.pipes) if (pipe.link !== void 0) this.sendQueued(pipe, pipe.link, linger);
    for (const link2 of [...this.links]) this.closeLink(link2, linger);
    this.emit({ type: "end" });
  }
  get hasQueued() {
    for (const pipe of this.pipes) if (pipe.outbound.length > 0) return true;
    return false;
  }
  get linger() {
    return this.options.linger;
  }
  get blocky() {
    return contextOption(this.context, "blocky") === true;
  }
  /** A bind/unbind finished: run a close() requested meanwhile. */
  unblock() {
    this.blocked--;
    if (this.blocked === 0 && this.closeRequested) this.close();
  }
};
var defaults;
function defaultOptions() {
  if (defaults === void 0) {
    const values2 = {};
    for (const spec of [...COMMON_OPTIONS, ...WRITABLE_OPTIONS, ...READABLE_OPTIONS])
      values2[spec.name] = spec.defaultValue;
    defaults = values2;
  }
  return defaults;
}
function withAddress(error, address) {
  const failure = error;
  if (failure && typeof failure === "object" && failure.address === void 0) failure.address = address;
  return failure;
}
var PipeLinkHandler = class {
  constructor(core, pipe, address, onDown) {
    this.core = core;
    this.pipe = pipe;
    this.address = address;
    this.onDown = onDown;
  }
  link;
  onReady(peer) {
    if (this.link !== void 0) this.core.linkReady(this.pipe, this.link, peer, this.address);
  }
  onMessage(frames) {
    this.core.behavior.onMessage(this.pipe, frames);
  }
  onSubscribe(topic) {
    this.core.behavior.onSubscribe(this.pipe, topic);
  }
  onCancel(topic) {
    this.core.behavior.onCancel(this.pipe, topic);
  }
  onCommand(name, data) {
    this.core.behavior.onCommand(this.pipe, name, data);
  }
  onDrain() {
    const pipe = this.pipe;
    if (pipe.link !== this.link) return;
    pipe.flush();
    this.core.behavior.onWritable(pipe);
  }
  onClose(error, ready) {
    const link2 = this.link;
    if (link2 === void 0) return;
    this.core.linkClosed(this.pipe, link2, this.address, error, ready);
    this.onDown(link2, error, ready);
  }
};

// src/sockets/socket.ts
var coreOfSocket;
var DONE = Object.freeze({ value: void 0, done: true });
var observers = /* @__PURE__ */ new WeakMap();
function coreOf(socket) {
  return coreOfSocket(socket);
}
function busyReading() {
  return zmqError("EBUSY", "Socket is busy reading; only one receive operation may be in progress at any time");
}
function sendMessage(socket, message, options) {
  const core = usable(socket);
  if (core.sendPending) {
    throw zmqError("EBUSY", "Socket is busy writing; only one send operation may be in progress at any time");
  }
  return core.send(message, options);
}
function usable(socket) {
  const core = coreOf(socket);
  if (core.closed) throw zmqError("EBADF");
  if (core.blocked > 0) throw zmqError("EBUSY", "Socket is blocked by a bind or unbind operation");
  return core;
}
var Socket = class {
  /** A private field, not a WeakMap lookup: every send and receive goes through it. */
  #core;
  static {
    coreOfSocket = (socket) => {
      if (typeof socket !== "object" || socket === null || !(#core in socket)) throw new TypeError("Not a socket");
      return socket.#core;
    };
  }
  constructor(type, options) {
    if (arguments.length > 2) throw new TypeError("Expected 2 arguments");
    if (typeof type !== "number") throw new TypeError("Socket type must be a number");
    if (options !== void 0 && (typeof options !== "object" || options === null)) {
      throw new TypeError("Options must be an object");
    }
    const { context: context2 = context, ...rest } = options ?? {};
    if (!(context2 instanceof Context)) throw zmqError("EINVAL");
    const core = new SocketCore(type, context2);
    this.#core = core;
    registerObservable(this, core);
    Object.seal(this);
    for (const [name, value] of Object.entries(rest)) this[name] = value;
  }
  get events() {
    let observer = observers.get(this);
    if (observer === void 0) {
      if (coreOf(this).closed) throw zmqError("ENOTSOCK");
      observer = new Observer(this);
      observers.set(this, observer);
    }
    return observer;
  }
  get context() {
    return coreOf(this).context;
  }
  get closed() {
    return coreOf(this).closed;
  }
  get readable() {
    const core = coreOf(this);
    return !core.closed && core.behavior.readable;
  }
  get writable() {
    const core = coreOf(this);
    return !core.closed && core.behavior.writable;
  }
  bind(address) {
    const core = usable(this);
    core.blocked++;
    return core.bind(address).finally(() => core.unblock());
  }
  unbind(address) {
    const core = usable(this);
    core.blocked++;
    return core.unbind(address).finally(() => core.unblock());
  }
  /** Starts the bind and returns at once; a failure is reported as a `bind:error` event. */
  bindSync(address) {
    const core = usable(this);
    core.bind(address).catch(() => {
    });
  }
  unbindSync(address) {
    const core = usable(this);
    core.unbind(address).catch(() => {
    });
  }
  connect(address) {
    usable(this).connect(address);
  }
  disconnect(address) {
    usable(this).disconnect(address);
  }
  close() {
    coreOf(this).close();
  }
  send(message) {
    return sendMessage(this, message);
  }
  receive() {
    const core = usable(this);
    if (core.receivePending) throw busyReading();
    return core.receive();
  }
  /**
   * `for await (const message of socket)`: ends when the socket closes; breaking out does not close it. Written by
   * hand rather than as an async generator: one promise per message instead of several (it is on the hot path).
   */
  [Symbol.asyncIterator]() {
    const core = coreOf(this);
    const receive = () => {
      if (core.closed) return Promise.resolve(DONE);
      if (core.receivePending) throw busyReading();
      let ready;
      try {
        ready = core.receiveNow();
      } catch (error) {
        return Promise.reject(error);
      }
      if (ready !== void 0) return Promise.resolve({ value: ready, done: false });
      return core.waitForMessage().then(
        (value) => ({ value, done: false }),
        (error) => {
          if (core.closed && (error.code === "EAGAIN" || error.code === "EBADF")) return DONE;
          throw error;
        }
      );
    };
    return { next: receive, return: () => Promise.resolve(DONE) };
  }
  getBoolOption(id) {
    return readById(this, id);
  }
  setBoolOption(id, value) {
    writeById(this, id, value);
  }
  getInt32Option(id) {
    return readById(this, id);
  }
  setInt32Option(id, value) {
    writeById(this, id, value);
  }
  getUint32Option(id) {
    return readById(this, id);
  }
  setUint32Option(id, value) {
    writeById(this, id, value);
  }
  getInt64Option(id) {
    return readById(this, id);
  }
  setInt64Option(id, value) {
    writeById(this, id, value);
  }
  getUint64Option(id) {
    return readById(this, id);
  }
  setUint64Option(id, value) {
    writeById(this, id, value);
  }
  getStringOption(id) {
    return readById(this, id);
  }
  setStringOption(id, value) {
    writeById(this, id, value);
  }
};
var specsById = /* @__PURE__ */ new Map();
function readById(socket, id) {
  const spec = specsById.get(id);
  if (spec === void 0) throw zmqError("EINVAL");
  return readOption(socket, spec);
}
function writeById(socket, id, value) {
  const spec = specsById.get(id);
  if (spec === void 0) throw zmqError("EINVAL");
  writeOption(socket, spec, value);
}
function readOption(socket, spec) {
  const core = coreOf(socket);
  if (core.closed) throw zmqError("ENOTSOCK");
  if (spec.rules?.unavailable || spec.rules?.writeOnlyInLibzmq) throw zmqError("EINVAL");
  const security = readSecurityOption(core.security, spec.name);
  if (security !== void 0) return security;
  const values2 = optionRecord(core.options);
  return spec.name in values2 ? values2[spec.name] : spec.defaultValue;
}
function writeOption(socket, spec, value) {
  const core = coreOf(socket);
  if (core.closed) throw zmqError("ENOTSOCK");
  const coerced = spec.rules?.curveKey ? coerceCurveKey(value) : coerceOption(spec, value);
  applySecurityOption(core.security, spec.name, coerced);
  if (spec.name === "routingId") {
    const routingId = Buffer.isBuffer(value) ? value : Buffer.from(coerced, "utf8");
    if (routingId.length > 255) throw zmqError("EINVAL");
    core.routingIdBytes = routingId;
  }
  optionRecord(core.options)[spec.name] = coerced;
  if (core.endpointsUsed && !LIVE_OPTIONS.has(spec.name)) {
    emitWarning("Socket option will not take effect until next connect/bind.");
  }
  core.optionChanged(spec.name);
}
function defineOptions(prototype, specs) {
  for (const spec of specs) {
    specsById.set(spec.id, spec);
    const descriptor = { configurable: true, enumerable: true };
    if (spec.access !== "w") {
      descriptor.get = function() {
        return readOption(this, spec);
      };
    }
    if (spec.access !== "r") {
      descriptor.set = function(value) {
        writeOption(this, spec, value);
      };
    }
    Object.defineProperty(prototype, spec.name, descriptor);
  }
}
function changeGroup(socket, change, value) {
  const behavior = usable(socket).behavior;
  const group = groupBytes(value);
  if (behavior[change] === void 0) throw zmqError("ENOTSUP");
  behavior[change](group);
}
var groupMethods = {
  join(...groups) {
    for (const group of groups) changeGroup(this, "join", group);
  },
  leave(...groups) {
    for (const group of groups) changeGroup(this, "leave", group);
  }
};
for (const [name, value] of Object.entries(groupMethods)) {
  Object.defineProperty(Socket.prototype, name, { value, writable: true, configurable: true });
}
defineOptions(Socket.prototype, COMMON_OPTIONS);

// src/sockets/proxy.ts
var Proxy2 = class {
  frontEnd;
  backEnd;
  #state = "idle";
  #resume = void 0;
  #resumed = Promise.resolve();
  constructor(frontEnd, backEnd) {
    if (arguments.length > 2) throw new TypeError("Expected 2 arguments");
    if (typeof frontEnd !== "object" || frontEnd === null) throw new TypeError("Front-end must be a socket object");
    if (typeof backEnd !== "object" || backEnd === null) throw new TypeError("Back-end must be a socket object");
    if (!(frontEnd instanceof Socket) || !(backEnd instanceof Socket)) throw new Error("Invalid argument");
    this.frontEnd = frontEnd;
    this.backEnd = backEnd;
    Object.seal(this);
  }
  run() {
    if (!isOpen(this.frontEnd)) throw zmqError("EINVAL", "Front-end socket must be bound or connected");
    if (!isOpen(this.backEnd)) throw zmqError("EINVAL", "Back-end socket must be bound or connected");
    if (this.#state !== "idle") throw zmqError("EBUSY");
    this.#state = "running";
    const done = Promise.all([this.#forward(this.frontEnd, this.backEnd), this.#forward(this.backEnd, this.frontEnd)]);
    return done.then(() => {
      this.#state = "terminated";
      this.frontEnd.close();
      this.backEnd.close();
    });
  }
  pause() {
    this.#ensureRunning();
    if (this.#state === "paused") return;
    this.#state = "paused";
    this.#resumed = new Promise((resolve) => this.#resume = resolve);
  }
  resume() {
    this.#ensureRunning();
    if (this.#state !== "paused") return;
    this.#state = "running";
    this.#resume?.();
  }
  terminate() {
    this.#ensureRunning();
    this.#state = "terminated";
    this.#resume?.();
    this.frontEnd.close();
    this.backEnd.close();
  }
  #ensureRunning() {
    if (this.#state !== "running" && this.#state !== "paused") throw zmqError("EBADF");
  }
  async #forward(from, to) {
    for (; ; ) {
      if (this.#state === "terminated") return;
      let message;
      try {
        message = await from.receive();
      } catch (error) {
        if (isEnd(error)) return;
        throw error;
      }
      if (this.#state === "paused") await this.#resumed;
      if (this.#state === "terminated") return;
      try {
        await to.send(message);
      } catch (error) {
        if (isEnd(error)) return;
        throw error;
      }
    }
  }
};
function isOpen(socket) {
  const core = coreOf(socket);
  return core.endpointsUsed && !core.closed;
}
function isEnd(error) {
  const code = error.code;
  return code === "ENOTSUP" || code === "EAGAIN" || code === "EBADF";
}

// src/sockets/require-new.ts
function requireNew(constructor) {
  return new Proxy(constructor, {
    apply() {
      throw new TypeError("Class constructors cannot be invoked without 'new'");
    }
  });
}

// src/sockets/classes.ts
function install(prototype, specs, readable, writable) {
  defineOptions(prototype, [...specs, ...writable ? WRITABLE_OPTIONS : [], ...readable ? READABLE_OPTIONS : []]);
}
var Pair = class extends Socket {
  constructor(options) {
    super(0 /* Pair */, options);
  }
};
install(Pair.prototype, [], true, true);
var Publisher = class extends Socket {
  constructor(options) {
    super(1 /* Publisher */, options);
  }
};
install(Publisher.prototype, [NO_DROP, CONFLATE, INVERT_MATCHING, MAX_SUBSCRIPTIONS, MAX_TOPIC_LENGTH], false, true);
var Subscriber = class extends Socket {
  constructor(options) {
    super(2 /* Subscriber */, options);
  }
  /** Subscribe to messages whose first frame starts with any of the prefixes; no argument subscribes to all. */
  subscribe(...prefixes) {
    const behavior = optionTarget(this).behavior;
    if (prefixes.length === 0) prefixes = [""];
    for (const prefix3 of prefixes) behavior.subscribe(topicBytes(prefix3));
  }
  /** Undo one subscribe() per prefix; no argument removes the subscribe-to-all. */
  unsubscribe(...prefixes) {
    const behavior = optionTarget(this).behavior;
    if (prefixes.length === 0) prefixes = [""];
    for (const prefix3 of prefixes) behavior.unsubscribe(topicBytes(prefix3));
  }
};
install(Subscriber.prototype, [CONFLATE, INVERT_MATCHING], true, false);
function topicBytes(prefix3) {
  if (typeof prefix3 === "string") return Buffer.from(prefix3, "utf8");
  if (Buffer.isBuffer(prefix3)) return prefix3;
  throw new TypeError("Option value must be a string or buffer");
}
function optionTarget(socket) {
  const core = coreOf(socket);
  if (core.closed) throw zmqError("ENOTSOCK");
  return core;
}
var Request = class extends Socket {
  constructor(options) {
    super(3 /* Request */, options);
  }
};
install(Request.prototype, [ROUTING_ID, PROBE_ROUTER, CORRELATE, RELAXED], true, true);
var Reply = class extends Socket {
  constructor(options) {
    super(4 /* Reply */, options);
  }
};
install(Reply.prototype, [ROUTING_ID], true, true);
var Dealer = class extends Socket {
  constructor(options) {
    super(5 /* Dealer */, options);
  }
};
install(Dealer.prototype, [ROUTING_ID, PROBE_ROUTER, CONFLATE], true, true);
var Router = class extends Socket {
  constructor(options) {
    super(6 /* Router */, options);
  }
  connect(address, options = {}) {
    const core = usable(this);
    if (typeof options !== "object" || options === null) throw new TypeError("Options must be an object");
    const { routingId } = options;
    if (routingId !== void 0 && typeof routingId !== "string" && !Buffer.isBuffer(routingId)) {
      throw new TypeError("Option value must be a string or buffer");
    }
    const id = routingId === void 0 ? void 0 : Buffer.from(routingId);
    if (id !== void 0 && id.length > 255) throw zmqError("EINVAL", void 0, address);
    core.connect(address, id);
  }
};
install(Router.prototype, [ROUTING_ID, MANDATORY, PROBE_ROUTER, HANDOVER], true, true);
var Pull = class extends Socket {
  constructor(options) {
    super(7 /* Pull */, options);
  }
};
install(Pull.prototype, [CONFLATE], true, false);
var Push = class extends Socket {
  constructor(options) {
    super(8 /* Push */, options);
  }
};
install(Push.prototype, [CONFLATE], false, true);
var XPublisher = class extends Socket {
  constructor(options) {
    super(9 /* XPublisher */, options);
  }
  /** null: report first subscribe / last unsubscribe only; "allSubs": every subscribe; "allSubsUnsubs": all. */
  set verbosity(value) {
    optionTarget(this).options.verbosity = value === "allSubs" || value === "allSubsUnsubs" ? value : null;
  }
};
install(
  XPublisher.prototype,
  [NO_DROP, MANUAL, WELCOME_MESSAGE, INVERT_MATCHING, MAX_SUBSCRIPTIONS, MAX_TOPIC_LENGTH],
  true,
  true
);
var XSubscriber = class extends Socket {
  constructor(options) {
    super(10 /* XSubscriber */, options);
  }
};
install(XSubscriber.prototype, [], true, true);

// src/sockets/stream.ts
var Stream = class extends Socket {
  constructor(options) {
    super(11 /* Stream */, options);
  }
  connect(address, options = {}) {
    const core = usable(this);
    const { routingId } = options;
    if (routingId !== void 0 && typeof routingId !== "string" && !Buffer.isBuffer(routingId)) {
      throw new TypeError("Option value must be a string or buffer");
    }
    const id = routingId === void 0 ? void 0 : Buffer.from(routingId);
    if (id !== void 0 && (id.length === 0 || id.length > 255)) throw zmqError("EINVAL", void 0, address);
    core.connect(address, id);
  }
};
defineOptions(Stream.prototype, [NOTIFY, ...WRITABLE_OPTIONS, ...READABLE_OPTIONS]);

// src/info.ts
var version = "4.3.5";
var capability = {
  ipc: true,
  pgm: false,
  tipc: false,
  norm: false,
  curve: true,
  gssapi: false,
  draft: true
};
function curveKeyPair() {
  const { publicKey, secretKey } = generateKeyPair();
  const pair = { publicKey: z85Encode(publicKey), secretKey: z85Encode(secretKey) };
  secretKey.fill(0);
  return pair;
}

// src/index.ts
var Context2 = requireNew(Context);
var Socket2 = requireNew(Socket);
var Observer2 = requireNew(Observer);
var Proxy3 = requireNew(Proxy2);
export {
  Context2 as Context,
  Dealer,
  Observer2 as Observer,
  Pair,
  Proxy3 as Proxy,
  Publisher,
  Pull,
  Push,
  Reply,
  Request,
  Router,
  Socket2 as Socket,
  Stream,
  Subscriber,
  XPublisher,
  XSubscriber,
  capability,
  context,
  curveKeyPair,
  version
};
//# sourceMappingURL=index.js.map