import { describe, expect, it } from 'vitest';
import {
  deckIssueMessage,
  deckIssuePlace,
  deckMessages,
} from '../../../../../src/shared/deck/import/deck-messages.ts';

const templates = [...Object.values(deckMessages.errors), ...Object.values(deckMessages.notes)];

describe('deck messages', () => {
  it('are full sentences: Chinese ends with 。, English with a full stop, Chinese quotes with 「」', () => {
    for (const { zh, en } of templates) {
      expect(zh, zh).toMatch(/。$/);
      expect(en, en).toMatch(/\.$/);
      // ASCII quotes only inside 「」, around code the user types (GLOSSARY.md: half-width marks are for code).
      expect(zh.replace(/「[^」]*」/g, ''), zh).not.toMatch(/["“”]/);
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const { zh, en } of templates) expect(placeholders(zh), zh).toEqual(placeholders(en));
  });

  it('word an issue with its values and place, and an expected kind of value in the language asked', () => {
    const issue = {
      code: 'FIELD_INVALID' as const,
      line: 12,
      column: 3,
      values: { field: '$.deck.title', expected: 'localizedText' },
    };
    expect(deckIssueMessage(issue, 'en')).toBe('"$.deck.title" should be a text, or {"zh": …, "en": …}.');
    expect(deckIssueMessage(issue, 'zh')).toBe('「$.deck.title」应为一段文字，或 {"zh": …, "en": …}。');
    expect(deckIssuePlace(issue, 'zh')).toBe('第 12 行第 3 列');
    expect(deckIssuePlace({ ...issue, column: null }, 'en')).toBe('line 12');
    expect(deckIssuePlace({ ...issue, line: null }, 'en')).toBeNull();
  });
});
