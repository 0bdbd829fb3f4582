import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Keeps the pipeline's layers honest: collect → score → render → deliver. */
const boundaries = [
  {
    files: ['src/collect/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@actions/*', '**/score/**', '**/render/**', '**/deliver/**', 'handlebars'] },
      ],
    },
  },
  {
    files: ['src/score/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['@actions/*', '**/collect/**', '**/render/**', '**/deliver/**', 'handlebars'],
          paths: ['node:fs', 'node:fs/promises', 'fs'],
        },
      ],
    },
  },
  {
    files: ['src/render/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@actions/*', '**/collect/**', '**/deliver/**'], paths: ['node:fs', 'fs'] },
      ],
    },
  },
  {
    files: ['src/deliver/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/collect/**', '**/score/**', 'handlebars'] },
      ],
    },
  },
];

export default defineConfig(
  globalIgnores(['dist/', 'src/**/*.generated.ts', 'coverage/', 'node_modules/', 'examples/out/', 'examples/sample/', 'bench/data/', 'bench/results/', 'bench/.build/']),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `_name` marks a value left out on purpose (e.g. dropping a field by destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // An empty string from an env var or input means "not set": `||` is the intent there.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  ...boundaries,
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  {
    // Plain Node scripts (bench, CI checks, docs generator).
    files: ['**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'Buffer', 'URL', 'TextDecoder', 'TextEncoder', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'].map((name) => [name, 'readonly']),
      ),
    },
  },
);
