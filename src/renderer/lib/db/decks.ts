import type { Deck } from '../../../shared/deck/deck.ts';
import { sameData } from '../../../shared/same-data.ts';
import type { Item } from '../../../shared/deck/item.ts';
import type { DeepDrillDatabase } from './database.ts';
import type { DeckRecord } from './records.ts';

/**
 * Writes a built-in deck, in one transaction, and returns it as installed. Items keep their stable ids, so
 * progress (kept by item id) survives an app update that edits the deck; items the new version no longer has
 * are removed, and so are those the student deleted (the deck row remembers them: deletedItemIds). It runs at
 * every start: only what differs from the stored deck is written, so an unchanged deck costs reads alone (and
 * its row keeps the updatedAt of its last real change).
 */
export async function installDeck(database: DeepDrillDatabase, deck: Deck, now: number): Promise<Deck> {
  return database.transaction('rw', database.decks, database.items, async () => {
    const previous = await database.decks.get(deck.id);
    const deleted = new Set(previous?.deletedItemIds ?? []);
    const items = deck.items.filter((item) => !deleted.has(item.id));
    const record: DeckRecord = {
      id: deck.id,
      title: deck.title,
      ...(deck.description ? { description: deck.description } : {}),
      source: 'seed',
      itemCount: items.length,
      updatedAt: previous?.updatedAt ?? now,
      ...(deleted.size > 0 ? { deletedItemIds: [...deleted] } : {}),
    };
    if (!previous || !sameData(record, previous)) await database.decks.put({ ...record, updatedAt: now });
    const stored = new Map(
      (await database.items.where('deckId').equals(deck.id).toArray()).map((row) => [row.id, row]),
    );
    const rows = items.map((item, position) => ({ ...item, deckId: deck.id, position }));
    const keep = new Set(rows.map((row) => row.id));
    const gone = [...stored.keys()].filter((id) => !keep.has(id));
    const changed = rows.filter((row) => !sameData(row, stored.get(row.id)));
    // Not even an empty write: Dexie announces one as a change to whoever watches (change-watch.ts).
    if (gone.length > 0) await database.items.bulkDelete(gone);
    if (changed.length > 0) await database.items.bulkPut(changed);
    return { ...deck, items };
  });
}

/** A deck with its items in deck order, or undefined when it is not stored. */
export async function loadDeck(database: DeepDrillDatabase, deckId: string): Promise<Deck | undefined> {
  const record = await database.decks.get(deckId);
  return record && deckOf(record, await storedItems(database, deckId));
}

function deckOf(record: DeckRecord, items: Item[]): Deck {
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

/**
 * Every stored deck's row, built-in decks first and then the student's imports, each by English title: a
 * stable order (Today and Review list the decks so) that does not move when the language is switched.
 */
export async function storedDecks(database: DeepDrillDatabase): Promise<DeckRecord[]> {
  const records = await database.decks.toArray();
  return records.sort(
    (a, b) =>
      Number(a.source !== 'seed') - Number(b.source !== 'seed') || a.title.en.localeCompare(b.title.en, 'en'),
  );
}

/** Every stored deck with its items, in storedDecks' order, in one read transaction. */
export async function loadAllDecks(database: DeepDrillDatabase): Promise<Deck[]> {
  return database.transaction('r', database.decks, database.items, async () => {
    const decks: Deck[] = [];
    for (const record of await storedDecks(database))
      decks.push(deckOf(record, await storedItems(database, record.id)));
    return decks;
  });
}
