interface ContextOptionSpec {
  readonly defaultValue: number | boolean;
  readonly kind: "bool" | "number";
  readonly access: "rw" | "r" | "w";
}

const CONTEXT_OPTIONS: Record<string, ContextOptionSpec> = {
  blocky: { defaultValue: true, kind: "bool", access: "rw" },
  ioThreads: { defaultValue: 1, kind: "number", access: "rw" },
  maxMessageSize: { defaultValue: 2147483647, kind: "number", access: "rw" },
  maxSockets: { defaultValue: 1023, kind: "number", access: "rw" },
  maxSocketsLimit: { defaultValue: 65535, kind: "number", access: "r" },
  ipv6: { defaultValue: false, kind: "bool", access: "rw" },
  threadPriority: { defaultValue: -1, kind: "number", access: "w" },
  threadSchedulingPolicy: { defaultValue: -1, kind: "number", access: "w" },
};

const values = new WeakMap<Context, Record<string, number | boolean>>();

/** Current value of a context option, for sockets that inherit it (ipv6). */
export function contextOption(context: Context, name: string): number | boolean | undefined {
  return values.get(context)?.[name];
}

/**
 * A ZeroMQ context (zeromq.js `Context`). There are no I/O threads to configure here; the options exist so programs
 * written for zeromq.js run unchanged, and `ipv6` is inherited by new sockets.
 */
export class Context {
  constructor(options?: Record<string, unknown>) {
    if (arguments.length > 1) throw new TypeError("Expected 1 argument");
    if (options !== undefined && (typeof options !== "object" || options === null)) {
      throw new TypeError("Options must be an object");
    }
    const state: Record<string, number | boolean> = {};
    for (const [name, spec] of Object.entries(CONTEXT_OPTIONS)) state[name] = spec.defaultValue;
    values.set(this, state);
    Object.seal(this);
    if (options) Object.assign(this, options);
  }

  protected getBoolOption(_id: number): boolean {
    return false;
  }
  protected setBoolOption(_id: number, _value: boolean): void {}
  protected getInt32Option(_id: number): number {
    return 0;
  }
  protected setInt32Option(_id: number, _value: number): void {}
}

for (const [name, spec] of Object.entries(CONTEXT_OPTIONS)) {
  const descriptor: PropertyDescriptor = { configurable: true, enumerable: true };
  if (spec.access !== "w")
    descriptor.get = function (this: Context) {
      return values.get(this)![name];
    };
  if (spec.access !== "r") {
    descriptor.set = function (this: Context, value: unknown) {
      if (spec.kind === "bool" && typeof value !== "boolean") throw new TypeError("Option value must be a boolean");
      if (spec.kind === "number" && typeof value !== "number") throw new TypeError("Option value must be a number");
      values.get(this)![name] = value as number | boolean;
    };
  }
  Object.defineProperty(Context.prototype, name, descriptor);
}

export interface Context {
  blocky: boolean;
  ioThreads: number;
  maxMessageSize: number;
  maxSockets: number;
  readonly maxSocketsLimit: number;
  ipv6: boolean;
  threadPriority: number;
  threadSchedulingPolicy: number;
}

/** The default context used by sockets created without a `context` option. */
export const context = new Context();
