import * as zjs from "zeromq";
import type { PartInfo, PeerConfig, PeerEvent, ZPeer } from "./zpeer.js";
import { describeParts, seqMessage } from "./zpeer.js";

/**
 * The same driver interface as zpeer.py, backed by zeromq.js (libzmq 4.3.5) in this process: interop cases can
 * run against either peer. Options use pyzmq's names; a ZAP handler (Router on inproc://zeromq.zap.01 in a
 * private zeromq.js context) stands in for ThreadAuthenticator.
 */

const OPTION_NAMES: Record<string, string> = {
  PLAIN_SERVER: "plainServer",
  PLAIN_USERNAME: "plainUsername",
  PLAIN_PASSWORD: "plainPassword",
  CURVE_SERVER: "curveServer",
  CURVE_PUBLICKEY: "curvePublicKey",
  CURVE_SECRETKEY: "curveSecretKey",
  CURVE_SERVERKEY: "curveServerKey",
  HEARTBEAT_IVL: "heartbeatInterval",
  HEARTBEAT_TIMEOUT: "heartbeatTimeout",
  ZAP_DOMAIN: "zapDomain",
  IDENTITY: "routingId",
};

const TEXT_OPTIONS = new Set(["plainUsername", "plainPassword", "zapDomain"]);

const MONITOR_NAMES: Record<string, string> = {
  handshake: "HANDSHAKE_SUCCEEDED",
  "handshake:error:auth": "HANDSHAKE_FAILED_AUTH",
  "handshake:error:protocol": "HANDSHAKE_FAILED_PROTOCOL",
  "handshake:error:other": "HANDSHAKE_FAILED_NO_DETAIL",
  disconnect: "DISCONNECTED",
};

const CLASSES: Record<string, new (options?: object) => zjs.Socket> = {
  PUSH: zjs.Push,
  PULL: zjs.Pull,
  PUB: zjs.Publisher,
  SUB: zjs.Subscriber,
  REQ: zjs.Request,
  REP: zjs.Reply,
  DEALER: zjs.Dealer,
  ROUTER: zjs.Router,
  PAIR: zjs.Pair,
};

/** A ZAP handler (RFC 27) in `context` with ThreadAuthenticator's policy. */
export async function zjsZapHandler(context: zjs.Context, auth: NonNullable<PeerConfig["auth"]>): Promise<zjs.Router> {
  const router = new zjs.Router({ context, linger: 0 });
  await router.bind("inproc://zeromq.zap.01");
  void (async () => {
    for await (const [id, delimiter, version, requestId, , , , mechanism, ...credentials] of router) {
      let ok = false;
      if ("plain" in auth && mechanism!.toString() === "PLAIN") {
        ok = auth.plain[credentials[0]!.toString()] === credentials[1]!.toString();
      } else if ("curve" in auth && mechanism!.toString() === "CURVE") {
        ok = auth.curve === "any" || auth.curve.includes(credentials[0]!.toString("hex"));
      }
      await router.send([id!, delimiter!, version!, requestId!, ok ? "200" : "400", ok ? "OK" : "denied", "", ""]);
    }
  })().catch(() => {});
  return router;
}

export async function startZjsPeer(config: PeerConfig): Promise<ZPeer> {
  const context = new zjs.Context();
  const zap = config.auth ? await zjsZapHandler(context, config.auth) : undefined;
  const options: Record<string, unknown> = { context, linger: 0 };
  for (const [name, value] of Object.entries(config.options ?? {})) {
    const key = OPTION_NAMES[name];
    if (key === undefined) throw new Error(`zjs peer: no option ${name}`);
    if (key === "plainServer" || key === "curveServer") options[key] = value === 1;
    else options[key] = Buffer.isBuffer(value) && TEXT_OPTIONS.has(key) ? value.toString() : value;
  }
  const Class = CLASSES[config.type];
  if (Class === undefined) throw new Error(`zjs peer: no socket type ${config.type}`);
  const socket = new Class(options);
  const pending: PeerEvent[] = [];
  const waiters: Array<() => void> = [];
  const push = (event: PeerEvent) => {
    pending.push(event);
    for (const wake of waiters.splice(0)) wake();
  };
  if (config.monitor) {
    for (const [type, name] of Object.entries(MONITOR_NAMES)) {
      socket.events.on(type as zjs.EventType, (event) =>
        push({ ev: "monitor", event: name, value: (event as { error?: { status?: number } }).error?.status ?? 0 }),
      );
    }
  }
  if (config.bind) await socket.bind(config.bind.replace(":*", ":0"));
  else socket.connect(config.connect!);
  for (const topic of config.subscribe ?? []) (socket as zjs.Subscriber).subscribe(topic);
  let closed = false;
  const readable = !["PUSH", "PUB"].includes(config.type);
  if (readable) {
    void (async () => {
      for await (const parts of socket as unknown as AsyncIterable<Buffer[]>) {
        push({ ev: "msg", parts: describeParts(parts) });
        if (config.echo) await (socket as unknown as zjs.Writable).send(parts);
      }
    })().catch(() => {});
  }
  const take = async (kind: string, timeoutMs: number): Promise<PeerEvent> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = pending.findIndex((e) => e.ev === kind);
      if (index >= 0) return pending.splice(index, 1)[0]!;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no "${kind}" event from zeromq.js ${config.type} peer`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };
  const writer = socket as unknown as zjs.Writable;
  const run = async (cmd: Record<string, unknown>) => {
    if (cmd.op === "send") await writer.send((cmd.parts as string[]).map((p) => Buffer.from(p, "hex")));
    else if (cmd.op === "seq") {
      const first = (cmd.from as number | undefined) ?? 0;
      const prefix = ((cmd.prefix as string[] | undefined) ?? []).map((p) => Buffer.from(p, "hex"));
      for (let i = first; i < first + (cmd.n as number); i++) {
        await writer.send([...prefix, ...seqMessage(i)]);
        if (cmd.lockstep) await take("msg", 10_000).then((e) => pending.unshift(e));
      }
      push({ ev: "sent", n: cmd.n as number });
    } else if (cmd.op === "tick") {
      const parts = (cmd.parts as string[]).map((p) => Buffer.from(p, "hex"));
      clearInterval(ticker);
      ticker = setInterval(() => void writer.send(parts).catch(() => {}), (cmd.ivl as number | undefined) ?? 10);
    } else if (cmd.op === "untick") {
      clearInterval(ticker);
    } else if (cmd.op === "sub") (socket as zjs.Subscriber).subscribe(Buffer.from(cmd.topic as string, "hex"));
  };
  let chain = Promise.resolve();
  let ticker: NodeJS.Timeout | undefined;
  const endpoint = socket.lastEndpoint ?? config.connect ?? "";
  return {
    python: undefined as never,
    endpoint,
    command(cmd) {
      chain = chain
        .then(() => run(cmd))
        .catch((error: { code?: string }) => push({ ev: "error", op: String(cmd.op), errno: error.code ?? "?" }));
    },
    next: (kind, timeoutMs = 10_000) => take(kind, timeoutMs) as never,
    async messages(count, timeoutMs = 10_000) {
      const out: PartInfo[][] = [];
      const deadline = Date.now() + timeoutMs;
      while (out.length < count)
        out.push(((await take("msg", Math.max(1, deadline - Date.now()))) as { parts: PartInfo[] }).parts);
      return out;
    },
    kill() {
      if (closed) return;
      closed = true;
      clearInterval(ticker);
      socket.close();
      zap?.close();
    },
  };
}
