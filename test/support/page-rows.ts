import type { Page } from '@playwright/test';

/** Globals the page script below uses (it is checked with Node's types too: bench/ imports it). */
interface PageGlobals {
  indexedDB: {
    open(name: string): {
      result: IdbDatabase;
      error: unknown;
      onsuccess: (() => void) | null;
      onerror: (() => void) | null;
    };
  };
}

interface IdbDatabase {
  transaction(
    stores: string[],
    mode: 'readwrite',
    options: { durability: 'relaxed' },
  ): {
    objectStore(name: string): { put(row: unknown): void };
    oncomplete: (() => void) | null;
    onerror: (() => void) | null;
    onabort: (() => void) | null;
    error: unknown;
  };
  close(): void;
}

/**
 * Puts rows into the app's IndexedDB tables in the page, once the app has opened its database (so the schema
 * exists), one transaction per call: the Stats bench's history and the e2e tests' study histories. Each row costs
 * a round trip to the browser's storage (about 0.3 ms here, whatever its size), so a history is written as few
 * calls of many rows, without the fsync a student's writes get (relaxed durability: a crash loses a test's copy).
 */
export async function putRows(page: Page, rows: Record<string, readonly unknown[]>): Promise<void> {
  // Sent as one JSON string: Playwright serializes a string far faster than 10,000 nested objects.
  await page.evaluate(
    (json) =>
      new Promise<void>((resolve, reject) => {
        const tables = JSON.parse(json) as Record<string, unknown[]>;
        const opening = (globalThis as unknown as PageGlobals).indexedDB.open('deepdrill');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const database = opening.result;
          const writing = database.transaction(Object.keys(tables), 'readwrite', { durability: 'relaxed' });
          writing.oncomplete = () => {
            database.close();
            resolve();
          };
          writing.onerror = () => reject(writing.error);
          writing.onabort = () => reject(writing.error ?? new Error('the write was aborted'));
          try {
            for (const [name, list] of Object.entries(tables))
              for (const row of list) writing.objectStore(name).put(row);
          } catch (error) {
            database.close();
            reject(error);
          }
        };
      }),
    JSON.stringify(rows),
  );
}
