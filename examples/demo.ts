/**
 * The seed's patterns with purezmq on both ends, over tcp loopback, in one process: no external peer needed.
 *   npm run demo
 */
import { Publisher, Pull, Push, Reply, Request, Subscriber } from "../src/index.js";

async function weather(): Promise<void> {
  const publisher = new Publisher();
  await publisher.bind("tcp://127.0.0.1:*");
  const subscriber = new Subscriber();
  subscriber.connect(publisher.lastEndpoint!);
  subscriber.subscribe("10001");

  let publishing = true;
  const publish = (async () => {
    while (publishing) {
      const topic = 9999 + Math.floor(Math.random() * 6);
      const value = Math.floor(Math.random() * 100);
      await publisher.send(`${topic} ${value}`);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  })();

  let sum = 0;
  for (let update = 0; update < 5; update++) {
    const [message] = await subscriber.receive();
    const [topic, value] = message!.toString().split(" ");
    console.log(`  weather: ${topic} ${value}`);
    sum += Number(value);
  }
  publishing = false;
  await publish;
  console.log(`PUB/SUB: sum of 5 updates for topic 10001 = ${sum}`);
  publisher.close();
  subscriber.close();
}

async function requestReply(): Promise<void> {
  const reply = new Reply();
  await reply.bind("tcp://127.0.0.1:*");
  const request = new Request();
  request.connect(reply.lastEndpoint!);

  const server = (async () => {
    for (let i = 0; i < 100; i++) {
      const [msg] = await reply.receive();
      await reply.send(`World ${msg!.toString().split(" ")[1]}`);
    }
  })();
  let last = "";
  for (let i = 0; i < 100; i++) {
    await request.send(`Hello ${i}`);
    last = (await request.receive())[0]!.toString();
  }
  await server;
  console.log(`REQ/REP: 100 requests in lockstep, last reply "${last}"`);
  request.close();
  reply.close();
}

async function pipeline(): Promise<void> {
  const pull = new Pull();
  await pull.bind("tcp://127.0.0.1:*");
  const push = new Push();
  push.connect(pull.lastEndpoint!);
  for (let i = 0; i < 100; i++) await push.send(`task ${i}`);
  let received = 0;
  for await (const [msg] of pull) {
    if (msg!.toString() === `task ${received}`) received++;
    if (received === 100) break;
  }
  console.log(`PUSH/PULL: ${received} messages received in order`);
  push.close();
  pull.close();
}

async function multipart(): Promise<void> {
  const publisher = new Publisher();
  await publisher.bind("tcp://127.0.0.1:*");
  const subscriber = new Subscriber();
  subscriber.connect(publisher.lastEndpoint!);
  subscriber.subscribe("sensor");
  const received = subscriber.receive();
  let done = false;
  void received.then(() => (done = true));
  while (!done) {
    await publisher.send(["sensor", JSON.stringify({ temperature: 21.5 })]);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const [topic, payload] = await received;
  console.log(`PUB/SUB multipart: [${topic!.toString()}, ${payload!.toString()}]`);
  publisher.close();
  subscriber.close();
}

await weather();
await requestReply();
await pipeline();
await multipart();
console.log("demo finished");
