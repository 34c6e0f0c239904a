/** The units an interval is shown in under the answer buttons. */
export type IntervalUnit = 'minutes' | 'hours' | 'days' | 'months' | 'years';

export const intervalUnits: readonly IntervalUnit[] = ['minutes', 'hours', 'days', 'months', 'years'];

/**
 * An interval as a value and a unit, in Anki's steps: minutes below an hour, hours below a day, days below a
 * month (30 days), months below a year (365 days), then years; months and years keep one decimal. The
 * catalogue words it (srsMessages.intervals).
 */
export function intervalParts(intervalMs: number): { value: number; unit: IntervalUnit } {
  const minutes = Math.max(0, intervalMs) / 60_000;
  if (minutes < 60) return { value: Math.max(1, Math.round(minutes)), unit: 'minutes' };
  const hours = minutes / 60;
  if (hours < 24) return { value: Math.round(hours), unit: 'hours' };
  const days = hours / 24;
  if (days < 30) return { value: Math.round(days), unit: 'days' };
  if (days < 365) return { value: Math.round((days / 30) * 10) / 10, unit: 'months' };
  return { value: Math.round((days / 365) * 10) / 10, unit: 'years' };
}
