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
}

/** An item with the deck it belongs to and its place in that deck. */
export type ItemRecord = Item & { deckId: string; position: number };

export interface SettingRecord {
  key: string;
  value: unknown;
}
