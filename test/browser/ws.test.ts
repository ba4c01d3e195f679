/**
 * purezmq in a page over ws://, against purezmq in Node and against libzmq (zeromq.js 6.8, native ws://): the
 * page's sockets speak libzmq's browser profile ("ZWS2.0"), the only ZWS subprotocol a page's WebSocket can offer.
 * The page is the package bundled by esbuild --platform=browser alone.
 */
import { build } from "esbuild";
import { join } from "node:path";
import type { Page } from "playwright-core";
import * as zmq from "zeromq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as purezmq from "../../src/index.js";
import { ensureBuilt, ROOT } from "../helpers/dist.js";
import { launchChromium, type HeadlessChromium } from "./chromium.js";

type Library = "purezmq" | "zeromq.js";
const LIBRARIES: Record<Library, { Publisher: new () => zmq.Publisher; Reply: new () => zmq.Reply }> = {
  purezmq: purezmq as unknown as typeof zmq,
  "zeromq.js": zmq,
};

let chromium: HeadlessChromium;
let page: Page;

beforeAll(async () => {
  await ensureBuilt();
  const result = await build({
    entryPoints: [join(ROOT, "test/browser/ws-page.mjs")],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    absWorkingDir: ROOT,
    logLevel: "silent",
  });
  chromium = await launchChromium();
  page = await chromium.open({
    "/": ["text/html", '<!doctype html><script type="module" src="/ws.js"></script>'],
    "/ws.js": ["text/javascript", result.outputFiles[0]!.text],
  });
  await page.waitForFunction(() => "pageReady" in globalThis, undefined, { timeout: 10_000 });
}, 120_000);

afterAll(async () => {
  await chromium?.close();
});

type PageApi = {
  subscribe(endpoint: string, topic: string, count: number): Promise<string[]>;
  request(endpoint: string, count: number): Promise<string[]>;
};

describe.each<Library>(["purezmq", "zeromq.js"])("a page and %s in Node over ws://", (library) => {
  it("the page subscribes to one zip code of a weather publisher", async () => {
    const publisher = new LIBRARIES[library].Publisher();
    let publishing = true;
    try {
      await publisher.bind("ws://127.0.0.1:*/weather");
      const publish = (async () => {
        for (let i = 0; publishing; i++) {
          await publisher.send([`${10000 + (i % 4)}`, `${i}`]);
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
      })();
      const updates = await page.evaluate(
        ([endpoint]) => (globalThis as unknown as PageApi).subscribe(endpoint!, "10002", 20),
        [publisher.lastEndpoint!],
      );
      publishing = false;
      await publish;
      expect(updates).toHaveLength(20);
      for (const update of updates) {
        const [zip, sequence] = update.split("|");
        expect(zip).toBe("10002");
        expect(Number(sequence) % 4).toBe(2);
      }
    } finally {
      publishing = false;
      publisher.close();
    }
  }, 60_000);

  it("the page sends requests in lockstep and gets each reply", async () => {
    const reply = new LIBRARIES[library].Reply();
    try {
      await reply.bind("ws://127.0.0.1:*/rpc");
      const served = (async () => {
        for (let i = 0; i < 10; i++) {
          const [text, bytes] = await reply.receive();
          await reply.send([Buffer.from(`reply to ${text!.toString()}`), Buffer.from(bytes!).reverse()]);
        }
      })();
      const replies = await page.evaluate(
        ([endpoint]) => (globalThis as unknown as PageApi).request(endpoint!, 10),
        [reply.lastEndpoint!],
      );
      await served;
      expect(replies).toEqual(
        Array.from({ length: 10 }, (_, i) => `${Array.from(Buffer.from(`reply to page ${i}`)).join(",")}|255,2,1,0`),
      );
    } finally {
      reply.close();
    }
  }, 60_000);
});

describe("examples/browser (live weather page)", () => {
  it("shows the updates for the chosen zip code as the Node publisher sends them", async () => {
    const { startWeatherDemo } = await import("../../examples/browser/serve.js");
    const demo = await startWeatherDemo(0, "ws://127.0.0.1:*/weather");
    try {
      const live = await chromium.context.newPage();
      await live.goto(`${demo.url}?zip=10002&endpoint=${encodeURIComponent(demo.endpoint)}`);
      await live.waitForSelector("#updates li:nth-child(10)", { timeout: 20_000 });
      expect(await live.textContent("h1")).toBe("Weather for 10002");
      expect(await live.textContent("#summary")).toMatch(/^\d+ updates, average \d+\.\d$/);
      await live.close();
    } finally {
      await demo.close();
    }
  }, 60_000);
});
