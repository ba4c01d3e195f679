/** How an API call ended, in the terms a caller can observe. */
export interface Outcome {
  how: "returned" | "resolved" | "threw" | "rejected" | "pending";
  errorClass?: string;
  code?: string;
  message?: string;
}

function describeError(how: "threw" | "rejected", error: unknown): Outcome {
  const e = error as { constructor?: { name?: string }; code?: unknown; message?: unknown };
  const outcome: Outcome = { how, errorClass: e?.constructor?.name ?? typeof error };
  if (typeof e?.code === "string") outcome.code = e.code;
  if (typeof e?.message === "string") outcome.message = e.message;
  return outcome;
}

/**
 * Run `call` and report whether it threw synchronously, or returned a promise that resolved / rejected. A promise
 * still unsettled after `pendingMs` is reported as "pending" (used only where the documented behaviour is to wait).
 */
export async function outcomeOf(call: () => unknown, pendingMs = 1000): Promise<Outcome> {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    return describeError("threw", error);
  }
  if (!(result instanceof Promise)) return { how: "returned" };
  let timer: NodeJS.Timeout | undefined;
  const pending = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ how: "pending" }), pendingMs);
  });
  const settled = result.then(
    (): Outcome => ({ how: "resolved" }),
    (error: unknown) => describeError("rejected", error),
  );
  try {
    return await Promise.race([settled, pending]);
  } finally {
    clearTimeout(timer);
  }
}
