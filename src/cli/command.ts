import { parseArgs, type ParseArgsConfig } from "node:util";

/*
 * Argument parsing is node:util's parseArgs. Every command is a flat set of options plus positionals, which it
 * covers: strict mode refuses unknown options and missing values with a message we pass on as one line, `multiple`
 * handles repeatable --bind/--data, and it ships with Node (no dependency in the command or the library). What it
 * lacks, subcommands and generated help, is a dispatch table in main.ts and a hand-written --help per command,
 * which we want anyway for the examples.
 */

/** A mistake in how the command was called: printed as one line, exit status 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** A failure the user can act on (port in use, peer gone, bad input): one line, exit status 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Full `--help` text, with examples. */
  readonly help: string;
  /** Resolves with the exit status. */
  run(args: string[]): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** What parseArgs yields for an options declaration. */
export type Values<T extends Options> = {
  [K in keyof T]?: T[K] extends { type: "boolean" }
    ? T[K] extends { multiple: true }
      ? boolean[]
      : boolean
    : T[K] extends { multiple: true }
      ? string[]
      : string;
};

/**
 * node:util parseArgs in strict mode, with its errors turned into a UsageError naming the command. Positional
 * arguments are allowed; commands check their count.
 */
export function parse<T extends Options>(
  command: string,
  args: string[],
  options: T,
): { values: Values<T>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Values<T>, positionals };
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    throw new UsageError(message, command);
  }
}

/** An integer option: undefined when absent, a UsageError when not a number in range. */
export function integer(command: string, name: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} must be an integer >= ${min}, got ${JSON.stringify(value)}`, command);
  return n;
}

/** A positive number option (rates, durations). */
export function positive(command: string, name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--${name} must be a positive number, got ${JSON.stringify(value)}`, command);
  return n;
}

/** Text of an error for the one-line report: the message, plus the endpoint when the library attached one. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const address = (error as { address?: string }).address;
    const code = (error as { code?: unknown }).code;
    let text = error.message;
    if (typeof code === "string" && !text.includes(code) && /^E[A-Z]+$/.test(code)) text += ` (${code})`;
    if (address && !text.includes(address)) text = `${address}: ${text}`;
    return text.split("\n")[0]!;
  }
  return String(error);
}
