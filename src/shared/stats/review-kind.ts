import type { ReviewLog } from '../srs/review-log.ts';

/**
 * What kind of review a grading was, by the card's state before it (Anki's Learn, Relearn, Young, Mature):
 * a review-state card is young while its interval is under 21 days, mature from 21 on (Anki's threshold).
 */
export type ReviewKind = 'learning' | 'relearning' | 'young' | 'mature';

export const reviewKinds: readonly ReviewKind[] = ['learning', 'relearning', 'young', 'mature'];

/** Anki's mature threshold: an interval of 21 days or more. */
export const matureDays = 21;

export function reviewKind(log: ReviewLog): ReviewKind {
  const before = log.before;
  if (before.state === 'new' || before.state === 'learning') return 'learning';
  if (before.state === 'relearning') return 'relearning';
  return before.scheduledDays >= matureDays ? 'mature' : 'young';
}

/** A grading passed unless it was Again (Anki's true retention counts Hard as a pass). */
export function passed(log: ReviewLog): boolean {
  return log.rating !== 'again';
}
