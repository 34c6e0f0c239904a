import { fillTemplate } from './deck/localized-text.ts';

/**
 * A problem (a code plus its values) in words: the catalogue's template filled with the problem's values, counts
 * grouped by thousands (`3,221,225,472`), as the glossary asks in both languages.
 */
export function wordProblem(template: string, problem: object): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(problem)) {
    values[name] = Number.isSafeInteger(value) ? (value as number).toLocaleString('en-US') : String(value);
  }
  return fillTemplate(template, values);
}
