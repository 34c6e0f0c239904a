import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { DecksStore } from '../../../src/renderer/features/decks/decks-store.svelte.ts';
import { createDatabase, type DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import { installDeck, loadDeck } from '../../../src/renderer/lib/db/decks.ts';
import { homework2Deck } from '../../../src/shared/deck/seed/homework2.ts';

let database: DeepDrillDatabase;
let counter = 0;
afterEach(async () => {
  database.close();
  await database.delete();
});

/** A store over a fresh database, with the files it downloads collected. */
function freshStore() {
  database = createDatabase(`decks-store-test-${++counter}`);
  const downloads: { name: string; text: string; mime: string }[] = [];
  const store = new DecksStore({
    database,
    clock: () => Date.UTC(2026, 11, 2),
    download: (name, text, mime) => downloads.push({ name, text, mime }),
  });
  return { store, downloads };
}

const file = (name: string, text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer };
};

describe('the Decks store', () => {
  it('previews the homework without storing it, imports it on confirm and exports it back', async () => {
    const { store, downloads } = freshStore();
    const homework = await readFile('test/fixtures/homework2.md', 'utf8');
    await store.choose(file('homework2.md', homework));
    expect(store.preview?.status).toBe('ready');
    expect(await database.items.count()).toBe(0);
    await store.confirm();
    expect(store.notice).toMatchObject({ kind: 'imported', added: 7, updated: 0, unchanged: 0 });
    expect(store.preview).toBeNull();
    expect(store.decks.map((deck) => deck.itemCount)).toEqual([7]);
    const deckId = store.decks[0]!.id;
    expect((await loadDeck(database, deckId))?.items.map((item) => item.kind)).toEqual(Array(7).fill('mcq'));
    expect(await database.cards.where('deckId').equals(deckId).count()).toBe(7);

    await store.exportDeck(deckId, 'markdown');
    expect(downloads.map(({ name, mime }) => [name, mime])).toEqual([[`${deckId}.md`, 'text/markdown']]);
    await store.choose(file('again.md', downloads[0]!.text));
    expect(store.preview?.status === 'ready' && store.preview.rows.map((row) => row.fate)).toEqual(
      Array(7).fill('unchanged'),
    );
  });

  it('maps the homework Markdown onto the built-in homework deck instead of adding a second deck', async () => {
    const { store } = freshStore();
    await installDeck(database, homework2Deck, Date.UTC(2026, 11, 1));
    await store.choose(file('homework2.md', await readFile('test/fixtures/homework2.md', 'utf8')));
    expect(store.preview?.status === 'ready' && store.preview.deck.id).toBe('homework2');
    expect(store.preview?.status === 'ready' && store.preview.rows.map((row) => row.fate)).toEqual(
      Array(7).fill('unchanged'),
    );
    await store.confirm();
    expect(await database.decks.count()).toBe(1);
    expect((await loadDeck(database, 'homework2'))?.items).toEqual(homework2Deck.items);
  });

  it('refuses a broken file with its errors and stores nothing, even when asked to confirm', async () => {
    const { store } = freshStore();
    await store.choose(file('broken.md', await readFile('test/fixtures/decks/broken.md', 'utf8')));
    expect(
      store.preview?.status === 'refused' && store.preview.errors.map((error) => [error.code, error.line]),
    ).toEqual([
      ['MCQ_ANSWER_NOT_OPTION', 3],
      ['BASIC_NO_BACK', 8],
    ]);
    await store.confirm();
    expect(await database.decks.count()).toBe(0);
  });

  it('refuses a file over the size limit from its size, before reading it', async () => {
    const { store } = freshStore();
    const huge = {
      name: 'huge.md',
      size: 9 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('a file over the limit must not be read')),
    };
    await store.choose(huge);
    expect(store.preview?.status === 'refused' && store.preview.errors[0]?.code).toBe('FILE_TOO_LARGE');
  });
});
