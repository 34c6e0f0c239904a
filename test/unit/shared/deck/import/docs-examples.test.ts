import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deckOf } from './read-deck.ts';

const docs = readFileSync(new URL('../../../../../docs/decks.md', import.meta.url), 'utf8');

/** The fenced examples of docs/decks.md in one language (markdown, csv, json). */
function examples(language: string): string[] {
  return [...docs.matchAll(new RegExp(`\`\`\`${language}\\n([^]*?)\`\`\``, 'g'))].map((match) => match[1]!);
}

describe('the examples in docs/decks.md import as documented', () => {
  it('Markdown: a question with fields, a two-answer question, a card, a cloze and a problem', () => {
    const [markdown] = examples('markdown');
    const deck = deckOf('example.md', markdown!);
    expect(deck.id).toBe('cnn-concepts');
    expect(deck.items.map((item) => item.kind)).toEqual(['mcq', 'mcq', 'basic', 'cloze', 'problem']);
    expect(deck.items[1]).toMatchObject({ answer: ['A', 'C'] });
  });

  it('CSV: a card, a cloze and a question', () => {
    const deck = deckOf('example.csv', examples('csv')[0]!);
    expect(deck.items.map((item) => item.kind)).toEqual(['basic', 'cloze', 'mcq']);
    expect(deck.items[2]).toMatchObject({ answer: ['C'] });
  });

  it('JSON: one item of each kind', () => {
    const deck = deckOf('example.json', examples('json')[0]!);
    expect(deck.items.map((item) => item.kind)).toEqual(['mcq', 'basic', 'cloze', 'problem']);
  });
});
