/** The byte-stream transports (tcp://, ipc://) on hosts that have sockets: "#stream-transports" outside a browser. */
export { Dialer } from "./dialer.js";
export { listen, type TransportListener } from "./listener.js";
