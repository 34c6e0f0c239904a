import { deckError, type DeckIssue } from '../import/deck-issue.ts';
import { normalizeLayout } from '../layout-text.ts';
import type { LocalizedText } from '../localized-text.ts';

/**
 * The `> key: value` lines of one Markdown item (or of the deck, before its first item). Each key is taken at
 * most once by the code that builds the item; `leftOver` reports the keys nobody took as unknown fields.
 */
export class MarkdownFields {
  private readonly values = new Map<string, { value: string; line: number }>();
  private readonly taken = new Set<string>();

  /** Adds a field; a key given twice is an error. */
  add(key: string, value: string, line: number, errors: DeckIssue[]): void {
    if (this.values.has(key)) errors.push(deckError('FIELD_REPEATED', line, { field: key }));
    else this.values.set(key, { value, line });
  }

  /** Appends a line to the value of the field added last (a value broken across lines). */
  continueLast(text: string, join: (before: string, after: string) => string): boolean {
    const last = [...this.values.values()].at(-1);
    if (last === undefined) return false;
    last.value = join(last.value, text);
    return true;
  }

  /** The field's value with its layout cleaned (normalizeLayout), marking the key as known. */
  take(key: string): string | undefined {
    this.taken.add(key);
    const field = this.values.get(key);
    return field === undefined ? undefined : normalizeLayout(field.value);
  }

  lineOf(key: string): number | null {
    return this.values.get(key)?.line ?? null;
  }

  /** A text written in the item's own place, with `key.zh` / `key.en` overriding one language. */
  localized(key: string, main: string): LocalizedText {
    return { zh: this.take(`${key}.zh`) ?? main, en: this.take(`${key}.en`) ?? main };
  }

  /** A text given only as fields (`key`, `key.zh`, `key.en`); undefined when none of them is there. */
  optionalLocalized(key: string): LocalizedText | undefined {
    const both = this.take(key);
    const zh = this.take(`${key}.zh`) ?? both;
    const en = this.take(`${key}.en`) ?? both;
    if (zh === undefined && en === undefined) return undefined;
    return { zh: zh ?? '', en: en ?? '' };
  }

  leftOver(): DeckIssue[] {
    return [...this.values]
      .filter(([key]) => !this.taken.has(key))
      .map(([key, { line }]) => deckError('FIELD_UNKNOWN', line, { field: key }));
  }
}
