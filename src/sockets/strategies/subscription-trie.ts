/**
 * Byte-prefix subscription trie (the role of libzmq's mtrie): each topic maps to a set of owners; a message matches
 * every owner holding a topic that is a prefix of its first frame.
 *
 * Radix (compressed) layout: an edge carries a run of bytes, so a topic costs one node plus its bytes, stored once,
 * whatever its length. Every walk is a loop: no recursion depth a peer could control by sending long topics.
 *
 * Compact nodes, since a peer may hold many thousands of topics: labels are latin1 strings (one byte per topic byte,
 * a fraction of a Buffer's overhead, and splits share the parent's characters), and the common single owner is kept
 * inline, a Set only once a second owner holds the same topic.
 */
interface Node<T> {
  /** Bytes on the edge from the parent, one char per byte (empty only for the root). */
  label: string;
  /** First byte of each child's label, ascending; parallel to `children`. */
  keys: number[] | undefined;
  children: Node<T>[] | undefined;
  /** The owner when exactly one holds this topic; NONE otherwise. */
  one: T | typeof NONE;
  /** Every owner, once two or more hold this topic. */
  many: Set<T> | undefined;
}

const NONE: unique symbol = Symbol("none");

const newNode = <T>(label: string): Node<T> => ({
  label,
  keys: undefined,
  children: undefined,
  one: NONE,
  many: undefined,
});

/** `data[at..]` as a latin1 string: the form labels take. */
function latin1(data: Uint8Array, at: number, end = data.length): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1", at, end);
}

/** Index of the child whose label starts with `byte`, or -(insertion point) - 1. */
function findChild<T>(node: Node<T>, byte: number): number {
  const keys = node.keys;
  if (keys === undefined) return -1;
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const key = keys[mid]!;
    if (key === byte) return mid;
    if (key < byte) low = mid + 1;
    else high = mid - 1;
  }
  return -low - 1;
}

/** Length of the common prefix of `label` and `data[at..]`. */
function commonLength(label: string, data: Uint8Array, at: number): number {
  const n = Math.min(label.length, data.length - at);
  let i = 0;
  while (i < n && label.charCodeAt(i) === data[at + i]) i++;
  return i;
}

function hasOwners<T>(node: Node<T>): boolean {
  return node.one !== NONE || node.many !== undefined;
}

function holdsOwner<T>(node: Node<T>, owner: T): boolean {
  return node.one === owner || node.many?.has(owner) === true;
}

function addOwner<T>(node: Node<T>, owner: T): void {
  if (node.many !== undefined) node.many.add(owner);
  else if (node.one === NONE) node.one = owner;
  else {
    node.many = new Set([node.one, owner]);
    node.one = NONE;
  }
}

/** Remove `owner` (known to be held); back to the inline form when one owner is left. */
function deleteOwner<T>(node: Node<T>, owner: T): void {
  const many = node.many;
  if (many === undefined) {
    node.one = NONE;
    return;
  }
  many.delete(owner);
  if (many.size === 1) {
    node.one = many.values().next().value as T;
    node.many = undefined;
  }
}

export class SubscriptionTrie<T> {
  private readonly root: Node<T> = newNode("");
  private size = 0;
  private readonly perOwner = new Map<T, number>();

  /** Number of (topic, owner) pairs. */
  get count(): number {
    return this.size;
  }

  /** Number of topics `owner` holds. */
  countOf(owner: T): number {
    return this.perOwner.get(owner) ?? 0;
  }

  /** Add `owner` to `topic`; true if it was not there yet (S-PUB-4: a repeat is a no-op). */
  add(topic: Uint8Array, owner: T): boolean {
    let node = this.root;
    let at = 0;
    while (at < topic.length) {
      const index = findChild(node, topic[at]!);
      if (index < 0) {
        const leaf = newNode<T>(latin1(topic, at));
        const insertAt = -index - 1;
        node.keys ??= [];
        node.children ??= [];
        node.keys.splice(insertAt, 0, topic[at]!);
        node.children.splice(insertAt, 0, leaf);
        node = leaf;
        break;
      }
      const child = node.children![index]!;
      const common = commonLength(child.label, topic, at);
      if (common < child.label.length) {
        // Split the edge: a middle node takes the shared bytes, the old child keeps the rest.
        const middle = newNode<T>(child.label.slice(0, common));
        child.label = child.label.slice(common);
        middle.keys = [child.label.charCodeAt(0)];
        middle.children = [child];
        node.children![index] = middle;
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
  remove(topic: Uint8Array, owner: T): boolean {
    const parents: Node<T>[] = [];
    const indexes: number[] = [];
    let node = this.root;
    let at = 0;
    while (at < topic.length) {
      const index = findChild(node, topic[at]!);
      if (index < 0) return false;
      const child = node.children![index]!;
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
  has(topic: Uint8Array): boolean {
    const node = this.find(topic);
    return node !== undefined && hasOwners(node);
  }

  /** True if `owner` holds `topic` exactly. */
  holds(topic: Uint8Array, owner: T): boolean {
    const node = this.find(topic);
    return node !== undefined && holdsOwner(node, owner);
  }

  /** Remove `owner` everywhere; returns the topics no owner holds any more (S-PUB-5). */
  removeOwner(owner: T): Buffer[] {
    if (this.countOf(owner) === 0) return [];
    const orphaned: Buffer[] = [];
    for (const topic of this.topics(owner)) {
      this.remove(topic, owner);
      if (!this.has(topic)) orphaned.push(topic);
    }
    return orphaned;
  }

  /** Call `visit` once for each owner holding a prefix of `data`. */
  match(data: Uint8Array, visit: (owner: T) => void): void {
    const owners: T[] = [];
    const count = this.collect(data, owners);
    for (let i = 0; i < count; i++) visit(owners[i]!);
  }

  /**
   * Every owner holding a prefix of `data`, each once, written into `out` from index 0 (entries past the returned
   * count are left as they were). For the send path: no closure and no set per message, unless topics nest.
   */
  collect(data: Uint8Array, out: T[]): number {
    let node: Node<T> = this.root;
    let at = 0;
    let count = 0;
    let matchedNodes = 0;
    let seen: Set<T> | undefined;
    for (;;) {
      if (hasOwners(node)) {
        if (matchedNodes++ === 0) {
          if (node.one !== NONE) out[count++] = node.one;
          else for (const owner of node.many!) out[count++] = owner;
        } else {
          // A second matching topic (nested subscriptions): owners already taken must not be taken twice.
          seen ??= new Set(out.slice(0, count));
          if (node.one !== NONE) {
            if (!seen.has(node.one)) {
              seen.add(node.one);
              out[count++] = node.one;
            }
          } else {
            for (const owner of node.many!) {
              if (!seen.has(owner)) {
                seen.add(owner);
                out[count++] = owner;
              }
            }
          }
        }
      }
      const next = this.step(node, data, at);
      if (next === undefined) return count;
      node = next;
      at += next.label.length;
    }
  }

  /** True if some topic is a prefix of `data`. */
  matches(data: Uint8Array): boolean {
    let node: Node<T> = this.root;
    let at = 0;
    for (;;) {
      if (hasOwners(node)) return true;
      const next = this.step(node, data, at);
      if (next === undefined) return false;
      node = next;
      at += next.label.length;
    }
  }

  /** Every topic held by `owner` (or by anyone, when omitted). Depth-first with an explicit stack. */
  topics(owner?: T): Buffer[] {
    const out: Buffer[] = [];
    const path: string[] = [];
    const stack: Array<{ node: Node<T>; depth: number }> = [{ node: this.root, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop()!;
      path.length = depth;
      path.push(node.label);
      if (owner === undefined ? hasOwners(node) : holdsOwner(node, owner)) {
        out.push(Buffer.from(path.join(""), "latin1"));
      }
      const children = node.children;
      if (children !== undefined) {
        for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1 });
      }
    }
    return out;
  }

  /** The child of `node` whose whole label matches `data` at `at`, if any. */
  private step(node: Node<T>, data: Uint8Array, at: number): Node<T> | undefined {
    if (at >= data.length) return undefined;
    const index = findChild(node, data[at]!);
    if (index < 0) return undefined;
    const child = node.children![index]!;
    const label = child.label;
    if (label.length > data.length - at) return undefined;
    for (let i = 1; i < label.length; i++) if (label.charCodeAt(i) !== data[at + i]) return undefined;
    return child;
  }

  private find(topic: Uint8Array): Node<T> | undefined {
    let node: Node<T> = this.root;
    let at = 0;
    while (at < topic.length) {
      const next = this.step(node, topic, at);
      if (next === undefined) return undefined;
      node = next;
      at += next.label.length;
    }
    return node;
  }

  /** After `node` lost its last owner: drop it if it is a leaf, and merge single-child chains left behind. */
  private compact(node: Node<T>, parents: Node<T>[], indexes: number[]): void {
    if (hasOwners(node) || parents.length === 0) return;
    const childCount = node.children?.length ?? 0;
    if (childCount === 1) {
      this.mergeWithChild(node);
      return;
    }
    if (childCount > 1) return;
    const parent = parents[parents.length - 1]!;
    const index = indexes[indexes.length - 1]!;
    parent.keys!.splice(index, 1);
    parent.children!.splice(index, 1);
    if (parent.children!.length === 0) parent.keys = parent.children = undefined;
    if (parents.length > 1 && !hasOwners(parent) && parent.children?.length === 1) this.mergeWithChild(parent);
  }

  /** Fold the only child of an owner-less, non-root node into it. */
  private mergeWithChild(node: Node<T>): void {
    const child = node.children![0]!;
    node.label = node.label + child.label;
    node.keys = child.keys;
    node.children = child.children;
    node.one = child.one;
    node.many = child.many;
  }
}
