/**
 * Every place where purezmq knowingly differs from zeromq.js. Entries record BOTH sides' observed behaviour, so an
 * entry that stops being true (either library changed) fails the fidelity test and must be revisited.
 *
 * DIFFERENCES hold only what a pure-JavaScript library cannot do; EXTENSIONS hold what purezmq adds, which a program
 * written for zeromq.js never touches. Everything else (export names and kinds, methods, option names, access and
 * defaults, and every misuse scenario's outcome) must be identical.
 */

/** Top-level `capability` flags whose values differ: transports node:net cannot open. */
export const CAPABILITY_DIFFERENCES: Record<string, { zeromqjs: boolean; purezmq: boolean; why: string }> = {
  tipc: { zeromqjs: true, purezmq: false, why: "TIPC is a Linux kernel transport node:net cannot open" },
};

const LIMIT = 'purezmq\'s limits on what one peer can make a socket hold (README "Reliability"); libzmq has none';

/**
 * Extensions: socket accessor properties only purezmq has (as `accessorTable` describes them on a fresh socket;
 * "absent" = no such property). A zeromq.js program never sets them, and their defaults change nothing it can see.
 */
export const OPTION_EXTENSIONS: Record<string, { zeromqjs: string; purezmq: string; why: string }> = {
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
