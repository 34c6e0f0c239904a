import { expect, test, type Page } from '@playwright/test';
import { allRows, downloadNewest, studyALittle, wipe } from './backups-page.ts';

/**
 * Backups through the WebHost (issue 16): a backup made after some study, the data wiped, the backup restored
 * and every table identical; a damaged file refused with its reason in both languages; the committed fixture
 * (made by the app, test/fixtures/backup-small.md) restored.
 */

async function openEnglish(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await page.getByRole('button', { name: 'English' }).click();
  // The language button keeps the focus; Review's keys must reach the page, not the button.
  await page.getByRole('button', { name: 'English' }).blur();
}

async function backUpNow(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByTestId('backups-notice')).toContainText('Backed up:');
}

/** Confirms the pending restore and waits until it is done (the app then reopens). */
async function confirmRestore(page: Page): Promise<void> {
  const confirmation = page.getByTestId('restore-confirm');
  await expect(confirmation).toContainText('Your current data is backed up first');
  await confirmation.getByRole('button', { name: 'Back up my data and restore' }).click();
  await expect(page.getByTestId('backups-notice')).toContainText('is restored', { timeout: 30_000 });
}

test('a backup made after studying restores every table exactly after the data is wiped', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openEnglish(page);
  await studyALittle(page);
  await backUpNow(page);
  const backedUp = await allRows(page);
  for (const table of [
    'decks',
    'items',
    'cards',
    'reviewLogs',
    'dayCounts',
    'drillSessions',
    'drillAnswers',
    'attempts',
  ])
    expect(backedUp[table]!.length, table).toBeGreaterThan(0);
  const rows = page.getByTestId('backup-row');
  await expect(rows).toHaveCount(1);
  // 3 reviews, plus the drill's 7 questions: a finished drill feeds the schedule.
  await expect(rows.first()).toContainText('10 reviews');
  await expect(rows.first()).toContainText('1 problem attempt');
  await expect(rows.first()).toContainText('7 drill answers');

  await wipe(page);
  expect((await allRows(page)).reviewLogs).toEqual([]);
  await rows
    .first()
    .getByRole('button', { name: /^Restore/ })
    .click();
  await confirmRestore(page);
  // Read before the app reopens: at start it refreshes the built-in decks' rows, which is not the restore.
  expect(await allRows(page)).toEqual(backedUp);

  // The wiped state was backed up before it was replaced: a backup with no rows at all.
  await page.waitForEvent('load');
  await page.getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByTestId('backup-row').filter({ hasNotText: 'reviews' })).toHaveCount(1);
  await expect(page.getByTestId('backup-row').filter({ hasText: '10 reviews' }).first()).toBeVisible();
});

test('a damaged file is refused with its reason, in English and in Chinese, and nothing changes', async ({
  page,
}) => {
  await openEnglish(page, '#/backups');
  await expect(page.getByTestId('backups-empty')).toBeVisible();
  await backUpNow(page);
  const bytes = await downloadNewest(page);
  const damaged = Buffer.from(bytes);
  damaged[damaged.length - 20]! ^= 0x40;
  const before = await allRows(page);

  await page.getByTestId('backup-file').setInputFiles({
    name: 'damaged.deepdrill',
    mimeType: 'application/octet-stream',
    buffer: damaged,
  });
  const notice = page.getByTestId('backups-notice');
  await expect(notice).toContainText('Cannot restore "damaged.deepdrill"; your current data is unchanged:');
  await expect(notice).toContainText('The backup file is damaged: its checksum does not match');
  await expect(page.getByTestId('restore-confirm')).toHaveCount(0);

  await page.getByRole('button', { name: '中文' }).click();
  await expect(notice).toContainText('无法恢复「damaged.deepdrill」，当前数据没有任何改变：');
  await expect(notice).toContainText('备份文件已损坏：校验和不符');

  await page.getByTestId('backup-file').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('not a backup'),
  });
  await expect(notice).toContainText('这不是 DeepDrill 的备份文件。');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(notice).toContainText('This is not a DeepDrill backup file.');
  expect(await allRows(page)).toEqual(before);
});

test('the committed fixture, made by the app, restores with everything it holds', async ({ page }) => {
  test.setTimeout(90_000);
  await openEnglish(page, '#/backups');
  await page.getByTestId('backup-file').setInputFiles('test/fixtures/backup-small.deepdrill');
  await expect(page.getByTestId('restore-confirm')).toContainText(
    '2 decks · 54 items · 1 drill · 7 drill answers · 1 setting · 69 cards · 3 reviews · 2 study days',
  );
  await confirmRestore(page);
  const tables = await allRows(page);
  expect(Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]))).toEqual({
    attempts: 0,
    cards: 69,
    dayCounts: 2,
    decks: 2,
    drillAnswers: 7,
    drillSessions: 1,
    items: 54,
    reviewLogs: 3,
    settings: 1,
  });
  await page.waitForEvent('load');
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByTestId('history-row')).toHaveCount(1);
  await expect(page.getByTestId('history-row').first()).toContainText('7 / 7 (100%)');
});
