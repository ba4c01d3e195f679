const FIRST_CAPACITY = 8;
/** An emptied queue bigger than this gives its slots back, so one burst does not pin memory for good. */
const KEEP_CAPACITY = 4096;
const NO_SLOTS: never[] = [];

/**
 * FIFO on a growable ring: O(1) push/shift, no allocation per item, and no reallocation while the queue keeps
 * filling and emptying within its capacity (arrays' shift() is O(n), and truncating an array frees its storage).
 */
export class Queue<T> {
  private slots: (T | undefined)[] = NO_SLOTS;
  private head = 0;
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(item: T): void {
    if (this.size === this.slots.length) this.grow();
    this.slots[(this.head + this.size) & (this.slots.length - 1)] = item;
    this.size++;
  }

  peek(): T | undefined {
    return this.size === 0 ? undefined : this.slots[this.head];
  }

  shift(): T | undefined {
    if (this.size === 0) return undefined;
    const item = this.slots[this.head];
    this.slots[this.head] = undefined;
    this.head = (this.head + 1) & (this.slots.length - 1);
    if (--this.size === 0) {
      this.head = 0;
      if (this.slots.length > KEEP_CAPACITY) this.slots = NO_SLOTS;
    }
    return item;
  }

  clear(): void {
    this.slots = NO_SLOTS;
    this.head = 0;
    this.size = 0;
  }

  *[Symbol.iterator](): IterableIterator<T> {
    for (let i = 0; i < this.size; i++) yield this.slots[(this.head + i) & (this.slots.length - 1)] as T;
  }

  /** Double the capacity (a power of two, for the index mask), moving the items to the front. */
  private grow(): void {
    const capacity = Math.max(FIRST_CAPACITY, this.slots.length * 2);
    const slots = new Array<T | undefined>(capacity);
    for (let i = 0; i < this.size; i++) slots[i] = this.slots[(this.head + i) & (this.slots.length - 1)];
    this.slots = slots;
    this.head = 0;
  }
}
