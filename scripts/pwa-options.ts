/**
 * The web app manifest and the service worker's precache (vite-plugin-pwa, Workbox's
 * generateSW). Kept apart from vite.config.ts because the precache list is read from the
 * datasets manifest: the bundled datasets are precached, the synthetic ones (generated for
 * benchmarks, up to 34 MB) are not.
 */
import { readFileSync } from 'node:fs';
import type { VitePWAOptions } from 'vite-plugin-pwa';

interface ManifestFile {
  datasets: { file: string; synthetic?: boolean }[];
}

/** The data files a visit may need offline: the manifest, its bundled datasets, the source text. */
export function precachedDataFiles(manifestJson: string): string[] {
  const manifest = JSON.parse(manifestJson) as ManifestFile;
  const bundled = manifest.datasets.filter((entry) => !entry.synthetic).map((entry) => entry.file);
  return ['datasets.json', ...bundled, '*.txt'].map((file) => `data/${file}`);
}

/** Light and dark theme colours: the header's panel colour in each scheme. */
export const THEME_COLOURS = { light: '#ffffff', dark: '#171e27' } as const;

export function pwaOptions(datasetsManifestPath: string): Partial<VitePWAOptions> {
  return {
    strategies: 'generateSW',
    // A new release waits until the reader chooses to reload (src/app/UpdatePrompt.tsx).
    registerType: 'prompt',
    // Registered from a lazy chunk after the first paint (src/app/service-worker.ts): no
    // script in index.html, inline or not, and nothing added to the first view.
    injectRegister: false,
    // The icons are in the precache's globPatterns already (the plugin adds the manifest).
    includeManifestIcons: false,
    manifest: {
      name: 'SCO Timeline Explorer',
      short_name: 'SCO Timeline',
      description:
        'The meetings, participants, decisions and source text of the SCO Beijing summit, June 2012.',
      // Relative to the manifest's own URL, so the same build works under any sub-path
      // (vite-plugin-pwa #713: absolute icon paths ignore `base`).
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: THEME_COLOURS.light,
      background_color: '#fbfaf7',
      icons: [
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // Only js, css and html are precached by default: the data, the source text, the map
      // topology (assets/*.json, imported with ?url) and the icons are added here.
      globPatterns: [
        '**/*.{js,css,html,svg,png}',
        'assets/*.json',
        ...precachedDataFiles(readFileSync(datasetsManifestPath, 'utf8')),
        // "Download a template" and the example a reader may open with ?data=.
        'data/own-chronology-*.csv',
      ],
      // A published file opened with ?data= (another site's, or one on this site that is not
      // part of the build) is kept after it was read, and served from there when the network
      // fails: the link then opens offline too. The network comes first, so a file updated at
      // its source is read anew. Files opened from disk are kept in IndexedDB instead.
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) =>
            /\.(csv|tsv|tab|txt|json)$/i.test(url.pathname) && !(sameOrigin && /\/synthetic-\d+\./.test(url.pathname)),
          handler: 'NetworkFirst',
          options: {
            cacheName: 'published-data',
            networkTimeoutSeconds: 10,
            expiration: { maxEntries: 10 },
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
      // Every query string is state, not a different file: without this, Workbox ignores only
      // utm_* and fbclid, and a deep link (?event=…) misses the precache (workbox #3291).
      ignoreURLParametersMatching: [/.*/],
      // Any navigation, under any sub-path and with any query, opens the app shell offline.
      navigateFallback: 'index.html',
      // Files over 2 MiB are skipped silently by default; the bundled ones are far below,
      // and this keeps a larger bundled dataset from dropping out unnoticed.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      cleanupOutdatedCaches: true,
    },
  };
}
