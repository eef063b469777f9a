// Flat ESLint config: typescript-eslint's recommended rules everywhere, plus the Office add-in
// rules (load before read, sync after load, no sync in loops, isNullObject) on the Office code.
'use strict';
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');
const globals = require('globals');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'build/**', 'coverage/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, Office: 'readonly', Excel: 'readonly', OfficeExtension: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/excel/**/*.ts', 'src/taskpane/**/*.ts', 'src/commands/**/*.ts', 'src/word/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // One idea per file: a file this long holds several.
    files: ['src/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 350 }] },
  },
  {
    // The engine is pure: no words, no hosts, no platform (test/architecture/layers.test.ts checks the same).
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'zlib', 'os', 'stream', 'buffer', 'child_process'],
              message: 'src/core is pure: the platform comes in through its callers.',
            },
            {
              group: [
                '**/i18n/**',
                '**/excel/**',
                '**/word/**',
                '**/taskpane/**',
                '**/commands/**',
                '**/cli/**',
                '**/app/**',
                '**/workbook/**',
                '**/entries/**',
              ],
              message: 'src/core returns data: words live in src/i18n, hosts in src/excel and src/app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/**', '**/i18n/**'], message: 'src/shared depends on nothing of ours.' }] }] },
  },
  {
    // The words render the engine's data: from core they take types only.
    files: ['src/i18n/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/**', '**/workbook/**'],
              message: 'src/i18n takes only types from core (use src/shared for formatting).',
              allowTypeImports: true,
            },
            {
              group: ['**/excel/**', '**/word/**', '**/taskpane/**', '**/commands/**', '**/cli/**', '**/app/**'],
              message: 'src/i18n words data; it calls no host or UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/excel/**'], message: 'src/app knows hosts by their contract (src/app/host.ts), not by Excel.', allowTypeImports: true },
            { group: ['**/taskpane/**', '**/commands/**', '**/cli/**', '**/entries/**'], message: 'src/app serves the UIs; it imports none of them.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/taskpane/**'], message: 'the ribbon and the pane meet in src/app and src/entries.' }] }],
    },
  },
  {
    files: ['src/taskpane/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/commands/**', '**/cli/**'], message: 'the ribbon and the pane meet in src/app and src/entries.' }] },
      ],
    },
  },
  {
    // The workbook reader runs in the browser as in Node: bytes in, grids out, no platform or UI.
    files: ['src/workbook/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'zlib', 'os', 'stream', 'buffer'], message: 'src/workbook takes bytes: file access stays in src/cli.' },
            {
              group: ['**/cli/**', '**/taskpane/**', '**/excel/**', '**/commands/**', '**/word/**', '**/i18n/**', 'exceljs'],
              message: 'src/workbook returns data; callers word it and write it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The standalone page runs in the browser only: no Node, and it meets the ribbon and the CLI nowhere.
    files: ['src/standalone/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'zlib', 'os', 'stream', 'buffer', 'child_process'], message: 'src/standalone runs in the browser.' },
            { group: ['**/cli/**', '**/commands/**', '**/entries/**'], message: 'src/standalone is a UI beside the pane; it imports no other entry.' },
          ],
        },
      ],
    },
  },
  {
    // The annex writer (src/workbook/write) builds the styled sheet with exceljs, loaded lazily.
    files: ['src/workbook/write/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'zlib', 'os', 'stream', 'buffer'], message: 'src/workbook takes bytes: file access stays in src/cli.' },
            {
              group: ['**/cli/**', '**/taskpane/**', '**/excel/**', '**/commands/**', '**/word/**', '**/i18n/**'],
              message: 'src/workbook returns data; callers word it and write it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-redeclare': ['error', { builtinGlobals: false }] },
  },
  {
    // The pane's first script: ES5 for the Internet Explorer 11 webview of Excel 2016/2019.
    files: ['src/taskpane/legacy-guard.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    // The office.js stand-in is written like office.js itself: an ES5 script for the page.
    files: ['test/e2e/fake-office/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
    rules: { '@typescript-eslint/no-this-alias': 'off' },
  },
);
