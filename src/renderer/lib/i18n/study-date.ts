import type { Language } from '../../../shared/deck/localized-text.ts';
import { calendarDate } from '../../../shared/srs/study-day.ts';

/**
 * A study day as a sentence names it: "12 January", "1月12日" (Intl's own zh-CN form, as GLOSSARY.md says).
 * The day number is already a local date, so it is formatted in UTC.
 */
export function dateLabel(day: number, language: Language): string {
  const { year, month, day: date } = calendarDate(day);
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, date)));
}
