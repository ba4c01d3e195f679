/** The libzmq version whose behaviour purezmq reproduces (zeromq.js reports its bundled libzmq's). */
export const version = "4.3.5";

/** Transports and mechanisms available, as zeromq.js's `capability`. */
export const capability: Partial<Record<"ipc" | "pgm" | "tipc" | "norm" | "curve" | "gssapi" | "draft", boolean>> = {
  ipc: true,
  pgm: false,
  tipc: false,
  norm: false,
  curve: false,
  gssapi: false,
  draft: true,
};

/** CURVE key generation; CURVE is not implemented yet (`capability.curve` is false). */
export function curveKeyPair(): { publicKey: string; secretKey: string } {
  throw new Error("CURVE security is not supported by purezmq yet (capability.curve is false)");
}
