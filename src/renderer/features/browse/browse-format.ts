import type { ReviewCard } from '../../../shared/srs/card.ts';
import { srsMessages } from '../../../shared/srs/messages.ts';
import { formatText, type Locale } from '../../lib/i18n/locale.svelte.ts';

const numberLocale = (locale: Locale): string => (locale === 'zh' ? 'zh-CN' : 'en-US');

/** A moment as the locale writes a date and time (zh-CN keeps Intl's own form: 2026年12月2日 14:30). */
export function formatMoment(time: number, locale: Locale): string {
  return new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(
    time,
  );
}

/** A day as the locale writes a date (2026年12月14日, Dec 14, 2026): the table has no room for the time. */
export function formatDate(time: number, locale: Locale): string {
  return new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: 'medium' }).format(time);
}

/** Difficulty (1–10) with one decimal, or a dash for a new card, which has none yet. */
export function formatDifficulty(card: ReviewCard, locale: Locale): string {
  return card.state === 'new'
    ? '—'
    : card.difficulty.toLocaleString(numberLocale(locale), { maximumFractionDigits: 1 });
}

/** Stability in days (`12.5 天`, `12.5 d`), or a dash for a new card. */
export function formatStability(card: ReviewCard, locale: Locale): string {
  if (card.state === 'new') return '—';
  const value = card.stability.toLocaleString(numberLocale(locale), { maximumFractionDigits: 1 });
  return formatText(srsMessages.intervals.days[locale], { value }, locale);
}

/** Seconds spent on a review, one decimal (`4.2 s`). */
export function formatSeconds(milliseconds: number, locale: Locale): string {
  const seconds = (milliseconds / 1000).toLocaleString(numberLocale(locale), { maximumFractionDigits: 1 });
  return locale === 'zh' ? `${seconds} 秒` : `${seconds} s`;
}
