/**
 * npm run validate-data [FILE…]
 * Checks the manifest and every dataset it lists (or only the files named) and prints
 * each problem with its path. Exits 1 when any file has a problem.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { formatProblem, type Problem } from '../src/data/problem';
import { validateDataset, validateManifest } from '../src/data/validate';

const DATA_DIR = resolve(import.meta.dirname, '../public/data');
const MANIFEST = join(DATA_DIR, 'datasets.json');

function readJson(file: string): { json?: unknown; problem?: Problem } {
  try {
    return { json: JSON.parse(readFileSync(file, 'utf8')) as unknown };
  } catch (error) {
    return { problem: { path: '', message: `cannot read JSON: ${(error as Error).message}` } };
  }
}

function check(file: string): number {
  const { json, problem } = readJson(file);
  const isManifest = basename(file) === 'datasets.json';
  const problems = problem
    ? [problem]
    : (() => {
        const result = isManifest ? validateManifest(json) : validateDataset(json);
        return result.ok ? [] : result.problems;
      })();
  if (problems.length === 0) {
    console.log(`✓ ${relative(process.cwd(), file)}`);
    return 0;
  }
  console.error(`✗ ${relative(process.cwd(), file)}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  return problems.length;
}

function filesFromManifest(): string[] {
  const { json } = readJson(MANIFEST);
  const result = validateManifest(json);
  if (!result.ok) return [MANIFEST];
  return [MANIFEST, ...result.value.datasets.map((entry) => join(dirname(MANIFEST), entry.file))];
}

// Problems in plain words ("expected text (a calendar date), found the number 2012").
const args = process.argv.slice(2);
const files = args.length ? args.map((file) => resolve(file)) : filesFromManifest();
const total = files.reduce((sum, file) => sum + check(file), 0);
process.exit(total > 0 ? 1 : 0);
