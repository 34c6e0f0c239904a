import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { answerByKeyboard, seedKey, startUnshuffled } from './drill-page.ts';

/** Every row of every table of the app's database, read in the page with plain IndexedDB, by table name. */
export async function allRows(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const opening = indexedDB.open('deepdrill');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const database = opening.result;
          const names = [...database.objectStoreNames];
          const transaction = database.transaction(names);
          const tables: Record<string, unknown[]> = {};
          for (const name of names) {
            const reading = transaction.objectStore(name).getAll();
            reading.onsuccess = () => (tables[name] = reading.result);
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(tables);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

/** Empties every table of the app's database, as a lost or broken database would leave it. */
export async function wipe(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('deepdrill');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const database = opening.result;
          const names = [...database.objectStoreNames];
          const transaction = database.transaction(names, 'readwrite');
          for (const name of names) transaction.objectStore(name).clear();
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

/** The card Review shows. */
function expectCard(page: Page, cardId: string) {
  return expect(page.getByTestId('review-card')).toHaveAttribute('data-card', cardId);
}

/**
 * What a student does in a first session, so that every table has rows: reviews three cards (a cloze Good,
 * the homework's first MCQ answered right, the homework's first problem finished unanswered, which is Again)
 * and finishes a drill of the homework's questions.
 */
export async function studyALittle(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Review' }).click();
  await expectCard(page, 'cnn-sigmoid-definition#c1');
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expectCard(page, 'hw2-mcq-1');
  await page.keyboard.press('b');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('mcq-rating')).toBeVisible();
  await page.keyboard.press('Enter');
  // The decks take turns: a problem card follows the homework question (the cloze's sibling is buried).
  await expectCard(page, 'problem:homework-1');
  await expect(page.getByTestId('practice-problem')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('practice-rating')).toContainText('Again');
  await expect.poll(async () => (await allRows(page)).reviewLogs?.length).toBe(3);
  await expect.poll(async () => (await allRows(page)).attempts?.length).toBe(1);
  await page.getByRole('link', { name: 'Drill' }).click();
  await startUnshuffled(page, 'Practice (no timer)');
  await answerByKeyboard(page, seedKey);
  await expect(page.getByTestId('score')).toHaveText('Score: 7 / 7');
  await expect.poll(async () => (await allRows(page)).drillAnswers?.length).toBe(7);
}

/** Downloads the newest kept backup through the screen's Download button; its bytes. */
export async function downloadNewest(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByTestId('backup-row')
      .first()
      .getByRole('button', { name: /^Download/ })
      .click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^deepdrill-\d{4}-\d{2}-\d{2}-\d{4}\.deepdrill$/);
  return readFile((await download.path())!);
}
