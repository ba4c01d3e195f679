/** "#transports" in the browser build: inproc, and ws:// / wss:// on the page's WebSocket. */
import { zmqError } from "../errors.js";
import { pageWs, pageWss } from "./browser-ws.js";
import { inproc } from "./inproc.js";
import type { Transport } from "./transport.js";

/** tcp://, ipc:// and udp:// are known schemes a page cannot use: EPROTONOSUPPORT with a reason, at bind and connect. */
function unavailable(scheme: string): Transport {
  return {
    scheme,
    monitored: true,
    parse(address) {
      throw zmqError(
        "EPROTONOSUPPORT",
        `${scheme}:// is not available in the browser: use inproc:// or ws://`,
        address,
      );
    },
    listen: () => Promise.reject(new Error("unreachable")),
    connect: () => {
      throw new Error("unreachable");
    },
  };
}

export const TRANSPORTS: readonly Transport[] = [
  inproc,
  pageWs,
  pageWss,
  unavailable("tcp"),
  unavailable("ipc"),
  unavailable("udp"),
] as Transport[];
