import { afterEach, describe, expect, it } from "vitest";
import { openZmtpStream } from "../../src/transports/zmtp-stream.js";
import { buildGreeting } from "../../src/zmtp/greeting.js";
import type { Mechanism } from "../../src/zmtp/mechanism.js";
import type { Session, SessionOptions } from "../../src/zmtp/session.js";
import { hex } from "./helpers/bytes.js";
import { duplexPair } from "./helpers/duplex-pair.js";
import { RawPeer, Recorder } from "./helpers/recorder.js";

// RFC 15 (ZMTP 2.0): greeting = signature, revision 0x01, socket-type byte; then each side's identity frame;
// frames are flags (MORE 0x01, LONG 0x02) + 1- or 8-byte size + body, with no commands.
/** As libzmq and JeroMQ send it: the padding holds identity length + 1 (for ZMTP 1.0 peers). */
const SIGNATURE = hex("ff 00 00 00 00 00 00 00 01 7f");
const TYPES = { PUB: 1, SUB: 2, REQ: 3, REP: 4, DEALER: 5, ROUTER: 6, PULL: 7, PUSH: 8 } as const;

const open: Session[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close(0);
});

function connect(options: Partial<SessionOptions> & { socketType: string }) {
  const [ours, theirs] = duplexPair();
  const handler = new Recorder();
  open.push(openZmtpStream(ours, handler, { address: "tcp://127.0.0.1:1", ...options }));
  return { handler, raw: new RawPeer(theirs), session: open[open.length - 1]! };
}

/** Greets as a ZMTP 2.0 peer of `type` and checks our side answers in 2.0: signature, 0x03, then our type byte. */
async function greetAs2(raw: RawPeer, type: keyof typeof TYPES, ourType: keyof typeof TYPES): Promise<void> {
  expect(await raw.read(11)).toEqual(hex("ff 00 00 00 00 00 00 00 00 7f 03"));
  raw.write(Buffer.concat([SIGNATURE, hex("01")]));
  expect(await raw.read(1)).toEqual(Buffer.of(TYPES[ourType]));
  raw.write(Buffer.of(TYPES[type]));
}

describe("ZMTP 2.0 peers (RFC 15)", () => {
  it("a 2.0 PUB gets our type byte instead of the rest of a 3.x greeting, then identities, filters and messages in 2.0 framing", async () => {
    const { handler, raw, session } = connect({ socketType: "SUB" });
    session.subscribe(Buffer.from("a"));
    await greetAs2(raw, "PUB", "SUB");
    expect(await raw.read(2)).toEqual(hex("00 00")); // our (empty) identity frame
    raw.write(hex("00 00"));
    const peer = await handler.ready();
    expect(peer).toMatchObject({ socketType: "PUB", identity: Buffer.alloc(0), minor: 0 });
    expect(await raw.read(4)).toEqual(hex(`00 02 01 "a"`)); // subscription as a 0x01-prefixed message
    const long = Buffer.alloc(300, 7);
    raw.write(Buffer.concat([hex(`01 01 "a"`), hex("02 00 00 00 00 00 00 01 2c"), long]));
    await handler.messageCount(1);
    expect(handler.messages[0]).toEqual([Buffer.from("a"), long]);
    session.cancel(Buffer.from("a"));
    expect(await raw.read(4)).toEqual(hex(`00 02 00 "a"`));
  });

  it("sends its identity and long frames in 2.0 layout; a ROUTER learns a 2.0 DEALER's identity", async () => {
    const dealer = connect({ socketType: "DEALER", identity: Buffer.from("me") });
    await greetAs2(dealer.raw, "ROUTER", "DEALER");
    expect(await dealer.raw.read(4)).toEqual(hex(`00 02 "me"`));
    dealer.raw.write(hex("00 00"));
    await dealer.handler.ready();
    const body = Buffer.alloc(256, 1);
    dealer.session.send([Buffer.from("x"), body]);
    expect(await dealer.raw.read(3)).toEqual(hex(`01 01 "x"`));
    expect(await dealer.raw.read(9 + 256)).toEqual(Buffer.concat([hex("02 00 00 00 00 00 00 01 00"), body]));

    const router = connect({ socketType: "ROUTER" });
    await greetAs2(router.raw, "DEALER", "ROUTER");
    router.raw.write(hex(`00 03 "BOB" 00 02 "hi"`));
    expect((await router.handler.ready()).identity).toEqual(Buffer.from("BOB"));
    await router.handler.messageCount(1);
    expect(router.handler.messages).toEqual([[Buffer.from("hi")]]);
  });

  it("a PUB takes 0x01/0x00-prefixed subscription messages from a 2.0 SUB", async () => {
    const { handler, raw } = connect({ socketType: "PUB", subscriptionMessages: true });
    await greetAs2(raw, "SUB", "PUB");
    raw.write(hex(`00 00 00 04 01 "top" 00 04 00 "top"`));
    await handler.until(() => handler.cancels.length === 1);
    expect(handler.subscribes).toEqual([Buffer.from("top")]);
    expect(handler.cancels).toEqual([Buffer.from("top")]);
  });

  it("greeting and identity from a 2.0 peer fed one byte at a time", async () => {
    const { handler, raw } = connect({ socketType: "PULL" });
    for (const byte of Buffer.concat([SIGNATURE, hex(`01 08 00 00 00 01 "z"`)])) raw.write(Buffer.of(byte));
    await handler.messageCount(1);
    expect(handler.peer?.socketType).toBe("PUSH");
    expect(handler.messages).toEqual([[Buffer.from("z")]]);
  });

  it("a command frame from a 2.0 peer is a protocol error, during or after the identity exchange", async () => {
    for (const frames of ["04 01 00", "00 00 04 01 00"]) {
      const { handler, raw } = connect({ socketType: "PULL" });
      raw.write(Buffer.concat([SIGNATURE, hex(`01 08 ${frames}`)]));
      expect((await handler.close()).error).toMatchObject({ kind: "protocol", code: "ERR_ZMTP_UNEXPECTED_COMMAND" });
    }
  });

  it("a 2.0 peer of an incompatible type is refused like a READY with that Socket-Type", async () => {
    const { handler, raw } = connect({ socketType: "SUB" });
    raw.write(Buffer.concat([SIGNATURE, hex("01 08 00 00")]));
    expect((await handler.close()).error).toMatchObject({ code: "ERR_ZMTP_INVALID_METADATA" });
  });

  it("refuses a 2.0 peer when a security mechanism is configured (2.0 has none), without sending our type", async () => {
    const plain: Mechanism = { name: "PLAIN", asServer: true, start() {}, receive() {} };
    const { handler, raw } = connect({ socketType: "PULL", mechanism: plain });
    expect(await raw.read(11)).toEqual(buildGreeting("PLAIN", true).subarray(0, 11));
    raw.write(Buffer.concat([SIGNATURE, hex("01 08")]));
    expect((await handler.close()).error).toMatchObject({ code: "ERR_ZMTP_MECHANISM_MISMATCH" });
    expect(raw.pendingBytes).toBe(0);
  });
});
