// The page of the live weather example (see serve.ts): purezmq in the browser subscribes over ws:// to the
// weather publisher and shows the updates for one zip code as they arrive. Plain JavaScript, bundled by serve.ts
// with esbuild --platform=browser through the package's `browser` export.
import { Subscriber } from "purezmq";

const params = new URLSearchParams(location.search);
const zip = params.get("zip") ?? "10001";
const endpoint = params.get("endpoint") ?? `ws://${location.hostname}:5556/weather`;

const title = document.querySelector("h1");
const summary = document.querySelector("#summary");
const list = document.querySelector("#updates");
title.textContent = `Weather for ${zip}`;

const subscriber = new Subscriber();
subscriber.connect(endpoint);
subscriber.subscribe(`${zip} `);

let count = 0;
let sum = 0;
// Not a top-level await: a module still evaluating would hold back the page's load event.
void (async () => {
  for await (const [message] of subscriber) {
    const [, temperature] = new TextDecoder().decode(message).split(" ");
    count++;
    sum += Number(temperature);
    summary.textContent = `${count} updates, average ${(sum / count).toFixed(1)}`;
    const item = document.createElement("li");
    item.textContent = `${temperature} °`;
    list.prepend(item);
    if (list.children.length > 20) list.lastElementChild.remove();
  }
})();
