import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const prefix = '\0node-worker:';
const require = createRequire(import.meta.url);

/**
 * electron-vite turns `import create from './x?nodeWorker'` into a factory for a worker_threads Worker running
 * the bundled file. In vitest there is no bundle, so this plugin builds the same factory around a tiny ESM
 * bootstrap (a data: URL) that registers tsx inside the worker and then imports the TypeScript entry. The
 * production module is tested unchanged (TOOLCHAIN.md: `execArgv: ['--import', 'tsx']` does not work on Node 20).
 */
/**
 * `require.resolve('tsx/esm/api')` picks the package's CommonJS build, which fails to load inside the worker;
 * the bootstrap needs the ESM build that `exports['./esm/api'].import` names.
 */
function resolveTsxEsmApi(): string {
  const packageJsonPath = require.resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return pathToFileURL(join(dirname(packageJsonPath), exports['./esm/api']!.import.default)).href;
}

/**
 * The data: URL of a tiny ESM bootstrap that registers tsx inside a worker_threads worker and then imports the
 * TypeScript module at `entry` (a file URL). Also used by the benchmark to start the real engine worker.
 */
export function tsxWorkerBootstrapUrl(entry: string): string {
  const bootstrap = `import { register } from ${JSON.stringify(resolveTsxEsmApi())}; register(); await import(${JSON.stringify(entry)});`;
  return 'data:text/javascript,' + encodeURIComponent(bootstrap);
}

export function nodeWorkerForTests(): Plugin {
  return {
    name: 'deepdrill:node-worker-for-tests',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('?nodeWorker')) return null;
      const resolved = await this.resolve(source.slice(0, -'?nodeWorker'.length), importer, {
        skipSelf: true,
      });
      return resolved ? prefix + resolved.id : null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const url = tsxWorkerBootstrapUrl(pathToFileURL(id.slice(prefix.length)).href);
      return [
        `import { Worker } from 'node:worker_threads';`,
        `const url = new URL(${JSON.stringify(url)});`,
        `export default function createWorker(options) { return new Worker(url, options); }`,
      ].join('\n');
    },
  };
}
