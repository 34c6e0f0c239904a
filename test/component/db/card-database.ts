import { afterEach } from 'vitest';
import { createDatabase, type DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import { installCards } from '../../../src/renderer/lib/db/reviews.ts';
import type { Deck } from '../../../src/shared/deck/deck.ts';
import type { failureInjector } from './write-failure.ts';

/**
 * A fresh database for each test of a file, with `deck`'s cards installed at `now` (and a write-failure injector
 * when given), deleted after the test. Call at the top of a test file; `fresh()` in each test.
 */
export function cardDatabases(name: string, deck: Deck, now: number) {
  let database: DeepDrillDatabase | undefined;
  let counter = 0;
  afterEach(async () => {
    if (!database) return;
    database.close();
    await database.delete();
    database = undefined;
  });
  return async function fresh(injector?: ReturnType<typeof failureInjector>): Promise<DeepDrillDatabase> {
    database = createDatabase(`${name}-${++counter}`);
    if (injector) database.use(injector.middleware);
    await installCards(database, deck, now);
    return database;
  };
}

/** Everything the review tables hold, to compare before and after a write that must leave them alone. */
export async function reviewTables(db: DeepDrillDatabase) {
  return {
    cards: await db.cards.toArray(),
    logs: await db.reviewLogs.toArray(),
    counts: await db.dayCounts.toArray(),
  };
}
