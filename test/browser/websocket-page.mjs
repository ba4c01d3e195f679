// Bundled by websocket.test.ts (with the browser build's Buffer injection) and run in Chromium: the page's
// WebSocket adapter talks to a libzmq ws:// REP socket (zeromq.js) in libzmq's browser profile, "ZWS2.0", with
// ZWS framing written out by hand (flags byte, then the frame): a routing id first, then a request.
import { BrowserMessageSocket } from "../../src/transports/browser-websocket.ts";

const MORE = 0x01;
const frame = (flags, text) => Buffer.concat([Buffer.from([flags]), Buffer.from(text)]);

const events = [];
let replied;
let ended;
globalThis.exchange = new Promise((resolve) => (replied = resolve));
globalThis.ended = new Promise((resolve) => (ended = resolve));

globalThis.startExchange = (url) => {
  const received = [];
  const socket = BrowserMessageSocket.connect(url, {
    opened() {
      events.push(`opened ${socket.protocol}`);
      socket.send(frame(0, "")); // our routing id: none
      socket.send(frame(MORE, "")); // REQ's empty delimiter
      socket.send(frame(0, "hello from the page"));
    },
    received(data, binary) {
      received.push({ binary, flags: data[0], body: data.subarray(1).toString() });
      if (received.length === 3) replied({ received, blocked: socket.blocked });
    },
    drained() {
      events.push("drained");
    },
    failed(code) {
      events.push(`failed ${code}`);
    },
    closed() {
      events.push("closed");
      ended(events);
    },
  });
};
