import type { ReviewCard } from '../../../shared/srs/card.ts';
import type { DeepDrillDatabase } from './database.ts';
import { studiedDays, studiedDayTables } from './studied-days.ts';

/** What Today's small forecast and streak read: the decks' cards, and the study days (studied-days.ts). */
export interface ProgressRows {
  cards: ReviewCard[];
  studiedDays: Set<number>;
}

/**
 * Reads them in one transaction without loading the history: the cards by the `deckId` index, the study days
 * from index keys alone. `dayOf` is the study day of a moment.
 */
export async function loadProgressRows(
  database: DeepDrillDatabase,
  deckIds: readonly string[],
  dayOf: (time: number) => number,
): Promise<ProgressRows> {
  return database.transaction('r', [database.cards, ...studiedDayTables(database)], async () => {
    const [cards, days] = await Promise.all([
      database.cards.where('deckId').anyOf(deckIds).toArray(),
      studiedDays(database, dayOf),
    ]);
    return { cards, studiedDays: days };
  });
}
