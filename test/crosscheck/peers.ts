import * as purezmq from "../../src/index.js";
import { zeromqjs, type Lib } from "../fidelity/zeromqjs.js";

export { zeromqjs };
export const LIBRARIES = { purezmq: purezmq as Lib, "zeromq.js": zeromqjs as Lib } as const;
export type LibraryName = keyof typeof LIBRARIES;

/** Sockets of both libraries created by one test, closed with linger 0 afterwards. */
export class Peers {
  private readonly open: Lib[] = [];

  make(library: LibraryName, kind: string, options: Record<string, unknown> = {}): Lib {
    const lib = LIBRARIES[library];
    const bounded = "receiveTimeout" in lib[kind].prototype ? { receiveTimeout: 5000 } : {};
    const socket = new lib[kind]({ linger: 0, ...bounded, ...options });
    this.open.push(socket);
    return socket;
  }

  closeAll(): void {
    for (const socket of this.open.splice(0)) if (!socket.closed) socket.close();
  }
}

export const text = (frames: Buffer[]): string[] => frames.map((frame) => frame.toString());

/** Repeat `attempt` until it yields a value (for joins that no event reports, e.g. a subscription reaching a PUB). */
export async function retry<T>(attempt: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("peer did not become ready in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
