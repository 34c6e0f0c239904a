import { expect, test, type Page } from '@playwright/test';

/**
 * The screenshots in docs/screenshots (README shows one). Each screen in Chinese and in English, taken after
 * the same steps a student would take.
 */
const folder = 'docs/screenshots';
const key = ['B', 'C', 'B', 'B', 'A', 'D', 'D'];

for (const language of ['zh', 'en'] as const) {
  const choose = (page: Page) =>
    page.getByRole('button', { name: language === 'en' ? 'English' : '中文' }).click();

  test(`drill screens in ${language}`, async ({ page }) => {
    await page.goto('/#/drill');
    await choose(page);
    await page.screenshot({ path: `${folder}/drill-setup-${language}.png` });
    await page.getByRole('button', { name: language === 'en' ? 'Start the drill' : '开始练习' }).click();
    await page.keyboard.press('M');
    await page.keyboard.press('B');
    await expect(page.getByTestId('stem').locator('.katex').first()).toBeVisible();
    await page.screenshot({ path: `${folder}/drill-question-${language}.png` });
    await page.keyboard.press('Enter');
    // The options are shuffled, so pressing the key's letters gives a realistic mix of right and wrong.
    for (const letter of key.slice(1)) {
      await page.locator('button.option').first().waitFor();
      await page.keyboard.press(letter);
      await page.keyboard.press('Enter');
    }
    await expect(page.getByTestId('score')).toBeVisible();
    await page.screenshot({ path: `${folder}/drill-review-${language}.png`, fullPage: false });
    await page.getByRole('link', { name: language === 'en' ? 'History' : '练习记录' }).click();
    await page.screenshot({ path: `${folder}/history-${language}.png` });
  });
}
