import { deckFormats, fileExtension, formatForFile } from '../formats/registry.ts';
import { decodeDeckBytes } from './decode-text.ts';
import { deckError } from './deck-issue.ts';
import { type DeckRead, finishDeck } from './deck-read.ts';

/**
 * Reads a deck file as an import does, and as `deck check` shows it: bytes to UTF-8 text, the format chosen by
 * the file's extension, then the checks every format shares. All or nothing: any error and there is no deck.
 */
export function readDeckFile(fileName: string, bytes: Uint8Array): DeckRead {
  const format = formatForFile(fileName);
  if (format === undefined) {
    const known = deckFormats.flatMap((candidate) => candidate.extensions).join(', ');
    const extension = fileExtension(fileName) || '—';
    return { ok: false, errors: [deckError('FORMAT_UNKNOWN', null, { extension, known })] };
  }
  const decoded = decodeDeckBytes(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  return finishDeck(format.read(decoded.text), base.slice(0, base.length - fileExtension(base).length));
}
