/**
 * Byte-prefix subscription trie (lz:mtrie.cpp, trie.cpp): each topic maps to a set of owners; a message matches every
 * owner holding a topic that is a prefix of its first frame.
 */
interface Node<T> {
  children: Map<number, Node<T>> | undefined;
  owners: Set<T> | undefined;
}

const newNode = <T>(): Node<T> => ({ children: undefined, owners: undefined });

export class SubscriptionTrie<T> {
  private readonly root: Node<T> = newNode();
  private size = 0;

  /** Number of (topic, owner) pairs. */
  get count(): number {
    return this.size;
  }

  /** Add `owner` to `topic`; true if it was not there yet (S-PUB-4: a repeat is a no-op). */
  add(topic: Uint8Array, owner: T): boolean {
    let node = this.root;
    for (const byte of topic) {
      node.children ??= new Map();
      let child = node.children.get(byte);
      if (child === undefined) {
        child = newNode();
        node.children.set(byte, child);
      }
      node = child;
    }
    node.owners ??= new Set();
    if (node.owners.has(owner)) return false;
    node.owners.add(owner);
    this.size++;
    return true;
  }

  /** Remove `owner` from `topic`; true if it was there. */
  remove(topic: Uint8Array, owner: T): boolean {
    const path: Node<T>[] = [this.root];
    let node = this.root;
    for (const byte of topic) {
      const child = node.children?.get(byte);
      if (child === undefined) return false;
      node = child;
      path.push(node);
    }
    if (!node.owners?.delete(owner)) return false;
    this.size--;
    this.prune(path, topic);
    return true;
  }

  /** True if any owner at all holds `topic` exactly. */
  has(topic: Uint8Array): boolean {
    let node: Node<T> | undefined = this.root;
    for (const byte of topic) {
      node = node.children?.get(byte);
      if (node === undefined) return false;
    }
    return (node.owners?.size ?? 0) > 0;
  }

  /** Remove `owner` everywhere; returns the topics no owner holds any more (S-PUB-5). */
  removeOwner(owner: T): Buffer[] {
    const orphaned: Buffer[] = [];
    const walk = (node: Node<T>, prefix: number[]): void => {
      if (node.owners?.delete(owner)) {
        this.size--;
        if (node.owners.size === 0) orphaned.push(Buffer.from(prefix));
      }
      if (node.children) {
        for (const [byte, child] of node.children) {
          prefix.push(byte);
          walk(child, prefix);
          prefix.pop();
          if (child.owners?.size === 0) child.owners = undefined;
          if (child.owners === undefined && (child.children === undefined || child.children.size === 0)) {
            node.children.delete(byte);
          }
        }
      }
    };
    walk(this.root, []);
    return orphaned;
  }

  /** Call `visit` once for each owner holding a prefix of `data`. */
  match(data: Uint8Array, visit: (owner: T) => void): void {
    let node: Node<T> | undefined = this.root;
    let seen: Set<T> | undefined;
    let first: Set<T> | undefined;
    for (let i = 0; ; i++) {
      if (node.owners !== undefined && node.owners.size > 0) {
        if (first === undefined) {
          first = node.owners;
          for (const owner of node.owners) visit(owner);
        } else {
          seen ??= new Set(first);
          for (const owner of node.owners) {
            if (!seen.has(owner)) {
              seen.add(owner);
              visit(owner);
            }
          }
        }
      }
      if (i >= data.length) return;
      node = node.children?.get(data[i]!);
      if (node === undefined) return;
    }
  }

  /** True if some topic is a prefix of `data`. */
  matches(data: Uint8Array): boolean {
    let node: Node<T> | undefined = this.root;
    for (let i = 0; ; i++) {
      if (node.owners !== undefined && node.owners.size > 0) return true;
      if (i >= data.length) return false;
      node = node.children?.get(data[i]!);
      if (node === undefined) return false;
    }
  }

  /** Every topic held by `owner` (or by anyone, when omitted). */
  topics(owner?: T): Buffer[] {
    const out: Buffer[] = [];
    const walk = (node: Node<T>, prefix: number[]): void => {
      if (node.owners && (owner === undefined ? node.owners.size > 0 : node.owners.has(owner))) {
        out.push(Buffer.from(prefix));
      }
      if (node.children) {
        for (const [byte, child] of node.children) {
          prefix.push(byte);
          walk(child, prefix);
          prefix.pop();
        }
      }
    };
    walk(this.root, []);
    return out;
  }

  private prune(path: Node<T>[], topic: Uint8Array): void {
    for (let depth = path.length - 1; depth > 0; depth--) {
      const node = path[depth]!;
      if ((node.owners?.size ?? 0) > 0 || (node.children?.size ?? 0) > 0) return;
      path[depth - 1]!.children!.delete(topic[depth - 1]!);
    }
  }
}
