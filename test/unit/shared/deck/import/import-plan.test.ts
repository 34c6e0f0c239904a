import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../../src/shared/deck/import/import-plan.ts';
import type { BasicItem, Item } from '../../../../../src/shared/deck/item.ts';
import { homework2Deck } from '../../../../../src/shared/deck/seed/homework2.ts';
import { deckArbitrary } from './deck-arbitraries.ts';
import { deckOf } from './read-deck.ts';

const card = (id: string, front: string, back: string, tags: string[] = []): BasicItem => ({
  id,
  kind: 'basic',
  tags,
  front: { zh: front, en: front },
  back: { zh: back, en: back },
});

describe('planImport', () => {
  it('sorts the file’s items into added, updated (with what changed) and unchanged; keeps the rest', () => {
    const stored: Item[] = [card('a', 'front', 'back'), card('b', 'front', 'back'), card('gone', 'x', 'y')];
    const file = deckOf(
      'deck.md',
      [
        'Q: front\nA: back\n> id: a',
        'Q: front\nA: new back\n> id: b\n> tags: conv',
        'Q: new card\nA: z\n> id: c',
      ].join('\n\n'),
    );
    const plan = planImport(file, stored);
    expect(plan.added.map((item) => item.id)).toEqual(['c']);
    expect(plan.updated.map(({ item, changes }) => [item.id, changes])).toEqual([['b', ['tags', 'back']]]);
    expect(plan.updated[0]!.before).toBe(stored[1]);
    expect(plan.unchanged.map((item) => item.id)).toEqual(['a']);
    expect(plan.kept.map((item) => item.id)).toEqual(['gone']);
  });

  it('re-importing an unchanged file (ids derived from its text) changes nothing', () => {
    const text = '1. 哪个是质数？（B）\n- A. 4\n- B. 5\n\nQ: 卷积\nA: 互相关';
    const plan = planImport(deckOf('deck.md', text), deckOf('deck.md', text).items);
    expect(plan).toMatchObject({ added: [], updated: [], kept: [] });
    expect(plan.unchanged).toHaveLength(2);
  });

  it('an edited answer in the seed deck shows as that one change', () => {
    const edited = {
      ...homework2Deck,
      items: homework2Deck.items.map((item, index) => (index === 3 ? { ...item, answer: ['C'] } : item)),
    };
    const plan = planImport(edited, homework2Deck.items);
    expect(plan.updated.map(({ item, changes }) => [item.id, changes])).toEqual([['hw2-mcq-4', ['answer']]]);
    expect(plan.unchanged).toHaveLength(6);
  });

  it('accounts for every item exactly once, whatever the decks', () => {
    fc.assert(
      fc.property(deckArbitrary('any'), deckArbitrary('any'), (file, stored) => {
        const plan = planImport(file, stored.items);
        const fromFile = [...plan.added, ...plan.updated.map(({ item }) => item), ...plan.unchanged];
        expect(fromFile.map((item) => item.id).sort()).toEqual(file.items.map((item) => item.id).sort());
        expect(planImport(file, file.items).unchanged).toHaveLength(file.items.length);
        for (const item of plan.kept)
          expect(file.items.some((candidate) => candidate.id === item.id)).toBe(false);
      }),
    );
  });
});
