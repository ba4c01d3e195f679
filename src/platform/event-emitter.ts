type Listener = (...args: any[]) => void;

/** The part of node:events' EventEmitter that Observer's emitter mode exposes, for pages. */
export class EventEmitter {
  #listeners = new Map<string | symbol, Listener[]>();

  on(type: string | symbol, listener: Listener): this {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
    return this;
  }

  addListener(type: string | symbol, listener: Listener): this {
    return this.on(type, listener);
  }

  once(type: string | symbol, listener: Listener): this {
    const wrapper: Listener = (...args) => {
      this.off(type, wrapper);
      listener(...args);
    };
    return this.on(type, wrapper);
  }

  off(type: string | symbol, listener: Listener): this {
    const list = this.#listeners.get(type);
    const at = list?.lastIndexOf(listener) ?? -1;
    if (at >= 0)
      this.#listeners.set(
        type,
        list!.filter((_, index) => index !== at),
      );
    return this;
  }

  removeListener(type: string | symbol, listener: Listener): this {
    return this.off(type, listener);
  }

  removeAllListeners(type?: string | symbol): this {
    if (type === undefined) this.#listeners.clear();
    else this.#listeners.delete(type);
    return this;
  }

  emit(type: string | symbol, ...args: unknown[]): boolean {
    const list = this.#listeners.get(type);
    if (list === undefined || list.length === 0) return false;
    for (const listener of list) listener(...args);
    return true;
  }

  listenerCount(type: string | symbol): number {
    return this.#listeners.get(type)?.length ?? 0;
  }
}
