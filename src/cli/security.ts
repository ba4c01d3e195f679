import { readFileSync } from "node:fs";
import { z85Decode } from "../zmtp/z85.js";
import { CliError } from "./command.js";

/**
 * Security flags mapped onto zeromq.js socket option names. Applied generically: a flag whose option this build of
 * purezmq does not have is refused with one line, so the flags start working as soon as the option exists.
 */
interface SecurityFlag {
  readonly flag: string;
  readonly option: string;
  readonly kind: "boolean" | "string" | "key";
  /** For keys read from a file: which key of a zcert-style file (`public-key = "..."`) to take. */
  readonly certField?: "public-key" | "secret-key";
  readonly description: string;
}

export const SECURITY_FLAGS: readonly SecurityFlag[] = [
  { flag: "plain-server", option: "plainServer", kind: "boolean", description: "act as PLAIN server" },
  { flag: "plain-username", option: "plainUsername", kind: "string", description: "PLAIN client user name" },
  { flag: "plain-password", option: "plainPassword", kind: "string", description: "PLAIN client password" },
  { flag: "curve-server", option: "curveServer", kind: "boolean", description: "act as CURVE server" },
  {
    flag: "curve-server-key",
    option: "curveServerKey",
    kind: "key",
    certField: "public-key",
    description: "server's public key (Z85, or @FILE)",
  },
  {
    flag: "curve-public-key",
    option: "curvePublicKey",
    kind: "key",
    certField: "public-key",
    description: "our public key (Z85, or @FILE)",
  },
  {
    flag: "curve-secret-key",
    option: "curveSecretKey",
    kind: "key",
    certField: "secret-key",
    description: "our secret key (Z85, or @FILE)",
  },
  { flag: "zap-domain", option: "zapDomain", kind: "string", description: "ZAP domain" },
];

/** parseArgs option declarations for the security flags. */
export const SECURITY_OPTIONS = Object.fromEntries(
  SECURITY_FLAGS.map((f) => [f.flag, { type: f.kind === "boolean" ? ("boolean" as const) : ("string" as const) }]),
);

export const SECURITY_HELP = SECURITY_FLAGS.map(
  (f) => `  --${f.flag}${f.kind === "boolean" ? "" : " VALUE"}`.padEnd(30) + f.description,
).join("\n");

/** A key given as `@path`: a file holding the key alone, or a zcert file (`public-key = "..."`). */
function readKey(value: string, flag: SecurityFlag): string {
  if (!value.startsWith("@")) return value;
  const path = value.slice(1);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new CliError(
      `--${flag.flag}: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const field = flag.certField && new RegExp(`^\\s*${flag.certField}\\s*=\\s*"([^"]+)"`, "m").exec(text);
  if (field) return field[1]!;
  const key = text.trim();
  if (key.length === 0 || /\s/.test(key))
    throw new CliError(`--${flag.flag}: ${path} holds neither a key nor a ${flag.certField} line`);
  return key;
}

/** Socket constructor options for the security flags given; refuses flags whose option the socket lacks. */
export function securityOptions(values: Record<string, unknown>, probe: object): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const flag of SECURITY_FLAGS) {
    const value = values[flag.flag];
    if (value === undefined || value === false) continue;
    if (!(flag.option in probe)) {
      throw new CliError(
        `--${flag.flag} needs the socket option ${flag.option}, which this version of purezmq does not support yet`,
      );
    }
    options[flag.option] = flag.kind === "key" ? readKey(value as string, flag) : value;
  }
  return options;
}

/**
 * A CURVE key flag (`--curve-server-key`, `--curve-public-key`, `--curve-secret-key`) as 32 bytes, read the way the
 * socket commands read it (Z85, or @FILE holding the key or a zcert file); undefined when the flag is absent.
 */
export function curveKeyFlag(values: Record<string, unknown>, name: string): Uint8Array | undefined {
  const flag = SECURITY_FLAGS.find((f) => f.flag === name)!;
  const value = values[name];
  if (typeof value !== "string") return undefined;
  const text = readKey(value, flag);
  const key = text.length === 40 ? z85Decode(text) : undefined;
  if (key === undefined) throw new CliError(`--${name}: not a CURVE key (40 Z85 characters)`);
  return key;
}
