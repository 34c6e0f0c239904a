import { describe, expect, it } from 'vitest';
import { ReviewStore } from '../../../src/renderer/features/review/review-store.svelte.ts';
import { createDatabase } from '../../../src/renderer/lib/db/database.ts';
import { installDeck } from '../../../src/renderer/lib/db/decks.ts';
import { installCards } from '../../../src/renderer/lib/db/reviews.ts';
import type { Deck } from '../../../src/shared/deck/deck.ts';
import type { McqItem } from '../../../src/shared/deck/item.ts';
import { Scheduler } from '../../../src/shared/srs/scheduler.ts';
import { defaultSrsSettings } from '../../../src/shared/srs/settings.ts';

const start = Date.UTC(2026, 11, 2, 12);
const text = (value: string) => ({ zh: value, en: value });
const option = (letter: string) => ({ letter, text: text(letter), rationale: text(`why ${letter}`) });
const mcq = (id: string, answer: string[]): McqItem => ({
  id,
  kind: 'mcq',
  tags: [],
  stem: text(id),
  options: ['A', 'B', 'C', 'D'].map(option),
  answer,
  explanation: text('because'),
});
const deck: Deck = {
  id: 'deck',
  title: text('Deck'),
  items: [
    { id: 'basic', kind: 'basic', tags: [], front: text('front'), back: text('back') },
    mcq('single', ['B']),
    mcq('several', ['A', 'C']),
  ],
};

let counter = 0;
async function newStore() {
  const database = createDatabase(`review-store-${++counter}`);
  await installDeck(database, deck, start);
  await installCards(database, deck, start);
  let now = start;
  const clock = () => now;
  const store = new ReviewStore({
    database,
    scheduling: { scheduler: new Scheduler(defaultSrsSettings) },
    clock,
  });
  await store.start();
  return { store, database, advance: (ms: number) => (now += ms) };
}

describe('ReviewStore', () => {
  it('grades a flashcard with the time since it was shown, and undo brings it and the counts back', async () => {
    const { store, database, advance } = await newStore();
    expect(store.card?.id).toBe('basic');
    expect(store.left).toEqual({ fresh: 3, learning: 0, reviews: 0 });
    store.reveal();
    expect(store.phase).toBe('answer');
    expect(store.preview?.good.intervalMs).toBe(10 * 60_000);
    advance(7000);
    await store.grade('good');
    expect(store.left).toEqual({ fresh: 2, learning: 1, reviews: 0 });
    expect(store.card?.id).toBe('single');
    const [log] = await database.reviewLogs.toArray();
    expect(log).toMatchObject({ cardId: 'basic', rating: 'good', elapsedMs: 7000 });

    await store.undo();
    expect(store.card?.id).toBe('basic');
    expect(store.phase).toBe('question');
    expect(store.left).toEqual({ fresh: 3, learning: 0, reviews: 0 });
    expect(store.canUndo).toBe(false);
    expect(await database.reviewLogs.count()).toBe(0);
  });

  it('leaves the time the window was hidden out of a card’s time spent', async () => {
    const { store, database, advance } = await newStore();
    advance(4000);
    store.windowHidden();
    advance(10 * 60_000);
    store.windowShown();
    advance(3000);
    store.reveal();
    await store.grade('good');
    // The multiple-choice card after it is shown while the window is hidden: its time starts when it is shown.
    store.windowHidden();
    advance(60_000);
    store.windowShown();
    advance(2000);
    store.choose('B');
    await store.check();
    const logs = await database.reviewLogs.orderBy('reviewedAt').toArray();
    expect(logs.map((log) => [log.cardId, log.elapsedMs])).toEqual([
      ['basic', 7000],
      ['single', 2000],
    ]);
  });

  it('grades a card once when its key is pressed twice before the first grading is saved', async () => {
    const { store, database } = await newStore();
    store.reveal();
    await Promise.all([store.grade('good'), store.grade('good')]);
    expect(await database.reviewLogs.count()).toBe(1);
  });

  it('grades a multiple-choice answer by itself: wrong is Again, and shows the outcome until Next', async () => {
    const { store, database } = await newStore();
    store.reveal();
    await store.grade('easy');
    expect(store.mcq?.id).toBe('single');
    store.reveal(); // a multiple-choice card has no answer side to show
    expect(store.phase).toBe('question');
    store.choose('A');
    store.choose('C');
    expect(store.chosen).toEqual(['C']);
    await store.check();
    expect(store.phase).toBe('checked');
    expect(store.outcome).toMatchObject({ chosen: ['C'], right: false, rating: 'again' });
    expect((await database.reviewLogs.where('cardId').equals('single').toArray())[0]?.rating).toBe('again');
    await store.next();
    expect(store.mcq?.id).toBe('several');
  });

  it('toggles the options of a multiple-answer question and rates a partly right answer Hard', async () => {
    const { store } = await newStore();
    store.reveal();
    await store.grade('easy');
    store.choose('B');
    await store.check();
    await store.next();
    expect(store.mcq?.id).toBe('several');
    await store.check(); // nothing chosen: nothing to check
    expect(store.phase).toBe('question');
    store.choose('C');
    store.choose('A');
    store.choose('B');
    store.choose('B');
    store.choose('D');
    expect(store.chosen).toEqual(['A', 'C', 'D']);
    await store.check();
    // Three of the four options are right (D should not be chosen): most right → Hard.
    expect(store.outcome).toMatchObject({ right: false, rating: 'hard' });
  });

  it('buries a card until tomorrow, suspends one, and flags one without leaving it', async () => {
    const { store, database } = await newStore();
    expect(store.card?.id).toBe('basic');
    await store.flag();
    expect(store.card).toMatchObject({ id: 'basic', flagged: true });
    expect((await database.cards.get('basic'))?.flagged).toBe(true);
    await store.bury();
    expect(store.card?.id).toBe('single');
    expect((await database.cards.get('basic'))?.buriedUntil).toBe(Date.UTC(2026, 11, 3, 4));
    await store.suspend();
    expect(store.card?.id).toBe('several');
    expect((await database.cards.get('single'))?.suspended).toBe(true);
    expect(store.left).toEqual({ fresh: 1, learning: 0, reviews: 0 });
    expect(await database.reviewLogs.count()).toBe(0);
  });

  it('shows learning cards early once nothing else is left, and ends when no card is left', async () => {
    const { store, advance } = await newStore();
    const shown: string[] = [];
    while (store.phase !== 'done' && shown.length < 10) {
      advance(5000);
      shown.push(`${store.card?.id}:${store.card?.state}`);
      if (store.mcq) {
        for (const letter of store.mcq.answer) store.choose(letter);
        await store.check();
        await store.next();
      } else {
        store.reveal();
        await store.grade('easy');
      }
    }
    // Right answers are Good: the questions come back once from their 10-minute step, then graduate.
    expect(shown).toEqual(['basic:new', 'single:new', 'several:new', 'single:learning', 'several:learning']);
    expect(store.card).toBeNull();
    expect(store.reviewed).toBe(5);
    expect(store.problem).toBeNull();
  });
});
