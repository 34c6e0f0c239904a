import type { ReviewCard } from './card.ts';
import { isAvailable } from './card-actions.ts';
import { type DayCounts, emptyDayCounts } from './day-counts.ts';
import { isLearning, todayQueue } from './queue.ts';
import type { ReviewLog } from './review-log.ts';
import type { SrsSettings } from './settings.ts';
import { nextDayStart, studyDay } from './study-day.ts';

/** One deck's line on Today: learning cards still due today, and reviews and new cards within the limits. */
export interface DeckToday {
  deckId: string;
  learning: number;
  reviews: number;
  fresh: number;
}

export interface TodayNumbers {
  decks: DeckToday[];
  /** The estimated minutes for all of today's cards, rounded up. */
  minutes: number;
  /** Study days in a row with at least one grading, up to today (or yesterday while today has none yet). */
  streak: number;
}

/** The time a card takes when the log has nothing yet: 30 s, a cautious guess for a card with math on it. */
export const defaultCardMs = 30_000;

/**
 * What Today needs from the review history, so it need not read every log: the mean time a card takes in a
 * day (meanCardMs over recent logs) and the study days with at least one grading (for the streak).
 */
export interface ReviewHistory {
  cardMs: number;
  studiedDays: ReadonlySet<number>;
}

/** The history as read from logs at hand (all of them, or a recent window for the mean). */
export function historyOf(logs: readonly ReviewLog[]): ReviewHistory {
  return { cardMs: meanCardMs(logs), studiedDays: new Set(logs.map((log) => log.day)) };
}

/**
 * Today's numbers for the decks `deckIds`. `counts` are today's counts per deck (missing: nothing done yet).
 * Learning cards count if due before the next study day, not only those due now; `planned` are the cards the
 * exam plans give today (todayQueue).
 */
export function todayNumbers(
  deckIds: readonly string[],
  cards: readonly ReviewCard[],
  counts: readonly DayCounts[],
  history: ReviewHistory,
  now: number,
  settings: SrsSettings,
  planned: ReadonlySet<string> = new Set(),
): TodayNumbers {
  const today = studyDay(now, settings);
  const tomorrow = nextDayStart(now, settings);
  const decks = deckIds.map((deckId): DeckToday => {
    const deckCounts =
      counts.find((entry) => entry.deckId === deckId && entry.day === today) ?? emptyDayCounts(deckId, today);
    const queue = todayQueue(cards, deckCounts, now, settings, planned);
    const learning = cards.filter(
      (card) => card.deckId === deckId && isLearning(card) && isAvailable(card, now) && card.due < tomorrow,
    ).length;
    return { deckId, learning, reviews: queue.reviews.length, fresh: queue.fresh.length };
  });
  const cardsToday = decks.reduce((sum, deck) => sum + deck.learning + deck.reviews + deck.fresh, 0);
  return {
    decks,
    minutes: Math.ceil((cardsToday * history.cardMs) / 60_000),
    streak: streak(history.studiedDays, today),
  };
}

/**
 * The mean time a card takes in one day: a card's gradings on one study day (a new card's learning steps
 * included) summed, averaged over every (card, day) in the log. `defaultCardMs` when the log is empty.
 */
export function meanCardMs(logs: readonly ReviewLog[]): number {
  const perCardDay = new Map<string, number>();
  for (const log of logs) {
    const key = `${log.cardId}\u0000${log.day}`;
    perCardDay.set(key, (perCardDay.get(key) ?? 0) + log.elapsedMs);
  }
  if (perCardDay.size === 0) return defaultCardMs;
  return [...perCardDay.values()].reduce((sum, time) => sum + time, 0) / perCardDay.size;
}

/** Consecutive study days with a grading, ending today, or yesterday when today has none yet. */
export function streak(studiedDays: ReadonlySet<number>, today: number): number {
  let day = studiedDays.has(today) ? today : today - 1;
  let count = 0;
  while (studiedDays.has(day)) {
    count += 1;
    day -= 1;
  }
  return count;
}
