import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const svelteConfigFile = resolve(import.meta.dirname, 'svelte.config.js');

/** The dev server's port (`npm run dev`), next to the web build's 5178. */
const developmentPort = 5177;

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        // A sandboxed preload can only be CommonJS (RELIABILITY.md).
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    // Relative asset URLs work both under app://bundle/ and behind `vite preview` (the WebHost).
    base: './',
    plugins: [svelte({ configFile: svelteConfigFile })],
    worker: { format: 'es' },
    // `npm run dev` always serves on one origin: IndexedDB is per origin, so a new port would mean empty data.
    server: { host: '127.0.0.1', port: developmentPort, strictPort: true },
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      // Every asset stays a file: the CSP (src/main/content-security-policy.ts) then needs no data: sources.
      assetsInlineLimit: 0,
      // electron-vite leaves the renderer unminified; minified, the first screen's script parses in a third of
      // the time (`npm run bench -- startup`).
      minify: true,
      // The first screen's chunks are preloaded from index.html; a screen loaded later (Stats, the calculator, …)
      // fetches its own chunks when it is imported. Vite's helper preloaded them by adding a <link> per chunk in
      // the click's task, 10-38 ms of it when Stats first opened (from a file or localhost there is no network
      // round trip to hide). Its stylesheets still come through the helper.
      modulePreload: {
        resolveDependencies: (_file, dependencies, { hostType }) => (hostType === 'html' ? dependencies : []),
      },
      rollupOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') },
    },
  },
});
