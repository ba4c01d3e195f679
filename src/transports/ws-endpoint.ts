import { zmqError } from "../errors.js";
import { isConnectableSyntax, splitHostPort } from "./endpoint.js";
import type { Transport } from "./transport.js";

export interface WsEndpoint {
  transport: "ws" | "wss";
  /** "*" = all interfaces (bind only). */
  host: string;
  /** 0 = ephemeral when binding. */
  port: number;
  /** The request path, "/" when the address has none (RFC 45 §Handshake: as given to connect). */
  path: string;
  address: string;
}

/** ws:// and wss:// endpoint syntax, shared by the Node and the browser transports. */
export function parseWs(scheme: "ws" | "wss"): Transport<WsEndpoint>["parse"] {
  return (address, rest, purpose) => {
    const slash = rest.indexOf("/");
    const hostPort = slash < 0 ? rest : rest.slice(0, slash);
    const path = slash < 0 ? "/" : rest.slice(slash);
    if (purpose === "connect" && !isConnectableSyntax(hostPort)) throw zmqError("EINVAL", undefined, address);
    const { host, port } = splitHostPort(address, hostPort, purpose === "bind");
    if (/[\s#]/.test(path)) throw zmqError("EINVAL", undefined, address);
    return { transport: scheme, host, port, path, address };
  };
}
