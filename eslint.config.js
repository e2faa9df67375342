// Lint rules for the whole workspace: strict TypeScript, no `any`, core kept free of the DOM, the layers kept
// apart (content ← core ← web, core ← server; screens reach storage only through state/), hooks and a11y.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

/**
 * An import rule that forbids reaching into the given workspace packages, by name (`@ebb/web`,
 * `@ebb/web/…`) or by a relative path that climbs out into their folder (`../../web/src/…`).
 */
function layer(packages, message, more = []) {
  const names = packages.join('|');
  return [
    'error',
    {
      patterns: [{ regex: `^@ebb/(${names})(/|$)`, message }, { regex: `^(\\.\\./)+(packages/)?(${names})/`, message }, ...more],
    },
  ];
}
const noNode = { group: ['node:*'], message: 'content and core run in the browser too: no Node built-ins.' };
const layers = 'Layers: content ← core ← web and server. A package never imports one above it';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'test-results/**', 'playwright-report/**', 'reports/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/core/src/**/*.ts', 'packages/content/src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'process'],
    },
  },
  {
    files: ['packages/content/**/*.ts'],
    rules: { 'no-restricted-imports': layer(['core', 'web', 'server'], `${layers}: content imports none of them.`, [noNode]) },
  },
  {
    files: ['packages/core/**/*.ts'],
    rules: { 'no-restricted-imports': layer(['web', 'server'], `${layers}: core imports only content.`, [noNode]) },
  },
  {
    files: ['packages/server/**/*.ts'],
    rules: { 'no-restricted-imports': layer(['web'], 'The server serves the built web app; it must not import its code.') },
  },
  {
    files: ['packages/web/src/screens/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+storage/',
              message: 'Screens reach stored data only through state/ (locking, tab sync and the read-modify-write live there).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    rules: {
      // These two serve React Compiler's automatic memoisation, which Preact does not have. Screens read the
      // clock while rendering on purpose (what is due now), and effects are keyed on purpose to the one change
      // that should run them: speak when the step changes, read again when a signal's value changes (a
      // signal read in render re-renders the component, which the rule calls an "unnecessary dependency").
      'react-hooks/purity': 'off',
      'react-hooks/exhaustive-deps': 'off',
    },
  },
  {
    files: ['packages/web/src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['packages/web/src/**/*.tsx'],
    rules: {
      // A scrolling region (a wide table on a narrow phone) must take focus so it can be scrolled by keyboard.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
    },
  },
  {
    // Tests may assert presence with `!` after checking it; a wrong guess fails the test, which is the point.
    files: ['scripts/**', 'bench/**', '**/*.test.{ts,tsx}', '**/*-contract.ts', '**/e2e/**'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
