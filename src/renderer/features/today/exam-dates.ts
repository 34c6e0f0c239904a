import type { Language } from '../../../shared/deck/localized-text.ts';
import { calendarDate } from '../../../shared/srs/study-day.ts';

/** A study day as a date field's value: `2027-01-12`. */
export function isoDate(day: number): string {
  const { year, month, day: date } = calendarDate(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** A study day as the plan names it: "12 January", "1月12日" (Intl's own zh-CN form, as GLOSSARY.md says). */
export function dateLabel(day: number, language: Language): string {
  const { year, month, day: date } = calendarDate(day);
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, date)));
}
