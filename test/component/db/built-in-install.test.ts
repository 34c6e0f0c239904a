import { afterEach, describe, expect, it } from 'vitest';
import { installBuiltInDecks } from '../../../src/renderer/lib/db/built-in-install.ts';
import { createDatabase, type DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import { cnnConceptsDeck } from '../../../src/shared/deck/seed/cnn-concepts.ts';
import { homework2Deck } from '../../../src/shared/deck/seed/homework2.ts';
import { failureInjector } from './write-failure.ts';

const noon = Date.UTC(2026, 11, 2, 12);
const decks = [cnnConceptsDeck, homework2Deck];
let database: DeepDrillDatabase | undefined;
let counter = 0;
afterEach(async () => {
  database?.close();
  await database?.delete();
  database = undefined;
});

function fresh(injector?: ReturnType<typeof failureInjector>): DeepDrillDatabase {
  database = createDatabase(`built-in-install-${++counter}`);
  if (injector) database.use(injector.middleware);
  return database;
}

const counts = async (db: DeepDrillDatabase) => ({
  decks: await db.decks.count(),
  items: await db.items.count(),
  cards: await db.cards.count(),
});

describe('installing the built-in decks', () => {
  it('stores every deck with its items and cards, and a second start changes nothing', async () => {
    const db = fresh();
    await installBuiltInDecks(db, decks, noon);
    const items = cnnConceptsDeck.items.length + homework2Deck.items.length;
    const first = await counts(db);
    expect(first).toMatchObject({ decks: 2, items });
    expect(first.cards).toBeGreaterThanOrEqual(items);
    const cards = await db.cards.toArray();
    await installBuiltInDecks(db, decks, noon + 86_400_000);
    expect(await counts(db)).toEqual(first);
    expect(await db.cards.toArray()).toEqual(cards);
  });

  it('stores nothing when a write fails midway: no deck without its cards', async () => {
    const injector = failureInjector();
    const db = fresh(injector);
    await db.open();
    // The writes in order: the first deck's record, its items, its cards, the second deck's record, …
    injector.arm(4);
    await expect(installBuiltInDecks(db, decks, noon)).rejects.toThrow(/injected failure of write 4/);
    expect(await counts(db)).toEqual({ decks: 0, items: 0, cards: 0 });
  });
});
