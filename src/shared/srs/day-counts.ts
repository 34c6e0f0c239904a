import type { CardState } from './card.ts';
import type { Rating, ReviewLog } from './review-log.ts';
import { SrsError } from './srs-error.ts';

/**
 * What one deck did on one study day: the counts the daily limits read and Today shows. A grading adds to
 * them, its undo takes the same amounts away again, so both are computed from the log alone.
 */
export interface DayCounts {
  deckId: string;
  day: number;
  /** Cards first seen today (graded while new): what the new-card limit counts. */
  newCards: number;
  /** Gradings of review-state cards: what the review limit counts. */
  reviews: number;
  /** Gradings of cards in their (re)learning steps. */
  learning: number;
  timeMs: number;
  ratings: Record<Rating, number>;
}

export function emptyDayCounts(deckId: string, day: number): DayCounts {
  return {
    deckId,
    day,
    newCards: 0,
    reviews: 0,
    learning: 0,
    timeMs: 0,
    ratings: { again: 0, hard: 0, good: 0, easy: 0 },
  };
}

const countedAs: Record<CardState, 'newCards' | 'reviews' | 'learning'> = {
  new: 'newCards',
  review: 'reviews',
  learning: 'learning',
  relearning: 'learning',
};

/** The counts with `log` added (sign 1) or taken away (sign -1, for undo). Other days' logs are refused. */
export function countReview(counts: DayCounts, log: ReviewLog, sign: 1 | -1 = 1): DayCounts {
  if (log.day !== counts.day || log.deckId !== counts.deckId)
    throw new SrsError(
      'COUNTS_MISMATCH',
      `log ${log.id} (deck ${log.deckId}, day ${log.day}) is not of deck ${counts.deckId}, day ${counts.day}`,
    );
  const kind = countedAs[log.before.state];
  const next = { ...counts, ratings: { ...counts.ratings } };
  next[kind] += sign;
  next.timeMs += sign * log.elapsedMs;
  next.ratings[log.rating] += sign;
  return next;
}

/** The day's counts rebuilt from its logs (what a repair or a chart does; countReview keeps them current). */
export function countsFromLogs(deckId: string, day: number, logs: readonly ReviewLog[]): DayCounts {
  return logs
    .filter((log) => log.deckId === deckId && log.day === day)
    .reduce((counts, log) => countReview(counts, log), emptyDayCounts(deckId, day));
}
