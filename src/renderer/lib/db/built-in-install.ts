import type { Deck } from '../../../shared/deck/deck.ts';
import type { DeepDrillDatabase } from './database.ts';
import { installDeck } from './decks.ts';
import { installCards } from './reviews.ts';

/**
 * Installs the built-in decks and their cards in one transaction: no deck without its cards if a write fails
 * (RELIABILITY.md, Data), and one transaction instead of two per deck on the way to a first start's Today.
 * Cards already stored keep their progress (installCards); items the student deleted stay deleted (installDeck
 * returns the deck without them). Only what changed is written: at an ordinary start, nothing.
 */
export async function installBuiltInDecks(
  database: DeepDrillDatabase,
  decks: readonly Deck[],
  now: number,
): Promise<void> {
  await database.transaction('rw', database.decks, database.items, database.cards, async () => {
    for (const deck of decks) await installCards(database, await installDeck(database, deck, now), now);
  });
}
