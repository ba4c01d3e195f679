import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's chromium package (apt-get install chromium, in .ci/run); playwright-core downloads no browser. */
export const CHROMIUM = process.env.PUREZMQ_CHROMIUM ?? "/usr/bin/chromium";

/** path -> [content type, body] */
export type Files = Record<string, [string, string]>;

export interface HeadlessChromium {
  readonly context: BrowserContext;
  /**
   * A fresh page opened on a loopback HTTP server serving `files` from "/". A loopback origin, not a routed
   * fake one: Chromium's local network access checks block a page of any other origin from ws://127.0.0.1.
   */
  open(files: Files, path?: string): Promise<Page>;
  close(): Promise<void>;
}

function serve(files: Files): Promise<Server> {
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? "/", "http://x").pathname];
    if (file === undefined) response.writeHead(404).end();
    else response.writeHead(200, { "content-type": file[0] }).end(file[1]);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export async function launchChromium(): Promise<HeadlessChromium> {
  const profile = mkdtempSync(join(tmpdir(), "purezmq-chromium-"));
  const servers: Server[] = [];
  // A fresh profile directory per launch (playwright passes it as --user-data-dir).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    timeout: 30_000,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    async open(files, path = "/") {
      const server = await serve(files);
      servers.push(server);
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
      return page;
    },
    async close() {
      await context.close();
      for (const server of servers) server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
