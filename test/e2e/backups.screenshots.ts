import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { downloadNewest, studyALittle } from './backups-page.ts';

async function open(page: Page, language: 'zh' | 'en'): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: language === 'zh' ? '中文' : 'English' }).click();
  await page.getByRole('button', { name: language === 'zh' ? '中文' : 'English' }).blur();
}

/**
 * docs/screenshots/backups-{zh,en}.png: the Backups screen with two kept backups and the confirmation of a
 * restore; backups-refused-{zh,en}.png: a damaged file refused. Study is done in English (the helper's
 * labels), then the language is switched.
 */
for (const language of ['zh', 'en'] as const) {
  test(`backups in ${language}`, async ({ page }) => {
    test.setTimeout(120_000);
    await open(page, 'en');
    await studyALittle(page);
    await page.getByRole('link', { name: 'Backups' }).click();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByTestId('backup-row')).toHaveCount(1);
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByTestId('backup-row')).toHaveCount(2);
    if (language === 'zh') await page.getByRole('button', { name: '中文' }).click();
    await page.getByTestId('backup-row').nth(1).getByRole('button').nth(1).click();
    await expect(page.getByTestId('restore-confirm')).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/backups-${language}.png`, fullPage: true });

    await page.getByTestId('restore-confirm').getByRole('button').nth(1).click();
    await page.getByTestId('backup-file').setInputFiles({
      name: 'backup-copy.deepdrill',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('DEEPDRILL-BACKUP\n{"format":"deepdrill-backup"'),
    });
    await expect(page.getByTestId('backups-notice')).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/backups-refused-${language}.png`, fullPage: true });
  });
}

/**
 * test/fixtures/backup-small.deepdrill, made by the app itself: the first session of studyALittle, then "Back up now"
 * and the Download button. Written only when asked (DEEPDRILL_WRITE_FIXTURE=1), because the committed file
 * is what the restore test reads and its description (backup-small.md) must be updated with it.
 */
test('the small backup fixture', async ({ page }) => {
  test.skip(!process.env.DEEPDRILL_WRITE_FIXTURE, 'set DEEPDRILL_WRITE_FIXTURE=1 to write the fixture');
  test.setTimeout(120_000);
  await open(page, 'en');
  await studyALittle(page);
  await page.getByRole('link', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await writeFile('test/fixtures/backup-small.deepdrill', await downloadNewest(page));
});
