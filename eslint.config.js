import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Import boundaries (CONVENTIONS.md): core does no I/O and imports no other package; web never imports
 * the server; only repositories and the db layer import Kysely.
 */
export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Plain Node scripts (CI summary, server build, the CLI's launcher).
    files: ['**/*.mjs'],
    languageOptions: { globals: { URL: 'readonly', console: 'readonly', process: 'readonly' } },
  },
  {
    files: ['packages/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@mend/server', '@mend/web', '**/server/**', '**/web/**'], message: 'core depends on nothing but zod and the crypto libraries' },
        { group: ['node:*', 'fs', 'path', 'kysely', 'pg', 'better-sqlite3'], message: 'core does no I/O' },
      ] }],
    },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@mend/server', '**/server/**', 'kysely', 'pg', 'better-sqlite3', 'node:*'], message: 'the web app never imports the server' },
      ] }],
    },
  },
  {
    files: ['packages/server/**/*.ts'],
    ignores: ['packages/server/src/**/*.repository.ts', 'packages/server/src/db/**', 'packages/server/src/test/**', 'packages/server/src/**/*.test.ts', 'packages/server/src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['kysely'], allowTypeImports: true, message: 'only repositories and db/ build queries' },
        { group: ['@mend/web', '**/web/src/**'], message: 'the server does not import the web app' },
      ] }],
    },
  },
);
