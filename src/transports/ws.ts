import type { IncomingMessage, Server } from "node:http";
import { connect as netConnect, isIP, type Socket } from "node:net";
import type { ConnectionOptions } from "node:tls";
import type { Duplex } from "node:stream";
import type { WebSocket } from "ws";
import { zmqError } from "../errors.js";
import { load, loadBundled } from "../platform/load.js";
import { flushOnExit, noFlushOnExit } from "./exit-flush.js";
import { zwsChoose, zwsOffer } from "../zmtp/zws.js";
import { resolveBindHost } from "./bind-host.js";
import type { DialAttempt } from "./dialer.js";
import { formatHost, startListening } from "./listener.js";
import { ignoreLateError } from "./net-dial.js";
import { nodeClock } from "./node-clock.js";
import { dialingConnecter } from "./stream-peer.js";
import type { BindContext, PeerConnection, Transport, TransportContext, TransportListener } from "./transport.js";
import { parseWs, type WsEndpoint } from "./ws-endpoint.js";
import { ZwsStream } from "./zws-stream.js";

export type { WsEndpoint };

type WsModule = typeof import("ws");
let wsModule: WsModule | undefined;

/**
 * The `ws` package (and node:http under it) is loaded on first use of ws:// or wss://, not at import: it is most of
 * purezmq's load time, and under Deno it reads environment variables as it loads. Synchronously, so a dial starts
 * (and can be abandoned) exactly as before.
 */
function loadWs(): WsModule {
  wsModule ??= loadBundled<WsModule>(() => require("ws"), "ws");
  return wsModule;
}

/** node:http, node:https and node:tls, likewise on first use: only ws:// and wss:// need them. */
const http = () => load<typeof import("node:http")>("node:http");
const https = () => load<typeof import("node:https")>("node:https");
const tls = () => load<typeof import("node:tls")>("node:tls");

/** Largest WebSocket message when maxMessageSize is unlimited (the `ws` package's own default). */
const DEFAULT_MAX_PAYLOAD = 100 * 1024 * 1024;

/** maxMessageSize bounds each frame; a ZWS message is one flags byte longer. */
function maxPayload(context: TransportContext): number {
  const limit = context.options.maxMessageSize;
  return limit >= 0 ? limit + 1 : DEFAULT_MAX_PAYLOAD;
}

/**
 * RFC 45 names its subprotocols "ZWS2.0/NULL" etc., but "/" is not an HTTP token character, so the `ws` package
 * (like browsers) refuses such names in its own subprotocol handling. We negotiate the header ourselves: read and
 * remove it from the request (server) or response (client) before `ws` validates it.
 */
const SUBPROTOCOL_HEADER = "sec-websocket-protocol";

function offeredProtocols(header: string | string[] | undefined): string[] {
  const values = Array.isArray(header) ? header : header === undefined ? [] : [header];
  return values.flatMap((value) => value.split(",")).map((name) => name.trim());
}

/** Adapts an open `ws` WebSocket (and the socket under it) to a ZWS session. */
function wsPeer(ws: WebSocket, socket: Duplex, protocol: string): PeerConnection {
  return {
    remoteAddress: (socket as Socket).remoteAddress,
    open(handler, spec) {
      const zws = new ZwsStream(
        {
          protocol,
          send: (message) => ws.send(message, { binary: true }),
          cork: () => socket.cork(),
          uncork: () => socket.uncork(),
          get blocked() {
            return socket.writableNeedDrain;
          },
          pause: () => ws.pause(),
          resume: () => ws.resume(),
          ping: () => ws.ping(),
          close: (code, reason) => ws.close(code, reason),
          terminate: () => ws.terminate(),
        },
        handler,
        spec.session,
        nodeClock,
      );
      ws.on("message", (data: Buffer | ArrayBuffer | Buffer[], binary: boolean) =>
        zws.received(asBuffer(data), binary),
      );
      ws.on("ping", () => zws.activity());
      ws.on("pong", () => zws.activity());
      ws.on("error", (error: Error & { code?: string }) => zws.failed(error.code ?? "EIO", error.message));
      ws.on("close", () => {
        noFlushOnExit(zws);
        zws.closed();
      });
      socket.on("drain", () => zws.drained());
      flushOnExit(zws);
      zws.opened();
      return zws.session;
    },
    refuse: () => ws.terminate(),
  };
}

function asBuffer(data: Buffer | ArrayBuffer | Buffer[]): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

function tlsServerOptions(context: TransportContext, address: string): { key: string; cert: string } {
  const { wssKeyPem, wssCertPem } = context.options;
  if (wssKeyPem === null || wssCertPem === null) {
    throw zmqError("EINVAL", "wss:// bind needs wssCertPem and wssKeyPem", address);
  }
  return { key: wssKeyPem, cert: wssCertPem };
}

/** libzmq's WSS client options: a trust anchor (added to the system's unless wssTrustSystem is false), a host name. */
function tlsClientOptions(context: TransportContext, host: string): ConnectionOptions {
  const { wssTrustPem, wssTrustSystem, wssHostname, wssCertPem, wssKeyPem } = context.options;
  const options: ConnectionOptions = {};
  if (wssTrustPem !== null) options.ca = wssTrustSystem ? [...tls().rootCertificates, wssTrustPem] : [wssTrustPem];
  else if (!wssTrustSystem) options.ca = [];
  const name = wssHostname ?? (isIP(host) === 0 ? host : undefined);
  if (name !== undefined) options.servername = name;
  if (wssHostname !== null) options.checkServerIdentity = checkAs(wssHostname);
  if (wssCertPem !== null && wssKeyPem !== null) {
    options.cert = wssCertPem;
    options.key = wssKeyPem;
  }
  return options;
}

/** node:tls's default identity check, against the configured name instead of the dialed address. */
function checkAs(hostname: string): ConnectionOptions["checkServerIdentity"] {
  return (_host, certificate) => tls().checkServerIdentity(hostname, certificate);
}

async function listenWs(endpoint: WsEndpoint, context: BindContext): Promise<TransportListener> {
  const secure = endpoint.transport === "wss";
  const server: Server = secure
    ? https().createServer(tlsServerOptions(context, endpoint.address))
    : http().createServer();
  const { WebSocketServer } = loadWs();
  const wss = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    perMessageDeflate: false,
    maxPayload: maxPayload(context),
  });
  // RFC 45 §Handshake: choose the client's protocol naming our mechanism; none → no subprotocol, and the session
  // closes the connection with a mechanism mismatch (an event, like a greeting with another mechanism).
  const chosen = new WeakMap<IncomingMessage, string>();
  wss.on("headers", (headers: string[], request: IncomingMessage) => {
    const name = chosen.get(request);
    if (name !== undefined) headers.push(`Sec-WebSocket-Protocol: ${name}`);
  });
  server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    (socket as Socket).unref?.();
    socket.on("error", () => socket.destroy());
    if (requestPath(request) !== endpoint.path) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    const choice = zwsChoose(offeredProtocols(request.headers[SUBPROTOCOL_HEADER]), context.mechanism);
    delete request.headers[SUBPROTOCOL_HEADER];
    if (choice !== undefined) chosen.set(request, choice);
    wss.handleUpgrade(request, socket, head, (ws) => context.accepted(wsPeer(ws, socket, chosen.get(request) ?? "")));
  });
  server.on("request", (_request, response) => {
    response.writeHead(426, { Connection: "close", Upgrade: "websocket" }).end();
  });
  server.on("connection", (socket: Socket) => {
    socket.unref();
    socket.setNoDelay(true);
  });
  server.on("tlsClientError", () => {});

  const host = await resolveBindHost(endpoint.host, context.options.ipv6);
  if (host === undefined) throw zmqError("ENODEV", undefined, endpoint.address);
  const backlog = context.options.backlog > 0 ? context.options.backlog : 100;
  await startListening(server, { host, port: endpoint.port, backlog }, endpoint.address);
  const bound = server.address();
  if (bound === null || typeof bound === "string") throw zmqError("EINVAL", undefined, endpoint.address);
  let closing: Promise<void> | undefined;
  return {
    endpoint: `${endpoint.transport}://${formatHost(bound.address)}:${bound.port}${endpoint.path}`,
    close() {
      closing ??= new Promise((resolve) => {
        server.close();
        wss.close();
        setImmediate(resolve);
      });
      return closing;
    },
  };
}

function requestPath(request: IncomingMessage): string {
  const url = request.url ?? "/";
  const query = url.indexOf("?");
  return query < 0 ? url : url.slice(0, query);
}

interface WsConnection {
  ws: WebSocket;
  socket: Socket;
  /** The subprotocol the server chose ("" for none). */
  protocol: string;
}

/**
 * The request's createConnection, made out here on purpose: the request keeps its options (and so this closure) for
 * as long as its socket's handle lives, and a closure made inside dialWs would keep the socket's context reachable.
 */
function socketMaker(secure: boolean): { socket?: Socket; create: (options: ConnectionOptions) => Socket } {
  const made: { socket?: Socket; create: (options: ConnectionOptions) => Socket } = {
    create: (options) => {
      const socket = secure ? tls().connect({ ...options, path: undefined }) : netConnect(options as never);
      socket.unref();
      socket.setNoDelay(true);
      made.socket = socket;
      return socket;
    },
  };
  return made;
}

function dialWs(endpoint: WsEndpoint, context: TransportContext): DialAttempt<WsConnection> {
  const secure = endpoint.transport === "wss";
  return (events) => {
    if (endpoint.host.length === 0) {
      events.failed();
      return () => {};
    }
    const { WebSocket } = loadWs();
    const connection = socketMaker(secure);
    let protocol = "";
    const url = `${endpoint.transport}://${formatHost(endpoint.host)}:${endpoint.port}${endpoint.path}`;
    const ws = new WebSocket(url, {
      headers: { "Sec-WebSocket-Protocol": zwsOffer(context.mechanism).join(", ") },
      perMessageDeflate: false,
      followRedirects: false,
      maxPayload: maxPayload(context),
      family: context.options.ipv6 ? 0 : 4,
      ...(secure ? tlsClientOptions(context, endpoint.host) : {}),
      createConnection: connection.create,
    } as ConstructorParameters<typeof WebSocket>[2]);
    // http.request calls createConnection synchronously.
    const socket = connection.socket;
    if (socket !== undefined && isIP(endpoint.host) === 0) {
      socket.once("lookup", (error: Error | null) => {
        if (error === null) events.delayed();
      });
    }
    const release = (): void => {
      ws.off("open", opened);
      ws.off("error", failed);
      ws.off("close", failed);
    };
    // Like net-dial's release: nothing of this scope may stay on the ws or its socket, which outlive the attempt.
    const abandon = (): void => {
      ws.removeAllListeners();
      socket?.removeAllListeners("lookup");
      ws.on("error", ignoreLateError);
      ws.terminate();
    };
    const failed = (): void => {
      abandon();
      events.failed();
    };
    const opened = (): void => {
      release();
      events.connected({ ws, socket: socket!, protocol });
    };
    ws.once("upgrade", (response: IncomingMessage) => {
      protocol = offeredProtocols(response.headers[SUBPROTOCOL_HEADER])[0] ?? "";
      delete response.headers[SUBPROTOCOL_HEADER];
    });
    ws.once("open", opened);
    ws.on("error", failed);
    ws.once("close", failed);
    if (isIP(endpoint.host) !== 0) events.delayed();
    return abandon;
  };
}

function wsTransport(scheme: "ws" | "wss"): Transport<WsEndpoint> {
  return {
    scheme,
    monitored: true,
    parse: parseWs(scheme),
    listen: listenWs,
    connect: (endpoint, context) =>
      dialingConnecter(
        endpoint.address,
        dialWs(endpoint, context),
        ({ ws, socket, protocol }) => wsPeer(ws, socket, protocol),
        context,
      ),
  };
}

/** ws://host:port/path — ZWS 2.0 (RFC 45) over a WebSocket, served and dialed with the `ws` package. */
export const ws = wsTransport("ws");
/** wss://host:port/path — the same over TLS; certificate options follow libzmq's ZMQ_WSS_* names. */
export const wss = wsTransport("wss");
