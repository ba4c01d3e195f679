// One implementation per process: every entry (main, draft, v5-compat; ESM and CommonJS) is a view of
// dist/implementation.cjs, so a program (or two of its dependencies) that imports purezmq and also requires it,
// or uses several entries, shares one default context, one inproc namespace and one set of classes.
// Runs against the built package (`npm run build` first; CI builds before testing).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

const DIST = new URL("../../dist/", import.meta.url);

describe("ESM import and CommonJS require in one process", () => {
  it("share one implementation: default context, classes, inproc and Proxy", () => {
    expect(existsSync(new URL("index.cjs", DIST)), "dist/ is missing: run `npm run build` first").toBe(true);
    const script = `
      import { createRequire } from "node:module";
      import * as esm from ${JSON.stringify(new URL("index.js", DIST).href)};
      import * as esmCompat from ${JSON.stringify(new URL("v5-compat.js", DIST).href)};
      import * as esmDraft from ${JSON.stringify(new URL("draft.js", DIST).href)};
      const require = createRequire(import.meta.url);
      const cjs = require(${JSON.stringify(new URL("index.cjs", DIST).pathname)});
      const cjsCompat = require(${JSON.stringify(new URL("v5-compat.cjs", DIST).pathname)});
      const report = {
        sameContext: esm.context === cjs.context,
        sameClasses: esm.Dealer === cjs.Dealer && esm.Proxy === cjs.Proxy && esmCompat.Socket === cjsCompat.Socket,
      };
      const server = new esmDraft.Server();
      report.draftShares = server instanceof cjs.Socket && server.context === cjs.context;
      server.close();
      // inproc from a socket made by one face to a socket made by the other
      const pull = new esm.Pull();
      await pull.bind("inproc://single-copy");
      const push = new cjs.Push();
      push.connect("inproc://single-copy");
      await push.send("across");
      report.inproc = (await pull.receive())[0].toString();
      // a Proxy over sockets from both faces
      const front = new esm.Pull();
      await front.bind("inproc://front");
      const back = new cjs.Push();
      await back.bind("inproc://back");
      const proxy = new cjs.Proxy(front, back);
      const running = proxy.run();
      const sink = new cjs.Pull();
      sink.connect("inproc://back");
      const source = new esm.Push();
      source.connect("inproc://front");
      await source.send("proxied");
      report.proxy = (await sink.receive())[0].toString();
      proxy.terminate();
      await running;
      // the v5 API drives the same default context
      const compat = esmCompat.socket("pull");
      const feeder = new cjs.Push();
      compat.bindSync("inproc://compat");
      feeder.connect("inproc://compat");
      report.compat = await new Promise((resolve) => {
        compat.once("message", (message) => resolve(message.toString()));
        void feeder.send("v5");
      });
      for (const s of [pull, push, sink, source, feeder]) s.close();
      compat.close();
      console.log(JSON.stringify(report));
    `;
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      timeout: 15_000,
    });
    // Loading purezmq/draft warns (once), as zeromq.js's draft entry does; nothing else may be printed.
    expect(
      result.stderr.replace(
        /^\(node:\d+\) Warning: ZeroMQ draft features are experimental.*\n.*--trace-warnings.*\n/,
        "",
      ),
    ).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      sameContext: true,
      sameClasses: true,
      draftShares: true,
      inproc: "across",
      proxy: "proxied",
      compat: "v5",
    });
  });
});
