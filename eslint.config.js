import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Node's built-in modules, with and without the `node:` prefix. */
const nodeBuiltins = [
  'node:*',
  ...[
    'fs',
    'fs/*',
    'path',
    'os',
    'child_process',
    'worker_threads',
    'crypto',
    'url',
    'util',
    'stream',
    'events',
  ],
  ...['module', 'net', 'http', 'https', 'zlib', 'buffer', 'process', 'timers', 'v8', 'vm', 'perf_hooks'],
];

/**
 * The layering of ARCHITECTURE.md, as lint rules: src/shared is pure; the renderer talks to the engine only
 * through lib/host and never touches Electron or Node; main never imports the renderer.
 */
const layers = [
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'src/shared is pure: no Electron.' },
            { group: nodeBuiltins, message: 'src/shared is pure: no Node built-ins (pass data in instead).' },
            {
              group: ['svelte', 'svelte/*', 'dexie', 'chart.js', 'chart.js/*', 'katex', 'katex/*'],
              message: 'src/shared is pure: no UI or storage libraries.',
            },
            {
              regex: '(^|/)(renderer|main|preload|cli)(/|$)',
              message: 'src/shared imports nothing outside itself.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'indexedDB',
          'self',
          'process',
          'Buffer',
          'require',
        ].map((name) => ({
          name,
          message: 'src/shared is pure: time, randomness and host APIs are passed in.',
        })),
      ],
    },
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer reaches Electron only through the preload API in lib/host.',
            },
            { group: nodeBuiltins, message: 'The renderer runs in a browser sandbox: no Node built-ins.' },
            {
              regex: '(^|/)(main|preload|cli)/',
              message: 'The renderer imports only renderer code and src/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/features/**/*.ts', 'src/renderer/features/**/*.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer reaches Electron only through lib/host.',
            },
            { group: nodeBuiltins, message: 'The renderer runs in a browser sandbox: no Node built-ins.' },
            {
              regex: '(^|/)(main|preload|cli)/',
              message: 'The renderer imports only renderer code and src/shared.',
            },
            { group: ['dexie'], message: 'Only lib/db imports Dexie.' },
            {
              regex: '^\\.\\./(?!\\.\\.)',
              message: 'A feature never imports another feature: move shared code to lib/ or components/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/components/**/*.ts', 'src/renderer/components/**/*.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie'], message: 'Only lib/db imports Dexie.' },
            { regex: '(^|/)features/', message: 'Components do not import features.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)renderer/', message: 'Main and preload never import the renderer.' }] },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'test/fixtures/**',
      '.vitest-reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        extraFileExtensions: ['.svelte'],
        parser: tseslint.parser,
        svelteConfig,
      },
    },
  },
  ...layers,
);
