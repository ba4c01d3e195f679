/** The warning's `code`, for `process.on("warning")` filters. */
export const ABSTRACT_IPC_WARNING = "PUREZMQ_ABSTRACT_IPC_PADDED";

/** libuv from this version on binds and connects an abstract name exactly as given (Node 22 ships 1.51). */
const EXACT_SINCE = [1, 48] as const;

/**
 * Whether this runtime's `net` pads a Linux abstract socket name (`\0name`) with NUL bytes to the full sun_path
 * length: libuv before 1.48 (Node 20 and older) passes sizeof(sockaddr_un) as the address length, so the kernel
 * sees a 107-byte name that libzmq, which uses the exact length, never finds. Bun and Deno use the exact length.
 */
export function padsAbstractNames(versions: Readonly<Record<string, string | undefined>>): boolean {
  if (versions.bun !== undefined || versions.deno !== undefined) return false;
  const uv = versions.uv;
  if (uv === undefined) return false;
  const [major = 0, minor = 0] = uv.split(".").map(Number);
  return major < EXACT_SINCE[0] || (major === EXACT_SINCE[0] && minor < EXACT_SINCE[1]);
}

let warned = false;

/**
 * Called for every `ipc://@name` bind and connect: on a padding runtime, says once per process that only peers on
 * the same kind of runtime will meet it (purezmq or zeromq.js on old Node, not libzmq/pyzmq/Node 22+). No pure-JS
 * workaround exists there: Node's `net` offers no way to pass the address length.
 */
export function warnIfAbstractIpcPadded(
  versions: Readonly<Record<string, string | undefined>> = process.versions,
  emit: (message: string, options: { code: string }) => void = (m, o) => process.emitWarning(m, o),
): void {
  if (warned || !padsAbstractNames(versions)) return;
  warned = true;
  emit(
    `ipc://@name: libuv ${versions.uv} (Node ${versions.node ?? "?"}) pads Linux abstract socket names with NUL ` +
      "bytes to 108 bytes, so libzmq-based peers (pyzmq, zeromq.js on Node 22+, C/C++) cannot reach this name " +
      "and it cannot reach theirs. Use Node 22 or later (libuv >= 1.48), Bun or Deno, or a filesystem ipc path.",
    { code: ABSTRACT_IPC_WARNING },
  );
}

/** For tests: the next padded use warns again. */
export function resetAbstractIpcWarning(): void {
  warned = false;
}
