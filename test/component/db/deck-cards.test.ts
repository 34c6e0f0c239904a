import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import { cardsOfDecks } from '../../../src/renderer/lib/db/deck-cards.ts';
import { installCards } from '../../../src/renderer/lib/db/reviews.ts';
import type { Deck } from '../../../src/shared/deck/deck.ts';

const now = Date.UTC(2026, 11, 3, 9);

/** A deck of `count` basic items, `<deck>-<n>`. */
function deck(id: string, count: number): Deck {
  return {
    id,
    title: { zh: id, en: id },
    items: Array.from({ length: count }, (_, index) => ({
      id: `${id}-${index}`,
      kind: 'basic' as const,
      tags: [],
      front: { zh: '问', en: 'Q' },
      back: { zh: '答', en: 'A' },
    })),
  };
}

let database: DeepDrillDatabase | undefined;
afterEach(async () => {
  database?.close();
  await database?.delete();
  database = undefined;
});

describe('the cards of some decks', () => {
  it('are the cards an anyOf read gives, in its order, each deck read once', async () => {
    database = createDatabase('deck-cards');
    for (const each of [deck('beta', 3), deck('alpha', 2), deck('gamma', 4)])
      await installCards(database, each, now);
    const asked = ['gamma', 'alpha', 'gamma'];
    const expected = await database.cards.where('deckId').anyOf(asked).toArray();
    const cards = await cardsOfDecks(database, asked);
    expect(cards.map((card) => card.id)).toEqual(expected.map((card) => card.id));
    expect(cards.map((card) => card.deckId)).toEqual([...Array(2).fill('alpha'), ...Array(4).fill('gamma')]);
    expect(await cardsOfDecks(database, [])).toEqual([]);
    expect(await cardsOfDecks(database, ['no-such-deck'])).toEqual([]);
  });
});
