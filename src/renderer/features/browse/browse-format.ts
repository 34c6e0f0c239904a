import type { ReviewCard } from '../../../shared/srs/card.ts';
import { srsMessages } from '../../../shared/srs/messages.ts';
import { formatDecimal, formatText, type Locale } from '../../lib/i18n/locale.svelte.ts';

/** Date formats kept per language and style: making one per cell costs ~1 ms each in Chromium. */
const dateFormats: Record<string, Intl.DateTimeFormat> = {};

function dateFormat(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  return (dateFormats[`${locale}:${withTime}`] ??= new Intl.DateTimeFormat(
    locale === 'zh' ? 'zh-CN' : 'en-US',
    withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
  ));
}

/** A moment as the locale writes a date and time (zh-CN keeps Intl's own form: 2026年12月2日 14:30). */
export function formatMoment(time: number, locale: Locale): string {
  return dateFormat(locale, true).format(time);
}

/** A day as the locale writes a date (2026年12月14日, Dec 14, 2026): the table has no room for the time. */
export function formatDate(time: number, locale: Locale): string {
  return dateFormat(locale, false).format(time);
}

/** Difficulty (1–10) with one decimal, or a dash for a new card, which has none yet. */
export function formatDifficulty(card: ReviewCard, locale: Locale): string {
  return card.state === 'new' ? '—' : formatDecimal(card.difficulty, locale, 1);
}

/** Stability in days (`12.5 天`, `12.5 d`), or a dash for a new card. */
export function formatStability(card: ReviewCard, locale: Locale): string {
  if (card.state === 'new') return '—';
  const value = formatDecimal(card.stability, locale, 1);
  return formatText(srsMessages.intervals.days[locale], { value }, locale);
}

/** Seconds spent on a review, one decimal (`4.2 s`). */
export function formatSeconds(milliseconds: number, locale: Locale): string {
  const seconds = formatDecimal(milliseconds / 1000, locale, 1);
  return locale === 'zh' ? `${seconds} 秒` : `${seconds} s`;
}
