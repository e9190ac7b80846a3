/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// BASE lets the same build live under a sub-path (e.g. BASE=/sco/ npm run build).
// Query-string deep links need no server rewrites, so any static host works.
const base = process.env.BASE ?? './';

export default defineConfig({
  base,
  plugins: [react(), tailwindcss()],
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
