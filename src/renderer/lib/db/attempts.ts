import type { PracticeAttempt } from '../../../shared/problems/attempt.ts';
import { cardId } from '../../../shared/srs/card.ts';
import type { Scheduler } from '../../../shared/srs/scheduler.ts';
import type { DeepDrillDatabase } from './database.ts';
import { type GradingResult, gradeCard } from './reviews.ts';

/**
 * Saves a graded attempt and, when it gave its skill a rating (a scheduled review), grades the skill's card
 * with that rating and the time spent, in one transaction: the attempt, the card, its log and the day's counts
 * are all written or none is (RELIABILITY.md, Data). The grading is lib/db/reviews.ts's own transaction, run
 * inside this one. Resolves to the grading, or null for free practice (rating null). Throws
 * SrsError('UNKNOWN_CARD') when the skill has no card; then nothing is saved.
 */
export async function saveAttempt(
  database: DeepDrillDatabase,
  scheduler: Scheduler,
  attempt: PracticeAttempt,
): Promise<GradingResult | null> {
  const tables = [database.attempts, database.cards, database.reviewLogs, database.dayCounts];
  return database.transaction('rw', tables, async () => {
    await database.attempts.add(attempt);
    if (attempt.rating === null) return null;
    return gradeCard(
      database,
      scheduler,
      cardId(attempt.itemId, null),
      attempt.rating,
      attempt.finishedAt,
      attempt.elapsedMs,
    );
  });
}

/**
 * The credit of each item's latest attempt, by item id (the Practice list's mastery). Items never attempted are
 * absent. Reads the `itemId` index one item at a time, so years of attempts of other items are not loaded.
 */
export async function latestCredits(
  database: DeepDrillDatabase,
  itemIds: readonly string[],
): Promise<Map<string, number>> {
  return database.transaction('r', database.attempts, async () => {
    const credits = new Map<string, number>();
    for (const itemId of itemIds) {
      const attempts = await database.attempts.where('itemId').equals(itemId).sortBy('finishedAt');
      const latest = attempts.at(-1);
      if (latest) credits.set(itemId, latest.credit);
    }
    return credits;
  });
}
