/** The range selector's choices (Anki's 1 month, 3 months, 1 year, all history). */
export type StatsRange = 'month' | 'quarter' | 'year' | 'all';

export const statsRanges: readonly StatsRange[] = ['month', 'quarter', 'year', 'all'];

const rangeDays: Readonly<Record<Exclude<StatsRange, 'all'>, number>> = { month: 30, quarter: 91, year: 365 };

/**
 * The first study day a range shows, ending today: the last 30, 91 or 365 days, or from the first day with
 * data (`firstDay`, null with none: then today alone).
 */
export function rangeStart(range: StatsRange, today: number, firstDay: number | null): number {
  if (range === 'all') return Math.min(firstDay ?? today, today);
  return today - rangeDays[range] + 1;
}

/**
 * The width of a time bucket for series over a range (accuracy, mistakes): days for a month, weeks for three
 * months, months (30 days) beyond, so a chart keeps a readable number of points.
 */
export function bucketDays(firstDay: number, today: number): number {
  const span = today - firstDay + 1;
  if (span <= 31) return 1;
  if (span <= 182) return 7;
  return 30;
}
