/**
 * A purezmq PAIR in its own process, for tests that need to freeze a purezmq peer (SIGSTOP).
 * usage: tsx purezmq_pair.ts <bind endpoint>; prints the real endpoint, then echoes every message.
 */
import { Pair } from "../../src/index.js";

const pair = new Pair({ linger: 0 });
await pair.bind(process.argv[2] ?? "tcp://127.0.0.1:*");
console.log(pair.lastEndpoint);
process.stdin.on("end", () => pair.close()).resume();
for await (const message of pair) await pair.send(message);
