import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { loadTranslate } from '../i18n/translate';

/*
 * A test during which anything logs an error fails: React's development warnings (two
 * children with one key, invalid nesting, an update outside act()) are bugs even when the
 * page looks right, and the browser tests run the production build, which never prints
 * them. A test that expects an error spies on console.error itself, which stands in for
 * this guard while it runs.
 */
let logged: string[] = [];
let original: typeof console.error = console.error;

beforeEach(() => {
  logged = [];
  original = console.error;
  console.error = (...args: unknown[]) => {
    logged.push(args.map(String).join(' '));
  };
});

// Registered before cleanup, so it runs after it (Vitest runs afterEach hooks in reverse):
// what unmounting logs counts too.
afterEach(() => {
  console.error = original;
  if (logged.length > 0) {
    throw new Error(`console.error was called during this test:\n${logged.join('\n')}`);
  }
});

// Testing Library unmounts between tests on its own only with Vitest globals on; they are off.
afterEach(cleanup);

// Components render in English outside the app's LanguageProvider (see useT): its catalog is
// loaded once, before any test.
await loadTranslate('en');
