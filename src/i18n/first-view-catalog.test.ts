/**
 * The first view renders before the rest of the catalog arrives (catalog-parts.ts), so every
 * message it can show must ship in the first part. This follows the static imports from
 * src/main.tsx (dynamic `import()` starts a lazy chunk, which waits for the whole catalog) and
 * collects the message ids those modules name: `t('id')`, `{ id: 'id' }`, maps of ids, and the
 * prefixes of ids built in template strings (`` t(`verb.${verb}`) ``).
 */
import { describe, expect, it } from 'vitest';
import { FIRST_VIEW_PREFIXES, messagesOf, partOf, REST_UNDER_FIRST_VIEW_PREFIXES } from './catalog-parts';
import { parsePo } from './po-file';
import en from './locales/en.po?raw';

/** Every module's code, by path (`/src/app/Header.tsx`); tests and test helpers aside. */
const MODULES = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}', '!/src/test/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const IDS = parsePo(en).map((entry) => entry.id);

/** The module a relative import names, by the bundler's rules (extension, or index file). */
function resolve(from: string, specifier: string): string | null {
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  const base = parts.join('/');
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((path) => path in MODULES) ?? null;
}

/** Relative modules a module imports statically, for its values (`import type` loads nothing). */
function staticImports(path: string, code: string): string[] {
  const found: string[] = [];
  const pattern = /^\s*(import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const match of code.matchAll(pattern)) {
    const target = resolve(path, match[2] ?? '');
    if (target) found.push(target);
  }
  return found;
}

/** Every module the entry loads before the first render. */
function firstViewModules(entry = '/src/main.tsx'): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const path = queue.pop() ?? '';
    if (seen.has(path)) continue;
    seen.add(path);
    queue.push(...staticImports(path, MODULES[path] ?? ''));
  }
  return seen;
}

/** The message ids a module's code names, literally or by a template's prefix. */
function idsNamedIn(code: string): string[] {
  const named = new Set<string>();
  for (const match of code.matchAll(/['"`]([a-zA-Z][\w.-]*)['"`]/g)) {
    const text = match[1] ?? '';
    if (IDS.includes(text)) named.add(text);
  }
  for (const match of code.matchAll(/`([a-zA-Z][\w.]*\.)\$\{/g)) {
    const prefix = match[1] ?? '';
    for (const id of IDS) if (id.startsWith(prefix)) named.add(id);
  }
  return [...named];
}

describe('the first view’s part of the catalog', () => {
  const modules = firstViewModules();

  it('follows the static imports of the entry, and not the lazy views', () => {
    expect(modules).toContain('/src/app/Explorer.tsx');
    expect(modules).toContain('/src/features/timeline/list/MeetingList.tsx');
    expect(modules).not.toContain('/src/features/map/ParticipantMap.tsx');
    expect(modules).not.toContain('/src/features/decisions/DecisionCards.tsx');
    expect(modules).not.toContain('/src/features/own-data/OwnDataPanel.tsx');
  });

  it('holds every message the first view can show', () => {
    const used = new Map<string, string[]>();
    for (const path of modules) {
      for (const id of idsNamedIn(MODULES[path] ?? '')) used.set(id, [...(used.get(id) ?? []), path]);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([id]) => partOf(id) === 'rest').map(([id, paths]) => `${id}  (${paths.join(', ')})`);
    expect(missing, `Add their prefixes to FIRST_VIEW_PREFIXES in catalog-parts.ts:\n${missing.join('\n')}`).toEqual([]);
  });

  it('is a part of the catalog, not all of it', () => {
    const all = Object.fromEntries(IDS.map((id) => [id, id]));
    const first = Object.keys(messagesOf(all, 'first'));
    const rest = Object.keys(messagesOf(all, 'rest'));
    expect(first.length + rest.length).toBe(IDS.length);
    expect(rest.length).toBeGreaterThan(first.length / 2);
    for (const prefix of FIRST_VIEW_PREFIXES) expect(IDS.some((id) => id.startsWith(prefix)), prefix).toBe(true);
  });

  it('sends to the rest only messages that exist, under a first-view prefix', () => {
    for (const id of REST_UNDER_FIRST_VIEW_PREFIXES) {
      expect(IDS, id).toContain(id);
      expect(FIRST_VIEW_PREFIXES.some((prefix) => id.startsWith(prefix)), id).toBe(true);
      expect(partOf(id)).toBe('rest');
    }
  });
});
