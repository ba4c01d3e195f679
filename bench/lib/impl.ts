/** The two ZeroMQ implementations under test share the zeromq v6 API, so one benchmark program serves both. */
export type ZmqImpl = "purezmq" | "zeromq";
export type Impl = ZmqImpl | "raw";
export type ZmqModule = typeof import("zeromq");

export async function loadZmq(impl: ZmqImpl): Promise<ZmqModule> {
  if (impl === "zeromq") return (await import("zeromq")) as ZmqModule;
  // purezmq is typed by its own declarations; its public API is the zeromq v6 contract.
  return (await import("../../src/index.js")) as unknown as ZmqModule;
}
