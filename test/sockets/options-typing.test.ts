import { describe, expect, it } from "vitest";
import {
  COMMON_OPTIONS,
  READABLE_OPTIONS,
  WRITABLE_OPTIONS,
  type SocketOptionValues,
} from "../../src/sockets/options.js";
import { Dealer } from "../../src/index.js";

describe("socket option values are typed from the option table", () => {
  it("a misspelt option name does not compile (checked by tsc over this file)", () => {
    const values = { linger: 5, sendHighWaterMark: 10 } as SocketOptionValues;
    const linger: number = values.linger;
    // @ts-expect-error: no option is called "lingr"
    const misspelt = values.lingr;
    // @ts-expect-error: linger holds a number, not a string
    const wrongType: string = values.linger;
    expect([linger, misspelt, wrongType]).toEqual([5, undefined, 5]);
  });

  it("every option in the tables is a socket property with its table default", () => {
    const socket = new Dealer();
    try {
      for (const spec of [...COMMON_OPTIONS, ...WRITABLE_OPTIONS, ...READABLE_OPTIONS]) {
        if (spec.access === "w" || spec.rules?.unavailable || spec.rules?.writeOnlyInLibzmq) continue;
        if (spec.name === "type" || spec.name === "securityMechanism") continue;
        expect((socket as unknown as Record<string, unknown>)[spec.name], spec.name).toEqual(spec.defaultValue);
      }
    } finally {
      socket.close();
    }
  });
});
