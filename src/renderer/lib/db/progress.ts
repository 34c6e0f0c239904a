import type { ReviewCard } from '../../../shared/srs/card.ts';
import type { DeepDrillDatabase } from './database.ts';

/** What Today's small forecast and streak read: the decks' cards, and the study days with a review. */
export interface ProgressRows {
  cards: ReviewCard[];
  studiedDays: number[];
}

/**
 * Reads them in one transaction without loading the history: the cards by the `deckId` index, the study days
 * from the logs' `day` index keys alone (a year of logs costs no more than its days).
 */
export async function loadProgressRows(
  database: DeepDrillDatabase,
  deckIds: readonly string[],
): Promise<ProgressRows> {
  return database.transaction('r', [database.cards, database.reviewLogs], async () => {
    const [cards, days] = await Promise.all([
      database.cards.where('deckId').anyOf(deckIds).toArray(),
      database.reviewLogs.orderBy('day').uniqueKeys(),
    ]);
    return { cards, studiedDays: days as number[] };
  });
}
