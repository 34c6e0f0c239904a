import { readFile } from 'node:fs/promises';
import { storedRows } from './stored-rows.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';

/** The Layer calculator, as a student uses it, through the WebHost (the engine in a Web Worker). */

async function openCalculator(page: Page, language: 'zh' | 'en' = 'en'): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: language === 'en' ? 'English' : '中文' }).click();
  await page.getByRole('link', { name: language === 'en' ? 'Layer calculator' : '层计算器' }).click();
  // The first visit loads the screen and the engine (they are not part of the app's start): slow under load.
  await expect(page.getByTestId('analysis-table')).toBeVisible({ timeout: 20_000 });
}

function cell(page: Page, layer: string, column: string): Locator {
  return page
    .getByTestId('analysis-table')
    .locator(`tbody tr[data-layer="${layer}"] td[data-column="${column}"]`);
}

const homeworkLayers = 'conv1 pool1 conv2 pool2 conv3 conv4 conv5 pool5 fc6 fc7 fc8'.split(' ');

test("alexnet2012 shows the homework's numbers", async ({ page }) => {
  await openCalculator(page);
  await page.getByLabel('Preset').selectOption('alexnet2012');
  await expect(page.getByTestId('preset-note')).toContainText('groups = 2 in conv2, conv4, conv5');
  await expect(cell(page, 'conv1', 'params')).toHaveText('34,944');
  await expect(cell(page, 'fc6', 'params')).toHaveText('37,752,832');
  await expect(cell(page, 'conv1', 'elements')).toHaveText('290,400');
  await expect(cell(page, 'input', 'elements')).toHaveText('154,587');
  await expect(cell(page, 'fc8', 'elements')).toHaveText('1,000');
  const fields = await Promise.all(homeworkLayers.map((layer) => cell(page, layer, 'rf').innerText()));
  expect(fields).toEqual(['11', '19', '51', '67', '99', '131', '163', '195', '355', '355', '355']);
  const totals = page.getByTestId('totals-row');
  await expect(totals.locator('td[data-column="params"]')).toHaveText('60,965,224');
  await expect(page.getByTestId('total-params')).toHaveText('60,965,224');
  const table = page.getByTestId('analysis-table');
  await expect(table.locator('tr[data-layer="fc6"]').getByTestId('bottleneck-params')).toContainText(
    '61.93%',
  );
  await expect(table.locator('tr[data-layer="conv1"]').getByTestId('bottleneck-memory')).toBeVisible();
  await expect(page.getByTestId('summary-bottleneck-params')).toContainText('fc6');
  await expect(page.getByTestId('summary-bottleneck-memory')).toContainText('conv1');

  // The ungrouped variant is the homework's other table.
  await page.getByLabel('Preset').selectOption('alexnet2012-ungrouped');
  await expect(totals.locator('td[data-column="params"]')).toHaveText('62,378,344');
});

test('the toggles switch MACs to FLOPs, fp32 to fp16, and add bytes and MB (10^6 bytes)', async ({
  page,
}) => {
  await openCalculator(page);
  await page.getByLabel('Preset').selectOption('alexnet2012');
  await expect(cell(page, 'conv1', 'compute')).toHaveText('105,415,200');
  await page.getByRole('radio', { name: 'FLOPs', exact: true }).click();
  await expect(cell(page, 'conv1', 'compute')).toHaveText('210,830,400');
  await page.getByRole('button', { name: 'Bytes', exact: true }).click();
  await page.getByRole('button', { name: 'MB (10⁶ bytes)' }).click();
  await expect(cell(page, 'conv1', 'bytes')).toHaveText('1,161,600');
  await expect(cell(page, 'conv1', 'megabytes')).toHaveText('1.162');
  await page.getByRole('radio', { name: 'fp16', exact: true }).click();
  await expect(cell(page, 'conv1', 'bytes')).toHaveText('580,800');
  await expect(page.getByTestId('analysis-table').locator('th[data-column="bytes"]')).toHaveText(
    'Bytes (fp16)',
  );
  // Remembered across a reload, once saved (a reload must not race the write).
  await expect
    .poll(async () => {
      const rows = await storedRows<{ key: string; value: { dtype?: string } }>(page, 'settings');
      return rows.find((row) => row.key === 'calculator')?.value.dtype;
    })
    .toBe('fp16');
  await page.reload();
  await page.getByRole('link', { name: 'Layer calculator' }).click();
  await expect(cell(page, 'conv1', 'bytes')).toHaveText('580,800');
  await expect(cell(page, 'conv1', 'compute')).toHaveText('210,830,400');
});

test('problem 2 built by hand: 10x32x32 (the app shows C x H x W) and 760 parameters', async ({ page }) => {
  await openCalculator(page);
  await page.getByRole('button', { name: 'New empty network' }).click();
  await expect(page.getByTestId('empty-network')).toBeVisible();
  await page.getByLabel('Channels C').fill('3');
  await page.getByLabel('Height H').fill('32');
  await page.getByLabel('Width W').fill('32');
  await page.getByLabel('Kind of the new layer').selectOption('conv2d');
  await page.getByRole('button', { name: 'Add layer' }).click();
  const form = page.getByTestId('layer-form');
  await form.getByLabel('Output channels (filters)').fill('10');
  await form.getByLabel('Kernel').fill('5');
  await form.getByLabel('Stride').fill('1');
  await form.getByLabel('Padding').fill('2');
  // The homework writes 32x32x10 (H x W x C); the table's header says its order.
  await expect(page.getByTestId('analysis-table').locator('th[data-column="output"]')).toHaveText(
    'Output C×H×W',
  );
  await expect(cell(page, 'conv1', 'output')).toHaveText('10x32x32');
  await expect(cell(page, 'conv1', 'params')).toHaveText('760');

  // Inline validation at the field: nothing invalid reaches the network.
  const kernel = form.getByLabel('Kernel');
  for (const [text, message] of [
    ['-3', 'Must not be negative (this is -3).'],
    ['abc', 'Character 1 "a" cannot stand here: expected a whole number.'],
    ['2.5', '2.5 is not a whole number.'],
    ['', 'Enter a whole number.'],
    ['99999999', 'Must be at most 65,536 (this is 99,999,999).'],
    ['0', 'Must be at least 1 (this is 0).'],
  ] as const) {
    await kernel.fill(text);
    await expect(form.getByText(message)).toBeVisible();
    await expect(kernel).toHaveAttribute('aria-invalid', 'true');
    await expect(cell(page, 'conv1', 'params')).toHaveText('760');
  }
  await kernel.fill('5');
  await expect(kernel).toHaveAttribute('aria-invalid', 'false');

  // The text says the same network.
  await page.getByRole('radio', { name: 'Text', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Network description' })).toContainText(
    'conv1: conv 10 k5 p2',
  );
});

test('an invalid layer says which layer is wrong and why, and keeps the last table dimmed', async ({
  page,
}) => {
  await openCalculator(page);
  await page.getByRole('button', { name: 'New empty network' }).click();
  await page.getByRole('button', { name: 'Add layer' }).click();
  await expect(cell(page, 'conv1', 'output')).toHaveText('16x30x30');
  await page.getByTestId('layer-form').getByLabel('Kernel').fill('40');
  const problem = page.getByTestId('problem');
  await expect(problem).toContainText('Layer conv1 is wrong');
  await expect(problem).toContainText(
    'the 40x40 kernel is larger than the padded input (height 32 + 0 + 0 = 32)',
  );
  await expect(page.locator('li[data-layer="conv1"]')).toHaveClass(/blamed/);
  await expect(cell(page, 'conv1', 'output')).toHaveText('16x30x30');
  await expect(page.locator('.table-wrap')).toHaveClass(/stale/);
  await page.getByRole('button', { name: '中文' }).click();
  await expect(problem).toContainText('层 conv1 有误');
  await expect(problem).toContainText('40×40 的卷积核比填充后的输入还大（高 32 + 0 + 0 = 32）');
  await page.getByRole('button', { name: 'English' }).click();

  // In the text, the same error points at the layer's line; a syntax error at line and column.
  await page.getByRole('radio', { name: 'Text', exact: true }).click();
  await expect(page.locator('.cm-lintRange-error')).toHaveText('conv1: conv 16 k40');
  await expect(page.locator('.cm-lint-marker-error')).toHaveCount(1);
  const editor = page.getByRole('textbox', { name: 'Network description' });
  await editor.fill('network p\ninput 3x32x32\nconv 10 k5 p2\nconvv 3\n');
  await expect(page.getByTestId('text-error')).toHaveText(
    'Line 4, column 1: unknown layer "convv" (did you mean conv?)',
  );
  await expect(page.locator('.cm-lintRange-error')).toHaveText('convv');
  await editor.fill('network p\ninput 3x32x32\nconv 10 k5 p2\n');
  await expect(page.getByTestId('problem')).toHaveCount(0);
  await expect(cell(page, 'conv1', 'params')).toHaveText('760');
  await page.getByRole('radio', { name: 'Layers', exact: true }).click();
  await expect(page.locator('li[data-layer="conv1"] code')).toHaveText('conv 10 k5 p2');
});

test('clicking a number shows its formula with the numbers, in both languages', async ({ page }) => {
  await openCalculator(page);
  await page.getByLabel('Preset').selectOption('alexnet2012');
  await cell(page, 'fc6', 'params').getByRole('button').click();
  const popover = page.getByTestId('formula-popover');
  await expect(popover.getByRole('heading')).toHaveText('Parameters of fc6');
  await expect(popover.getByTestId('formula-substituted').locator('.katex').first()).toBeVisible();
  await expect(popover.getByTestId('formula-substituted').locator('annotation')).toHaveText(
    '9{,}216 \\times 4{,}096 + 4{,}096 = 37{,}752{,}832',
  );
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(cell(page, 'fc6', 'params').getByRole('button')).toBeFocused();

  await cell(page, 'fc6', 'rf').getByRole('button').press('Enter');
  await expect(popover.getByTestId('formula-substituted').locator('annotation')).toContainText('355');
  await page.getByTestId('totals-row').locator('td[data-column="params"] button').click();
  await expect(popover.getByRole('heading')).toHaveText('Total Parameters');
  await expect(popover.getByTestId('formula-substituted').locator('annotation')).toContainText(
    '60{,}965{,}224',
  );

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByTestId('analysis-table').locator('th[data-column="params"]')).toHaveText('参数量');
  await cell(page, 'conv1', 'params').getByRole('button').click();
  await expect(popover.getByRole('heading')).toHaveText('conv1 的参数量');
  await expect(popover.getByTestId('formula-substituted').locator('annotation')).toContainText('34{,}944');
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(popover).toHaveCount(0);
});

test('the receptive-field view draws a unit over the input, into the padding', async ({ page }) => {
  await openCalculator(page);
  await page.getByLabel('Preset').selectOption('alexnet2012');
  const view = page.getByTestId('rf-view');
  await view.getByLabel('Layer').selectOption('conv2');
  await expect(view.getByTestId('rf-size')).toHaveText('51');
  await expect(view).toContainText('-16 to 34');
  await expect(view).toContainText('Reaches into the padding: 16 top, 0 bottom, 16 left, 0 right');
  await view.getByLabel('Unit row').fill('3');
  await expect(view).toContainText('8 to 58');
  await expect(view.getByTestId('rf-region')).toHaveAttribute('y', '8');
  await view.getByLabel('Layer').selectOption('fc6');
  await expect(view.getByTestId('rf-size')).toHaveText('355');
  await expect(view).toContainText('covers the whole input');
});

test('exports the CLI JSON, CSV and Markdown', async ({ page }) => {
  await openCalculator(page);
  await page.getByLabel('Preset').selectOption('alexnet2012');
  const read = async (name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name, exact: true }).click(),
    ]);
    return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
  };
  const json = await read('JSON');
  expect(json.name).toBe('alexnet2012.json');
  const parsed = JSON.parse(json.text) as {
    model: string;
    totals: { params: number; macs: number };
    layers: { name: string; rf: { size: number[] } }[];
    bottlenecks: { params: { layer: string }; memory: { layer: string } };
  };
  expect(parsed.model).toBe('alexnet2012');
  expect(parsed.totals).toMatchObject({ params: 60_965_224, macs: 724_406_816 });
  expect(parsed.layers.find((layer) => layer.name === 'fc6')?.rf.size).toEqual([355, 355]);
  expect([parsed.bottlenecks.params.layer, parsed.bottlenecks.memory.layer]).toEqual(['fc6', 'conv1']);
  const csv = await read('CSV');
  expect(csv.text.split('\n')[0]).toBe('Name,Layer,Output,Params,MACs,Activations,RF,Jump,Start');
  expect(csv.text).toContain('fc6,fc 4096,4096,37752832,37748736,4096,355,32,-64');
  const markdown = await read('Markdown');
  expect(markdown.text).toContain('| fc6 | fc 4096 | 4096 | 37,752,832 |');
});
