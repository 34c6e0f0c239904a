import { expect, test } from '@playwright/test';
import { encodeBlankPng } from '../../scripts/png-encoder.ts';
import { asText, pictureStatistics, openLab, readGrid } from './convlab-page.ts';

const homework4a = [
  [20, 50, 80, 110, 40],
  [100, 160, 180, 200, 40],
  [180, 240, 260, 280, 40],
  [260, 320, 340, 360, 40],
  [0, -130, -140, -150, -160],
];
const homework4b = [
  [160, 200],
  [320, 360],
];

test('the homework problem 4 example animates, by steps and by playing, to the homework’s result', async ({
  page,
}) => {
  await openLab(page);
  await page.getByLabel('Example').selectOption({ label: 'Homework 4(a): padding 1, stride 1' });
  const counter = page.getByTestId('step-counter');
  await expect(counter).toHaveText('Step 0 of 25');
  // The padded input is 6x6: the 4x4 region and one ring of zero padding.
  await expect(page.getByTestId('padded-input').locator('.cell')).toHaveCount(36);
  await expect(page.getByTestId('padded-input').locator('.cell.padding')).toHaveCount(20);

  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(counter).toHaveText('Step 1 of 25');
  await expect(page.getByTestId('padded-input').locator('.cell.window')).toHaveCount(4);
  await expect(page.getByTestId('step-formula')).toContainText('= 20');
  for (let step = 2; step <= 25; step++) {
    await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText(`Step ${step} of 25`);
  }
  expect(await readGrid(page, 'output-grid')).toEqual(asText(homework4a));
  await expect(page.getByTestId('example-check')).toHaveText('✓ Matches the source’s answer');
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText('Step 24 of 25');
  expect((await readGrid(page, 'output-grid'))[4]![4]).toBe('');

  await page.getByLabel('Example').selectOption({ label: 'Homework 4(b): no padding, stride 2' });
  await expect(counter).toHaveText('Step 0 of 4');
  await page.getByRole('radio', { name: '4×' }).click();
  // Space on a focused button presses that button; with nothing focused it plays.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Space');
  await expect(counter).toHaveText('Step 4 of 4');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(await readGrid(page, 'output-grid')).toEqual(asText(homework4b));

  // Pointing at an output cell shows its window: cell (1, 0) of 4(b) reads rows 2-3, columns 0-1.
  await page
    .getByTestId('output-grid')
    .getByRole('button', { name: /row 2, column 1/ })
    .hover();
  await expect(page.getByTestId('step-formula')).toContainText('= 320');
  await expect(page.getByTestId('padded-input').locator('.cell.window')).toHaveText([
    '90 ×-1',
    '100 ×0',
    '130 ×1',
    '140 ×2',
  ]);
});

test('the true-convolution toggle shows the rotated kernel and both results side by side', async ({
  page,
}) => {
  await openLab(page);
  await page.getByLabel('Example').selectOption({ label: 'conv_arithmetic: no padding, stride 1' });
  await expect(page.getByTestId('step-counter')).toHaveText('Step 0 of 9');
  await page.getByLabel('Compare with true convolution').check();
  await expect(page.getByTestId('rotated-kernel-view')).toBeVisible();
  await page.getByRole('button', { name: 'Skip to the end' }).click();
  expect(await readGrid(page, 'output-grid')).toEqual(
    asText([
      [12, 12, 17],
      [10, 17, 19],
      [9, 6, 14],
    ]),
  );
  expect(await readGrid(page, 'true-convolution-grid')).toEqual(
    asText([
      [18, 20, 19],
      [10, 9, 17],
      [11, 8, 14],
    ]),
  );
  await expect(page.getByTestId('step-formula')).toContainText('True convolution (kernel rotated)');
  await expect(page.getByTestId('step-formula')).toContainText("y'_{2,2} = 2 \\cdot 2 + 2 \\cdot 1");

  await page.getByLabel('Example').selectOption({ label: 'conv_arithmetic: padding 1, stride 2' });
  await page.getByRole('button', { name: 'Skip to the end' }).click();
  expect(await readGrid(page, 'output-grid')).toEqual(
    asText([
      [6, 17, 3],
      [8, 17, 13],
      [6, 4, 4],
    ]),
  );
  await expect(page.getByTestId('true-convolution-grid')).toHaveCount(0);
});

test('pooling mode traces max pooling, and a bad cell is refused at the field', async ({ page }) => {
  await openLab(page);
  await page.getByLabel('Example').selectOption({ label: 'Max pooling 2×2, stride 2 (the homework input)' });
  await page.getByRole('button', { name: 'Skip to the end' }).click();
  expect(await readGrid(page, 'output-grid')).toEqual(
    asText([
      [60, 80],
      [140, 160],
    ]),
  );
  await expect(page.getByTestId('step-formula')).toContainText('max');

  await page.getByRole('radio', { name: 'Convolution' }).click();
  await page.getByLabel('Input row 1, column 2').fill('abc');
  await expect(page.getByTestId('input-editor').getByRole('alert')).toHaveText(
    'Row 1, column 2: Character 1 "a" cannot stand here: expected a number.',
  );
  await expect(page.getByText('Fix the settings marked in red on the left first.')).toBeVisible();
  await page.getByLabel('Input row 1, column 2').fill('20');
  await expect(page.getByTestId('output-grid')).toBeVisible();
});

test('an image is filtered with Sobel in the engine', async ({ page }) => {
  await openLab(page);
  await page.getByRole('tab', { name: 'Image' }).click();
  await expect(page.getByTestId('image-size')).toHaveText('960 × 640 (0.6 megapixels)');
  await page
    .getByRole('combobox', { name: 'Kernel', exact: true })
    .selectOption({ label: 'Sobel magnitude' });
  await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done');
  const before = await pictureStatistics(page, 'before-image');
  const sobel = await pictureStatistics(page, 'after-image');
  expect(sobel.width).toBe(960);
  // Edges only: the flat sky, ground and shapes go black, the outlines of the shapes light up.
  expect(before.dark).toBeLessThan(0.2);
  expect(sobel.dark).toBeGreaterThan(0.8);
  expect(sobel.bright).toBeGreaterThan(0.01);
  expect(sobel.mean).toBeLessThan(before.mean / 3);

  await page.getByRole('combobox', { name: 'Kernel', exact: true }).selectOption({ label: 'Identity' });
  await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done');
  await expect
    .poll(async () => (await pictureStatistics(page, 'after-image')).mean)
    .toBeCloseTo(before.mean, 1);
});

/**
 * While the 12-megapixel sample is filtered (in a worker), the matrix lab answers every step. How long the UI
 * thread is held meanwhile is a speed figure, measured by `npm run bench -- convlab`, not asserted here.
 */
test('the lab stays responsive while the 12-megapixel sample is filtered', async ({ page }) => {
  await openLab(page);
  await page.getByRole('tab', { name: 'Image' }).click();
  await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done');
  await page.getByLabel('Sample image').selectOption({ label: 'Landscape, 12 megapixels (large)' });
  await expect(page.getByTestId('image-size')).toHaveText('4,000 × 3,000 (12 megapixels)');
  await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done');

  await page.getByLabel('Display of signed outputs').selectOption({ label: 'Min–max rescale to [0, 255]' });
  await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'running');
  // Meanwhile the matrix lab answers at once.
  await page.getByRole('tab', { name: 'Matrix' }).click();
  const counter = page.getByTestId('step-counter');
  await expect(counter).toHaveText('Step 0 of 25');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(counter).toHaveText('Step 1 of 25');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(counter).toHaveText('Step 2 of 25');
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(counter).toHaveText('Step 1 of 25');
  await page.getByRole('tab', { name: 'Image' }).click();
  await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done', {
    timeout: 30_000,
  });
  const result = await pictureStatistics(page, 'after-image');
  expect(Math.max(result.width, result.height)).toBe(1280);
});

test('an over-limit kernel, an over-limit image and a file that is not an image get clear messages, and the lab keeps working', async ({
  page,
}) => {
  await openLab(page);
  await page.getByRole('tab', { name: 'Image' }).click();
  await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done');

  await page.getByRole('combobox', { name: 'Kernel', exact: true }).selectOption({ label: 'Custom' });
  const row = Array(33).fill('1').join(' ');
  await page.getByLabel('Custom kernel').fill(Array(33).fill(row).join('\n'));
  const problem = page.getByTestId('filter-problem');
  await expect(problem).toContainText('The input is over the engine’s size limit; nothing was computed.');
  await expect(problem).toContainText('the 33x33 kernel is over the limit of 31x31');
  await page
    .getByRole('combobox', { name: 'Kernel', exact: true })
    .selectOption({ label: 'Sobel x (vertical edges)' });
  await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done');
  await expect(problem).toHaveCount(0);

  await page.getByTestId('image-file').setInputFiles({
    name: 'notes.png',
    mimeType: 'image/png',
    buffer: Buffer.from('this is not a picture'),
  });
  await expect(page.getByRole('alert')).toContainText(
    'This file is not a PNG, JPEG, GIF, WebP or BMP image.',
  );
  await expect(page.getByTestId('image-size')).toHaveText('960 × 640 (0.6 megapixels)');

  // 8000 x 5001 is 40,008,000 pixels: just over the engine's 40-megapixel limit, refused from the file's header.
  await page
    .getByTestId('image-file')
    .setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: encodeBlankPng(8000, 5001) });
  await expect(page.getByTestId('open-problem')).toContainText(
    'The image is too large: 8000 × 5001 = 40,008,000 pixels, over the limit of 40,000,000 pixels.',
  );
  await expect(page.getByTestId('image-size')).toHaveText('960 × 640 (0.6 megapixels)');

  await page.getByLabel('Sample image').selectOption({ label: 'Zone plate (every frequency)' });
  await expect(page.getByTestId('image-size')).toHaveText('400 × 400 (0.2 megapixels)');
  await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done');
  await expect(problem).toHaveCount(0);
});
