import { expect, test, type Page } from '@playwright/test';
import { storeHistory } from './stats-page.ts';

async function openStats(page: Page, language: 'zh' | 'en'): Promise<void> {
  await page.goto('/#/today');
  await page.getByTestId('today').waitFor();
  await page.getByRole('button', { name: language === 'zh' ? '中文' : 'English' }).click();
  await page.goto('/#/stats');
}

async function tableRows(page: Page, chart: string): Promise<number> {
  const card = page.getByTestId(`chart-${chart}`);
  if ((await card.getByTestId('chart-table').count()) === 0)
    await card.getByRole('button', { name: /Show as table|以表格显示/ }).click();
  return card.getByTestId('chart-table').locator('tbody tr').count();
}

test.describe('the Stats screen', () => {
  test('an empty profile says how to get data, in both languages', async ({ page }) => {
    await openStats(page, 'zh');
    await expect(page.getByTestId('stats-empty')).toContainText('复习几张卡片');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByTestId('stats-empty')).toContainText('Review a few cards');
  });

  test('a semester of study: every chart drawn, its table holds the numbers, the range changes them', async ({
    page,
  }) => {
    await openStats(page, 'en');
    await expect(page.getByTestId('stats-empty')).toBeVisible();
    const logs = await storeHistory(page, 120);
    expect(logs).toBeGreaterThan(300);
    await page.reload();
    // The worker reads and aggregates the semester first: on a busy machine that can take a while.
    await expect(page.getByTestId('chart-reviews').locator('canvas')).toBeVisible({ timeout: 20_000 });
    for (const chart of [
      'drills',
      'forecast',
      'calendar',
      'reviews',
      'topics',
      'mistakes',
      'mastery',
      'states',
      'intervals',
      'difficulty',
    ])
      await expect(page.getByTestId(`chart-${chart}`).getByTestId('chart-empty')).toHaveCount(0);
    // Retention is a table in Anki: its rows are the periods.
    expect(await tableRows(page, 'retention')).toBe(6);
    await expect(page.getByTestId('chart-calendar').getByTestId('chart-summary')).toContainText('Streak');

    const quarterDays = await tableRows(page, 'reviews');
    // A drill about weekly: 10 to 15 in three months.
    const quarterDrills = await tableRows(page, 'drills');
    expect(quarterDrills).toBeGreaterThanOrEqual(10);
    expect(quarterDrills).toBeLessThanOrEqual(15);
    await page.getByRole('radio', { name: '1 month' }).click();
    await expect.poll(() => tableRows(page, 'reviews')).toBeLessThan(quarterDays);
    // Once every card is introduced, reviews fall on 14-16 of a month's days (which ones shifts with the hour the
    // test runs at, as the history is written back from now).
    const monthDays = await tableRows(page, 'reviews');
    expect(monthDays).toBeGreaterThan(8);
    expect(monthDays).toBeLessThanOrEqual(30);
    expect(await tableRows(page, 'drills')).toBeLessThan(quarterDrills);
    await page.getByRole('radio', { name: 'All' }).click();
    await expect.poll(() => tableRows(page, 'reviews')).toBeGreaterThan(monthDays);
  });

  test('an exam date set on Today marks the forecast and predicts recall per topic', async ({ page }) => {
    await openStats(page, 'en');
    await storeHistory(page, 60, { drills: false });
    await page.goto('/#/today');
    await page.reload();
    // Today's small forecast, from the same aggregation.
    await expect(page.getByTestId('today-forecast-summary')).toContainText('in the next 14 days');
    await expect(page.getByTestId('today-longest-streak')).toContainText('Longest streak');
    const exam = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await page.locator('[data-testid="exam"][data-deck="cnn-concepts"] input[type="date"]').fill(exam);
    await expect(page.getByTestId('exam-plan').first()).toBeVisible();
    await page.goto('/#/stats');
    const recall = page.getByTestId('chart-examRecall');
    await expect(recall.getByTestId('chart-summary')).toContainText('Exam on');
    expect(await tableRows(page, 'examRecall')).toBeGreaterThan(3);
    const forecast = page.getByTestId('chart-forecast');
    expect(await tableRows(page, 'forecast')).toBeGreaterThan(0);
    await expect(forecast.getByTestId('chart-table')).toContainText(`${exam} (Exam)`);
    // No drill in this history: its chart says how to get one.
    await expect(page.getByTestId('chart-drills').getByTestId('chart-empty')).toContainText('Finish a drill');
  });

  test('the practice screen names the usual mistakes of the template being worked', async ({ page }) => {
    await openStats(page, 'en');
    await storeHistory(page, 60);
    await page.reload();
    await page.getByRole('link', { name: 'Practice' }).click();
    await page.locator('button[data-item="problem:conv-params"]').click();
    const usual = page.getByTestId('usual-mistakes');
    await expect(usual).toContainText('Your usual mistakes here');
    await expect(usual.getByTestId('usual-mistake').first()).toContainText(/of the last \d+/);
  });

  test('a table exports as CSV with the same numbers', async ({ page }) => {
    await openStats(page, 'en');
    await storeHistory(page, 40);
    await page.reload();
    const card = page.getByTestId('chart-states');
    await card.locator('canvas').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('deepdrill-states.csv');
    const text = await (await download.createReadStream()).toArray();
    const csv = Buffer.concat(text).toString('utf8');
    expect(csv).toMatch(/^\uFEFFState,Cards\r\nNew,\d+\r\n/);
  });
});
