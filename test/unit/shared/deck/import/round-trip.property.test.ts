import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../../../src/shared/deck/deck.ts';
import { jsonFormat } from '../../../../../src/shared/deck/formats/json.ts';
import { markdownFormat } from '../../../../../src/shared/deck/formats/markdown.ts';
import { homework2Deck } from '../../../../../src/shared/deck/seed/homework2.ts';
import { deckArbitrary } from './deck-arbitraries.ts';
import { deckOf } from './read-deck.ts';

/** Export then import, as a student would: write the file, read it back through the import. */
function roundTrip(deck: Deck, format: typeof jsonFormat): Deck {
  return deckOf(`deck${format.extensions[0]}`, format.write!(deck));
}

describe('export then import gives the same deck', () => {
  it('JSON: any deck, any text (line breaks, quotes, both languages)', () => {
    fc.assert(
      fc.property(deckArbitrary('any'), (deck) => {
        expect(roundTrip(deck, jsonFormat)).toEqual(deck);
      }),
    );
  });

  it('Markdown: any deck whose texts Markdown can hold (one line each), both languages kept', () => {
    fc.assert(
      fc.property(deckArbitrary('markdown'), (deck) => {
        expect(roundTrip(deck, markdownFormat)).toEqual(deck);
      }),
    );
  });

  it('the seed homework deck, with its rationales and explanations, through both formats', () => {
    expect(roundTrip(homework2Deck, jsonFormat)).toEqual(homework2Deck);
    expect(roundTrip(homework2Deck, markdownFormat)).toEqual(homework2Deck);
  });
});
