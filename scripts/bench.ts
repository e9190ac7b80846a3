/**
 * npm run bench [-- --runs 5] [--sizes 15,1000,10000,100000] [--open-file 10000,100000|none] [--port 4310] [--no-lighthouse] [--lighthouse-runs 5] [--cpu-throttle 4]
 *
 * A benchmark, not a test (not part of `npm test` or CI). It
 *  1. generates the synthetic datasets it needs (scripts/gen-data.ts, seed 1) when missing —
 *     before the build, since `vite build` copies public/data into the build;
 *  2. builds the app into bench/out/dist (dist/ is left alone);
 *  3. serves it with `vite preview` on 127.0.0.1 and drives Debian's Chromium with Playwright:
 *     for each size, in fresh browser contexts, it measures
 *     - first paint: navigation start → the first `timeline:painted` User Timing mark;
 *     - filter: a click on the first checkbox of the "City" filter → the next mark
 *       (and → the end of the next rendered frame); "unfilter" clicks it again;
 *     - select: a click on the third meeting of the "Meetings" list → the next mark;
 *     - heap: JS heap in use after the first paint has settled and a forced GC (CDP);
 *     With `--cpu-throttle N`, Chrome runs the page N times slower (CDP
 *     Emulation.setCPUThrottlingRate): 4 is Lighthouse's mid-range phone;
 *     If the app emits no `timeline:painted` mark, it falls back to the "Meetings" list
 *     (first paint) and to the first DOM change (interactions), and says so;
 *  4. runs Lighthouse against the real dataset, five times by default (`--lighthouse-runs N`),
 *     and reports the median of each score and metric: one run moves by several points;
 *  5. prints a table and writes bench/results.json.
 * Every wait has a timeout, and the server is stopped on every path.
 * The generated datasets stay listed in public/data/datasets.json afterwards; do not commit
 * that: `npm run gen-data -- --remove` restores it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { Manifest } from '../src/data/schema';
import { DATA_DIR, writeSyntheticDataset } from './gen-data';
import { runLighthouse, type LighthouseResult } from './bench/lighthouse';
import { detectMode, measureOnce, VIEWPORT, type RunResult } from './bench/measure';
import type { InteractionTiming } from './bench/probe';
import { printTable, summariseSize, type SizeResult } from './bench/report';
import { startPreview, type Server } from './bench/server';
import { measureOpenFile, type OpenFileRun } from './bench/open-file';
import { datasetToCsv } from './dataset-to-csv';
import { generateDataset } from './bench/synthetic-dataset';
import { summarise } from './bench/stats';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from './chromium';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/out');
const BUILD = join(OUT, 'dist');
const RESULTS = join(ROOT, 'bench/results.json');
const REAL = { events: 15, id: 'sco-2012-beijing' };
const SEED = 1;

interface Options {
  runs: number;
  sizes: number[];
  port: number;
  lighthouse: boolean;
  /** Lighthouse runs; the report gives each score's median. */
  lighthouseRuns: number;
  /** Sizes of the CSV files opened with "Open your data" (`--open-file 10000,100000`, `none`). */
  openFileSizes: number[];
  /** Chrome's CPU slowdown for the interaction runs (`--cpu-throttle 4`); 1 is none. */
  cpuThrottle: number;
}

function parseOptions(args: string[]): Options {
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const runs = Number(value('--runs') ?? 5);
  const cpuThrottle = Number(value('--cpu-throttle') ?? 1);
  const sizes = (value('--sizes') ?? '15,1000,10000,100000').split(',').map(Number);
  const port = Number(value('--port') ?? 4310);
  const lighthouseRuns = Number(value('--lighthouse-runs') ?? 5);
  if (
    !Number.isInteger(runs) ||
    runs < 1 ||
    !(cpuThrottle >= 1) ||
    !Number.isInteger(lighthouseRuns) ||
    lighthouseRuns < 1 ||
    sizes.some((n) => !Number.isInteger(n) || n < 1) ||
    !port
  ) {
    throw new Error(
      'usage: npm run bench -- [--runs N] [--sizes 15,1000,10000,100000] [--port 4310] [--no-lighthouse] [--lighthouse-runs N] [--cpu-throttle N]',
    );
  }
  const openFile = value('--open-file') ?? OPEN_FILE_SIZES.join(',');
  const openFileSizes = openFile === 'none' ? [] : openFile.split(',').map(Number);
  const lighthouse = !args.includes('--no-lighthouse');
  return { runs, sizes, port, lighthouse, lighthouseRuns, openFileSizes, cpuThrottle };
}

const log = (message: string) => console.log(`[bench] ${message}`);

/** Lighthouse's runs and the median of each score and metric. */
interface LighthouseSummary extends LighthouseResult {
  runs: Pick<LighthouseResult, 'scores' | 'metrics' | 'reportFile'>[];
  performanceRange: [number | null, number | null];
}

function summariseLighthouse(runs: LighthouseResult[]): LighthouseSummary {
  const first = runs[0];
  if (!first) throw new Error('no Lighthouse run');
  const median = (values: (number | null | undefined)[]) => summarise(values)?.median ?? null;
  const each = (kind: 'scores' | 'metrics') =>
    Object.fromEntries(Object.keys(first[kind]).map((key) => [key, median(runs.map((r) => r[kind][key]))]));
  const performance = runs.map((r) => r.scores.performance).filter((v): v is number => v != null);
  return {
    ...first,
    scores: each('scores'),
    metrics: each('metrics'),
    runs: runs.map(({ scores, metrics, reportFile }) => ({ scores, metrics, reportFile })),
    performanceRange: [performance.length ? Math.min(...performance) : null, performance.length ? Math.max(...performance) : null],
  };
}
const datasetId = (events: number) => (events === REAL.events ? REAL.id : `synthetic-${events}`);

/** Generates the synthetic datasets that are missing (file or manifest entry). */
function ensureDatasets(sizes: number[]): Record<number, string> {
  const versions: Record<number, string> = {};
  for (const events of sizes) {
    const id = datasetId(events);
    const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'datasets.json'), 'utf8')) as Manifest;
    let entry = manifest.datasets.find((e) => e.id === id);
    if (events !== REAL.events && (!entry || !existsSync(join(DATA_DIR, entry.file)))) {
      log(`generating ${id}`);
      writeSyntheticDataset({ events, seed: SEED }, log);
      const updated = JSON.parse(readFileSync(join(DATA_DIR, 'datasets.json'), 'utf8')) as Manifest;
      entry = updated.datasets.find((e) => e.id === id);
    }
    if (!entry) throw new Error(`no dataset ${id} in public/data/datasets.json`);
    versions[events] = entry.version;
  }
  return versions;
}

function build() {
  log(`building into ${relative(ROOT, BUILD)}`);
  execFileSync('npx', ['vite', 'build', '--outDir', BUILD, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    timeout: 300_000,
  });
}

/** "first paint 412 ms, filter 12.3 ms, unfilter 30.1 ms, select 8.0 ms, heap 41.2 MB". */
function describeRun(result: RunResult): string {
  const latency = (t: InteractionTiming | undefined) =>
    t ? `${((t.mark ?? t.frame) - t.input).toFixed(1)} ms` : '—';
  const parts = [
    result.quiet ? `${result.quiet.quiet ? 'quiet' : 'STILL BUSY'} after ${result.quiet.waitedMs} ms` : 'no quiet wait',
    `first paint ${result.firstPaint ? `${result.firstPaint.at.toFixed(0)} ms` : '—'}`,
    `filter ${latency(result.filter)}`,
    `unfilter ${latency(result.unfilter)}`,
    `select ${latency(result.select)}`,
    `heap ${result.heapMB ?? '—'} MB`,
  ];
  return parts.join(', ') + (result.error ? `; ERROR ${result.error}` : '');
}

/** Other work on the machine skews every number: say so when the load exceeds the cores. */
function busyWarning(load: number[], cpus: number): string | null {
  const [oneMinute = 0] = load;
  return oneMinute > cpus
    ? `WARNING: the machine is busy (load average ${oneMinute.toFixed(1)} on ${cpus} cores): these numbers are inflated by other work`
    : null;
}

function chromiumVersionFromCli(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(OUT, { recursive: true });
  const versions = ensureDatasets(options.sizes);
  build();
  const cpus = os.cpus();
  const machine = {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalMemoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: chromiumVersionFromCli(),
    loadAverageAtStart: os.loadavg().map((v) => Math.round(v * 100) / 100),
  };
  let server: Server | null = null;
  let browser: Browser | null = null;
  const stopAll = async () => {
    await browser?.close().catch(() => undefined);
    browser = null;
    await server?.stop();
    server = null;
  };
  const onSignal = () => {
    void stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const busyAtStart = busyWarning(machine.loadAverageAtStart, machine.cpus);
    if (busyAtStart) log(busyAtStart);
    server = await startPreview({ root: ROOT, outDir: BUILD, port: options.port });
    log(`serving ${relative(ROOT, BUILD)} at ${server.url}`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      timeout: 60_000,
    });
    const playwrightChromium = browser.version();
    const urlOf = (events: number) =>
      events === REAL.events
        ? (server?.url ?? '')
        : `${server?.url ?? ''}?dataset=${datasetId(events)}`;
    const mode = await detectMode(browser, urlOf(REAL.events));
    log(
      mode === 'mark'
        ? 'the app emits timeline:painted marks'
        : 'FALLBACK: the app emits no timeline:painted mark; timing the Meetings list and DOM changes instead',
    );

    const results: SizeResult[] = [];
    for (const events of options.sizes) {
      const runs: RunResult[] = [];
      for (let run = 1; run <= options.runs; run++) {
        const result = await measureOnce(browser, urlOf(events), mode, run, options.cpuThrottle);
        log(`N=${events} run ${run}/${options.runs}: ${describeRun(result)}`);
        runs.push(result);
      }
      results.push(summariseSize(events, datasetId(events), runs, versions[events] ?? ''));
    }
    const openFile = await measureOpeningFiles(browser, urlOf(REAL.events), options);
    await browser.close();
    browser = null;

    let lighthouse: LighthouseSummary | { error: string } | null = null;
    if (options.lighthouse) {
      const lighthouseRuns: LighthouseResult[] = [];
      try {
        for (let run = 1; run <= options.lighthouseRuns; run++) {
          log(`running Lighthouse (mobile preset, simulated throttling) on the real dataset, ${run}/${options.lighthouseRuns}`);
          lighthouseRuns.push(
            await runLighthouse({
              root: ROOT,
              url: urlOf(REAL.events),
              chromePath: CHROMIUM,
              outFile: join(OUT, `lighthouse-${run}.json`),
            }),
          );
        }
        lighthouse = summariseLighthouse(lighthouseRuns);
      } catch (error) {
        lighthouse = { error: (error as Error).message.slice(0, 2000) };
      }
    }

    const report = {
      date: new Date().toISOString(),
      machine: {
        ...machine,
        chromium: `${machine.chromium} (Playwright reports ${playwrightChromium})`,
        loadAverageAtEnd: os.loadavg().map((v) => Math.round(v * 100) / 100),
      },
      runs: options.runs,
      mode,
      cpuThrottle: options.cpuThrottle,
      method: {
        firstPaint:
          mode === 'mark'
            ? 'navigation start → first timeline:painted mark (startTime)'
            : 'navigation start → end of the first frame rendered after the Meetings list has items (fallback)',
        interactions: `click (capturing listener, performance.now()) → ${mode === 'mark' ? 'next timeline:painted mark (toMark) and end of the next rendered frame after it (toNextFrame)' : 'end of the first frame rendered after the first DOM mutation (toNextFrame; fallback)'}`,
        filter: 'first checkbox of the "City" group; unfilter clicks it again',
        select: 'third button of the "Meetings" list, on the unfiltered view',
        heap: 'CDP Performance.getMetrics JSHeapUsedSize after the first paint settled and a forced GC',
        beforeEachRun:
          'a fresh browser context (cold HTTP cache); then a wait until the browser uses under 5 % of a core for 500 ms, so the new window loading its own interface is not timed with the page',
        viewport: VIEWPORT,
        seed: SEED,
      },
      results,
      openFile,
      lighthouse,
    };
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);

    console.log(
      `\nMachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemoryGB} GB, ${machine.os}, Node ${machine.node}, ${machine.chromium}; load average at start ${machine.loadAverageAtStart.join(' ')}`,
    );
    const busy =
      busyWarning(report.machine.loadAverageAtEnd, machine.cpus) ??
      busyWarning(machine.loadAverageAtStart, machine.cpus);
    if (busy) console.log(busy);
    printTable(results, mode);
    printOpenFile(openFile);
    if (lighthouse && 'scores' in lighthouse) {
      const s = lighthouse.scores;
      console.log(
        `\nLighthouse ${lighthouse.lighthouseVersion} (${lighthouse.formFactor}, ${lighthouse.throttling} throttling), ${lighthouse.url}, served gzipped by vite preview, median of ${lighthouse.runs.length}:`,
      );
      console.log(
        `  performance ${s.performance ?? '—'} [${lighthouse.performanceRange.join('–')}], accessibility ${s.accessibility ?? '—'}, best practices ${s['best-practices'] ?? '—'}, SEO ${s.seo ?? '—'}`,
      );
    } else if (lighthouse) {
      console.log(`\nLighthouse failed: ${lighthouse.error.split('\n')[0] ?? ''}`);
    }
    console.log(
      `\nwrote ${relative(ROOT, RESULTS)}. The synthetic datasets stay in public/data/datasets.json: \`npm run gen-data -- --remove\` before committing.`,
    );
  } finally {
    await stopAll();
  }
}

/** The rows of the "open a CSV file" rows of the table: sizes of the CSV files opened. */
const OPEN_FILE_SIZES = [10_000, 100_000];

interface OpenFileResult {
  rows: number;
  runs: OpenFileRun[];
  medianReadMs: number | null;
  medianPaintMs: number | null;
  longestTaskDuringReadMs: number | null;
}

/** "Open a CSV file → timeline painted", at each size, from a CSV of the synthetic chronology. */
async function measureOpeningFiles(browser: Browser, url: string, options: Options): Promise<OpenFileResult[]> {
  if (options.openFileSizes.length === 0) return [];
  const results: OpenFileResult[] = [];
  for (const rows of options.openFileSizes) {
    const path = join(OUT, `synthetic-${rows}.csv`);
    if (!existsSync(path)) writeFileSync(path, datasetToCsv(generateDataset({ events: rows, seed: SEED })));
    const runs: OpenFileRun[] = [];
    for (let run = 1; run <= options.runs; run++) {
      const result = await measureOpenFile(browser, url, path, run);
      log(
        `open CSV N=${rows} run ${run}/${options.runs}: read ${result.readMs ?? '—'} ms, painted ${result.paintMs ?? '—'} ms, longest task during the read ${result.longestTaskDuringReadMs ?? '—'} ms${result.error ? `; ERROR ${result.error}` : ''}`,
      );
      runs.push(result);
    }
    const of = (pick: (r: OpenFileRun) => number | undefined) => {
      const summary = summarise(runs.map(pick));
      return summary ? Math.round(summary.median) : null;
    };
    const longest = runs.map((r) => r.longestTaskDuringReadMs).filter((v): v is number => v !== undefined);
    results.push({
      rows,
      runs,
      medianReadMs: of((r) => r.readMs),
      medianPaintMs: of((r) => r.paintMs),
      longestTaskDuringReadMs: longest.length ? Math.max(...longest) : null,
    });
  }
  return results;
}

function printOpenFile(results: OpenFileResult[]) {
  if (!results.length) return;
  console.log('\nOpen a CSV file → timeline painted (medians; longest main-thread task while the worker read it):');
  for (const r of results) {
    console.log(
      `  ${r.rows.toLocaleString('en')} rows: read ${r.medianReadMs ?? '—'} ms, painted ${r.medianPaintMs ?? '—'} ms, longest task during the read ${r.longestTaskDuringReadMs ?? '—'} ms`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(1);
});
