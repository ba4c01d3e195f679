/** The transports on OS sockets (tcp://, ipc://, udp://), on hosts that have them: "#stream-transports" outside a browser. */
export { Dialer } from "./dialer.js";
export { listen, type TransportListener } from "./listener.js";
export { openUdp, udpPeer, type UdpLink } from "./udp.js";
