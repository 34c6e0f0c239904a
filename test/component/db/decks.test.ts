import { afterEach, describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/shared/deck/deck.ts';
import { createDatabase, type DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import { installDeck, loadDeck } from '../../../src/renderer/lib/db/decks.ts';
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
