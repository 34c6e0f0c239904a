import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../../src/shared/deck/deck.ts';
import { createDatabase, type DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import { installDeck, loadDeck } from '../../../src/renderer/lib/db/decks.ts';
import { installCards } from '../../../src/renderer/lib/db/reviews.ts';
import { readSetting, writeSetting } from '../../../src/renderer/lib/db/settings.ts';

const text = (value: string) => ({ zh: value, en: value });
const option = (letter: string) => ({ letter, text: text(letter), rationale: text(`why ${letter}`) });
const question = (id: string) => ({
  id,
  kind: 'mcq' as const,
  tags: ['conv'],
  stem: text(`stem ${id}`),
  options: [option('A'), option('B')],
  answer: ['A'],
  explanation: text('because'),
});

let database: DeepDrillDatabase;
let counter = 0;
function freshDatabase(): DeepDrillDatabase {
  database = createDatabase(`decks-test-${++counter}`);
  return database;
}
afterEach(async () => {
  database.close();
  await database.delete();
});

describe('decks in IndexedDB', () => {
  it('installs a deck and reads it back in order', async () => {
    const db = freshDatabase();
    const deck: Deck = { id: 'd', title: text('Deck'), items: [question('q2'), question('q1')] };
    await installDeck(db, deck, 1000);
    expect(await loadDeck(db, 'd')).toEqual(deck);
    expect((await db.decks.get('d'))?.itemCount).toBe(2);
  });

  it('re-installing an edited deck keeps ids, updates items and removes dropped ones', async () => {
    const db = freshDatabase();
    await installDeck(db, { id: 'd', title: text('Deck'), items: [question('q1'), question('q2')] }, 1000);
    const edited = { ...question('q1'), stem: text('edited') };
    await installDeck(db, { id: 'd', title: text('Deck'), items: [edited] }, 2000);
    const loaded = await loadDeck(db, 'd');
    expect(loaded?.items).toEqual([edited]);
    expect(await db.items.count()).toBe(1);
  });

  it('re-installing an unchanged deck and its cards writes nothing (it runs at every start)', async () => {
    const db = freshDatabase();
    const deck: Deck = { id: 'd', title: text('Deck'), items: [question('q1'), question('q2')] };
    await installCards(db, await installDeck(db, deck, 1000), 1000);
    const itemWrites = vi.spyOn(db.items, 'bulkPut');
    const cardWrites = vi.spyOn(db.cards, 'bulkPut');
    const deckWrites = vi.spyOn(db.decks, 'put');
    await installCards(db, await installDeck(db, deck, 2000), 2000);
    expect(deckWrites).not.toHaveBeenCalled();
    expect(itemWrites.mock.calls.flatMap(([rows]) => rows)).toEqual([]);
    expect(cardWrites.mock.calls.flatMap(([rows]) => rows)).toEqual([]);
    expect((await db.decks.get('d'))?.updatedAt).toBe(1000);
  });

  it('re-installing writes only the items and cards that changed, and dates the deck by the change', async () => {
    const db = freshDatabase();
    await installCards(
      db,
      await installDeck(db, { id: 'd', title: text('Deck'), items: [question('q1'), question('q2')] }, 1000),
      1000,
    );
    const itemWrites = vi.spyOn(db.items, 'bulkPut');
    const cardWrites = vi.spyOn(db.cards, 'bulkPut');
    const edited = { ...question('q2'), stem: text('edited') };
    // q2 edited and moved first, q1 moved second, q3 new.
    const next: Deck = { id: 'd', title: text('Deck'), items: [edited, question('q1'), question('q3')] };
    await installCards(db, await installDeck(db, next, 2000), 2000);
    expect(itemWrites.mock.calls.flatMap(([rows]) => rows.map((row) => row.id))).toEqual(['q2', 'q1', 'q3']);
    expect(cardWrites.mock.calls.flatMap(([rows]) => rows.map((row) => row.itemId))).toEqual([
      'q2',
      'q1',
      'q3',
    ]);
    expect((await db.decks.get('d'))?.updatedAt).toBe(2000);
    expect((await loadDeck(db, 'd'))?.items).toEqual(next.items);
    itemWrites.mockClear();
    // Only q3's text changes: one item written, no card (its place is the same).
    const again: Deck = {
      ...next,
      items: [edited, question('q1'), { ...question('q3'), stem: text('new') }],
    };
    cardWrites.mockClear();
    await installCards(db, await installDeck(db, again, 3000), 3000);
    expect(itemWrites.mock.calls.flatMap(([rows]) => rows.map((row) => row.id))).toEqual(['q3']);
    expect(cardWrites.mock.calls.flatMap(([rows]) => rows)).toEqual([]);
  });

  it('answers undefined for a deck that is not stored', async () => {
    expect(await loadDeck(freshDatabase(), 'missing')).toBeUndefined();
  });
});

describe('settings', () => {
  const isLanguage = (value: unknown): value is 'zh' | 'en' => value === 'zh' || value === 'en';

  it('falls back when missing or malformed, and reads what was written', async () => {
    const db = freshDatabase();
    expect(await readSetting(db, 'language', isLanguage, 'zh')).toBe('zh');
    await writeSetting(db, 'language', 42);
    expect(await readSetting(db, 'language', isLanguage, 'zh')).toBe('zh');
    await writeSetting(db, 'language', 'en');
    expect(await readSetting(db, 'language', isLanguage, 'zh')).toBe('en');
  });
});
