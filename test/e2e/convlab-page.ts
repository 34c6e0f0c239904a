import { expect, type Page } from '@playwright/test';

/** Opens the convolution lab in a fresh page, in the given language. */
export async function openLab(page: Page, language: 'zh' | 'en' = 'en'): Promise<void> {
  await page.goto('/#/convlab');
  await page.getByRole('button', { name: language === 'en' ? 'English' : '中文' }).click();
  // The first visit loads the screen and the engine (they are not part of the app's start): slow under load.
  await expect(page.getByTestId('step-counter')).toBeVisible({ timeout: 20_000 });
}

/** An output grid as the student sees it: rows of the numbers shown (empty strings for cells not reached). */
export function readGrid(page: Page, testId: string): Promise<string[][]> {
  return page.getByTestId(testId).evaluate((grid) => {
    const rows: string[][] = [];
    for (const cell of grid.querySelectorAll<HTMLElement>('[data-row]')) {
      const row = Number(cell.dataset.row);
      (rows[row] ??= [])[Number(cell.dataset.column)] = cell.dataset.value ?? '';
    }
    return rows;
  });
}

export const asText = (rows: number[][]) => rows.map((row) => row.map(String));

/** Brightness statistics of a preview: mean luma and the share of dark (< 40) and bright (> 160) pixels. */
export function pictureStatistics(page: Page, testId: string) {
  return page.getByTestId(testId).evaluate(async (image: HTMLImageElement) => {
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let sum = 0;
    let dark = 0;
    let bright = 0;
    const count = data.length / 4;
    for (let index = 0; index < data.length; index += 4) {
      const luma = 0.299 * data[index]! + 0.587 * data[index + 1]! + 0.114 * data[index + 2]!;
      sum += luma;
      if (luma < 40) dark++;
      if (luma > 160) bright++;
    }
    return {
      width: canvas.width,
      height: canvas.height,
      mean: sum / count,
      dark: dark / count,
      bright: bright / count,
    };
  });
}
