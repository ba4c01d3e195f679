import { fileURLToPath } from "node:url";
import { afterEach, expect, it } from "vitest";
import { startChild, startTs, type ChildPeer } from "../helpers/child.js";
import { describeInterop, PYTHON } from "../helpers/python.js";

/**
 * The seed's programs: each purezmq example in examples/ runs as its own process against its pyzmq original
 * (interop/peers/seed_*.py), in both directions. The binding program prints "bound <endpoint>" (it binds port *),
 * the other connects there; the program that finishes prints the result checked here.
 */

const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}.ts`, import.meta.url));
const original = (name: string) => fileURLToPath(new URL(`../peers/seed_${name}.py`, import.meta.url));

const children: ChildPeer[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill();
});

function run(lang: "ts" | "py", name: string, args: string[]): ChildPeer {
  const child = lang === "ts" ? startTs(example(name), args) : startChild(PYTHON, ["-u", original(name), ...args]);
  children.push(child);
  return child;
}

interface Program {
  seed: string;
  binder: string;
  connector: string;
  /** Which side exits with the result. */
  reporter: "binder" | "connector";
  check(lines: string[]): void;
}

const PROGRAMS: Program[] = [
  {
    seed: "weather PUB/SUB",
    binder: "weather_server",
    connector: "weather_client",
    reporter: "connector",
    check(lines) {
      const updates = lines.filter((l) => l.startsWith("update "));
      expect(updates).toHaveLength(5);
      for (const u of updates) expect(u).toMatch(/^update 10001 \d+$/);
      const sum = updates.reduce((total, u) => total + Number(u.split(" ")[2]), 0);
      expect(lines.at(-1)).toBe(`sum ${sum}`);
    },
  },
  {
    seed: "REQ/REP hello world",
    binder: "reqrep_server",
    connector: "reqrep_client",
    reporter: "connector",
    check: (lines) => expect(lines).toEqual(['replies 100/100 last "World 99"']),
  },
  {
    seed: "PUSH/PULL pipeline",
    binder: "pushpull_pull",
    connector: "pushpull_push",
    reporter: "binder",
    check: (lines) => expect(lines.slice(1)).toEqual(["received 100 tasks, 100 in order"]),
  },
  {
    seed: "PUB/SUB multipart",
    binder: "multipart_pub",
    connector: "multipart_sub",
    reporter: "connector",
    check(lines) {
      expect(lines.at(-1)).toBe("received 5 multipart messages");
      const messages = lines.slice(0, -1);
      expect(messages).toHaveLength(5);
      for (const m of messages) {
        const [, count, topic, ...json] = m.split(" ");
        expect([count, topic]).toEqual(["2", "sensor"]);
        expect(JSON.parse(json.join(" "))).toMatchObject({ temperature: 21.5, seq: expect.any(Number) });
      }
    },
  },
];

const CASES = PROGRAMS.flatMap((p) => [
  { ...p, binderLang: "ts" as const, connectorLang: "py" as const },
  { ...p, binderLang: "py" as const, connectorLang: "ts" as const },
]);

describeInterop("interop: the seed's programs against their pyzmq originals", ["zmq"], () => {
  it.each(CASES)(
    "$seed: $binder ($binderLang) with $connector ($connectorLang)",
    async (c) => {
      const binder = run(c.binderLang, c.binder, ["tcp://127.0.0.1:*"]);
      const bound = await binder.nextLine(15_000);
      expect(bound).toMatch(/^bound tcp:\/\/127\.0\.0\.1:\d+$/);
      const connector = run(c.connectorLang, c.connector, [bound.slice("bound ".length)]);
      const reporter = c.reporter === "binder" ? binder : connector;
      const other = c.reporter === "binder" ? connector : binder;
      const { code, lines, stderr } = await reporter.finished(15_000);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      c.check(lines);
      if (c.reporter === "binder") {
        // the PUSH side exits once its tasks are delivered (close() with the default linger flushes, then lets go)
        expect((await other.finished(5_000)).code).toBe(0);
      }
    },
    30_000,
  );
});
