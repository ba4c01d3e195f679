import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as purezmq from "../../src/index.js";
import { CAPABILITY_DIFFERENCES, OPTION_EXTENSIONS } from "./allowed-differences.js";
import { MISUSE, Sockets } from "./misuse-scenarios.js";
import { accessorTable, methodNames } from "./surface.js";
import { SOCKET_CLASSES, zeromqjs, type Lib } from "./zeromqjs.js";

// Everything zeromq.js-side is read from the installed package at test time; nothing is hard-coded from it.
const ours = purezmq as Lib;
const theirs = zeromqjs as Lib;

beforeAll(() => {
  theirs.context.blocky = false;
});

describe("fidelity: exports", () => {
  it("has exactly zeromq.js's runtime export names", () => {
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
  });

  it("each export has the same runtime kind", () => {
    for (const name of Object.keys(theirs)) expect([name, typeof ours[name]]).toEqual([name, typeof theirs[name]]);
  });

  it("reports the same libzmq version", () => {
    expect(ours.version).toBe(theirs.version);
  });

  it("capability has the same flags; differing values are allow-listed", () => {
    expect(Object.keys(ours.capability).sort()).toEqual(Object.keys(theirs.capability).sort());
    for (const [flag, value] of Object.entries(theirs.capability)) {
      const allowed = Object.hasOwn(CAPABILITY_DIFFERENCES, flag) ? CAPABILITY_DIFFERENCES[flag] : undefined;
      if (allowed) expect([flag, value, ours.capability[flag]]).toEqual([flag, allowed.zeromqjs, allowed.purezmq]);
      else expect([flag, ours.capability[flag]]).toEqual([flag, value]);
    }
  });

  it.each(["Socket", ...SOCKET_CLASSES, "Observer", "Proxy", "Context"])("%s has zeromq.js's methods", (name) => {
    expect(methodNames(ours[name])).toEqual(methodNames(theirs[name]));
  });
});

describe("fidelity: socket options (names, access, defaults)", () => {
  const opened: Array<{ close(): void }> = [];
  afterAll(() => {
    for (const socket of opened) socket.close();
  });

  it.each(SOCKET_CLASSES)("%s", (name) => {
    // No constructor options: the defaults (linger included) are what is compared.
    const theirSocket = new theirs[name]({ context: new theirs.Context() });
    const ourSocket = new ours[name]({ context: new ours.Context() });
    opened.push(theirSocket, ourSocket);
    const theirTable = accessorTable(theirSocket);
    const ourTable = accessorTable(ourSocket);
    const mismatches: string[] = [];
    for (const property of new Set([...Object.keys(theirTable), ...Object.keys(ourTable)])) {
      const theirValue = theirTable[property] ?? "absent";
      const ourValue = ourTable[property] ?? "absent";
      const allowed = Object.hasOwn(OPTION_EXTENSIONS, property) ? OPTION_EXTENSIONS[property] : undefined;
      const expected = allowed && theirValue === allowed.zeromqjs ? allowed.purezmq : theirValue;
      if (ourValue !== expected) mismatches.push(`${property}: zeromq.js ${theirValue}, purezmq ${ourValue}`);
    }
    expect(mismatches).toEqual([]);
  });

  it.each(SOCKET_CLASSES)("%s: writing back each readable default is accepted or refused alike", async (name) => {
    const s = { theirs: new Sockets(theirs), ours: new Sockets(ours) };
    try {
      const theirSocket = s.theirs.make(name);
      const ourSocket = s.ours.make(name);
      const table = accessorTable(theirSocket);
      const mismatches: string[] = [];
      for (const [property, description] of Object.entries(table)) {
        if (
          !description.startsWith("rw ") ||
          description.includes("throws") ||
          Object.hasOwn(OPTION_EXTENSIONS, property)
        )
          continue;
        const value = theirSocket[property];
        const outcome = (socket: Lib) => {
          try {
            socket[property] = value;
            return "accepted";
          } catch (error) {
            return `${(error as Error).constructor.name} ${(error as { code?: string }).code} ${(error as Error).message}`;
          }
        };
        const [theirOutcome, ourOutcome] = [outcome(theirSocket), outcome(ourSocket)];
        if (ourOutcome !== theirOutcome)
          mismatches.push(`${property}=${JSON.stringify(value)}: zeromq.js ${theirOutcome}, purezmq ${ourOutcome}`);
      }
      expect(mismatches).toEqual([]);
    } finally {
      s.theirs.closeAll();
      s.ours.closeAll();
    }
  });
});

describe("fidelity: Context", () => {
  it("has the same option accessors, access and defaults", () => {
    expect(accessorTable(new ours.Context())).toEqual(accessorTable(new theirs.Context()));
  });

  it("constructor options are applied alike", () => {
    const options = { ioThreads: 2, maxSockets: 10, ipv6: true, blocky: false, maxMessageSize: 1000 };
    expect(accessorTable(new ours.Context(options))).toEqual(accessorTable(new theirs.Context(options)));
  });

  it("a context with blocky off gives new sockets linger 0", () => {
    const sockets = [theirs, ours].map((lib) => new lib.Push({ context: new lib.Context({ blocky: false }) }));
    try {
      expect(sockets.map((socket) => socket.linger)).toEqual([0, 0]);
    } finally {
      for (const socket of sockets) socket.close();
    }
  });

  it("sockets default to the shared context and inherit its ipv6", () => {
    const theirSocket = new theirs.Pair({ linger: 0 });
    const ourSocket = new ours.Pair({ linger: 0 });
    try {
      expect(ourSocket.context === ours.context).toBe(theirSocket.context === theirs.context);
      const theirIpv6 = new theirs.Pair({ linger: 0, context: new theirs.Context({ ipv6: true }) });
      const ourIpv6 = new ours.Pair({ linger: 0, context: new ours.Context({ ipv6: true }) });
      expect(ourIpv6.ipv6).toBe(theirIpv6.ipv6);
      theirIpv6.close();
      ourIpv6.close();
    } finally {
      theirSocket.close();
      ourSocket.close();
    }
  });
});

describe("fidelity: misuse errors (code, message, sync throw vs rejection)", () => {
  it.each(Object.keys(MISUSE))("%s", async (name) => {
    const outcomes: unknown[] = [];
    for (const lib of [theirs, ours]) {
      const sockets = new Sockets(lib);
      try {
        outcomes.push(await MISUSE[name]!(sockets));
      } finally {
        sockets.closeAll();
      }
    }
    const [theirOutcome, ourOutcome] = outcomes;
    expect(ourOutcome).toEqual(theirOutcome);
  });
});
