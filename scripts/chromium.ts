/**
 * Debian's Chromium for Playwright, the benchmark and the screenshots: where it is, and the
 * flags that keep it off the network (no updater, sync, QUIC probes or first-run pings).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];
