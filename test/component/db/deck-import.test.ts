import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import { importDeck, previewImport } from '../../../src/renderer/lib/db/deck-import.ts';
import { installDeck, loadDeck, storedDecks } from '../../../src/renderer/lib/db/decks.ts';
import { gradeCard } from '../../../src/renderer/lib/db/reviews.ts';
import type { Deck } from '../../../src/shared/deck/deck.ts';
import { Scheduler } from '../../../src/shared/srs/scheduler.ts';
import { defaultSrsSettings } from '../../../src/shared/srs/settings.ts';

const noon = Date.UTC(2026, 11, 1, 12);
const scheduler = new Scheduler({ ...defaultSrsSettings, utcOffsetMinutes: 480 });
const text = (value: string) => ({ zh: value, en: value });
const basic = (id: string, back = 'back') => ({
  id,
  kind: 'basic' as const,
  tags: ['conv'],
  front: text(`front ${id}`),
  back: text(back),
});
const deck: Deck = {
  id: 'mine',
  title: text('My deck'),
  items: [
    basic('one'),
    basic('two'),
    { id: 'gap', kind: 'cloze', tags: [], text: text('{{c1::a}} {{c2::b}}') },
  ],
};

let database: DeepDrillDatabase;
let counter = 0;
function freshDatabase(): DeepDrillDatabase {
  database = createDatabase(`deck-import-test-${++counter}`);
  return database;
}
afterEach(async () => {
  database.close();
  await database.delete();
});

async function snapshot(db: DeepDrillDatabase) {
  return {
    decks: await db.decks.toArray(),
    items: await db.items.toArray(),
    cards: await db.cards.toArray(),
  };
}

describe('importing a deck', () => {
  it('previews without writing, then stores the deck, its items and one card per item and deletion', async () => {
    const db = freshDatabase();
    const plan = await previewImport(db, deck);
    expect(plan.added.map((item) => item.id)).toEqual(['one', 'two', 'gap']);
    expect(await db.items.count()).toBe(0);
    await importDeck(db, deck, noon);
    expect(await loadDeck(db, 'mine')).toEqual(deck);
    expect((await db.cards.orderBy('id').primaryKeys()).sort()).toEqual(['gap#c1', 'gap#c2', 'one', 'two']);
    expect(await storedDecks(db)).toEqual([
      { id: 'mine', title: text('My deck'), source: 'import', itemCount: 3, updatedAt: noon },
    ]);
  });

  it('updates an edited item by id, keeps its progress, adds the new one and keeps items the file dropped', async () => {
    const db = freshDatabase();
    await importDeck(db, deck, noon);
    const graded = await gradeCard(db, scheduler, 'one', 'good', noon + 1000, 4000);
    const edited: Deck = { ...deck, items: [basic('one', 'a better back'), basic('three')] };
    const plan = await previewImport(db, edited);
    expect(plan.updated.map(({ item, changes }) => [item.id, changes])).toEqual([['one', ['back']]]);
    expect(plan.added.map((item) => item.id)).toEqual(['three']);
    expect(plan.kept.map((item) => item.id)).toEqual(['two', 'gap']);
    await importDeck(db, edited, noon + 2000);
    const stored = await loadDeck(db, 'mine');
    expect(stored?.items.map((item) => item.id)).toEqual(['one', 'three', 'two', 'gap']);
    expect(stored?.items[0]).toEqual(basic('one', 'a better back'));
    expect(await db.cards.get('one')).toEqual({ ...graded.card, position: 0 });
    expect(await db.cards.get('gap#c2')).toBeDefined();
    expect((await db.decks.get('mine'))?.itemCount).toBe(4);
  });

  it('leaves an unchanged re-import as it was, progress included', async () => {
    const db = freshDatabase();
    await importDeck(db, deck, noon);
    await gradeCard(db, scheduler, 'gap#c1', 'again', noon + 1000, 4000);
    const before = await snapshot(db);
    const plan = await importDeck(db, deck, noon);
    expect(plan.unchanged).toHaveLength(3);
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps a built-in deck built in when the student imports a file with its id', async () => {
    const db = freshDatabase();
    await installDeck(db, deck, noon);
    await importDeck(db, { ...deck, items: [basic('one', 'edited')] }, noon + 1);
    expect((await db.decks.get('mine'))?.source).toBe('seed');
  });

  it('brings back a deleted item that the imported file has, and keeps the other deletions', async () => {
    const db = freshDatabase();
    await installDeck(db, deck, noon);
    await db.items.bulkDelete(['two', 'gap']); // as Browse's delete leaves them
    await db.decks.update('mine', { deletedItemIds: ['two', 'gap'] });
    await importDeck(db, { ...deck, items: [basic('two')] }, noon + 1);
    expect((await db.decks.get('mine'))?.deletedItemIds).toEqual(['gap']);
    expect((await installDeck(db, deck, noon + 2)).items.map((item) => item.id)).toEqual(['one', 'two']);
  });

  // Each table's write fails in turn, as a full disk or a crash would: nothing of the import may stay.
  for (const table of ['decks', 'items', 'cards'] as const) {
    it(`stores nothing when writing ${table} fails`, async () => {
      const db = freshDatabase();
      await importDeck(db, deck, noon);
      await gradeCard(db, scheduler, 'two', 'hard', noon + 1000, 4000);
      const before = await snapshot(db);
      const fail = () => {
        throw new Error(`injected failure writing ${table}`);
      };
      db[table].hook('creating', fail);
      db[table].hook('updating', fail);
      const edited: Deck = {
        ...deck,
        title: text('Renamed'),
        items: [basic('two', 'new back'), basic('four')],
      };
      await expect(importDeck(db, edited, noon + 2000)).rejects.toThrow(`injected failure writing ${table}`);
      db[table].hook('creating').unsubscribe(fail);
      db[table].hook('updating').unsubscribe(fail);
      expect(await snapshot(db)).toEqual(before);
    });
  }
});
