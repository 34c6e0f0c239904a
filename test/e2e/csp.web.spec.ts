import { expect, test, type Page, type Worker } from '@playwright/test';

/**
 * The app under its one Content-Security-Policy (sent by `vite preview` exactly as app:// sends it in Electron):
 * every screen renders without a single CSP violation, in the page or in its workers, and the convolution
 * kernels really run as WebAssembly in the engine's worker, not on the slower JavaScript fallback that a policy
 * without 'wasm-unsafe-eval' would silently force.
 */

/** Prepended to each worker script: records violations, and every WebAssembly module compiled or refused. */
const workerProbe = `
globalThis.__deepdrill = { violations: [], compiled: 0, refused: [] };
self.addEventListener('securitypolicyviolation', (event) => {
  globalThis.__deepdrill.violations.push(event.violatedDirective + ' ' + event.blockedURI);
});
{
  const Module = WebAssembly.Module;
  WebAssembly.Module = new Proxy(Module, {
    construct(target, args) {
      try {
        const compiled = Reflect.construct(target, args);
        globalThis.__deepdrill.compiled++;
        return compiled;
      } catch (error) {
        globalThis.__deepdrill.refused.push(String(error));
        throw error;
      }
    },
  });
}
`;

interface WorkerRecord {
  violations: string[];
  compiled: number;
  refused: string[];
}

async function watchPage(page: Page): Promise<{ violations: string[]; console: string[] }> {
  const seen = { violations: [] as string[], console: [] as string[] };
  await page.exposeFunction('reportViolation', (text: string) => seen.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.console.push(message.text());
  });
  await page.context().route(/\/assets\/[^/]+\.worker-[^/]+\.js$/, async (route) => {
    const response = await route.fetch();
    // The worker keeps the response's headers, its CSP included: only the probe is added in front.
    await route.fulfill({ response, body: workerProbe + (await response.text()) });
  });
  return seen;
}

function workerRecord(worker: Worker): Promise<WorkerRecord> {
  return worker.evaluate(() => (globalThis as unknown as { __deepdrill: WorkerRecord }).__deepdrill);
}

test('every screen runs under the CSP without a violation, and the engine compiles its WebAssembly kernels', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const seen = await watchPage(page);

  const policy = (await page.goto('/'))?.headers()['content-security-policy'];
  expect(policy).toContain("'wasm-unsafe-eval'");
  await page.getByRole('button', { name: 'English' }).click();

  await expect(page.getByTestId('today')).toBeVisible();
  await page.getByRole('link', { name: 'Review' }).click();
  await expect(page.getByTestId('review-card')).toBeVisible();
  await page.getByRole('link', { name: 'Drill' }).click();
  await page.getByRole('button', { name: 'Start the drill' }).click();
  await expect(page.getByTestId('drill-run')).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();

  await page.getByRole('link', { name: 'Practice' }).click();
  await page.locator('button[data-item="problem:homework-4"]').click();
  await expect(page.getByTestId('input-picture').first()).toBeVisible();
  await expect(page.getByTestId('practice-prompt').locator('.katex').first()).toBeVisible();

  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('link', { name: 'Layer calculator' }).click();
  // The first visit loads the screen and the engine (they are not part of the app's start): slow under load.
  await expect(page.getByTestId('analysis-table')).toBeVisible({ timeout: 20_000 });

  await page.getByRole('link', { name: 'Convolution lab' }).click();
  // The first visit loads the screen and the engine (they are not part of the app's start): slow under load.
  await expect(page.getByTestId('step-counter')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Skip to the end' }).click();
  await page.getByRole('tab', { name: 'Image' }).click();
  await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('after-image')).toBeVisible();

  await page.getByRole('link', { name: 'Browse' }).click();
  await expect(page.getByTestId('browse-row').first()).toBeVisible();
  await page.getByRole('link', { name: 'Decks' }).click();
  await expect(page.getByTestId('decks-screen')).toBeVisible();
  // A backup runs fflate and WebCrypto in the page: both under the policy too.
  await page.getByRole('link', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByTestId('backup-row')).toHaveCount(1);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('settings')).toBeVisible();

  // KaTeX's fonts come from the bundle: loaded, not blocked.
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family);
  });
  expect(fonts.some((family) => family.includes('KaTeX'))).toBe(true);

  const records = await Promise.all(page.workers().map(workerRecord));
  expect(records.length).toBeGreaterThan(0);
  const engine = records.filter((record) => record.compiled > 0);
  expect(engine.length, JSON.stringify(records)).toBeGreaterThan(0);
  expect(records.flatMap((record) => record.refused)).toEqual([]);
  expect(records.flatMap((record) => record.violations)).toEqual([]);
  expect(seen.violations).toEqual([]);
  expect(seen.console).toEqual([]);

  // The page itself may compile WebAssembly too (the policy is one for page and workers).
  const pageCompiles = await page.evaluate(() => {
    const empty = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
    return new WebAssembly.Module(empty) instanceof WebAssembly.Module;
  });
  expect(pageCompiles).toBe(true);
});
