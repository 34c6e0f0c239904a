import type { Deck } from '../deck.ts';
import type { FormatRead } from '../import/deck-read.ts';

/**
 * One deck file format, the same shape for each (Netron's way): its name, the file extensions it owns, a reader
 * from text, and a writer when decks can be exported to it. The formats are listed once, in registry.ts.
 */
export interface DeckFormat {
  name: 'markdown' | 'csv' | 'json';
  extensions: readonly string[];
  read(text: string): FormatRead;
  write: ((deck: Deck) => string) | null;
}
