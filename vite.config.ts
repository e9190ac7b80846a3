/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { pureTopLevelCalls } from './scripts/pure-top-level-calls.ts';
import { catalogs } from './scripts/vite-plugin-catalogs.ts';

// BASE lets the same build live under a sub-path (e.g. BASE=/sco/ npm run build).
// Query-string deep links need no server rewrites, so any static host works.
const base = process.env.BASE ?? './';
const D3_BUNDLES = /\/node_modules\/d3-[a-z]+\/dist\/[\w-]+\.mjs$/;

export default defineConfig({
  base,
  // d3's packages ship one bundled file each, without pure annotations: the bundler keeps
  // every factory call at their top level (d3-shape's curves, d3-interpolate's colour
  // spaces) although the app uses none of them. Marked pure, they drop out: 1.4 kB gzipped
  // of the first view.
  // `catalogs` compiles each language's .po catalog into a chunk of its own (imported lazily)
  // and fails the build when a catalog lacks a message or a message is not valid ICU.
  plugins: [react(), tailwindcss(), catalogs(), pureTopLevelCalls(D3_BUNDLES)],
  build: {
    // No modulepreload polyfill in the first view's script: every browser the app supports
    // but Safari before 17 has modulepreload, and there the lazy chunks still load, unhinted.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
  },
});
