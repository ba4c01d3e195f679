import { zmqError } from "../errors.js";
import { BrowserMessageSocket, openPageWebSocket, type PageWebSocket } from "./browser-websocket.js";
import type { DialAttempt } from "./dialer.js";
import { nodeClock } from "./node-clock.js";
import { dialingConnecter } from "./stream-peer.js";
import type { PeerConnection, Transport } from "./transport.js";
import { parseWs, type WsEndpoint } from "./ws-endpoint.js";
import { ZwsStream } from "./zws-stream.js";

/** One connection attempt with the page's WebSocket; reconnects come from the shared Dialer. */
function dialPage(endpoint: WsEndpoint): DialAttempt<PageWebSocket> {
  return (events) => {
    if (endpoint.host.length === 0) {
      events.failed();
      return () => {};
    }
    const host = endpoint.host.includes(":") ? `[${endpoint.host}]` : endpoint.host;
    const socket = openPageWebSocket(`${endpoint.transport}://${host}:${endpoint.port}${endpoint.path}`);
    socket.onopen = () => {
      socket.onclose = null;
      events.connected(socket);
    };
    socket.onclose = () => events.failed();
    events.delayed();
    return () => {
      socket.onopen = null;
      socket.onclose = null;
      socket.close();
    };
  };
}

function pagePeer(socket: PageWebSocket): PeerConnection {
  return {
    open(handler, spec) {
      const adapter = new BrowserMessageSocket(socket);
      const zws = new ZwsStream(adapter, handler, spec.session, nodeClock);
      adapter.attach(zws);
      return zws.session;
    },
    refuse: () => socket.close(),
  };
}

/** ws:// and wss:// in a page: connect only, on the browser's own WebSocket (TLS and trust are the browser's). */
function pageWsTransport(scheme: "ws" | "wss"): Transport<WsEndpoint> {
  return {
    scheme,
    monitored: true,
    parse: parseWs(scheme),
    listen: (endpoint) =>
      Promise.reject(
        zmqError(
          "EPROTONOSUPPORT",
          `a page cannot accept ${scheme}:// connections: bind in a server and connect from the page`,
          endpoint.address,
        ),
      ),
    connect: (endpoint, context) => dialingConnecter(endpoint.address, dialPage(endpoint), pagePeer, context),
  };
}

export const pageWs = pageWsTransport("ws");
export const pageWss = pageWsTransport("wss");
