import type { Deck } from '../../../shared/deck/deck.ts';
import { type ReviewCard, cardsForItem } from '../../../shared/srs/card.ts';
import { type DayCounts, countReview, emptyDayCounts } from '../../../shared/srs/day-counts.ts';
import { type DrillAnswer, gradeDrillAnswers } from '../../../shared/srs/drill-feed.ts';
import type { Rating, ReviewLog } from '../../../shared/srs/review-log.ts';
import type { Scheduler } from '../../../shared/srs/scheduler.ts';
import { SrsError } from '../../../shared/srs/srs-error.ts';
import type { DeepDrillDatabase } from './database.ts';

/** What a grading (or its undo) left behind: the card, the log, and the day's counts of the card's deck. */
export interface GradingResult {
  card: ReviewCard;
  log: ReviewLog;
  counts: DayCounts;
}

/**
 * Gives every item of `deck` its cards (one per cloze deletion), in one transaction. Cards that exist keep
 * their progress and only follow the deck's order; cards of items (or deletions) the deck no longer has are
 * removed, their review logs kept as history. Returns how many cards were added. It runs at every start, so
 * it writes only what changed.
 */
export async function installCards(database: DeepDrillDatabase, deck: Deck, now: number): Promise<number> {
  const wanted = deck.items.flatMap((item, position) => cardsForItem(item, deck.id, position, now));
  return database.transaction('rw', database.cards, async () => {
    const existing = new Map(
      (await database.cards.where('deckId').equals(deck.id).toArray()).map((card) => [card.id, card]),
    );
    const wantedIds = new Set(wanted.map((card) => card.id));
    const gone = [...existing.keys()].filter((id) => !wantedIds.has(id));
    // Only new cards and cards whose place moved are written: at an ordinary start, none, and not even an
    // empty write, which Dexie announces as a change to whoever watches (change-watch.ts).
    const changed = wanted.flatMap((card) => {
      const known = existing.get(card.id);
      if (!known) return [card];
      return known.position === card.position ? [] : [{ ...known, position: card.position }];
    });
    if (gone.length > 0) await database.cards.bulkDelete(gone);
    if (changed.length > 0) await database.cards.bulkPut(changed);
    return wanted.filter((card) => !existing.has(card.id)).length;
  });
}

/**
 * Grades a card: the card, its log and the day's counts are written in one transaction, all or nothing
 * (RELIABILITY.md, Data). Throws SrsError('UNKNOWN_CARD') for a card that is not stored.
 */
export async function gradeCard(
  database: DeepDrillDatabase,
  scheduler: Scheduler,
  cardId: string,
  rating: Rating,
  now: number,
  elapsedMs: number,
): Promise<GradingResult> {
  return database.transaction('rw', database.cards, database.reviewLogs, database.dayCounts, async () => {
    const card = await database.cards.get(cardId);
    if (!card) throw new SrsError('UNKNOWN_CARD', `card ${cardId} is not stored`);
    const graded = scheduler.grade(card, rating, now, elapsedMs);
    const counts = countReview(await dayCounts(database, graded.log), graded.log);
    await database.cards.put(graded.card);
    await database.reviewLogs.add(graded.log);
    await database.dayCounts.put(counts);
    return { ...graded, counts };
  });
}

/**
 * Undoes the latest grading made on the review screen (Ctrl+Z), in one transaction: the card as it was,
 * the log deleted, the counts as they were (a day left with nothing counted loses its row, as before).
 * Resolves to what was undone, or undefined when there is nothing to undo.
 */
export async function undoLastGrading(
  database: DeepDrillDatabase,
  scheduler: Scheduler,
): Promise<GradingResult | undefined> {
  return database.transaction('rw', database.cards, database.reviewLogs, database.dayCounts, async () => {
    const log = await database.reviewLogs
      .orderBy('reviewedAt')
      .reverse()
      .filter((entry) => entry.source === 'review')
      .first();
    if (!log) return undefined;
    const card = await database.cards.get(log.cardId);
    if (!card) throw new SrsError('UNKNOWN_CARD', `card ${log.cardId} of log ${log.id} is not stored`);
    const restored = scheduler.undo(card, log);
    const counts = countReview(await dayCounts(database, log), log, -1);
    await database.cards.put(restored);
    await database.reviewLogs.delete(log.id);
    if (isEmpty(counts)) await database.dayCounts.delete([counts.deckId, counts.day]);
    else await database.dayCounts.put(counts);
    return { card: restored, log, counts };
  });
}

/**
 * Feeds a finished drill's answers into the schedule (see gradeDrillAnswers), in one transaction (or the
 * caller's, which saves the drill): the cards, one log per answer, and the counts of every day they fall on.
 * An answer whose item has no card (the student deleted it in Browse) is left out: the drill is still saved.
 */
export async function feedDrillAnswers(
  database: DeepDrillDatabase,
  scheduler: Scheduler,
  answers: readonly DrillAnswer[],
): Promise<ReviewLog[]> {
  return database.transaction('rw', database.cards, database.reviewLogs, database.dayCounts, async () => {
    const itemIds = [...new Set(answers.map((answer) => answer.itemId))];
    const cards = await database.cards.where('itemId').anyOf(itemIds).toArray();
    const carded = new Set(cards.filter((card) => card.cloze === null).map((card) => card.itemId));
    const fed = gradeDrillAnswers(
      scheduler,
      cards,
      answers.filter((answer) => carded.has(answer.itemId)),
    );
    const counts = new Map<string, DayCounts>();
    for (const log of fed.logs) {
      const key = `${log.deckId}\u0000${log.day}`;
      counts.set(key, countReview(counts.get(key) ?? (await dayCounts(database, log)), log));
    }
    await database.cards.bulkPut(fed.cards);
    await database.reviewLogs.bulkAdd(fed.logs);
    await database.dayCounts.bulkPut([...counts.values()]);
    return fed.logs;
  });
}

/** The stored counts of a log's deck and day, or empty ones. */
async function dayCounts(database: DeepDrillDatabase, log: ReviewLog): Promise<DayCounts> {
  return (await database.dayCounts.get([log.deckId, log.day])) ?? emptyDayCounts(log.deckId, log.day);
}

function isEmpty(counts: DayCounts): boolean {
  const { newCards, reviews, learning, timeMs, ratings } = counts;
  return [newCards, reviews, learning, timeMs, ...Object.values(ratings)].every((count) => count === 0);
}
