import type { Page } from '@playwright/test';

/**
 * Every row of one of the app's IndexedDB tables (lib/db/schema.ts), read in the page. The app saves after each
 * change, but asynchronously: a reload in the same instant can abort that write (as closing the window within
 * milliseconds would), so a test that reloads first waits, with expect.poll, for the write it means to keep.
 */
export async function storedRows<Row>(
  page: Page,
  table: 'settings' | 'drillSessions' | 'drillAnswers',
): Promise<Row[]> {
  return page.evaluate(
    (name) =>
      new Promise<Row[]>((resolve, reject) => {
        const opening = indexedDB.open('deepdrill');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const database = opening.result;
          const reading = database.transaction(name).objectStore(name).getAll();
          reading.onerror = () => reject(reading.error);
          reading.onsuccess = () => {
            database.close();
            resolve(reading.result as Row[]);
          };
        };
      }),
    table,
  );
}
