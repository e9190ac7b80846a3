/**
 * One Lighthouse 12.2.3 run (its CLI, in a child process) with Debian's Chromium, default
 * settings: mobile form factor with simulated throttling (Lighthouse's default preset).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface LighthouseResult {
  url: string;
  lighthouseVersion: string;
  formFactor: string;
  throttling: string;
  /** 0–100 per category. */
  scores: Record<string, number | null>;
  /** Lab metrics in ms (CLS unitless). */
  metrics: Record<string, number | null>;
  reportFile: string;
}

interface LhReport {
  lighthouseVersion: string;
  configSettings: { formFactor: string; throttlingMethod: string };
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'speed-index',
  'total-blocking-time',
  'cumulative-layout-shift',
  'interactive',
];

export async function runLighthouse(options: {
  root: string;
  url: string;
  chromePath: string;
  outFile: string;
  timeoutMs?: number;
}): Promise<LighthouseResult> {
  const { root, url, chromePath, outFile, timeoutMs = 240_000 } = options;
  const args = [
    join(root, 'node_modules/lighthouse/cli/index.js'),
    url,
    `--chrome-path=${chromePath}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic',
    '--only-categories=performance,accessibility,best-practices,seo',
    '--output=json',
    `--output-path=${outFile}`,
    '--quiet',
  ];
  const child = spawn(process.execPath, args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, CHROME_PATH: chromePath },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const code = await new Promise<number | string>((resolve) => {
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve('timeout');
    }, timeoutMs);
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode ?? -1);
    });
  });
  if (code !== 0)
    throw new Error(
      `lighthouse ${code === 'timeout' ? `timed out after ${timeoutMs} ms` : `exited ${code}`}:\n${stderr}`,
    );
  const report = JSON.parse(readFileSync(outFile, 'utf8')) as LhReport;
  const score = (id: string) => {
    const value = report.categories[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  return {
    url,
    lighthouseVersion: report.lighthouseVersion,
    formFactor: report.configSettings.formFactor,
    throttling: report.configSettings.throttlingMethod,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    metrics: Object.fromEntries(METRICS.map((id) => [id, report.audits[id]?.numericValue ?? null])),
    reportFile: relative(root, outFile),
  };
}
