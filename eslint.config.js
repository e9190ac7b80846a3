// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { architecture } from './eslint-architecture.js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    'dist/',
    'node_modules/',
    'reports/',
    'test-results/',
    'playwright-report/',
    'bench/out/',
    'coverage/',
    // Deliberately broken files that show the architecture rules fail (scripts/lint-rules.test.ts).
    'lint-fixtures/',
  ]),

  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        // Type information from the nearest tsconfig (tsconfig.app.json / tsconfig.node.json).
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,
  tseslint.configs.strictTypeChecked,

  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      // Numbers and booleans in template strings are normal in UI text and labels.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      // `void promise` in event handlers is the usual React idiom for fire-and-forget.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `_unused` names mark deliberately ignored parameters (callbacks, destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },

  // The layers of src/ and the walls between features (eslint-architecture.js), no cycles.
  architecture(import.meta.dirname),

  // Accessible by construction: jsx-a11y's recommended rules on every component.
  { files: ['src/**/*.tsx'], ignores: ['**/*.test.tsx'], ...jsxA11y.flatConfigs.recommended },

  {
    // In tests a failed `!` is a failed test with a clear stack: the assertion is the point.
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts', 'src/test/**/*.ts'],
    // Asymmetric matchers (expect.stringContaining) are typed `any` by design.
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },

  {
    // Playwright fixtures are declared with an empty object pattern: `({}, testInfo) => …`.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },

  {
    // Plain JS (this file, scripts/*.mjs) is outside every tsconfig: lint it without type info.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
]);
