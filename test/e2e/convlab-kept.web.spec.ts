import { expect, test } from '@playwright/test';
import { openLab } from './convlab-page.ts';

test('the lab keeps its setup, step and tab while the student visits another screen', async ({ page }) => {
  await openLab(page);
  await page.getByLabel('Example').selectOption({ label: 'Homework 4(b): no padding, stride 2' });
  const counter = page.getByTestId('step-counter');
  await expect(counter).toHaveText('Step 0 of 4');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(counter).toHaveText('Step 2 of 4');
  await page.getByRole('tab', { name: 'Image' }).click();
  await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done');
  const kernel = page.getByRole('combobox', { name: 'Kernel', exact: true });
  await kernel.selectOption({ label: 'Gaussian blur' });
  const status = page.getByTestId('filter-status');
  await expect(status).toHaveAttribute('data-state', 'done');
  const filtered = await status.textContent();

  await page.getByRole('link', { name: 'Layer calculator' }).click();
  await expect(page.getByTestId('step-counter')).toHaveCount(0);
  await page.getByRole('link', { name: 'Convolution lab' }).click();

  await expect(page.getByRole('tab', { name: 'Image' })).toHaveAttribute('aria-selected', 'true');
  await expect(kernel).toHaveValue('gaussian');
  // The same result, not filtered again: its time is the one measured before leaving.
  await expect(status).toHaveAttribute('data-state', 'done');
  await expect(status).toHaveText(filtered!);
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await expect(page.getByLabel('Example')).toHaveValue('homework-4b');
  await expect(counter).toHaveText('Step 2 of 4');
});
