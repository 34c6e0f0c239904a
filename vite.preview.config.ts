import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './src/main/content-security-policy.ts';

/**
 * `vite preview` of the built renderer (`npm run web` and the browser tests): the same files with the same
 * Content-Security-Policy header that app:// sends in the Electron app, so the browser tests see the app's policy.
 * Two headers more make the page cross-origin isolated, the only way a browser allows SharedArrayBuffer: the
 * WebHost's engine workers then get each job's cancel flag in shared memory and stop a superseded job at its next
 * row or layer instead of being terminated (src/shared/engine/pool). Everything the page loads is its own, so
 * require-corp refuses nothing. app:// needs neither: in Electron the engine runs in main's worker_threads.
 */
export default defineConfig({
  build: { outDir: 'out/renderer' },
  preview: {
    headers: {
      'Content-Security-Policy': contentSecurityPolicy,
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    },
  },
});
