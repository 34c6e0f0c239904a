import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../../src/shared/deck/import/import-plan.ts';
import { fillFromKnown, matchKnownItems } from '../../../../../src/shared/deck/import/known-items.ts';
import { cnnConceptsDeck } from '../../../../../src/shared/deck/seed/cnn-concepts.ts';
import { homework2Deck } from '../../../../../src/shared/deck/seed/homework2.ts';
import { deckOf } from './read-deck.ts';

const homework = readFileSync(new URL('../../../../fixtures/homework2.md', import.meta.url), 'utf8');
const builtIn = [cnnConceptsDeck, homework2Deck];

describe('re-importing a file the app already holds', () => {
  it('maps the homework Markdown onto the built-in deck and its hw2-mcq-N items, changing nothing', () => {
    const file = deckOf('homework2.md', homework);
    const { deck, renamed } = matchKnownItems(file, builtIn);
    expect(deck.id).toBe('homework2');
    expect(deck.title).toEqual(homework2Deck.title);
    expect(deck.items.map((item) => item.id)).toEqual(homework2Deck.items.map((item) => item.id));
    expect(renamed.get(file.items[0]!.id)).toBe('hw2-mcq-1');
    // The Chinese-only file keeps the built-in English, explanations and tags: nothing to update.
    const plan = planImport(deck, homework2Deck.items);
    expect(plan.updated).toEqual([]);
    expect(plan.unchanged).toHaveLength(7);
  });

  it('updates what the file changes, keeping the id (and so the progress)', () => {
    const edited = homework.replace('(B)', '(C)');
    const { deck } = matchKnownItems(deckOf('homework2.md', edited), builtIn);
    const plan = planImport(deck, homework2Deck.items);
    expect(plan.updated.map((update) => [update.item.id, update.changes])).toEqual([
      ['hw2-mcq-1', ['answer']],
    ]);
  });

  it('leaves a deck that matches nothing stored as it is, and never matches items of a deck the file names', () => {
    const file = deckOf('homework2.md', homework);
    expect(matchKnownItems(file, [cnnConceptsDeck])).toEqual({ deck: file, renamed: new Map() });
    const named = { ...file, id: 'my-deck' };
    expect(matchKnownItems(named, builtIn).deck).toBe(named);
  });
});

describe('fillFromKnown', () => {
  it('takes the known English for the same Chinese, and known texts for empty ones', () => {
    const known = { zh: '步长', en: 'stride' };
    expect(fillFromKnown({ zh: '步长', en: '步长' }, known)).toBe(known);
    expect(fillFromKnown({ zh: '', en: '' }, known)).toBe(known);
    expect(fillFromKnown({ zh: '填充', en: '填充' }, known)).toEqual({ zh: '填充', en: '填充' });
    expect(fillFromKnown({ zh: '步长', en: 'step' }, known)).toEqual({ zh: '步长', en: 'step' });
    expect(fillFromKnown({ tags: [], extra: 1 }, { tags: ['conv'], more: 2 })).toEqual({
      tags: ['conv'],
      extra: 1,
      more: 2,
    });
  });
});
