import { expect, type Page } from '@playwright/test';

/** The homework's answer key, in question order. */
export const seedKey = ['B', 'C', 'B', 'B', 'A', 'D', 'D'];

/** Opens the app at the drill screen and chooses the language. */
export async function openFresh(page: Page, language: 'zh' | 'en' = 'en'): Promise<void> {
  await page.goto('/#/drill');
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  await page.getByRole('button', { name: language === 'en' ? 'English' : '中文' }).click();
}

/** Starts a drill of all 7 questions in deck order with unshuffled options, so display letters are the key's. */
export async function startUnshuffled(
  page: Page,
  mode: 'Exam mode' | 'Practice (no timer)' = 'Exam mode',
): Promise<void> {
  await page.getByLabel('Shuffle the options').uncheck();
  await page.getByRole('radio', { name: new RegExp(mode.replace(/[()]/g, '\\$&')) }).check();
  await page.getByRole('button', { name: 'Start the drill' }).click();
  await expect(page.getByTestId('drill-run')).toBeVisible();
}

/**
 * Answers with the keyboard from question `first` (0-based) on: the letter, then Enter (next, or submit on the
 * last question).
 */
export async function answerByKeyboard(page: Page, letters: string[], first = 0): Promise<void> {
  for (const [offset, letter] of letters.entries()) {
    await expect(page.getByText(`Question ${first + offset + 1} of 7`)).toBeVisible();
    await page.keyboard.press(letter);
    await expect(page.locator(`button.option[data-letter="${letter}"]`)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('Enter');
  }
}
