// Bundled by ws.test.ts through the package's `browser` export (esbuild --platform=browser, nothing else) and run
// in Chromium: purezmq sockets in the page reach servers in Node over ws://.
import { Request, Subscriber } from "purezmq";

const decoder = new TextDecoder();

/** Subscribe to `topic` at `endpoint` and return the first `count` updates. */
globalThis.subscribe = async (endpoint, topic, count) => {
  const subscriber = new Subscriber();
  subscriber.connect(endpoint);
  subscriber.subscribe(topic);
  const updates = [];
  while (updates.length < count) {
    const frames = await subscriber.receive();
    updates.push(frames.map((frame) => decoder.decode(frame)).join("|"));
  }
  subscriber.close();
  return updates;
};

/** Send `count` requests to `endpoint` in lockstep and return the replies. */
globalThis.request = async (endpoint, count) => {
  const request = new Request();
  request.connect(endpoint);
  const replies = [];
  for (let i = 0; i < count; i++) {
    await request.send([`page ${i}`, new Uint8Array([0, 1, 2, 255])]);
    const frames = await request.receive();
    replies.push(frames.map((frame) => Array.from(frame).join(",")).join("|"));
  }
  request.close();
  return replies;
};

globalThis.pageReady = true;
