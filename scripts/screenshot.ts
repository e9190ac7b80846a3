/**
 * npm run screenshot: builds the app, serves it, and saves docs/screenshot.png (1440×900,
 * light, a selected meeting) with Playwright and Debian's Chromium.
 * Extra views for reviewing the design go to docs/screenshots/ with --all.
 */
import { spawn, execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { meetingList } from '../e2e/helpers';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.PORT ?? 4320);
const BASE = `http://127.0.0.1:${PORT}`;

interface Shot {
  file: string;
  path: string;
  width: number;
  height: number;
  dark?: boolean;
  fullPage?: boolean;
}

const MAIN: Shot = { file: 'docs/screenshot.png', path: '/?event=defence-ministers-2012&group=city', width: 1440, height: 1000 };
const REVIEW: Shot[] = [
  { file: 'docs/screenshots/wide-light-filter.png', path: '/?city=dushanbe', width: 1440, height: 900, fullPage: true },
  { file: 'docs/screenshots/wide-dark-selection.png', path: '/?event=beijing-summit-2012&group=city', width: 1440, height: 900, dark: true, fullPage: true },
  { file: 'docs/screenshots/phone-light.png', path: '/?event=supreme-courts-2012', width: 375, height: 812, fullPage: true },
  { file: 'docs/screenshots/phone-dark-filter.png', path: '/?ministry=defence,culture', width: 375, height: 812, dark: true, fullPage: true },
  // The interface in Russian and Chinese: long Russian words and CJK text at both widths.
  { file: 'docs/screenshots/wide-light-ru-selection.png', path: '/?lang=ru&event=defence-ministers-2012&group=city', width: 1440, height: 900, fullPage: true },
  { file: 'docs/screenshots/phone-dark-ru-filter.png', path: '/?lang=ru&city=beijing', width: 360, height: 800, dark: true, fullPage: true },
  { file: 'docs/screenshots/wide-dark-zh-filter.png', path: '/?lang=zh&ministry=defence,culture', width: 1440, height: 900, dark: true, fullPage: true },
  { file: 'docs/screenshots/phone-light-zh-selection.png', path: '/?lang=zh&event=beijing-summit-2012', width: 360, height: 800, fullPage: true },
];

async function waitForServer(url: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not start`);
}

async function main() {
  const all = process.argv.includes('--all');
  execSync('npx vite build --logLevel warn', { cwd: ROOT, stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForServer(BASE);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
    });
    for (const shot of all ? [MAIN, ...REVIEW] : [MAIN]) {
      const page = await browser.newPage({
        viewport: { width: shot.width, height: shot.height },
        colorScheme: shot.dark ? 'dark' : 'light',
        deviceScaleFactor: 1,
      });
      await page.goto(`${BASE}${shot.path}`);
      // Two differences between a screenshot and a reader's screen:
      // - headless Chromium hides scrollbars but keeps the room the page reserves for one
      //   (scrollbar-gutter), an empty strip down the right edge, where a real browser draws
      //   its scrollbar or, for an overlay one, reserves nothing;
      // - a full-page shot takes the whole page at once, and the sections below the first
      //   screen, skipped while off screen (content-visibility), would show blank; a reader
      //   scrolling sees each rendered as it comes into view.
      await page.addStyleTag({
        content: [
          'html { scrollbar-gutter: auto !important; }',
          '.skipped-off-screen { content-visibility: visible !important; }',
        ].join('\n'),
      });
      // The meetings' list, in any language: the one list the timeline's text twin is.
      if (shot.path.includes('lang=')) await page.locator('#timeline-heading').waitFor();
      else await meetingList(page).waitFor();
      await page.waitForTimeout(500);
      mkdirSync(resolve(ROOT, shot.file, '..'), { recursive: true });
      await page.screenshot({ path: resolve(ROOT, shot.file), fullPage: shot.fullPage ?? false });
      console.log(`saved ${shot.file}`);
      await page.close();
    }
    await browser.close();
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
