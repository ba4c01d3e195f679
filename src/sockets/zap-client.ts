import type { InprocRegistry } from "../transports/inproc.js";
import type { Link, LinkHandler } from "../zmtp/link.js";
import type { ZapClient } from "../zmtp/zap.js";

/** The well-known ZAP endpoint (RFC 27). */
export const ZAP_ENDPOINT = "zeromq.zap.01";

export interface ZapClientOptions {
  readonly domain: string;
  readonly enforceDomain: boolean;
  /** The client's address as libzmq reports it: the IP for TCP, "" otherwise. */
  readonly address: string;
  /** Our own routing id: libzmq puts the server socket's routing id in the request (zap_client.cpp). */
  readonly routingId: Buffer;
}

/**
 * A ZAP client for one connection: each request opens its own inproc link to whatever socket is bound at
 * inproc://zeromq.zap.01 in this context (as libzmq's session does with a private pipe), sends
 * [delimiter, "1.0", "1", domain, address, routing id, mechanism, credentials...] and resolves with the reply.
 * If the handler goes away first, the request rejects.
 */
export function inprocZapClient(registry: InprocRegistry, options: ZapClientOptions): ZapClient {
  let current: Link | undefined;
  const cancel = (): void => {
    const link = current;
    current = undefined;
    link?.close(0);
  };
  return {
    domain: options.domain,
    enforceDomain: options.enforceDomain,
    cancel,
    request(mechanism, credentials) {
      const frames = [
        Buffer.alloc(0),
        Buffer.from("1.0"),
        Buffer.from("1"),
        Buffer.from(options.domain, "utf8"),
        Buffer.from(options.address, "latin1"),
        options.routingId,
        Buffer.from(mechanism),
        ...credentials,
      ];
      let settle: { resolve: (reply: Buffer[]) => void; reject: (error: Error) => void } | undefined;
      const reply = new Promise<Buffer[]>((resolve, reject) => (settle = { resolve, reject }));
      let opened = false;
      const connection = registry.connect(ZAP_ENDPOINT, {
        socketType: "DEALER",
        identity: Buffer.alloc(0),
        open(link: Link): LinkHandler {
          opened = true;
          current = link;
          const finish = (result: Buffer[] | Error) => {
            const pending = settle;
            settle = undefined;
            if (current === link) cancel();
            if (pending === undefined) return;
            if (result instanceof Error) pending.reject(result);
            else pending.resolve(result);
          };
          return {
            onReady: () => link.send(frames),
            onMessage: (parts) => finish(parts),
            onSubscribe: () => {},
            onCancel: () => {},
            onDrain: () => {},
            onClose: () => finish(new Error("ZAP handler went away")),
          };
        },
      });
      if (!opened) {
        connection.cancel(); // nothing bound: libzmq's zap_connect fails at once
        return undefined;
      }
      return reply;
    },
  };
}
