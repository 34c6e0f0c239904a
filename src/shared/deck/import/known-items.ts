import type { Deck } from '../deck.ts';
import type { Item } from '../item.ts';
import { derivedItemId, hashText } from './item-id.ts';

/** A file's deck matched to what is stored: the deck to import, and each renamed item's new id by its old. */
export interface KnownMatch {
  deck: Deck;
  renamed: ReadonlyMap<string, string>;
}

/**
 * Re-importing a file the app already holds (the homework's Markdown, from which the built-in deck was made)
 * updates the stored deck instead of adding a second one. An item whose file gave no id (its id is derived
 * from its kind and Chinese text) takes the id of a stored item with that same derived id; the deck, when
 * its file gave it no id either, takes the id of the stored deck most of those items are in. Only items of
 * that one deck are matched, so an import never moves an item out of another deck.
 *
 * What the file leaves out is filled from the stored item (fillFromKnown), so an import of the homework's
 * Chinese-only Markdown keeps the built-in deck's English and explanations and changes only what differs.
 */
export function matchKnownItems(deck: Deck, known: readonly Deck[]): KnownMatch {
  const derivedDeck = deck.id === `deck-${hashText(deck.title.zh)}`;
  const candidates = derivedDeck ? known : known.filter((each) => each.id === deck.id);
  const byDerivedId = new Map<string, { stored: Item; deckId: string }>();
  for (const each of candidates) {
    for (const stored of each.items) byDerivedId.set(derivedItemId(stored), { stored, deckId: each.id });
  }
  const matches = deck.items.flatMap((item) => {
    const match = item.id === derivedItemId(item) ? byDerivedId.get(item.id) : undefined;
    return match ? [{ fileId: item.id, ...match }] : [];
  });
  const target = mostCommon(matches.map((match) => match.deckId));
  if (target === undefined) return { deck, renamed: new Map() };
  const adopted = new Map(
    matches.filter((match) => match.deckId === target).map((match) => [match.fileId, match.stored]),
  );
  const targetDeck = known.find((each) => each.id === target)!;
  return {
    deck: {
      ...deck,
      id: derivedDeck ? target : deck.id,
      title: fillFromKnown(deck.title, targetDeck.title),
      items: deck.items.map((item) => {
        const stored = adopted.get(item.id);
        return stored ? { ...fillFromKnown(item, stored), id: stored.id } : item;
      }),
    },
    renamed: new Map([...adopted].map(([fileId, stored]) => [fileId, stored.id])),
  };
}

/**
 * `value` with what it leaves out taken from `known`, field by field: a text with no English (the file
 * repeats its Chinese) keeps the known English when the Chinese is the same, an empty text or list keeps the
 * known one, and lists are matched by position (options keep their order). Anything else is the file's.
 */
export function fillFromKnown<Value>(value: Value, known: Value): Value {
  if (isText(value) && isText(known)) {
    if (value.zh === '' && value.en === '') return known;
    return value.zh === known.zh && value.en === value.zh ? known : value;
  }
  if (Array.isArray(value) && Array.isArray(known)) {
    if (value.length === 0) return known;
    return value.map((entry, index) =>
      index < known.length ? fillFromKnown(entry, known[index]) : entry,
    ) as Value;
  }
  if (isRecord(value) && isRecord(known)) {
    const filled: Record<string, unknown> = { ...value };
    for (const [key, entry] of Object.entries(value)) {
      if (key in known) filled[key] = fillFromKnown(entry, known[key]);
    }
    for (const [key, entry] of Object.entries(known)) if (!(key in value)) filled[key] = entry;
    return filled as Value;
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is { zh: string; en: string } {
  return (
    isRecord(value) &&
    Object.keys(value).length === 2 &&
    typeof value['zh'] === 'string' &&
    typeof value['en'] === 'string'
  );
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A map by item id (a read's `lines`) under the ids matchKnownItems gave. */
export function withRenamedIds<Value>(
  byId: ReadonlyMap<string, Value>,
  renamed: ReadonlyMap<string, string>,
): ReadonlyMap<string, Value> {
  return new Map([...byId].map(([id, value]) => [renamed.get(id) ?? id, value]));
}
