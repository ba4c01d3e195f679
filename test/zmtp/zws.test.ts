import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FLAG_COMMAND, FLAG_MORE } from "../../src/zmtp/constants.js";
import { isLinkError } from "../../src/zmtp/errors.js";
import { decodeZwsFrame, encodeZwsFrame, zwsProtocol } from "../../src/zmtp/zws.js";

describe("ZWS 2.0 framing (RFC 45 §Framing)", () => {
  it("puts the flags byte first: 00 last, 01 more, 02 command", () => {
    expect(encodeZwsFrame(0, Buffer.from("ab"))).toEqual(Buffer.from([0x00, 0x61, 0x62]));
    expect(encodeZwsFrame(FLAG_MORE, Buffer.from("ab"))).toEqual(Buffer.from([0x01, 0x61, 0x62]));
    expect(encodeZwsFrame(FLAG_COMMAND, Buffer.from("ab"))).toEqual(Buffer.from([0x02, 0x61, 0x62]));
    expect(encodeZwsFrame(0, Buffer.alloc(0))).toEqual(Buffer.from([0x00]));
  });

  it("names the subprotocol after the mechanism", () => {
    expect(zwsProtocol("NULL")).toBe("ZWS2.0/NULL");
    expect(zwsProtocol("PLAIN")).toBe("ZWS2.0/PLAIN");
    expect(zwsProtocol("CURVE")).toBe("ZWS2.0/CURVE");
  });

  it("decodes what it encodes, the body as a view", () => {
    fc.assert(
      fc.property(fc.constantFrom(0, FLAG_MORE, FLAG_COMMAND), fc.uint8Array({ maxLength: 300 }), (flags, body) => {
        const message = encodeZwsFrame(flags, body);
        const frame = decodeZwsFrame(message, -1);
        if (isLinkError(frame)) throw frame;
        expect(frame.flags).toBe(flags);
        expect(Buffer.from(frame.body)).toEqual(Buffer.from(body));
        expect(frame.body.buffer).toBe(message.buffer);
      }),
    );
  });

  it("refuses an empty message, reserved flag bits, and a body above the limit", () => {
    expect(decodeZwsFrame(Buffer.alloc(0), -1)).toMatchObject({ kind: "protocol", message: /empty/ });
    for (const flags of [0x04, 0x08, 0x10, 0x80, 0xff]) {
      expect(decodeZwsFrame(Buffer.from([flags, 1]), -1)).toMatchObject({ kind: "protocol", message: /reserved/ });
    }
    expect(decodeZwsFrame(Buffer.alloc(12), 10)).toMatchObject({
      kind: "protocol",
      message: /frame of 11 bytes exceeds maxMessageSize 10/,
    });
    expect(isLinkError(decodeZwsFrame(Buffer.alloc(12), 11))).toBe(false);
  });

  it("a command frame carries no MORE (one frame per command)", () => {
    const frame = decodeZwsFrame(Buffer.from([0x03, 1]), -1);
    expect(frame).toMatchObject({ flags: FLAG_COMMAND });
  });
});
