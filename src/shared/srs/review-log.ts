import type { Schedule } from './card.ts';

/** The four answer buttons (keys 1–4), in Anki's order: 重来、困难、良好、简单. */
export type Rating = 'again' | 'hard' | 'good' | 'easy';

export const ratings: readonly Rating[] = ['again', 'hard', 'good', 'easy'];

/** Where a grading came from: the review screen, or an answer in a timed drill. */
export type ReviewSource = 'review' | 'drill';

/**
 * One grading, complete enough that charts (reviews and time per day, intervals, retention, answer buttons)
 * and undo are built from the log alone: the schedule before and after, the rating, the time spent.
 */
export interface ReviewLog {
  /** `cardId@reviewedAt`: a card is graded at most once per millisecond. */
  id: string;
  cardId: string;
  itemId: string;
  deckId: string;
  rating: Rating;
  source: ReviewSource;
  reviewedAt: number;
  /** The study day of `reviewedAt` (see study-day.ts). */
  day: number;
  /** How long the student spent on the card, in ms. */
  elapsedMs: number;
  before: Schedule;
  after: Schedule;
}
