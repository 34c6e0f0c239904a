import type { Deck } from '../../../shared/deck/deck.ts';
import type { Item } from '../../../shared/deck/item.ts';
import { type ImportPlan, planImport } from '../../../shared/deck/import/import-plan.ts';
import type { DeepDrillDatabase } from './database.ts';
import { storedItems } from './decks.ts';
import { installCards } from './reviews.ts';

/** What importing `deck` would do now, for the preview: nothing is written. */
export async function previewImport(database: DeepDrillDatabase, deck: Deck): Promise<ImportPlan> {
  return planImport(deck, await storedItems(database, deck.id));
}

/**
 * Stores an imported deck, all or nothing, in one transaction: the deck's row, its items and their cards.
 * The plan is made again inside the transaction, so what is written matches what is stored at that moment.
 * Items match by id: an updated item keeps its cards and so its progress (installCards keeps existing cards);
 * items stored earlier that the file no longer has are kept after the file's items (an import never deletes).
 * Returns the plan that was carried out.
 */
export async function importDeck(database: DeepDrillDatabase, deck: Deck, now: number): Promise<ImportPlan> {
  return database.transaction('rw', database.decks, database.items, database.cards, async () => {
    const plan = planImport(deck, await storedItems(database, deck.id));
    const items = [...deck.items, ...plan.kept];
    const previous = await database.decks.get(deck.id);
    await database.decks.put({
      id: deck.id,
      title: deck.title,
      ...(deck.description ? { description: deck.description } : {}),
      // A built-in deck stays built in: its next app update must still be able to refresh it.
      source: previous?.source ?? 'import',
      itemCount: items.length,
      updatedAt: now,
      // A deleted item the file has again comes back; the others stay deleted.
      ...stillDeleted(previous?.deletedItemIds, items),
    });
    await database.items.bulkPut(items.map((item, position) => ({ ...item, deckId: deck.id, position })));
    await installCards(database, { ...deck, items }, now);
    return plan;
  });
}

/** The deck row's deletedItemIds less the items an import brings back (no field when none is left). */
function stillDeleted(
  deletedItemIds: readonly string[] | undefined,
  items: readonly Item[],
): { deletedItemIds?: string[] } {
  const imported = new Set(items.map((item) => item.id));
  const left = (deletedItemIds ?? []).filter((id) => !imported.has(id));
  return left.length > 0 ? { deletedItemIds: left } : {};
}
