/** The two ZeroMQ implementations under test share the zeromq v6 API, so one benchmark program serves both. */
export type ZmqImpl = "purezmq" | "zeromq";
/** The ZeroMQ implementations measured: the two above and libzmq through its C API (bench/c/zmq-endpoint.c). */
export type MqImpl = ZmqImpl | "libzmq";
/** "raw": node:net bytes ceiling; "rawmsg": node:net with every message handed out as a Buffer (see ops/raw.ts). */
export type Impl = MqImpl | "raw" | "rawmsg";
export type ZmqModule = typeof import("zeromq");

/**
 * purezmq is loaded by its package name, which resolves (package self-reference, "exports") to the built dist/,
 * i.e. the code users run. A variable specifier keeps the bundler and the type-checker from resolving it at build
 * time (dist/ may not exist yet when type-checking).
 */
export const PUREZMQ: string = "purezmq";

export async function loadZmq(impl: ZmqImpl): Promise<ZmqModule> {
  if (impl === "zeromq") return (await import("zeromq")) as ZmqModule;
  // purezmq is typed by its own declarations; its public API is the zeromq v6 contract.
  return (await import(PUREZMQ)) as ZmqModule;
}
