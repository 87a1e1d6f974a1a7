// ESLint 9 flat config: typescript-eslint's recommended rules, the Office add-in rules (load before read,
// sync after load, no sync in loops, isNullObject…) and React's rules for the task pane.
//
// eslint-plugin-office-addins' own `recommended` preset is not spread as is: it applies only to .ts/.js (not
// .tsx), pins an older typescript-eslint parser, and turns Prettier formatting into lint errors. Its Office
// rules are taken from it unchanged, at the severity the preset gives them.
import js from '@eslint/js';
import officeAddins from 'eslint-plugin-office-addins';
import compat from 'eslint-plugin-compat';
import react from 'eslint-plugin-react';
import tseslint from 'typescript-eslint';

const officeAddinRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith('office-addins/')),
);

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'coverage/**', '.tmp/**', 'test-output/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: {
      // Unused arguments named _x are deliberate (callbacks with a fixed signature).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-eval': 'error',
      // Cell text is cleaned of control characters on purpose (tab, CR, NUL in workbook strings); matching them is the point.
      'no-control-regex': 'off',
    },
  },
  {
    // The Office rules read code by shape (x.load(), context.sync(), x.prop): they belong to the code that runs Office.js.
    // The ExcelJS file host (src/xlsx) reads plain objects and would only produce false alarms.
    files: ['src/excel/**/*.ts', 'src/commands/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: officeAddinRules,
  },
  {
    // Build and tool configs run in Node as CommonJS.
    files: ['**/*.{js,cjs}'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/taskpane/**/*.tsx'],
    ...react.configs.flat.recommended,
    ...react.configs.flat['jsx-runtime'],
    plugins: { react },
    languageOptions: { ...react.configs.flat.recommended.languageOptions },
    settings: { react: { version: '18.3' } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat['jsx-runtime'].rules,
      // Workbook text is shown as text: React's escaping is the defence, so raw HTML injection is forbidden outright.
      'react/no-danger': 'error',
      // Props are typed by TypeScript.
      'react/prop-types': 'off',
    },
  },
  {
    // The web page (src/app) and its file host (src/file) run in the browsers clerks have: domestic browsers on
    // an older Chromium core. Web and ES APIs newer than Chromium 86 are errors there (esbuild lowers syntax to
    // chrome86 in scripts/build-app.mjs, but cannot add a missing API).
    // The code the page bundles from the rest of src is held to the same (src/xlsx/addSheet used Object.hasOwn, 93).
    // ignoreConditionalChecks: without it a call in a condition (`Object.hasOwn(a, k) ? …`) passes as feature detection.
    files: ['src/file/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}', 'src/core/**/*.ts', 'src/xlsx/**/*.ts', 'src/export/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { compat },
    settings: { browsers: ['chrome >= 86'], lintAllEsApis: true, ignoreConditionalChecks: true },
    rules: { 'compat/compat': 'error' },
  },
);
