import {
  fillTemplate,
  languages,
  type Language,
  type LocalizedText,
} from '../../../shared/deck/localized-text.ts';

/** The languages of the UI. Chinese is the homework's language and the default. */
export type Locale = Language;
export const locales: readonly Locale[] = languages;
export type { LocalizedText };

export function isLocale(value: unknown): value is Locale {
  return value === 'zh' || value === 'en';
}

/**
 * One number format per language and digits (`en:`, `zh:2`, `zh:max1`), made on first use: `toLocaleString(locale)`
 * makes a new one at each call, ~1 ms in Chromium (a dozen numbers in the calculator's receptive-field view took
 * 10 ms). Keyed by a short string, as table cells ask for them by the hundred. A cache, not state: a plain object,
 * not a SvelteMap.
 */
const numberFormats: Record<string, Intl.NumberFormat> = {};

function numberFormat(
  locale: Locale,
  key: string,
  options: () => Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return (numberFormats[`${locale}:${key}`] ??= new Intl.NumberFormat(
    locale === 'zh' ? 'zh-CN' : 'en-US',
    options(),
  ));
}

/**
 * A number with the locale's grouping separators: 60,965,224 in both languages; with `fractionDigits`, exactly
 * that many digits after the point (otherwise up to three).
 */
export function formatNumber(value: number, locale: Locale, fractionDigits?: number): string {
  const options = () =>
    fractionDigits === undefined
      ? {}
      : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return numberFormat(locale, String(fractionDigits ?? ''), options).format(value);
}

/** A number with at most `maximumFractionDigits` digits after the point: 12.5, 12 (not 12.0). */
export function formatDecimal(value: number, locale: Locale, maximumFractionDigits: number): string {
  return numberFormat(locale, `max${maximumFractionDigits}`, () => ({ maximumFractionDigits })).format(value);
}

/**
 * Fills `{name}` placeholders. Numbers are formatted for the locale (grouping separators), so 60965224 reads
 * 60,965,224 in both languages.
 */
export function formatText(
  template: string,
  values: Record<string, string | number>,
  locale: Locale,
): string {
  const formatted = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'number' ? formatNumber(value, locale) : value,
    ]),
  );
  return fillTemplate(template, formatted);
}

/** The current UI language (a Svelte 5 store class, immich's shape). Persisted by the app shell. */
class LocaleStore {
  current = $state<Locale>('zh');

  /** The text in the current language. */
  text = (localized: LocalizedText): string => localized[this.current];

  /** The text in the current language with `{placeholders}` filled. */
  format = (localized: LocalizedText, values: Record<string, string | number>): string =>
    formatText(localized[this.current], values, this.current);

  number = (value: number, fractionDigits?: number): string =>
    formatNumber(value, this.current, fractionDigits);
}

export const locale = new LocaleStore();
