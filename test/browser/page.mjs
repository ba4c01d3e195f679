// The program browser.test.ts bundles with esbuild --platform=browser and runs in headless Chromium. It imports
// the package by name, so the bundler goes through package.json's `browser` export as a user's would. Plain
// JavaScript: it runs only as a bundle, and dist's types are not there when CI typechecks.
import { curveKeyPair, Dealer, Publisher, Pull, Push, Reply, Request, Router, Subscriber } from "purezmq";
import { json, msgpack, pickle, pyobj, string, unpickle, sendPyobj, receivePyobj } from "purezmq/codecs";

const text = (frames) => frames.map((frame) => new TextDecoder().decode(frame));

async function pipeline() {
  const pull = new Pull();
  await pull.bind("inproc://pipeline");
  const push = new Push();
  push.connect("inproc://pipeline");
  for (let i = 0; i < 100; i++) await push.send([`task ${i}`, new Uint8Array([i, 255 - i])]);
  const received = [];
  for (let i = 0; i < 100; i++) {
    const [task, bytes] = await pull.receive();
    received.push(`${new TextDecoder().decode(task)}:${bytes[0]},${bytes[1]}`);
  }
  push.close();
  pull.close();
  return received;
}

async function requestReply() {
  const reply = new Reply();
  await reply.bind("inproc://hello");
  const request = new Request();
  request.connect("inproc://hello");
  const server = (async () => {
    for (let i = 0; i < 10; i++) {
      const [name] = await reply.receive();
      await reply.send(`Hello ${new TextDecoder().decode(name)}`);
    }
  })();
  const replies = [];
  for (let i = 0; i < 10; i++) {
    await request.send(`page ${i}`);
    replies.push(...text(await request.receive()));
  }
  await server;
  request.close();
  reply.close();
  return replies;
}

async function publishSubscribe() {
  const publisher = new Publisher();
  await publisher.bind("inproc://weather");
  const subscriber = new Subscriber();
  subscriber.connect("inproc://weather");
  subscriber.subscribe("10001 ");
  // The subscription reaches the publisher asynchronously: publish until the first update arrives.
  const first = subscriber.receive();
  let arrived = false;
  void first.then(() => (arrived = true));
  while (!arrived) {
    await publisher.send("10001 warm-up");
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await first;
  for (let i = 0; i < 30; i++) await publisher.send(`${10000 + (i % 3)} ${i}`);
  await publisher.send("10001 end");
  const received = [];
  for (;;) {
    const [update] = text(await subscriber.receive());
    if (update === "10001 warm-up") continue;
    received.push(update);
    if (update === "10001 end") break;
  }
  publisher.close();
  subscriber.close();
  return received;
}

async function routed() {
  const router = new Router();
  await router.bind("inproc://router");
  const dealer = new Dealer();
  dealer.connect("inproc://router");
  await dealer.send("ping");
  const [identity, body] = await router.receive();
  await router.send([identity, "pong"]);
  const [answer] = await dealer.receive();
  dealer.close();
  router.close();
  return {
    identityLength: identity.length,
    body: new TextDecoder().decode(body),
    answer: new TextDecoder().decode(answer),
  };
}

async function refusals() {
  const outcomes = {};
  const socket = new Push();
  for (const address of ["tcp://127.0.0.1:5555", "ipc:///tmp/purezmq.sock", "udp://127.0.0.1:5555"]) {
    try {
      await socket.bind(address);
      outcomes[`bind ${address}`] = "bound";
    } catch (error) {
      outcomes[`bind ${address}`] = { code: error.code, message: error.message, address: error.address };
    }
    try {
      socket.connect(address);
      outcomes[`connect ${address}`] = "connected";
    } catch (error) {
      outcomes[`connect ${address}`] = { code: error.code, message: error.message, address: error.address };
    }
  }
  socket.close();
  return outcomes;
}

async function codecs() {
  const value = { zip: 10001, temperature: 21.5, tags: ["a", "b"], ok: true, nothing: null };
  const pull = new Pull();
  await pull.bind("inproc://codecs");
  const push = new Push();
  push.connect("inproc://codecs");
  await sendPyobj(push, value);
  const overSocket = await receivePyobj(pull);
  push.close();
  pull.close();
  return {
    string: string.decode(string.encode("héllo ✓")),
    json: json.decode(json.encode(value)),
    msgpack: msgpack.decode(msgpack.encode(value)),
    pyobj: pyobj.decode(pyobj.encode(value)),
    overSocket,
    // pickle.dumps("héllo", protocol=2) from CPython.
    unpickled: unpickle(
      new Uint8Array([0x80, 0x02, 0x58, 0x06, 0x00, 0x00, 0x00, 0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f, 0x71, 0x00, 0x2e]),
    ),
    pickleIsBytes: pickle([1, 2]) instanceof Uint8Array,
    badUtf8: (() => {
      try {
        unpickle(new Uint8Array([0x80, 0x02, 0x58, 0x01, 0x00, 0x00, 0x00, 0xff, 0x2e]));
        return "accepted";
      } catch (error) {
        return error.name;
      }
    })(),
  };
}

async function run() {
  return {
    globals: {
      process: typeof globalThis.process,
      Buffer: typeof globalThis.Buffer,
      require: typeof globalThis.require,
    },
    pipeline: await pipeline(),
    requestReply: await requestReply(),
    publishSubscribe: await publishSubscribe(),
    routed: await routed(),
    // @noble's X25519 (a page has no node:crypto): the test checks the public key against the secret one
    curveKeyPair: curveKeyPair(),
    refusals: await refusals(),
    codecs: await codecs(),
  };
}

globalThis.purezmqPage = run().then(
  (results) => ({ ok: true, results }),
  (error) => ({ ok: false, error: String(error?.stack ?? error) }),
);
