import type { Deck } from '../deck.ts';
import type { Item } from '../item.ts';

/** A field of an item that an import can change (every field but the id). */
export type ItemField =
  | 'kind'
  | 'tags'
  | 'stem'
  | 'options'
  | 'answer'
  | 'explanation'
  | 'front'
  | 'back'
  | 'text'
  | 'extra'
  | 'template'
  | 'parameters';

export interface ItemUpdate {
  item: Item;
  before: Item;
  /** The fields whose value differs, in the order of ItemField. */
  changes: ItemField[];
}

/**
 * What importing a deck will do, shown before anything is stored. Items match by id: a new id is added, a
 * known one is updated when any field differs (its progress stays, since progress is kept by id) or left
 * alone when none does. Stored items the file no longer has are kept: an import never deletes.
 */
export interface ImportPlan {
  deckId: string;
  added: Item[];
  updated: ItemUpdate[];
  unchanged: Item[];
  kept: Item[];
}

const fieldOrder: readonly ItemField[] = [
  'kind',
  'tags',
  'stem',
  'options',
  'answer',
  'explanation',
  'front',
  'back',
  'text',
  'extra',
  'template',
  'parameters',
];

/** The plan for importing `deck` over `stored`, the items already stored in that deck. */
export function planImport(deck: Deck, stored: readonly Item[]): ImportPlan {
  const storedById = new Map(stored.map((item) => [item.id, item]));
  const plan: ImportPlan = { deckId: deck.id, added: [], updated: [], unchanged: [], kept: [] };
  for (const item of deck.items) {
    const before = storedById.get(item.id);
    if (before === undefined) {
      plan.added.push(item);
      continue;
    }
    const changes = changedFields(before, item);
    if (changes.length === 0) plan.unchanged.push(item);
    else plan.updated.push({ item, before, changes });
  }
  const inFile = new Set(deck.items.map((item) => item.id));
  plan.kept = stored.filter((item) => !inFile.has(item.id));
  return plan;
}

/** The fields whose values differ between two versions of an item (missing and absent are the same). */
export function changedFields(before: Item, after: Item): ItemField[] {
  const left = before as unknown as Record<string, unknown>;
  const right = after as unknown as Record<string, unknown>;
  return fieldOrder.filter((field) => canonical(left[field]) !== canonical(right[field]));
}

/** JSON with object keys sorted, so two equal values written in another key order compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
