import { expect, test, type Page } from '@playwright/test';
import { bigNetwork, bigParams, paste } from './big-network-page.ts';
import { openNetworkEditor } from './network-editor-page.ts';
import { storedRows } from './stored-rows.ts';

/**
 * Issue 12, freeze 9: a 5,000-line network pasted into the calculator's text editor, edited, reloaded, and shown
 * as a layer list. The app must keep working throughout; the longest task on the UI thread of each step is
 * printed (PerformanceObserver 'longtask'). The speed target (50 ms) is judged by a benchmark on a quiet machine,
 * not here: a shared test machine would make a timed assertion flaky.
 */

/** conv1 widened to 16 filters: 3·16·9 + 16 = 448, conv2 16·8·9 + 8 = 1,160; 224 + 576 more. */
const editedParams = '1,459,856';

/** Collects the page's long tasks from its first script on, so that a reload is measured too. */
async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const durations: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = durations;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The longest task since the last call, in whole milliseconds (0 with none over the browser's 50 ms). */
async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => {
    const durations = (window as unknown as { longTasks: number[] }).longTasks;
    const longest = Math.max(0, ...durations);
    durations.length = 0;
    return Math.round(longest);
  });
}

/** Opens the calculator's text editor and pastes the big network over its text, as a student would. */
async function pasteBigNetwork(page: Page): Promise<void> {
  await observeLongTasks(page);
  const editor = await openNetworkEditor(page);
  await longestTask(page);
  await paste(editor, bigNetwork);
  await expect(page.getByTestId('total-params')).toHaveText(bigParams, { timeout: 60_000 });
  await expect(page.getByTestId('problem')).toHaveCount(0);
}

test('a 5,000-line network can be pasted and edited in the text editor', async ({ page }) => {
  test.setTimeout(180_000);
  await pasteBigNetwork(page);
  const timings: Record<string, number> = { 'paste: longest task (ms)': await longestTask(page) };

  // Line 3 is `conv 8 k3 p1`: replace the 8 by 16, key by key.
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  for (let step = 0; step < 'conv '.length; step++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('16', { delay: 50 });
  const editor = page.getByRole('textbox', { name: 'Network description' });
  await expect(editor.locator('.cm-line').nth(2)).toHaveText('conv 16 k3 p1');
  await expect(page.getByTestId('total-params')).toHaveText(editedParams, { timeout: 60_000 });
  timings['edit: longest task (ms)'] = await longestTask(page);

  console.log(`Big network (5,000 lines), target 50 ms per task: ${JSON.stringify(timings)}`);
});

test('the 5,000-line network survives a reload and shows as a layer list', async ({ page }) => {
  test.setTimeout(180_000);
  await pasteBigNetwork(page);
  await longestTask(page);
  const timings: Record<string, number> = {};
  await expect
    .poll(
      async () => {
        const rows = await storedRows<{ key: string; value: { text?: string } }>(page, 'settings');
        return rows.find((row) => row.key === 'calculator')?.value.text?.length;
      },
      { timeout: 30_000 },
    )
    .toBe(bigNetwork.length);
  const reloadStart = Date.now();
  await page.reload();
  await page.getByRole('link', { name: 'Layer calculator' }).click();
  await expect(page.getByTestId('total-params')).toHaveText(bigParams, { timeout: 60_000 });
  timings['reload to a usable calculator (ms)'] = Date.now() - reloadStart;
  timings['reload: longest task (ms)'] = await longestTask(page);

  await page.getByRole('radio', { name: 'Layers', exact: true }).click();
  await expect(page.locator('li[data-layer="conv1"] code')).toHaveText('conv 8 k3 p1', { timeout: 60_000 });
  timings['layer list: longest task (ms)'] = await longestTask(page);
  // The list and the table draw the rows in view, not 5,000; scrolling reaches the last layer.
  expect(await page.locator('li[data-layer]').count()).toBeLessThan(200);
  expect(await page.getByTestId('analysis-table').locator('tbody tr[data-layer]').count()).toBeLessThan(200);
  await page.locator('li[data-layer="conv1"]').evaluate((row) => {
    const scroller = row.closest('ol')!.parentElement!;
    scroller.scrollTop = scroller.scrollHeight;
  });
  await expect(page.locator('li[data-layer="relu2499"] code')).toHaveText('relu');
  // Every row on request (to print, or to read through with a screen reader).
  await page.getByRole('button', { name: 'Show all 4,999 rows' }).click();
  await expect(page.getByTestId('analysis-table').locator('tbody tr[data-layer]')).toHaveCount(4_999, {
    timeout: 60_000,
  });
  console.log(`Big network (5,000 lines), target 50 ms per task: ${JSON.stringify(timings)}`);
});
