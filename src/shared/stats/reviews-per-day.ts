import type { ReviewLog } from '../srs/review-log.ts';
import { reviewKind, reviewKinds, type ReviewKind } from './review-kind.ts';
import { dayRange } from './stats-clock.ts';

export interface ReviewDay {
  day: number;
  counts: Record<ReviewKind, number>;
  /** Time spent per kind, in ms. */
  timeMs: Record<ReviewKind, number>;
}

export interface ReviewsPerDay {
  days: ReviewDay[];
  total: number;
  totalTimeMs: number;
  /** Days in the range with at least one review. */
  daysStudied: number;
}

const zero = (): Record<ReviewKind, number> => ({ learning: 0, relearning: 0, young: 0, mature: 0 });

/**
 * Reviews per day from `first` to `last` (both included, days without reviews as zeros), split by the kind of
 * review, with the time spent (Anki's "Reviews" graph). `dayOf` gives a log's day (stats-clock.ts).
 */
export function reviewsPerDay(
  logs: readonly ReviewLog[],
  dayOf: (time: number) => number,
  first: number,
  last: number,
): ReviewsPerDay {
  const days = dayRange(first, last).map((day): ReviewDay => ({ day, counts: zero(), timeMs: zero() }));
  let total = 0;
  let totalTimeMs = 0;
  for (const log of logs) {
    const day = dayOf(log.reviewedAt);
    if (day < first || day > last) continue;
    const entry = days[day - first]!;
    const kind = reviewKind(log);
    entry.counts[kind] += 1;
    entry.timeMs[kind] += log.elapsedMs;
    total += 1;
    totalTimeMs += log.elapsedMs;
  }
  const daysStudied = days.filter((entry) => reviewKinds.some((kind) => entry.counts[kind] > 0)).length;
  return { days, total, totalTimeMs, daysStudied };
}
