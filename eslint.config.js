// Flat ESLint config: typescript-eslint's recommended rules everywhere, plus the Office add-in
// rules (load before read, sync after load, no sync in loops, isNullObject) on the Office code.
// Formatting is not linted (no prettier rule): the code base has its own consistent style.
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
    // The workbook reader runs in the browser as in Node: bytes in, grids out, no platform or UI.
    files: ['src/workbook/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'zlib', 'os', 'stream', 'buffer'], message: 'src/workbook takes bytes: file access stays in src/cli.' },
            { group: ['**/cli/**', '**/taskpane/**', '**/excel/**', '**/commands/**', '**/word/**', '**/i18n/**', 'exceljs'], message: 'src/workbook returns data; callers word it and write it.' },
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
    // The office.js stand-in is written like office.js itself: an ES5 script for the page.
    files: ['test/e2e/fake-office/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
    rules: { '@typescript-eslint/no-this-alias': 'off' },
  },
);
