import type { ReviewLog } from '../srs/review-log.ts';
import { passed, reviewKind } from './review-kind.ts';

/** The rows of Anki's true retention table. */
export type RetentionPeriod = 'today' | 'yesterday' | 'week' | 'month' | 'year' | 'all';

export const retentionPeriods: readonly RetentionPeriod[] = [
  'today',
  'yesterday',
  'week',
  'month',
  'year',
  'all',
];

export interface PassCount {
  passed: number;
  failed: number;
  /** passed / (passed + failed), or null with no reviews. */
  rate: number | null;
}

export interface RetentionRow {
  period: RetentionPeriod;
  young: PassCount;
  mature: PassCount;
  total: PassCount;
}

function count(passedCount: number, failedCount: number): PassCount {
  const all = passedCount + failedCount;
  return { passed: passedCount, failed: failedCount, rate: all === 0 ? null : passedCount / all };
}

/** The first study day of each period, ending today (a week is the last 7 days, today included). */
function periodStart(period: RetentionPeriod, today: number): number {
  switch (period) {
    case 'today':
      return today;
    case 'yesterday':
      return today - 1;
    case 'week':
      return today - 6;
    case 'month':
      return today - 29;
    case 'year':
      return today - 364;
    case 'all':
      return Number.NEGATIVE_INFINITY;
  }
}

/**
 * True retention (Anki's table, after the "True Retention" add-on): the share of reviews of cards in long-term
 * review that were not Again, for young (interval under 21 days) and mature cards, per period. Learning and
 * relearning steps are left out: they measure the steps, not memory over an interval.
 */
export function trueRetention(
  logs: readonly ReviewLog[],
  dayOf: (time: number) => number,
  today: number,
): RetentionRow[] {
  type Tally = Record<'young' | 'mature', { passed: number; failed: number }>;
  const tallies: Tally[] = retentionPeriods.map(() => ({
    young: { passed: 0, failed: 0 },
    mature: { passed: 0, failed: 0 },
  }));
  for (const log of logs) {
    const kind = reviewKind(log);
    if (kind !== 'young' && kind !== 'mature') continue;
    const day = dayOf(log.reviewedAt);
    if (day > today) continue;
    const outcome = passed(log) ? 'passed' : 'failed';
    retentionPeriods.forEach((period, index) => {
      const inPeriod = period === 'yesterday' ? day === today - 1 : day >= periodStart(period, today);
      if (inPeriod) tallies[index]![kind][outcome] += 1;
    });
  }
  return retentionPeriods.map((period, index) => {
    const { young, mature } = tallies[index]!;
    return {
      period,
      young: count(young.passed, young.failed),
      mature: count(mature.passed, mature.failed),
      total: count(young.passed + mature.passed, young.failed + mature.failed),
    };
  });
}
