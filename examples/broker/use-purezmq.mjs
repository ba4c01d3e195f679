// Preload (`node --import tsx --import ./examples/broker/use-purezmq.mjs program.mjs`): makes `import "zeromq"`
// resolve to purezmq's sources, so a zeromq.js program runs unchanged on purezmq.
import { register } from "node:module";

register("./purezmq-resolver.mjs", import.meta.url);
