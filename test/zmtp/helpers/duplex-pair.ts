import { Duplex } from "node:stream";

/** Two in-memory Duplex streams wired back to back, like a connected socket pair. */
export function duplexPair(): [Duplex, Duplex] {
  const ended = new WeakSet<Duplex>();
  const endOf = (stream: Duplex) => {
    if (ended.has(stream) || stream.destroyed) return;
    ended.add(stream);
    stream.push(null);
  };
  const make = (other: () => Duplex) =>
    new Duplex({
      read() {},
      write(chunk: Buffer, _encoding, callback) {
        if (!ended.has(other()) && !other().destroyed) other().push(chunk);
        callback();
      },
      final(callback) {
        endOf(other());
        callback();
      },
      destroy(error, callback) {
        endOf(other());
        callback(error);
      },
    });
  const a: Duplex = make(() => b);
  const b: Duplex = make(() => a);
  return [a, b];
}
