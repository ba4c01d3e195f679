/** "#transports" outside a browser: every transport purezmq has. */
import { inproc } from "./inproc.js";
import { ipc } from "./ipc.js";
import { tcp } from "./tcp.js";
import type { Transport } from "./transport.js";
import { udp } from "./udp.js";
import { ws, wss } from "./ws.js";

export const TRANSPORTS: readonly Transport[] = [tcp, ipc, inproc, ws, wss, udp] as Transport[];
