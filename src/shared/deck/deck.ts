import { DeckError } from './deck-error.ts';
import { checkItems } from './import/deck-read.ts';
import type { Item } from './item.ts';
import type { LocalizedText } from './localized-text.ts';

/** A deck of items. `id` is stable like the items' ids, so re-importing a deck updates it in place. */
export interface Deck {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  items: readonly Item[];
}

/**
 * Checks the rules a deck must keep before it is stored or drilled, the same rules an imported deck keeps
 * (checkItems): well-formed unique item ids, and each item's own rules (a multiple-choice question has at least
 * two options with distinct letters and an answer made only of them, and so on). Throws a DeckError naming the
 * first item that breaks one; returns the deck unchanged.
 */
export function validateDeck(deck: Deck): Deck {
  const [broken] = checkItems(deck.items.map((item) => ({ item, line: null })));
  if (broken !== undefined) throw new DeckError(broken.issue, broken.itemId);
  return deck;
}
