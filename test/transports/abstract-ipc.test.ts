import { afterEach, describe, expect, it } from "vitest";
import * as zmq from "../../src/index.js";
import {
  ABSTRACT_IPC_WARNING,
  padsAbstractNames,
  resetAbstractIpcWarning,
  warnIfAbstractIpcPadded,
} from "../../src/transports/abstract-ipc.js";

describe("abstract ipc names on runtimes whose libuv pads them", () => {
  it("libuv before 1.48 pads (Node 20 ships 1.46); 1.48 and later, Bun and Deno use the exact name", () => {
    expect(padsAbstractNames({ node: "20.19.0", uv: "1.46.0" })).toBe(true);
    expect(padsAbstractNames({ node: "18.20.0", uv: "1.44.2" })).toBe(true);
    expect(padsAbstractNames({ uv: "1.47.9" })).toBe(true);
    expect(padsAbstractNames({ node: "22.23.5", uv: "1.51.0" })).toBe(false);
    expect(padsAbstractNames({ uv: "1.48.0" })).toBe(false);
    expect(padsAbstractNames({ uv: "2.0.0" })).toBe(false);
    expect(padsAbstractNames({ bun: "1.1.30", uv: "1.46.0" })).toBe(false);
    expect(padsAbstractNames({ deno: "2.0.0", uv: "1.43.0" })).toBe(false);
    expect(padsAbstractNames({})).toBe(false);
  });

  it("warns once per process with a code, and never where names are exact", () => {
    resetAbstractIpcWarning();
    const seen: Array<{ message: string; code: string }> = [];
    const emit = (message: string, options: { code: string }) => seen.push({ message, code: options.code });
    warnIfAbstractIpcPadded({ node: "22.23.5", uv: "1.51.0" }, emit);
    expect(seen).toEqual([]);
    warnIfAbstractIpcPadded({ node: "20.19.0", uv: "1.46.0" }, emit);
    warnIfAbstractIpcPadded({ node: "20.19.0", uv: "1.46.0" }, emit);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.code).toBe(ABSTRACT_IPC_WARNING);
    expect(seen[0]!.message).toMatch(/Node 22/);
  });
});

describe.runIf(process.platform === "linux")("ipc://@name through the socket API", () => {
  const sockets: zmq.Socket[] = [];
  const warnings: Error[] = [];
  const onWarning = (warning: Error): void => void warnings.push(warning);
  afterEach(() => {
    process.off("warning", onWarning);
    for (const s of sockets.splice(0)) s.close();
  });

  it("binds and connects the name as given, reports it as lastEndpoint, and warns (once) only on a padding runtime", async () => {
    resetAbstractIpcWarning();
    process.on("warning", onWarning);
    const name = `purezmq-abstract-api-${process.pid}-${Date.now()}`;
    const pull = new zmq.Pull({ linger: 0 });
    const push = new zmq.Push({ linger: 0 });
    sockets.push(pull, push);
    await pull.bind(`ipc://@${name}`);
    expect(pull.lastEndpoint).toBe(`ipc://@${name}`);
    push.connect(`ipc://@${name}`);
    await push.send("over the abstract namespace");
    expect((await pull.receive())[0]!.toString()).toBe("over the abstract namespace");
    await new Promise((resolve) => setImmediate(resolve)); // process.emitWarning reports on the next tick
    const ours = warnings.filter((w) => (w as Error & { code?: string }).code === ABSTRACT_IPC_WARNING);
    expect(ours).toHaveLength(padsAbstractNames(process.versions) ? 1 : 0);
  });
});
