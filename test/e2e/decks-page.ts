import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';

export const homeworkFile = 'test/fixtures/homework2.md';
export const brokenFile = 'test/fixtures/decks/broken.md';
export const hostileFile = 'test/fixtures/decks/hostile.md';

/** Opens the Decks screen in a fresh browser profile, in the chosen language. */
export async function openDecks(page: Page, language: 'zh' | 'en'): Promise<void> {
  await page.goto('/#/decks');
  await page.getByRole('button', { name: language === 'en' ? 'English' : '中文' }).click();
  await expect(page.getByTestId('decks-screen')).toBeVisible();
}

/** Chooses a file as a keyboard user does: Tab to the button, Enter, then the system's file dialog. */
export async function chooseByKeyboard(page: Page, path: string, buttonName: string): Promise<void> {
  const button = page.getByRole('button', { name: buttonName });
  await button.focus();
  await expect(button).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(path);
}

/** Drops a file on the drop zone, as dragging it from the desktop does. */
export async function dropFile(page: Page, path: string, name: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  const dataTransfer = await page.evaluateHandle(
    ({ text, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'text/markdown' }));
      return transfer;
    },
    { text, name },
  );
  await page.getByTestId('deck-drop').dispatchEvent('drop', { dataTransfer });
}
