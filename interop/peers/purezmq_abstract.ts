/**
 * A purezmq PUSH or PULL in its own process, for the ipc://@name interop test (run under Node 22 or later, whose
 * libuv uses abstract names as given).
 * usage: purezmq_abstract.ts pull-bind <endpoint> <count> | push-connect <endpoint> <count>
 * stdout (JSON lines): {"ev":"ready","endpoint":...,"uv":...}, then {"ev":"msg","parts":[...]} per message
 * (pull) or {"ev":"sent"} (push). Ends when stdin closes.
 */
import { Pull, Push } from "../../src/index.js";
import { describeParts, seqMessage } from "../helpers/zpeer.js";

const [role, endpoint, countText] = process.argv.slice(2);
const count = Number(countText);
const say = (event: object): void => void process.stdout.write(`${JSON.stringify(event)}\n`);

if (role === "pull-bind") {
  const pull = new Pull({ linger: 0 });
  await pull.bind(endpoint!);
  say({ ev: "ready", endpoint: pull.lastEndpoint, uv: process.versions.uv });
  process.stdin.on("end", () => pull.close()).resume();
  for (let i = 0; i < count; i++) say({ ev: "msg", parts: describeParts(await pull.receive()) });
} else if (role === "push-connect") {
  const push = new Push({ linger: 1000 });
  push.connect(endpoint!);
  say({ ev: "ready", endpoint: endpoint, uv: process.versions.uv });
  process.stdin.on("end", () => push.close()).resume();
  for (let i = 0; i < count; i++) await push.send(seqMessage(i));
  say({ ev: "sent" });
} else {
  throw new Error(`unknown role ${role}`);
}
