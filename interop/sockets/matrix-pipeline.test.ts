import { afterEach, it } from "vitest";
import type { Socket } from "../../src/index.js";
import { describeInterop } from "../helpers/python.js";
import { killPeers } from "../helpers/zpeer.js";
import { casesOf, runCase } from "./matrix.js";

const sockets: Socket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
  killPeers();
});

describeInterop("interop matrix: pipeline", ["zmq"], () => {
  it.each(casesOf("pipeline"))("$name", async (c) => {
    await runCase(c, (s) => sockets.push(s));
  });
});
