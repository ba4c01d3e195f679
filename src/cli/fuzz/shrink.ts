/**
 * Delta debugging over bytes: remove ever smaller runs while `stillFails` holds, within a budget of attempts.
 * Returns the smallest failing input found (the input itself when nothing smaller fails).
 */
export async function shrinkBytes(
  input: Buffer,
  stillFails: (candidate: Buffer) => Promise<boolean>,
  maxAttempts = 400,
): Promise<{ bytes: Buffer; attempts: number }> {
  let best = input;
  let attempts = 0;
  let run = Math.max(1, best.length >> 1);
  while (run >= 1 && attempts < maxAttempts) {
    let removed = false;
    for (let at = 0; at < best.length && attempts < maxAttempts; ) {
      const candidate = Buffer.concat([best.subarray(0, at), best.subarray(at + run)]);
      attempts++;
      if (candidate.length < best.length && (await stillFails(candidate))) {
        best = candidate;
        removed = true;
      } else {
        at += run;
      }
    }
    if (!removed) run >>= 1;
    else run = Math.min(run, Math.max(1, best.length >> 1));
  }
  return { bytes: best, attempts };
}
