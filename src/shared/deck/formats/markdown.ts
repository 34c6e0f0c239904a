import type { DeckFormat } from './deck-format.ts';
import { readMarkdownDeck } from './markdown-reader.ts';
import { writeMarkdownDeck } from './markdown-writer.ts';

export const markdownFormat: DeckFormat = {
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  read: readMarkdownDeck,
  write: writeMarkdownDeck,
};
