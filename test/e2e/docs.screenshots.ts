import { expect, test, type Page } from '@playwright/test';
import { storeDrills } from './stats-page.ts';

/**
 * The screenshots in docs/screenshots (README shows one). Each screen in Chinese and in English, taken after
 * the same steps a student would take.
 */
const folder = 'docs/screenshots';
/** The homework's key is B C B B A D D; the student gets the third and the sixth wrong. */
const answers = ['B', 'C', 'A', 'B', 'A', 'B', 'D'];

for (const language of ['zh', 'en'] as const) {
  const choose = (page: Page) =>
    page.getByRole('button', { name: language === 'en' ? 'English' : '中文' }).click();

  test(`drill screens in ${language}`, async ({ page }) => {
    await page.goto('/#/drill');
    await choose(page);
    // Six weeks of drills before this one, so that the history shows a score line.
    await storeDrills(page, 42);
    await page.reload();
    // In the homework's option order, so that the answers above are the ones given.
    await page.getByLabel(language === 'en' ? 'Shuffle the options' : '打乱选项顺序').uncheck();
    await page.screenshot({ path: `${folder}/drill-setup-${language}.png` });
    await page.getByRole('button', { name: language === 'en' ? 'Start the drill' : '开始练习' }).click();
    await page.keyboard.press('M');
    await page.keyboard.press('B');
    await expect(page.getByTestId('stem').locator('.katex').first()).toBeVisible();
    await page.screenshot({ path: `${folder}/drill-question-${language}.png` });
    await page.keyboard.press('Enter');
    for (const letter of answers.slice(1)) {
      await page.locator('button.option').first().waitFor();
      await page.keyboard.press(letter);
      await page.keyboard.press('Enter');
    }
    await expect(page.getByTestId('score')).toBeVisible();
    await page.screenshot({ path: `${folder}/drill-review-${language}.png`, fullPage: false });
    await page.getByRole('link', { name: language === 'en' ? 'History' : '练习记录' }).click();
    await expect(page.getByTestId('history-row').first()).toContainText('5 / 7');
    await page.screenshot({ path: `${folder}/history-${language}.png` });
  });
}
