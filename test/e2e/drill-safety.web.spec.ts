import { expect, test, type Page } from '@playwright/test';
import { answerByKeyboard, openFresh, seedKey, startUnshuffled } from './drill-page.ts';
import { storedRows } from './stored-rows.ts';

/*
 * Issue 12, items 1-4: no drill is lost or corrupted across windows, reloads and a full disk. Each test is the
 * issue's own reproduction, ending in what the student must find.
 */

interface StoredSession {
  id: string;
  status: string;
  result?: { score: number; finishReason: string };
  state: { questions: { chosen: string[] }[] };
}

interface StoredAnswer {
  sessionId: string;
  itemId: string;
}

const sessions = (page: Page) => storedRows<StoredSession>(page, 'drillSessions');
const answerRows = (page: Page) => storedRows<StoredAnswer>(page, 'drillAnswers');
const answeredCount = (session: StoredSession) =>
  session.state.questions.filter((question) => question.chosen.length > 0).length;

/** The notice a window shows when another window owns the drill. */
const elsewhere = (page: Page) => page.getByTestId('drill-elsewhere');

test('two windows never destroy a result: one owns the drill, the other takes it over explicitly', async ({
  context,
}) => {
  test.setTimeout(150_000); // two pages and many steps: slow on a shared machine
  const first = await context.newPage();
  await openFresh(first);
  await startUnshuffled(first);
  await answerByKeyboard(first, seedKey.slice(0, 1));
  await expect.poll(async () => (await sessions(first)).map(answeredCount)).toEqual([1]);

  const second = await context.newPage();
  await second.goto('/#/drill');
  await expect(elsewhere(second)).toContainText('This drill is open in another window');
  await elsewhere(second).getByRole('button', { name: 'Take it over here' }).click();
  await expect(second.getByTestId('paused')).toBeVisible();
  await second.keyboard.press('P');
  await answerByKeyboard(second, seedKey.slice(1, 2), 1);
  await expect(elsewhere(first)).toContainText('This drill is open in another window');

  await elsewhere(first).getByRole('button', { name: 'Take it over here' }).click();
  await expect(first.getByTestId('paused')).toBeVisible();
  await first.keyboard.press('P');
  await answerByKeyboard(first, seedKey.slice(2), 2);
  await expect(first.getByTestId('score')).toHaveText('Score: 7 / 7');

  // Longer than any save rhythm: a window that still thought it owned the drill would have written by now.
  await second.waitForTimeout(3000);
  const [session] = await sessions(first);
  expect(session).toMatchObject({ status: 'finished', result: { score: 7 } });
  const rows = await answerRows(first);
  expect(rows).toHaveLength(7);
  expect(rows.every((row) => row.sessionId === session!.id)).toBe(true);
  await second.reload();
  await expect(second.getByRole('button', { name: 'Start the drill' })).toBeVisible();
  await expect(second.getByTestId('unfinished-drill')).toHaveCount(0);
  await second.getByRole('link', { name: 'History' }).click();
  await expect(second.getByTestId('history-row')).toHaveCount(1);
  await expect(second.getByTestId('history-row')).toContainText('7 / 7 (100%)');
});

test('starting a new drill closes the unfinished one, and resume offers the newest', async ({ page }) => {
  await openFresh(page);
  await startUnshuffled(page);
  await answerByKeyboard(page, seedKey.slice(0, 1));
  await expect.poll(async () => (await sessions(page)).map(answeredCount)).toEqual([1]);
  await page.reload();
  await expect(page.getByTestId('unfinished-drill')).toContainText('1 of 7 answered');

  await startUnshuffled(page);
  await answerByKeyboard(page, seedKey.slice(0, 3));
  await page.keyboard.press('P');
  await expect(page.getByTestId('paused')).toBeVisible();
  await expect
    .poll(async () => (await sessions(page)).map((row) => [row.status, answeredCount(row)]))
    .toContainEqual(['paused', 3]);
  await page.reload();
  await expect(page.getByTestId('unfinished-drill')).toContainText('3 of 7 answered');

  const stored = await sessions(page);
  expect(stored.filter((row) => row.status !== 'finished')).toHaveLength(1);
  const abandoned = stored.find((row) => row.result?.finishReason === 'abandoned');
  expect(abandoned).toMatchObject({ status: 'finished', result: { score: 1 } });
  expect((await answerRows(page)).map((row) => row.sessionId)).toEqual([abandoned!.id]);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByTestId('history-row')).toHaveCount(1);
  await expect(page.getByTestId('history-row')).toContainText('Abandoned');
});

/** The countdown's m:ss in seconds. */
async function countdownSeconds(page: Page): Promise<number> {
  const [minutes, seconds] = (await page.getByTestId('countdown').innerText()).split(':').map(Number);
  return minutes! * 60 + seconds!;
}

test('a reload gives back at most one second of the exam clock', async ({ page }) => {
  await openFresh(page);
  await startUnshuffled(page);
  // Measured from after the drill showed, so `used` is never more than the drill really ran.
  const started = Date.now();
  await page.waitForTimeout(4500);
  const used = (Date.now() - started) / 1000;
  await page.reload();
  await page.getByTestId('unfinished-drill').getByRole('button', { name: 'Back to this drill' }).click();
  await expect(page.getByTestId('paused')).toBeVisible();
  // The countdown rounds up; the drill had at most 600 - used seconds left when the page went away.
  expect(await countdownSeconds(page)).toBeLessThanOrEqual(Math.ceil(600 - used) + 1);
});

test('after a full disk, saving heals by itself and the finished result is kept', async ({ page }) => {
  // The disk is "full" while window.diskFull is true: every IndexedDB write throws QuotaExceededError.
  await page.addInitScript(() => {
    const state = window as unknown as { diskFull: boolean };
    state.diskFull = false;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...values: [unknown, IDBValidKey?]) {
        if (state.diskFull) throw new DOMException('The disk is full (injected)', 'QuotaExceededError');
        return original.apply(this, values);
      };
    }
  });
  await openFresh(page);
  await startUnshuffled(page, 'Practice (no timer)');
  await answerByKeyboard(page, seedKey.slice(0, 6));
  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
  await answerByKeyboard(page, seedKey.slice(6), 6);
  await expect(page.getByTestId('score')).toHaveText('Score: 7 / 7');
  const banner = page.getByTestId('storage-banner');
  await expect(banner).toContainText('The disk is full');
  expect((await sessions(page)).map((row) => row.status)).toEqual(['running']);

  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
  await expect(banner).toHaveCount(0, { timeout: 15_000 });
  await expect.poll(async () => (await sessions(page)).map((row) => row.status)).toEqual(['finished']);
  expect(await answerRows(page)).toHaveLength(7);
  await page.reload();
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByTestId('history-row')).toContainText('7 / 7 (100%)');
});
