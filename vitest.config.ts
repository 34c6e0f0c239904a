import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { nodeWorkerForTests } from './test/support/node-worker-plugin.ts';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest-reports/results.json' }]],
    projects: [
      {
        plugins: [nodeWorkerForTests()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [svelte({ configFile: resolve(import.meta.dirname, 'svelte.config.js') })],
        resolve: { conditions: ['browser'] },
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.ts'],
          setupFiles: ['test/support/component-setup.ts'],
        },
      },
    ],
  },
});
