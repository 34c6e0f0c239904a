import { csvFormat } from './csv.ts';
import type { DeckFormat } from './deck-format.ts';
import { jsonFormat } from './json.ts';
import { markdownFormat } from './markdown.ts';

/** Every deck file format, registered once. */
export const deckFormats: readonly DeckFormat[] = [markdownFormat, csvFormat, jsonFormat];

/** The extension of a file name, lower-case with its dot (`deck.MD` → `.md`), or '' when it has none. */
export function fileExtension(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/** The format that owns a file's extension, or undefined. */
export function formatForFile(fileName: string): DeckFormat | undefined {
  const extension = fileExtension(fileName);
  return deckFormats.find((format) => format.extensions.includes(extension));
}
