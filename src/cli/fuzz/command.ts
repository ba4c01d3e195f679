import { publicKeyOf } from "../../zmtp/curve-crypto.js";
import { z85Decode, z85Encode } from "../../zmtp/z85.js";
import { CliError, integer, parse, UsageError, type Command } from "../command.js";
import { Progress, rateText } from "../output.js";
import { curveKeyFlag } from "../security.js";
import { type CurvePlan, simplerPlans } from "./curve-plan.js";
import { type CurveIdentity, seededKeyPair } from "./curve-wire.js";
import { Engine, type Verdict } from "./engine.js";
import { TargetProcess } from "./exec.js";
import { serverGreeting } from "./curve-server-session.js";
import { CaseGenerator, type CaseSpec, curveOpening, type FuzzMechanism } from "./generate.js";
import { type CurveKeys, type Reproducer, readReproducer, writeReproducer } from "./reproducer.js";
import { shrinkBytes } from "./shrink.js";
import { dialTarget, listenTarget, type Target } from "./target.js";

const TYPES = ["PUB", "SUB", "XPUB", "XSUB", "REQ", "REP", "DEALER", "ROUTER", "PUSH", "PULL", "PAIR"];

const HELP = `Usage: purezmq fuzz ENDPOINT --type TYPE [options]
       purezmq fuzz --replay FILE [ENDPOINT] [--exec CMD]
       purezmq fuzz --list --type TYPE [--cases N] [--seed S]

Grammar-aware mutation fuzzer for any ZMTP 3 implementation. Each case is a valid session of a TYPE peer
(greeting, handshake, traffic) with 1-4 mutations: bit flips, truncation, duplicated, dropped or reordered
segments, absurd frame lengths, out-of-place commands; every tenth case is left valid. After each case a valid
handshake checks the target is still alive. Findings:
  crash      the endpoint stops accepting connections (or --exec's process dies)
  hang       no answer to a valid handshake within --deadline
  refused    a valid handshake is closed without an answer
  violation  what came back breaks ZMTP (bad greeting, undecodable frame, malformed command, ...)
A finding is shrunk to a minimal byte sequence and written to --out as JSON with its hex and a replay command.
Cases depend only on (seed, case number): the same seed generates the same bytes. CURVE cases are interactive
sessions (a real handshake: WELCOME opened, INITIATE built on the server's cookie, then MESSAGE boxes) with
mutations of HELLO, INITIATE and MESSAGE fields (version, padding, lengths, nonces, boxes, cookie, vouch,
metadata, inner flags) and commands out of order; the client's transient keys come from the seed, so a CURVE
reproducer stores the session plan and replays it against the server's fresh keys.

Options:
  --type TYPE           socket type the fuzzer plays toward the endpoint: ${TYPES.join(", ")}
  --mechanism M         null (default), plain or curve
  --username U, --password P   PLAIN credentials (default: fuzz / fuzz)
  --curve-server-key K  CURVE: the server's public key (Z85, or @FILE: the key or a zcert file); required
  --curve-public-key K, --curve-secret-key K
                        CURVE: the client's long-term keys (default: a key pair derived from --seed);
                        with --listen the fuzzer is the CURVE server and --curve-secret-key is the server's
  --cases N             number of cases (default 1000)
  --duration S          stop after S seconds instead (whichever comes first with --cases)
  --seed S              seed (default 1)
  --out DIR             where reproducers go (default ./fuzz-findings)
  --listen              bind ENDPOINT and fuzz the clients that connect to it (ZMTP clients reconnect after each case);
                        NULL or CURVE (WELCOME, READY and MESSAGE mutations)
  --exec CMD            run the target with sh -c CMD, restart it after a crash or hang (needed to shrink those)
  --deadline MS         liveness deadline (default 2000)
  --settle MS           quiet time before hanging up on a case (default 15)
  --max-findings N      stop after N distinct findings (default 1; the same kind and detail again is only counted)
  --no-check-answers    count only crashes and hangs, not protocol violations in answers
  --replay FILE         send a reproducer's bytes again and say whether the finding reproduces
  --list                print the cases (hex, mutations) instead of sending them
  -h, --help            this help

Exit status: 0 nothing found (or a replay that did not reproduce), 1 finding written (or reproduced), 2 usage error
or unreachable target.

Examples:
  purezmq fuzz tcp://127.0.0.1:5555 --type DEALER --cases 5000 --seed 7
  purezmq fuzz tcp://127.0.0.1:5555 --type REQ --duration 600 --exec "python3 server.py" --max-findings 10
  purezmq fuzz tcp://127.0.0.1:5555 --type DEALER --mechanism curve --curve-server-key @server.key
  purezmq fuzz --replay fuzz-findings/crash-dealer-seed7-case123.json
`;

const OPTIONS = {
  type: { type: "string" },
  mechanism: { type: "string" },
  username: { type: "string" },
  password: { type: "string" },
  "curve-server-key": { type: "string" },
  "curve-public-key": { type: "string" },
  "curve-secret-key": { type: "string" },
  cases: { type: "string" },
  duration: { type: "string" },
  seed: { type: "string" },
  out: { type: "string" },
  listen: { type: "boolean" },
  exec: { type: "string" },
  deadline: { type: "string" },
  settle: { type: "string" },
  "max-findings": { type: "string" },
  "no-check-answers": { type: "boolean" },
  replay: { type: "string" },
  list: { type: "boolean" },
} as const;

function socketType(value: string | undefined): string {
  if (value === undefined) throw new UsageError("--type TYPE is required", "fuzz");
  const type = value.toUpperCase();
  if (!TYPES.includes(type))
    throw new UsageError(`unknown --type ${JSON.stringify(value)} (use one of ${TYPES.join(", ")})`, "fuzz");
  return type;
}

function mechanismOf(value: string | undefined): FuzzMechanism {
  const m = (value ?? "null").toUpperCase();
  if (m !== "NULL" && m !== "PLAIN" && m !== "CURVE")
    throw new UsageError(`unknown --mechanism ${JSON.stringify(value)} (null, plain, curve)`, "fuzz");
  return m;
}

/**
 * CURVE keys from the flags: the server's public key, and the client's long-term pair (derived from the seed when
 * not given, so nothing secret needs storing for a replay).
 */
function curveIdentity(values: Record<string, unknown>, seed: number): { identity: CurveIdentity; keys: CurveKeys } {
  const serverKey = curveKeyFlag(values, "curve-server-key");
  if (serverKey === undefined) throw new UsageError("--mechanism curve needs --curve-server-key", "fuzz");
  const secret = curveKeyFlag(values, "curve-secret-key");
  const given = curveKeyFlag(values, "curve-public-key");
  if (given !== undefined && secret === undefined)
    throw new UsageError("--curve-public-key needs --curve-secret-key too", "fuzz");
  const pair =
    secret === undefined
      ? seededKeyPair(seed, "client")
      : { secretKey: secret, publicKey: given ?? publicKeyOf(secret) };
  return {
    identity: { serverKey, clientPublic: pair.publicKey, clientSecret: pair.secretKey },
    keys: {
      serverKey: z85Encode(serverKey),
      clientPublicKey: z85Encode(pair.publicKey),
      clientKeySeed: secret === undefined ? seed : undefined,
    },
  };
}

export const fuzzCommand: Command = {
  name: "fuzz",
  summary: "grammar-aware mutation fuzzer for ZMTP servers and clients",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse("fuzz", args, OPTIONS);
    if (positionals.length > 1) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[1])}`, "fuzz");
    if (values.replay !== undefined)
      return replay(values.replay, positionals[0], values, integer("fuzz", "deadline", values.deadline, 1));
    const spec: CaseSpec = {
      socketType: socketType(values.type),
      mechanism: mechanismOf(values.mechanism),
      username: values.username ?? "fuzz",
      password: values.password ?? "fuzz",
    };
    if (values.listen && spec.mechanism === "PLAIN")
      throw new UsageError("--listen supports --mechanism null and curve", "fuzz");
    const cases =
      integer("fuzz", "cases", values.cases, 1) ?? (values.duration === undefined ? 1000 : Number.MAX_SAFE_INTEGER);
    const duration = integer("fuzz", "duration", values.duration, 1);
    const seed = integer("fuzz", "seed", values.seed, 0) ?? 1;
    const curveServer = spec.mechanism === "CURVE" && values.listen ? serverSecret(values) : undefined;
    const curve = spec.mechanism === "CURVE" && !values.listen ? curveIdentity(values, seed) : undefined;
    const generator = new CaseGenerator(seed, spec, curve?.identity, curveServer ? "server" : "client");
    if (values.list) {
      for (let i = 0; i < cases; i++) {
        const c = generator.case(i);
        process.stdout.write(
          `${i}\t${c.writes.map((w) => w.toString("hex")).join(" ")}\t${c.mutations.join("; ") || "valid"}\n`,
        );
      }
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError("give the ENDPOINT to fuzz", "fuzz");
    const endpoint = positionals[0]!;
    const deadline = integer("fuzz", "deadline", values.deadline, 1) ?? 2000;
    const settle = integer("fuzz", "settle", values.settle, 1) ?? 15;
    const maxFindings = integer("fuzz", "max-findings", values["max-findings"], 1) ?? 1;
    const out = values.out ?? "fuzz-findings";

    const target: Target = values.listen ? await listenTarget(endpoint) : dialTarget(endpoint);
    const process_ = values.exec === undefined ? undefined : new TargetProcess(values.exec);
    const engine = new Engine({
      target,
      spec,
      exchange: { settleMs: settle, maxMs: Math.max(deadline, 500), openMs: deadline },
      deadlineMs: deadline,
      process: process_,
      checkAnswers: values["no-check-answers"] !== true,
      curve: curve?.identity,
      curveServerSecret: curveServer,
    });
    const progress = new Progress();
    const started = Date.now();
    let findings = 0;
    let duplicates = 0;
    let ran = 0;
    /** Findings already written, by kind and detail: the same bug met again is counted, not shrunk again. */
    const seen = new Set<string>();
    try {
      if (process_) {
        process_.start();
        if (!(await engine.restartTarget()))
          throw new CliError(
            `--exec target did not come up at ${endpoint}: ${process_.deathReport() ?? "no answer"}`,
            2,
          );
      } else {
        const verdict = await engine.liveness();
        if (verdict) throw new CliError(`cannot fuzz ${endpoint}: ${verdict.detail}`, 2);
      }
      const stopAt = duration === undefined ? Infinity : started + duration * 1000;
      for (let i = 0; i < cases && Date.now() < stopAt; i++) {
        const c = generator.case(i);
        const verdict = c.plan ? await engine.runCurve(c.plan, true) : await engine.run(c.writes, true);
        ran++;
        progress.update(
          () =>
            `fuzz ${target.description} as ${spec.socketType}: ${rateText(ran, started, "cases")} · ${findings} findings`,
        );
        if (!verdict) continue;
        const key = `${verdict.kind}: ${verdict.detail}`;
        if (seen.has(key)) {
          duplicates++;
          if (verdict.kind !== "violation" && !(await engine.restartTarget())) break;
          continue;
        }
        seen.add(key);
        findings++;
        progress.clear();
        const file = await record(engine, verdict, c.writes, {
          endpoint,
          listen: values.listen === true,
          spec,
          seed,
          index: i,
          mutations: c.mutations,
          segments: c.segments,
          out,
          plan: c.plan,
          curve: curve ?? (curveServer && { keys: serverKeys(curveServer) }),
        });
        process.stderr.write(`purezmq fuzz: ${verdict.kind} at case ${i}: ${verdict.detail}\n  reproducer: ${file}\n`);
        if (findings >= maxFindings) break;
        if (verdict.kind !== "violation" && !(await engine.restartTarget())) {
          process.stderr.write("purezmq fuzz: target is down and cannot be restarted (no --exec): stopping\n");
          break;
        }
      }
    } finally {
      progress.clear();
      await target.close();
      await process_?.stop();
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const again = duplicates > 0 ? ` (+${duplicates} repeats of ${findings === 1 ? "it" : "them"})` : "";
    const r = engine.reached;
    const depth =
      spec.mechanism === "CURVE"
        ? `; handshakes reached WELCOME ${r.WELCOME + r.READY + r.MESSAGE}, READY ${r.READY + r.MESSAGE}, MESSAGE back ${r.MESSAGE}`
        : "";
    process.stdout.write(
      `fuzzed ${endpoint} as ${spec.socketType}/${spec.mechanism}: ${ran} cases in ${seconds} s (seed ${seed}), ${findings} finding${findings === 1 ? "" : "s"}${again}${depth}\n`,
    );
    return findings > 0 ? 1 : 0;
  },
};

interface FindingContext {
  endpoint: string;
  listen: boolean;
  spec: CaseSpec;
  seed: number;
  index: number;
  mutations: readonly string[];
  segments: readonly string[];
  out: string;
  plan?: CurvePlan;
  /** identity: when the fuzzer is the client (the opening bytes can be shown). */
  curve?: { identity?: CurveIdentity; keys: CurveKeys };
}

/** --listen --mechanism curve: the server's long-term secret, from --curve-secret-key. */
function serverSecret(values: Record<string, unknown>): Uint8Array {
  const secret = curveKeyFlag(values, "curve-secret-key");
  if (secret === undefined)
    throw new UsageError("--listen --mechanism curve needs the server's --curve-secret-key", "fuzz");
  return secret;
}

/** What a reproducer records of the server's keys when the fuzzer was the server: only the public key. */
function serverKeys(secret: Uint8Array): CurveKeys {
  const publicKey = z85Encode(publicKeyOf(secret));
  return { serverKey: publicKey, clientPublicKey: "", asServer: true };
}

/** Shrink a CURVE plan: keep the first simpler plan that still fails, until none does or the budget is spent. */
async function shrinkPlan(
  plan: CurvePlan,
  stillFails: (candidate: CurvePlan) => Promise<boolean>,
  maxAttempts: number,
): Promise<{ plan: CurvePlan; attempts: number }> {
  let best = plan;
  let attempts = 0;
  for (let progress = true; progress && attempts < maxAttempts; ) {
    progress = false;
    for (const candidate of simplerPlans(best)) {
      if (attempts++ >= maxAttempts) break;
      if (await stillFails(candidate)) {
        best = candidate;
        progress = true;
        break;
      }
    }
  }
  return { plan: best, attempts };
}

/** Confirm the finding in one write, shrink it, and write the reproducer. */
async function record(engine: Engine, verdict: Verdict, writes: Buffer[], context: FindingContext): Promise<string> {
  const whole = Buffer.concat(writes);
  let bytes: Buffer = whole;
  let attempts = 0;
  let plan = context.plan;
  const canRetry = verdict.kind === "violation" || (await engine.restartTarget());
  if (plan && canRetry && (await engine.reproduces(verdict.kind, plan))) {
    const shrunk = await shrinkPlan(
      plan,
      (p) => engine.reproduces(verdict.kind, p),
      verdict.kind === "violation" ? 60 : 20,
    );
    plan = shrunk.plan;
    attempts = shrunk.attempts;
    bytes = context.curve?.identity ? curveOpening(plan, context.curve.identity) : serverGreeting(plan);
  } else if (!plan && canRetry && (await engine.reproduces(verdict.kind, whole))) {
    const shrunk = await shrinkBytes(
      whole,
      (candidate) => engine.reproduces(verdict.kind, candidate),
      verdict.kind === "violation" ? 2000 : 150,
    );
    bytes = shrunk.bytes;
    attempts = shrunk.attempts;
  }
  return writeReproducer(context.out, {
    kind: verdict.kind,
    detail: verdict.detail,
    endpoint: context.endpoint,
    listen: context.listen,
    type: context.spec.socketType,
    mechanism: context.spec.mechanism,
    username: context.spec.username,
    password: context.spec.password,
    seed: context.seed,
    case: context.index,
    mutations: context.mutations,
    segments: context.segments,
    hex: bytes.toString("hex"),
    originalWrites: writes.map((w) => w.toString("hex")),
    shrinkAttempts: attempts,
    ...(plan ? { plan, curve: context.curve?.keys } : {}),
  });
}

/** The CURVE keys a reproducer was found with (the client secret from the flags when it was not seed-derived). */
function replayIdentity(r: Reproducer, values: Record<string, unknown>): CurveIdentity {
  const keys = r.curve;
  if (!keys || !r.plan) throw new CliError(`${r.replay}: a CURVE reproducer without its plan and keys`, 2);
  const serverKey = curveKeyFlag(values, "curve-server-key") ?? z85Decode(keys.serverKey);
  if (keys.clientKeySeed !== undefined) {
    const pair = seededKeyPair(keys.clientKeySeed, "client");
    return { serverKey: serverKey!, clientPublic: pair.publicKey, clientSecret: pair.secretKey };
  }
  const secret = curveKeyFlag(values, "curve-secret-key");
  if (secret === undefined)
    throw new UsageError("this reproducer used your own client keys: give --curve-secret-key again", "fuzz");
  return { serverKey: serverKey!, clientPublic: z85Decode(keys.clientPublicKey)!, clientSecret: secret };
}

async function replay(
  file: string,
  endpointOverride: string | undefined,
  values: Record<string, unknown>,
  deadlineOption: number | undefined,
): Promise<number> {
  const exec = values.exec as string | undefined;
  const r = readReproducer(file);
  const curveServer = r.mechanism === "CURVE" && r.curve?.asServer ? serverSecret(values) : undefined;
  const curve = r.mechanism === "CURVE" && !curveServer ? replayIdentity(r, values) : undefined;
  const endpoint = endpointOverride ?? r.endpoint;
  const spec: CaseSpec = {
    socketType: r.type,
    mechanism: r.mechanism as FuzzMechanism,
    username: r.username,
    password: r.password,
  };
  const target = r.listen ? await listenTarget(endpoint) : dialTarget(endpoint);
  const process_ = exec === undefined ? undefined : new TargetProcess(exec);
  const deadline = deadlineOption ?? 2000;
  const engine = new Engine({
    target,
    spec,
    exchange: { settleMs: 50, maxMs: deadline, openMs: deadline },
    deadlineMs: deadline,
    process: process_,
    checkAnswers: true,
    curve,
    curveServerSecret: curveServer,
  });
  try {
    if (process_) {
      process_.start();
      if (!(await engine.restartTarget())) throw new CliError(`--exec target did not come up at ${endpoint}`, 2);
    } else if (await engine.liveness()) {
      throw new CliError(`cannot replay against ${endpoint}: it does not answer a valid handshake`, 2);
    }
    const verdict = r.plan ? await engine.runCurve(r.plan, true) : await engine.run([Buffer.from(r.hex, "hex")], true);
    if (verdict) {
      process.stdout.write(`reproduced: ${verdict.kind}: ${verdict.detail}\n`);
      return 1;
    }
    process.stdout.write(
      `not reproduced: ${endpoint} handled ${r.plan ? "the CURVE session" : `the ${r.hex.length / 2} bytes`} (recorded: ${r.kind}: ${r.detail})\n`,
    );
    return 0;
  } finally {
    await target.close();
    await process_?.stop();
  }
}
