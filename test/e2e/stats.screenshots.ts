import { expect, test } from '@playwright/test';
import { storeHistory } from './stats-page.ts';

const folder = 'docs/screenshots';

// The Stats screen with a generated semester of study (test/fixtures/study-history.ts), in both languages, an
// exam date set on Today (the forecast's marker, predicted recall), and Today's small forecast beside it.
for (const language of ['zh', 'en'] as const) {
  test(`Stats after a semester, in ${language}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/#/today');
    await page.getByTestId('today').waitFor();
    await page.getByRole('button', { name: language === 'zh' ? '中文' : 'English' }).click();
    await storeHistory(page, 120);
    await page.reload();
    const exam = new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10);
    await page.locator('[data-testid="exam"][data-deck="cnn-concepts"] input[type="date"]').fill(exam);
    await expect(page.getByTestId('exam-plan').first()).toBeVisible();
    const forecast = page.getByTestId('today-forecast');
    await expect(forecast.getByTestId('today-forecast-summary')).toBeVisible();
    await forecast.screenshot({ path: `${folder}/today-forecast-${language}.png` });
    await page.goto('/#/stats');
    await expect(page.locator('[data-drawn="false"]')).toHaveCount(0);
    await expect(page.getByTestId('chart-reviews').locator('canvas')).toBeVisible();
    await page.screenshot({ path: `${folder}/stats-${language}.png`, fullPage: true });
  });
}
