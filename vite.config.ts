/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pureTopLevelCalls } from './scripts/pure-top-level-calls.ts';
import { compileHints } from './scripts/compile-hints.ts';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { pwaOptions } from './scripts/pwa-options.ts';
import { catalogs } from './scripts/vite-plugin-catalogs.ts';

// BASE lets the same build live under a sub-path (e.g. BASE=/sco/ npm run build).
// Query-string deep links need no server rewrites, so any static host works.
const base = process.env.BASE ?? './';
const D3_BUNDLES = /\/node_modules\/d3-[a-z]+\/dist\/[\w-]+\.mjs$/;

/** The unit tests of every module that reads, writes or formats a date. */
const DATE_TESTS = [
  'src/lib/{calendar-date,calendar-date.reference,format-date,citation,citation-formats}.test.ts',
  'src/state/{view-state,select-meetings,deep-link}.test.ts',
  'src/features/timeline/{timeline-scale,lanes,timeline-model}.test.ts',
  'src/features/timeline/periods/periods.test.ts',
  'src/features/export/{to-ics,to-csv,to-json,describe-view}.test.ts',
  'src/features/own-data/{row-reader,rows-to-dataset}.test.ts',
];

export default defineConfig({
  base,
  // d3's packages ship one bundled file each, without pure annotations: the bundler keeps
  // every factory call at their top level (d3-shape's curves, d3-interpolate's colour
  // spaces) although the app uses none of them. Marked pure, they drop out: 1.4 kB gzipped
  // of the first view.
  // `catalogs` compiles each language's .po catalog into a chunk of its own (imported lazily)
  // and fails the build when a catalog lacks a message or a message is not valid ICU.
  // The service worker and the web app manifest: see scripts/pwa-options.ts.
  plugins: [
    react(),
    tailwindcss(),
    catalogs(),
    pureTopLevelCalls(D3_BUNDLES),
    // The lazy chunks a reader's first clicks run, which load after the first paint: compiled
    // as they arrive rather than in the frames after the click.
    compileHints([
      'MeetingDetail',
      'ParticipantMap',
      'DecisionCards',
      'SourceText',
      'view-slice-section',
    ]),
    contentSecurityPolicy(),
    VitePWA(pwaOptions('public/data/datasets.json')),
  ],
  build: {
    // No modulepreload polyfill in the first view's script: every browser the app supports
    // but Safari before 17 has modulepreload, and there the lazy chunks still load, unhinted.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Small modules that the first view shares with lazy chunks (the URL contract, calendar
        // dates and their formatting, the interface text's hooks, Vite's preload helper) go into one chunk, not one file each: the bundler splits
        // them apart by which lazy chunks import them (rolldown issue 10731), and every extra
        // file of the first view is a request before the first paint.
        codeSplitting: {
          groups: [
            {
              name: 'shared',
              test: /\/src\/(state\/(view-state|deep-link)|lib\/(calendar|format)-date|i18n\/(use-t|record-names|translate|languages)|lib\/language|state\/facet-label)\.ts$|preload-helper/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    // Dates are calendar dates: the whole suite runs in UTC, and the date-bearing modules run
    // again in Los Angeles (UTC-8), where UTC midnight is still the evening of the day before.
    projects: [
      {
        extends: true,
        test: {
          name: 'utc',
          env: { TZ: 'UTC' },
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'los-angeles', env: { TZ: 'America/Los_Angeles' }, include: DATE_TESTS },
      },
    ],
  },
});
