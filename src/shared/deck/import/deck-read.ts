import type { Deck } from '../deck.ts';
import type { Item } from '../item.ts';
import type { LocalizedText } from '../localized-text.ts';
import { checkItem } from './check-item.ts';
import { deckError, deckItemLimit, type DeckIssue, type DeckNote } from './deck-issue.ts';
import { derivedItemId, hashText, itemIdPattern } from './item-id.ts';

/** An item as a format read it, with the line it starts on. An empty id means the file gave none. */
export interface DraftItem {
  item: Item;
  line: number | null;
}

/** What one format module makes of a file: the deck so far, what it skipped, what it refused. */
export interface FormatRead {
  id: string | null;
  title: LocalizedText | null;
  description?: LocalizedText;
  items: DraftItem[];
  notes: DeckNote[];
  errors: DeckIssue[];
}

/**
 * A deck file read the way an import reads it. All or nothing: one error and there is no deck. `lines` maps
 * each item id to the line it starts on, for the preview.
 */
export type DeckRead =
  | { ok: true; deck: Deck; notes: DeckNote[]; lines: ReadonlyMap<string, number | null> }
  | { ok: false; errors: DeckIssue[] };

/**
 * Gives every item its id (the file's, or one derived from its content), checks the rules all formats share
 * (item rules, unique and well-formed ids, at least one item, not too many), and builds the deck. A deck with
 * no title of its own takes `fallbackTitle` (the file's name).
 */
export function finishDeck(read: FormatRead, fallbackTitle: string): DeckRead {
  const errors = [...read.errors];
  if (read.items.length > deckItemLimit) {
    errors.push(deckError('DECK_TOO_MANY_ITEMS', null, { count: read.items.length, limit: deckItemLimit }));
    return { ok: false, errors };
  }
  if (read.items.length === 0 && errors.length === 0) errors.push(deckError('DECK_NO_ITEMS', null));
  const firstLines = new Map<string, number | null>();
  const items: Item[] = [];
  for (const { item, line } of read.items) {
    errors.push(...checkItem(item, line));
    const id = item.id === '' ? derivedItemId(item) : item.id;
    if (!itemIdPattern.test(id)) errors.push(deckError('ID_INVALID', line, { id }));
    else if (firstLines.has(id)) {
      errors.push(deckError('ID_DUPLICATE', line, { id, firstLine: firstLines.get(id) ?? '?' }));
    } else firstLines.set(id, line);
    items.push(item.id === id ? item : { ...item, id });
  }
  if (errors.length > 0) return { ok: false, errors: sortByPlace(errors) };
  const title = read.title ?? { zh: fallbackTitle, en: fallbackTitle };
  const deck: Deck = {
    id: read.id ?? `deck-${hashText(title.zh)}`,
    title,
    ...(read.description ? { description: read.description } : {}),
    items,
  };
  return { ok: true, deck, notes: read.notes, lines: firstLines };
}

/** Errors in file order (whole-file errors first), so the first one shown is the first one met. */
function sortByPlace(errors: DeckIssue[]): DeckIssue[] {
  return errors
    .map((error, index) => ({ error, index }))
    .sort(
      (a, b) =>
        (a.error.line ?? 0) - (b.error.line ?? 0) ||
        (a.error.column ?? 0) - (b.error.column ?? 0) ||
        a.index - b.index,
    )
    .map(({ error }) => error);
}
