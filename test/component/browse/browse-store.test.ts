import { afterEach, describe, expect, it } from 'vitest';
import { BrowseStore } from '../../../src/renderer/features/browse/browse-store.svelte.ts';
import { createDatabase, type DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import { installDeck } from '../../../src/renderer/lib/db/decks.ts';
import { installCards } from '../../../src/renderer/lib/db/reviews.ts';
import { homework2Deck } from '../../../src/shared/deck/seed/homework2.ts';

const noon = Date.UTC(2026, 11, 1, 12);
let database: DeepDrillDatabase;
let counter = 0;
afterEach(async () => {
  database.close();
  await database.delete();
});

async function loadedStore(): Promise<BrowseStore> {
  database = createDatabase(`browse-store-test-${++counter}`);
  await installDeck(database, homework2Deck, noon);
  await installCards(database, homework2Deck, noon);
  const store = new BrowseStore({ database, clock: () => noon });
  await store.load();
  return store;
}

describe('the Browse store', () => {
  it('selects the first row, moves within the rows shown and stops at either end', async () => {
    const store = await loadedStore();
    expect(store.selected?.card.id).toBe('hw2-mcq-1');
    store.move(-1);
    expect(store.selected?.card.id).toBe('hw2-mcq-1');
    store.move(10);
    expect(store.selected?.card.id).toBe('hw2-mcq-7');
    store.setQuery({ tag: 'batchnorm' });
    expect(store.selected?.card.id).toBe('hw2-mcq-2');
  });

  it('deletes the selected item, selects the next, and undo brings it back selected', async () => {
    const store = await loadedStore();
    store.select('hw2-mcq-3');
    await store.remove();
    expect(store.rows).toHaveLength(6);
    expect(store.selected?.card.id).toBe('hw2-mcq-4');
    expect(store.notice).toBe('deleted');
    await store.undo();
    expect(store.rows).toHaveLength(7);
    expect(store.selected?.card.id).toBe('hw2-mcq-3');
    expect(store.deleted).toHaveLength(0);
  });

  it('keeps the edit form open with the refusal when a save is refused', async () => {
    const store = await loadedStore();
    store.startEdit();
    store.draft!.stem = { zh: '', en: 'stem' };
    await store.saveEdit();
    expect(store.refusal).toEqual({ code: 'EMPTY_TEXT', field: 'stem', language: 'zh' });
    expect(store.draft).not.toBeNull();
  });
});
