import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { englishRuns } from '../support/english-runs.ts';
import {
  brokenFile,
  chooseByKeyboard,
  dropFile,
  homeworkFile,
  hostileFile,
  openDecks,
} from './decks-page.ts';

/** The homework, the CNN concept cards and the problems' skills, installed at the first start. */
const builtInDecks = 3;

test('the homework imports through the preview as its 7 questions, onto the built-in deck, and exports', async ({
  page,
}) => {
  await openDecks(page, 'en');
  await chooseByKeyboard(page, homeworkFile, 'Choose a deck file…');

  const preview = page.getByTestId('import-preview');
  await expect(preview.getByRole('heading', { name: 'Import preview: homework2.md' })).toBeFocused();
  // The file is the one the built-in deck was made from: its questions map onto hw2-mcq-1…7, nothing differs.
  await expect(page.getByTestId('import-summary')).toHaveText('0 to add, 0 to update, 7 left alone.');
  const rows = page.getByTestId('import-row');
  await expect(rows).toHaveCount(7);
  await expect(rows.first()).toContainText('Inception');
  await expect(rows.first().locator('.katex').first()).toBeVisible();
  await expect(rows.filter({ hasText: 'question' })).toHaveCount(7);
  // The six worked problems are skipped, each with a note that names its line.
  const notes = page.getByTestId('import-notes').getByRole('listitem');
  await expect(notes.filter({ hasText: 'a worked problem, skipped' })).toHaveCount(6);
  await expect(notes.filter({ hasText: 'line 50' })).toContainText('Entry 1 has no options');
  // Nothing is stored before the student confirms: only the built-in decks are listed.
  await expect(page.getByTestId('deck-row')).toHaveCount(builtInDecks);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('decks-notice')).toContainText('0 added, 0 updated, 7 left alone');
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  // No second homework deck: the two built-in decks are all there is.
  await expect(page.getByTestId('deck-row')).toHaveCount(builtInDecks);
  const homework = page.getByTestId('deck-row').filter({ hasText: 'Homework 2' });
  await expect(homework.locator('td.number')).toHaveText('7');

  // An edited answer updates that question in place.
  const edited = (await readFile(homeworkFile, 'utf8')).replace('(B)', '(C)');
  await page
    .getByTestId('deck-file')
    .setInputFiles({ name: 'homework2.md', mimeType: 'text/markdown', buffer: Buffer.from(edited) });
  await expect(page.getByTestId('import-summary')).toHaveText('0 to add, 1 to update, 6 left alone.');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Export to JSON, and the file imports back as the same deck.
  const download = page.waitForEvent('download');
  await homework.getByRole('button', { name: /as JSON$/ }).click();
  const exported = await download;
  const json = JSON.parse(await readFile((await exported.path())!, 'utf8')) as {
    deck: { items: { answer: string[] }[] };
  };
  expect(json.deck.items.map((item) => item.answer.join(''))).toEqual(['B', 'C', 'B', 'B', 'A', 'D', 'D']);
  expect(exported.suggestedFilename()).toMatch(/\.json$/);
  await page.getByTestId('deck-file').setInputFiles({
    name: exported.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(json)),
  });
  await expect(page.getByTestId('import-summary')).toHaveText('0 to add, 0 to update, 7 left alone.');
});

test('an exported Markdown deck imports back unchanged', async ({ page }) => {
  await openDecks(page, 'en');
  const download = page.waitForEvent('download');
  await page
    .locator('[data-testid="deck-row"][data-deck="homework2"]')
    .getByRole('button', { name: /as Markdown$/ })
    .click();
  const exported = await download;
  expect(exported.suggestedFilename()).toBe('homework2.md');
  const text = await readFile((await exported.path())!, 'utf8');
  await page
    .getByTestId('deck-file')
    .setInputFiles({ name: 'homework2.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
  await expect(page.getByTestId('import-summary')).toHaveText('0 to add, 0 to update, 7 left alone.');
});

test('a broken deck shows every error with its line and stores nothing', async ({ page }) => {
  await openDecks(page, 'zh');
  await chooseByKeyboard(page, brokenFile, '选择牌组文件…');
  await expect(
    page.getByRole('heading', { name: '「broken.md」有 2 处错误，没有导入任何内容' }),
  ).toBeVisible();
  const errors = page.getByTestId('import-errors').getByRole('listitem');
  await expect(errors).toHaveText([
    /^第 3 行\s*答案 E 不是这道题的选项（选项为 A, B, C）。$/,
    /^第 8 行\s*卡片只有正面（Q:），缺少背面（A:）。$/,
  ]);
  await expect(page.getByRole('button', { name: '导入', exact: true })).toHaveCount(0);
  // The Chinese screen has no English sentence in it (deck content aside, this file has only Latin letters).
  expect(englishRuns(await page.getByTestId('decks-screen').innerText())).toEqual([]);
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('deck-row')).toHaveCount(builtInDecks);
});

test('a hostile deck is previewed and imported as text: no dialog, no request, no console error', async ({
  page,
}) => {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') seen.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  await openDecks(page, 'en');
  // From here on any request but the app's own bundle (KaTeX's fonts load when math first shows) would be the
  // deck's doing: a tracker image, a data: or javascript: URL, a CSS url().
  const bundle = new URL('/assets/', page.url()).href;
  page.on('request', (request) => {
    if (!request.url().startsWith(bundle)) seen.push(`request: ${request.url()}`);
  });

  await dropFile(page, hostileFile, 'hostile.md');
  await expect(page.getByTestId('import-summary')).toHaveText('15 to add, 0 to update, 0 left alone.');
  const preview = page.getByTestId('import-preview');
  // The payloads are shown as the characters they are.
  await expect(preview).toContainText('<script>window.pwned = 1; alert(1)</script> script tag');
  await expect(preview).toContainText('<img src=x onerror="window.pwned = 3; alert(3)"> image handler');
  await expect(preview).toContainText('<style>body { display: none }</style> CSS hides the page');
  await expect(preview.getByText('javascript link')).toBeVisible();
  // Nothing in the preview can run or restyle: no such elements, no handlers, no script or data links.
  const found = await preview.evaluate((root) => {
    const bad: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      if (
        [
          'script',
          'style',
          'iframe',
          'object',
          'embed',
          'img',
          'svg',
          'form',
          'base',
          'meta',
          'link',
          'details',
        ].includes(tag)
      )
        bad.push(`<${tag}>`);
      for (const { name, value } of element.attributes) {
        if (name.startsWith('on')) bad.push(`${tag}[${name}]`);
        if (['href', 'src', 'action', 'xlink:href'].includes(name) && !/^(https?:|mailto:)/i.test(value))
          bad.push(`${tag}[${name}=${value}]`);
        if (name === 'style' && element.closest('.katex') === null) bad.push(`${tag}[style]`);
      }
    }
    return bad;
  });
  expect(found).toEqual([]);

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('decks-notice')).toContainText('15 added');
  await expect(page.locator('body')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(seen).toEqual([]);
});
