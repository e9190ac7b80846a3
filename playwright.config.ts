import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

// Browser tests drive Debian's Chromium (Playwright cannot download its own browsers here).
// scripts/ensure-chromium.sh finds or installs it and sets CHROMIUM_PATH.
const isCI = !!process.env.CI;
// PORT and DIST_DIR let several checkouts or builds be tested side by side.
const port = Number(process.env.PORT ?? 4173);
const distDir = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: isCI,
  workers: 2,
  fullyParallel: true,
  // Whole-page axe scans of the full explorer take seconds on a 2-core machine.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  retries: isCI ? 1 : 0,
  // JSON goes to reports/, not test-results/ (Playwright empties that folder on start).
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    colorScheme: 'light',
    // The production build registers a service worker, which answers requests before
    // page.route can see them. Specs that stub the network need it out of the way; the
    // offline specs allow it (test.use({ serviceWorkers: 'allow' })).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'utc', use: { timezoneId: 'UTC' } },
    // Date-sensitive tests (tagged @dates) also run in a negative and a positive UTC offset.
    { name: 'los-angeles', use: { timezoneId: 'America/Los_Angeles' }, grep: /@dates/ },
    { name: 'tokyo', use: { timezoneId: 'Asia/Tokyo' }, grep: /@dates/ },
  ],
  webServer: {
    // Serves the already built dist/ (scripts/test-all.sh builds it first).
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${distDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
