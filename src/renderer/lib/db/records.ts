import type { Deck } from '../../../shared/deck/deck.ts';
import type { Item } from '../../../shared/deck/item.ts';
import type { LocalizedText } from '../../../shared/deck/localized-text.ts';

/** A deck's own row; its items are rows of `items`. `source` says whether the app or the student brought it. */
export interface DeckRecord {
  id: Deck['id'];
  title: LocalizedText;
  description?: LocalizedText;
  source: 'seed' | 'import';
  itemCount: number;
  updatedAt: number;
  /**
   * Items the student deleted from this deck (Browse), so that installing a built-in deck again at the next
   * start does not bring them back; an import of a file that has one of them brings it back.
   */
  deletedItemIds?: string[];
}

/** An item with the deck it belongs to and its place in that deck. */
export type ItemRecord = Item & { deckId: string; position: number };

export interface SettingRecord {
  key: string;
  value: unknown;
}
