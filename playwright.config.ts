import { defineConfig } from '@playwright/test';
import { chromiumArguments, findChromium, noChromiumMessage } from './scripts/chromium.ts';

const chromium = findChromium();
if (!chromium && !process.env.PLAYWRIGHT_OWN_CHROMIUM) {
  process.stderr.write(noChromiumMessage);
  process.exit(1);
}

// A different port (DEEPDRILL_E2E_PORT) lets two checkouts run their browser tests at the same time.
const port = Number(process.env.DEEPDRILL_E2E_PORT ?? 5179);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: chromiumArguments,
    },
  },
  projects: [
    { name: 'web', testMatch: /\.web\.spec\.ts$/ },
    { name: 'electron', testMatch: /\.electron\.spec\.ts$/ },
    // `npm run screenshots`: the pictures in docs/screenshots, in both languages (not part of `npm test`).
    { name: 'screenshots', testMatch: /\.screenshots\.ts$/, use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    // The WebHost: the built renderer, served as `npm run web` serves it, with the app's CSP header (the build is
    // done by `npm test`).
    command: `npx vite preview --config vite.preview.config.ts --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
