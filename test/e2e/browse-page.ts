import { expect, type Page } from '@playwright/test';

/** When the injected reviews happened and when the studied card is due next (fixed, so screenshots are stable). */
export const studiedAt = [Date.UTC(2026, 10, 20, 1), Date.UTC(2026, 10, 24, 1)];
export const studiedDue = Date.UTC(2026, 11, 14, 1);

/**
 * Gives `hw2-mcq-2` (the BN question) two past reviews, as the review screen would have stored them: the card
 * in review with its FSRS numbers, and its two logs. Written straight into IndexedDB, since this branch has no
 * review screen to study with; the app must have installed the cards first (it does at start).
 */
export async function studyBatchNormCard(page: Page): Promise<void> {
  await expect(page.getByRole('link', { name: /Browse|浏览/ })).toBeVisible();
  await page.evaluate(
    ([first, second, due]) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('deepdrill');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const database = opening.result;
          const transaction = database.transaction(['cards', 'reviewLogs'], 'readwrite');
          const cards = transaction.objectStore('cards');
          const reading = cards.get('hw2-mcq-2');
          reading.onsuccess = () => {
            const card = reading.result as Record<string, unknown>;
            const schedule = (state: string, at: number, next: number, stability: number, reps: number) => ({
              state,
              due: next,
              stability,
              difficulty: 5.3,
              scheduledDays: Math.round((next - at) / 86_400_000),
              learningSteps: 0,
              reps,
              lapses: 0,
              lastReview: at,
            });
            const fresh = { ...(card as object), state: 'new', due: first, stability: 0, difficulty: 0 };
            const afterFirst = schedule('review', first!, second!, 3.2, 1);
            const afterSecond = schedule('review', second!, due!, 19.6, 2);
            cards.put({ ...card, ...afterSecond });
            const logs = transaction.objectStore('reviewLogs');
            const log = (at: number, rating: string, before: object, after: object) => ({
              id: `hw2-mcq-2@${at}`,
              cardId: 'hw2-mcq-2',
              itemId: 'hw2-mcq-2',
              deckId: 'homework2',
              rating,
              source: 'review',
              reviewedAt: at,
              day: Math.floor(at / 86_400_000),
              elapsedMs: 8400,
              before,
              after,
            });
            logs.put(log(first!, 'good', fresh, afterFirst));
            logs.put(log(second!, 'easy', afterFirst, afterSecond));
          };
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [...studiedAt, studiedDue],
  );
}

/** Opens Browse from the navigation (Browse reads the stored cards when it opens). */
export async function openBrowse(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^(Browse|浏览)$/ }).click();
  await expect(page.getByTestId('browse-screen')).toBeVisible();
  await expect(page.getByTestId('browse-row').first()).toBeVisible();
}
