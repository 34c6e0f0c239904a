import type { Page } from '@playwright/test';
import { cnnConceptItems } from '../../src/shared/deck/seed/cnn-concepts.ts';
import { drillHistory, studyHistory } from '../fixtures/study-history.ts';

/**
 * Writes a generated study history (test/fixtures/study-history.ts) into the app's database, in the page, after
 * the app has opened it (so its schema exists): the concept deck's cards as the scheduler left them, their
 * review logs and practice attempts, and (unless `drills` is false) the homework's drills, finished about weekly.
 */
export async function storeHistory(
  page: Page,
  days: number,
  { now = Date.now(), drills = true }: { now?: number; drills?: boolean } = {},
): Promise<number> {
  const start = now - days * 86_400_000;
  const drilled = drills ? drillHistory({ seed: 7, start, days }) : { sessions: [], answers: [] };
  const history = studyHistory({
    seed: 7,
    start,
    days,
    cards: 0,
    newPerDay: 4,
    attempts: Math.round(days / 2),
    itemIds: cnnConceptItems.map((item) => item.id),
  });
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('deepdrill');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const database = opening.result;
          const writing = database.transaction(
            ['cards', 'reviewLogs', 'attempts', 'drillSessions', 'drillAnswers'],
            'readwrite',
          );
          for (const card of rows.cards) writing.objectStore('cards').put(card);
          for (const log of rows.logs) writing.objectStore('reviewLogs').put(log);
          for (const attempt of rows.attempts) writing.objectStore('attempts').put(attempt);
          for (const session of rows.sessions) writing.objectStore('drillSessions').put(session);
          for (const answer of rows.answers) writing.objectStore('drillAnswers').put(answer);
          writing.oncomplete = () => {
            database.close();
            resolve();
          };
          writing.onerror = () => reject(writing.error);
        };
      }),
    { ...history, ...drilled },
  );
  return history.logs.length;
}
