import type { ReviewCard } from '../../../shared/srs/card.ts';
import type { DayCounts } from '../../../shared/srs/day-counts.ts';
import type { ReviewLog } from '../../../shared/srs/review-log.ts';
import type { DeepDrillDatabase } from './database.ts';
import { cardsOfDecks } from './deck-cards.ts';
import { plannedOn } from './exam-plans.ts';

/**
 * What a review session's queue is built from: the decks' cards, their counts for study day `day`, and the
 * cards the exam plans give that day.
 */
export async function loadSessionCards(
  database: DeepDrillDatabase,
  deckIds: readonly string[],
  day: number,
): Promise<{ cards: ReviewCard[]; counts: DayCounts[]; planned: Set<string> }> {
  return database.transaction('r', database.cards, database.dayCounts, database.settings, async () => {
    const cards = await cardsOfDecks(database, deckIds);
    const counts = await database.dayCounts.bulkGet(deckIds.map((deckId): [string, number] => [deckId, day]));
    const planned = await plannedOn(database, day);
    return { cards, counts: counts.filter((entry) => entry !== undefined), planned };
  });
}

/** Every grading of one item (an MCQ's usual time is read from them: usualTimeMs). */
export async function itemReviewLogs(database: DeepDrillDatabase, itemId: string): Promise<ReviewLog[]> {
  return database.reviewLogs.where('itemId').equals(itemId).toArray();
}
