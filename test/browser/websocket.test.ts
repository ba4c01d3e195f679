/**
 * The browser WebSocket adapter (src/transports/browser-websocket.ts) in headless Chromium against libzmq's own
 * ws:// engine (zeromq.js 6.8): the subprotocol a page can offer, one ZWS frame per binary message both ways,
 * and the close-code mapping scripts need.
 */
import { build } from "esbuild";
import { join } from "node:path";
import * as zmq from "zeromq";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ROOT } from "../helpers/dist.js";
import { launchChromium, type HeadlessChromium } from "./chromium.js";

let script: string;
let chromium: HeadlessChromium | undefined;

beforeAll(async () => {
  const result = await build({
    entryPoints: [join(ROOT, "test/browser/websocket-page.mjs")],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    absWorkingDir: ROOT,
    inject: [join(ROOT, "src/platform/buffer-global.ts")],
    logLevel: "silent",
  });
  script = result.outputFiles[0]!.text;
}, 60_000);

afterAll(async () => {
  await chromium?.close();
});

it("a page's WebSocket speaks libzmq's browser profile (ZWS2.0) with a zeromq.js REP over ws://", async () => {
  const reply = new zmq.Reply({ receiveTimeout: 20_000 });
  try {
    await reply.bind("ws://127.0.0.1:*/zmq");
    const served = (async () => {
      const [request] = await reply.receive();
      await reply.send(`echo: ${request!.toString()}`);
      return request!.toString();
    })();
    chromium = await launchChromium();
    const page = await chromium.open({
      "/": ["text/html", '<!doctype html><script type="module" src="/ws.js"></script>'],
      "/ws.js": ["text/javascript", script],
    });
    await page.waitForFunction(() => "startExchange" in globalThis, undefined, { timeout: 10_000 });
    type PageGlobals = { startExchange(url: string): void; exchange: Promise<unknown>; ended: Promise<string[]> };
    await page.evaluate((url) => (globalThis as unknown as PageGlobals).startExchange(url), reply.lastEndpoint!);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).exchange)).toEqual({
      received: [
        { binary: true, flags: 0, body: "" }, // REP's routing id: none
        { binary: true, flags: 1, body: "" }, // the delimiter, MORE set
        { binary: true, flags: 0, body: "echo: hello from the page" },
      ],
      blocked: false,
    });
    expect(await served).toBe("hello from the page");
    // libzmq does not answer a close handshake a page starts; the peer closing is what ends the connection.
    reply.close();
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).ended)).toEqual([
      "opened ZWS2.0",
      "failed ECONNRESET",
      "closed",
    ]);
  } finally {
    reply.close();
  }
}, 60_000);
