import { expect, test } from '@playwright/test';
import { homeworkFile, openDecks } from './decks-page.ts';

/** docs/screenshots/import-preview-{zh,en}.png: the homework's Markdown in the import preview. */
for (const language of ['zh', 'en'] as const) {
  test(`import preview in ${language}`, async ({ page }) => {
    await openDecks(page, language);
    await page.getByTestId('deck-file').setInputFiles(homeworkFile);
    await expect(page.getByTestId('import-row')).toHaveCount(7);
    await expect(page.getByTestId('import-row').first().locator('.katex').first()).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/import-preview-${language}.png`, fullPage: true });
  });
}
