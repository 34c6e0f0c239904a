import type { Item } from '../../../shared/deck/item.ts';
import { browseRows, type BrowseRow } from '../../../shared/browse/browse-rows.ts';
import { applyItemEdit, type EditOutcome, type ItemEdit } from '../../../shared/browse/item-edit.ts';
import { newSchedule, type ReviewCard } from '../../../shared/srs/card.ts';
import { buryUntilTomorrow, setFlag, suspend, unsuspend } from '../../../shared/srs/card-actions.ts';
import type { ReviewLog } from '../../../shared/srs/review-log.ts';
import { SrsError } from '../../../shared/srs/srs-error.ts';
import type { StudyClock } from '../../../shared/srs/study-day.ts';
import type { DeepDrillDatabase } from './database.ts';
import type { ItemRecord } from './records.ts';

/** Every card with its item and deck title, in one read transaction. */
export async function loadBrowseRows(database: DeepDrillDatabase): Promise<BrowseRow[]> {
  return database.transaction('r', database.decks, database.items, database.cards, async () => {
    const [decks, items, cards] = await Promise.all([
      database.decks.toArray(),
      database.items.toArray(),
      database.cards.toArray(),
    ]);
    return browseRows(cards, items.map(withoutPlace), new Map(decks.map((deck) => [deck.id, deck.title])));
  });
}

/** A card's review logs, oldest first. */
export async function cardHistory(database: DeepDrillDatabase, cardId: string): Promise<ReviewLog[]> {
  const logs = await database.reviewLogs.where('cardId').equals(cardId).toArray();
  return logs.sort((a, b) => a.reviewedAt - b.reviewedAt);
}

/**
 * Edits an item's texts (see applyItemEdit) in one transaction; its cards and logs are not touched, so the
 * progress stays. Resolves to the outcome: the stored item, or the refusal and nothing written.
 */
export async function editItem(
  database: DeepDrillDatabase,
  itemId: string,
  edit: ItemEdit,
): Promise<EditOutcome> {
  return database.transaction('rw', database.items, async () => {
    const record = await storedItem(database, itemId);
    const outcome = applyItemEdit(withoutPlace(record), edit);
    if (outcome.ok)
      await database.items.put({ ...outcome.item, deckId: record.deckId, position: record.position });
    return outcome;
  });
}

/** Suspends or unsuspends a card; its schedule is kept. */
export async function setSuspended(
  database: DeepDrillDatabase,
  cardId: string,
  suspended: boolean,
): Promise<ReviewCard> {
  return updateCard(database, cardId, (card) => (suspended ? suspend(card) : unsuspend(card)));
}

/** Hides a card until the next study day begins (the review screen's bury); its schedule is kept. */
export async function buryCard(
  database: DeepDrillDatabase,
  cardId: string,
  now: number,
  clock: StudyClock,
): Promise<ReviewCard> {
  return updateCard(database, cardId, (card) => buryUntilTomorrow(card, now, clock));
}

/** Flags or unflags a card, for the student to find it again in Browse. */
export async function setFlagged(
  database: DeepDrillDatabase,
  cardId: string,
  flagged: boolean,
): Promise<ReviewCard> {
  return updateCard(database, cardId, (card) => setFlag(card, flagged));
}

/**
 * Puts a card back to new (Anki's "Forget"), due at `now`, unburied; its review logs are kept as history, and
 * it stays suspended or flagged as it was.
 */
export async function resetCard(
  database: DeepDrillDatabase,
  cardId: string,
  now: number,
): Promise<ReviewCard> {
  return updateCard(database, cardId, (card) => ({ ...card, ...newSchedule(now), buriedUntil: null }));
}

/** Everything a delete removed, exactly as it was stored: what its undo puts back. */
export interface DeletedItem {
  item: ItemRecord;
  cards: ReviewCard[];
  logs: ReviewLog[];
}

/**
 * Deletes an item with its cards and their review logs, in one transaction, and returns them for undo. Its
 * deck remembers the deletion (deletedItemIds), so a built-in item does not come back at the next start.
 * The day counts stay: they count what was studied on a day, which a later delete does not change.
 */
export async function deleteItem(database: DeepDrillDatabase, itemId: string): Promise<DeletedItem> {
  const tables = [database.decks, database.items, database.cards, database.reviewLogs];
  return database.transaction('rw', tables, async () => {
    const item = await storedItem(database, itemId);
    const cards = await database.cards.where('itemId').equals(itemId).toArray();
    const logs = await database.reviewLogs.where('itemId').equals(itemId).toArray();
    await database.reviewLogs.bulkDelete(logs.map((log) => log.id));
    await database.cards.bulkDelete(cards.map((card) => card.id));
    await database.items.delete(itemId);
    await rememberDeletion(database, item, true);
    return { item, cards, logs };
  });
}

/**
 * Undoes a delete: the item, its cards and its logs are put back exactly, in one transaction. `add` (not
 * `put`) so that a row stored again since the delete is never overwritten: the restore then fails whole.
 */
export async function restoreItem(database: DeepDrillDatabase, deleted: DeletedItem): Promise<void> {
  const tables = [database.decks, database.items, database.cards, database.reviewLogs];
  await database.transaction('rw', tables, async () => {
    await database.items.add(deleted.item);
    await database.cards.bulkAdd(deleted.cards);
    await database.reviewLogs.bulkAdd(deleted.logs);
    await rememberDeletion(database, deleted.item, false);
  });
}

/** Adds the item to its deck's deletedItemIds (or takes it out again). Inside a transaction. */
async function rememberDeletion(database: DeepDrillDatabase, item: ItemRecord, deleted: boolean) {
  const deck = await database.decks.get(item.deckId);
  if (!deck) return;
  const { deletedItemIds: earlier = [], ...rest } = deck;
  const others = earlier.filter((id) => id !== item.id);
  const deletedItemIds = deleted ? [...others, item.id] : others;
  const itemCount = deck.itemCount + (deleted ? -1 : 1);
  await database.decks.put({ ...rest, itemCount, ...(deletedItemIds.length > 0 ? { deletedItemIds } : {}) });
}

async function updateCard(
  database: DeepDrillDatabase,
  cardId: string,
  change: (card: ReviewCard) => ReviewCard,
): Promise<ReviewCard> {
  return database.transaction('rw', database.cards, async () => {
    const card = await database.cards.get(cardId);
    if (!card) throw new SrsError('UNKNOWN_CARD', `card ${cardId} is not stored`);
    const changed = change(card);
    await database.cards.put(changed);
    return changed;
  });
}

async function storedItem(database: DeepDrillDatabase, itemId: string): Promise<ItemRecord> {
  const record = await database.items.get(itemId);
  if (!record) throw new Error(`item ${itemId} is not stored`);
  return record;
}

/** The item as src/shared has it, without the deck and place the table adds. */
function withoutPlace({ deckId: _deckId, position: _position, ...item }: ItemRecord): Item {
  return item as Item;
}
