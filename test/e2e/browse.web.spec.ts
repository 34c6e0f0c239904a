import { expect, test } from '@playwright/test';
import { openBrowse, studyBatchNormCard } from './browse-page.ts';
import { openFresh } from './drill-page.ts';

const row = (id: string) => `[data-testid="browse-row"][data-card-id="${id}"]`;

/**
 * The built-in cards: the homework's 7 MCQs, the 62 cards of the 47 CNN concept items (one per cloze gap) and
 * the 12 skills of the problems deck (the homework problems merged so far and the templates).
 */
const allCards = 87;

test.describe('Browse', () => {
  test.beforeEach(async ({ page }) => {
    await openFresh(page, 'en');
    await studyBatchNormCard(page);
    await openBrowse(page);
  });

  test('shows every card, and finds them by text, tag and state with the keyboard', async ({ page }) => {
    await expect(page.getByTestId('browse-row')).toHaveCount(allCards);
    await expect(page.getByTestId('browse-count')).toHaveText(`${allCards} of ${allCards} cards`);

    await page.keyboard.press('/');
    await expect(page.getByTestId('browse-search')).toBeFocused();
    await page.keyboard.type('GoogLeNet');
    await expect(page.locator(row('hw2-mcq-1'))).toBeVisible();
    await expect(page.locator(row('hw2-mcq-6'))).toHaveCount(0);
    // The Chinese text is searched too, whatever the UI language.
    await page.getByTestId('browse-search').fill('激活函数');
    await expect(page.locator(row('hw2-mcq-6'))).toBeVisible();
    await expect(page.locator(row('hw2-mcq-2'))).toHaveCount(0);
    await page.getByTestId('browse-search').fill('');

    await page.getByTestId('browse-tag').selectOption('batchnorm');
    await expect(page.locator(row('hw2-mcq-2'))).toBeVisible();
    await expect(page.locator(row('hw2-mcq-1'))).toHaveCount(0);
    await page.getByTestId('browse-tag').selectOption('');
    await page.getByTestId('browse-state').selectOption('review');
    await expect(page.getByTestId('browse-row')).toHaveCount(1);
    await expect(page.locator(row('hw2-mcq-2'))).toContainText('Review');
    await page.getByTestId('browse-state').selectOption('new');
    await expect(page.getByTestId('browse-row')).toHaveCount(allCards - 1);

    // Arrows move the selection from the search box as from anywhere.
    await page.getByTestId('browse-search').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('browse-row').nth(1)).toHaveClass(/selected/);
  });

  test('edits a studied card and keeps its state, due date and history', async ({ page }) => {
    await page.locator(row('hw2-mcq-2')).click();
    const due = await page.getByTestId('browse-detail-due').textContent();
    await expect(page.getByTestId('browse-detail-state')).toHaveText('Review');
    await expect(page.getByTestId('browse-history').locator('tr')).toHaveCount(2);

    await page.keyboard.press('Enter');
    const stem = page.getByTestId('edit-stem-en');
    await expect(stem).toBeFocused();
    await stem.fill('At test time, what does BN normalise with?');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('browse-notice')).toHaveText('Saved; its progress is unchanged.');

    await expect(page.locator(row('hw2-mcq-2'))).toContainText('At test time, what does BN normalise with?');
    await expect(page.getByTestId('browse-detail-state')).toHaveText('Review');
    await expect(page.getByTestId('browse-detail-due')).toHaveText(due!);
    await expect(page.getByTestId('browse-detail-reps')).toHaveText('2 reviews, 0 lapses');
    await expect(page.getByTestId('browse-history').locator('tr')).toHaveCount(2);
  });

  test('refuses an empty text and says which field and language', async ({ page }) => {
    await page.locator(row('hw2-mcq-1')).click();
    await page.getByTestId('browse-edit-button').click();
    await page.getByTestId('edit-stem-zh').fill(' ');
    await page.getByTestId('browse-save').click();
    await expect(page.getByTestId('browse-edit-problem')).toHaveText('“Question” (Chinese) cannot be empty.');
  });

  test('deletes a card and undoes it with Ctrl+Z and with the button, its progress and history back', async ({
    page,
  }) => {
    await page.locator(row('hw2-mcq-2')).click();
    const due = await page.getByTestId('browse-detail-due').textContent();
    await page.getByTestId('browse-delete').click();
    await expect(page.locator(row('hw2-mcq-2'))).toHaveCount(0);
    await expect(page.getByTestId('browse-count')).toHaveText(`${allCards - 1} of ${allCards - 1} cards`);
    await expect(page.getByTestId('browse-notice')).toContainText('Deleted');

    await page.keyboard.press('Control+z');
    await expect(page.locator(`${row('hw2-mcq-2')}.selected`)).toBeVisible();
    await expect(page.getByTestId('browse-detail-state')).toHaveText('Review');
    await expect(page.getByTestId('browse-detail-due')).toHaveText(due!);
    await expect(page.getByTestId('browse-history').locator('tr')).toHaveCount(2);

    await page.getByTestId('browse-delete').click();
    await expect(page.locator(row('hw2-mcq-2'))).toHaveCount(0);
    await page.getByTestId('browse-undo').click();
    await expect(page.locator(row('hw2-mcq-2'))).toBeVisible();
    await expect(page.getByTestId('browse-count')).toHaveText(`${allCards} of ${allCards} cards`);

    // What was restored is stored: it is there after a reload.
    await page.reload();
    await openBrowse(page);
    await page.locator(row('hw2-mcq-2')).click();
    await expect(page.getByTestId('browse-detail-due')).toHaveText(due!);
    await expect(page.getByTestId('browse-history').locator('tr')).toHaveCount(2);
  });

  test('suspends, unsuspends and resets a card to new, keeping its history', async ({ page }) => {
    await page.locator(row('hw2-mcq-2')).click();
    await page.getByTestId('browse-suspend').click();
    await expect(page.getByTestId('browse-detail-state')).toHaveText('Review · Suspended');
    await page.getByTestId('browse-state').selectOption('suspended');
    await expect(page.getByTestId('browse-row')).toHaveCount(1);
    await page.getByTestId('browse-suspend').click();
    await expect(page.getByTestId('browse-row')).toHaveCount(0);
    await page.getByTestId('browse-state').selectOption('all');

    await page.locator(row('hw2-mcq-2')).click();
    await page.getByTestId('browse-reset').click();
    await expect(page.getByTestId('browse-detail-state')).toHaveText('New');
    await expect(page.getByTestId('browse-detail-reps')).toHaveText('0 reviews, 0 lapses');
    await expect(page.getByTestId('browse-history').locator('tr')).toHaveCount(2);
  });
});
