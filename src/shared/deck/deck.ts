import { DeckError } from './deck-error.ts';
import type { Item, McqItem } from './item.ts';
import type { LocalizedText } from './localized-text.ts';

/** A deck of items. `id` is stable like the items' ids, so re-importing a deck updates it in place. */
export interface Deck {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  items: readonly Item[];
}

/**
 * Checks the rules a deck must keep before it is stored or drilled: non-empty unique item ids, and for each
 * multiple-choice question at least two options with distinct letters and an answer made only of those letters.
 * Throws a DeckError naming the item and the rule; returns the deck unchanged.
 */
export function validateDeck(deck: Deck): Deck {
  const seen = new Set<string>();
  for (const item of deck.items) {
    if (item.id.trim() === '')
      throw new DeckError('INVALID_ITEM', `deck ${deck.id}: an item has an empty id`);
    if (seen.has(item.id))
      throw new DeckError('DUPLICATE_ID', `deck ${deck.id}: item id ${item.id} is used twice`);
    seen.add(item.id);
    if (item.kind === 'mcq') validateMcq(item);
  }
  return deck;
}

function validateMcq(item: McqItem): void {
  const invalid = (rule: string) => new DeckError('INVALID_ITEM', `item ${item.id}: ${rule}`);
  if (item.options.length < 2) throw invalid(`needs at least 2 options, has ${item.options.length}`);
  const letters = item.options.map((option) => option.letter);
  const duplicate = letters.find((letter, index) => letters.indexOf(letter) !== index);
  if (duplicate !== undefined) throw invalid(`option letter ${duplicate} is used twice`);
  if (item.answer.length === 0) throw invalid('has no answer');
  if (new Set(item.answer).size !== item.answer.length) throw invalid('repeats a letter in its answer');
  const missing = item.answer.find((letter) => !letters.includes(letter));
  if (missing !== undefined)
    throw invalid(`answer ${missing} is not one of the options ${letters.join(', ')}`);
}
