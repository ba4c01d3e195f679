import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's chromium package (apt-get install chromium, in .ci/run); playwright-core downloads no browser. */
export const CHROMIUM = process.env.PUREZMQ_CHROMIUM ?? "/usr/bin/chromium";

/** A page origin the test answers itself (page.route), so no HTTP server runs. */
export const ORIGIN = "http://purezmq.test";

export interface HeadlessChromium {
  readonly context: BrowserContext;
  /** A fresh page whose origin serves `files` (path -> [content type, body]). */
  page(files: Record<string, [string, string]>): Promise<Page>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<HeadlessChromium> {
  const profile = mkdtempSync(join(tmpdir(), "purezmq-chromium-"));
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
    async page(files) {
      const page = await context.newPage();
      await page.route(`${ORIGIN}/**`, (route) => {
        const path = new URL(route.request().url()).pathname;
        const file = files[path];
        return file === undefined ? route.fulfill({ status: 404, body: "" }) : route.fulfill({ status: 200, contentType: file[0], body: file[1] });
      });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
