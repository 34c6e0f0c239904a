import type { Locator, Page } from '@playwright/test';

/** Opens the calculator's text editor in English, with its whole text selected (the next paste replaces it). */
export async function openNetworkEditor(page: Page): Promise<Locator> {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Layer calculator' }).click();
  await page.getByRole('radio', { name: 'Text', exact: true }).click();
  const editor = page.getByRole('textbox', { name: 'Network description' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  return editor;
}
