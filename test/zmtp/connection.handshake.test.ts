import { afterEach, describe, expect, it } from "vitest";
import { errorBody } from "../../src/zmtp/commands.js";
import { openZmtpStream } from "../../src/transports/zmtp-stream.js";
import type { Session, SessionOptions } from "../../src/zmtp/session.js";
import { encodeMessage } from "../../src/zmtp/encoder.js";
import { buildGreeting } from "../../src/zmtp/greeting.js";
import { duplexPair } from "./helpers/duplex-pair.js";
import { hex } from "./helpers/bytes.js";
import { RawPeer, Recorder } from "./helpers/recorder.js";
import { commandFrame, greeting, readyFrame } from "./helpers/wire.js";

const open: Session[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close(0);
});

function connect(options: Partial<SessionOptions> & { socketType: string }) {
  const [ours, theirs] = duplexPair();
  const handler = new Recorder();
  const connection = openZmtpStream(ours, handler, { address: "tcp://127.0.0.1:1", ...options });
  open.push(connection);
  return { connection, handler, raw: new RawPeer(theirs) };
}

function pairOf(
  a: Partial<SessionOptions> & { socketType: string },
  b: Partial<SessionOptions> & { socketType: string },
) {
  const [s1, s2] = duplexPair();
  const h1 = new Recorder();
  const h2 = new Recorder();
  const c1 = openZmtpStream(s1, h1, { address: "tcp://127.0.0.1:1", ...a });
  const c2 = openZmtpStream(s2, h2, { address: "tcp://127.0.0.1:2", ...b });
  open.push(c1, c2);
  return { c1, c2, h1, h2 };
}

describe("Connection handshake", () => {
  it("G-1/H-1/H-4: sends signature and major version at once, the rest of the 64-byte greeting after the peer's version byte, then READY after the peer's greeting", async () => {
    const { raw } = connect({ socketType: "PUB" });
    const ours = buildGreeting("NULL", false);
    expect(await raw.read(11)).toEqual(ours.subarray(0, 11));
    const theirs = greeting();
    raw.write(theirs.subarray(0, 10));
    await new Promise((resolve) => setImmediate(resolve));
    expect(raw.pendingBytes).toBe(0);
    raw.write(theirs.subarray(10, 11));
    expect(await raw.read(53)).toEqual(ours.subarray(11));
    expect(raw.pendingBytes).toBe(0);
    raw.write(theirs.subarray(11));
    expect(await raw.read(27)).toEqual(hex(`04 19 05 "READY" 0b "Socket-Type" 00 00 00 03 "PUB"`));
  });

  it("H-5: DEALER sends Identity (V2 DEALER/BOB bytes)", async () => {
    const { raw } = connect({ socketType: "DEALER", identity: Buffer.from("BOB") });
    raw.write(greeting());
    await raw.read(64);
    expect(await raw.read(46)).toEqual(
      hex(`04 2c 05 "READY" 0b "Socket-Type" 00 00 00 06 "DEALER" 08 "Identity" 00 00 00 03 "BOB"`),
    );
  });

  it("H-1/H-2/H-16: two engines complete NULL in both roles; data sent early is held until the handshake is done", async () => {
    const { c1, h1, h2 } = pairOf({ socketType: "DEALER", identity: Buffer.from("me") }, { socketType: "ROUTER" });
    c1.send([Buffer.from("early")]);
    expect(c1.peer).toBeUndefined();
    const [p1, p2] = await Promise.all([h1.ready(), h2.ready()]);
    expect(p1).toMatchObject({
      socketType: "ROUTER",
      identity: Buffer.alloc(0),
      minor: 1,
      address: "tcp://127.0.0.1:1",
    });
    expect(p2).toMatchObject({ socketType: "DEALER", identity: Buffer.from("me"), minor: 1 });
    expect(p2.properties.get("Socket-Type")).toEqual(Buffer.from("DEALER"));
    await h2.messageCount(1);
    expect(h2.messages).toEqual([[Buffer.from("early")]]);
    expect(h2.order).toEqual(["ready", "message"]);
  });

  it("G-11/E-4: greeting, READY and a message in one chunk are all used", async () => {
    const { handler, raw } = connect({ socketType: "PULL" });
    raw.write(Buffer.concat([greeting(), readyFrame("PUSH"), encodeMessage([Buffer.from("a"), Buffer.from("b")])]));
    await handler.messageCount(1);
    expect(handler.peer?.socketType).toBe("PUSH");
    expect(handler.messages).toEqual([[Buffer.from("a"), Buffer.from("b")]]);
  });

  it("G-12: greeting and READY fed one byte at a time", async () => {
    const { handler, raw } = connect({ socketType: "PULL" });
    for (const byte of Buffer.concat([greeting(), readyFrame("PUSH")])) raw.write(Buffer.from([byte]));
    expect((await handler.ready()).socketType).toBe("PUSH");
  });

  it("H-8: a READY without Socket-Type is accepted", async () => {
    const { handler, raw } = connect({ socketType: "PULL" });
    raw.write(Buffer.concat([greeting(), hex(`04 06 05 "READY"`)]));
    expect((await handler.ready()).socketType).toBeUndefined();
  });

  it("H-6: Socket-Type matched case-insensitively on receipt", async () => {
    const { handler, raw } = connect({ socketType: "PULL" });
    raw.write(Buffer.concat([greeting(), hex(`04 1a 05 "READY" 0b "socket-type" 00 00 00 04 "PUSH"`)]));
    expect((await handler.ready()).socketType).toBe("PUSH");
  });

  it("H-7: incompatible socket type closes with ERR_ZMTP_INVALID_METADATA (two engines)", async () => {
    const { h1, h2 } = pairOf({ socketType: "PUB" }, { socketType: "PUSH" });
    const [a, b] = await Promise.all([h1.close(), h2.close()]);
    // Whoever checks first hangs up; the other sees either the bad READY too or just the hang-up.
    const errors = [a.error, b.error].filter((e) => e !== undefined);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error).toMatchObject({ kind: "protocol", code: "ERR_ZMTP_INVALID_METADATA" });
    expect([a.handshakeDone, b.handshakeDone]).toEqual([false, false]);
    expect([...h1.order, ...h2.order]).toEqual(["close", "close"]);
  });

  it("H-9: malformed READY closes with ERR_ZMTP_MALFORMED_COMMAND_READY", async () => {
    const { handler, raw } = connect({ socketType: "PULL" });
    raw.write(Buffer.concat([greeting(), hex(`04 0d 05 "READY" 0b "Socket"`)]));
    const closed = await handler.close();
    expect(closed.error).toMatchObject({ kind: "protocol", code: "ERR_ZMTP_MALFORMED_COMMAND_READY" });
    await raw.endOfStream();
  });

  it("G-2: a bad greeting closes with a protocol error", async () => {
    const { handler, raw } = connect({ socketType: "PULL" });
    raw.write(Buffer.from("GET / HTTP/1.1\r\n\r\n"));
    const closed = await handler.close();
    expect(closed).toMatchObject({ handshakeDone: false, error: { kind: "protocol", code: "ERR_ZMTP_UNSPECIFIED" } });
  });

  it("G-6: a revision 0 (ZMTP 1.0 with signature) or 2 peer is refused at byte 10", async () => {
    for (const major of ["00", "02"]) {
      const { handler, raw } = connect({ socketType: "PULL" });
      raw.write(hex(`ff 00 00 00 00 00 00 00 01 7f ${major}`));
      expect((await handler.close()).error?.message).toMatch(/major version/);
    }
  });

  it("G-8: mechanism mismatch closes with ERR_ZMTP_MECHANISM_MISMATCH", async () => {
    const { handler, raw } = connect({ socketType: "PULL" });
    raw.write(greeting(1, "PLAIN"));
    expect((await handler.close()).error).toMatchObject({ kind: "protocol", code: "ERR_ZMTP_MECHANISM_MISMATCH" });
  });

  it("H-3: a data frame instead of READY closes with ERR_ZMTP_UNEXPECTED_COMMAND", async () => {
    const { handler, raw } = connect({ socketType: "PULL" });
    raw.write(Buffer.concat([greeting(), encodeMessage([Buffer.from("x")])]));
    expect((await handler.close()).error).toMatchObject({ code: "ERR_ZMTP_UNEXPECTED_COMMAND" });
  });

  it("H-14/H-15: ERROR during the handshake is a fatal auth failure with its ZAP status", async () => {
    const { handler, raw } = connect({ socketType: "PULL" });
    raw.write(Buffer.concat([greeting(), commandFrame(errorBody("400"))]));
    expect((await handler.close()).error).toMatchObject({ kind: "auth", status: 400, fatal: true });
  });

  it("F-8: READY larger than maxMessageSize is refused", async () => {
    const { handler, raw } = connect({ socketType: "PULL", maxMessageSize: 10 });
    raw.write(Buffer.concat([greeting(), readyFrame("PUSH")]));
    expect((await handler.close()).error?.message).toMatch(/exceeds maxMessageSize 10/);
  });

  it("peer EOF before the handshake closes cleanly with handshakeDone false", async () => {
    const { handler, raw } = connect({ socketType: "PULL" });
    raw.stream.end();
    expect(await handler.close()).toEqual({ error: undefined, handshakeDone: false });
  });
});
