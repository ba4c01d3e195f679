/**
 * Every place where purezmq knowingly differs from zeromq.js. Entries record BOTH sides' observed behaviour, so an
 * entry that stops being true (either library changed) fails the fidelity test and must be revisited.
 */

/** Top-level `capability` flags whose values differ. */
export const CAPABILITY_DIFFERENCES: Record<string, { zeromqjs: boolean; purezmq: boolean; why: string }> = {
  tipc: { zeromqjs: true, purezmq: false, why: "TIPC is a Linux kernel transport node:net cannot open" },
};

/** Socket prototype methods present only in zeromq.js. */
export const METHOD_DIFFERENCES: Record<string, string> = {
  join: "native helper for draft Dish sockets (not in zeromq.js's public Socket typings; throws ENOTSUP elsewhere)",
  leave: "native helper for draft Dish sockets (not in zeromq.js's public Socket typings; throws ENOTSUP elsewhere)",
};

const LIMIT = 'purezmq\'s limits on what one peer can make a socket hold (README "Reliability"); libzmq has none';

/** Socket accessor properties, as `accessorTable` describes them on a fresh socket; "absent" = no such property. */
export const OPTION_DIFFERENCES: Record<string, { zeromqjs: string; purezmq: string; why: string }> = {
  maxMessageParts: { zeromqjs: "absent", purezmq: "rw 65536", why: LIMIT },
  messageSizeCeiling: { zeromqjs: "absent", purezmq: "rw 1073741824", why: LIMIT },
  maxMetadataSize: { zeromqjs: "absent", purezmq: "rw 65536", why: LIMIT },
  maxMetadataProperties: { zeromqjs: "absent", purezmq: "rw 64", why: LIMIT },
  maxSubscriptions: { zeromqjs: "absent", purezmq: "rw 100000", why: LIMIT },
  maxTopicLength: { zeromqjs: "absent", purezmq: "rw 4096", why: LIMIT },
  ...Object.fromEntries(
    ["wssKeyPem", "wssCertPem", "wssTrustPem", "wssHostname", "wssTrustSystem"].map((name) => [
      name,
      { zeromqjs: "absent", purezmq: "w", why: "libzmq's ZMQ_WSS_* options, which zeromq.js does not expose" },
    ]),
  ),
};

const PENDING = { how: "pending" } as const;
const EFSM = {
  how: "rejected",
  errorClass: "Error",
  code: "EFSM",
  message: "Operation cannot be accomplished in current state",
};
const ENOTSUP = { how: "rejected", errorClass: "Error", code: "ENOTSUP", message: "Operation not supported" };

/**
 * Misuse scenarios (see misuse-scenarios.ts) with different outcomes. zeromq.js only calls libzmq once the socket
 * polls ready (or at the timeout / at once with timeout 0), so a send/receive in the wrong state with no timeout
 * waits forever; purezmq's core rejects at once with the libzmq error (asserted by test/sockets/patterns.test.ts).
 * Decision: keep fail-fast. zeromq.js's own docs call EFSM the intended outcome (its test carries a FIXME), and a
 * promise that can never settle is a bug a user cannot see.
 */
export const MISUSE_DIFFERENCES: Record<string, { zeromqjs: unknown; purezmq: unknown; why: string }> = {
  "REQ receive before send (EFSM)": { zeromqjs: PENDING, purezmq: EFSM, why: "fail-fast instead of waiting forever" },
  "REQ send twice, no sendTimeout (waits)": {
    zeromqjs: PENDING,
    purezmq: EFSM,
    why: "fail-fast instead of waiting forever",
  },
  "REP send before receive (EFSM)": { zeromqjs: PENDING, purezmq: EFSM, why: "fail-fast instead of waiting forever" },
  "send on a socket type that cannot send (ENOTSUP)": {
    zeromqjs: PENDING,
    purezmq: ENOTSUP,
    why: "fail-fast instead of waiting forever",
  },
  "ipc address in use (EADDRINUSE)": {
    zeromqjs: { how: "resolved" },
    purezmq: { how: "rejected", errorClass: "Error", code: "EADDRINUSE", message: "Address already in use" },
    why: "libzmq unlinks a live ipc socket file and steals the path; purezmq refuses (src/transports/listener.ts)",
  },
};
