import { expect, type Locator, type Page } from '@playwright/test';
import { type MistakeCode, mistakeMessages } from '../../src/shared/problems/mistakes.ts';

/** The Practice screen as the specs and the screenshots use it. */

export async function openPractice(page: Page, language: 'zh' | 'en'): Promise<void> {
  await page.goto('/');
  const choice = page.getByRole('button', { name: language === 'en' ? 'English' : '中文' });
  await choice.click();
  await choice.blur();
  await page.getByRole('link', { name: language === 'en' ? 'Practice' : '计算题' }).click();
  await expect(page.getByTestId('practice-list')).toBeVisible();
}

/** Opens a skill from the list (`problem:homework-2`, `problem:conv-params`). */
export async function openProblem(page: Page, itemId: string): Promise<void> {
  await page.locator(`button[data-item="${itemId}"]`).click();
  await expect(page.getByTestId('practice-problem')).toBeVisible();
}

export function field(page: Page, id: string): Locator {
  return page.locator(`[data-testid="practice-field"][data-field="${id}"]`);
}

/** A field's state as its feedback shows it: `right` (green), `follow-through`, `wrong`, … */
export async function expectStatus(page: Page, id: string, status: string): Promise<void> {
  await expect(field(page, id)).toHaveAttribute('data-status', status);
}

/**
 * A mistake's catalogue sentence up to its first formula (the formula is drawn by KaTeX, whose text is not
 * the source's): what a diagnosed field shows, in the given language.
 */
export function diagnosisWords(code: MistakeCode, language: 'zh' | 'en'): string {
  return mistakeMessages[code][language].split('$')[0]!.trim();
}

/** Types into a field's box as a student does, replacing what was there. */
export async function answer(page: Page, id: string, text: string): Promise<void> {
  const box = field(page, id).locator('input');
  await box.fill('');
  await box.pressSequentially(text);
}

/** Fills a grid field cell by cell, row by row, each cell's text replaced, with Enter moving to the next cell. */
export async function fillGrid(
  page: Page,
  id: string,
  matrix: readonly (readonly number[])[],
): Promise<void> {
  await field(page, id).locator('input[data-row="0"][data-column="0"]').focus();
  for (const row of matrix)
    for (const value of row) {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(String(value));
      await page.keyboard.press('Enter');
    }
}
