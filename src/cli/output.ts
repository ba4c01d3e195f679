/** Progress on a terminal, silence in a pipe: a single status line on stderr, redrawn at most every 200 ms. */
export class Progress {
  private readonly enabled: boolean;
  private lastDraw = 0;
  private shown = false;

  constructor(enabled = process.stderr.isTTY === true && process.env.PUREZMQ_NO_PROGRESS === undefined) {
    this.enabled = enabled;
  }

  update(text: () => string, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 200) return;
    this.lastDraw = now;
    process.stderr.write(`\r\x1b[K${text()}`);
    this.shown = true;
  }

  /** Erase the line (before printing output to the same terminal, and at the end). */
  clear(): void {
    if (!this.shown) return;
    process.stderr.write("\r\x1b[K");
    this.shown = false;
  }
}

/** Count and rate since the start, e.g. "1,204 received, 3,120/s". */
export function rateText(count: number, startedAt: number, verb: string): string {
  const seconds = Math.max((Date.now() - startedAt) / 1000, 1e-3);
  return `${count.toLocaleString("en-US")} ${verb}, ${Math.round(count / seconds).toLocaleString("en-US")}/s`;
}

/** Write a line to stdout, clearing a progress line first; resolves when written (so piped output is not lost). */
export function printLine(progress: Progress | undefined, line: string): Promise<void> | void {
  progress?.clear();
  if (!process.stdout.write(`${line}\n`)) return new Promise((resolve) => process.stdout.once("drain", resolve));
}

export function timestamp(): string {
  return new Date().toISOString();
}

/** A frame for humans: printable text as is (quoted), anything else as hex; cut at `max` bytes. */
export function preview(body: Uint8Array, max = 32): string {
  if (body.length === 0) return "(empty)";
  const shown = Buffer.from(body.buffer, body.byteOffset, Math.min(body.length, max));
  const more = body.length > max ? "…" : "";
  if (shown.length > 0 && shown.every((b) => b >= 0x20 && b < 0x7f))
    return `${JSON.stringify(shown.toString("latin1"))}${more}`;
  return `0x${shown.toString("hex")}${more}`;
}

/** A table with right-aligned numeric columns. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows
    .map((row, i) => {
      const line = row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
      return i === 0 ? `${line}\n${widths.map((w) => "-".repeat(w)).join("  ")}` : line;
    })
    .join("\n");
}
