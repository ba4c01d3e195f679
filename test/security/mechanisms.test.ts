import { afterEach, describe, expect, it } from "vitest";
import { openZmtpStream } from "../../src/transports/zmtp-stream.js";
import type { Session, SessionOptions } from "../../src/zmtp/session.js";
import { generateKeyPair } from "../../src/zmtp/curve-crypto.js";
import { CurveClient } from "../../src/zmtp/curve-client.js";
import { CurveServer } from "../../src/zmtp/curve-server.js";
import { NullMechanism } from "../../src/zmtp/null-mechanism.js";
import { PlainClient, PlainServer } from "../../src/zmtp/plain-mechanism.js";
import type { ZapClient } from "../../src/zmtp/zap.js";
import { duplexPair } from "../zmtp/helpers/duplex-pair.js";
import { Recorder } from "../zmtp/helpers/recorder.js";

const open: Session[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close(0);
});

type Side = Partial<SessionOptions> & { socketType: string };

function pairOf(a: Side, b: Side) {
  const [s1, s2] = duplexPair();
  const h1 = new Recorder();
  const h2 = new Recorder();
  const c1 = openZmtpStream(s1, h1, { address: "tcp://127.0.0.1:1", ...a });
  const c2 = openZmtpStream(s2, h2, { address: "tcp://127.0.0.1:2", ...b });
  open.push(c1, c2);
  return { c1, c2, h1, h2 };
}

/** A ZAP client answering every request with `status` (and recording the requests). */
function zapAnswering(status: string, options: { domain?: string; enforceDomain?: boolean } = {}) {
  const requests: Array<{ mechanism: string; credentials: Buffer[] }> = [];
  const zap: ZapClient = {
    domain: options.domain ?? "",
    enforceDomain: options.enforceDomain ?? false,
    request(mechanism, credentials) {
      requests.push({ mechanism, credentials });
      const e = Buffer.alloc(0);
      return Promise.resolve([
        e,
        Buffer.from("1.0"),
        Buffer.from("1"),
        Buffer.from(status),
        Buffer.from("text"),
        Buffer.from("alice"),
        e,
      ]);
    },
  };
  return { zap, requests };
}

const noHandler = (enforceDomain = false, domain = ""): ZapClient => ({
  domain,
  enforceDomain,
  request: () => undefined,
});

describe("CURVE between two engines", () => {
  it("handshakes and carries multipart data and subscriptions both ways", async () => {
    const server = generateKeyPair();
    const client = generateKeyPair();
    const { c1, c2, h1, h2 } = pairOf(
      { socketType: "PUB", mechanism: new CurveServer(server.secretKey, undefined), subscriptionMessages: true },
      { socketType: "SUB", mechanism: new CurveClient(server.publicKey, client.publicKey, client.secretKey) },
    );
    await Promise.all([h1.ready(), h2.ready()]);
    c2.subscribe(Buffer.from("topic"));
    await h1.until(() => h1.subscribes.length === 1, "subscribe");
    expect(h1.subscribes[0]).toEqual(Buffer.from("topic"));
    const big = Buffer.alloc(70000, 7);
    c1.send([Buffer.from("a"), Buffer.alloc(0), big]);
    await h2.messageCount(1);
    expect(h2.messages[0]).toEqual([Buffer.from("a"), Buffer.alloc(0), big]);
  });

  it("a client with the wrong server key fails with ERR_ZMTP_CRYPTOGRAPHIC on the server", async () => {
    const server = generateKeyPair();
    const other = generateKeyPair();
    const client = generateKeyPair();
    const { h1, h2 } = pairOf(
      { socketType: "PULL", mechanism: new CurveServer(server.secretKey, undefined) },
      { socketType: "PUSH", mechanism: new CurveClient(other.publicKey, client.publicKey, client.secretKey) },
    );
    const closed = await h1.close();
    expect(closed.error?.code).toBe("ERR_ZMTP_CRYPTOGRAPHIC");
    await h2.close();
  });

  it("ZAP 400 sends ERROR 400 and both sides see an auth failure", async () => {
    const server = generateKeyPair();
    const client = generateKeyPair();
    const { zap, requests } = zapAnswering("400");
    const { h1, h2 } = pairOf(
      { socketType: "PULL", mechanism: new CurveServer(server.secretKey, zap) },
      { socketType: "PUSH", mechanism: new CurveClient(server.publicKey, client.publicKey, client.secretKey) },
    );
    const [a, b] = await Promise.all([h1.close(), h2.close()]);
    expect(a.error).toMatchObject({ kind: "auth", status: 400 });
    expect(b.error).toMatchObject({ kind: "auth", status: 400, fatal: true });
    expect(requests[0]!.mechanism).toBe("CURVE");
    expect(requests[0]!.credentials[0]).toEqual(Buffer.from(client.publicKey));
  });

  it("ZAP 200 adds User-Id to the peer's properties", async () => {
    const server = generateKeyPair();
    const client = generateKeyPair();
    const { zap } = zapAnswering("200");
    const { h1, h2 } = pairOf(
      { socketType: "PULL", mechanism: new CurveServer(server.secretKey, zap) },
      { socketType: "PUSH", mechanism: new CurveClient(server.publicKey, client.publicKey, client.secretKey) },
    );
    const [peer] = await Promise.all([h1.ready(), h2.ready()]);
    expect(peer.properties.get("User-Id")).toEqual(Buffer.from("alice"));
  });
});

describe("PLAIN between two engines", () => {
  it("handshakes when ZAP says 200 and passes username and password to ZAP", async () => {
    const { zap, requests } = zapAnswering("200");
    const { c2, h1, h2 } = pairOf(
      { socketType: "PULL", mechanism: new PlainServer(zap) },
      { socketType: "PUSH", mechanism: new PlainClient(Buffer.from("admin"), Buffer.from("secret")) },
    );
    await Promise.all([h1.ready(), h2.ready()]);
    expect(requests[0]).toEqual({ mechanism: "PLAIN", credentials: [Buffer.from("admin"), Buffer.from("secret")] });
    c2.send([Buffer.from("hi")]);
    await h1.messageCount(1);
  });

  it("ZAP 400: the client understands libzmq's malformed PLAIN ERROR as an auth failure", async () => {
    const { zap } = zapAnswering("400");
    const { h1, h2 } = pairOf(
      { socketType: "PULL", mechanism: new PlainServer(zap) },
      { socketType: "PUSH", mechanism: new PlainClient(Buffer.from("admin"), Buffer.from("bad")) },
    );
    const [a, b] = await Promise.all([h1.close(), h2.close()]);
    expect(a.error).toMatchObject({ kind: "auth", status: 400 });
    expect(b.error).toMatchObject({ kind: "auth", status: 400 });
    expect(JSON.stringify(a.error) + String(a.error?.message) + String(b.error?.message)).not.toMatch(/bad/);
  });

  it("without a ZAP handler the server refuses with EFAULT and no ERROR", async () => {
    const { h1, h2 } = pairOf(
      { socketType: "PULL", mechanism: new PlainServer(noHandler()) },
      { socketType: "PUSH", mechanism: new PlainClient(Buffer.from("u"), Buffer.from("p")) },
    );
    const [a, b] = await Promise.all([h1.close(), h2.close()]);
    expect(a.error?.code).toBe("EFAULT");
    expect(b.error?.kind).not.toBe("auth");
  });
});

describe("NULL with ZAP", () => {
  it("ZAP 400 → ERROR 400 to the peer", async () => {
    const { zap } = zapAnswering("400", { domain: "d" });
    const { h1, h2 } = pairOf({ socketType: "PULL", mechanism: new NullMechanism(zap) }, { socketType: "PUSH" });
    const [a, b] = await Promise.all([h1.close(), h2.close()]);
    expect(a.error).toMatchObject({ kind: "auth", status: 400 });
    expect(b.error).toMatchObject({ kind: "auth", status: 400 });
  });
});
