import { describe, expect, it } from "vitest";
import {
  cancelBody,
  commandData,
  commandName,
  errorBody,
  parseErrorReason,
  parsePing,
  pingBody,
  pongBody,
  readyBody,
  subscribeBody,
} from "../../src/zmtp/commands.js";
import { FLAG_COMMAND, FLAG_MORE } from "../../src/zmtp/constants.js";
import { encodeFrame, encodeMessage } from "../../src/zmtp/encoder.js";
import { buildGreeting, GreetingReader } from "../../src/zmtp/greeting.js";
import { parseProperties } from "../../src/zmtp/metadata.js";
import { decodeAll, hex } from "./helpers/bytes.js";

const command = (body: Buffer) => encodeFrame(FLAG_COMMAND, body);
const pad = (n: number) => "00 ".repeat(n);

describe("CONFORMANCE §2 vectors", () => {
  const V1 = hex(`ff ${pad(8)} 7f 03 01 "NULL" ${pad(16)} ${pad(32)}`);

  it("V1 greeting: encoder", () => {
    expect(V1.length).toBe(64);
    expect(buildGreeting("NULL", false)).toEqual(V1);
  });

  it("V1 greeting: decoder (ours, and libzmq's with padding byte 8 = 01, G-4/E-2)", () => {
    for (const bytes of [V1, Buffer.from(V1).fill(1, 8, 9), Buffer.from(V1).fill(4, 8, 9)]) {
      const reader = new GreetingReader();
      expect(reader.push(bytes)).toBe(true);
      expect(reader.error).toBeUndefined();
      expect(reader.greeting).toMatchObject({ major: 3, minor: 1, asServer: false });
      expect(reader.greeting!.mechanism).toEqual(hex(`"NULL" ${pad(16)}`));
    }
  });

  it("V1b PLAIN server greeting (as-server 01): encoder and decoder", () => {
    const v1b = hex(`ff ${pad(8)} 7f 03 01 "PLAIN" ${pad(15)} 01 ${pad(31)}`);
    expect(buildGreeting("PLAIN", true)).toEqual(v1b);
    const reader = new GreetingReader();
    reader.push(v1b);
    expect(reader.greeting).toMatchObject({ major: 3, minor: 1, asServer: true });
  });

  const READY_PUB = hex(`04 19 05 "READY" 0b "Socket-Type" 00 00 00 03 "PUB"`);
  const READY_DEALER = hex(`04 29 05 "READY" 0b "Socket-Type" 00 00 00 06 "DEALER" 08 "Identity" 00 00 00 00`);
  const READY_ROUTER = hex(`04 29 05 "READY" 0b "Socket-Type" 00 00 00 06 "ROUTER" 08 "Identity" 00 00 00 00`);
  const READY_REQ = hex(`04 26 05 "READY" 0b "Socket-Type" 00 00 00 03 "REQ" 08 "Identity" 00 00 00 00`);
  const READY_DEALER_BOB = hex(
    `04 2c 05 "READY" 0b "Socket-Type" 00 00 00 06 "DEALER" 08 "Identity" 00 00 00 03 "BOB"`,
  );
  const readies: Array<[string, Buffer, Array<[string, Buffer]>]> = [
    ["V2 READY PUB", READY_PUB, [["Socket-Type", Buffer.from("PUB")]]],
    [
      "V2 READY DEALER",
      READY_DEALER,
      [
        ["Socket-Type", Buffer.from("DEALER")],
        ["Identity", Buffer.alloc(0)],
      ],
    ],
    [
      "V2 READY ROUTER",
      READY_ROUTER,
      [
        ["Socket-Type", Buffer.from("ROUTER")],
        ["Identity", Buffer.alloc(0)],
      ],
    ],
    [
      "V2 READY REQ",
      READY_REQ,
      [
        ["Socket-Type", Buffer.from("REQ")],
        ["Identity", Buffer.alloc(0)],
      ],
    ],
    [
      "V2 READY DEALER Identity BOB",
      READY_DEALER_BOB,
      [
        ["Socket-Type", Buffer.from("DEALER")],
        ["Identity", Buffer.from("BOB")],
      ],
    ],
  ];
  for (const [name, bytes, properties] of readies) {
    it(`${name}: encoder`, () => {
      expect(command(readyBody(properties))).toEqual(bytes);
    });
    it(`${name}: decoder`, () => {
      const [frame] = decodeAll([bytes]);
      expect(frame!.flags).toBe(FLAG_COMMAND);
      expect(commandName(frame!.body)).toBe("READY");
      expect([...(parseProperties(commandData(frame!.body)) as Map<string, Buffer>)]).toEqual(properties);
    });
  }

  it("V3 single frame 'hello': encoder and decoder", () => {
    const v3 = hex(`00 05 "hello"`);
    expect(encodeMessage([Buffer.from("hello")])).toEqual(v3);
    expect(decodeAll([v3])).toEqual([{ flags: 0, body: Buffer.from("hello") }]);
  });

  it("V4 two-frame message: encoder and decoder", () => {
    const v4 = hex(`01 05 "topic" 00 04 "data"`);
    expect(encodeMessage([Buffer.from("topic"), Buffer.from("data")])).toEqual(v4);
    expect(decodeAll([v4])).toEqual([
      { flags: FLAG_MORE, body: Buffer.from("topic") },
      { flags: 0, body: Buffer.from("data") },
    ]);
  });

  it("V5 long header for 300 bytes (F-1): encoder and decoder, with and without MORE", () => {
    const body = Buffer.alloc(300, 7);
    expect(encodeFrame(0, body)).toEqual(Buffer.concat([hex("02 00 00 00 00 00 00 01 2c"), body]));
    expect(encodeFrame(FLAG_MORE, body)).toEqual(Buffer.concat([hex("03 00 00 00 00 00 00 01 2c"), body]));
    expect(decodeAll([hex("03 00 00 00 00 00 00 01 2c"), body, hex("02 00 00 00 00 00 00 01 2c"), body])).toEqual([
      { flags: FLAG_MORE, body },
      { flags: 0, body },
    ]);
  });

  it("V6 SUBSCRIBE / CANCEL / subscribe-to-all: encoder and decoder", () => {
    const sub = hex(`04 0f 09 "SUBSCRIBE" "10001"`);
    const cancel = hex(`04 0c 06 "CANCEL" "10001"`);
    const all = hex(`04 0a 09 "SUBSCRIBE"`);
    expect(command(subscribeBody(Buffer.from("10001")))).toEqual(sub);
    expect(command(cancelBody(Buffer.from("10001")))).toEqual(cancel);
    expect(command(subscribeBody(Buffer.alloc(0)))).toEqual(all);
    const frames = decodeAll([sub, cancel, all]);
    expect(frames.map((f) => [commandName(f.body), commandData(f.body).toString()])).toEqual([
      ["SUBSCRIBE", "10001"],
      ["CANCEL", "10001"],
      ["SUBSCRIBE", ""],
    ]);
  });

  it("V7 ZMTP 3.0 subscription messages: encoder and decoder", () => {
    const sub = hex(`00 06 01 "10001"`);
    const unsub = hex(`00 06 00 "10001"`);
    expect(encodeMessage([hex(`01 "10001"`)])).toEqual(sub);
    expect(encodeMessage([hex(`00 "10001"`)])).toEqual(unsub);
    expect(decodeAll([sub, unsub]).map((f) => f.body)).toEqual([hex(`01 "10001"`), hex(`00 "10001"`)]);
  });

  it("V8 PING with TTL 30 ds and context, and its PONG: encoder and decoder", () => {
    const ping = hex(`04 0b 04 "PING" 00 1e "ctx!"`);
    const pong = hex(`04 09 04 "PONG" "ctx!"`);
    expect(command(pingBody(30, Buffer.from("ctx!")))).toEqual(ping);
    expect(command(pongBody(Buffer.from("ctx!")))).toEqual(pong);
    expect(command(pingBody(30))).toEqual(hex(`04 07 04 "PING" 00 1e`));
    expect(command(pongBody(Buffer.alloc(0)))).toEqual(hex(`04 05 04 "PONG"`));
    expect(command(pingBody(0))).toEqual(hex(`04 07 04 "PING" 00 00`));
    const [p, q] = decodeAll([ping, pong]);
    expect(commandName(p!.body)).toBe("PING");
    expect(parsePing(commandData(p!.body))).toEqual({ ttl: 30, context: Buffer.from("ctx!") });
    expect(commandName(q!.body)).toBe("PONG");
    expect(commandData(q!.body)).toEqual(Buffer.from("ctx!"));
  });

  it("V9 REQ request on the wire: encoder and decoder", () => {
    const req = hex(`01 00 00 05 "hello"`);
    expect(encodeMessage([Buffer.alloc(0), Buffer.from("hello")])).toEqual(req);
    expect(decodeAll([req])).toEqual([
      { flags: FLAG_MORE, body: Buffer.alloc(0) },
      { flags: 0, body: Buffer.from("hello") },
    ]);
  });

  it("V9 NULL ERROR '400': encoder and decoder", () => {
    const error = hex(`04 0a 05 "ERROR" 03 "400"`);
    expect(command(errorBody("400"))).toEqual(error);
    const [frame] = decodeAll([error]);
    expect(commandName(frame!.body)).toBe("ERROR");
    expect(parseErrorReason(commandData(frame!.body))).toBe("400");
  });
});
