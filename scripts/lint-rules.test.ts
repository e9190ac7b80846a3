/**
 * The architecture rules and jsx-a11y, shown to fail on deliberately broken modules
 * (lint-fixtures/) and to pass the clean ones; and shown to be what catches them: with the
 * rules left out, the broken modules pass.
 */
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { architecture } from '../eslint-architecture.js';

const BASE = join(import.meta.dirname, '../lint-fixtures');
const parsing: Linter.Config = {
  files: ['**/*.{ts,tsx}'],
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
};
const a11y: Linter.Config = { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended };

/** The rule ids each fixture breaks, by path under lint-fixtures/src. */
async function lint(configs: Linter.Config[]): Promise<Record<string, string[]>> {
  const eslint = new ESLint({ cwd: BASE, overrideConfigFile: true, ignore: false, overrideConfig: [parsing, ...configs] });
  const results = await eslint.lintFiles(['src']);
  return Object.fromEntries(
    results.map((result) => [
      result.filePath.slice(join(BASE, 'src').length + 1),
      [...new Set(result.messages.map((message) => message.ruleId ?? message.message))].sort(),
    ]),
  );
}

describe('the lint rules', { timeout: 60_000 }, () => {
  it('fail on a lower layer importing a feature, a feature importing another, a cycle and an inaccessible component', async () => {
    const found = await lint([architecture(BASE), a11y]);
    expect(found['lib/reaches-up.ts']).toEqual(['import-x/no-restricted-paths']);
    expect(found['features/beta/reaches-across.ts']).toEqual(['import-x/no-restricted-paths']);
    expect(found['state/cycle-a.ts']).toEqual(['import-x/no-cycle']);
    expect(found['state/cycle-b.ts']).toEqual(['import-x/no-cycle']);
    expect(found['ui/Unlabelled.tsx']).toEqual(
      expect.arrayContaining(['jsx-a11y/alt-text', 'jsx-a11y/click-events-have-key-events']),
    );
  });

  it('pass the modules that keep the walls', async () => {
    const found = await lint([architecture(BASE), a11y]);
    for (const clean of ['lib/dates.ts', 'features/alpha/alpha.ts', 'state/clean.ts', 'ui/Labelled.tsx'])
      expect(found[clean], clean).toEqual([]);
  });

  it('are what catches them: without the rules, the same modules pass', async () => {
    const found = await lint([]);
    expect(Object.values(found).flat()).toEqual([]);
  });
});
