// @ts-check
/**
 * The architecture, as rules: the layers of src/ and the walls between features. This file is
 * the documentation of the layout: change the layers here, and the linter holds everyone to
 * them. Tests (*.test.ts[x]) and src/test (fixtures, render helpers) stand outside the layers:
 * a test may reach any module it tests.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/**
 * The layers of src/, lowest first. A module imports from its own layer and the ones below it,
 * never from one above: data flows up, from the calendar to the shell.
 */
export const LAYERS = [
  // Calendar dates, formatting, languages, downloads, pictures: plain TypeScript, no React.
  'lib',
  // The dataset: its schema (zod), loading, validation, indexes.
  'data',
  // The interface's words: catalogs, the translator, the glossary.
  'i18n',
  // Shared interface pieces and hooks: buttons, media queries, navigation between views.
  'ui',
  // The URL contract, the view's parsing and slices, filtering, search.
  'state',
  // One folder per feature (timeline, map, decisions, source, filters, export, own-data).
  // What two features share moves down a layer: features never import each other.
  'features',
  // The shell: providers, loading, layout, the explorer that puts the features together.
  'app',
];

/** The feature folders under `<base>/src/features`. */
export function featuresOf(base) {
  return readdirSync(join(base, 'src/features'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/**
 * The flat-config entry that keeps the walls, for the project at `base` (the repository, or a
 * test's fixture tree): layers, feature walls, and no import cycles.
 */
export function architecture(base) {
  const zones = [
    ...LAYERS.flatMap((layer, i) =>
      LAYERS.slice(i + 1).map((above) => ({
        target: `./src/${layer}`,
        from: `./src/${above}`,
        message: `${layer}/ is below ${above}/: move what both need down a layer (see eslint-architecture.js).`,
      })),
    ),
    ...featuresOf(base).map((feature) => ({
      target: `./src/features/${feature}`,
      from: './src/features',
      except: [`./${feature}`],
      message: 'A feature does not import another feature: move what both need to ui/, state/ or lib/.',
    })),
  ];
  return {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/test/**'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      // How to read the modules an import leads to, so that cycles through them are found.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: base, zones }],
      // Type-only imports load nothing, but a cycle of them still tangles the layers: counted too.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  };
}
