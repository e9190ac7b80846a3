/** Per-size summaries (median and range over runs) and the printed table. */
import type { ProbeMode } from './probe';
import type { RunResult } from './measure';
import { cell, summarise, table, type Summary } from './stats';

const ms = (pick: (r: RunResult) => number | null | undefined) => (runs: RunResult[]) =>
  summarise(runs.map(pick));
const interaction = (key: 'filter' | 'unfilter' | 'select') => ({
  toMark: ms((r) => (r[key]?.mark != null ? r[key].mark - r[key].input : null)),
  toNextFrame: ms((r) => (r[key] ? r[key].frame - r[key].input : null)),
});

export function summariseSize(events: number, dataset: string, runs: RunResult[], version: string) {
  const filter = interaction('filter');
  const unfilter = interaction('unfilter');
  const select = interaction('select');
  return {
    events,
    dataset,
    version,
    firstPaintMs: ms((r) => r.firstPaint?.at)(runs),
    filterMs: { toMark: filter.toMark(runs), toNextFrame: filter.toNextFrame(runs) },
    unfilterMs: { toMark: unfilter.toMark(runs), toNextFrame: unfilter.toNextFrame(runs) },
    selectMs: { toMark: select.toMark(runs), toNextFrame: select.toNextFrame(runs) },
    heapMB: ms((r) => r.heapMB)(runs),
    drawn: {
      firstPaint: runs[0]?.firstPaint?.drawn ?? null,
      filter: runs[0]?.filter?.drawn ?? null,
      select: runs[0]?.select?.drawn ?? null,
    },
    runs,
  };
}

export type SizeResult = ReturnType<typeof summariseSize>;

export function printTable(results: SizeResult[], mode: ProbeMode) {
  const end = mode === 'mark' ? 'mark' : 'frame';
  const pick = (s: { toMark: Summary | null; toNextFrame: Summary | null }) =>
    mode === 'mark' ? s.toMark : s.toNextFrame;
  const header = [
    'N',
    'first paint ms',
    `filter → ${end}`,
    'filter → frame',
    `unfilter → ${end}`,
    `select → ${end}`,
    'select → frame',
    'heap MB',
    'failed runs',
  ];
  const rows = results.map((r) => [
    r.events.toLocaleString('en'),
    cell(r.firstPaintMs),
    cell(pick(r.filterMs), 1),
    cell(r.filterMs.toNextFrame, 1),
    cell(pick(r.unfilterMs), 1),
    cell(pick(r.selectMs), 1),
    cell(r.selectMs.toNextFrame, 1),
    cell(r.heapMB, 1),
    String(r.runs.filter((run) => run.error).length),
  ]);
  console.log(
    `\nmedian [min–max] over runs; ${mode === 'mark' ? 'times end at the `timeline:painted` mark' : 'FALLBACK: no `timeline:painted` mark; first paint = frame after the Meetings list appeared, interactions end at the first frame after the DOM changed'}`,
  );
  console.log(table(header, rows));
  for (const r of results) {
    for (const run of r.runs.filter((x) => x.error))
      console.log(`  N=${r.events} run ${run.run}: ${run.error ?? ''}`);
  }
}
