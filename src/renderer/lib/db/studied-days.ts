import { nextDayStart, studyDay, type StudyClock } from '../../../shared/srs/study-day.ts';
import type { DeepDrillDatabase } from './database.ts';

/** The tables studiedDays reads. */
const studiedDayTables = ['reviewLogs', 'attempts', 'drillSessions'];

/**
 * The study days with anything studied: a grading, a practice attempt or a finished drill, the events the
 * Stats screen's calendar counts (stats-report.ts), so Today's streak and the Stats screen's agree.
 *
 * Read from index keys with cursors that jump to the next study day once a day is found, so a year of study
 * costs about one step per day studied. Chromium walks every entry for IndexedDB's own `nextunique` (Dexie's
 * `uniqueKeys`): a year of 100,000 logs took 700-970 ms that way, ~115 ms this way; and a walk over 10,000
 * attempts' keys ~280 ms, ~50 ms this way. Every start's Today waits for it.
 *
 * In a read-only transaction of its own, not the caller's: Dexie commits a transaction early when its scope
 * waits on IndexedDB work it did not start.
 */
export async function studiedDays(database: DeepDrillDatabase, clock: StudyClock): Promise<Set<number>> {
  // Dexie opens the database at its first read; this one goes round Dexie, so it opens it itself.
  if (!database.isOpen()) await database.open();
  const days = new Set<number>();
  const transaction = database.backendDB().transaction(studiedDayTables, 'readonly');
  // A log's `day` index is its study day; the next one to look for is the day after.
  skipThrough(transaction.objectStore('reviewLogs').index('day'), (day) => {
    days.add(day);
    return day + 1;
  });
  // Only a finished drill has a finishing time (drills.ts's writeFinished).
  for (const table of ['attempts', 'drillSessions'])
    skipThrough(transaction.objectStore(table).index('finishedAt'), (time) => {
      days.add(studyDay(time, clock));
      return nextDayStart(time, clock);
    });
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve(days);
    transaction.onabort = () => reject(transaction.error ?? new Error('the study days could not be read'));
  });
}

/** Walks an index's keys, from each key found on to the key `next` names (or the following one). */
function skipThrough(index: IDBIndex, next: (key: number) => number): void {
  const request = index.openKeyCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) return;
    const key = cursor.key as number;
    const target = next(key);
    if (target > key) cursor.continue(target);
    else cursor.continue();
  };
}
