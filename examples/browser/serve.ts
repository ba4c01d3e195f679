/**
 * Live weather in a browser: the seed's weather publisher (examples/weather_server.ts) bound on ws://, and a page
 * that shows the updates for one zip code as they arrive.
 *   npm run build && npx tsx examples/browser/serve.ts     then open http://127.0.0.1:8080/?zip=10001
 * The page is purezmq bundled by esbuild --platform=browser through the package's `browser` export (hence the build).
 */
import { build } from "esbuild";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { Publisher } from "../../src/index.js";

const HTML = `<!doctype html>
<meta charset="utf-8">
<title>purezmq weather</title>
<h1>Weather</h1>
<p id="summary">waiting for updates…</p>
<ol id="updates"></ol>
<script type="module" src="/page.js"></script>
`;

export interface WeatherDemo {
  /** The page, e.g. "http://127.0.0.1:8080/". */
  readonly url: string;
  /** The publisher, e.g. "ws://127.0.0.1:5556/weather". */
  readonly endpoint: string;
  close(): Promise<void>;
}

export async function startWeatherDemo(
  httpPort = 8080,
  wsEndpoint = "ws://127.0.0.1:5556/weather",
): Promise<WeatherDemo> {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL("./page.mjs", import.meta.url))],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "warning",
  });
  const script = bundle.outputFiles[0]!.text;

  const publisher = new Publisher();
  await publisher.bind(wsEndpoint);
  let publishing = true;
  const publish = (async () => {
    while (publishing) {
      const zipcode = 9999 + Math.floor(Math.random() * 6);
      const temperature = Math.floor(Math.random() * 100);
      await publisher.send(`${zipcode} ${temperature}`);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  })();

  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    if (path === "/") response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(HTML);
    else if (path === "/page.js") response.writeHead(200, { "content-type": "text/javascript" }).end(script);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(httpPort, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    endpoint: publisher.lastEndpoint!,
    async close() {
      publishing = false;
      await publish;
      publisher.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const demo = await startWeatherDemo(Number(process.env.PORT ?? 8080), process.argv[2]);
  console.log(
    `publishing on ${demo.endpoint}; open ${demo.url}?zip=10001&endpoint=${encodeURIComponent(demo.endpoint)}`,
  );
}
