import type { Deck } from '../../../shared/deck/deck.ts';
import type { Item } from '../../../shared/deck/item.ts';
import type { DeepDrillDatabase } from './database.ts';

/**
 * Writes a built-in deck, in one transaction. Items keep their stable ids, so progress (kept by item id in
 * drillAnswers) survives an app update that edits the deck; items the new version no longer has are removed.
 */
export async function installDeck(database: DeepDrillDatabase, deck: Deck, now: number): Promise<void> {
  await database.transaction('rw', database.decks, database.items, async () => {
    await database.decks.put({
      id: deck.id,
      title: deck.title,
      ...(deck.description ? { description: deck.description } : {}),
      source: 'seed',
      itemCount: deck.items.length,
      updatedAt: now,
    });
    const keep = new Set(deck.items.map((item) => item.id));
    const stale = (await database.items.where('deckId').equals(deck.id).primaryKeys()).filter(
      (id) => !keep.has(id),
    );
    await database.items.bulkDelete(stale);
    await database.items.bulkPut(
      deck.items.map((item, position) => ({ ...item, deckId: deck.id, position })),
    );
  });
}

/** A deck with its items in deck order, or undefined when it is not stored. */
export async function loadDeck(database: DeepDrillDatabase, deckId: string): Promise<Deck | undefined> {
  const record = await database.decks.get(deckId);
  if (!record) return undefined;
  const items = await storedItems(database, deckId);
  return {
    id: record.id,
    title: record.title,
    ...(record.description ? { description: record.description } : {}),
    items,
  };
}

/** The items stored in a deck, in deck order (none when the deck is not stored). */
export async function storedItems(database: DeepDrillDatabase, deckId: string): Promise<Item[]> {
  const rows = await database.items.where('deckId').equals(deckId).toArray();
  rows.sort((a, b) => a.position - b.position);
  return rows.map(({ deckId: _deckId, position: _position, ...item }) => item as Item);
}
