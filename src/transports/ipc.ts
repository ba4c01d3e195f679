import { warnIfAbstractIpcPadded } from "./abstract-ipc.js";
import { parseIpc, type IpcEndpoint } from "./endpoint.js";
import { listen } from "./listener.js";
import { dialIpc } from "./net-dial.js";
import { dialingConnecter, streamPeer } from "./stream-peer.js";
import type { Transport } from "./transport.js";

/** ipc://path — ZMTP over a Unix domain socket (`@name`: Linux abstract namespace). */
export const ipc: Transport<IpcEndpoint> = {
  scheme: "ipc",
  monitored: true,
  parse: parseIpc,
  listen: (endpoint, context) => {
    if (endpoint.abstract) warnIfAbstractIpcPadded();
    return listen(endpoint, context.options, (stream) => context.accepted(streamPeer(stream)));
  },
  connect: (endpoint, context) => {
    if (endpoint.abstract) warnIfAbstractIpcPadded();
    return dialingConnecter(endpoint.address, dialIpc(endpoint.path), streamPeer, context);
  },
};
