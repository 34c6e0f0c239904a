import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { hostileFile, openDecks } from './decks-page.ts';

/**
 * The hostile deck (script tags, handlers, javascript: and data: links, SVG and CSS tricks) with more cards
 * that are huge or whose math breaks KaTeX, imported and then reviewed card by card to the end: nothing runs
 * (no dialog, no request, no console error, no page error) and every card is shown and graded.
 */
const hugeText = `${'卷积 convolution '.repeat(4000)}end`;
const extraCards = [
  `Q: A huge front ${hugeText}\nA: A huge back ${hugeText}`,
  'Q: Broken math $\\frac{1}{$ and $\\undefinedmacro{x}$ and $\\begin{matrix} a$\nA: $\\left( x$ unbalanced',
  'Q: Math that nests forever $' + '{'.repeat(200) + 'x' + '}'.repeat(200) + '$\nA: back',
  'C: {{c1::$\\frac{a}{$}} a cloze whose math breaks',
].join('\n\n');

test('a hostile imported deck is reviewed card by card and nothing in it runs', async ({ page }) => {
  test.setTimeout(240_000);
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  await openDecks(page, 'en');
  const bundle = new URL('/assets/', page.url()).href;
  page.on('request', (request) => {
    if (!request.url().startsWith(bundle)) seen.push(`request: ${request.url()}`);
  });

  const text = `${await readFile(hostileFile, 'utf8')}\n\n${extraCards}\n`;
  await page
    .getByTestId('deck-file')
    .setInputFiles({ name: 'hostile.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
  await expect(page.getByTestId('import-summary')).toHaveText('19 to add, 0 to update, 0 left alone.');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('decks-notice')).toContainText('19 added');

  await page.getByRole('link', { name: 'Today' }).click();
  await page.getByRole('button', { name: 'Review Hostile deck' }).click();
  await expect(page.getByTestId('review-scope')).toContainText('Hostile deck');

  const shown = new Set<string>();
  for (let step = 0; step < 60; step++) {
    const card = page.getByTestId('review-card');
    const done = page.getByTestId('review-done');
    await expect(card.or(done)).toBeVisible();
    if (await done.isVisible()) break;
    shown.add((await card.getAttribute('data-card')) ?? '');
    if ((await card.getAttribute('data-kind')) === 'mcq') {
      await page.keyboard.press('b');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('mcq-verdict')).toBeVisible();
      await page.keyboard.press('Enter');
      // The next card (or this one again, from its learning step) is shown once the verdict is gone.
      await expect(page.getByTestId('mcq-verdict')).toHaveCount(0);
    } else {
      await page.keyboard.press('Space');
      await expect(page.locator('button[data-rating="easy"]')).toBeVisible();
      await page.keyboard.press('4');
      await expect(page.locator('button[data-rating="easy"]')).toHaveCount(0);
    }
  }
  await expect(page.getByTestId('review-done')).toBeVisible();
  // Every card of the deck was shown: 16 basic cards, 2 cloze cards and the multiple-choice question.
  expect(shown.size).toBe(19);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(seen).toEqual([]);
});
