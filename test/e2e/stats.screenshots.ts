import { expect, test } from '@playwright/test';
import { storeHistory } from './stats-page.ts';

const folder = 'docs/screenshots';

// The Stats screen with a generated semester of study (test/fixtures/study-history.ts), in both languages.
for (const language of ['zh', 'en'] as const) {
  test(`Stats after a semester, in ${language}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/#/today');
    await page.getByTestId('today').waitFor();
    await page.getByRole('button', { name: language === 'zh' ? '中文' : 'English' }).click();
    await storeHistory(page, 120);
    await page.goto('/#/stats');
    await page.reload();
    await expect(page.getByTestId('chart-reviews').locator('canvas')).toBeVisible();
    await page.screenshot({ path: `${folder}/stats-${language}.png`, fullPage: true });
  });
}
