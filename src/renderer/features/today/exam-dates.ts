import { calendarDate } from '../../../shared/srs/study-day.ts';

/** A study day as a date field's value: `2027-01-12`. */
export function isoDate(day: number): string {
  const { year, month, day: date } = calendarDate(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** A study day as the plan names it: "12 January", "1月12日" (shared with the Stats screen). */
export { dateLabel } from '../../lib/i18n/study-date.ts';
