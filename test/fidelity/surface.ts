import type { Lib } from "./zeromqjs.js";

/** Accessor properties along an object's prototype chain (nearest definition wins), as "rw <value>" strings. */
export function accessorTable(object: object): Record<string, string> {
  const table: Record<string, string> = {};
  for (
    let proto = Object.getPrototypeOf(object);
    proto !== null && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name in table) continue;
      const descriptor = Object.getOwnPropertyDescriptor(proto, name)!;
      if (descriptor.get === undefined && descriptor.set === undefined) continue;
      const access = `${descriptor.get ? "r" : ""}${descriptor.set ? "w" : ""}`;
      table[name] = descriptor.get ? `${access} ${readValue(object, name)}` : access;
    }
  }
  return table;
}

function readValue(object: object, name: string): string {
  try {
    const value = (object as Record<string, unknown>)[name];
    return typeof value === "object" && value !== null ? "<object>" : JSON.stringify(value);
  } catch (error) {
    return `throws ${(error as { code?: string }).code ?? (error as Error).message}`;
  }
}

/** Names of the methods along a class's prototype chain (symbols as their description). */
export function methodNames(cls: Lib): string[] {
  const names = new Set<string>();
  for (let proto = cls.prototype; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const key of Reflect.ownKeys(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, key)!;
      if (typeof descriptor.value === "function") names.add(typeof key === "symbol" ? key.toString() : key);
    }
  }
  return [...names].sort();
}
