/**
 * npm run gen-data -- --events N [--seed S] [--quotes dated|shared] [--format json|csv]
 * npm run gen-data -- --remove
 *
 * `--format csv` writes public/data/synthetic-N.csv instead: the same meetings in the CSV
 * format a user's chronology is read in (the columns of own-chronology-template.csv), to open
 * with "Open your data" or `?data=synthetic-N.csv`. It is not listed in the manifest.
 *
 * Writes public/data/synthetic-N.json, a valid dataset (checked with validateDataset before it
 * is written) of N meetings over 25 years, 40 cities and 25 bodies, the same for the same seed,
 * and lists it in public/data/datasets.json so `?dataset=synthetic-N` opens it.
 * The data files are gitignored; the manifest entry is NOT to be committed: `--remove` takes
 * every synthetic entry out of the manifest and deletes the files, leaving a clean tree.
 *
 * The dataset itself comes from scripts/bench/synthetic-dataset.ts (pure, deterministic);
 * its header explains the quotes and the `--quotes` option.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Manifest, ManifestEntry } from '../src/data/schema';
import { formatProblem } from '../src/data/problem';
import { validateDataset } from '../src/data/validate';
import { datasetToCsv } from './dataset-to-csv';
import {
  generateDataset,
  versionOf,
  type GenerateOptions,
  type QuoteStyle,
} from './bench/synthetic-dataset';

export function manifestEntry(
  events: number,
  seed: number,
  quotes: QuoteStyle = 'dated',
): ManifestEntry {
  return {
    id: `synthetic-${events}`,
    title: `Synthetic chronology, ${events} events`,
    file: `synthetic-${events}.json`,
    version: versionOf(seed, quotes),
    source: 'Generated for benchmarks',
    synthetic: true,
    meetings: events,
  };
}

/** The manifest with `entry` replacing the entry of the same id, or appended. */
export function upsertEntry(manifest: Manifest, entry: ManifestEntry): Manifest {
  const found = manifest.datasets.some((e) => e.id === entry.id);
  const datasets = found
    ? manifest.datasets.map((e) => (e.id === entry.id ? entry : e))
    : [...manifest.datasets, entry];
  return { ...manifest, datasets };
}

// --- files -------------------------------------------------------------------------------

export const DATA_DIR = resolve(import.meta.dirname, '../public/data');
const MANIFEST = join(DATA_DIR, 'datasets.json');

const readManifest = () => JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
/** Same formatting as the committed file: 2-space JSON and a trailing newline. */
const writeManifest = (manifest: Manifest) =>
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);

/**
 * JSON with every non-ASCII character written as a \\u escape: the same data, in ASCII bytes.
 * Chromium decodes an all-ASCII body several times faster and keeps it as one-byte strings
 * (README, "Measurements behind the design"); a single en dash anywhere in 34 MB
 * sends the whole file down the slow path.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export type OutputFormat = 'json' | 'csv';

/**
 * Generates, validates and writes public/data/synthetic-N.json and its manifest entry, or
 * (`format: 'csv'`) public/data/synthetic-N.csv alone.
 */
export function writeSyntheticDataset(
  options: GenerateOptions,
  log: (message: string) => void = console.log,
  format: OutputFormat = 'json',
): string {
  const quotes = options.quotes ?? 'dated';
  const t0 = performance.now();
  const dataset = generateDataset(options);
  const t1 = performance.now();
  if (options.events >= 50_000) log(`validating ${options.events} meetings…`);
  const result = validateDataset(dataset);
  const t2 = performance.now();
  if (!result.ok) {
    const shown = result.problems.slice(0, 20).map((p) => `  ${formatProblem(p)}`);
    throw new Error(
      `generated dataset is INVALID (${result.problems.length} problems):\n${shown.join('\n')}`,
    );
  }
  const file = join(DATA_DIR, `synthetic-${options.events}.${format}`);
  if (format === 'csv') writeFileSync(file, datasetToCsv(dataset));
  else {
    // Compact JSON: at 100,000 meetings indentation would add a third to the download.
    writeFileSync(file, `${asciiJson(dataset)}\n`);
    // Local only: this manifest change is not to be committed (`npm run gen-data -- --remove`).
    writeManifest(upsertEntry(readManifest(), manifestEntry(options.events, options.seed, quotes)));
  }
  const mb = (readFileSync(file).length / 1e6).toFixed(1);
  log(
    `wrote ${file} (${options.events} meetings, seed ${options.seed}, ${quotes} quotes, ${mb} MB): ` +
      `generated in ${(t1 - t0).toFixed(0)} ms, validated in ${(t2 - t1).toFixed(0)} ms`,
  );
  return file;
}

/** Takes every synthetic entry out of the manifest and deletes the generated files. */
export function removeSyntheticDatasets(log: (message: string) => void = console.log): void {
  const manifest = readManifest();
  const synthetic = manifest.datasets.filter((e) => e.synthetic);
  if (synthetic.length)
    writeManifest({ ...manifest, datasets: manifest.datasets.filter((e) => !e.synthetic) });
  const files = new Set([
    ...synthetic.map((e) => e.file),
    ...readdirSync(DATA_DIR).filter((f) => /^synthetic-.*\.(json|csv)$/.test(f)),
  ]);
  for (const file of files) {
    const path = join(DATA_DIR, file);
    if (existsSync(path)) rmSync(path);
  }
  log(
    `removed ${synthetic.length} manifest entr${synthetic.length === 1 ? 'y' : 'ies'} and ${files.size} file(s)`,
  );
}

function parseArgs(args: string[]): { remove: boolean; format: OutputFormat } & GenerateOptions {
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const quotes = value('--quotes') ?? 'dated';
  if (quotes !== 'shared' && quotes !== 'dated')
    throw new Error('--quotes must be dated or shared');
  const format = value('--format') ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new Error('--format must be json or csv');
  return {
    remove: args.includes('--remove'),
    format,
    events: Number(value('--events') ?? NaN),
    seed: Number(value('--seed') ?? 1),
    quotes,
  };
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.remove) {
    removeSyntheticDatasets();
    return;
  }
  if (!Number.isInteger(options.events) || options.events < 1 || !Number.isInteger(options.seed)) {
    console.error(
      'usage: npm run gen-data -- --events N [--seed S] [--quotes dated|shared] [--format json|csv]\n       npm run gen-data -- --remove',
    );
    process.exit(2);
  }
  writeSyntheticDataset(options, console.log, options.format);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`gen-data: ${(error as Error).message}`);
    process.exit(1);
  }
}
