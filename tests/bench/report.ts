/**
 * One row per figure, printed as an aligned table on stdout once the run is over (progress goes to
 * stderr while it runs). A baseline row has only `figure`; a target row has all columns.
 */
export interface Row {
  readonly id: string; // 'baseline', 'P4', 'P5'
  readonly name: string;
  readonly figure: string;
  readonly baseline?: string;
  readonly ratio?: string;
  readonly target?: string;
  /** PASS / FAIL / 'not run: …' / 'crashed: …' */
  readonly verdict?: string;
}

export function printTable(rows: readonly Row[], out: NodeJS.WritableStream = process.stdout): void {
  const cells = rows.map((row) => [row.id, row.name, row.figure, row.baseline ?? '', row.ratio ?? '', row.target ?? '', row.verdict ?? '']);
  const widths = cells.reduce<number[]>((w, line) => line.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
  for (const line of cells) {
    const text = line.map((cell, i) => (i === line.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ');
    out.write(`${text.trimEnd()}\n`);
  }
}

/** A rate rounded to a readable number of digits: 31234 → "31200", 412.7 → "413". */
export function rate(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.max(0, Math.floor(Math.log10(Math.max(value, 1))) - 2);
  const step = 10 ** digits;
  return String(Math.round(value / step) * step);
}

export function ms(value: number): string {
  return value < 10 ? `${value.toFixed(1)}ms` : `${Math.round(value)}ms`;
}

export function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/** p-th percentile (0–100) of unsorted samples; NaN when empty. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
