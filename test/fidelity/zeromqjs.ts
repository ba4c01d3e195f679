import { createRequire } from "node:module";
import * as purezmq from "../../src/index.js";

/** The native zeromq.js package (CommonJS), loaded at test time only. */
export const zeromqjs = createRequire(import.meta.url)("zeromq") as typeof import("zeromq");

/** Either library: tests drive both through the same code path. The shapes are compared at runtime, not by types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Lib = any;

export const LIBS: ReadonlyArray<readonly [name: string, lib: Lib]> = [
  ["zeromq.js", zeromqjs],
  ["purezmq", purezmq],
];

export const SOCKET_CLASSES = [
  "Pair",
  "Publisher",
  "Subscriber",
  "Request",
  "Reply",
  "Dealer",
  "Router",
  "Pull",
  "Push",
  "XPublisher",
  "XSubscriber",
  "Stream",
] as const;
