import { expect, test, type Page } from '@playwright/test';
import { openFresh } from './drill-page.ts';

/**
 * Screenshots of the drill's safety states (docs/screenshots), in Chinese and English: a drill open in another
 * window, and the disk-full banner with a finished result waiting to be saved.
 */
const folder = 'docs/screenshots';

for (const language of ['zh', 'en'] as const) {
  const startLabel = language === 'en' ? 'Start the drill' : '开始练习';
  const start = async (page: Page) => {
    await page.getByRole('button', { name: startLabel }).click();
    await expect(page.getByTestId('drill-run')).toBeVisible();
  };

  test(`a drill open in another window, in ${language}`, async ({ context }) => {
    const first = await context.newPage();
    await openFresh(first, language);
    await start(first);
    await first.keyboard.press('B');
    await first.keyboard.press('Enter');
    await first.waitForTimeout(1000); // its regular save
    const second = await context.newPage();
    await second.goto('/#/drill');
    await expect(second.getByTestId('drill-elsewhere')).toBeVisible();
    await second.screenshot({ path: `${folder}/drill-other-window-${language}.png` });
  });

  test(`the disk-full banner, in ${language}`, async ({ page }) => {
    await page.addInitScript(() => {
      const state = window as unknown as { diskFull: boolean };
      state.diskFull = false;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...values: [unknown, IDBValidKey?]) {
        if (state.diskFull) throw new DOMException('The disk is full (injected)', 'QuotaExceededError');
        return put.apply(this, values);
      };
    });
    await openFresh(page, language);
    await page
      .getByRole('radio', { name: language === 'en' ? /Practice/ : /练习（不计时）|自由练习/ })
      .check();
    await start(page);
    await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
    for (const letter of ['B', 'C', 'B', 'B', 'A', 'D', 'D']) {
      await page.keyboard.press(letter);
      await page.keyboard.press('Enter');
    }
    await expect(page.getByTestId('storage-banner')).toBeVisible();
    await page.screenshot({ path: `${folder}/drill-disk-full-${language}.png` });
  });
}
