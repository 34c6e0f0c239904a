import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './src/main/content-security-policy.ts';

/**
 * `vite preview` of the built renderer (`npm run web` and the browser tests): the same files with the same
 * Content-Security-Policy header that app:// sends in the Electron app, so the browser tests see the app's policy.
 */
export default defineConfig({
  build: { outDir: 'out/renderer' },
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicy } },
});
