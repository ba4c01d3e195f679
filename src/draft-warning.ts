let warned = false;

/** The draft API may change: loading purezmq/draft warns once, as zeromq.js's `zeromq/draft` does. */
export function warnDraft(): void {
  if (warned) return;
  warned = true;
  process.emitWarning("ZeroMQ draft features are experimental and could change at any time.");
}
