#!/usr/bin/env node
// Adds up the Vitest and Playwright JSON reports and prints ONE closing line:
//   "N passed, N failed"            or
//   "N passed, N failed, N skipped" (only when skipped > 0)
// Notes (missing reports, runner crashes) go to stderr *before* that line, so it stays last.
//
// Usage: node scripts/summarise-tests.mjs [--vitest-exit N] [--playwright-exit N]
//   --*-exit: the runner's exit status. A runner that exited non-zero while its report records
//   no failure (no test files, crashed worker, config error) counts as one failure, so the
//   summary line never says "0 failed" for a run that failed.
// Exit status: 1 when anything failed or no test ran at all, else 0.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VITEST_REPORT = 'reports/vitest.json';
export const PLAYWRIGHT_REPORT = 'reports/playwright.json';

const isCount = (v) => Number.isInteger(v) && v >= 0;
const num = (v) => (isCount(v) ? v : 0);

/**
 * Counts from a Vitest JSON report (jest-compatible shape).
 * A test file that failed to load has no failed test in numFailedTests: count it as one failure.
 * @returns {{ passed: number, failed: number, skipped: number, notes: string[] }}
 */
export function countVitest(report) {
  if (!report || typeof report !== 'object' || !isCount(report.numPassedTests)) {
    return { passed: 0, failed: 1, skipped: 0, notes: ['vitest report has an unexpected shape'] };
  }
  const notes = [];
  let failed = num(report.numFailedTests);
  for (const file of Array.isArray(report.testResults) ? report.testResults : []) {
    const assertions = Array.isArray(file?.assertionResults) ? file.assertionResults : [];
    if (file?.status === 'failed' && !assertions.some((a) => a?.status === 'failed')) {
      failed += 1;
      const msg = String(file.message ?? '').split('\n')[0];
      notes.push(
        `vitest: test file failed outside any test: ${file.name ?? '?'}${msg ? ` (${msg})` : ''}`,
      );
    }
  }
  return {
    passed: report.numPassedTests,
    failed,
    skipped: num(report.numPendingTests) + num(report.numTodoTests),
    notes,
  };
}

/**
 * Counts from a Playwright JSON report. Flaky tests (passed on retry) count as passed;
 * top-level errors (web server did not start, config error, forbidden .only) count as failures.
 * @returns {{ passed: number, failed: number, skipped: number, notes: string[] }}
 */
export function countPlaywright(report) {
  const stats = report && typeof report === 'object' ? report.stats : undefined;
  if (!stats || typeof stats !== 'object' || !isCount(stats.expected)) {
    return {
      passed: 0,
      failed: 1,
      skipped: 0,
      notes: ['playwright report has an unexpected shape'],
    };
  }
  const errors = Array.isArray(report.errors) ? report.errors : [];
  const notes = errors.map(
    (e) => `playwright: ${String(e?.message ?? e?.value ?? 'error').split('\n')[0]}`,
  );
  return {
    passed: stats.expected + num(stats.flaky),
    failed: num(stats.unexpected) + errors.length,
    skipped: num(stats.skipped),
    notes,
  };
}

/**
 * Adds one runner's counts into the total. `report` is the parsed JSON or an Error when the file
 * was missing or unreadable (counts as one failure). A non-zero `exitCode` with no recorded
 * failure counts as one failure too.
 */
export function addRunner(total, name, report, count, exitCode) {
  let c;
  if (report instanceof Error) {
    c = { passed: 0, failed: 1, skipped: 0, notes: [`${name}: ${report.message}`] };
  } else {
    c = count(report);
    c.notes = c.notes.map((n) => (n.startsWith(name) ? n : `${name}: ${n}`));
  }
  if (Number.isInteger(exitCode) && exitCode !== 0 && c.failed === 0) {
    c.failed = 1;
    c.notes.push(`${name} exited with status ${exitCode} but its report records no failed test`);
  }
  return {
    passed: total.passed + c.passed,
    failed: total.failed + c.failed,
    skipped: total.skipped + c.skipped,
    notes: [...total.notes, ...c.notes],
  };
}

/** The closing line: "N passed, N failed" plus ", N skipped" only when skipped > 0. */
export function formatSummary({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : '');
}

function readReport(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const reason = err?.code === 'ENOENT' ? 'missing' : `unreadable (${err?.message ?? err})`;
    return new Error(`report ${path} is ${reason}`);
  }
}

function parseExit(args, flag) {
  const i = args.indexOf(flag);
  if (i === -1 || i + 1 >= args.length) return undefined;
  const n = Number(args[i + 1]);
  return Number.isInteger(n) ? n : undefined;
}

function main(args) {
  let total = { passed: 0, failed: 0, skipped: 0, notes: [] };
  total = addRunner(
    total,
    'vitest',
    readReport(VITEST_REPORT),
    countVitest,
    parseExit(args, '--vitest-exit'),
  );
  total = addRunner(
    total,
    'playwright',
    readReport(PLAYWRIGHT_REPORT),
    countPlaywright,
    parseExit(args, '--playwright-exit'),
  );
  const ran = total.passed + total.failed;
  for (const note of total.notes) process.stderr.write(`summarise-tests: ${note}\n`);
  if (ran === 0) process.stderr.write('summarise-tests: no test ran\n');
  // Written last, on stdout: nothing may follow this line.
  process.stdout.write(`${formatSummary(total)}\n`);
  return total.failed > 0 || ran === 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
