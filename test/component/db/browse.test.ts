import { afterEach, describe, expect, it } from 'vitest';
import {
  cardHistory,
  deleteItem,
  editItem,
  loadBrowseRows,
  resetCard,
  restoreItem,
  setSuspended,
} from '../../../src/renderer/lib/db/browse.ts';
import { createDatabase, type DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import { installDeck } from '../../../src/renderer/lib/db/decks.ts';
import { gradeCard, installCards } from '../../../src/renderer/lib/db/reviews.ts';
import type { Deck } from '../../../src/shared/deck/deck.ts';
import { Scheduler } from '../../../src/shared/srs/scheduler.ts';
import { defaultSrsSettings } from '../../../src/shared/srs/settings.ts';

const noon = Date.UTC(2026, 11, 1, 12);
const minute = 60_000;
const scheduler = new Scheduler({ ...defaultSrsSettings, utcOffsetMinutes: 480 });
const text = (value: string) => ({ zh: value, en: value });
const deck: Deck = {
  id: 'concepts',
  title: { zh: '概念', en: 'Concepts' },
  items: [
    { id: 'basic', kind: 'basic', tags: ['conv'], front: text('front'), back: text('back') },
    { id: 'cloze', kind: 'cloze', tags: ['pool'], text: text('{{c1::$\\frac{a}{b}$}} and {{c2::two}}') },
  ],
};

let database: DeepDrillDatabase;
let counter = 0;
afterEach(async () => {
  database.close();
  await database.delete();
});

/** A database with the deck, its cards, and two gradings of `basic` and one of `cloze#c1`. */
async function studied(): Promise<DeepDrillDatabase> {
  database = createDatabase(`browse-test-${++counter}`);
  await installDeck(database, deck, noon);
  await installCards(database, deck, noon);
  await gradeCard(database, scheduler, 'basic', 'good', noon, 5000);
  await gradeCard(database, scheduler, 'basic', 'again', noon + 20 * minute, 7000);
  await gradeCard(database, scheduler, 'cloze#c1', 'easy', noon + minute, 3000);
  return database;
}

async function everything(): Promise<unknown> {
  return {
    items: await database.items.toArray(),
    cards: await database.cards.toArray(),
    logs: await database.reviewLogs.toArray(),
    counts: await database.dayCounts.toArray(),
    decks: await database.decks.toArray(),
  };
}

describe('browse in IndexedDB', () => {
  it('loads one row per card with its item and deck title, and a card history oldest first', async () => {
    await studied();
    const rows = await loadBrowseRows(database);
    expect(rows.map((row) => row.card.id).sort()).toEqual(['basic', 'cloze#c1', 'cloze#c2']);
    const basic = rows.find((row) => row.card.id === 'basic')!;
    expect(basic.deckTitle.zh).toBe('概念');
    expect(basic.item).toEqual(deck.items[0]);
    expect(basic.card.reps).toBe(2);
    expect((await cardHistory(database, 'basic')).map((log) => log.rating)).toEqual(['good', 'again']);
  });

  it('edits an item and leaves its cards and logs exactly as they were', async () => {
    await studied();
    const cards = await database.cards.toArray();
    const logs = await database.reviewLogs.toArray();
    const outcome = await editItem(database, 'cloze', { text: text('{{c1::$a/b$}} then {{c2::2}}') });
    expect(outcome.ok).toBe(true);
    expect(await database.items.get('cloze')).toMatchObject({
      text: text('{{c1::$a/b$}} then {{c2::2}}'),
      deckId: 'concepts',
      position: 1,
    });
    expect(await database.cards.toArray()).toEqual(cards);
    expect(await database.reviewLogs.toArray()).toEqual(logs);
  });

  it('writes nothing when an edit is refused, and names an item that is not stored', async () => {
    await studied();
    const before = await everything();
    const outcome = await editItem(database, 'cloze', { text: text('{{c1::a}} only') });
    expect(outcome).toMatchObject({ ok: false, refusal: { code: 'CLOZE_DELETIONS_CHANGED' } });
    expect(await everything()).toEqual(before);
    await expect(editItem(database, 'nothing', { front: text('x') })).rejects.toThrow(
      'item nothing is not stored',
    );
  });

  it('suspends and unsuspends a card, keeping its schedule', async () => {
    await studied();
    const card = (await database.cards.get('basic'))!;
    expect(await setSuspended(database, 'basic', true)).toEqual({ ...card, suspended: true });
    expect(await setSuspended(database, 'basic', false)).toEqual(card);
    expect(await database.cards.get('basic')).toEqual(card);
  });

  it('resets a card to new, due now, and keeps its logs', async () => {
    await studied();
    const logs = await database.reviewLogs.toArray();
    const reset = await resetCard(database, 'cloze#c1', noon + 60 * minute);
    expect(reset).toMatchObject({ state: 'new', due: noon + 60 * minute, reps: 0, lapses: 0, stability: 0 });
    expect(reset.lastReview).toBeNull();
    expect(await database.cards.get('cloze#c1')).toEqual(reset);
    expect(await database.reviewLogs.toArray()).toEqual(logs);
    await expect(resetCard(database, 'missing', noon)).rejects.toThrow('card missing is not stored');
  });

  it('deletes an item with its cards and logs, and undo puts every row back exactly', async () => {
    await studied();
    const before = await everything();
    const deleted = await deleteItem(database, 'cloze');
    expect(deleted.cards.map((card) => card.id).sort()).toEqual(['cloze#c1', 'cloze#c2']);
    expect(deleted.logs).toHaveLength(1);
    expect(await database.items.get('cloze')).toBeUndefined();
    expect(await database.cards.where('itemId').equals('cloze').count()).toBe(0);
    expect(await database.reviewLogs.where('itemId').equals('cloze').count()).toBe(0);
    expect(await database.reviewLogs.where('itemId').equals('basic').count()).toBe(2);
    await restoreItem(database, deleted);
    expect(await everything()).toEqual(before);
  });

  it('remembers a deleted built-in item: installing the deck again at start does not bring it back', async () => {
    await studied();
    const deleted = await deleteItem(database, 'cloze');
    expect(await database.decks.get('concepts')).toMatchObject({ itemCount: 1, deletedItemIds: ['cloze'] });
    const installed = await installDeck(database, deck, noon + 1);
    await installCards(database, installed, noon + 1);
    expect(installed.items.map((item) => item.id)).toEqual(['basic']);
    expect(await database.items.get('cloze')).toBeUndefined();
    expect(await database.cards.where('itemId').equals('cloze').count()).toBe(0);
    // Undo takes the deletion back, and the next start keeps the item.
    await restoreItem(database, deleted);
    expect((await database.decks.get('concepts'))?.deletedItemIds).toBeUndefined();
    expect((await installDeck(database, deck, noon + 2)).items).toHaveLength(2);
  });

  it('restores nothing when a row came back in the meantime: all or nothing', async () => {
    await studied();
    const deleted = await deleteItem(database, 'cloze');
    await installCards(database, deck, noon);
    const between = await everything();
    await expect(restoreItem(database, deleted)).rejects.toThrow();
    expect(await everything()).toEqual(between);
  });
});
