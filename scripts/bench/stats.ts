/** Medians and ranges of repeated measurements, and the printed table. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** How many runs gave a value. */
  n: number;
  samples: number[];
}

export function summarise(values: readonly (number | null | undefined)[]): Summary | null {
  const samples = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    median: round(median),
    min: round(sorted[0] ?? 0),
    max: round(sorted[sorted.length - 1] ?? 0),
    n: samples.length,
    samples: samples.map(round),
  };
}

/** "412 [380–455]" (ms), or "—" when no run gave a value. */
export function cell(summary: Summary | null, digits = 0): string {
  if (!summary) return '—';
  const f = (v: number) => v.toFixed(digits);
  return summary.n === 1
    ? f(summary.median)
    : `${f(summary.median)} [${f(summary.min)}–${f(summary.max)}]`;
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
