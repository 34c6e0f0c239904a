/** The two languages of the UI and the content. Chinese is the seed's own language. */
export type Language = 'zh' | 'en';

export const languages: readonly Language[] = ['zh', 'en'];

/** A text in both languages. Content text may hold `$…$` / `$$…$$` math, rendered with KaTeX. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/**
 * A message with `{name}` placeholders, filled from `values`. A placeholder with no value stays visible as
 * `{name}`, so a missing value shows up on screen instead of vanishing.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
