import { expect, test, type Page } from '@playwright/test';
import { openLab } from './convlab-page.ts';
import { paste } from './big-network-page.ts';
import { openNetworkEditor } from './network-editor-page.ts';

/**
 * Issue 11, item 3: editing while a job runs must not cost a worker start. The page's Worker constructor and
 * postMessage are wrapped before the app loads, counting the workers started (by name: "engine" for the
 * WebHost's, "convlab-images" for the lab's image worker), the `run` messages sent to them and the `cancel`
 * messages the pool sends for a running job that was superseded. Each of the ten edits is made once the previous
 * one's job has reached an engine worker, so each of them supersedes a job that runs: the old pools terminated
 * that job's worker and started another one.
 */
interface WorkerCounts {
  starts: Record<string, number>;
  runs: number;
  cancels: number;
  isolated: boolean;
}

async function countWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counts = { starts: {} as Record<string, number>, runs: 0, cancels: 0 };
    (window as unknown as { workerCounts: typeof counts }).workerCounts = counts;
    const Original = window.Worker;
    const post = Original.prototype.postMessage;
    Original.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      const type = (args[0] as { type?: unknown } | null)?.type;
      if (type === 'run' || type === 'run-parts') counts.runs++;
      if (type === 'cancel') counts.cancels++;
      return post.apply(this, args as Parameters<Worker['postMessage']>);
    } as Worker['postMessage'];
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        const name = options?.name ?? 'unnamed';
        counts.starts[name] = (counts.starts[name] ?? 0) + 1;
      }
    };
  });
}

function readCounts(page: Page): Promise<WorkerCounts> {
  return page.evaluate(() => ({
    ...(window as unknown as { workerCounts: Omit<WorkerCounts, 'isolated'> }).workerCounts,
    isolated: crossOriginIsolated,
  }));
}

/** Makes `edit` ten times, each once the job of the previous one has been sent to an engine worker. */
async function tenEditsWhileRunning(page: Page, edit: () => Promise<void>): Promise<void> {
  for (let count = 0; count < 10; count++) {
    const { runs } = await readCounts(page);
    await edit();
    await expect.poll(async () => (await readCounts(page)).runs, { intervals: [5] }).toBeGreaterThan(runs);
  }
}

test('ten quick edits of a large network in the calculator start no worker', async ({ page }) => {
  test.setTimeout(120_000);
  await countWorkers(page);
  const editor = await openNetworkEditor(page);
  // 5,000 layers: long enough to read and analyse that each edit (sent 120 ms after the last keystroke) arrives
  // while the previous one's job runs, even on a quiet machine.
  const layers = Array.from({ length: 5_000 }, () => 'conv 8 k3 p1');
  await paste(editor, ['network long', 'input 3x32x32', ...layers].join('\n'));
  // conv1 3·8·9 + 8 = 224, then 4,999 convs of 8·8·9 + 8 = 584.
  await expect(page.getByTestId('total-params')).toHaveText('2,919,640', { timeout: 60_000 });
  const before = await readCounts(page);
  expect(before.isolated).toBe(true);
  expect(before.starts.engine).toBeGreaterThan(0);

  // Rename the network one letter at a time: ten edits of a valid description, each a new job, each made once
  // the previous one has reached an engine worker.
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('End');
  await tenEditsWhileRunning(page, () => page.keyboard.type('x'));
  await expect(page.getByText('network longxxxxxxxxxx')).toBeVisible();
  await expect(page.getByTestId('total-params')).toHaveText('2,919,640', { timeout: 60_000 });

  const after = await readCounts(page);
  console.log(`calculator: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
  expect(after.starts).toEqual(before.starts);
  expect(after.cancels).toBeGreaterThan(before.cancels);
});

test('ten quick changes of the kernel size in the image lab start no worker', async ({ page }) => {
  test.setTimeout(120_000);
  await countWorkers(page);
  await openLab(page);
  await page.getByRole('tab', { name: 'Image' }).click();
  await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done');
  await page.getByLabel('Sample image').selectOption({ label: 'Landscape, 12 megapixels (large)' });
  // Decoding 12 megapixels takes seconds on a busy 2-core machine.
  await expect(page.getByTestId('image-size')).toHaveText('4,000 × 3,000 (12 megapixels)', {
    timeout: 30_000,
  });
  await page.getByRole('combobox', { name: 'Kernel', exact: true }).selectOption({ label: 'Gaussian blur' });
  await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  const before = await readCounts(page);
  expect(before.isolated).toBe(true);
  expect(before.starts).toEqual({ engine: expect.any(Number), 'convlab-images': 1 });

  await page.getByRole('slider').focus();
  await tenEditsWhileRunning(page, () => page.keyboard.press('ArrowRight'));
  await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });

  const after = await readCounts(page);
  console.log(`image lab: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
  expect(after.starts).toEqual(before.starts);
  expect(after.cancels).toBeGreaterThan(before.cancels);
});
