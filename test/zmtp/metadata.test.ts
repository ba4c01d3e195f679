import { describe, expect, it } from "vitest";
import { commandName } from "../../src/zmtp/commands.js";
import { encodeProperties, getProperty, parseProperties } from "../../src/zmtp/metadata.js";
import { sendsIdentity, socketTypesCompatible } from "../../src/zmtp/socket-types.js";
import { hex } from "./helpers/bytes.js";

describe("metadata", () => {
  it("H-9: round trip keeps names as sent and values byte-exact, unknown names kept", () => {
    const props: Array<[string, Buffer]> = [
      ["Socket-Type", Buffer.from("SUB")],
      ["X-Custom", Buffer.from([0, 255])],
    ];
    expect([...(parseProperties(encodeProperties(props)) as Map<string, Buffer>)]).toEqual(props);
  });

  it("H-6: lookups match names case-insensitively", () => {
    const map = parseProperties(hex(`0b "socket-type" 00 00 00 03 "PUB"`)) as Map<string, Buffer>;
    expect(getProperty(map, "Socket-Type")).toEqual(Buffer.from("PUB"));
    expect(getProperty(map, "Identity")).toBeUndefined();
  });

  it("H-9/H-10/E-25: truncated properties, empty names, one trailing byte and huge value lengths are refused", () => {
    const bad = [
      hex(`0b "Socket-Type" 00 00 00`),
      hex(`0b "Socket-Type" 00 00 00 05 "PUB"`),
      hex(`00 00 00 00 00`),
      hex(`0b "Socket-Type" 00 00 00 03 "PUB" 05`),
      hex(`01 "a" ff ff ff ff`),
      hex(`20 "short"`),
    ];
    for (const data of bad) {
      expect(parseProperties(data, "ERR_ZMTP_MALFORMED_COMMAND_READY")).toMatchObject({
        kind: "protocol",
        code: "ERR_ZMTP_MALFORMED_COMMAND_READY",
      });
    }
  });

  it("X-2: command names longer than the body are malformed", () => {
    expect(commandName(hex(`09 "SUB"`))).toBeUndefined();
    expect(commandName(hex(`00 "x"`))).toBeUndefined();
    expect(commandName(Buffer.alloc(0))).toBeUndefined();
    expect(commandName(hex(`04 "PING"`))).toBe("PING");
  });
});

describe("socket types (§4)", () => {
  const types = ["REQ", "REP", "DEALER", "ROUTER", "PUB", "XPUB", "SUB", "XSUB", "PUSH", "PULL", "PAIR"];
  const allowed = new Set([
    "REQ-REP",
    "REQ-ROUTER",
    "REP-DEALER",
    "DEALER-DEALER",
    "DEALER-ROUTER",
    "ROUTER-ROUTER",
    "PUB-SUB",
    "PUB-XSUB",
    "XPUB-SUB",
    "XPUB-XSUB",
    "PUSH-PULL",
    "PAIR-PAIR",
  ]);
  it("H-7: the matrix is exactly §4 and symmetric", () => {
    for (const a of types) {
      for (const b of types) {
        const expected = allowed.has(`${a}-${b}`) || allowed.has(`${b}-${a}`);
        expect(socketTypesCompatible(a, b), `${a}/${b}`).toBe(expected);
      }
    }
  });

  it("H-7/E-30: comparison is exact (case-sensitive), unknown types refused", () => {
    expect(socketTypesCompatible("PUB", "sub")).toBe(false);
    expect(socketTypesCompatible("STREAM", "STREAM")).toBe(false);
    expect(socketTypesCompatible("toString", "PUB")).toBe(false);
  });

  it("H-5: REQ, DEALER and ROUTER send Identity", () => {
    expect(types.filter(sendsIdentity)).toEqual(["REQ", "DEALER", "ROUTER"]);
  });
});
