import { readFileSync } from "node:fs";
import { version as libzmqVersion } from "../info.js";
import { benchCommand, benchPeerCommand } from "./bench.js";
import { CliError, describeError, UsageError, type Command } from "./command.js";
import { fuzzCommand } from "./fuzz/command.js";
import { monitorCommand } from "./monitor.js";
import { socketCommands } from "./socket-command.js";
import { spyCommand } from "./spy.js";

const COMMANDS: Command[] = [...socketCommands, monitorCommand, spyCommand, benchCommand, fuzzCommand];
/** Internal commands (the other side of `bench`): runnable, not listed. */
const HIDDEN: Command[] = [benchPeerCommand];

const HELP = `Usage: purezmq COMMAND [options]      (purezmq COMMAND --help for details and examples)

ZeroMQ from the shell, in pure TypeScript: talk to ZeroMQ services, watch their wire traffic, fuzz them.

Sockets:
${socketCommands.map((c) => `  ${c.name.padEnd(9)}${c.summary}`).join("\n")}

Tools:
${[monitorCommand, spyCommand, benchCommand, fuzzCommand].map((c) => `  ${c.name.padEnd(9)}${c.summary}`).join("\n")}

Examples:
  purezmq rep --bind tcp://127.0.0.1:5555 --echo
  purezmq req --connect tcp://127.0.0.1:5555 --data hello
  purezmq spy --listen tcp://127.0.0.1:6000 --forward tcp://127.0.0.1:5555
  purezmq fuzz tcp://127.0.0.1:5555 --type DEALER --cases 1000 --seed 1

Options:
  -h, --help     this help
  -V, --version  print the version
`;

/** Our package.json's version: the nearest package.json above this file (dist/ or src/cli/). */
function packageVersion(): string {
  for (const path of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "purezmq" && pkg.version) return pkg.version;
    } catch {
      // not there: try the next level up
    }
  }
  return "unknown";
}

function fail(message: string, code: number, command?: string): number {
  const hint = code === 2 ? ` (see purezmq ${command ? `${command} ` : ""}--help)` : "";
  process.stderr.write(`purezmq${command ? ` ${command}` : ""}: ${message}${hint}\n`);
  return code;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    const topic = name === "help" ? rest[0] : undefined;
    const command = COMMANDS.find((c) => c.name === topic);
    process.stdout.write(command ? command.help : HELP);
    return 0;
  }
  if (name === "-V" || name === "--version") {
    process.stdout.write(`purezmq ${packageVersion()} (behaves as libzmq ${libzmqVersion})\n`);
    return 0;
  }
  const command = [...COMMANDS, ...HIDDEN].find((c) => c.name === name);
  if (!command) return fail(`unknown command ${JSON.stringify(name)}`, 2);
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(command.help);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (process.env.PUREZMQ_DEBUG) console.error(error);
    if (error instanceof UsageError) return fail(error.message, 2, command.name);
    if (error instanceof CliError) return fail(error.message, error.exitCode, command.name);
    return fail(describeError(error), 1, command.name);
  }
}

// A hostile or vanished peer must never surface as a stack trace: report one line and leave.
process.on("unhandledRejection", (error) => {
  process.exit(fail(describeError(error), 1));
});

const code = await main(process.argv.slice(2));
if (code !== 0) process.exit(code);
process.exitCode = code;
// Let sockets linger until queued messages are delivered, but stop waiting for input nobody will read.
process.stdin.destroy();
